//! Published findings (brief section 3), shown by the model with its defaults.
//! Each test asserts a direction and a rough size with fixed seeds.

mod common;

use loyalty_sim::*;

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
    let rows = snapshots(&s, RunKind::Programme, &[0, 12]);
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
    let names = ["affective", "normative", "economic", "forced", "habitual"];
    let best = (0..5)
        .max_by(|&i, &j| beta[i].total_cmp(&beta[j]))
        .expect("five");
    assert_eq!(
        names[best], "affective",
        "standardised coefficients {beta:?}"
    );
    assert!(beta[0] > 0.02, "affective coefficient {}", beta[0]);

    // Forced commitment and the willingness to recommend, a year on.
    let active: Vec<&CustomerSnapshot> = rows
        .iter()
        .filter(|(m, c)| *m == 12 && c.active)
        .map(|(_, c)| c)
        .collect();
    let forced: Vec<f64> = active.iter().map(|c| c.forced).collect();
    let rec: Vec<f64> = active.iter().map(|c| c.recommend as f64).collect();
    let r = correlation(&forced, &rec);
    assert!(
        r < -0.05,
        "correlation of forced commitment with recommendation {r}"
    );
}

/// Finding 2: Self-selection: the naive member uplift is several times the true one,
/// and members' baskets look 30-70 % larger (Red Cube: 50-60 %).
#[test]
fn self_selection_makes_the_naive_uplift_several_times_the_true_one() {
    let s = common::load(common::RED_CUBE);
    let k = run(&s).expect("runs").kpis;
    assert!(k.true_member_uplift > 0.0, "{k:?}");
    assert!(k.naive_member_uplift >= 2.0 * k.true_member_uplift, "{k:?}");
    assert!(
        (0.3..=0.7).contains(&k.member_basket_uplift),
        "members' baskets {} larger",
        k.member_basket_uplift
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
    let k = run(&s).expect("runs").kpis;
    assert!(k.revenue > 1.05 * k.baseline_revenue, "{k:?}");
    assert!(k.incremental_profit < 0.0, "{k:?}");
    assert!(k.gross_profit < k.baseline_gross_profit, "{k:?}");
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
    let r = run(&s).expect("runs");
    let lift: Vec<f64> = r
        .monthly
        .iter()
        .map(|m| m.programme.satisfaction - m.baseline.satisfaction)
        .collect();
    let early = lift[..3].iter().cloned().fold(f64::MIN, f64::max);
    let late = lift[11];
    let after = lift[12..15].iter().cloned().fold(f64::MAX, f64::min);
    assert!(early > 0.03, "early lift {early}: {lift:?}");
    // New customers keep arriving and meet the gift fresh, so the population's
    // lift fades but does not vanish within the year.
    assert!(
        late < 0.7 * early,
        "late lift {late} vs early {early}: {lift:?}"
    );
    assert!(after < 0.0, "after withdrawal {after}: {lift:?}");
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
    let mut g = Gaps {
        last: Vec::new(),
        near: Vec::new(),
        far: Vec::new(),
    };
    run_observed(&s, &mut |_| Control::Continue, &mut g).expect("runs");
    // Within-customer comparison: the mean ratio of near to far gaps.
    let ratios: Vec<f64> = g
        .near
        .iter()
        .zip(&g.far)
        .filter(|(n, f)| n.1 > 0 && f.1 > 0)
        .map(|(n, f)| (n.0 / n.1 as f64) / (f.0 / f.1 as f64))
        .collect();
    assert!(
        ratios.len() > 300,
        "members with both kinds of gaps: {}",
        ratios.len()
    );
    let mean = ratios.iter().sum::<f64>() / ratios.len() as f64;
    assert!(mean < 0.92, "near/far inter-purchase time {mean}");
    assert!(mean > 0.5, "implausibly strong goal gradient {mean}");
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
    let k = run(&s).expect("runs").kpis;
    assert!(k.points_expired > 0, "{k:?}");
    assert!(
        (0.10..=0.40).contains(&k.breakage_rate),
        "breakage {}",
        k.breakage_rate
    );
}

/// Finding 7: Pareto: the top 20 % of customers bring 60-85 % of revenue.
#[test]
fn the_top_fifth_of_customers_bring_most_of_the_revenue() {
    let mut s = common::load(common::NO_PROGRAMME);
    s.simulation.customers = 8_000;
    s.simulation.days = 365;
    let rows = snapshots(&s, RunKind::Baseline, &[11]);
    let mut spend: Vec<f64> = rows
        .iter()
        .map(|(_, c)| c.window_spend)
        .filter(|&x| x > 0.0)
        .collect();
    spend.sort_by(|a, b| b.total_cmp(a));
    let total: f64 = spend.iter().sum();
    let top: f64 = spend[..spend.len() / 5].iter().sum();
    let share = top / total;
    assert!((0.60..=0.85).contains(&share), "top 20 % bring {share}");
}

/// Finding 8 (Wagner et al. 2009): customers demoted from a tier end up less
/// loyal (less willing to recommend) than members who were never promoted.
#[test]
fn demoted_customers_end_up_less_loyal_than_the_never_promoted() {
    let mut s = common::load(common::TIERS);
    s.simulation.customers = 6_000;
    s.simulation.days = 1_095;
    let rows = snapshots(&s, RunKind::Programme, &[35]);
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
    assert!(nd > 50 && nn > 50, "demoted {nd}, never promoted {nn}");
    assert!(
        demoted < never,
        "recommendation: demoted {demoted} vs never promoted {never}"
    );
}
