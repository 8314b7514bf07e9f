//! The web app's calibration from a transaction log, as the worker runs it:
//! what the page asks ([`LogOptions`]), the file's first look
//! ([`inspect`]: a preview, the detected settings, the bad rows, the
//! default periods) and the fit ([`calibrate`]: the fits, the diagnostics
//! and the calibrated scenario, without anything that identifies a
//! customer). Pure Rust over `loyalty-calibrate`, tested natively.
//!
//! Invariant: the transaction log stays in the worker; what goes back to
//! the page is aggregates (counts, fitted parameters, the diagnostics
//! tables, the scenario) and the preview's first rows, which the user's own
//! file shows them anyway.

use loyalty_calibrate::date::{self, DateFormat};
use loyalty_calibrate::diagnostics::Diagnostics;
use loyalty_calibrate::import::{
    self, BadRows, Column, Delimiter, Import, ImportError, ImportOptions,
};
use loyalty_calibrate::summary::PeriodsOut;
use loyalty_calibrate::{BgNbdOut, GammaGammaOut, Options, ParetoNbdOut, Stage};
use loyalty_sim::Scenario;
use serde::{Deserialize, Serialize};

/// Rows of the file shown in the preview.
pub const PREVIEW_ROWS: usize = 8;

/// What the user chose in the import view; `None` means "detect".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LogOptions {
    /// The field delimiter.
    pub delimiter: Option<Delimiter>,
    /// The decimal separator, `.` or `,`.
    pub decimal: Option<char>,
    /// The date format.
    pub date_format: Option<DateFormat>,
    /// Whether the first row is a header.
    pub header: Option<bool>,
    /// Customer id column (1-based).
    pub id: Option<usize>,
    /// Date column (1-based).
    pub date: Option<usize>,
    /// Amount column (1-based).
    pub amount: Option<usize>,
    /// Quantity column (1-based), if any.
    pub quantity: Option<usize>,
    /// Calibration end, `YYYY-MM-DD` (default: two thirds into the log).
    pub calibration_end: Option<String>,
    /// Holdout end, `YYYY-MM-DD` (default: the log's last day).
    pub holdout_end: Option<String>,
    /// The language of the answers' sentences (the page's).
    #[serde(default)]
    pub lang: crate::i18n::Lang,
}

impl LogOptions {
    /// The importer's options.
    pub fn import(&self) -> ImportOptions {
        ImportOptions {
            id: self.id.map(Column::Number),
            date: self.date.map(Column::Number),
            amount: self.amount.map(Column::Number),
            quantity: self.quantity.map(Column::Number),
            delimiter: self.delimiter,
            decimal: self.decimal,
            date_format: self.date_format,
            header: self.header,
        }
    }

    /// The calibration's options; `Err` names the date field that is not a date.
    pub fn options(&self) -> Result<Options, String> {
        let day = |v: &Option<String>, what: &str| -> Result<Option<i32>, String> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => date::parse_iso(s)
                    .map(Some)
                    .ok_or_else(|| crate::text::calibrate::not_a_date(self.lang, what, s)),
            }
        };
        Ok(Options {
            import: self.import(),
            calibration_end: day(
                &self.calibration_end,
                crate::text::calibrate::CALIBRATION_END.get(self.lang),
            )?,
            holdout_end: day(
                &self.holdout_end,
                crate::text::calibrate::HOLDOUT_END.get(self.lang),
            )?,
            name: crate::text::calibrate::SCENARIO_NAME
                .get(self.lang)
                .to_string(),
        })
    }
}

/// The file as read with the settings used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadSummary {
    /// The decimal separator used.
    pub decimal: char,
    /// The date format used.
    pub date_format: DateFormat,
    /// Whether the first row was taken as a header.
    pub header: bool,
    /// Customer id column (1-based).
    pub id: usize,
    /// Date column (1-based).
    pub date: usize,
    /// Amount column (1-based).
    pub amount: usize,
    /// Quantity column (1-based), if one was chosen.
    pub quantity: Option<usize>,
    /// Data rows read.
    pub rows: usize,
    /// Rows used.
    pub transactions: usize,
    /// Distinct customers in the rows used.
    pub customers: usize,
    /// The rows left out.
    pub bad_rows: BadRows,
    /// The log's first and last day (YYYY-MM-DD).
    pub first_day: String,
    /// The log's last day.
    pub last_day: String,
    /// The default calibration end (YYYY-MM-DD).
    pub calibration_end: String,
}

/// The first look at a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inspection {
    /// The delimiter used for the preview (detected or chosen).
    pub delimiter: Delimiter,
    /// The first rows, each with its line number.
    pub preview: Vec<(u64, Vec<String>)>,
    /// The file read with the settings, or why it cannot be, in a sentence.
    pub read: Result<ReadSummary, String>,
    /// The dates can be read day-first or month-first: the user must say which.
    pub ambiguous_dates: bool,
}

