//! Loyalty Lab's calibration from a transaction log: read the log
//! ([`import`]), summarise it per customer ([`summary`]), fit BG/NBD
//! ([`bgnbd`]), Pareto/NBD beside it ([`pareto_nbd`]) and Gamma-Gamma
//! ([`gamma_gamma`]) by maximum likelihood
//! ([`optimize`]), check the fit against the log ([`diagnostics`]), map it
//! onto a scenario ([`mapping`]) and simulate that scenario over the
//! holdout ([`holdout`]).
//!
//! Invariants: pure (no clock, no I/O, no global state, no `unsafe`), so the
//! web app can run it in a worker; the same text and options give the same
//! result; bad input is an error or a report, never a panic; nothing that
//! identifies a customer leaves [`import`].

#![forbid(unsafe_code)]

pub mod bgnbd;
pub mod date;
pub mod diagnostics;
pub mod gamma_gamma;
pub mod histories;
pub mod holdout;
pub mod import;
pub mod mapping;
pub mod optimize;
pub mod pareto_nbd;
pub mod special;
pub mod summary;

use bgnbd::BgNbd;
use diagnostics::Diagnostics;
use gamma_gamma::GammaGamma;
use import::{BadRows, Detected, ImportError, ImportOptions};
use loyalty_sim::Scenario;
use optimize::{Convergence, Fit};
use serde::Serialize;
use std::fmt;
use summary::{Periods, PeriodsOut, Returns};

/// What to read and which periods to use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// How to read the file (`Default`: detect everything).
    pub import: ImportOptions,
    /// Last day of the calibration period (days since 1970-01-01); default:
    /// two thirds of the way from the log's first day to its last.
    pub calibration_end: Option<i32>,
    /// Last day of the holdout period; default: the log's last day.
    pub holdout_end: Option<i32>,
    /// The calibrated scenario's name.
    pub name: String,
}

/// Why a calibration could not be made.
#[derive(Clone, Debug, PartialEq)]
pub enum CalibrateError {
    /// The file cannot be read.
    Import(ImportError),
    /// The periods do not fit the log (the message says how).
    Periods(String),
    /// Nobody bought twice in the calibration period.
    NoRepeats {
        /// Customers in the cohort.
        customers: usize,
        /// The calibration end (YYYY-MM-DD).
        calibration_end: String,
        /// The rows left out, in a sentence (they may hold the repeats).
        left_out: Option<String>,
    },
}

impl fmt::Display for CalibrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalibrateError::Import(e) => write!(f, "{e}"),
            CalibrateError::Periods(m) => write!(f, "{m}"),
            CalibrateError::NoRepeats {
                customers,
                calibration_end,
                left_out,
            } => {
                let who = if *customers == 1 {
                    "the only customer did not buy again".to_string()
                } else {
                    format!("none of the {customers} customers bought again")
                };
                write!(
                    f,
                    "{who} by {calibration_end}: there is only a first purchase, so how often customers come \
                     back cannot be estimated; use a log with repeat purchases, or a later --calibration-end"
                )?;
                match left_out {
                    Some(s) => write!(f, ". Also, {s}"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for CalibrateError {}

impl From<ImportError> for CalibrateError {
    fn from(e: ImportError) -> Self {
        CalibrateError::Import(e)
    }
}

/// What the import did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImportReport {
    /// The settings used (detected or given).
    pub detected: Detected,
    /// Data rows read.
    pub rows: usize,
    /// Rows used.
    pub transactions: usize,
    /// Distinct customers in the rows used.
    pub customers: usize,
    /// Purchase occasions (one per customer and day with a purchase).
    pub occasions: usize,
    /// Customers in the calibration cohort (first purchase by the calibration end).
    pub cohort: usize,
    /// Customers whose first purchase is after the calibration end (left out of the fit).
    pub after_calibration: usize,
    /// Occasions whose net value is zero or negative (purchases, but left out of the spend model).
    pub non_positive_occasions: usize,
    /// The total of the quantity column, when one was given.
    pub quantity_total: Option<f64>,
    /// Returns and how they were handled.
    pub returns: Returns,
    /// The rows left out.
    pub bad_rows: BadRows,
    /// What the user should know about the import, in sentences.
    pub notes: Vec<String>,
}

/// Standard errors of the BG/NBD parameters.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct BgNbdErrors {
    /// of r
    pub r: Option<f64>,
    /// of alpha
    pub alpha: Option<f64>,
    /// of a
    pub a: Option<f64>,
    /// of b
    pub b: Option<f64>,
}

/// The BG/NBD fit.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct BgNbdOut {
    /// Gamma shape of the weekly purchase rate.
    pub r: f64,
    /// Gamma rate of the weekly purchase rate (weeks).
    pub alpha: f64,
    /// Beta parameter of the dropout probability.
    pub a: f64,
    /// Beta parameter of the dropout probability.
    pub b: f64,
    /// The log-likelihood at the fit.
    pub log_likelihood: f64,
    /// Standard errors.
    pub standard_errors: BgNbdErrors,
    /// How the search went.
    pub convergence: Convergence,
}

