//! Both runs and the report: simulates the twin and the programme run (or
//! one of them, for [`crate::run_part`]) and assembles the KPIs and the
//! monthly rows from the two run results.
//!
//! Invariants: every money figure of the report is a ledger sum in cents
//! turned into currency units once; the report of two parts simulated apart
//! equals the report of one run, bit for bit.

use crate::finance::{Books, RunView, B_LOST, B_MEMBER, B_MEMBER_AT_END};
use crate::ledger::Ledger;
use crate::market::Consts;
use crate::observe::{Observer, RunKind};
use crate::population::{Customer, ACTIVE, DEFECTED, EXITED};
use crate::report::{EventMark, MonthRow, MonthStats, Report};
use crate::scan::round_cents;
use crate::scenario::Scenario;
use crate::world::{DayZero, World};
use crate::{Control, Outcome, Progress, RunError};
use serde::{Deserialize, Serialize};

/// One customer's purchases in the measurement window (8 bytes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Window {
    spend: f32,
    purchases: u16,
    member: bool,
    present: bool,
}

/// Everything one run leaves for the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct RunResult {
    months: Vec<MonthStats>,
    ledger: Ledger,
    /// Per customer: (member at the end and not gone, window spend, window purchases, present).
    window: Vec<Window>,
    /// The finance view's books (per customer and month).
    books: Books,
    population: u32,
    breakage: f64,
    liability_ratio: f64,
}

/// One run from the day-0 customers `day0`; progress counts months from
/// `span.0` of `span.1`.
fn simulate_one<O: Observer>(
    s: &Scenario,
    (k, day0): (&Consts, DayZero),
    kind: RunKind,
    observer: &mut O,
    progress: &mut dyn FnMut(Progress) -> Control,
    (done_before, total): (u32, u32),
) -> Result<RunResult, RunError> {
    let mut w = World::new(s, k, kind, observer, day0);
    for m in 0..k.months() {
        w.run_month(m);
        if progress(Progress {
            done: done_before + m + 1,
            total,
            customers: w.customers.len() as u64,
        }) == Control::Cancel
        {
            return Err(RunError::Cancelled);
        }
    }
    let (breakage, liability_ratio) = (w.breakage(), w.liability_ratio());
    let population = w.customers.len();
    // Each chunk of customers is freed once its windows are taken, so the
    // windows never sit beside the whole population.
    let mut window = Vec::new();
    let mut books = std::mem::take(&mut w.books);
    let mut id = 0;
    w.customers.drain_chunks(|c| {
        window.push(Window {
            spend: c.window_spend,
            purchases: c.window_purchases,
            member: c.is_member() && c.status == ACTIVE,
            present: c.status != EXITED,
        });
        books.flag(id, end_flags(c, k));
        books.close(&c.book);
        id += 1;
    });
    Ok(RunResult {
        months: w.months,
        ledger: w.ledger,
        window,
        books,
        population,
        breakage,
        liability_ratio,
    })
}

fn view(r: &RunResult) -> RunView<'_> {
    RunView {
        books: &r.books,
        ledger: &r.ledger,
        months: &r.months,
        liability_ratio: r.liability_ratio,
    }
}

/// A customer's flags for the books at the horizon: lost (defected, or
/// lapsed at the horizon or when moving away) and member at the end (with
/// the tier in the upper four bits).
fn end_flags(c: &Customer, k: &Consts) -> u8 {
    let end = if c.status == EXITED {
        c.exit_day as i32
    } else {
        k.days as i32 - 1
    };
    let lost = c.status == DEFECTED || end - c.last_purchase as i32 >= k.lapse;
    let mut f = if lost { B_LOST } else { 0 };
    if c.is_member() {
        f |= B_MEMBER;
    }
    if c.is_member() && c.status == ACTIVE {
        f |= B_MEMBER_AT_END | (c.tier.min(15) << 4);
    }
    f
}

