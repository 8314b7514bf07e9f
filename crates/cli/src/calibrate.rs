//! `loyalty calibrate`: fit BG/NBD and Gamma-Gamma to a transaction log and
//! print the fit, its diagnostics and the calibrated scenario as JSON.

use crate::failure::{write_stdout, Failure};
use crate::input;
use loyalty_calibrate::date::{self, DateFormat};
use loyalty_calibrate::import::{Column, Delimiter, ImportOptions};
use loyalty_calibrate::{calibrate, Options};
use std::io::Write;

/// The arguments of `loyalty calibrate`.
#[derive(Debug, clap::Args)]
pub struct CalibrateArgs {
    /// Transaction log (CSV); `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: String,
    /// Customer id column: 1-based number or header name [default: detected]
    #[arg(long, value_name = "N")]
    id_col: Option<String>,
    /// Date column: 1-based number or header name [default: detected]
    #[arg(long, value_name = "N")]
    date_col: Option<String>,
    /// Amount column: 1-based number or header name [default: detected]
    #[arg(long, value_name = "N")]
    amount_col: Option<String>,
    /// Quantity column (optional): 1-based number or header name
    #[arg(long, value_name = "N")]
    quantity_col: Option<String>,
    /// Date format: YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY [default: detected]
    #[arg(long, value_name = "F")]
    date_format: Option<String>,
    /// Field delimiter: `,` `;` `tab` or `space` [default: detected]
    #[arg(long, value_name = "C")]
    delimiter: Option<String>,
    /// Decimal separator: `.` or `,` [default: detected]
    #[arg(long, value_name = "C")]
    decimal: Option<String>,
    /// The first row is a header (`true`) or data (`false`) [default: detected]
    #[arg(long, value_name = "BOOL")]
    header: Option<bool>,
    /// Last day of the calibration period, YYYY-MM-DD [default: two thirds into the log]
    #[arg(long, value_name = "DATE")]
    calibration_end: Option<String>,
    /// Last day of the holdout period, YYYY-MM-DD [default: the log's last day]
    #[arg(long, value_name = "DATE")]
    holdout_end: Option<String>,
    /// Print only the calibrated scenario (for `loyalty run -`).
    #[arg(long)]
    scenario_only: bool,
}

/// Turns the arguments into options, naming the argument of every problem.
fn options(a: &CalibrateArgs) -> Result<Options, Failure> {
    let mut problems = Vec::new();
    let date_format = a.date_format.as_deref().and_then(|f| {
        let parsed = DateFormat::from_name(f);
        if parsed.is_none() {
            problems.push(format!(
                "--date-format: \"{f}\" is not one of YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, MM/DD/YYYY, DD/MM/YYYY"
            ));
        }
        parsed
    });
    let delimiter = a.delimiter.as_deref().and_then(|d| {
        let parsed = Delimiter::from_name(d);
        if parsed.is_none() {
            problems.push(format!("--delimiter: \"{d}\" is not one of , ; tab space"));
        }
        parsed
    });
    let decimal = match a.decimal.as_deref() {
        None => None,
        Some(".") => Some('.'),
        Some(",") => Some(','),
        Some(d) => {
            problems.push(format!("--decimal: \"{d}\" is not . or ,"));
            None
        }
    };
    let mut day = |name: &str, v: &Option<String>| {
        v.as_deref().and_then(|s| {
            let parsed = date::parse_iso(s);
            if parsed.is_none() {
                problems.push(format!("{name}: \"{s}\" is not a date as YYYY-MM-DD"));
            }
            parsed
        })
    };
    let calibration_end = day("--calibration-end", &a.calibration_end);
    let holdout_end = day("--holdout-end", &a.holdout_end);
    if !problems.is_empty() {
        return Err(Failure::Input(problems));
    }
    let column = |c: &Option<String>| c.as_deref().map(Column::parse);
    Ok(Options {
        import: ImportOptions {
            id: column(&a.id_col),
            date: column(&a.date_col),
            amount: column(&a.amount_col),
            quantity: column(&a.quantity_col),
            delimiter,
            decimal,
            date_format,
            header: a.header,
        },
        calibration_end,
        holdout_end,
        name: format!("Calibrated from {}", input::display_name(&a.file)),
    })
}

/// Runs `loyalty calibrate`.
pub fn run(a: &CalibrateArgs) -> Result<(), Failure> {
    let options = options(a)?;
    let text = input::read_text(&a.file)?;
    let c = calibrate(&text, &options)
        .map_err(|e| Failure::input(format!("{}: {e}", input::display_name(&a.file))))?;
    // What the user should know (rows left out, returns) goes to standard
    // error too, where it is seen; the JSON has it in `import.notes`.
    let mut err = std::io::stderr().lock();
    for note in &c.import.notes {
        // A closed standard error is no reason to stop.
        let _ = writeln!(err, "note: {note}");
    }
    drop(err);
    let json = if a.scenario_only {
        c.scenario.to_json_pretty()
    } else {
        serde_json::to_string_pretty(&c).map_err(|e| Failure::Other(e.to_string()))?
    };
    write_stdout(&(json + "\n"))
}
