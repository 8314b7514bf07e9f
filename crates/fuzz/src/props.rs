//! What each target checks.

use crate::{Corpus, Outcome};
use loyalty_lab::link::{self, LinkError};
use loyalty_lab::protocol;
use loyalty_sim::{
    combine, run_observed, run_part, twin_key, validate, Control, LedgerDay, Report, RunKind,
    Scenario, Twins, MONEY_LIMIT,
};

fn fail(why: impl Into<String>, input: &[u8]) -> Outcome {
    Outcome::Failed(why.into(), input.to_vec())
}

/// A link never panics the decoder; what opens is valid and opens again.
pub fn link(text: &str) -> Outcome {
    match link::open(text) {
        Ok(Some(opened)) => {
            if let Err(e) = validate(&opened.scenario) {
                return fail(
                    format!("opened an invalid scenario: {e:?}"),
                    text.as_bytes(),
                );
            }
            let again = link::open(&link::encode(&opened.scenario));
            match again {
                Ok(Some(o)) if o.scenario == opened.scenario => Outcome::Accepted,
                other => fail(
                    format!("its scenario's own link does not open to it: {other:?}"),
                    text.as_bytes(),
                ),
            }
        }
        Ok(None) => Outcome::Accepted,
        Err(LinkError::Invalid(errors)) if errors.is_empty() => {
            fail("refused as invalid with no problem listed", text.as_bytes())
        }
        Err(_) => Outcome::Refused,
    }
}

/// Parsing and validating never panic; every problem names a field and
/// says something; what is valid survives its own JSON.
pub fn scenario(input: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(input);
    match loyalty_sim::parse_scenario(&text) {
        // What is accepted is one JSON value and nothing more.
        Ok(_) if serde_json::from_str::<serde_json::Value>(&text).is_err() => fail(
            "accepted text that is not exactly one JSON value (trailing data?)",
            input,
        ),
        Ok(s) => match Scenario::from_json(&s.to_json_pretty()) {
            Ok(back) if back == s && validate(&back).is_ok() => Outcome::Accepted,
            other => fail(format!("does not survive its own JSON: {other:?}"), input),
        },
        Err(errors) => {
            let bad = errors.is_empty()
                || errors
                    .iter()
                    .any(|e| e.path.is_empty() && e.message.trim().is_empty());
            if bad {
                fail(
                    format!("refused without a usable message: {errors:?}"),
                    input,
                )
            } else {
                Outcome::Refused
            }
        }
    }
}

/// `bytes` with its checksum made to fit again.
pub fn resealed(bytes: &[u8]) -> Vec<u8> {
    if bytes.len() < 5 {
        return bytes.to_vec();
    }
    let body = &bytes[..bytes.len() - 4];
    let mut out = body.to_vec();
    out.extend(adler32(body).to_le_bytes());
    out
}

/// Adler-32, as the worker's checksum.
fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

/// Whatever the part bytes, decoding and combining never panic, and a
/// report that comes out is finite and adds up.
pub fn protocol(corpus: &Corpus, input: &[u8]) -> Outcome {
    let Ok(part) = protocol::decode_part(input) else {
        return Outcome::Refused;
    };
    let Some(report) = combine(&part, &corpus.kept).or_else(|| combine(&corpus.kept, &part)) else {
        return Outcome::Refused;
    };
    match finite(&report).and_then(|()| kpis_add_up(&report)) {
        Ok(()) => Outcome::Accepted,
        Err(why) => fail(why, input),
    }
}

/// The key property for one valid scenario (see [`check_run`]).
pub fn valid(s: &Scenario) -> Outcome {
    match check_run(s) {
        Ok(()) => Outcome::Accepted,
        Err(why) => fail(why, s.to_json_pretty().as_bytes()),
    }
}

/// A report's numbers are finite and its KPIs' identities hold.
pub fn report_sound(r: &Report) -> Result<(), String> {
    finite(r).and_then(|()| kpis_add_up(r))
}

