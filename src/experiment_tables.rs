//! The numbers behind a sweep's curve and a tornado's bars, as table rows
//! for the screen and as CSV (the charts are canvases: the tables are what
//! a screen reader, a spreadsheet and a careful reader get).
//!
//! Invariant: every number is the report's own (never recomputed, except
//! a bar's swing, which is the report's `size`); rows are in the report's
//! order (a sweep's points in grid order, a tornado's bars as sorted for
//! the chart); the CSV writes each number exactly (Rust's shortest
//! round-trip decimal, empty where the report has none) under
//! language-free column names, like `loyalty experiment --format csv`.

use crate::i18n::Lang;
use crate::text::experiment_tables as tt;
use crate::text::experiments as t;
use loyalty_sim::experiment::{SweepReport, TornadoReport};

/// One point of a sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct SweepRow {
    /// The swept parameters' values, in the order of the report's
    /// `parameters`.
    pub values: Vec<f64>,
    /// The optimised KPI's 5 % quantile over the seeds.
    pub p5: Option<f64>,
    /// Its median.
    pub p50: Option<f64>,
    /// Its 95 % quantile.
    pub p95: Option<f64>,
    /// The point's medians meet every constraint.
    pub feasible: bool,
    /// The point is the optimum.
    pub optimum: bool,
}

/// One bar of a tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    /// The parameter's path.
    pub parameter: String,
    /// Its low value.
    pub low_value: f64,
    /// Its high value.
    pub high_value: f64,
    /// The KPI's median with the low value.
    pub low_p50: Option<f64>,
    /// The KPI's median with the high value.
    pub high_p50: Option<f64>,
    /// `|high - low|` of the medians: what the bars are sorted by.
    pub swing: f64,
}

/// A sweep's rows, one per point, in grid order.
pub fn sweep_rows(s: &SweepReport) -> Vec<SweepRow> {
    let best = s.optimum.as_ref().map(|o| o.point);
    s.points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let k = p.kpis.get(&s.kpi);
            SweepRow {
                values: p.values.clone(),
                p5: k.and_then(|k| k.p5),
                p50: k.and_then(|k| k.p50),
                p95: k.and_then(|k| k.p95),
                feasible: p.feasible,
                optimum: best == Some(i),
            }
        })
        .collect()
}

/// A tornado's rows, one per bar, in the bars' order.
pub fn tornado_rows(r: &TornadoReport) -> Vec<TornadoRow> {
    r.bars
        .iter()
        .map(|b| TornadoRow {
            parameter: b.parameter.clone(),
            low_value: b.low_value,
            high_value: b.high_value,
            low_p50: b.low_p50,
            high_p50: b.high_p50,
            swing: b.size,
        })
        .collect()
}

