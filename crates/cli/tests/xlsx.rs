//! `loyalty run --format xlsx --output FILE`: the workbook opens (read back
//! with calamine) and its numbers equal the JSON report's.

use calamine::{open_workbook, Data, Reader, Xlsx};
use loyalty_sim::{Cell, Report};
use std::path::PathBuf;
use std::process::Command;

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// A small tiered scenario with points, written to a file.
fn scenario() -> PathBuf {
    let text = include_str!("../../../scenarios/tiers.json");
    let mut v: serde_json::Value = serde_json::from_str(text).expect("JSON");
    v["simulation"]["customers"] = 1_000.into();
    v["simulation"]["days"] = 400.into();
    let path = tmp("xlsx-scenario.json");
    std::fs::write(&path, v.to_string()).expect("writes");
    path
}

fn loyalty(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_loyalty"))
        .args(args)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    out
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(x) => *x,
        Data::Int(x) => *x as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn the_workbook_has_the_json_reports_numbers() {
    let file = scenario();
    let file = file.to_str().expect("UTF-8 path");
    let out = loyalty(&["run", file, "--quiet"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let report: Report = serde_json::from_value(json.clone()).expect("a report");
    let book_path = tmp("report.xlsx");
    let _ = std::fs::remove_file(&book_path);
    let book_str = book_path.to_str().expect("UTF-8 path");
    let out = loyalty(&[
        "run", file, "--quiet", "--format", "xlsx", "--output", book_str,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("the workbook opens");

    let names = book.sheet_names();
    for want in [
        "KPIs",
        "Monthly",
        "Waterfall",
        "Members",
        "Deciles",
        "Points roll-forward",
        "Deferred revenue",
        "Cohorts",
        "Tiers",
        "Segments",
    ] {
        assert!(names.iter().any(|n| n == want), "sheet {want} in {names:?}");
    }
    // Every cell equals the report's sheets, header and all.
    for sheet in report.sheets() {
        let range = book.worksheet_range(&sheet.name).expect("the sheet");
        let rows: Vec<_> = range.rows().collect();
        assert_eq!(rows.len(), sheet.rows.len() + 1, "{}", sheet.name);
        for (c, h) in sheet.header.iter().enumerate() {
            assert_eq!(rows[0][c], Data::String(h.clone()), "{}", sheet.name);
        }
        for (row, want) in rows[1..].iter().zip(&sheet.rows) {
            for (got, cell) in row.iter().zip(want) {
                match cell {
                    Cell::Number(x) => assert_eq!(number(got), *x, "{}", sheet.name),
                    Cell::Text(t) if t.is_empty() => assert_eq!(*got, Data::Empty),
                    Cell::Text(t) => assert_eq!(*got, Data::String(t.clone())),
                }
            }
        }
    }
    // And straight from the JSON: the waterfall, a KPI, the roll-forward, the tiers.
    let range = book.worksheet_range("Waterfall").expect("sheet");
    let parts = json["finance"]["waterfall"].as_array().expect("parts");
    assert!(!parts.is_empty());
    for (row, p) in range.rows().skip(1).zip(parts) {
        assert_eq!(
            row[0],
            Data::String(p["part"].as_str().expect("name").into())
        );
        assert_eq!(number(&row[1]), p["amount"].as_f64().expect("amount"));
    }
    let kpis = book.worksheet_range("KPIs").expect("sheet");
    let row = kpis
        .rows()
        .find(|r| r[0] == Data::String("incremental_profit".into()))
        .expect("the incremental profit");
    assert_eq!(
        number(&row[1]),
        json["kpis"]["incremental_profit"].as_f64().expect("KPI")
    );
    assert_eq!(row[2], Data::String("EUR".into()));
    let roll = book.worksheet_range("Points roll-forward").expect("sheet");
    let months = json["finance"]["points_rollforward"]
        .as_array()
        .expect("rows");
    assert_eq!(roll.rows().count(), months.len() + 1);
    assert_eq!(
        roll.rows().next().expect("header")[5],
        Data::String("closing (points)".into())
    );
    for (row, m) in roll.rows().skip(1).zip(months) {
        assert_eq!(number(&row[5]), m["closing"].as_f64().expect("closing"));
        assert_eq!(
            number(&row[14]),
            m["liability"].as_f64().expect("liability")
        );
    }
    let tiers = book.worksheet_range("Tiers").expect("sheet");
    let t = json["finance"]["tiers"].as_array().expect("tiers");
    assert!(t.len() >= 2);
    for (row, x) in tiers.rows().skip(1).zip(t) {
        assert_eq!(number(&row[2]), x["members"].as_f64().expect("members"));
        assert_eq!(number(&row[4]), x["revenue"].as_f64().expect("revenue"));
    }
    let monthly = book.worksheet_range("Monthly").expect("sheet");
    let header: Vec<_> = monthly.rows().next().expect("header").to_vec();
    let col = header
        .iter()
        .position(|h| *h == Data::String("baseline_profit (EUR)".into()))
        .expect("the twin's profit");
    for (row, m) in monthly
        .rows()
        .skip(1)
        .zip(json["monthly"].as_array().expect("months"))
    {
        assert_eq!(
            number(&row[col]),
            m["baseline"]["profit"].as_f64().expect("profit")
        );
    }
}

#[test]
fn xlsx_needs_an_output_file() {
    let file = scenario();
    let out = loyalty(&[
        "run",
        file.to_str().expect("path"),
        "--quiet",
        "--format",
        "xlsx",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--output"), "{err}");
    assert!(out.stdout.is_empty());
}
