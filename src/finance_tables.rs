//! The finance view's tables (the waterfall, the points roll-forward, the
//! tiers, the spend deciles, the targeted segments, the cost lines) for the
//! screen and as CSV, both from the core's [`Report::sheets`].
//!
//! Invariant: every number is the sheet's (the report's own, never
//! recomputed); the CSV writes it exactly (Rust's shortest round-trip
//! decimal) under the sheet's header (`name (unit)`), and the screen shows
//! the same cells, rounded for reading, under the text's headings.

use crate::format;
use crate::i18n::{Lang, Tr};
use crate::text::finance as t;
use loyalty_sim::{Cell, Report, Sheet};

/// One table of the finance view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableKind {
    /// A stable kebab-case name for file names and element ids.
    pub slug: &'static str,
    /// The core's sheet it shows (`Sheet::name`).
    sheet: &'static str,
    /// Its caption.
    pub caption: Tr,
    /// What is said when it has no rows.
    pub empty: Tr,
    /// Its column headings, one per column of the sheet.
    pub columns: &'static [Tr],
}

/// The finance view's tables, in display order.
pub const TABLES: [TableKind; 6] = [
    TableKind {
        slug: "waterfall",
        sheet: "Waterfall",
        caption: t::WATERFALL,
        empty: t::WATERFALL_EMPTY,
        columns: &t::WATERFALL_COLUMNS,
    },
    TableKind {
        slug: "points-rollforward",
        sheet: "Points roll-forward",
        caption: t::ROLLFORWARD,
        empty: t::ROLLFORWARD_EMPTY,
        columns: &t::ROLLFORWARD_COLUMNS,
    },
    TableKind {
        slug: "tiers",
        sheet: "Tiers",
        caption: t::TIERS,
        empty: t::TIERS_EMPTY,
        columns: &t::TIERS_COLUMNS,
    },
    TableKind {
        slug: "deciles",
        sheet: "Deciles",
        caption: t::DECILES,
        empty: t::DECILES_EMPTY,
        columns: &t::DECILES_COLUMNS,
    },
    TableKind {
        slug: "segments",
        sheet: "Segments",
        caption: t::SEGMENTS,
        empty: t::SEGMENTS_EMPTY,
        columns: &t::SEGMENTS_COLUMNS,
    },
    TableKind {
        slug: "cost-lines",
        sheet: "Cost lines",
        caption: t::COST_LINES,
        empty: t::COST_LINES_EMPTY,
        columns: &t::COST_LINES_COLUMNS,
    },
];

impl TableKind {
    /// The core's sheet of this table in `report` (`None` only if the core
    /// stopped making it).
    pub fn sheet(self, report: &Report) -> Option<Sheet> {
        report.sheets().into_iter().find(|s| s.name == self.sheet)
    }

    /// The CSV file's name.
    pub fn file_name(self) -> String {
        t::FILE_PATTERN.replace("{}", self.slug)
    }

