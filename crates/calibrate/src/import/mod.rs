//! Reading a transaction log: a CSV (or whitespace-separated) file of
//! customer id, date and amount (optionally quantity), with the delimiter,
//! the decimal separator, the date format, the header and the columns
//! detected (and reported) unless given.
//!
//! Invariants: never panics on any input; a day/month order that the file
//! does not settle is an error that names both readings (never a guess);
//! every row that is left out is counted, and the first few are named by
//! their line and column; the customer ids stay inside this module (the
//! transactions carry a dense index, nothing else about the customer).

mod amount;
mod records;
mod rows;

pub use amount::parse_amount;

use crate::date::DateFormat;
use records::each_record;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How many bad rows are named one by one (the rest are counted).
pub const FIRST_BAD_ROWS: usize = 5;
/// Rows read to detect the header, the columns and the decimal separator.
const SAMPLE_ROWS: usize = 200;

/// A column, by its 1-based number or by its name in the header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    /// 1-based column number.
    Number(usize),
    /// Name in the header row (compared without case and surrounding spaces).
    Name(String),
}

impl Column {
    /// A number if `s` is one, else a header name.
    pub fn parse(s: &str) -> Column {
        match s.trim().parse::<usize>() {
            Ok(n) => Column::Number(n),
            Err(_) => Column::Name(s.trim().to_string()),
        }
    }
}

/// The field delimiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;` (spreadsheets in countries with a decimal comma)
    Semicolon,
    /// a tab
    Tab,
    /// one or more spaces or tabs (fixed-width text such as the CDNOW files)
    Whitespace,
}

impl Delimiter {
    /// From the command line: `,` `;` `tab` (or `\t`) `space` (or `whitespace`).
    pub fn from_name(s: &str) -> Option<Delimiter> {
        match s {
            "," | "comma" => Some(Delimiter::Comma),
            ";" | "semicolon" => Some(Delimiter::Semicolon),
            "\t" | "\\t" | "tab" => Some(Delimiter::Tab),
            " " | "space" | "whitespace" => Some(Delimiter::Whitespace),
            _ => None,
        }
    }

    fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab | Delimiter::Whitespace => b'\t',
        }
    }
}

/// What the user chose; `None` everywhere means "detect".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportOptions {
    /// The customer id column.
    pub id: Option<Column>,
    /// The date column.
    pub date: Option<Column>,
    /// The amount column (currency units; negative = a return).
    pub amount: Option<Column>,
    /// An optional quantity column (read and checked, reported as a total).
    pub quantity: Option<Column>,
    /// The field delimiter.
    pub delimiter: Option<Delimiter>,
    /// The decimal separator, `.` or `,`.
    pub decimal: Option<char>,
    /// The date format.
    pub date_format: Option<DateFormat>,
    /// Whether the first row is a header.
    pub header: Option<bool>,
}

/// One row of the log as the models see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transaction {
    /// Dense customer index (0, 1, ... in order of first appearance).
    pub customer: u32,
    /// Days since 1970-01-01.
    pub day: i32,
    /// Amount in currency units (negative: a return).
    pub amount: f64,
}

/// A column as used: its 1-based number and its header name, if any.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UsedColumn {
    /// 1-based column number.
    pub number: usize,
    /// Its name in the header row (`null` without a header).
    pub name: Option<String>,
}

/// The settings the import used, and whether each was detected or given.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detected {
    /// The field delimiter.
    pub delimiter: Delimiter,
    /// The decimal separator (`.` or `,`).
    pub decimal: char,
    /// The date format.
    pub date_format: DateFormat,
    /// Whether the first row was taken as a header.
    pub header: bool,
    /// The customer id column.
    pub id_column: UsedColumn,
    /// The date column.
    pub date_column: UsedColumn,
    /// The amount column.
    pub amount_column: UsedColumn,
    /// The quantity column, if one was given.
    pub quantity_column: Option<UsedColumn>,
    /// The settings that were detected rather than given, by name.
    pub detected: Vec<&'static str>,
}

/// A row left out: where and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowProblem {
    /// 1-based line number in the file.
    pub line: u64,
    /// 1-based column number (0: the row as a whole, e.g. too few columns).
    pub column: usize,
    /// What is wrong, with its arguments (for shells that translate).
    pub issue: RowIssue,
    /// What is wrong, in an English sentence (`issue.to_string()`).
    pub message: String,
}

