//! The spreadsheet's labels: every word of a full report's workbook has
//! one in Finnish and Luxembourgish, the sheet names are Excel's, and a
//! workbook made with them reads back in Finnish.

use super::*;
use crate::i18n::{may_equal_english, problem};
use calamine::{Reader, Xlsx};
use std::io::Cursor;

/// The golden report: every mechanic, tier, segment and cost line.
fn report() -> Report {
    let json = include_str!("../crates/sim/tests/golden/everything.json");
    serde_json::from_str(json).expect("the golden report")
}

/// `header` split into its name and unit.
fn split(h: &str) -> (&str, Option<&str>) {
    match h.rfind(" (").filter(|_| h.ends_with(')')) {
        Some(i) => (&h[..i], Some(&h[i + 2..h.len() - 1])),
        None => (h, None),
    }
}

#[test]
fn every_table_of_the_spreadsheet_is_in_every_language() {
    let tables = t::SHEETS
        .iter()
        .chain([&t::TWIN_PATTERN, &t::COST_PATTERN, &t::SATISFACTION_BIN])
        .chain(t::NAMES.iter().map(|(_, tr)| tr))
        .chain(t::UNITS.iter().map(|(_, tr)| tr))
        .chain(t::GROUPS.iter().map(|(_, tr)| tr));
    let problems: Vec<_> = tables
        .enumerate()
        .filter_map(|(i, tr)| problem(&format!("xlsx text {i} {:?}", tr.en), tr))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn english_has_no_labels() {
    assert_eq!(labels(Lang::En, &report()), Labels::default());
}

#[test]
fn every_word_of_a_full_workbook_has_a_label_in_finnish_and_luxembourgish() {
    let report = report();
    let code = report.currency.code.clone();
    for l in [Lang::Fi, Lang::Lb] {
        let labels = labels(l, &report);
        let mut missing = Vec::new();
        let mut check = |what: &str, english: &str, got: Option<&String>| match got {
            None => missing.push(format!("{what} {english:?}")),
            Some(g) if g == english && english != code && !may_equal_english(g) => {
                missing.push(format!("{what} {english:?} still English"))
            }
            Some(_) => {}
        };
        let mut names = Vec::new();
        for sheet in report.sheets() {
            let name = labels.sheets.get(&sheet.name);
            check("sheet", &sheet.name, name);
            let name = name.cloned().unwrap_or_default();
            assert!(loyalty_xlsx::valid_sheet_name(&name), "{l:?}: {name:?}");
            assert!(!names.contains(&name.to_lowercase()), "{l:?}: two {name:?}");
            names.push(name.to_lowercase());
            for h in &sheet.header {
                let (name, unit) = split(h);
                check("column", name, labels.columns.get(name));
                if let Some(u) = unit {
                    check("unit", u, labels.units.get(u));
                }
            }
            for (col, h) in sheet.header.iter().enumerate() {
                let labelled = h == "unit" || loyalty_xlsx::LABEL_COLUMNS.contains(&h.as_str());
                for row in sheet.rows.iter().filter(|_| labelled) {
                    let Some(Cell::Text(text)) = row.get(col) else {
                        continue;
                    };
                    let got = match h.as_str() {
                        "unit" => labels.units.get(text),
                        _ => labels.cells.get(h).and_then(|c| c.get(text)),
                    };
                    check(h, text, got);
                }
            }
        }
        assert!(missing.is_empty(), "{l:?}: {missing:#?}");
    }
}

#[test]
fn a_workbook_made_in_finnish_reads_back_in_finnish() {
    let report = report();
    let labels = labels(Lang::Fi, &report);
    let bytes = loyalty_xlsx::workbook_in(&report, &labels).expect("a workbook");
    let mut book = Xlsx::new(Cursor::new(bytes)).expect("opens as xlsx");
    let fi: Vec<&str> = t::SHEETS.iter().map(|tr| tr.fi).collect();
    assert_eq!(book.sheet_names(), fi);
    let row = |book: &mut Xlsx<_>, sheet: &str, r: usize| -> Vec<String> {
        let range = book.worksheet_range(sheet).expect("the sheet");
        let row = range.rows().nth(r).expect("the row");
        row.iter().map(|c| c.to_string()).collect()
    };
    assert_eq!(
        row(&mut book, "Tunnusluvut", 0),
        ["Mittari", "Arvo", "Yksikkö"]
    );
    assert_eq!(
        row(&mut book, "Tunnusluvut", 1)[..1],
        ["Aktiiviset asiakkaat"]
    );
    let code = &report.currency.code;
    let months = row(&mut book, "Kuukausittain", 0);
    for want in [
        format!("Liikevaihto ({code})"),
        format!("Liikevaihto, kaksonen ({code})"),
        "Asiakaspysyvyys (suhdeluku)".to_string(),
        "Kuukausi (numero)".to_string(),
    ] {
        assert!(months.contains(&want), "{want} not in {months:?}");
    }
    assert_eq!(row(&mut book, "Jäsenet", 2)[0], "Ei-jäsenet");
    let lines = row(&mut book, "Kustannusrivit", 1);
    assert_eq!(
        lines[..3],
        ["Käynnistyskustannus", "Kertaluonteinen", "Kiinteä"]
    );
}

#[test]
fn the_request_to_the_worker_carries_the_report_and_the_labels() {
    let report = report();
    let labels = labels(Lang::Lb, &report);
    let json = crate::xlsx_download::request_json(&report, &labels).expect("JSON");
    let request: loyalty_xlsx::Request = serde_json::from_str(&json).expect("a request");
    assert_eq!(request.labels, labels);
    assert_eq!(request.report, report);
}
