//! The one-sentence verdict of an experiment report, and how its KPIs are
//! written in the view's tables.
//!
//! Invariant: every number in a verdict is read from the report (and the
//! plan's base scenario for "the scenario's own value"); the sentences
//! themselves come from `text::experiments`.

use crate::format::{count, money, score};
use crate::text::experiments as t;
use loyalty_sim::experiment::{
    parameter_value, ExperimentReport, KindReport, Plan, ScenarioSource,
};

/// The verdict of `report` (of `plan`); `None` before any run has finished.
pub fn verdict(lang: crate::i18n::Lang, plan: &Plan, report: &ExperimentReport) -> Option<String> {
    if report.runs == 0 {
        return None;
    }
    match &report.result {
        KindReport::MonteCarlo(m) => {
            let k = m.kpis.get("incremental_profit")?;
            let months = m
                .monthly
                .get("cumulative_incremental_profit")
                .map_or(0, |b| b.p50.len());
            Some(t::verdict_monte_carlo(
                lang,
                1.0 - m.payback_month.never_share,
                report.runs,
                months,
                k.summary.p50?,
                k.summary.p5?,
                k.summary.p95?,
            ))
        }
        KindReport::Sweep(s) => {
            let Some(o) = &s.optimum else {
                return Some(t::NO_OPTIMUM.get(lang).to_string());
            };
            if s.parameters.len() == 1 {
                let path = &s.parameters[0].path;
                let firsts: Vec<f64> = o
                    .seed_optima
                    .iter()
                    .filter_map(|v| v.first().copied())
                    .collect();
                let lo = firsts.iter().copied().fold(f64::INFINITY, f64::min);
                let hi = firsts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let best = *o.values.first()?;
                let (lo, hi) = if lo.is_finite() {
                    (lo, hi)
                } else {
                    (best, best)
                };
                let current = match &plan.experiment().scenario {
                    Some(ScenarioSource::Inline(s)) => parameter_value(s, path).ok(),
                    _ => None,
                };
                Some(t::verdict_sweep(
                    lang, path, best, lo, hi, &o.kpi, o.p50, current,
                ))
            } else {
                let paths: Vec<String> = s.parameters.iter().map(|p| p.path.clone()).collect();
                Some(t::verdict_sweep_2d(
                    lang,
                    &paths,
                    &o.values,
                    &o.kpi,
                    o.p50,
                    o.share_of_seeds,
                ))
            }
        }
        KindReport::Tornado(r) => {
            let b = r.bars.first()?;
            Some(t::verdict_tornado(
                lang,
                &b.parameter,
                b.low_value,
                b.high_value,
                &r.kpi,
                b.low_p50?,
                b.high_p50?,
            ))
        }
        KindReport::Compare(c) => {
            let median = |i: usize| {
                c.scenarios[i]
                    .kpis
                    .get("incremental_profit")
                    .and_then(|s| s.p50)
                    .unwrap_or(f64::NEG_INFINITY)
            };
            let best = (0..c.scenarios.len()).max_by(|a, b| median(*a).total_cmp(&median(*b)))?;
            let ahead = best
                .checked_sub(1)
                .and_then(|d| c.differences.get(d))
                .and_then(|d| d.kpis.get("incremental_profit"))
                .and_then(|k| k.p_positive);
            Some(t::verdict_compare(
                lang,
                &c.scenarios[best].scenario,
                median(best),
                &c.scenarios.first()?.scenario,
                ahead,
            ))
        }
    }
}

/// A KPI's value as the tables write it.
pub fn kpi_value(l: crate::i18n::Lang, name: &str, v: Option<f64>) -> String {
    let Some(v) = v else {
        return "–".to_string();
    };
    match name {
        "roi" | "retention_rate" | "baseline_retention_rate" | "breakage_rate" => {
            crate::format::decimal(l, v, 2)
        }
        "members"
        | "active_customers"
        | "baseline_active_customers"
        | "points_issued"
        | "points_redeemed"
        | "points_expired"
        | "points_outstanding"
        | "payback_day" => count(l, v),
        "nps" | "baseline_nps" => score(l, v),
        _ => money(l, v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::experiment::Experiment;
    use loyalty_sim::Control;

    fn report_of(text: &str, customers: u32, seeds: u32) -> (Plan, ExperimentReport) {
        let mut e: Experiment = crate::experiment_examples::read(text).unwrap();
        e.seeds = seeds;
        let shrink = |s: &mut loyalty_sim::Scenario| {
            s.simulation.customers = customers;
            s.simulation.days = 180;
        };
        if let Some(ScenarioSource::Inline(s)) = &mut e.scenario {
            shrink(s);
        }
        if let loyalty_sim::experiment::Kind::Compare(c) = &mut e.kind {
            for s in &mut c.scenarios {
                if let ScenarioSource::Inline(s) = s {
                    shrink(s);
                }
            }
        }
        let plan = Plan::new(&e).unwrap();
        let results: Vec<_> = (0..plan.runs())
            .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
            .collect();
        let report = plan.report(&results).unwrap();
        (plan, report)
    }

    #[test]
    fn every_kind_has_a_verdict_with_its_numbers() {
        let files = crate::experiment_examples::FILES;
        let (plan, r) = report_of(files[0], 300, 4);
        let v = verdict(crate::i18n::Lang::En, &plan, &r).unwrap();
        assert!(v.starts_with("In ") && v.contains(" of 4 runs "), "{v}");
        let (plan, r) = report_of(files[2], 300, 2);
        let v = verdict(crate::i18n::Lang::En, &plan, &r).unwrap();
        assert!(
            v.contains("has the highest median incremental profit"),
            "{v}"
        );
        let (plan, r) = report_of(files[3], 300, 2);
        let v = verdict(crate::i18n::Lang::En, &plan, &r).unwrap();
        // The Red Cube example earns 11 %: the sentence compares with it.
        assert!(
            v.starts_with("The best earn rate") && v.contains("11 % of the scenario"),
            "{v}"
        );
        let (plan, r) = report_of(files[4], 300, 2);
        let v = verdict(crate::i18n::Lang::En, &plan, &r).unwrap();
        assert!(v.starts_with("The result depends most on"), "{v}");
        // No finished run: no verdict.
        let empty = plan.report(&[]).unwrap();
        assert_eq!(verdict(crate::i18n::Lang::En, &plan, &empty), None);
    }
}