/// Reads the log with the settings: the preview, what was detected, the
/// bad rows and the default periods.
pub fn inspect(text: &str, o: &LogOptions) -> Inspection {
    inspect_read(text, o, import::read(text, &o.import()).as_ref())
}

/// [`inspect`] with the log already read with `o`'s settings (`read`).
pub fn inspect_read(text: &str, o: &LogOptions, read: Result<&Import, &ImportError>) -> Inspection {
    let (delimiter, preview) = import::preview(text, o.delimiter, PREVIEW_ROWS);
    let mut ambiguous_dates = false;
    let read = match read {
        Ok(i) => {
            let first = i.transactions.iter().map(|t| t.day).min().unwrap_or(0);
            let last = i.transactions.iter().map(|t| t.day).max().unwrap_or(0);
            let d = &i.detected;
            Ok(ReadSummary {
                decimal: d.decimal,
                date_format: d.date_format,
                header: d.header,
                id: d.id_column.number,
                date: d.date_column.number,
                amount: d.amount_column.number,
                quantity: d.quantity_column.as_ref().map(|c| c.number),
                rows: i.rows,
                transactions: i.transactions.len(),
                customers: i.customers,
                bad_rows: i.bad_rows.clone(),
                first_day: date::iso(first),
                last_day: date::iso(last),
                calibration_end: date::iso(loyalty_calibrate::default_calibration_end(first, last)),
            })
        }
        Err(e) => {
            ambiguous_dates = matches!(e, ImportError::AmbiguousDates { .. });
            Err(crate::text::calibrate::import_error(o.lang, e))
        }
    };
    Inspection {
        delimiter,
        preview,
        read,
        ambiguous_dates,
    }
}

/// A calibration as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalibrationView {
    /// The BG/NBD fit.
    pub bgnbd: BgNbdOut,
    /// The Pareto/NBD fit beside it (`None`: it could not be made; the
    /// view says so, and BG/NBD stands).
    pub pareto_nbd: Option<ParetoNbdOut>,
    /// The Gamma-Gamma fit, if any customer has a repeat purchase of positive value.
    pub gamma_gamma: Option<GammaGammaOut>,
    /// The diagnostics tables.
    pub diagnostics: Diagnostics,
    /// The periods used.
    pub periods: PeriodsOut,
    /// The import's counts its notes are said from
    /// ([`import_notes::notes`](crate::text::import_notes::notes)).
    pub facts: crate::text::import_notes::ImportFacts,
    /// Customers in the calibration cohort.
    pub cohort: usize,
    /// Rows used.
    pub transactions: usize,
    /// The calibrated scenario (no programme).
    pub scenario: Scenario,
}

/// Fits the log; `Err` is the sentence to show.
pub fn calibrate(text: &str, o: &LogOptions) -> Result<CalibrationView, String> {
    let imported = import::read(text, &o.import())
        .map_err(|e| crate::text::calibrate::import_error(o.lang, &e))?;
    calibrate_read(&imported, o)
}

/// [`calibrate`] with the log already read with `o`'s settings.
pub fn calibrate_read(imported: &Import, o: &LogOptions) -> Result<CalibrationView, String> {
    calibrate_read_with(imported, o, &mut |_, _| {})
}

