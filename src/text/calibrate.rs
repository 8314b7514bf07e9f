use loyalty_calibrate::import::ImportError;

pub const OPEN: &str = "Use your own customers";
pub const OPEN_HELP: &str = "Fit the customer base to your own transaction log (a CSV file of customer id, date and amount); the file is read in this browser and never leaves the machine";
pub const TITLE: &str = "Your own customers";
pub const INTRO: &str = "Choose a CSV file of transactions: one row per purchase with a customer id, a date and an amount (optionally a quantity). The file is read in this browser tab and never leaves the machine. The fit (BG/NBD for how often customers buy and when they stop, Gamma-Gamma for how much they spend) becomes the scenario's customers.";
pub const CLOSE: &str = "Close";
pub const CHOOSE_FILE: &str = "Transaction log (CSV)";
pub const READING: &str = "Reading the file…";
pub const FITTING: &str = "Fitting the customer base…";
pub const CANCEL: &str = "Cancel";
pub const CANCELLED: &str = "Stopped. Change a setting or choose the file again.";
pub const NO_LOG: &str = "The file is no longer loaded; choose it again.";
pub const FILE_UNREADABLE: &str = "The file could not be read as text.";
pub const WORKER_FAILED: &str =
    "The background worker could not be started or stopped working; reload the page and try again.";
pub const PREVIEW: &str = "First rows of the file";
pub const LINE: &str = "Line";
pub const SETTINGS: &str = "How to read the file";
pub const DELIMITER: &str = "Delimiter";
pub const DECIMAL: &str = "Decimal separator";
pub const DATE_FORMAT: &str = "Date format";
pub const CHOOSE_DATE_FORMAT: &str = "Choose…";
pub const HEADER: &str = "First row";
pub const HEADER_YES: &str = "is a header";
pub const HEADER_NO: &str = "is data";
pub const COLUMNS: &str = "Columns";
pub const ID_COLUMN: &str = "Customer id";
pub const DATE_COLUMN: &str = "Date";
pub const AMOUNT_COLUMN: &str = "Amount";
pub const QUANTITY_COLUMN: &str = "Quantity (optional)";
pub const NO_COLUMN: &str = "None";
pub const PERIODS: &str = "Periods";
pub const CALIBRATION_END: &str = "Calibration end";
pub const HOLDOUT_END: &str = "Holdout end";
pub const PERIODS_HELP: &str = "The models are fitted on the purchases up to the calibration end; the purchases after it, up to the holdout end, test the fit's forecast. By default the last third of the log is the holdout.";
pub const CONTINUE_WITHOUT: &str = "Continue without these rows";
pub const FIT: &str = "Fit the customer base";
pub const SIMULATE: &str = "Simulate a programme for these customers";
pub const SCENARIO_NAME: &str = "Calibrated customers";
pub const RESULTS: &str = "How well the fit describes your customers";
pub const FIT_BGNBD: &str = "Purchases and dropout (BG/NBD)";
pub const FIT_SPEND: &str = "Spend (Gamma-Gamma)";
pub const NO_SPEND_FIT: &str = "No customer has a repeat purchase of positive value, so spend could not be fitted; the scenario keeps the mean purchase value of the log.";
pub const CHARTS: &str = "Diagnostics charts";
pub const PRIVACY: &str = "What a shared calibrated scenario carries: the fitted parameters (how often customers buy, when they stop, how much they spend) and counts of customers, nothing else. No customer id, date or amount leaves this machine: the transactions stay in this browser tab and are forgotten when you close this view.";

pub const DELIMITERS: [(&str, &str); 4] = [
    ("comma", "Comma ,"),
    ("semicolon", "Semicolon ;"),
    ("tab", "Tab"),
    ("whitespace", "Spaces"),
];
pub const DECIMALS: [(char, &str); 2] = [('.', "Point ."), (',', "Comma ,")];

/// A column's option in a select: its number and header name.
pub fn column_option(number: usize, name: Option<&str>) -> String {
    match name {
        Some(n) if !n.is_empty() => format!("{number}: {n}"),
        _ => format!("Column {number}"),
    }
}

/// What was read, in a sentence.
pub fn read_summary(
    rows: usize,
    transactions: usize,
    customers: usize,
    first: &str,
    last: &str,
) -> String {
    format!(
        "{rows} rows read: {transactions} transactions of {customers} customers from {first} to {last}."
    )
}

/// The rows left out, then what the user may do.
pub fn bad_rows(sentence: &str) -> String {
    format!(
        "{}. You can correct the file and choose it again, or continue without these rows.",
        capitalise(sentence)
    )
}

/// The fit's size, in a sentence.
pub fn fitted(
    cohort: usize,
    transactions: usize,
    start: &str,
    calibration_end: &str,
    holdout_end: &str,
) -> String {
    format!(
        "Fitted on {cohort} customers who first bought by {calibration_end} ({transactions} transactions used); calibration {start} to {calibration_end}, holdout to {holdout_end}."
    )
}

