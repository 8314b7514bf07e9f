//! Which glossary terms explain the concepts the app shows: each KPI card,
//! each chart (its series: the five commitments, the apostle groups, the
//! loyalty types, ...) and each finance table gets "?" links that open the
//! glossary at the term (`#glossary=<id>`).
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
        ChartKind::Commitments => &[
            "commitment-levels",
            "affective-commitment",
            "normative-commitment",
            "economic-commitment",
            "forced-commitment",
            "habitual-commitment",
        ],
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

/// Every term id linked from the app (for the test that each exists).
pub fn all_linked() -> Vec<&'static str> {
    let mut ids: Vec<&str> = KPI_TERMS.iter().map(|(_, t)| *t).collect();
    for kind in ChartKind::ALL.iter().chain(&ChartKind::FINANCE) {
        ids.extend(chart_terms(*kind));
    }
    for table in crate::finance_tables::TABLES {
        ids.extend(table_term(table.slug));
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
    fn a_linked_term_has_a_name_in_every_language() {
        for id in all_linked() {
            for l in crate::i18n::Lang::ALL {
                let name = crate::classroom_data::term_name(l, id).unwrap_or_default();
                assert!(!name.trim().is_empty(), "{id} in {l:?}");
            }
        }
    }
}
