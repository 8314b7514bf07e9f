//! `loyalty run --format xlsx`: the report's sheets ([`loyalty_sim::Report::sheets`])
//! as an Excel workbook, one worksheet each, the header row in bold.

use crate::failure::Failure;
use crate::run::write_file;
use loyalty_sim::{Cell, Report};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// Writes the workbook to `path`.
pub fn write(report: &Report, path: &str) -> Result<(), Failure> {
    let bytes = workbook(report)
        .map_err(|e| Failure::Other(format!("cannot make the xlsx workbook: {e}")))?;
    write_file(path, &bytes)
}

/// The workbook's bytes.
fn workbook(report: &Report) -> Result<Vec<u8>, XlsxError> {
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