/// Every number of the report is finite: it is written and read back
/// unchanged (a NaN or an infinity would be written as `null`).
fn finite(r: &Report) -> Result<(), String> {
    let text = serde_json::to_string(r).map_err(|e| e.to_string())?;
    let back: Report = serde_json::from_str(&text)
        .map_err(|e| format!("the report cannot be read back (a number is not finite): {e}"))?;
    if back != *r {
        return Err("the report changes when read back".into());
    }
    let (_, rows) = r.monthly_table();
    if rows.iter().flatten().any(|x| !x.is_finite()) {
        return Err("the monthly table has a number that is not finite".into());
    }
    Ok(())
}

/// The KPIs' own identities (in currency units, to well under a cent).
fn kpis_add_up(r: &Report) -> Result<(), String> {
    let k = &r.kpis;
    let lhs = k.gross_profit + k.programme_income - k.programme_cost;
    if (lhs - k.profit).abs() >= 0.005 {
        return Err(format!(
            "profit {} is not gross profit + income - cost ({lhs})",
            k.profit
        ));
    }
    if (k.profit - k.baseline_profit - k.incremental_profit).abs() >= 0.005 {
        return Err("incremental profit is not profit minus the twin's".into());
    }
    if k.points_issued != k.points_redeemed + k.points_expired + k.points_outstanding {
        return Err("points issued are not redeemed + expired + outstanding".into());
    }
    Ok(())
}

/// Cents of a report's currency units.
fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// One day of the ledger adds up, exactly and without saturation.
fn day_adds_up(d: &LedgerDay) -> bool {
    let costs: i128 = d.costs().iter().map(|&(_, c)| c as i128).sum();
    let income: i128 = d.income().iter().map(|&(_, c)| c as i128).sum();
    let profit = d.revenue as i128 + income - d.cost_of_goods as i128 - costs;
    let nonneg = [d.gross_sales, d.discounts, d.revenue, d.cost_of_goods]
        .iter()
        .chain(d.costs().iter().map(|(_, c)| c))
        .chain(d.income().iter().map(|(_, c)| c))
        .all(|&c| c >= 0);
    nonneg && d.revenue == d.gross_sales - d.discounts && profit == d.profit() as i128
}

/// The key property: a valid scenario runs without a panic, every number
/// of its report is finite, its money stays under the money limit, every
/// day's ledger adds up, the KPIs and every month are the ledger's sums to
/// the cent, the points are conserved, the twin has no programme money, no
/// programme means no effect, (for one seed in eight) the two parts
/// simulated apart combine to the same report, and (for another one in
/// eight) the twin of the scenario without its programme is its own.
pub fn check_run(s: &Scenario) -> Result<(), String> {
    let o = run_observed(s, &mut |_| Control::Continue, &mut ())
        .map_err(|e| format!("a valid scenario did not run: {e}"))?;
    let r = &o.report;
    finite(r)?;
    kpis_add_up(r)?;
    let (tp, tb) = (o.programme_ledger.total(), o.baseline_ledger.total());
    for (ledger, run) in [
        (&o.programme_ledger, "programme"),
        (&o.baseline_ledger, "twin"),
    ] {
        if let Some(d) = ledger.days.iter().position(|d| !day_adds_up(d)) {
            return Err(format!("the {run} ledger does not add up on day {d}"));
        }
    }
    let limit = (MONEY_LIMIT * 100.0) as i64;
    if [
        tp.gross_sales,
        tp.programme_cost(),
        tp.programme_income(),
        tb.gross_sales,
    ]
    .iter()
    .any(|&c| c > limit)
    {
        return Err("the money went beyond the money limit".into());
    }
    let k = &r.kpis;
    let exact = [
        (k.revenue, tp.revenue, "revenue"),
        (k.baseline_revenue, tb.revenue, "baseline revenue"),
        (k.programme_cost, tp.programme_cost(), "programme cost"),
        (
            k.programme_income,
            tp.programme_income(),
            "programme income",
        ),
        (k.profit, tp.profit(), "profit"),
        (k.baseline_profit, tb.profit(), "baseline profit"),
        (
            k.incremental_profit,
            tp.profit() - tb.profit(),
            "incremental profit",
        ),
        (k.discounts, tp.discounts, "discounts"),
    ];
    for (x, c, what) in exact {
        if cents(x) != c {
            return Err(format!("{what} {x} is not the ledger's {c} cents"));
        }
    }
    if tb.programme_cost() != 0 || tb.programme_income() != 0 || tb.discounts != 0 {
        return Err("the twin has programme money".into());
    }
    months_add_up(r, &tp)?;
    if s.programme.is_none()
        && (k.incremental_profit != 0.0 || r.monthly.iter().any(|m| m.programme != m.baseline))
    {
        return Err("no programme, yet an effect".into());
    }
    if s.simulation.seed % 8 == 4 {
        twin_is_shared(s, r)?;
    }
    if s.simulation.seed % 8 == 0 {
        let go = &mut |_| Control::Continue;
        let prog = run_part(s, RunKind::Programme, go).map_err(|e| e.to_string())?;
        let base = run_part(s, RunKind::Baseline, go).map_err(|e| e.to_string())?;
        if combine(&prog, &base).as_ref() != Some(r) {
            return Err("the parts simulated apart do not combine to the run's report".into());
        }
    }
    Ok(())
}

