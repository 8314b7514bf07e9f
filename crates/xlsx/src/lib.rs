//! The report's sheets ([`loyalty_sim::Report::sheets`]) as an Excel
//! workbook, one worksheet each, the header row in bold and frozen. The
//! CLI writes it to a file (`loyalty run --format xlsx`); the web app's
//! xlsx worker hands its bytes to the page for download, in the page's
//! language: the page sends [`Labels`] with the report ([`Request`]), so
//! this crate holds no text tables.
//!
//! Invariant: every cell is the sheet's own (a number stays the same `f64`,
//! a text the same text, or its label in [`Labels`] for the columns that
//! hold labels), so the workbook and the JSON report agree; with the
//! default (empty) labels the workbook is the English one, word for word.

#![forbid(unsafe_code)]

use loyalty_sim::{Cell, Report};
use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The workbook's words in another language, each keyed by its English
/// text as [`Report::sheets`] writes it; a word without a label stays
/// English. The default (no labels) is the English workbook.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Labels {
    /// Sheet names (`Monthly`); a label that is not a valid sheet name
    /// ([`valid_sheet_name`]) or names another sheet already is not used.
    pub sheets: BTreeMap<String, String>,
    /// Column names, the header without its unit (`revenue`, `kpi`).
    pub columns: BTreeMap<String, String>,
    /// Units, as in the headers' brackets and the KPIs' unit column
    /// (`ratio`, `EUR per point`).
    pub units: BTreeMap<String, String>,
    /// The texts of the columns that hold labels ([`LABEL_COLUMNS`]), by
    /// the column's English header, then by the text: the KPIs' names, the
    /// groups, the waterfall's parts, the segments' kinds and the cost
    /// lines' items, timings and bases (`group` -> `non_members`).
    pub cells: BTreeMap<String, BTreeMap<String, String>>,
}

/// A request to the web app's xlsx worker: the report and the words to
/// write it in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The report written.
    pub report: Report,
    /// Its words in the page's language (empty: English).
    #[serde(default)]
    pub labels: Labels,
}

/// The English headers of the columns whose texts are labels ([`Labels::cells`]);
/// the KPIs' `unit` column takes [`Labels::units`]. Other texts (tier names,
/// segment rules) are data and stay as they are.
pub const LABEL_COLUMNS: [&str; 7] = [
    "kpi",
    "group",
    "part",
    "kind (text)",
    "item (text)",
    "timing (text)",
    "basis (text)",
];

/// Whether Excel accepts `name` as a sheet name: 1 to 31 characters, none
/// of `[]:*?/\`, not beginning or ending with an apostrophe.
pub fn valid_sheet_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=31).contains(&n)
        && !name.contains(['[', ']', ':', '*', '?', '/', '\\'])
        && !name.starts_with('\'')
        && !name.ends_with('\'')
}

impl Labels {
    fn get<'a>(map: &'a BTreeMap<String, String>, english: &'a str) -> &'a str {
        map.get(english).map_or(english, String::as_str)
    }

    /// A header `name (unit)` (or `name`) in these labels.
    pub fn header(&self, english: &str) -> String {
        match english.rfind(" (").filter(|_| english.ends_with(')')) {
            Some(i) => {
                let name = &english[..i];
                let unit = &english[i + 2..english.len() - 1];
                format!(
                    "{} ({})",
                    Self::get(&self.columns, name),
                    Self::get(&self.units, unit)
                )
            }
            None => Self::get(&self.columns, english).to_string(),
        }
    }
}

/// The workbook's bytes (an `.xlsx` file) in English, or why it could not be made.
pub fn workbook(report: &Report) -> Result<Vec<u8>, String> {
    workbook_in(report, &Labels::default())
}

/// The workbook's bytes with `labels`' words, or why it could not be made.
pub fn workbook_in(report: &Report, labels: &Labels) -> Result<Vec<u8>, String> {
    build(report, labels).map_err(|e| e.to_string())
}

fn build(report: &Report, labels: &Labels) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheets = report.sheets();
    let mut names: Vec<String> = Vec::new();
    for sheet in &sheets {
        let name = match labels.sheets.get(&sheet.name) {
            Some(l)
                if valid_sheet_name(l)
                    && !names.iter().any(|n| n.eq_ignore_ascii_case(l))
                    && !sheets.iter().any(|s| s.name != sheet.name && s.name == *l) =>
            {
                l.clone()
            }
            _ => sheet.name.clone(),
        };
        let ws = book.add_worksheet();
        ws.set_name(&name)?;
        names.push(name);
        for (col, h) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, labels.header(h), &bold)?;
        }
        let map: Vec<Option<&BTreeMap<String, String>>> = sheet
            .header
            .iter()
            .map(|h| match h.as_str() {
                "unit" => Some(&labels.units),
                h if LABEL_COLUMNS.contains(&h) => labels.cells.get(h),
                _ => None,
            })
            .collect();
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (col, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Number(x) => ws.write_number(r, col as u16, *x)?,
                    Cell::Text(t) => {
                        let t = match map.get(col).copied().flatten() {
                            Some(m) => Labels::get(m, t),
                            None => t,
                        };
                        ws.write_string(r, col as u16, t)?
                    }
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}
