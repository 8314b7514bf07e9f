//! The summary CSV, for people: the KPIs, then one row a month with the
//! programme, the twin and their difference for the main measures.
//!
//! Invariant: money is written in cents-exact decimals (2 places), shares
//! with 4 decimals, NPS with 2, counts whole; each difference is computed
//! on the written (rounded) values in integer units, so that in the file
//! `difference = programme - twin` holds exactly, row by row. Two blocks,
//! separated by one empty line, each with its own header. The headers
//! follow the reader's language; the numbers stay machine-readable in every
//! language (a dot for decimals, no grouping).

use crate::i18n::{Lang, Tr};
use crate::text::summary as t;
use loyalty_sim::{MonthStats, Report};

/// How a measure is written.
#[derive(Clone, Copy)]
enum Kind {
    /// Currency units with 2 decimals.
    Money,
    /// A share (0-1) with 4 decimals.
    Share,
    /// A score with 2 decimals (NPS).
    Score,
    /// A whole count.
    Count,
}

impl Kind {
    fn decimals(self) -> u32 {
        match self {
            Kind::Money | Kind::Score => 2,
            Kind::Share => 4,
            Kind::Count => 0,
        }
    }

    /// The value in whole units of the last written decimal.
    fn units(self, v: f64) -> i64 {
        if !v.is_finite() {
            return 0;
        }
        (v * 10f64.powi(self.decimals() as i32)).round() as i64
    }

    fn unit_name(self, l: Lang) -> &'static str {
        match self {
            Kind::Money => t::UNIT_MONEY.get(l),
            Kind::Share => t::UNIT_SHARE.get(l),
            Kind::Score => t::UNIT_SCORE.get(l),
            Kind::Count => t::UNIT_COUNT.get(l),
        }
    }
}

/// Writes `units` (of the kind's last decimal) as a decimal: `-1234.50`.
fn write_units(units: i64, kind: Kind) -> String {
    let d = kind.decimals();
    if d == 0 {
        return units.to_string();
    }
    let p = 10i64.pow(d);
    let sign = if units < 0 { "-" } else { "" };
    let a = units.unsigned_abs();
    format!(
        "{sign}{}.{:0width$}",
        a / p as u64,
        a % p as u64,
        width = d as usize
    )
}

fn value(v: f64, kind: Kind) -> String {
    write_units(kind.units(v), kind)
}

type Measure = (Tr, Kind, fn(&MonthStats) -> f64);

/// The monthly measures: name, kind, value.
const MEASURES: [Measure; 7] = [
    (t::REVENUE, Kind::Money, |s| s.revenue),
    (t::GROSS_PROFIT, Kind::Money, |s| s.gross_profit),
    (t::PROGRAMME_COST, Kind::Money, |s| s.programme_cost),
    (t::PROFIT, Kind::Money, |s| s.profit),
    (t::ACTIVE, Kind::Count, |s| s.active as f64),
    (t::RETENTION, Kind::Share, |s| s.retention_rate),
    (t::NPS, Kind::Score, |s| s.nps),
];