/// Standard errors of the Gamma-Gamma parameters.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct GammaGammaErrors {
    /// of p
    pub p: Option<f64>,
    /// of q
    pub q: Option<f64>,
    /// of gamma
    pub gamma: Option<f64>,
}

/// The Gamma-Gamma fit.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct GammaGammaOut {
    /// Gamma shape of one transaction's value.
    pub p: f64,
    /// Gamma shape of nu across customers.
    pub q: f64,
    /// Gamma rate of nu across customers (currency units).
    pub gamma: f64,
    /// Customers it was fitted on (those with a repeat occasion of positive value).
    pub customers: usize,
    /// Population mean of the customers' mean spend, p gamma / (q - 1).
    pub mean_spend: Option<f64>,
    /// The log-likelihood at the fit.
    pub log_likelihood: f64,
    /// Standard errors.
    pub standard_errors: GammaGammaErrors,
    /// How the search went.
    pub convergence: Convergence,
}

/// Standard errors of the Pareto/NBD parameters.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ParetoNbdErrors {
    /// of r
    pub r: Option<f64>,
    /// of alpha
    pub alpha: Option<f64>,
    /// of s
    pub s: Option<f64>,
    /// of beta
    pub beta: Option<f64>,
}

/// The Pareto/NBD fit, beside BG/NBD on the same cohort.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ParetoNbdOut {
    /// Gamma shape of the weekly purchase rate.
    pub r: f64,
    /// Gamma rate of the weekly purchase rate (weeks).
    pub alpha: f64,
    /// Gamma shape of the weekly dropout rate.
    pub s: f64,
    /// Gamma rate of the weekly dropout rate (weeks).
    pub beta: f64,
    /// The log-likelihood at the fit over every customer of the cohort
    /// (comparable with BG/NBD's: same data), also when the fit was made
    /// on a sample.
    pub log_likelihood: f64,
    /// Customers the fit was made on: the whole cohort up to
    /// [`pareto_nbd::FIT_MAX`], else an every-k-th sample of that many
    /// (0 in a view saved before this was recorded: not known).
    #[serde(default)]
    pub customers: usize,
    /// Standard errors (the sample's, when the fit was made on one).
    pub standard_errors: ParetoNbdErrors,
    /// How the search went.
    pub convergence: Convergence,
}

/// A calibration: the fits, their diagnostics and the scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    /// What the import did.
    pub import: ImportReport,
    /// The periods used.
    pub periods: PeriodsOut,
    /// The BG/NBD fit.
    pub bgnbd: BgNbdOut,
    /// The Pareto/NBD fit on the same cohort (`null` when it could not be
    /// made; `pareto_nbd_note` says why). Only BG/NBD feeds the scenario.
    pub pareto_nbd: Option<ParetoNbdOut>,
    /// Why Pareto/NBD is missing or left out of the diagnostics, in a
    /// sentence (`null` when all is there).
    pub pareto_nbd_note: Option<String>,
    /// The Gamma-Gamma fit (`null` when no customer has a repeat occasion of positive value).
    pub gamma_gamma: Option<GammaGammaOut>,
    /// How well BG/NBD describes the log.
    pub diagnostics: Diagnostics,
    /// The scenario fields the fit sets, with their rules.
    pub mapping: Vec<mapping::Mapped>,
    /// The calibrated scenario (valid; no programme).
    pub scenario: Scenario,
}

