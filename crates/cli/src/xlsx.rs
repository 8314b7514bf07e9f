//! `loyalty run --format xlsx`: the report's sheets ([`loyalty_sim::Report::sheets`])
//! as an Excel workbook ([`loyalty_xlsx::workbook`]), written to a file.

use crate::failure::Failure;
use crate::run::write_file;
use loyalty_sim::Report;

/// Writes the workbook to `path`.
pub fn write(report: &Report, path: &str) -> Result<(), Failure> {
    let bytes = loyalty_xlsx::workbook(report)
        .map_err(|e| Failure::Other(format!("cannot make the xlsx workbook: {e}")))?;
    write_file(path, &bytes)
}