/// [`calibrate_read`], reporting each stage and the percentage done
/// (`loyalty_calibrate::calibrate_imported_with`).
pub fn calibrate_read_with(
    imported: &Import,
    o: &LogOptions,
    progress: &mut dyn FnMut(Stage, u8),
) -> Result<CalibrationView, String> {
    let options = o.options()?;
    let c =
        loyalty_calibrate::calibrate_imported_with(imported, &options, progress).map_err(|e| {
            match e {
                loyalty_calibrate::CalibrateError::Import(e) => {
                    crate::text::calibrate::import_error(o.lang, &e)
                }
                other => crate::text::calibrate::in_app_words(&other.to_string()),
            }
        })?;
    Ok(CalibrationView {
        bgnbd: c.bgnbd,
        pareto_nbd: c.pareto_nbd,
        gamma_gamma: c.gamma_gamma,
        diagnostics: c.diagnostics,
        periods: c.periods,
        facts: crate::text::import_notes::ImportFacts {
            bad_rows: c.import.bad_rows,
            returns: (
                c.import.returns.rows,
                c.import.returns.netted,
                c.import.returns.left_out,
            ),
            late: c.import.after_calibration,
            non_positive: c.import.non_positive_occasions,
        },
        cohort: c.import.cohort,
        transactions: c.import.transactions,
        scenario: c.scenario,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A log of `n` customers over two years with repeat purchases.
    pub(crate) fn log(n: usize) -> String {
        let mut s = String::from("customer;day;amount\n");
        for c in 0..n {
            let first = (c * 7) % 300;
            let every = 20 + (c * 13) % 90;
            let mut d = first;
            let mut k = 0;
            while d < 730 && k < 1 + c % 9 {
                let (y, m, dd) = if d < 365 {
                    (2023, d / 31 % 12 + 1, d % 28 + 1)
                } else {
                    (2024, (d - 365) / 31 % 12 + 1, d % 28 + 1)
                };
                s.push_str(&format!(
                    "k{c};{dd:02}.{m:02}.{y};{},{:02}\n",
                    10 + c % 40,
                    c % 100
                ));
                d += every;
                k += 1;
            }
        }
        s
    }

    #[test]
    fn inspect_shows_the_preview_the_settings_and_the_defaults() {
        let mut text = log(300);
        text.push_str("k1;31.02.2024;5,00\nk2;01.03.2024;lots\n");
        let i = inspect(&text, &LogOptions::default());
        assert_eq!(i.delimiter, Delimiter::Semicolon);
        assert_eq!(i.preview.len(), PREVIEW_ROWS);
        assert_eq!(i.preview[0].1, ["customer", "day", "amount"]);
        let r = i.read.expect("reads");
        assert!(r.header);
        assert_eq!((r.id, r.date, r.amount), (1, 2, 3));
        assert_eq!(r.date_format, DateFormat::DayDotMonth);
        assert_eq!(r.decimal, ',');
        assert_eq!(r.bad_rows.count, 2);
        let sentence = crate::text::import_notes::bad_rows(crate::i18n::Lang::En, &r.bad_rows)
            .expect("a sentence");
        let lines = text.lines().count();
        assert!(
            sentence.contains(&format!("line {}", lines - 1)),
            "{sentence}"
        );
        assert!(sentence.contains(&format!("line {lines}")), "{sentence}");
        assert!(r.first_day < r.calibration_end && r.calibration_end < r.last_day);
    }

    #[test]
    fn ambiguous_dates_are_asked_about() {
        let text = "a,01/02/2024,5\na,03/04/2024,6\nb,05/06/2024,7\n";
        let i = inspect(text, &LogOptions::default());
        assert!(i.ambiguous_dates);
        assert!(i.read.is_err());
        let chosen = LogOptions {
            date_format: Some(DateFormat::DaySlashMonth),
            ..LogOptions::default()
        };
        let i = inspect(text, &chosen);
        assert!(!i.ambiguous_dates);
        assert_eq!(i.read.unwrap().first_day, "2024-02-01");
    }

    #[test]
    fn calibrate_gives_the_fits_diagnostics_and_a_valid_scenario() {
        let text = log(400);
        let v = calibrate(&text, &LogOptions::default()).expect("calibrates");
        assert!(v.bgnbd.r > 0.0 && v.bgnbd.alpha > 0.0);
        // Pareto/NBD beside BG/NBD, in the parameters table in every language.
        let p = v.pareto_nbd.as_ref().expect("a Pareto/NBD fit");
        assert!(p.s > 0.0 && p.beta > 0.0 && p.log_likelihood.is_finite());
        for lang in [
            crate::i18n::Lang::En,
            crate::i18n::Lang::Fi,
            crate::i18n::Lang::Lb,
        ] {
            let rows = crate::text::calibrate::parameter_rows(lang, &v.bgnbd, Some(p));
            assert_eq!(rows.len(), 7);
            let s = crate::format::decimal(lang, p.s, 3);
            assert_eq!(rows[4][2], s, "{lang:?}");
            assert_eq!(rows[4][1], "–");
            assert_eq!(rows[2][2], "–");
            assert_eq!(rows[6][0], crate::text::calibrate::LOG_LIKELIHOOD.get(lang));
            assert_eq!(
                rows[6][2],
                crate::format::decimal(lang, p.log_likelihood, 3)
            );
            assert_eq!(
                rows[6][1],
                crate::format::decimal(lang, v.bgnbd.log_likelihood, 3)
            );
            let missing = crate::text::calibrate::parameter_rows(lang, &v.bgnbd, None);
            assert!(missing.iter().all(|r| r[2] == "–"));
        }
        assert!(v.cohort > 0 && v.cohort <= 400);
        loyalty_sim::validate(&v.scenario).expect("valid");
        // The view survives the JSON trip to the page.
        let back: CalibrationView =
            serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn a_bad_date_field_is_named() {
        let o = LogOptions {
            calibration_end: Some("soon".into()),
            ..LogOptions::default()
        };
        let e = calibrate(&log(50), &o).unwrap_err();
        assert!(
            e.contains(crate::text::calibrate::CALIBRATION_END.en),
            "{e}"
        );
        assert!(e.contains("soon"), "{e}");
    }
}