impl RowProblem {
    /// A problem on `line`, `column` (0: the whole row); the message is the issue's English.
    pub fn new(line: u64, column: usize, issue: RowIssue) -> Self {
        RowProblem {
            line,
            column,
            message: issue.to_string(),
            issue,
        }
    }
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowIssue {
    /// The row has `got` columns but needs at least `need`.
    TooFewColumns {
        /// Columns in the row.
        got: usize,
        /// Columns needed (the highest mapped column).
        need: usize,
    },
    /// The customer id is empty.
    EmptyId,
    /// `text` is not a date in `format` (its name, e.g. `YYYY-MM-DD`).
    NotADate {
        /// The cell, trimmed.
        text: String,
        /// The date format's name.
        format: String,
    },
    /// `text` is not an amount with the decimal separator `decimal`.
    NotAnAmount {
        /// The cell, trimmed.
        text: String,
        /// The decimal separator.
        decimal: char,
    },
    /// `text` is not a quantity.
    NotAQuantity {
        /// The cell, trimmed.
        text: String,
    },
}

impl std::fmt::Display for RowIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RowIssue::TooFewColumns { got, need } => write!(
                f,
                "has {got} column{}, needs at least {need}",
                if *got == 1 { "" } else { "s" }
            ),
            RowIssue::EmptyId => f.write_str("the customer id is empty"),
            RowIssue::NotADate { text, format } => {
                write!(f, "\"{text}\" is not a date in the format {format}")
            }
            RowIssue::NotAnAmount { text, decimal } => write!(
                f,
                "\"{text}\" is not an amount with the decimal separator '{decimal}'"
            ),
            RowIssue::NotAQuantity { text } => write!(f, "\"{text}\" is not a quantity"),
        }
    }
}

/// The rows that were left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BadRows {
    /// How many rows were left out.
    pub count: usize,
    /// The first few ([`FIRST_BAD_ROWS`]).
    pub first: Vec<RowProblem>,
}

impl BadRows {
    fn push(&mut self, p: RowProblem) {
        self.count += 1;
        if self.first.len() < FIRST_BAD_ROWS {
            self.first.push(p);
        }
    }

    /// One sentence for the user, or `None` when no row was left out.
    pub fn sentence(&self) -> Option<String> {
        if self.count == 0 {
            return None;
        }
        let named: Vec<String> = self
            .first
            .iter()
            .map(|p| {
                if p.column == 0 {
                    format!("line {}: {}", p.line, p.message)
                } else {
                    format!("line {}, column {}: {}", p.line, p.column, p.message)
                }
            })
            .collect();
        let more = if self.count > self.first.len() {
            format!(" and {} more", self.count - self.first.len())
        } else {
            String::new()
        };
        Some(format!(
            "{} row{} left out ({}{more})",
            self.count,
            if self.count == 1 { " was" } else { "s were" },
            named.join("; ")
        ))
    }
}

/// A transaction log, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The good rows, in file order.
    pub transactions: Vec<Transaction>,
    /// Distinct customers among the good rows.
    pub customers: usize,
    /// Data rows read (good and bad; empty lines and the header not counted).
    pub rows: usize,
    /// The total of the quantity column over the good rows, if one was given.
    pub quantity_total: Option<f64>,
    /// The settings used.
    pub detected: Detected,
    /// The rows left out.
    pub bad_rows: BadRows,
}

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Nothing but empty lines (or a header).
    Empty,
    /// The option or the file is wrong about a column (the message says how).
    Column(String),
    /// Day and month can be read either way in every date of the file.
    AmbiguousDates {
        /// 1-based date column.
        column: usize,
        /// An example value.
        example: String,
    },
    /// No date in a known format.
    NoDates {
        /// 1-based date column.
        column: usize,
        /// An example value and its line.
        example: String,
        /// Its line.
        line: u64,
    },
    /// Every row was bad.
    NoGoodRows(BadRows),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file has no transactions (it is empty or has only a header)"),
            ImportError::Column(m) => write!(f, "{m}"),
            ImportError::AmbiguousDates { column, example } => write!(
                f,
                "column {column}: the dates can be read as day/month or month/day (e.g. \"{example}\"); \
                 say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY"
            ),
            ImportError::NoDates { column, example, line } => write!(
                f,
                "line {line}, column {column}: \"{example}\" is not a date in a known format \
                 (YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, MM/DD/YYYY, DD/MM/YYYY); choose the date column with --date-col"
            ),
            ImportError::NoGoodRows(bad) => write!(
                f,
                "no row could be read: {}",
                bad.sentence().unwrap_or_default()
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// The first `n` non-empty records of `text` (after a byte-order mark),
/// split with `delimiter` (or the detected one), each with its line number:
/// what a preview of the file shows before any column is chosen.
pub fn preview(
    text: &str,
    delimiter: Option<Delimiter>,
    n: usize,
) -> (Delimiter, Vec<(u64, Vec<String>)>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter.unwrap_or_else(|| detect_delimiter(text));
    let mut rows = Vec::new();
    if n > 0 {
        each_record(text, delimiter, |line, f| {
            rows.push((line, f.iter().map(|s| s.trim().to_string()).collect()));
            rows.len() < n
        });
    }
    (delimiter, rows)
}

/// The delimiter that the first non-empty line uses most.
fn detect_delimiter(text: &str) -> Delimiter {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    let (tabs, semis, commas) = (count('\t'), count(';'), count(','));
    if tabs > 0 && tabs >= semis && tabs >= commas {
        Delimiter::Tab
    } else if semis > 0 && semis >= commas {
        Delimiter::Semicolon
    } else if commas > 0 {
        Delimiter::Comma
    } else {
        Delimiter::Whitespace
    }
}

fn any_date(s: &str) -> bool {
    DateFormat::ALL.iter().any(|f| f.parse(s).is_some())
}

/// The decimal separator the amounts use: `,` if some amount has a comma
/// followed by other than three digits at its end, or a comma after a dot.
fn detect_decimal<'a>(values: impl Iterator<Item = &'a str>) -> char {
    for v in values {
        let v = v.trim();
        if let (Some(c), d) = (v.rfind(','), v.rfind('.')) {
            let after = v.len() - c - 1;
            if d.is_none_or(|d| d < c) && (after != 3 || d.is_some()) {
                return ',';
            }
        }
    }
    '.'
}

