//! An experiment's results: the verdict, the charts (each with a PNG
//! download), the KPI tables and the CSV and JSON downloads.
//!
//! Invariant: everything shown is read from the [`ExperimentReport`] of
//! the finished runs (and their incremental profits for the histogram);
//! an unfinished experiment shows the same views over fewer runs.

use super::chart_panel::ChartFigure;
use crate::browser;
use crate::charts::{Drawing, ExpChart};
use crate::experiment_tables as tables;
use crate::experiment_verdict::{kpi_value, verdict};
use crate::text::experiment_tables as tt;
use crate::text::experiments as t;
use loyalty_sim::experiment::{ExperimentReport, KindReport, Plan, Summary};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Results`].
#[derive(Properties, Clone, PartialEq)]
pub struct ResultsProps {
    /// The experiment's plan.
    pub plan: Rc<Plan>,
    /// The report of the finished runs.
    pub report: Rc<ExperimentReport>,
    /// The finished runs' incremental profits.
    pub values: Rc<Vec<f64>>,
    /// Asks for the runs as a CSV download (made only when asked: the
    /// runs can be many).
    pub on_csv: Callback<()>,
}

thread_local! {
    /// Time spent drawing experiment charts on this page, and draws.
    static DRAWN: std::cell::Cell<(f64, u32)> = const { std::cell::Cell::new((0.0, 0)) };
}

/// Milliseconds spent drawing experiment charts on this page so far, and
/// how many charts were drawn (for the e2e bench's timings).
pub fn draw_time() -> (f64, u32) {
    DRAWN.with(std::cell::Cell::get)
}

/// Counts one drawing of an experiment chart that took `ms` milliseconds.
pub(crate) fn add_draw_time(ms: f64) {
    DRAWN.with(|d| d.set((d.get().0 + ms, d.get().1 + 1)));
}

fn band(lang: crate::i18n::Lang, name: &str, s: Option<&Summary>) -> String {
    match s {
        Some(s) => format!(
            "{} – {}",
            kpi_value(lang, name, s.p5),
            kpi_value(lang, name, s.p95)
        ),
        None => "–".into(),
    }
}

fn mean_se(lang: crate::i18n::Lang, name: &str, s: Option<&Summary>) -> String {
    match s.and_then(|s| Some((s.mean?, s.se))) {
        Some((m, Some(se))) => format!(
            "{} ± {}",
            kpi_value(lang, name, Some(m)),
            kpi_value(lang, name, Some(se))
        ),
        Some((m, None)) => kpi_value(lang, name, Some(m)),
        None => "–".into(),
    }
}

/// The KPI table of a Monte Carlo.
fn mc_table(lang: crate::i18n::Lang, report: &KindReport) -> Html {
    let KindReport::MonteCarlo(m) = report else {
        return html! {};
    };
    let rows = t::TABLE_KPIS.iter().map(|k| {
        let s = m.kpis.get(*k).map(|x| &x.summary);
        html! {
            <tr><th scope="row">{ t::kpi(lang, k) }</th>
                <td>{ kpi_value(lang, k, s.and_then(|s| s.p50)) }</td><td>{ band(lang, k, s) }</td><td>{ mean_se(lang, k, s) }</td></tr>
        }
    });
    let pct = |x: f64| crate::format::percent(lang, x);
    let payback = m
        .payback_month
        .p50
        .map(|v| format!("{v:.0}"))
        .unwrap_or_else(|| t::NEVER.get(lang).to_string());
    html! {
        <>
            <table class="exp-table" id="exp-kpi-table">
                <caption>{ t::KPI_TABLE.get(lang) }</caption>
                <thead><tr><th>{ t::KPI.get(lang) }</th><th>{ t::MEDIAN.get(lang) }</th><th>{ t::BAND_90.get(lang) }</th><th>{ t::MEAN_SE.get(lang) }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <table class="exp-table" id="exp-odds-table">
                <tbody>
                    <tr><th scope="row">{ t::P_PROFIT.get(lang) }</th><td>{ pct(m.p_incremental_profit_positive) }</td></tr>
                    <tr><th scope="row">{ t::P_NPV.get(lang) }</th><td>{ pct(m.p_npv_positive) }</td></tr>
                    <tr><th scope="row">{ t::PAYBACK_MEDIAN.get(lang) }</th><td>{ payback }</td></tr>
                    <tr><th scope="row">{ t::NEVER_SHARE.get(lang) }</th><td>{ pct(m.payback_month.never_share) }</td></tr>
                </tbody>
            </table>
        </>
    }
}

/// The comparison's KPI table (a column per scenario) and its differences.
fn compare_tables(lang: crate::i18n::Lang, report: &KindReport) -> Html {
    let KindReport::Compare(c) = report else {
        return html! {};
    };
    let rows = t::TABLE_KPIS.iter().map(|k| html! {
        <tr><th scope="row">{ t::kpi(lang, k) }</th>
            { for c.scenarios.iter().map(|s| html! { <td>{ kpi_value(lang, k, s.kpis.get(*k).and_then(|x| x.p50)) }</td> }) }
        </tr>
    });
    let diffs = c.differences.iter().map(|d| {
        let k = "incremental_profit";
        let s = d.kpis.get(k);
        html! {
            <tr><th scope="row">{ d.scenario.clone() }</th>
                <td>{ kpi_value(lang, k, s.and_then(|x| x.summary.p50)) }</td>
                <td>{ band(lang, k, s.map(|x| &x.summary)) }</td>
                <td>{ s.and_then(|x| x.p_positive).map(|p| crate::format::percent(lang, p)).unwrap_or_default() }</td></tr>
        }
    });
    html! {
        <>
            <table class="exp-table" id="exp-kpi-table">
                <caption>{ t::KPI_TABLE.get(lang) }</caption>
                <thead><tr><th>{ t::KPI.get(lang) }</th>{ for c.scenarios.iter().map(|s| html! { <th>{ s.scenario.clone() }</th> }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <table class="exp-table" id="exp-diff-table">
                <caption>{ t::DIFF_TABLE.get(lang) }</caption>
                <thead><tr><th></th><th>{ t::MEDIAN.get(lang) }</th><th>{ t::BAND_90.get(lang) }</th><th>{ t::P_POSITIVE.get(lang) }</th></tr></thead>
                <tbody>{ for diffs }</tbody>
            </table>
            <p class="help">{ t::DIFFERING.get(lang) }{ ": " }{ c.differing_parameters.iter().map(|d| d.path.clone()).collect::<Vec<_>>().join(", ") }</p>
        </>
    }
}

/// A number table with its caption and its CSV download (`slug`: the
/// table's id is `exp-{slug}-table`, its button's `exp-{slug}-csv`).
fn number_table(
    lang: crate::i18n::Lang,
    slug: &str,
    caption: &str,
    headings: Vec<String>,
    rows: Vec<(bool, Vec<String>)>,
    file: &'static str,
    csv: String,
) -> Html {
    let download = Callback::from(move |_: MouseEvent| {
        let _ = browser::download_text(file, "text/csv", &csv);
    });
    let rows = rows.into_iter().map(|(marked, cells)| {
        let mut cells = cells.into_iter();
        let first = cells.next().unwrap_or_default();
        html! {
            <tr class={classes!(marked.then_some("optimum"))}>
                <th scope="row">{ first }</th>
                { for cells.map(|c| html! { <td>{ c }</td> }) }
            </tr>
        }
    });
    html! {
        <div class="exp-number-table">
            <table class="exp-table" id={format!("exp-{slug}-table")}>
                <caption>{ caption.to_string() }</caption>
                <thead><tr>{ for headings.into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <button type="button" class="small csv" id={format!("exp-{slug}-csv")} onclick={download}>{ tt::DOWNLOAD.get(lang) }</button>
        </div>
    }
}

/// The sweep's points (one row each) or the tornado's bars, beside the chart.
fn point_tables(lang: crate::i18n::Lang, report: &KindReport) -> Html {
    match report {
        KindReport::Sweep(s) => {
            let mut headings: Vec<String> = s
                .parameters
                .iter()
                .map(|p| t::parameter(lang, &p.path))
                .collect();
            let k = t::kpi(lang, &s.kpi);
            headings.extend([
                format!("{k}: {}", tt::P5.get(lang)),
                format!("{k}: {}", t::MEDIAN.get(lang)),
                format!("{k}: {}", tt::P95.get(lang)),
                tt::MEETS.get(lang).to_string(),
                tt::OPTIMUM_COLUMN.get(lang).to_string(),
            ]);
            let rows = tables::sweep_rows(s)
                .iter()
                .map(|r| (r.optimum, tables::sweep_cells(lang, s, r)))
                .collect();
            number_table(
                lang,
                "sweep",
                tt::SWEEP_TABLE.get(lang),
                headings,
                rows,
                tt::SWEEP_FILE,
                tables::sweep_csv(s),
            )
        }
        KindReport::Tornado(r) => {
            let k = t::kpi(lang, &r.kpi);
            let headings = vec![
                t::PARAMETER.get(lang).to_string(),
                tt::LOW_VALUE.get(lang).to_string(),
                tt::HIGH_VALUE.get(lang).to_string(),
                format!("{k}: {}", tt::AT_LOW.get(lang)),
                format!("{k}: {}", tt::AT_HIGH.get(lang)),
                tt::SWING.get(lang).to_string(),
            ];
            let rows = tables::tornado_rows(r)
                .iter()
                .map(|b| (false, tables::tornado_cells(lang, r, b)))
                .collect();
            number_table(
                lang,
                "tornado",
                tt::TORNADO_TABLE.get(lang),
                headings,
                rows,
                tt::TORNADO_FILE,
                tables::tornado_csv(r),
            )
        }
        _ => html! {},
    }
}

/// An experiment's results.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    let r = &props.report;
    let verdict = verdict(lang, &props.plan, r);
    let csv = props.on_csv.reform(|_: MouseEvent| ());
    let json = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download_text(t::JSON_FILE, "application/json", &r.to_json_pretty());
        })
    };
    html! {
        <div class="exp-results" id="exp-results" data-runs={r.runs.to_string()} data-kind={r.result_kind()}>
            <h3>{ t::RESULTS.get(lang) }</h3>
            if let Some(v) = verdict { <p class="verdict" id="exp-verdict">{ v }</p> }
            <div class="chart-grid">
                { for ExpChart::of(r).into_iter().map(|c| html! {
                    <ChartFigure drawing={Drawing::Experiment(c, r.clone(), props.values.clone())} />
                }) }
            </div>
            { point_tables(lang, &r.result) }
            { mc_table(lang, &r.result) }
            { compare_tables(lang, &r.result) }
            <div class="exp-downloads">
                <button type="button" class="small" id="exp-csv" onclick={csv}>{ t::DOWNLOAD_CSV.get(lang) }</button>
                <button type="button" class="small" id="exp-json" onclick={json}>{ t::DOWNLOAD_JSON.get(lang) }</button>
            </div>
        </div>
    }
}

/// The kind's name, for the page's data attributes.
trait KindName {
    fn result_kind(&self) -> &'static str;
}

impl KindName for ExperimentReport {
    fn result_kind(&self) -> &'static str {
        match self.result {
            KindReport::MonteCarlo(_) => "monte_carlo",
            KindReport::Compare(_) => "compare",
            KindReport::Sweep(_) => "sweep",
            KindReport::Tornado(_) => "tornado",
        }
    }
}
