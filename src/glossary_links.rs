//! Which glossary terms explain the concepts the app shows: each KPI card,
//! each chart (its series: the five commitments, the apostle groups, the
//! loyalty types, ...), each finance table, each lesson (the concepts its
//! text names), each "Follow a customer" chart and the editor's settings
//! that name a concept get "?" links that open the glossary at the term
//! (`#glossary=<id>`).
//!
//! Invariant: every id named here is a term of the classroom's glossary
//! (tested), so no "?" link opens an empty glossary.

use crate::charts::ChartKind;

/// The term of each KPI card (by the card's `data-kpi` id).
pub const KPI_TERMS: [(&str, &str); 9] = [
    ("incremental-profit", "incremental-profit"),
    ("roi", "roi"),
    ("payback", "payback"),
    ("npv", "payback"),
    ("liability", "liability"),
    ("breakage", "breakage"),
    ("retention", "retention"),
    ("nps", "nps"),
    ("uplift", "true-uplift"),
];

/// The term that explains a KPI card, if one does.
pub fn kpi_term(kpi: &str) -> Option<&'static str> {
    KPI_TERMS.iter().find(|(k, _)| *k == kpi).map(|(_, t)| *t)
}

/// The five commitment levels and the concept that groups them.
const COMMITMENTS: &[&str] = &[
    "commitment-levels",
    "affective-commitment",
    "normative-commitment",
    "economic-commitment",
    "forced-commitment",
    "habitual-commitment",
];

/// The terms of a chart: the concept it shows, then its series'.
pub fn chart_terms(kind: ChartKind) -> &'static [&'static str] {
    match kind {
        ChartKind::CumulativeProfit => &["incremental-profit", "payback"],
        ChartKind::RevenueProfit => &["twin"],
        ChartKind::CostBreakdown => &["programme-costs"],
        ChartKind::Points => &["points", "liability", "breakage"],
        ChartKind::Customers => &["retention"],
        ChartKind::Nps => &["nps", "promoters", "passives", "detractors", "nps-bands"],
        ChartKind::LoyaltyTypes => &[
            "absolute-loyalty",
            "latent-loyalty",
            "spurious-loyalty",
            "no-loyalty",
        ],
        ChartKind::Apostles => &[
            "apostle-model",
            "loyalists",
            "defectors",
            "mercenaries",
            "hostages",
        ],
        ChartKind::Commitments => COMMITMENTS,
        ChartKind::Ladder => &["loyalty-ladder"],
        ChartKind::Emotions => &["emotion-scale"],
        ChartKind::Satisfaction => &["satisfaction", "satisfaction-formula"],
        ChartKind::Uplift => &["self-selection", "naive-uplift", "true-uplift"],
        ChartKind::Waterfall => &["incremental-profit", "twin"],
        ChartKind::Deciles => &["pareto"],
        ChartKind::Cohorts => &["breakage"],
    }
}

/// The term of a finance table (by its slug), if one explains it.
pub fn table_term(slug: &str) -> Option<&'static str> {
    match slug {
        "waterfall" => Some("incremental-profit"),
        "points-rollforward" => Some("liability"),
        "tiers" => Some("tiers"),
        "deciles" => Some("pareto"),
        "segments" => Some("segment"),
        "cost-lines" => Some("programme-costs"),
        _ => None,
    }
}

/// The concept terms each lesson's text names (by lesson id), linked under
/// the lesson's title.
pub const LESSON_TERMS: [(&str, &[&str]); 14] = [
    (
        "apostles",
        &[
            "apostle-model",
            "loyalists",
            "defectors",
            "mercenaries",
            "hostages",
        ],
    ),
    (
        "coalition",
        &["coalition", "individual-programme", "points"],
    ),
    ("commitment-levels", COMMITMENTS),
    ("discount-drug", &["discount-drug", "economic-feasibility"]),
    (
        "ending-a-programme",
        &["ending-a-programme", "broken-promise"],
    ),
    (
        "forced-commitment",
        &["forced-commitment", "deregulation", "resentment"],
    ),
    (
        "gift-becomes-norm",
        &["satisfaction-formula", "expectations", "gift"],
    ),
    ("goal-gradient", &["goal-gradient", "endowed-progress"]),
    (
        "loyalty-types",
        &[
            "behavioural-loyalty",
            "attitudinal-loyalty",
            "absolute-loyalty",
            "latent-loyalty",
            "spurious-loyalty",
            "no-loyalty",
        ],
    ),
    (
        "nps",
        &["nps", "promoters", "passives", "detractors", "nps-bands"],
    ),
    ("pareto", &["pareto", "targeting"]),
    (
        "red-cube",
        &["red-cube", "points", "self-selection", "naive-uplift"],
    ),
    (
        "tiers-demotion",
        &["tiers", "crowding", "status", "demotion"],
    ),
    ("word-of-mouth", &["word-of-mouth", "satisfaction"]),
];

/// The terms a lesson names (none for an unknown id).
pub fn lesson_terms(id: &str) -> &'static [&'static str] {
    LESSON_TERMS
        .iter()
        .find(|(l, _)| *l == id)
        .map_or(&[][..], |(_, t)| *t)
}