/// Reads a transaction log.
pub fn read(text: &str, o: &ImportOptions) -> Result<Import, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = o.delimiter.unwrap_or_else(|| detect_delimiter(text));
    let mut detected_what = Vec::new();
    if o.delimiter.is_none() {
        detected_what.push("delimiter");
    }
    let mut sample: Vec<(u64, Vec<String>)> = Vec::new();
    each_record(text, delimiter, |line, f| {
        sample.push((line, f.iter().map(|s| s.trim().to_string()).collect()));
        sample.len() < SAMPLE_ROWS + 1
    });
    if sample.is_empty() {
        return Err(ImportError::Empty);
    }
    let header = o
        .header
        .unwrap_or_else(|| !sample[0].1.iter().any(|s| any_date(s)));
    if o.header.is_none() {
        detected_what.push("header");
    }
    let names: Option<Vec<String>> = header.then(|| sample[0].1.clone());
    let data: &[(u64, Vec<String>)] = if header { &sample[1..] } else { &sample };
    if data.is_empty() {
        return Err(ImportError::Empty);
    }
    let columns = resolve_columns(o, names.as_deref(), data, &mut detected_what)?;
    let used = |i: usize| UsedColumn {
        number: i + 1,
        name: names.as_ref().and_then(|n| n.get(i).cloned()),
    };
    let decimal = o.decimal.unwrap_or_else(|| {
        detected_what.push("decimal");
        detect_decimal(
            data.iter()
                .filter_map(|(_, f)| f.get(columns.amount).map(String::as_str)),
        )
    });
    let detect_format = o.date_format.is_none();
    if detect_format {
        detected_what.push("date_format");
    }
    // Detected on the sample first, then counted over the whole file while
    // the rows are read; read again in the rare case the two differ.
    let mut reading = rows::Reading {
        delimiter,
        date_format: o.date_format.unwrap_or_else(|| {
            let (counts, first) = count_dates(data, columns.date);
            date_format_of(counts, first, columns.date).unwrap_or(DateFormat::Iso)
        }),
        decimal,
        header,
        count_dates: detect_format,
    };
    let mut found = rows::parse_rows(text, &columns, &reading);
    if detect_format {
        let best = date_format_of(found.date_counts, found.first_date.take(), columns.date)?;
        if best != reading.date_format {
            reading.date_format = best;
            reading.count_dates = false;
            found = rows::parse_rows(text, &columns, &reading);
        }
    }
    let date_format = reading.date_format;
    let detected = Detected {
        delimiter,
        decimal,
        date_format,
        header,
        id_column: used(columns.id),
        date_column: used(columns.date),
        amount_column: used(columns.amount),
        quantity_column: columns.quantity.map(used),
        detected: detected_what,
    };
    if found.rows == 0 {
        return Err(ImportError::Empty);
    }
    if found.transactions.is_empty() {
        return Err(ImportError::NoGoodRows(found.bad));
    }
    Ok(Import {
        transactions: found.transactions,
        customers: found.customers,
        rows: found.rows,
        quantity_total: found.quantity_total,
        detected,
        bad_rows: found.bad,
    })
}

/// 0-based column indices.
struct Columns {
    id: usize,
    date: usize,
    amount: usize,
    quantity: Option<usize>,
}