/// What a calibration is doing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading the transaction log (a shell's stage: the file is read
    /// before [`calibrate_imported_with`]).
    Read,
    /// Fitting BG/NBD.
    FitBgNbd,
    /// Fitting Gamma-Gamma.
    FitSpend,
    /// Simulating the holdout with the calibrated scenario.
    Holdout,
    /// Fitting Pareto/NBD.
    FitParetoNbd,
    /// Finished.
    Done,
}

/// The percentage done when each stage starts (Read at 0, Done at 100);
/// the holdout's seeds share its span. A rough split of a calibration's
/// time, not a measurement of each log: the holdout's five runs and the
/// fits take most of it.
pub const STAGE_START: [(Stage, u8); 6] = [
    (Stage::Read, 0),
    (Stage::FitBgNbd, 10),
    (Stage::FitSpend, 30),
    (Stage::Holdout, 35),
    (Stage::FitParetoNbd, 75),
    (Stage::Done, 100),
];

fn start_of(stage: Stage) -> u8 {
    STAGE_START
        .iter()
        .find(|(s, _)| *s == stage)
        .map_or(0, |(_, p)| *p)
}

/// Reads the log, fits both models and maps them onto a scenario.
pub fn calibrate(text: &str, o: &Options) -> Result<Calibration, CalibrateError> {
    calibrate_imported(&import::read(text, &o.import)?, o)
}

/// [`calibrate`] for a log already read (with `o.import`, which is not
/// looked at again): the same result as reading and fitting at once, so a
/// shell that has read the log to show it need not read it twice.
pub fn calibrate_imported(
    imported: &import::Import,
    o: &Options,
) -> Result<Calibration, CalibrateError> {
    calibrate_imported_with(imported, o, &mut |_, _| {})
}

/// [`calibrate_imported`], calling `progress` with each stage and the
/// percentage done as it starts (the holdout also after each seed), in
/// order, never going back, [`Stage::Done`] at 100 last (only when the
/// calibration succeeds). Progress changes no number.
pub fn calibrate_imported_with(
    imported: &import::Import,
    o: &Options,
    progress: &mut dyn FnMut(Stage, u8),
) -> Result<Calibration, CalibrateError> {
    let periods = periods(&imported.transactions, o)?;
    let s = summary::summarise(&imported.transactions, periods);
    if s.customers.iter().all(|c| c.x == 0) {
        return Err(CalibrateError::NoRepeats {
            customers: s.customers.len(),
            calibration_end: date::iso(periods.calibration_end),
            left_out: imported.bad_rows.sentence(),
        });
    }
    progress(Stage::FitBgNbd, start_of(Stage::FitBgNbd));
    let (model, fit) = bgnbd::fit(&s.customers);
    progress(Stage::FitSpend, start_of(Stage::FitSpend));
    let spend = gamma_gamma::data(&s.customers);
    let gg = (!spend.is_empty()).then(|| gamma_gamma::fit(&spend));
    let positive: Vec<f64> = imported
        .transactions
        .iter()
        .map(|t| t.amount)
        .filter(|a| *a > 0.0)
        .collect();
    let observed_mean = positive.iter().sum::<f64>() / positive.len().max(1) as f64;
    let horizon = if periods.holdout_end > periods.calibration_end {
        (periods.holdout_end - periods.calibration_end) as u32
    } else {
        365
    };
    // The distinct histories, shared by the mapping and the diagnostics.
    let h = histories::Histories::new(&s.customers);
    let (scenario, mapping) = mapping::scenario(
        &o.name,
        &model,
        gg.as_ref().map(|g| &g.0),
        &h,
        observed_mean,
        horizon,
    );
    let mut diagnostics =
        diagnostics::diagnostics(&model, gg.as_ref().map(|g| &g.0), &s, &h, periods);
    let (from, to) = (start_of(Stage::Holdout), start_of(Stage::FitParetoNbd));
    progress(Stage::Holdout, from);
    if periods.holdout_end > periods.calibration_end {
        let seeds = holdout::SEEDS.len();
        let mut seed_done = |done: usize| {
            let span = usize::from(to - from);
            progress(Stage::Holdout, from + (span * done / seeds) as u8);
        };
        if let Some(sim) = holdout::simulate_with(&scenario, horizon, &mut seed_done) {
            holdout::fill(&mut diagnostics, &sim);
        }
    }
    progress(Stage::FitParetoNbd, to);
    let (pareto_nbd, pareto_nbd_note) = pareto(&s, &h, periods, &mut diagnostics);
    progress(Stage::Done, start_of(Stage::Done));
    Ok(Calibration {
        import: import_report(imported, &s),
        periods: periods.into(),
        bgnbd: bgnbd_out(&model, fit),
        pareto_nbd,
        pareto_nbd_note,
        gamma_gamma: gg.map(|(g, f)| gamma_gamma_out(&g, f, spend.len())),
        diagnostics,
        mapping,
        scenario,
    })
}