    /// The rows as shown in `l`: each cell rounded for reading by its
    /// column's unit, in `l`'s number format.
    pub fn rows(self, l: Lang, report: &Report) -> Vec<Vec<String>> {
        let Some(sheet) = self.sheet(report) else {
            return Vec::new();
        };
        // The sheet names the currency (`EUR per point`); the units are
        // matched by their kind (`currency per point`).
        let code = report.currency.code.as_str();
        let units: Vec<String> = sheet
            .header
            .iter()
            .map(|h| unit(h).replace(code, "currency"))
            .collect();
        sheet
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&units)
                    .enumerate()
                    .map(|(i, (c, u))| match (c, self.slug, i) {
                        // The waterfall's parts by the chart's names for them.
                        (Cell::Text(part), "waterfall", _) => {
                            crate::text::charts(l).waterfall_part(part)
                        }
                        // A segment's benefit by its name, its place from 1.
                        (Cell::Text(kind), "segments", 0) => t::segment_kind(l, kind).to_string(),
                        (Cell::Number(n), "segments", 1) => format!("{:.0}", n + 1.0),
                        // A cost line's item, timing and basis in words.
                        (Cell::Text(item), "cost-lines", 0) => t::cost_item(l, item).to_string(),
                        (Cell::Text(w), "cost-lines", 1 | 2) => t::cost_word(l, w).to_string(),
                        _ => shown(l, c, u.as_str()),
                    })
                    .collect()
            })
            .collect()
    }

    /// The table as CSV: the sheet's header, then its rows, every number
    /// exact. Empty text if the sheet is missing or cannot be written.
    pub fn csv(self, report: &Report) -> String {
        let Some(sheet) = self.sheet(report) else {
            return String::new();
        };
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut ok = w.write_record(&sheet.header).is_ok();
        for row in &sheet.rows {
            ok &= w
                .write_record(row.iter().map(|c| match c {
                    // f64's Display is the shortest text that reads back
                    // the same number, and never uses an exponent.
                    Cell::Number(v) => v.to_string(),
                    Cell::Text(s) => s.clone(),
                }))
                .is_ok();
        }
        match (ok, w.into_inner()) {
            (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// The unit in a sheet header's last brackets: `"opening (points)"` gives `"points"`.
fn unit(header: &str) -> &str {
    header
        .rsplit_once('(')
        .and_then(|(_, u)| u.strip_suffix(')'))
        .unwrap_or("")
}

/// Money with cents and thousands separators: `−1,234.50` (en),
/// `−1 234,50` (fi).
fn money(l: Lang, v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let c = (v * 100.0).round();
    let sign = if c < 0.0 { "−" } else { "" };
    let a = c.abs();
    let whole = format::count(l, (a / 100.0).trunc());
    let decimal = format::separators(l).1;
    format!("{sign}{whole}{decimal}{:02}", (a % 100.0) as u64)
}

fn shown(l: Lang, c: &Cell, unit: &str) -> String {
    match c {
        Cell::Text(s) if s.is_empty() => t::NO_VALUE.to_string(),
        Cell::Text(s) => s.clone(),
        Cell::Number(v) => match unit {
            "currency" => money(l, *v),
            "currency per point" | "currency per currency" if v.is_finite() => {
                format::decimal(l, *v, 4)
            }
            "ratio" => format::percent(l, *v),
            "number" if v.is_finite() => format!("{v:.0}"),
            _ => format::count(l, *v),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports() -> Vec<(&'static str, Report)> {
        crate::examples::all()
            .into_iter()
            .map(|(n, mut s)| {
                let n = n.en;
                s.simulation.customers = 300;
                s.simulation.days = 400;
                (n, loyalty_sim::run(&s).expect("runs"))
            })
            .collect()
    }

    fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        let header = rd
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        let rows = rd
            .records()
            .map(|r| r.expect("a row").iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    fn num(s: &str) -> f64 {
        s.parse()
            .unwrap_or_else(|_| panic!("{s:?} is not a number"))
    }

    #[test]
    fn every_table_shows_and_writes_the_reports_rows() {
        for (name, r) in reports() {
            let f = &r.finance;
            let lens = [
                f.waterfall.len(),
                f.points_rollforward.len(),
                f.tiers.len(),
                f.deciles.len(),
                f.segments.len(),
                f.cost_lines.len(),
            ];
            for (k, n) in TABLES.iter().zip(lens) {
                let sheet = k.sheet(&r).expect("the core makes the sheet");
                assert_eq!(k.columns.len(), sheet.header.len(), "{name} {}", k.slug);
                let rows = k.rows(Lang::En, &r);
                assert_eq!(rows.len(), n, "{name} {}", k.slug);
                if k.slug == "waterfall" {
                    let label = crate::text::charts(Lang::En).waterfall_part(&f.waterfall[0].part);
                    assert_eq!(rows[0][0], label, "{name}: parts by their names");
                }
                assert!(rows.iter().all(|row| row.len() == k.columns.len()));
                let (header, csv_rows) = parse(&k.csv(&r));
                assert_eq!(header, sheet.header, "{name} {}", k.slug);
                assert_eq!(csv_rows.len(), n, "{name} {}", k.slug);
                for (row, cells) in csv_rows.iter().zip(&sheet.rows) {
                    for (s, c) in row.iter().zip(cells) {
                        match c {
                            Cell::Number(v) => assert_eq!(num(s), *v, "{name} {}", k.slug),
                            Cell::Text(x) => assert_eq!(s, x),
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_segments_table_names_each_benefit() {
        let (_, r) = reports()
            .into_iter()
            .find(|(n, _)| n.contains("VIP"))
            .expect("a VIP example");
        let rows = TABLES[4].rows(Lang::En, &r);
        let vip = r.finance.segments.iter().position(|s| s.kind == "vip");
        let row = &rows[vip.expect("a VIP row")];
        assert_eq!(row[0], t::segment_kind(Lang::En, "vip"));
        assert_eq!(row[1], "1");
        assert_ne!(
            t::segment_kind(Lang::En, "vip"),
            t::segment_kind(Lang::En, "other")
        );
    }

    #[test]
    fn the_csvs_add_up() {
        let cents = |v: f64| (v * 100.0).round() as i64;
        for (name, r) in reports() {
            // The waterfall's amounts add up to the incremental profit.
            let (_, rows) = parse(&TABLES[0].csv(&r));
            let sum: i64 = rows.iter().map(|row| cents(num(&row[1]))).sum();
            assert_eq!(sum, cents(r.kpis.incremental_profit), "{name}");
            // The roll-forward balances every month, and matches the report.
            let (_, rows) = parse(&TABLES[1].csv(&r));
            assert_eq!(rows.len(), r.finance.points_rollforward.len());
            for (row, rf) in rows.iter().zip(&r.finance.points_rollforward) {
                let p: Vec<i64> = row[..6].iter().map(|s| num(s) as i64).collect();
                assert_eq!(p[5], p[1] + p[2] - p[3] - p[4], "{name} month {}", p[0]);
                assert_eq!((p[0], p[5]), (rf.month as i64, rf.closing as i64));
            }
        }
    }

    #[test]
    fn cells_are_rounded_by_their_unit() {
        assert_eq!(unit("opening (points)"), "points");
        assert_eq!(unit("part"), "");
        assert_eq!(
            shown(Lang::En, &Cell::Number(-1234.5), "currency"),
            "−1,234.50"
        );
        assert_eq!(shown(Lang::En, &Cell::Number(0.25), "ratio"), "25.0 %");
        assert_eq!(shown(Lang::En, &Cell::Number(12345.0), "points"), "12,345");
        assert_eq!(shown(Lang::En, &Cell::Number(7.0), "number"), "7");
        assert_eq!(
            shown(Lang::En, &Cell::Number(0.0123), "currency per point"),
            "0.0123"
        );
        assert_eq!(
            shown(Lang::En, &Cell::Text(String::new()), "ratio"),
            t::NO_VALUE
        );
        assert_eq!(
            shown(Lang::En, &Cell::Number(0.23), "currency per currency"),
            "0.2300"
        );
        assert_eq!(
            shown(Lang::En, &Cell::Text("gold".into()), "currency"),
            "gold"
        );
    }
}
