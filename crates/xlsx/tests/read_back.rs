//! The workbook's bytes open as xlsx (read back with calamine from memory,
//! as the web app hands them over) with one sheet per report sheet, every
//! cell the report's own.

use calamine::{Data, Reader, Xlsx};
use loyalty_sim::{Cell, Scenario};
use std::io::Cursor;

#[test]
fn the_workbook_reads_back_with_every_sheet_and_number() {
    let mut s = Scenario::default();
    s.simulation.customers = 500;
    s.simulation.days = 200;
    let report = loyalty_sim::run(&s).expect("runs");
    let bytes = loyalty_xlsx::workbook(&report).expect("a workbook");
    let mut book = Xlsx::new(Cursor::new(bytes)).expect("opens as xlsx");
    let sheets = report.sheets();
    assert_eq!(
        book.sheet_names(),
        sheets.iter().map(|s| s.name.clone()).collect::<Vec<_>>()
    );
    for sheet in &sheets {
        let range = book.worksheet_range(&sheet.name).expect("the sheet");
        let rows: Vec<_> = range.rows().collect();
        assert_eq!(rows.len(), sheet.rows.len() + 1, "{}", sheet.name);
        for (row, want) in rows[1..].iter().zip(&sheet.rows) {
            for (got, cell) in row.iter().zip(want) {
                match (cell, got) {
                    (Cell::Number(x), Data::Float(y)) => assert_eq!(x, y, "{}", sheet.name),
                    (Cell::Number(x), Data::Int(y)) => assert_eq!(*x, *y as f64),
                    (Cell::Text(t), Data::Empty) => assert!(t.is_empty()),
                    (Cell::Text(t), Data::String(y)) => assert_eq!(t, y),
                    (c, g) => panic!("{}: {c:?} read back as {g:?}", sheet.name),
                }
            }
        }
    }
}
