//! The spreadsheet download's words in the page's language: the labels
//! ([`loyalty_xlsx::Labels`]) the page sends with the report to the xlsx
//! worker, gathered from `text::xlsx` and the finance and chart texts for
//! every sheet name, column, unit and label cell the report's sheets hold.
//! The xlsx worker so carries no text tables.
//!
//! Invariant: English has no labels (the workbook is the CLI's, word for
//! word); a word without a translation is left out, so it stays English.

use crate::i18n::Lang;
use crate::text::{finance, xlsx as t};
use loyalty_sim::{Cell, Report};
use loyalty_xlsx::Labels;

/// A label cell's text in `l`, by its column's English header and its text.
fn cell(l: Lang, column: &str, text: &str) -> Option<String> {
    match column {
        "kpi" => t::name(l, text),
        "group" => t::GROUPS
            .iter()
            .find(|(g, _)| *g == text)
            .map(|(_, tr)| tr.get(l).to_string()),
        "part" => {
            let shown = crate::chart_text::of(l).waterfall_part(text);
            (shown != text).then_some(shown)
        }
        "kind (text)" => Some(finance::segment_kind(l, text).to_string()),
        "item (text)" => Some(finance::cost_item(l, text).to_string()),
        "timing (text)" | "basis (text)" => Some(finance::cost_word(l, text))
            .filter(|w| !w.is_empty())
            .map(str::to_string),
        _ => None,
    }
}

/// The labels of `report`'s workbook in `l` (none in English).
pub fn labels(l: Lang, report: &Report) -> Labels {
    let mut labels = Labels::default();
    if l == Lang::En {
        return labels;
    }
    let code = &report.currency.code;
    let sheets = report.sheets();
    for sheet in &sheets {
        if let Some(tr) = t::SHEETS.iter().find(|tr| tr.en == sheet.name) {
            labels
                .sheets
                .insert(sheet.name.clone(), tr.get(l).to_string());
        }
        for h in &sheet.header {
            let (name, unit) = match h.rfind(" (").filter(|_| h.ends_with(')')) {
                Some(i) => (&h[..i], Some(&h[i + 2..h.len() - 1])),
                None => (h.as_str(), None),
            };
            if let Some(n) = t::name(l, name) {
                labels.columns.insert(name.to_string(), n);
            }
            if let Some(u) = unit.and_then(|u| t::unit(l, u, code).map(|x| (u, x))) {
                labels.units.insert(u.0.to_string(), u.1);
            }
        }
        for (col, h) in sheet.header.iter().enumerate() {
            for row in &sheet.rows {
                let Some(Cell::Text(text)) = row.get(col) else {
                    continue;
                };
                if h == "unit" {
                    if let Some(u) = t::unit(l, text, code) {
                        labels.units.insert(text.clone(), u);
                    }
                } else if let Some(c) = cell(l, h, text) {
                    let column = labels.cells.entry(h.clone()).or_default();
                    column.insert(text.clone(), c);
                }
            }
        }
    }
    labels
}

#[cfg(test)]
#[path = "xlsx_labels_tests.rs"]
mod tests;