/// Fits Pareto/NBD beside BG/NBD and adds its holdout columns.
fn pareto(
    s: &summary::Summary,
    h: &histories::Histories,
    periods: Periods,
    d: &mut Diagnostics,
) -> (Option<ParetoNbdOut>, Option<String>) {
    let sample = pareto_nbd::fitted_sample(&s.customers);
    let (m, mut f) = pareto_nbd::fit(&sample);
    if sample.len() < s.customers.len() {
        f.log_likelihood = m.grouped_log_likelihood(&pareto_nbd::Data::new(&s.customers));
    }
    pareto_outcome(m, f, sample.len(), h, periods.holdout_weeks(), d)
}

/// What a Pareto/NBD fit adds: the parameters and the holdout columns, or
/// (a fit that failed) `None` and a sentence; the BG/NBD results in `d`
/// are never touched.
fn pareto_outcome(
    m: pareto_nbd::ParetoNbd,
    f: Fit,
    fitted: usize,
    h: &histories::Histories,
    weeks: f64,
    d: &mut Diagnostics,
) -> (Option<ParetoNbdOut>, Option<String>) {
    let usable = [m.r, m.alpha, m.s, m.beta, f.log_likelihood]
        .iter()
        .all(|v| v.is_finite());
    if !usable
        || f.convergence
            .problems
            .contains(&optimize::FitProblem::NoFiniteLikelihood)
    {
        return (
            None,
            Some(format!(
                "Pareto/NBD could not be fitted ({}); the BG/NBD fit and everything made from it stand",
                f.convergence.message
            )),
        );
    }
    let note = (weeks > 0.0 && !diagnostics::fill_pareto_nbd(d, &m, h, weeks)).then(|| {
        "Pareto/NBD's holdout forecast could not be computed for every customer (a series did not \
         converge), so the holdout tables show BG/NBD only"
            .to_string()
    });
    (Some(pareto_nbd_out(&m, f, fitted)), note)
}

/// The default calibration end for a log from day `first` to day `last`:
/// two thirds of the way, so the last third is the holdout.
pub fn default_calibration_end(first: i32, last: i32) -> i32 {
    first + (2 * (last - first)) / 3
}

