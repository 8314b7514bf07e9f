//! Published findings (brief section 3), shown by the model with its defaults.
//! Each test runs its setting with seeds 1 to 5 (in parallel; `FINDINGS_SEEDS`
//! sets another odd count) and asserts a direction and a rough size on the
//! median over the seeds of every statistic it checks, never on one seed.
//! Each check prints a line
//! `finding <name>: <statistic> median ... (seeds: ...) vs threshold ...:
//! margin ...`; see `docs/model.md`, "Published findings and the tests that
//! show them", for the command that lists them.

mod common;

use loyalty_sim::*;

/// Seeds each finding is run with when `FINDINGS_SEEDS` is not set.
const SEEDS: u64 = 5;

/// How many seeds (1, 2, ..., n) each finding is run with: `FINDINGS_SEEDS`
/// if set, else [`SEEDS`]. Odd, so the median is one of the values, and at
/// least 5.
fn seed_count() -> u64 {
    let n = match std::env::var("FINDINGS_SEEDS") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("FINDINGS_SEEDS={v} is not a number")),
        Err(_) => SEEDS,
    };
    assert!(
        n >= 5 && n % 2 == 1,
        "FINDINGS_SEEDS={n}: an odd number >= 5"
    );
    n
}

/// Runs `f` for seeds 1 to [`seed_count`], one thread per seed; the results
/// in seed order. A panic on any seed fails the test.
fn per_seed<T: Send>(f: impl Fn(u64) -> T + Sync) -> Vec<T> {
    let f = &f;
    std::thread::scope(|scope| {
        let threads: Vec<_> = (1..=seed_count())
            .map(|seed| scope.spawn(move || f(seed)))
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `s` with another seed.
fn seeded(s: &Scenario, seed: u64) -> Scenario {
    let mut s = s.clone();
    s.simulation.seed = seed;
    s
}

/// One statistic over the seeds: every seed's value (in seed order) and
/// their median.
#[derive(Clone, Debug, PartialEq)]
struct OverSeeds {
    values: Vec<f64>,
    median: f64,
}

impl OverSeeds {
    /// The median of an odd number of values (one of them).
    fn new(values: Vec<f64>) -> Self {
        assert!(values.len() % 2 == 1, "an odd number of values: {values:?}");
        assert!(!values.iter().any(|x| x.is_nan()), "NaN among {values:?}");
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        OverSeeds { values, median }
    }

    /// One statistic of each seed's result.
    fn of<T>(runs: &[T], stat: impl Fn(&T) -> f64) -> Self {
        Self::new(runs.iter().map(stat).collect())
    }
}

/// Runs `f` for every seed (see [`per_seed`]) and takes the median of the
/// statistic it returns.
fn median_over_seeds(f: impl Fn(u64) -> f64 + Sync) -> OverSeeds {
    OverSeeds::new(per_seed(f))
}

/// What a finding's median must satisfy.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Threshold {
    Above(f64),
    AtLeast(f64),
    Below(f64),
    /// Inclusive bounds.
    Within(f64, f64),
    /// Exclusive bounds.
    Between(f64, f64),
}

impl Threshold {
    /// The signed distance of `x` from the threshold, positive on the
    /// passing side (for an interval: to the nearer bound).
    fn margin(self, x: f64) -> f64 {
        match self {
            Threshold::Above(t) | Threshold::AtLeast(t) => x - t,
            Threshold::Below(t) => t - x,
            Threshold::Within(lo, hi) | Threshold::Between(lo, hi) => (x - lo).min(hi - x),
        }
    }

    fn passes(self, x: f64) -> bool {
        let m = self.margin(x);
        match self {
            Threshold::AtLeast(_) | Threshold::Within(..) => m >= 0.0,
            _ => m > 0.0,
        }
    }
}

impl std::fmt::Display for Threshold {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match *self {
            Threshold::Above(t) => write!(f, "> {t}"),
            Threshold::AtLeast(t) => write!(f, ">= {t}"),
            Threshold::Below(t) => write!(f, "< {t}"),
            Threshold::Within(lo, hi) => write!(f, "in [{lo}, {hi}]"),
            Threshold::Between(lo, hi) => write!(f, "in ({lo}, {hi})"),
        }
    }
}

/// A number to three significant figures (whole numbers as they are).
fn num(x: f64) -> String {
    if !x.is_finite() || x == 0.0 || (x.fract() == 0.0 && x.abs() < 1e9) {
        return format!("{x}");
    }
    let decimals = (2 - x.abs().log10().floor() as i32).clamp(0, 9) as usize;
    format!("{x:.decimals$}")
}

/// The line a finding prints: its median, every seed's value, the threshold
/// and the margin.
fn finding_line(name: &str, statistic: &str, m: &OverSeeds, t: Threshold) -> String {
    let seeds: Vec<String> = m.values.iter().map(|&x| num(x)).collect();
    let margin = t.margin(m.median);
    let sign = if margin >= 0.0 { "+" } else { "-" };
    format!(
        "finding {name}: {statistic} median {} (seeds: {}) vs threshold {t}: margin {sign}{}",
        num(m.median),
        seeds.join(" "),
        num(margin.abs())
    )
}

/// Prints the finding's line to standard error (with `eprintln!`, so
/// libtest shows it with `--nocapture` or when the test fails, apart from
/// its own `test ... ok` lines on standard output) and asserts that the
/// median satisfies the threshold; returns the margin.
fn finding(name: &str, statistic: &str, m: &OverSeeds, t: Threshold) -> f64 {
    finding_with(|line| eprintln!("{line}"), name, statistic, m, t)
}

/// [`finding`], handing its line to `print`. The failure message starts
/// with `FAILED`, so that only the printed lines start with `finding`.
fn finding_with(
    print: impl FnOnce(&str),
    name: &str,
    statistic: &str,
    m: &OverSeeds,
    t: Threshold,
) -> f64 {
    let line = finding_line(name, statistic, m, t);
    print(&line);
    assert!(t.passes(m.median), "FAILED {line}");
    t.margin(m.median)
}

#[test]
fn the_median_and_the_margin_are_computed_as_documented() {
    let m = OverSeeds::new(vec![0.40, 0.41, 0.43, 0.39, 0.45]);
    assert_eq!(m.median, 0.41);
    assert_eq!(m.values, [0.40, 0.41, 0.43, 0.39, 0.45]);
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert!(close(Threshold::Above(0.02).margin(m.median), 0.39));
    assert!(close(Threshold::Below(0.5).margin(m.median), 0.09));
    assert!(close(Threshold::Within(0.3, 0.7).margin(m.median), 0.11));
    assert!(close(Threshold::Between(0.0, 0.5).margin(m.median), 0.09));
    assert!(close(Threshold::Below(0.4).margin(m.median), -0.01));
    assert!(Threshold::AtLeast(0.41).passes(0.41) && !Threshold::Above(0.41).passes(0.41));
    assert!(Threshold::Within(0.1, 0.41).passes(0.41));
    assert!(!Threshold::Between(0.1, 0.41).passes(0.41));
    assert_eq!(
        finding_line("x", "share", &m, Threshold::Above(0.02)),
        "finding x: share median 0.410 (seeds: 0.400 0.410 0.430 0.390 0.450) \
         vs threshold > 0.02: margin +0.390"
    );
    assert_eq!(num(812.0), "812");
    assert_eq!(num(-0.0412), "-0.0412");
    assert_eq!(num(1234.567), "1235");
    // The seeds run in parallel, yet come back in seed order.
    let seeds = median_over_seeds(|seed| seed as f64);
    assert_eq!(
        seeds.values,
        (1..=seed_count()).map(|s| s as f64).collect::<Vec<_>>()
    );
}

#[test]
#[should_panic(
    expected = "FAILED finding x: share median 0.410 (seeds: 0.400 0.410 0.430 \
                           0.390 0.450) vs threshold < 0.4: margin -"
)]
fn a_median_on_the_wrong_side_of_its_threshold_fails() {
    let m = OverSeeds::new(vec![0.40, 0.41, 0.43, 0.39, 0.45]);
    finding_with(|_| {}, "x", "share", &m, Threshold::Below(0.4));
}
#[test]
#[should_panic(expected = "seed 3 fails")]
fn a_panic_on_one_seed_fails_the_test() {
    per_seed(|seed| assert!(seed != 3, "seed {seed} fails"));
}

