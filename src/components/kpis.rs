//! The answer: a one-sentence verdict and the KPI cards.

use crate::format::{amount, percent, score, signed_percent};
use crate::i18n::Lang;
use crate::text::{self, kpi, verdict};
use loyalty_sim::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Kpis`].
#[derive(Properties, Clone)]
pub struct KpisProps {
    /// The report shown.
    pub report: Rc<Report>,
    /// Whether the scenario of the report has a programme.
    pub has_programme: bool,
    /// Whether it has points.
    pub has_points: bool,
}

impl PartialEq for KpisProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && self.has_programme == other.has_programme
            && self.has_points == other.has_points
    }
}

/// The month (from 1) that contains a day.
pub fn month_of_day(report: &Report, day: u32) -> u32 {
    report
        .monthly
        .iter()
        .find(|r| day >= r.first_day && day < r.first_day + r.days)
        .map(|r| r.month)
        .unwrap_or_else(|| report.monthly.last().map(|r| r.month).unwrap_or(1))
}

/// The verdict: one sentence, and a second that reconciles the discounts
/// with the change in gross profit when there were discounts.
pub fn verdict_sentence(lang: Lang, report: &Report, has_programme: bool) -> String {
    if !has_programme {
        return verdict::NO_PROGRAMME.get(lang).to_string();
    }
    let k = &report.kpis;
    let extra_gross = k.gross_profit - k.baseline_gross_profit;
    let mut main = main_verdict(lang, report);
    // Judged against its stated goal, when it has one.
    for line in super::goal::judgement(lang, report) {
        main = format!("{main} {line}");
    }
    if k.discounts > 0.0 {
        format!(
            "{main} {}",
            verdict::discount_note(lang, k.discounts, extra_gross, &report.currency)
        )
    } else {
        main
    }
}

fn main_verdict(lang: Lang, report: &Report) -> String {
    let k = &report.kpis;
    let cur = &report.currency;
    let months = report.monthly.len() as u32;
    let extra_gross = k.gross_profit - k.baseline_gross_profit;
    let cost = k.programme_cost;
    match k.payback_day {
        Some(day) if k.incremental_profit >= 0.0 => verdict::pays(
            lang,
            month_of_day(report, day),
            k.incremental_profit,
            months,
            &verdict::driver_pays(lang, extra_gross, cost, k.programme_income, cur),
            cur,
        ),
        _ if k.incremental_profit > 0.0 => {
            verdict::ahead_unsteady(lang, k.incremental_profit, months, cur)
        }
        _ => verdict::loses(
            lang,
            k.incremental_profit,
            months,
            &verdict::driver_loses(lang, extra_gross, cost, k.programme_income, cur),
            cur,
        ),
    }
}

/// A KPI card; its title has a "?" to the glossary's term for it.
fn kpi_card(
    lang: Lang,
    id: &'static str,
    title: &'static str,
    help: &'static str,
    value: String,
    sub: Option<String>,
    tone: Option<bool>,
) -> Html {
    let tone = match tone {
        Some(true) => Some("good"),
        Some(false) => Some("bad"),
        None => None,
    };
    html! {
        <div class={classes!("kpi", tone)} data-kpi={id}>
            <h3 class="kpi-title">{ title }
                if let Some(term) = crate::glossary_links::kpi_term(id) {
                    { " " }{ super::glossary::help_link(lang, term) }
                }
            </h3>
            <p class="kpi-value">{ value }</p>
            if let Some(sub) = sub {
                <p class="kpi-sub">{ sub }</p>
            }
            <p class="kpi-help">{ help }</p>
        </div>
    }
}

/// "Revenue: … · Programme cost: … · Discounts: … · Programme income: …"
/// (discounts and income only when there are any).
fn spending(lang: Lang, k: &loyalty_sim::Kpis, cur: &loyalty_sim::Currency) -> String {
    let mut out = format!(
        "{}: {} · {}: {}",
        kpi::REVENUE.get(lang),
        amount(lang, k.revenue, cur),
        kpi::PROGRAMME_COST.get(lang),
        amount(lang, k.programme_cost, cur)
    );
    if k.discounts > 0.0 {
        out.push_str(&format!(
            " · {}: {}",
            kpi::DISCOUNTS.get(lang),
            amount(lang, k.discounts, cur)
        ));
    }
    if k.programme_income != 0.0 {
        out.push_str(&format!(
            " · {}: {}",
            kpi::PROGRAMME_INCOME.get(lang),
            amount(lang, k.programme_income, cur)
        ));
    }
    out
}

/// The verdict and KPI cards.
#[function_component(Kpis)]
pub fn kpis(props: &KpisProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let r = &*props.report;
    let k = &r.kpis;
    let cur = &r.currency;
    let na = || kpi::NOT_APPLICABLE.get(lang).to_string();
    let payback = match k.payback_day {
        _ if !props.has_programme => na(),
        Some(d) => kpi::month(lang, month_of_day(r, d)),
        None => kpi::NEVER.get(lang).to_string(),
    };
    let roi = k.roi.map(|v| signed_percent(lang, v)).unwrap_or_else(na);
    let roi_basis = k
        .roi
        .is_some()
        .then(|| kpi::roi_basis(lang, k.programme_cost, k.discounts, cur));
    let (uplift, uplift_sub) = if !props.has_programme {
        (na(), None)
    } else if k.members == 0 {
        (kpi::NO_MEMBERS.get(lang).to_string(), None)
    } else {
        (
            signed_percent(lang, k.true_member_uplift),
            Some(format!(
                "{} · {} {} · {}: {}",
                kpi::TRUE_AGAINST_TWIN.get(lang),
                kpi::NAIVE.get(lang),
                signed_percent(lang, k.naive_member_uplift),
                kpi::MEMBERS.get(lang),
                crate::format::count(lang, k.members as f64)
            )),
        )
    };
    let breakage = if props.has_points {
        percent(lang, k.breakage_rate)
    } else {
        na()
    };
    let liability = if props.has_points {
        amount(lang, k.liability, cur)
    } else {
        na()
    };
    let verdict_text = verdict_sentence(lang, r, props.has_programme);
    let good = props.has_programme.then_some(k.incremental_profit >= 0.0);
    let card =
        |id, title, help, value, sub, tone| kpi_card(lang, id, title, help, value, sub, tone);
    html! {
        <section class="answer" aria-labelledby="results-title">
            <h2 id="results-title">{ text::ui::RESULTS_TITLE.get(lang) }</h2>
            <p class="verdict" data-testid="verdict" aria-live="polite">{ verdict_text }</p>
            <div class="kpis">
                { card("incremental-profit", kpi::INCREMENTAL_PROFIT.get(lang), kpi::INCREMENTAL_PROFIT_HELP.get(lang), amount(lang, k.incremental_profit, cur),
                    Some(spending(lang, k, cur)), good) }
                { card("roi", kpi::ROI.get(lang), kpi::ROI_HELP.get(lang), roi, roi_basis, k.roi.map(|v| v >= 0.0)) }
                { card("payback", kpi::PAYBACK.get(lang), kpi::PAYBACK_HELP.get(lang), payback, None, None) }
                { card("npv", kpi::NPV.get(lang), kpi::NPV_HELP.get(lang), amount(lang, k.npv, cur), None, props.has_programme.then_some(k.npv >= 0.0)) }
                { card("liability", kpi::LIABILITY.get(lang), kpi::LIABILITY_HELP.get(lang), liability,
                    props.has_points.then(|| format!("{} {}", crate::format::count(lang, k.points_outstanding as f64), kpi::OUTSTANDING.get(lang))), None) }
                { card("breakage", kpi::BREAKAGE.get(lang), kpi::BREAKAGE_HELP.get(lang), breakage, None, None) }
                { card("retention", kpi::RETENTION.get(lang), kpi::RETENTION_HELP.get(lang), percent(lang, k.retention_rate),
                    Some(format!("{}: {}", kpi::TWIN.get(lang), percent(lang, k.baseline_retention_rate))), None) }
                { card("nps", kpi::NPS.get(lang), kpi::NPS_HELP.get(lang), score(lang, k.nps),
                    Some(format!("{}: {}", kpi::TWIN.get(lang), score(lang, k.baseline_nps))), None) }
                { card("uplift", kpi::UPLIFT.get(lang), kpi::UPLIFT_HELP.get(lang), uplift, uplift_sub, None) }
            </div>
            <p class="model-version" data-testid="model-version">{ text::ui::model_version(lang, r.model_version) }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpis() -> loyalty_sim::Kpis {
        let report: Report = serde_json::from_str(include_str!(
            "../../tests/fixtures/everything-2000x365.json"
        ))
        .expect("stored report");
        report.kpis
    }

    #[test]
    fn programme_income_shows_only_when_there_is_some() {
        let mut k = kpis();
        k.programme_income = 0.0;
        assert!(!spending(Lang::En, &k, &Default::default()).contains(kpi::PROGRAMME_INCOME.en));
        k.programme_income = 1234.0;
        let text = spending(Lang::En, &k, &Default::default());
        assert!(text.contains(kpi::PROGRAMME_INCOME.en), "{text}");
        assert!(text.contains("€1,234"), "{text}");
    }

    #[test]
    fn the_discount_sentence_reconciles_discounts_with_gross_profit() {
        let mut report: Report = serde_json::from_str(include_str!(
            "../../tests/fixtures/everything-2000x365.json"
        ))
        .expect("stored report");
        let k = &mut report.kpis;
        k.discounts = 3_040_000.0;
        k.gross_profit = k.baseline_gross_profit - 1_690_000.0;
        let text = verdict_sentence(Lang::En, &report, true);
        // 3.04 M of discounts, 1.35 M back from extra sales, 1.69 M lower in all.
        assert!(text.contains("Discounts of €3.04 M"), "{text}");
        assert!(
            text.contains("€1.35 M of gross profit before discounts"),
            "{text}"
        );
        assert!(text.contains("fell by €1.69 M"), "{text}");
        let fi = verdict_sentence(Lang::Fi, &report, true);
        assert!(fi.contains("Alennukset, 3,04\u{a0}milj.\u{a0}€"), "{fi}");
        report.currency = loyalty_sim::Currency::of("USD");
        let usd = verdict_sentence(Lang::En, &report, true);
        assert!(usd.contains("Discounts of $3.04 M"), "{usd}");
        assert!(!usd.contains('€'), "{usd}");
        let lb = verdict_sentence(Lang::Lb, &report, true);
        assert!(lb.contains("3,04\u{a0}Mio.\u{a0}$"), "{lb}");
        report.kpis.discounts = 0.0;
        assert!(!verdict_sentence(Lang::En, &report, true).contains("Discounts of"));
    }

    #[test]
    fn the_verdict_counts_programme_income_against_the_cost() {
        let mut report: Report = serde_json::from_str(include_str!(
            "../../tests/fixtures/everything-2000x365.json"
        ))
        .expect("stored report");
        report.kpis.programme_income = 0.0;
        let plain = verdict_sentence(Lang::En, &report, true);
        assert!(!plain.contains("programme income"), "{plain}");
        report.kpis.programme_income = 500.0;
        let with = verdict_sentence(Lang::En, &report, true);
        let net = amount(
            Lang::En,
            report.kpis.programme_cost - 500.0,
            &report.currency,
        );
        assert!(with.contains("programme income"), "{with}");
        assert!(with.contains(&net), "{with} should name the net cost {net}");
    }
}