/// The periods from the options and the log's first and last day.
fn periods(t: &[import::Transaction], o: &Options) -> Result<Periods, CalibrateError> {
    let first = t.iter().map(|t| t.day).min().unwrap_or(0);
    let last = t.iter().map(|t| t.day).max().unwrap_or(0);
    let calibration_end = o
        .calibration_end
        .unwrap_or_else(|| default_calibration_end(first, last));
    let holdout_end = o.holdout_end.unwrap_or(last.max(calibration_end));
    if calibration_end < first {
        return Err(CalibrateError::Periods(format!(
            "--calibration-end {} is before the log's first day, {}",
            date::iso(calibration_end),
            date::iso(first)
        )));
    }
    if holdout_end < calibration_end {
        return Err(CalibrateError::Periods(format!(
            "--holdout-end {} is before the calibration end, {}",
            date::iso(holdout_end),
            date::iso(calibration_end)
        )));
    }
    Ok(Periods {
        start: first,
        calibration_end,
        holdout_end,
    })
}

fn import_report(i: &import::Import, s: &summary::Summary) -> ImportReport {
    let mut notes = Vec::new();
    if let Some(sentence) = i.bad_rows.sentence() {
        notes.push(sentence);
    }
    if s.returns.rows > 0 {
        notes.push(format!(
            "{} return{} (negative amounts): {} netted against the same day's purchases, {} left out; {}",
            s.returns.rows,
            if s.returns.rows == 1 { "" } else { "s" },
            s.returns.netted,
            s.returns.left_out,
            summary::RETURNS_POLICY
        ));
    }
    if s.late_customers > 0 {
        notes.push(format!(
            "{} customer{} first bought after the calibration end and {} not in the fit",
            s.late_customers,
            if s.late_customers == 1 { "" } else { "s" },
            if s.late_customers == 1 { "is" } else { "are" }
        ));
    }
    if s.non_positive_occasions > 0 {
        notes.push(format!(
            "{} purchase occasion{} of zero or negative value count as purchases but not in the spend model",
            s.non_positive_occasions,
            if s.non_positive_occasions == 1 { "" } else { "s" }
        ));
    }
    ImportReport {
        detected: i.detected.clone(),
        rows: i.rows,
        transactions: i.transactions.len(),
        customers: i.customers,
        occasions: s.occasions,
        cohort: s.customers.len(),
        after_calibration: s.late_customers,
        non_positive_occasions: s.non_positive_occasions,
        quantity_total: i.quantity_total,
        returns: s.returns.clone(),
        bad_rows: i.bad_rows.clone(),
        notes,
    }
}

fn bgnbd_out(m: &BgNbd, f: Fit) -> BgNbdOut {
    let se = &f.standard_errors;
    BgNbdOut {
        r: m.r,
        alpha: m.alpha,
        a: m.a,
        b: m.b,
        log_likelihood: f.log_likelihood,
        standard_errors: BgNbdErrors {
            r: se[0],
            alpha: se[1],
            a: se[2],
            b: se[3],
        },
        convergence: f.convergence,
    }
}

fn pareto_nbd_out(m: &pareto_nbd::ParetoNbd, f: Fit, customers: usize) -> ParetoNbdOut {
    let se = &f.standard_errors;
    ParetoNbdOut {
        r: m.r,
        alpha: m.alpha,
        s: m.s,
        beta: m.beta,
        log_likelihood: f.log_likelihood,
        customers,
        standard_errors: ParetoNbdErrors {
            r: se[0],
            alpha: se[1],
            s: se[2],
            beta: se[3],
        },
        convergence: f.convergence,
    }
}