/// Collects month-end snapshots of one run.
struct Snapshots {
    run: RunKind,
    months: Vec<u32>,
    rows: Vec<(u32, CustomerSnapshot)>,
}

impl Observer for Snapshots {
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, month: u32, c: &CustomerSnapshot) {
        if run == self.run && self.months.contains(&month) {
            self.rows.push((month, c.clone()));
        }
    }
}

fn snapshots(s: &Scenario, run: RunKind, months: &[u32]) -> Vec<(u32, CustomerSnapshot)> {
    let mut obs = Snapshots {
        run,
        months: months.to_vec(),
        rows: Vec::new(),
    };
    run_observed(s, &mut |_| Control::Continue, &mut obs).expect("runs");
    obs.rows
}

/// Ordinary least squares with an intercept; returns the slopes.
#[allow(clippy::needless_range_loop)] // matrix code reads best with indices
fn ols(x: &[Vec<f64>], y: &[f64]) -> Vec<f64> {
    let k = x[0].len() + 1;
    let mut a = vec![vec![0.0; k + 1]; k];
    for (row, &yi) in x.iter().zip(y) {
        let mut v = vec![1.0];
        v.extend(row);
        for i in 0..k {
            for j in 0..k {
                a[i][j] += v[i] * v[j];
            }
            a[i][k] += v[i] * yi;
        }
    }
    for col in 0..k {
        let piv = (col..k)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .expect("rows");
        a.swap(col, piv);
        for r in 0..k {
            if r != col {
                let f = a[r][col] / a[col][col];
                for c in col..=k {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
    }
    (1..k).map(|i| a[i][k] / a[i][i]).collect()
}

fn standardise(col: &mut [f64]) {
    let n = col.len() as f64;
    let mean = col.iter().sum::<f64>() / n;
    let sd = (col.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
    for x in col.iter_mut() {
        *x = if sd > 0.0 { (*x - mean) / sd } else { 0.0 };
    }
}

fn correlation(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let cov: f64 = a.iter().zip(b).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f64 = a.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f64 = b.iter().map(|y| (y - mb).powi(2)).sum();
    cov / (va * vb).sqrt()
}

/// Finding 1: Rice study: affective commitment has the largest positive association
/// with staying; forced commitment goes with a lower NPS.
#[test]
fn rice_affective_commitment_keeps_customers_and_forced_commitment_hurts_nps() {
    let mut s = Scenario::default();
    s.simulation.customers = 8_000;
    s.simulation.days = 400;
    // Per seed: affective minus the largest other coefficient, the affective
    // coefficient, the correlation of forced commitment with recommendation.
    let runs = per_seed(|seed| {
        let rows = snapshots(&seeded(&s, seed), RunKind::Programme, &[0, 12]);
        let start: Vec<&CustomerSnapshot> = rows
            .iter()
            .filter(|(m, c)| *m == 0 && c.active)
            .map(|(_, c)| c)
            .collect();
        let mut later = vec![
            None;
            rows.iter()
                .map(|(_, c)| c.id as usize + 1)
                .max()
                .unwrap_or(0)
        ];
        for (m, c) in &rows {
            if *m == 12 {
                later[c.id as usize] = Some(c.active);
            }
        }
        let mut cols: Vec<Vec<f64>> = vec![Vec::new(); 5];
        let mut stayed = Vec::new();
        for c in &start {
            for (col, v) in
                cols.iter_mut()
                    .zip([c.affective, c.normative, c.economic, c.forced, c.habitual])
            {
                col.push(v);
            }
            stayed.push(if later[c.id as usize] == Some(true) {
                1.0
            } else {
                0.0
            });
        }
        for col in cols.iter_mut() {
            standardise(col);
        }
        let x: Vec<Vec<f64>> = (0..stayed.len())
            .map(|i| cols.iter().map(|c| c[i]).collect())
            .collect();
        let beta = ols(&x, &stayed);
        let best_other = beta[1..].iter().cloned().fold(f64::MIN, f64::max);

        // Forced commitment and the willingness to recommend, a year on.
        let active: Vec<&CustomerSnapshot> = rows
            .iter()
            .filter(|(m, c)| *m == 12 && c.active)
            .map(|(_, c)| c)
            .collect();
        let forced: Vec<f64> = active.iter().map(|c| c.forced).collect();
        let rec: Vec<f64> = active.iter().map(|c| c.recommend as f64).collect();
        (beta[0] - best_other, beta[0], correlation(&forced, &rec))
    });
    finding(
        "rice",
        "affective minus the largest other standardised coefficient",
        &OverSeeds::of(&runs, |r| r.0),
        Threshold::Above(0.0),
    );
    finding(
        "rice",
        "affective coefficient",
        &OverSeeds::of(&runs, |r| r.1),
        Threshold::Above(0.02),
    );
    finding(
        "rice",
        "correlation of forced commitment with recommendation",
        &OverSeeds::of(&runs, |r| r.2),
        Threshold::Below(-0.05),
    );
}

/// Finding 2: Self-selection: the naive member uplift is several times the true one,
/// and members' baskets look 30-70 % larger (Red Cube: 50-60 %).
#[test]
fn self_selection_makes_the_naive_uplift_several_times_the_true_one() {
    let s = common::load(common::RED_CUBE);
    let runs = per_seed(|seed| run(&seeded(&s, seed)).expect("runs").kpis);
    finding(
        "self-selection",
        "true member uplift",
        &OverSeeds::of(&runs, |k| k.true_member_uplift),
        Threshold::Above(0.0),
    );
    // A seed without a positive true uplift counts as no multiple at all.
    finding(
        "self-selection",
        "naive over true member uplift",
        &OverSeeds::of(&runs, |k| {
            if k.true_member_uplift > 0.0 {
                k.naive_member_uplift / k.true_member_uplift
            } else {
                f64::NEG_INFINITY
            }
        }),
        Threshold::AtLeast(2.0),
    );
    finding(
        "self-selection",
        "member basket uplift",
        &OverSeeds::of(&runs, |k| k.member_basket_uplift),
        Threshold::Within(0.3, 0.7),
    );
}

/// Finding 3: The discount drug: 20 % off for everyone at a 30 % margin sells more
/// and earns less.
#[test]
fn a_flat_discount_for_everyone_raises_revenue_and_loses_money() {
    let mut s = common::load(common::FLAT_DISCOUNT);
    s.simulation.customers = 5_000;
    let p = s.programme.as_ref().expect("programme");
    assert_eq!(p.discount, Some(Discount::Flat { rate: 0.2 }));
    assert_eq!(s.business.gross_margin, 0.3);
    let runs = per_seed(|seed| run(&seeded(&s, seed)).expect("runs").kpis);
    finding(
        "discount-drug",
        "revenue over baseline revenue",
        &OverSeeds::of(&runs, |k| k.revenue / k.baseline_revenue),
        Threshold::Above(1.05),
    );
    // Incremental profit < 0, as a share of the twin's (positive) profit.
    finding(
        "discount-drug",
        "incremental profit over baseline profit",
        &OverSeeds::of(&runs, |k| k.incremental_profit / k.baseline_profit),
        Threshold::Below(0.0),
    );
    finding(
        "discount-drug",
        "gross profit over baseline gross profit",
        &OverSeeds::of(&runs, |k| k.gross_profit / k.baseline_gross_profit),
        Threshold::Below(1.0),
    );
}

/// Finding 4: Adaptation: a gift with every purchase lifts satisfaction, the lift
/// fades as it becomes the norm, and withdrawing it leaves customers less
/// satisfied than before.
#[test]
fn a_repeated_gift_becomes_the_norm_and_its_withdrawal_disappoints() {
    let mut s = Scenario::default();
    s.simulation.customers = 5_000;
    s.simulation.days = 548;
    let p = s.programme.as_mut().expect("default has a programme");
    p.enrolment.mode = EnrolmentMode::Automatic;
    p.points = None;
    p.gift = Some(Gift {
        value: 6.0,
        cost: 3.0,
        start_day: 0,
        end_day: 364,
    });
    // Per seed: the largest lift of months 1-3, month 12's lift over it, the
    // smallest lift of months 13-15.
    let runs = per_seed(|seed| {
        let r = run(&seeded(&s, seed)).expect("runs");
        let lift: Vec<f64> = r
            .monthly
            .iter()
            .map(|m| m.programme.satisfaction - m.baseline.satisfaction)
            .collect();
        let early = lift[..3].iter().cloned().fold(f64::MIN, f64::max);
        let late = lift[11];
        let after = lift[12..15].iter().cloned().fold(f64::MAX, f64::min);
        // Without an early lift there is nothing to fade.
        let fade = if early > 0.0 {
            late / early
        } else {
            f64::INFINITY
        };
        (early, fade, after)
    });
    finding(
        "adaptation",
        "largest satisfaction lift of months 1-3",
        &OverSeeds::of(&runs, |r| r.0),
        Threshold::Above(0.03),
    );
    // New customers keep arriving and meet the gift fresh, so the population's
    // lift fades but does not vanish within the year.
    finding(
        "adaptation",
        "month 12 lift over the early lift",
        &OverSeeds::of(&runs, |r| r.1),
        Threshold::Below(0.7),
    );
    finding(
        "adaptation",
        "smallest lift of months 13-15 (after withdrawal)",
        &OverSeeds::of(&runs, |r| r.2),
        Threshold::Below(0.0),
    );
}

/// Finding 5: Goal gradient: members buy sooner when they are close to a reward.
#[test]
fn inter_purchase_time_shrinks_near_the_reward_threshold() {
    struct Gaps {
        last: Vec<Option<u32>>,
        near: Vec<(f64, u32)>,
        far: Vec<(f64, u32)>,
    }
    impl Observer for Gaps {
        fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
            if run != RunKind::Programme {
                return;
            }
            let i = e.customer as usize;
            if self.last.len() <= i {
                self.last.resize(i + 1, None);
                self.near.resize(i + 1, (0.0, 0));
                self.far.resize(i + 1, (0.0, 0));
            }
            // The gap ending here was lived at the progress shown before this purchase.
            if let (Some(prev), true) = (self.last[i], e.member) {
                let gap = (e.day - prev) as f64;
                if e.progress >= 0.7 {
                    self.near[i].0 += gap;
                    self.near[i].1 += 1;
                } else if e.progress < 0.3 {
                    self.far[i].0 += gap;
                    self.far[i].1 += 1;
                }
            }
            self.last[i] = Some(e.day);
        }
    }
    let mut s = Scenario::default();
    s.simulation.customers = 8_000;
    // Per seed: members with both kinds of gaps, and their mean ratio of
    // near to far gaps (a within-customer comparison).
    let runs = per_seed(|seed| {
        let mut g = Gaps {
            last: Vec::new(),
            near: Vec::new(),
            far: Vec::new(),
        };
        run_observed(&seeded(&s, seed), &mut |_| Control::Continue, &mut g).expect("runs");
        let ratios: Vec<f64> = g
            .near
            .iter()
            .zip(&g.far)
            .filter(|(n, f)| n.1 > 0 && f.1 > 0)
            .map(|(n, f)| (n.0 / n.1 as f64) / (f.0 / f.1 as f64))
            .collect();
        let mean = ratios.iter().sum::<f64>() / ratios.len().max(1) as f64;
        (ratios.len() as f64, mean)
    });
    finding(
        "goal-gradient",
        "members with both kinds of gaps",
        &OverSeeds::of(&runs, |r| r.0),
        Threshold::Above(300.0),
    );
    // Below 0.92: a gradient; above 0.5: not implausibly strong.
    finding(
        "goal-gradient",
        "mean near/far inter-purchase time",
        &OverSeeds::of(&runs, |r| r.1),
        Threshold::Between(0.5, 0.92),
    );
}

/// Finding 6: Breakage: with a 12-month expiry, 10-40 % of settled points are never redeemed.
#[test]
fn points_with_twelve_month_expiry_show_plausible_breakage() {
    let mut s = Scenario::default();
    s.simulation.customers = 5_000;
    s.simulation.days = 1_095;
    assert_eq!(
        s.programme
            .as_ref()
            .and_then(|p| p.points.as_ref())
            .map(|p| p.expiry_months),
        Some(12)
    );
    let runs = per_seed(|seed| run(&seeded(&s, seed)).expect("runs").kpis);
    finding(
        "breakage",
        "points expired",
        &OverSeeds::of(&runs, |k| k.points_expired as f64),
        Threshold::Above(0.0),
    );
    finding(
        "breakage",
        "breakage rate",
        &OverSeeds::of(&runs, |k| k.breakage_rate),
        Threshold::Within(0.10, 0.40),
    );
}

/// Finding 7: Pareto: the top 20 % of customers bring 60-85 % of revenue.
#[test]
fn the_top_fifth_of_customers_bring_most_of_the_revenue() {
    let mut s = common::load(common::NO_PROGRAMME);
    s.simulation.customers = 8_000;
    s.simulation.days = 365;
    let share = median_over_seeds(|seed| {
        let rows = snapshots(&seeded(&s, seed), RunKind::Baseline, &[11]);
        let mut spend: Vec<f64> = rows
            .iter()
            .map(|(_, c)| c.window_spend)
            .filter(|&x| x > 0.0)
            .collect();
        spend.sort_by(|a, b| b.total_cmp(a));
        let total: f64 = spend.iter().sum();
        let top: f64 = spend[..spend.len() / 5].iter().sum();
        top / total
    });
    finding(
        "pareto",
        "revenue share of the top 20 %",
        &share,
        Threshold::Within(0.60, 0.85),
    );
}

/// Finding 8 (Wagner et al. 2009): customers demoted from a tier end up less
/// loyal (less willing to recommend) than members who were never promoted.
#[test]
fn demoted_customers_end_up_less_loyal_than_the_never_promoted() {
    let mut s = common::load(common::TIERS);
    s.simulation.customers = 6_000;
    s.simulation.days = 1_095;
    // Per seed: how many demoted and never-promoted members, and the
    // demoted's mean recommendation answer minus the never-promoted's.
    let runs = per_seed(|seed| {
        let rows = snapshots(&seeded(&s, seed), RunKind::Programme, &[35]);
        let mean = |f: &dyn Fn(&CustomerSnapshot) -> bool| {
            let v: Vec<f64> = rows
                .iter()
                .map(|(_, c)| c)
                .filter(|c| c.member && !c.gone && f(c))
                .map(|c| c.recommend as f64)
                .collect();
            (v.iter().sum::<f64>() / v.len().max(1) as f64, v.len())
        };
        let (demoted, nd) = mean(&|c| c.demoted);
        let (never, nn) = mean(&|c| !c.promoted);
        (nd as f64, nn as f64, demoted - never)
    });
    finding(
        "demotion",
        "members ever demoted",
        &OverSeeds::of(&runs, |r| r.0),
        Threshold::Above(50.0),
    );
    finding(
        "demotion",
        "members never promoted",
        &OverSeeds::of(&runs, |r| r.1),
        Threshold::Above(50.0),
    );
    finding(
        "demotion",
        "recommendation of the demoted minus the never promoted",
        &OverSeeds::of(&runs, |r| r.2),
        Threshold::Below(0.0),
    );
}

/// Over five years, the largest change of NPS (points) and the largest
/// relative change of active customers from their month-2 values, in the
/// twin.
fn drift(s: &Scenario) -> (f64, f64) {
    let r = run(s).expect("runs");
    let months: Vec<&MonthStats> = r.monthly.iter().map(|m| &m.baseline).collect();
    assert_eq!(months.len(), 60);
    let (nps2, active2) = (months[1].nps, months[1].active as f64);
    let nps = months[1..]
        .iter()
        .map(|m| (m.nps - nps2).abs())
        .fold(0.0, f64::max);
    let active = months[1..]
        .iter()
        .map(|m| (m.active as f64 / active2 - 1.0).abs())
        .fold(0.0, f64::max);
    (nps, active)
}

/// The twin stands still: with no programme and no events, over five years,
/// NPS and active customers stay near their month-2 values, because the
/// day-0 customers start at the steady state and new customers replace
/// those who leave; also in a market where customers move away twice as
/// often from a firm no better than its competitors.
#[test]
fn the_baseline_stands_still_without_a_programme_or_events() {
    let mut s = common::load(common::NO_PROGRAMME);
    s.simulation.customers = 5_000;
    s.simulation.days = 1_826;
    assert!(s.programme.is_none() && s.events.is_empty() && s.market.trend == 0.0);
    let mut other = s.clone();
    other.customers.annual_exit_rate = 0.16;
    other.business.service_quality = other.market.competitor_quality;
    let runs = per_seed(|seed| (drift(&seeded(&s, seed)), drift(&seeded(&other, seed))));
    for (what, pick) in [
        (
            "",
            (|r: &((f64, f64), (f64, f64))| r.0) as fn(&_) -> (f64, f64),
        ),
        (", other market", |r| r.1),
    ] {
        let nps = OverSeeds::of(&runs, |r| pick(r).0);
        let active = OverSeeds::of(&runs, |r| pick(r).1);
        finding(
            "steady",
            &format!("largest NPS change from month 2 (points){what}"),
            &nps,
            Threshold::Below(5.0),
        );
        finding(
            "steady",
            &format!("largest relative change of active customers from month 2{what}"),
            &active,
            Threshold::Below(0.05),
        );
    }
}

/// Enrolment responds to the offer: on the Red Cube example, an earn rate
/// of 0 enrols far fewer members than 11 %, and 20 % more than 11 %; in the
/// default scenario, a card worth nothing (no discount, points or perks)
/// enrols few. (Joining weighs the programme's worth against the effort.)
#[test]
fn a_richer_offer_enrols_more_and_a_worthless_one_few() {
    let mut red_cube = common::load(common::RED_CUBE);
    red_cube.simulation.customers = 6_000;
    let earning = |rate: f64| {
        let mut s = red_cube.clone();
        let p = s.programme.as_mut().expect("Red Cube has a programme");
        p.points.as_mut().expect("and points").earn_rate = rate;
        s
    };
    let (none, eleven, twenty) = (earning(0.0), earning(0.11), earning(0.2));
    let mut default = Scenario::default();
    default.simulation.customers = 3_000;
    let mut worthless = default.clone();
    let p = worthless
        .programme
        .as_mut()
        .expect("default has a programme");
    p.points = None;
    assert!(p.discount.is_none() && p.tiers.is_none() && p.gift.is_none() && p.draw.is_none());
    let runs = per_seed(|seed| {
        let members = |s: &Scenario| run(&seeded(s, seed)).expect("runs").kpis.members as f64;
        let (m11, m_worthless) = (members(&eleven), members(&worthless));
        (
            members(&none) / m11,
            members(&twenty) / m11,
            m_worthless / worthless.simulation.customers as f64,
            m_worthless / members(&default),
        )
    });
    finding(
        "enrolment",
        "members at an earn rate of 0 over members at 11 %",
        &OverSeeds::of(&runs, |r| r.0),
        Threshold::Below(0.5),
    );
    finding(
        "enrolment",
        "members at an earn rate of 20 % over members at 11 %",
        &OverSeeds::of(&runs, |r| r.1),
        Threshold::Above(1.0),
    );
    finding(
        "enrolment",
        "members of a card worth nothing over day-0 customers",
        &OverSeeds::of(&runs, |r| r.2),
        Threshold::Below(0.1),
    );
    finding(
        "enrolment",
        "members of a card worth nothing over those of 2 % back in points",
        &OverSeeds::of(&runs, |r| r.3),
        Threshold::Below(0.25),
    );
}
