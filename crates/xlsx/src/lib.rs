//! The report's sheets ([`loyalty_sim::Report::sheets`]) as an Excel
//! workbook, one worksheet each, the header row in bold and frozen. The
//! CLI writes it to a file (`loyalty run --format xlsx`); the web app's
//! xlsx worker hands its bytes to the page for download.
//!
//! Invariant: every cell is the sheet's own (a number stays the same `f64`,
//! a text the same text), so the workbook and the JSON report agree.

#![forbid(unsafe_code)]

use loyalty_sim::{Cell, Report};
use rust_xlsxwriter::{Format, Workbook};

/// The workbook's bytes (an `.xlsx` file), or why it could not be made.
pub fn workbook(report: &Report) -> Result<Vec<u8>, String> {
    build(report).map_err(|e| e.to_string())
}

fn build(report: &Report) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in report.sheets() {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        for (col, h) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, h, &bold)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (col, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Number(x) => ws.write_number(r, col as u16, *x)?,
                    Cell::Text(t) => ws.write_string(r, col as u16, t)?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}