/// The terms of a "Follow a customer" story chart (by its slug).
pub fn story_terms(slug: &str) -> &'static [&'static str] {
    match slug {
        "story-occasions" => &["retention", "switching-barrier"],
        "story-satisfaction" => &["satisfaction-formula", "expectations"],
        "story-affect" => &["satisfaction", "emotion-scale"],
        "story-commitments" => &["commitment-levels"],
        "story-resentment" => &["resentment", "nps"],
        "story-points" => &["points", "tiers"],
        "story-emotions" => &["emotion-scale"],
        "story-ladder" => &["loyalty-ladder"],
        _ => &[],
    }
}

/// The term of an editor setting that names a glossary concept (by the
/// field's path: the first rule that matches).
pub fn field_term(path: &str) -> Option<&'static str> {
    const RULES: [(&str, &str); 20] = [
        ("programme.points.expiry_months", "breakage"),
        (
            "programme.points.redemption_threshold",
            "redemption-threshold",
        ),
        ("programme.points.endowed", "endowed-progress"),
        ("programme.points.bonus", "short-lived-points"),
        ("programme.points.", "points"),
        ("programme.tiers.", "tiers"),
        ("programme.coalition", "coalition"),
        ("programme.discount.steps", "progressive-discount"),
        ("programme.enrolment.bearer_sharing", "bearer-card"),
        ("programme.draw", "prize-draw"),
        ("programme.gift.", "gift"),
        ("programme.vip", "vip-terms"),
        ("programme.club", "club"),
        ("programme.profit_sharing", "profit-sharing"),
        ("programme.costs.", "programme-costs"),
        ("programme.offers", "targeting"),
        ("segment.", "segment"),
        ("market.switching_barrier", "switching-barrier"),
        ("market.promoter_tells", "word-of-mouth"),
        ("market.detractor_tells", "word-of-mouth"),
    ];
    RULES
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map(|(_, t)| *t)
}

/// Every term id linked from the app (for the test that each exists).
pub fn all_linked() -> Vec<&'static str> {
    let mut ids: Vec<&str> = KPI_TERMS.iter().map(|(_, t)| *t).collect();
    for kind in ChartKind::ALL.iter().chain(&ChartKind::FINANCE) {
        ids.extend(chart_terms(*kind));
    }
    for table in crate::finance_tables::TABLES {
        ids.extend(table_term(table.slug));
    }
    for (_, terms) in LESSON_TERMS {
        ids.extend(terms);
    }
    for c in crate::charts::StoryChart::ALL {
        ids.extend(story_terms(c.slug()));
    }
    for (path, _) in crate::text::field_table(crate::i18n::Lang::En) {
        ids.extend(field_term(path));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_linked_term_is_in_the_glossary() {
        let terms = loyalty_classroom::glossary::terms().expect("the bundled glossary");
        let ids: Vec<&str> = terms.iter().map(|t| t.id.as_str()).collect();
        let linked = all_linked();
        assert!(linked.len() > 40, "{} links", linked.len());
        let missing: Vec<&&str> = linked.iter().filter(|id| !ids.contains(id)).collect();
        assert!(missing.is_empty(), "not in the glossary: {missing:?}");
        // Every KPI card and every finance table has its term.
        for kpi in [
            "incremental-profit",
            "roi",
            "payback",
            "npv",
            "liability",
            "breakage",
            "retention",
            "nps",
            "uplift",
        ] {
            assert!(kpi_term(kpi).is_some(), "{kpi}");
        }
        for table in crate::finance_tables::TABLES {
            assert!(table_term(table.slug).is_some(), "{}", table.slug);
        }
        // Each chart of the overview and of the finance view has at least one.
        for kind in ChartKind::ALL.iter().chain(&ChartKind::FINANCE) {
            assert!(!chart_terms(*kind).is_empty(), "{kind:?}");
        }
    }

    #[test]
    fn every_lesson_every_story_chart_and_the_concept_settings_have_their_terms() {
        let lessons = loyalty_classroom::lessons().expect("the bundled lessons");
        for l in &lessons {
            assert!(
                !lesson_terms(&l.id).is_empty(),
                "lesson {} has no terms",
                l.id
            );
        }
        for (id, _) in LESSON_TERMS {
            assert!(lessons.iter().any(|l| l.id == id), "no lesson {id}");
        }
        for c in crate::charts::StoryChart::ALL {
            assert!(!story_terms(c.slug()).is_empty(), "{c:?}");
        }
        let fields: Vec<&str> = crate::text::field_table(crate::i18n::Lang::En)
            .iter()
            .map(|(p, _)| *p)
            .collect();
        let linked = fields.iter().filter(|p| field_term(p).is_some()).count();
        assert!(linked >= 10, "only {linked} settings link a term");
        assert_eq!(field_term("programme.points.earn_rate"), Some("points"));
        assert_eq!(field_term("simulation.days"), None);
    }

    #[test]
    fn a_linked_term_has_a_name_in_every_language() {
        for id in all_linked() {
            for l in crate::i18n::Lang::ALL {
                let name = crate::classroom_data::term_name(l, id).unwrap_or_default();
                assert!(!name.trim().is_empty(), "{id} in {l:?}");
            }
        }
    }
}