/// A number exactly, or empty.
fn exact(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn write(header: Vec<String>, rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(&header).is_ok();
    for row in &rows {
        ok &= w.write_record(row).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The sweep's table as CSV: the parameters' paths, `<kpi>_p5`,
/// `<kpi>_p50`, `<kpi>_p95`, `meets_constraints` and `optimum` (`true` or
/// `false`).
pub fn sweep_csv(s: &SweepReport) -> String {
    let mut header: Vec<String> = s.parameters.iter().map(|p| p.path.clone()).collect();
    header.extend(["p5", "p50", "p95"].map(|q| format!("{}_{q}", s.kpi)));
    header.extend(["meets_constraints".into(), "optimum".into()]);
    let rows = sweep_rows(s)
        .into_iter()
        .map(|r| {
            let mut row: Vec<String> = r.values.iter().map(|v| v.to_string()).collect();
            row.extend([exact(r.p5), exact(r.p50), exact(r.p95)]);
            row.extend([r.feasible.to_string(), r.optimum.to_string()]);
            row
        })
        .collect();
    write(header, rows)
}

/// The tornado's table as CSV: `parameter, low_value, high_value,
/// <kpi>_low_p50, <kpi>_high_p50, swing`.
pub fn tornado_csv(r: &TornadoReport) -> String {
    let header = vec![
        "parameter".to_string(),
        "low_value".into(),
        "high_value".into(),
        format!("{}_low_p50", r.kpi),
        format!("{}_high_p50", r.kpi),
        "swing".into(),
    ];
    let rows = tornado_rows(r)
        .into_iter()
        .map(|b| {
            vec![
                b.parameter,
                b.low_value.to_string(),
                b.high_value.to_string(),
                exact(b.low_p50),
                exact(b.high_p50),
                b.swing.to_string(),
            ]
        })
        .collect();
    write(header, rows)
}

/// A sweep row's cells as shown in `l`: the parameters' values (a share
/// as a percentage), the KPI's 5 %, 50 % and 95 % quantiles, whether it
/// meets the constraints, and the optimum's mark.
pub fn sweep_cells(l: Lang, s: &SweepReport, r: &SweepRow) -> Vec<String> {
    let kpi = |v| crate::experiment_verdict::kpi_value(l, &s.kpi, v);
    let mut cells: Vec<String> = s
        .parameters
        .iter()
        .zip(&r.values)
        .map(|(p, v)| t::value(l, &p.path, *v))
        .collect();
    cells.extend([kpi(r.p5), kpi(r.p50), kpi(r.p95)]);
    cells.push(if r.feasible { tt::YES } else { tt::NO }.get(l).to_string());
    cells.push(if r.optimum {
        tt::OPTIMUM_MARK.get(l).to_string()
    } else {
        String::new()
    });
    cells
}

/// A tornado row's cells as shown in `l`: the parameter's name, its low
/// and high values, the KPI's medians there and the swing.
pub fn tornado_cells(l: Lang, r: &TornadoReport, b: &TornadoRow) -> Vec<String> {
    let kpi = |v| crate::experiment_verdict::kpi_value(l, &r.kpi, v);
    vec![
        t::parameter(l, &b.parameter),
        t::value(l, &b.parameter, b.low_value),
        t::value(l, &b.parameter, b.high_value),
        kpi(b.low_p50),
        kpi(b.high_p50),
        kpi(Some(b.swing)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::experiment::*;
    use std::collections::BTreeMap;

    fn summary(p5: f64, p50: f64, p95: f64) -> Summary {
        Summary {
            p5: Some(p5),
            p50: Some(p50),
            p95: Some(p95),
            ..Summary::default()
        }
    }

    fn point(v: f64, p50: f64, feasible: bool) -> Point {
        let mut kpis = BTreeMap::new();
        kpis.insert(
            "incremental_profit".into(),
            summary(p50 - 10.0, p50, p50 + 10.0),
        );
        kpis.insert("liability".into(), summary(0.0, 1.0, 2.0));
        Point {
            values: vec![v],
            kpis,
            feasible,
        }
    }

    fn sweep() -> SweepReport {
        SweepReport {
            parameters: vec![SweepParameter {
                path: "programme.points.earn_rate".into(),
                values: vec![0.01, 0.02, 0.03],
            }],
            kpi: "incremental_profit".into(),
            goal: Goal::Max,
            constraints: vec![Constraint {
                kpi: "retention_rate".into(),
                max: None,
                min: Some(0.8),
            }],
            points: vec![
                point(0.01, 100.0, true),
                point(0.02, 250.5, true),
                point(0.03, 400.0, false),
            ],
            optimum: Some(Optimum {
                values: vec![0.02],
                point: 1,
                kpi: "incremental_profit".into(),
                p50: 250.5,
                p5: Some(240.5),
                p95: Some(260.5),
                seed_optima: vec![],
                share_of_seeds: 1.0,
            }),
            break_even: vec![],
        }
    }

    #[test]
    fn a_sweep_has_a_row_per_point_with_its_band_feasibility_and_the_optimum_marked() {
        let s = sweep();
        let rows = sweep_rows(&s);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[1],
            SweepRow {
                values: vec![0.02],
                p5: Some(240.5),
                p50: Some(250.5),
                p95: Some(260.5),
                feasible: true,
                optimum: true,
            }
        );
        assert_eq!(rows.iter().filter(|r| r.optimum).count(), 1);
        assert!(!rows[2].feasible && !rows[2].optimum);
        assert_eq!(
            sweep_csv(&s),
            "programme.points.earn_rate,incremental_profit_p5,incremental_profit_p50,incremental_profit_p95,meets_constraints,optimum\n\
             0.01,90,100,110,true,false\n\
             0.02,240.5,250.5,260.5,true,true\n\
             0.03,390,400,410,false,false\n"
        );
        let cells = sweep_cells(Lang::En, &s, &rows[1]);
        assert_eq!(cells[0], "2 %");
        assert_eq!(cells.len(), 6);
        assert_eq!(cells[5], tt::OPTIMUM_MARK.get(Lang::En));
        assert_eq!(sweep_cells(Lang::Fi, &s, &rows[2])[4], tt::NO.get(Lang::Fi));
        // No optimum: no row is marked.
        let mut none = s.clone();
        none.optimum = None;
        assert!(sweep_rows(&none).iter().all(|r| !r.optimum));
    }

    #[test]
    fn a_tornado_has_a_row_per_bar_in_the_bars_order_with_its_swing() {
        let bar = |p: &str, lo: f64, hi: f64| Bar {
            parameter: p.into(),
            low_value: 0.4,
            high_value: 0.6,
            low_p50: Some(lo),
            high_p50: Some(hi),
            low_change: Change::default(),
            high_change: Change::default(),
            size: (hi - lo).abs(),
        };
        let r = TornadoReport {
            kpi: "incremental_profit".into(),
            base: Summary::default(),
            bars: vec![
                bar("customers.reward_appetite", 500.0, -1500.0),
                Bar {
                    high_p50: None,
                    size: 0.0,
                    ..bar("market.competitor_quality", 10.0, 10.0)
                },
            ],
        };
        let rows = tornado_rows(&r);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].parameter, "customers.reward_appetite");
        assert_eq!(rows[0].swing, 2000.0);
        assert_eq!(
            tornado_csv(&r),
            "parameter,low_value,high_value,incremental_profit_low_p50,incremental_profit_high_p50,swing\n\
             customers.reward_appetite,0.4,0.6,500,-1500,2000\n\
             market.competitor_quality,0.4,0.6,10,,0\n"
        );
        let cells = tornado_cells(Lang::En, &r, &rows[1]);
        assert_eq!(cells.len(), 6);
        assert_eq!(cells[4], "–");
    }
}
