//! The workbook's bytes open as xlsx (read back with calamine from memory,
//! as the web app hands them over) with one sheet per report sheet, every
//! cell the report's own.

use calamine::{Data, Reader, Xlsx};
use loyalty_sim::{Cell, Scenario};
use loyalty_xlsx::{valid_sheet_name, Labels, Request};
use std::io::Cursor;

fn report() -> loyalty_sim::Report {
    let mut s = Scenario::default();
    s.simulation.customers = 500;
    s.simulation.days = 200;
    loyalty_sim::run(&s).expect("runs")
}

#[test]
fn the_workbook_reads_back_with_every_sheet_and_number() {
    let report = report();
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
        let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(header, sheet.header, "{}", sheet.name);
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

/// A few Finnish words, as the page sends them.
fn finnish() -> Labels {
    let map = |pairs: &[(&str, &str)]| -> std::collections::BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    Labels {
        sheets: map(&[("KPIs", "Tunnusluvut"), ("Monthly", "Kuukaudet")]),
        columns: map(&[("kpi", "Tunnusluku"), ("revenue", "Liikevaihto")]),
        units: map(&[("ratio", "suhdeluku"), ("count", "lukumäärä")]),
        cells: [(
            "kpi".to_string(),
            map(&[("roi", "ROI"), ("members", "Jäsenet lopussa")]),
        )]
        .into(),
    }
}

#[test]
fn a_workbook_in_finnish_has_the_finnish_names_and_the_same_numbers() {
    let report = report();
    let bytes = loyalty_xlsx::workbook_in(&report, &finnish()).expect("a workbook");
    let mut book = Xlsx::new(Cursor::new(bytes)).expect("opens as xlsx");
    let names = book.sheet_names();
    assert_eq!(&names[..3], ["Tunnusluvut", "Kuukaudet", "Waterfall"]);
    let kpis = book.worksheet_range("Tunnusluvut").expect("the KPIs");
    let rows: Vec<_> = kpis.rows().collect();
    assert_eq!(rows[0][0].to_string(), "Tunnusluku");
    let row = |name: &str| {
        rows.iter()
            .find(|r| matches!(&r[0], Data::String(s) if s == name))
            .unwrap_or_else(|| panic!("no row {name}"))
    };
    assert_eq!(row("Jäsenet lopussa")[2].to_string(), "lukumäärä");
    assert_eq!(row("ROI")[2].to_string(), "suhdeluku");
    for (got, want) in rows[1..].iter().zip(&report.sheets()[0].rows) {
        match (&want[1], &got[1]) {
            (Cell::Number(x), Data::Float(y)) => assert_eq!(x, y),
            (Cell::Number(x), Data::Int(y)) => assert_eq!(*x, *y as f64),
            (Cell::Text(t), Data::Empty) => assert!(t.is_empty()),
            (w, g) => panic!("{w:?} read back as {g:?}"),
        }
    }
    let months = book.worksheet_range("Kuukaudet").expect("the months");
    let header: Vec<String> = months
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let code = &report.currency.code;
    assert!(
        header.contains(&format!("Liikevaihto ({code})")),
        "{header:?}"
    );
    assert!(header.contains(&format!("baseline_revenue ({code})")));
    assert!(header.contains(&"retention_rate (suhdeluku)".to_string()));
}

#[test]
fn a_sheet_label_excel_would_refuse_is_left_english() {
    let mut labels = finnish();
    labels.sheets.insert("KPIs".into(), "Tunnus/luvut".into());
    labels.sheets.insert("Monthly".into(), "Waterfall".into());
    let bytes = loyalty_xlsx::workbook_in(&report(), &labels).expect("a workbook");
    let book = Xlsx::new(Cursor::new(bytes)).expect("opens as xlsx");
    assert_eq!(&book.sheet_names()[..3], ["KPIs", "Monthly", "Waterfall"]);
}

#[test]
fn sheet_names_follow_excels_rules() {
    assert!(valid_sheet_name("Pisteiden saldokehitys"));
    assert!(valid_sheet_name(&"x".repeat(31)));
    assert!(!valid_sheet_name(&"x".repeat(32)));
    assert!(!valid_sheet_name(""));
    for bad in [
        "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'ab", "ab'",
    ] {
        assert!(!valid_sheet_name(bad), "{bad}");
    }
}

#[test]
fn a_request_reads_back_from_json_with_or_without_labels() {
    let report = report();
    let request = Request {
        report: report.clone(),
        labels: finnish(),
    };
    let json = serde_json::to_string(&request).expect("serialises");
    assert_eq!(
        serde_json::from_str::<Request>(&json).expect("parses"),
        request
    );
    let bare = format!("{{\"report\":{}}}", serde_json::to_string(&report).unwrap());
    let parsed: Request = serde_json::from_str(&bare).expect("parses");
    assert_eq!(parsed.labels, Labels::default());
}