/// The summary CSV of a report.
/// Its headers are in `l`.
pub fn summary_csv(l: Lang, report: &Report) -> String {
    let k = &report.kpis;
    // Money is named by the currency's code: `revenue (EUR)`.
    let money = crate::format::in_currency(l, t::UNIT_MONEY.get(l), &report.currency);
    let roi_unit = crate::format::in_currency(l, t::UNIT_ROI.get(l), &report.currency);
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w
        .write_record([
            t::KPI.get(l),
            t::VALUE.get(l),
            t::UNIT.get(l),
            t::TWIN.get(l),
        ])
        .is_ok();
    let payback = k
        .payback_day
        .map(|d| crate::components::kpis::month_of_day(report, d).to_string())
        .unwrap_or_default();
    let kpis: Vec<(&str, String, &str, String)> = vec![
        (
            t::INCREMENTAL_PROFIT.get(l),
            value(k.incremental_profit, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::ROI.get(l),
            k.roi.map(|r| value(r, Kind::Share)).unwrap_or_default(),
            roi_unit.as_str(),
            String::new(),
        ),
        (
            t::PAYBACK.get(l),
            payback,
            t::UNIT_MONTH.get(l),
            String::new(),
        ),
        (
            t::NPV.get(l),
            value(k.npv, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::REVENUE.get(l),
            value(k.revenue, Kind::Money),
            money.as_str(),
            value(k.baseline_revenue, Kind::Money),
        ),
        (
            t::PROFIT.get(l),
            value(k.profit, Kind::Money),
            money.as_str(),
            value(k.baseline_profit, Kind::Money),
        ),
        (
            t::PROGRAMME_COST.get(l),
            value(k.programme_cost, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::DISCOUNTS.get(l),
            value(k.discounts, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::PROGRAMME_INCOME.get(l),
            value(k.programme_income, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::LIABILITY.get(l),
            value(k.liability, Kind::Money),
            money.as_str(),
            String::new(),
        ),
        (
            t::BREAKAGE.get(l),
            value(k.breakage_rate, Kind::Share),
            t::UNIT_SHARE.get(l),
            String::new(),
        ),
        (
            t::ANNUAL_RETENTION.get(l),
            value(k.retention_rate, Kind::Share),
            t::UNIT_SHARE.get(l),
            value(k.baseline_retention_rate, Kind::Share),
        ),
        (
            t::NPS.get(l),
            value(k.nps, Kind::Score),
            t::UNIT_SCORE.get(l),
            value(k.baseline_nps, Kind::Score),
        ),
        (
            t::MEMBERS.get(l),
            k.members.to_string(),
            t::UNIT_COUNT.get(l),
            String::new(),
        ),
        (
            t::NAIVE_UPLIFT.get(l),
            value(k.naive_member_uplift, Kind::Share),
            t::UNIT_SHARE.get(l),
            String::new(),
        ),
        (
            t::TRUE_UPLIFT.get(l),
            value(k.true_member_uplift, Kind::Share),
            t::UNIT_SHARE.get(l),
            String::new(),
        ),
    ];
    for (name, v, unit, twin) in kpis {
        ok &= w
            .write_record([name, v.as_str(), unit, twin.as_str()])
            .is_ok();
    }
    let mut bytes = match (ok, w.into_inner()) {
        (true, Ok(b)) => b,
        _ => return String::new(),
    };
    bytes.push(b'\n');
    let mut w = csv::Writer::from_writer(bytes);
    let mut header = vec![t::MONTH.get(l).to_string()];
    for (name, kind, _) in MEASURES {
        for part in [
            t::PROGRAMME.get(l),
            t::TWIN_PART.get(l),
            t::DIFFERENCE.get(l),
        ] {
            let unit = match kind {
                Kind::Money => money.as_str(),
                _ => kind.unit_name(l),
            };
            header.push(format!("{} ({unit}), {part}", name.get(l)));
        }
    }
    ok &= w.write_record(&header).is_ok();
    for m in &report.monthly {
        let mut row = vec![m.month.to_string()];
        for (_, kind, f) in MEASURES {
            let (p, b) = (kind.units(f(&m.programme)), kind.units(f(&m.baseline)));
            row.push(write_units(p, kind));
            row.push(write_units(b, kind));
            row.push(write_units(p - b, kind));
        }
        ok &= w.write_record(&row).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(b)) => String::from_utf8(b).unwrap_or_default(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        serde_json::from_str(include_str!("../tests/fixtures/everything-2000x365.json"))
            .expect("stored report")
    }

    fn cents(s: &str) -> i64 {
        let (i, f) = s.split_once('.').unwrap_or((s, ""));
        let neg = i.starts_with('-');
        let v = i.trim_start_matches('-').parse::<i64>().unwrap() * 10i64.pow(f.len() as u32)
            + if f.is_empty() {
                0
            } else {
                f.parse::<i64>().unwrap()
            };
        if neg {
            -v
        } else {
            v
        }
    }

    #[test]
    fn decimals_are_written_exactly() {
        assert_eq!(value(1234.5, Kind::Money), "1234.50");
        assert_eq!(value(-0.05, Kind::Money), "-0.05");
        assert_eq!(value(0.123456, Kind::Share), "0.1235");
        assert_eq!(value(-12.345, Kind::Score), "-12.35");
        assert_eq!(value(30.628216123499143, Kind::Money), "30.63");
        assert_eq!(value(7.0, Kind::Count), "7");
    }

    #[test]
    fn the_summary_parses_and_differences_are_programme_minus_twin() {
        let r = report();
        let text = summary_csv(Lang::En, &r);
        let (kpis, monthly) = text.split_once("\n\n").expect("two blocks");
        let mut rd = csv::Reader::from_reader(kpis.as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().map(|x| x.unwrap()).collect();
        let kpi = |name: &str| {
            rows.iter()
                .find(|r| &r[0] == name)
                .unwrap_or_else(|| panic!("no {name}"))
                .clone()
        };
        assert_eq!(
            cents(&kpi(t::INCREMENTAL_PROFIT.en)[1]),
            (r.kpis.incremental_profit * 100.0).round() as i64
        );
        let mut rd = csv::Reader::from_reader(monthly.as_bytes());
        let header = rd.headers().unwrap().clone();
        assert_eq!(header.len(), 1 + 3 * MEASURES.len());
        let months: Vec<csv::StringRecord> = rd.records().map(|x| x.unwrap()).collect();
        assert_eq!(months.len(), r.monthly.len());
        let mut profit_diff = 0i64;
        for row in &months {
            for i in 0..MEASURES.len() {
                let (p, b, d) = (
                    cents(&row[1 + 3 * i]),
                    cents(&row[2 + 3 * i]),
                    cents(&row[3 + 3 * i]),
                );
                assert_eq!(d, p - b, "{} month {}", &header[3 + 3 * i], &row[0]);
            }
            profit_diff += cents(&row[3 + 3 * 3]);
            // Money has 2 decimals, shares 4: no long floats.
            assert!(row
                .iter()
                .all(|v| v.split('.').nth(1).map_or(0, str::len) <= 4));
        }
        // The monthly profit differences add up to the incremental profit.
        assert_eq!(profit_diff, cents(&kpi(t::INCREMENTAL_PROFIT.en)[1]));
        assert!(header[10].starts_with(t::PROFIT.en), "{header:?}");
        // Money is named by the currency's code, in every language.
        assert!(header[10].contains("(EUR)"), "{header:?}");
        assert_eq!(&kpi(t::INCREMENTAL_PROFIT.en)[2], "EUR");
        let mut usd = r.clone();
        usd.currency = loyalty_sim::Currency::of("USD");
        let fi = summary_csv(Lang::Fi, &usd);
        assert!(fi.contains("(USD)") && !fi.contains("EUR"), "{fi}");
    }
}