/// One run on its own (for [`crate::run_part`]); progress counts this run's months.
pub(crate) fn simulate_part(
    s: &Scenario,
    kind: RunKind,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<RunResult, RunError> {
    let k = Consts::new(s);
    let months = k.months();
    let day0 = DayZero::new(s, &k);
    simulate_one(s, (&k, day0), kind, &mut (), progress, (0, months))
}

/// One of a full run's two runs from `day0`, with no observer; `progress`
/// counts both runs' months, starting at `done_before` (for
/// [`crate::twins::Twins`]).
pub(crate) fn simulate_run(
    s: &Scenario,
    (k, day0): (&Consts, DayZero),
    kind: RunKind,
    progress: &mut dyn FnMut(Progress) -> Control,
    done_before: u32,
) -> Result<RunResult, RunError> {
    let span = (done_before, 2 * k.months());
    simulate_one(s, (k, day0), kind, &mut (), progress, span)
}

/// The report of a programme run and its twin (for [`crate::twins::Twins`]).
pub(crate) fn report_of(s: &Scenario, k: &Consts, prog: &RunResult, base: &RunResult) -> Report {
    build_report(s, k, prog, base)
}

/// The report of two runs simulated apart (for [`crate::combine`]).
pub(crate) fn combine_parts(s: &Scenario, prog: &RunResult, base: &RunResult) -> Report {
    build_report(s, &Consts::new(s), prog, base)
}

pub(crate) fn simulate<O: Observer>(
    s: &Scenario,
    progress: &mut dyn FnMut(Progress) -> Control,
    observer: &mut O,
) -> Result<Outcome, RunError> {
    let k = Consts::new(s);
    let months = k.months();
    // Both runs start from the same day-0 customers, made once.
    let day0 = DayZero::new(s, &k);
    let base = simulate_one(
        s,
        (&k, day0.clone()),
        RunKind::Baseline,
        observer,
        progress,
        (0, 2 * months),
    )?;
    let prog = simulate_one(
        s,
        (&k, day0),
        RunKind::Programme,
        observer,
        progress,
        (months, 2 * months),
    )?;
    let report = build_report(s, &k, &prog, &base);
    Ok(Outcome {
        report,
        programme_ledger: prog.ledger,
        baseline_ledger: base.ledger,
    })
}

fn build_report(s: &Scenario, k: &Consts, prog: &RunResult, base: &RunResult) -> Report {
    let tp = prog.ledger.total();
    let tb = base.ledger.total();
    let cur = |c: i64| c as f64 / 100.0;
    let incremental = tp.profit().saturating_sub(tb.profit());
    let spent = tp.programme_cost().saturating_add(tp.discounts);

    let (payback, npv) =
        payback_and_npv(&prog.ledger, &base.ledger, s.business.annual_discount_rate);

    let last_p = prog.months.last().cloned().unwrap_or_default();
    let last_b = base.months.last().cloned().unwrap_or_default();
    let (naive, true_uplift, basket) = member_uplifts(prog, base);
    let finance = crate::finance::build(s, &view(prog), &view(base));

    let monthly = prog
        .months
        .iter()
        .zip(&base.months)
        .enumerate()
        .map(|(m, (p, b))| MonthRow {
            month: m as u32 + 1,
            first_day: k.month_start[m],
            days: k.month_start[m + 1] - k.month_start[m],
            programme: p.clone(),
            baseline: b.clone(),
        })
        .collect();

    Report {
        model_version: crate::MODEL_VERSION,
        scenario: s.name.clone(),
        seed: s.simulation.seed,
        days: s.simulation.days,
        initial_customers: s.simulation.customers,
        simulated_customers: prog.population.max(base.population),
        kpis: crate::report::Kpis {
            revenue: cur(tp.revenue),
            baseline_revenue: cur(tb.revenue),
            gross_profit: cur(tp.revenue.saturating_sub(tp.cost_of_goods)),
            baseline_gross_profit: cur(tb.revenue.saturating_sub(tb.cost_of_goods)),
            discounts: cur(tp.discounts),
            programme_cost: cur(tp.programme_cost()),
            programme_income: cur(tp.programme_income()),
            profit: cur(tp.profit()),
            baseline_profit: cur(tb.profit()),
            incremental_profit: cur(incremental),
            roi: if spent > 0 {
                Some(incremental as f64 / spent as f64)
            } else {
                None
            },
            payback_day: payback,
            npv: round_cents(npv),
            points_issued: tp.points_issued,
            points_redeemed: tp.points_redeemed,
            points_expired: tp.points_expired,
            points_outstanding: last_p.points_outstanding,
            liability: round_cents(last_p.points_outstanding as f64 * prog.liability_ratio),
            breakage_rate: prog.breakage,
            members: last_p.members,
            active_customers: last_p.active,
            baseline_active_customers: last_b.active,
            retention_rate: annual_retention(&prog.months),
            baseline_retention_rate: annual_retention(&base.months),
            nps: last_p.nps,
            baseline_nps: last_b.nps,
            naive_member_uplift: naive,
            true_member_uplift: true_uplift,
            member_basket_uplift: basket,
        },
        monthly,
        events: s
            .events
            .iter()
            .map(|e| EventMark {
                day: e.day(),
                kind: e.kind().to_string(),
            })
            .collect(),
        finance,
        currency: s.business.currency.clone(),
    }
}

/// The payback day (the first day from which cumulative incremental profit
/// stays >= 0) and the NPV of the daily incremental profit.
fn payback_and_npv(prog: &Ledger, base: &Ledger, rate: f64) -> (Option<u32>, f64) {
    let mut cum: i64 = 0;
    let mut payback: Option<u32> = None;
    let mut npv = 0.0;
    for (d, (p, b)) in prog.days.iter().zip(&base.days).enumerate() {
        let cf = p.profit().saturating_sub(b.profit());
        cum = cum.saturating_add(cf);
        if cum >= 0 {
            if payback.is_none() {
                payback = Some(d as u32);
            }
        } else {
            payback = None;
        }
        npv += cf as f64 / 100.0 / libm::pow(1.0 + rate, d as f64 / 365.0);
    }
    (payback, npv)
}

/// The retention rate over the last 12 months, as a yearly rate. Month 1
/// has no previous month (its rate is 1 by definition): it is left out.
fn annual_retention(ms: &[MonthStats]) -> f64 {
    let ms = ms.get(1..).unwrap_or(&[]);
    let n = ms.len().min(12);
    if n == 0 {
        return 1.0;
    }
    let prod: f64 = ms[ms.len() - n..]
        .iter()
        .map(|m| m.retention_rate)
        .product();
    libm::pow(prod, 12.0 / n as f64)
}

/// Member uplifts over the measurement window (last 12 months): naive
/// (members against non-members), true (members against their own twins)
/// and the basket uplift.
fn member_uplifts(prog: &RunResult, base: &RunResult) -> (f64, f64, f64) {
    let (mut m_spend, mut m_trips, mut m_n) = (0.0f64, 0u64, 0u64);
    let (mut n_spend, mut n_trips, mut n_n) = (0.0f64, 0u64, 0u64);
    let mut twin_spend = 0.0f64;
    for (i, x) in prog.window.iter().enumerate() {
        let (member, spend, trips, present) = (x.member, x.spend, x.purchases, x.present);
        // Both groups: customers who bought in the window.
        if member && trips > 0 {
            m_spend += spend as f64;
            m_trips += trips as u64;
            m_n += 1;
            twin_spend += base.window.get(i).map(|w| w.spend as f64).unwrap_or(0.0);
        } else if present && trips > 0 {
            n_spend += spend as f64;
            n_trips += trips as u64;
            n_n += 1;
        }
    }
    let ratio = |a: f64, b: f64| if a > 0.0 && b > 0.0 { a / b - 1.0 } else { 0.0 };
    let naive = if m_n > 0 && n_n > 0 {
        ratio(m_spend / m_n as f64, n_spend / n_n as f64)
    } else {
        0.0
    };
    let true_uplift = ratio(m_spend, twin_spend);
    let basket = if m_trips > 0 && n_trips > 0 {
        ratio(m_spend / m_trips as f64, n_spend / n_trips as f64)
    } else {
        0.0
    };
    (naive, true_uplift, basket)
}

/// A reason why a part cannot be one run of its scenario.
fn broken(what: impl Into<String>) -> Result<(), String> {
    Err(what.into())
}

impl RunResult {
    /// Checks that this is a whole, sound run of `s` (of `kind`): its sizes
    /// fit the scenario, every number is finite, every day's ledger adds
    /// up, each month's money and points are that month's ledger sums, the
    /// points are conserved, and the twin has no programme money. Parts
    /// travel between workers as bytes, so damage that still decodes is
    /// caught here, before it reaches a report.
    pub(crate) fn check(&self, s: &Scenario, kind: RunKind) -> Result<(), String> {
        let k = Consts::new(s);
        if self.ledger.days.len() != k.days as usize || self.months.len() != k.months() as usize {
            return broken("its days or months do not match the scenario's horizon");
        }
        let market = crate::validate::market_size(s);
        if self.population < s.simulation.customers
            || self.population > market
            || self.window.len() != self.population as usize
        {
            return broken("its number of customers does not fit the scenario");
        }
        if !(0.0..=1.0).contains(&self.breakage)
            || !self.liability_ratio.is_finite()
            || self.liability_ratio < 0.0
            || self.window.iter().any(|w| !w.spend.is_finite())
        {
            return broken("it holds a number that is not finite or out of its range");
        }
        for (d, day) in self.ledger.days.iter().enumerate() {
            let money = [
                day.gross_sales,
                day.discounts,
                day.revenue,
                day.cost_of_goods,
            ];
            if money.iter().any(|&c| c < 0)
                || day
                    .costs()
                    .iter()
                    .chain(day.income().iter())
                    .any(|&(_, c)| c < 0)
                || day.revenue != day.gross_sales - day.discounts
            {
                return broken(format!("its ledger does not add up on day {d}"));
            }
            if kind == RunKind::Baseline
                && (day.discounts != 0 || day.programme_cost() != 0 || day.programme_income() != 0)
            {
                return broken(format!("its twin has programme money on day {d}"));
            }
        }
        let mut outstanding: u64 = 0;
        for (m, stats) in self.months.iter().enumerate() {
            let (from, to) = (k.month_start[m] as usize, k.month_start[m + 1] as usize);
            let t = self.ledger.sum(from, to);
            let month = m + 1;
            if stats.columns().iter().any(|(_, x)| !x.is_finite()) {
                return broken(format!("month {month} holds a number that is not finite"));
            }
            let money_matches = stats.gross_sales == t.gross_sales as f64 / 100.0
                && stats.revenue == t.revenue as f64 / 100.0
                && stats.discounts == t.discounts as f64 / 100.0
                && stats.cost_of_goods == t.cost_of_goods as f64 / 100.0
                && stats.programme_cost == t.programme_cost() as f64 / 100.0
                && stats.programme_income == t.programme_income() as f64 / 100.0
                && stats.profit == t.profit() as f64 / 100.0
                && stats.purchases == t.purchases;
            let points_match = stats.points_issued == t.points_issued
                && stats.points_redeemed == t.points_redeemed
                && stats.points_expired == t.points_expired;
            if !money_matches || !points_match {
                return broken(format!("month {month} is not the sum of its days"));
            }
            outstanding = outstanding
                .saturating_add(t.points_issued)
                .checked_sub(t.points_redeemed.saturating_add(t.points_expired))
                .ok_or_else(|| {
                    format!("more points left accounts than were credited by month {month}")
                })?;
            if stats.points_outstanding != outstanding {
                return broken(format!("its points do not add up in month {month}"));
            }
        }
        Ok(())
    }
}