fn gamma_gamma_out(g: &GammaGamma, f: Fit, customers: usize) -> GammaGammaOut {
    let se = &f.standard_errors;
    GammaGammaOut {
        p: g.p,
        q: g.q,
        gamma: g.gamma,
        customers,
        mean_spend: (g.q > 1.0).then(|| g.mean_spend()),
        log_likelihood: f.log_likelihood,
        standard_errors: GammaGammaErrors {
            p: se[0],
            q: se[1],
            gamma: se[2],
        },
        convergence: f.convergence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(x: u32, t_x: f64, t: f64, holdout: u32) -> summary::CustomerData {
        summary::CustomerData {
            x,
            t_x,
            t,
            first_week: 0.0,
            holdout,
            repeat_spend: None,
        }
    }

    #[test]
    fn a_failed_pareto_nbd_fit_is_a_note_and_bgnbd_stands() {
        let customers = [customer(0, 0.0, 30.0, 0), customer(3, 20.0, 30.0, 2)];
        let s = summary::Summary {
            customers: customers.to_vec(),
            occasions: 5,
            late_customers: 0,
            non_positive_occasions: 0,
            returns: Returns::default(),
            weekly_repeats: vec![0; 60],
        };
        let periods = Periods {
            start: 0,
            calibration_end: 210,
            holdout_end: 420,
        };
        let bg = BgNbd {
            r: 0.3,
            alpha: 4.0,
            a: 0.8,
            b: 2.4,
        };
        let h = histories::Histories::new(&s.customers);
        let mut d = diagnostics::diagnostics(&bg, None, &s, &h, periods);
        let before = d.clone();
        let failed = Fit {
            params: vec![f64::NAN; 4],
            standard_errors: vec![None; 4],
            log_likelihood: f64::NEG_INFINITY,
            convergence: Convergence {
                converged: false,
                starts: 6,
                agreeing_starts: 0,
                iterations: 0,
                problems: vec![optimize::FitProblem::NoFiniteLikelihood],
                message: "no starting point gave a finite likelihood".into(),
            },
        };
        let m = pareto_nbd::ParetoNbd::from_slice(&failed.params);
        let (out, note) = pareto_outcome(m, failed, 2, &h, periods.holdout_weeks(), &mut d);
        assert!(out.is_none());
        let note = note.expect("a note");
        assert!(
            note.contains("Pareto/NBD could not be fitted") && note.contains("BG/NBD"),
            "{note}"
        );
        assert_eq!(d, before, "the BG/NBD diagnostics are untouched");
        // A good fit fills its columns beside BG/NBD's.
        let (m, f) = pareto_nbd::fit(&customers);
        let (out, note) = pareto_outcome(m, f, 2, &h, periods.holdout_weeks(), &mut d);
        assert!(out.is_some() && note.is_none(), "{note:?}");
        assert!(d.holdout_total.as_ref().unwrap().pareto_nbd.is_some());
        assert_eq!(
            d.holdout_by_frequency[0].bgnbd,
            before.holdout_by_frequency[0].bgnbd
        );
    }

    #[test]
    fn a_large_cohort_s_pareto_nbd_is_fitted_on_a_sample_and_scored_on_all() {
        // 30,000 customers of 60 histories: more than FIT_MAX.
        let customers: Vec<summary::CustomerData> = (0..30_000u32)
            .map(|i| {
                let x = i % 6;
                let t = 20.0 + (i % 10) as f64;
                customer(x, if x > 0 { t * 0.6 } else { 0.0 }, t, i % 3)
            })
            .collect();
        let s = summary::Summary {
            customers: customers.clone(),
            occasions: 80_000,
            late_customers: 0,
            non_positive_occasions: 0,
            returns: Returns::default(),
            weekly_repeats: vec![0; 60],
        };
        let periods = Periods {
            start: 0,
            calibration_end: 210,
            holdout_end: 420,
        };
        let bg = BgNbd {
            r: 0.3,
            alpha: 4.0,
            a: 0.8,
            b: 2.4,
        };
        let h = histories::Histories::new(&s.customers);
        let mut d = diagnostics::diagnostics(&bg, None, &s, &h, periods);
        let (out, _) = pareto(&s, &h, periods, &mut d);
        let out = out.expect("a fit");
        assert!(out.customers <= pareto_nbd::FIT_MAX && out.customers >= pareto_nbd::FIT_MAX / 2);
        let m = pareto_nbd::ParetoNbd::from_slice(&[out.r, out.alpha, out.s, out.beta]);
        let all = m.grouped_log_likelihood(&pareto_nbd::Data::new(&customers));
        assert_eq!(
            out.log_likelihood, all,
            "the log-likelihood is over every customer"
        );
        // Up to FIT_MAX, every customer.
        assert_eq!(
            pareto_nbd::fitted_sample(&customers[..pareto_nbd::FIT_MAX]).len(),
            pareto_nbd::FIT_MAX
        );
    }
}