fn resolve_columns(
    o: &ImportOptions,
    names: Option<&[String]>,
    data: &[(u64, Vec<String>)],
    detected: &mut Vec<&'static str>,
) -> Result<Columns, ImportError> {
    let width = data.iter().map(|(_, f)| f.len()).max().unwrap_or(0);
    let find = |c: &Column, what: &str| -> Result<usize, ImportError> {
        match c {
            Column::Number(n) if (1..=width).contains(n) => Ok(n - 1),
            Column::Number(n) => Err(ImportError::Column(format!(
                "the {what} column is {n}, but the rows have {width} column{}",
                if width == 1 { "" } else { "s" }
            ))),
            Column::Name(name) => {
                let Some(names) = names else {
                    return Err(ImportError::Column(format!(
                        "the {what} column is named \"{name}\", but the file has no header row; give its number"
                    )));
                };
                names
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| {
                        ImportError::Column(format!(
                            "no column is named \"{name}\" (the header has: {})",
                            names.join(", ")
                        ))
                    })
            }
        }
    };
    let by_name = |words: &[&str]| -> Option<usize> {
        names?.iter().position(|h| {
            let h = h.to_ascii_lowercase();
            words.iter().any(|w| h.contains(w))
        })
    };
    let share = |i: usize, ok: &dyn Fn(&str) -> bool| -> usize {
        data.iter()
            .filter(|(_, f)| f.get(i).is_some_and(|s| ok(s)))
            .count()
    };
    let date = match &o.date {
        Some(c) => find(c, "date")?,
        None => {
            detected.push("date_column");
            by_name(&["date", "day", "time"])
                .or_else(|| (0..width).max_by_key(|&i| (share(i, &any_date), usize::MAX - i)))
                .ok_or_else(|| {
                    ImportError::Column("no column holds dates; choose it with --date-col".into())
                })?
        }
    };
    let id = match &o.id {
        Some(c) => find(c, "customer id")?,
        None => {
            detected.push("id_column");
            by_name(&["customer", "client", "member", "cust", "id"])
                .or_else(|| (0..width).find(|&i| i != date))
                .ok_or_else(|| {
                    ImportError::Column(
                        "the rows have one column; a log needs customer id, date and amount".into(),
                    )
                })?
        }
    };
    let amount = match &o.amount {
        Some(c) => find(c, "amount")?,
        None => {
            detected.push("amount_column");
            let numeric =
                |s: &str| parse_amount(s, '.').is_some() || parse_amount(s, ',').is_some();
            by_name(&[
                "amount", "value", "sales", "revenue", "total", "spend", "price", "dollar", "sum",
                "euro",
            ])
            .or_else(|| {
                (0..width)
                    .rev()
                    .find(|&i| i != date && i != id && share(i, &numeric) * 2 > data.len())
            })
            .ok_or_else(|| {
                ImportError::Column("no column holds amounts; choose it with --amount-col".into())
            })?
        }
    };
    let quantity = o
        .quantity
        .as_ref()
        .map(|c| find(c, "quantity"))
        .transpose()?;
    if id == date || id == amount || date == amount {
        return Err(ImportError::Column(format!(
            "the customer id, date and amount columns must differ (they are {}, {} and {})",
            id + 1,
            date + 1,
            amount + 1
        )));
    }
    Ok(Columns {
        id,
        date,
        amount,
        quantity,
    })
}

/// For each of [`DateFormat::ALL`], how many of the sample's data rows it
/// reads the date cell of; and the first row's line and date cell.
fn count_dates(data: &[(u64, Vec<String>)], col: usize) -> ([usize; 5], Option<(u64, String)>) {
    let mut counts = [0usize; 5];
    for (_, f) in data {
        let v = f.get(col).map_or("", String::as_str);
        for (n, d) in counts.iter_mut().zip(DateFormat::parse_all(v)) {
            *n += usize::from(d.is_some());
        }
    }
    let first = data
        .first()
        .map(|(line, f)| (*line, f.get(col).cloned().unwrap_or_default()));
    (counts, first)
}

/// The format that reads the most dates of the column (`counts`, per
/// format of [`DateFormat::ALL`]; `first`: the first data row's line and
/// date cell); both slash orders reading equally many is ambiguous.
fn date_format_of(
    counts: [usize; 5],
    first: Option<(u64, String)>,
    col: usize,
) -> Result<DateFormat, ImportError> {
    let best = *counts.iter().max().unwrap_or(&0);
    let (line, example) = first.unwrap_or((1, String::new()));
    if best == 0 {
        return Err(ImportError::NoDates {
            column: col + 1,
            example,
            line,
        });
    }
    let (mdy, dmy) = (counts[3], counts[4]);
    if mdy == best && dmy == best {
        return Err(ImportError::AmbiguousDates {
            column: col + 1,
            example,
        });
    }
    let k = counts.iter().position(|&c| c == best).unwrap_or(0);
    Ok(DateFormat::ALL[k])
}