/// The twin kept from the scenario without its programme (and without the
/// programme's events and the name) is this scenario's own: the report made
/// with it is the run's.
fn twin_is_shared(s: &Scenario, r: &Report) -> Result<(), String> {
    let mut other = twin_key(s);
    other.name = "without the programme".into();
    if validate(&other).is_err() {
        return Ok(());
    }
    let go = &mut |_| Control::Continue;
    let mut twins = Twins::new(1);
    twins.run_with(&other, go).map_err(|e| e.to_string())?;
    let shared = twins.run_with(s, go).map_err(|e| e.to_string())?;
    if twins.hits() != 1 || shared != *r {
        return Err("the twin of the scenario without its programme is not its own".into());
    }
    Ok(())
}

/// Every month's money sums to the totals in cents; outstanding points
/// follow issued - redeemed - expired.
fn months_add_up(r: &Report, tp: &LedgerDay) -> Result<(), String> {
    let sum = |f: &dyn Fn(&loyalty_sim::MonthStats) -> f64| -> i64 {
        r.monthly.iter().map(|m| cents(f(&m.programme))).sum()
    };
    let checks = [
        (sum(&|m| m.revenue), tp.revenue, "revenue"),
        (
            sum(&|m| m.programme_cost),
            tp.programme_cost(),
            "programme cost",
        ),
        (
            sum(&|m| m.programme_income),
            tp.programme_income(),
            "programme income",
        ),
        (sum(&|m| m.profit), tp.profit(), "profit"),
    ];
    for (months, total, what) in checks {
        if months != total {
            return Err(format!(
                "the months' {what} ({months} cents) is not the total ({total})"
            ));
        }
    }
    let mut outstanding: u64 = 0;
    for m in &r.monthly {
        let p = &m.programme;
        let cost: i64 = p.cost.entries().iter().map(|&(_, x)| cents(x)).sum();
        if cost != cents(p.programme_cost) {
            return Err(format!(
                "month {}: the cost components do not add up",
                m.month
            ));
        }
        outstanding = (outstanding + p.points_issued)
            .checked_sub(p.points_redeemed + p.points_expired)
            .ok_or_else(|| format!("month {}: more points left than came", m.month))?;
        if outstanding != p.points_outstanding {
            return Err(format!("month {}: the points are not conserved", m.month));
        }
    }
    Ok(())
}