/// The BG/NBD parameters.
pub fn bgnbd(r: f64, alpha: f64, a: f64, b: f64) -> String {
    format!("r = {r:.3}, alpha = {alpha:.3} weeks, a = {a:.3}, b = {b:.3}")
}

/// The Gamma-Gamma parameters.
pub fn gamma_gamma(p: f64, q: f64, gamma: f64, mean: Option<f64>) -> String {
    let mean = mean
        .map(|m| format!("; mean spend per purchase {m:.2}"))
        .unwrap_or_default();
    format!("p = {p:.3}, q = {q:.3}, gamma = {gamma:.3}{mean}")
}

/// The notice after "Simulate".
pub const LOADED: &str = "Your calibrated customers are now the scenario (undo brings back the previous one). The programme you had is kept; with none, the results show the baseline. The transactions themselves stay on this machine; a shared link carries only the fitted parameters and counts.";

/// A date field that is not a date.
pub fn not_a_date(field: &str, value: &str) -> String {
    format!("{field}: \"{value}\" is not a date (YYYY-MM-DD)")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The command line's words in the crate's messages, as the app names them.
pub fn in_app_words(s: &str) -> String {
    capitalise(
        &s.replace(
            "with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY",
            "by choosing the date format",
        )
        .replace(
            "choose the date column with --date-col",
            "choose the date column",
        )
        .replace("choose it with --date-col", "choose it under Columns")
        .replace("a later --calibration-end", "a later calibration end")
        .replace("--calibration-end", "the calibration end")
        .replace("--holdout-end", "the holdout end"),
    )
}

/// An import error as the app says it.
pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::AmbiguousDates { column, example } => format!(
            "Column {column}: the dates can be read as day/month or month/day (e.g. \"{example}\"). Choose the date format: DD/MM/YYYY or MM/DD/YYYY."
        ),
        other => in_app_words(&other.to_string()),
    }
}

/// Chart captions, axis descriptions, legends and descriptions.
pub mod charts {
    pub const ACTUAL: &str = "Actual";
    pub const BGNBD: &str = "BG/NBD";
    pub const GAMMA_GAMMA: &str = "Gamma-Gamma";
    pub const CUSTOMERS: &str = "Customers";
    pub const CALIBRATION_END: &str = "calibration end";

    pub const FREQUENCY_CAPTION: &str = "Repeat purchases in the calibration period";
    pub const FREQUENCY_X: &str = "Repeat purchases";
    pub const FREQUENCY_DESC: &str = "Bar chart of how many customers made 0, 1, …, 6 and 7 or more repeat purchases in the calibration period, as counted in the log and as BG/NBD expects.";

    pub const CUMULATIVE_CAPTION: &str = "Cumulative repeat purchases";
    pub const WEEKLY_CAPTION: &str = "Weekly repeat purchases";
    pub const WEEK_X: &str = "Week";
    pub const PURCHASES_Y: &str = "Repeat purchases";
    pub const CUMULATIVE_DESC: &str = "Line chart of the cumulative repeat purchases week by week over the calibration and holdout periods, actual (solid) and BG/NBD (dashed), with the calibration end marked.";
    pub const WEEKLY_DESC: &str = "Line chart of the repeat purchases each week over the calibration and holdout periods, actual (solid) and BG/NBD (dashed), with the calibration end marked.";

    pub const HOLDOUT_CAPTION: &str = "Holdout purchases by calibration frequency";
    pub const HOLDOUT_Y: &str = "Mean purchases in the holdout";
    pub const HOLDOUT_DESC: &str = "Line chart of the mean number of holdout purchases of the customers who made 0, 1, …, 6 and 7 or more repeat purchases in the calibration period, actual and BG/NBD's conditional expectation.";
    pub const NO_HOLDOUT: &str =
        "No holdout period: choose a holdout end after the calibration end.";

    pub const SPEND_CAPTION: &str = "Customers' mean spend per purchase";
    pub const SPEND_X: &str = "Mean spend per repeat purchase (currency units)";
    pub const SPEND_DESC: &str = "Bar chart of the distribution of customers' mean spend per repeat purchase, as counted in the log and as the Gamma-Gamma model expects.";
    pub const NO_SPEND: &str = "No spend fit: no customer has a repeat purchase of positive value.";

    pub const ALIVE_CAPTION: &str = "Chance a customer is still active";
    pub const ALIVE_X: &str = "Weeks from the first to the last purchase in the calibration period";
    pub const ALIVE_Y: &str = "Repeat purchases";
    pub const ALIVE_DESC: &str = "Heat map of BG/NBD's probability that a customer is still active at the calibration end by their number of repeat purchases (rows 0 to 7 or more) and the weeks from their first to their last purchase (columns), darker for more likely; each cell shows the probability in percent.";
    pub const SEVEN_PLUS: &str = "7+";
}
