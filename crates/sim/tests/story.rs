//! Following a customer (`loyalty_sim::story`): the stories add up to the
//! ledger, the two lives start the same, and `pick` finds what it says.

mod common;

use common::*;
use loyalty_sim::story::{follow, pick, Apostle, Kind, Rung};
use loyalty_sim::*;

fn small(text: &str, customers: u32, days: u32) -> Scenario {
    let mut s = load(text);
    s.simulation.customers = customers;
    s.simulation.days = days;
    s
}

fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// Every customer followed: their purchases are the run's purchases, their
/// spend its revenue to the cent, and (no expiry within the horizon, no
/// points but from purchases) their points balance what they earned less
/// what they redeemed.
#[test]
fn the_stories_of_all_customers_add_up_to_the_ledger() {
    let s = small(
        &Scenario::default().to_json_pretty(),
        150,
        300, // under the 12 months' expiry
    );
    let r = run(&s).unwrap();
    let population = r.simulated_customers as u32;
    let (mut spend, mut purchases) = ([0i64; 2], [0u64; 2]);
    for id in 0..population {
        let story = follow(&s, id).unwrap();
        for (i, life) in [&story.programme, &story.twin].into_iter().enumerate() {
            spend[i] += life.purchases.iter().map(|p| cents(p.net)).sum::<i64>();
            purchases[i] += life.purchases.len() as u64;
            let monthly: i64 = life.months.iter().map(|m| cents(m.spend)).sum();
            let each: i64 = life.purchases.iter().map(|p| cents(p.net)).sum();
            assert_eq!(monthly, each, "customer {id}: months add up to purchases");
            let here: u32 = life.months.iter().map(|m| m.occasions_here).sum();
            assert_eq!(here as usize, life.purchases.len(), "customer {id}");
            let earned: u64 = life.purchases.iter().map(|p| p.points_earned as u64).sum();
            let redeemed: u64 = life
                .purchases
                .iter()
                .map(|p| p.points_redeemed as u64)
                .sum();
            let last = life.months.last().map_or(0, |m| m.points);
            assert_eq!(last, earned - redeemed, "customer {id}: points balance");
        }
    }
    assert_eq!(spend[0], cents(r.kpis.revenue), "programme revenue");
    assert_eq!(spend[1], cents(r.kpis.baseline_revenue), "twin revenue");
    let total = |rows: &dyn Fn(&MonthRow) -> u64| r.monthly.iter().map(rows).sum::<u64>();
    assert_eq!(purchases[0], total(&|m| m.programme.purchases));
    assert_eq!(purchases[1], total(&|m| m.baseline.purchases));
}

/// Without a programme the two lives are one; with a programme launched
/// late they are the same until the launch.
#[test]
fn the_twin_and_the_programme_run_start_the_same() {
    let s = small(NO_PROGRAMME, 300, 200);
    for id in [0, 7, 123, 299] {
        let story = follow(&s, id).unwrap();
        assert_eq!(story.programme, story.twin, "customer {id}");
        assert!(!story.programme.months.is_empty());
    }
    let mut late = small(&Scenario::default().to_json_pretty(), 300, 240);
    late.events = vec![Event::Launch { day: 120 }];
    let mut differs = 0;
    for id in 0..60 {
        let story = follow(&late, id).unwrap();
        let before = |l: &story::Life| {
            l.months.iter().take(3).cloned().collect::<Vec<_>>() // months 0-2 end by day 90
        };
        assert_eq!(
            before(&story.programme),
            before(&story.twin),
            "customer {id}"
        );
        assert_eq!(story.programme.arrival_day, story.twin.arrival_day);
        differs += usize::from(story.programme != story.twin);
    }
    assert!(
        differs > 0,
        "the programme changes some lives after its launch"
    );
}

/// `pick` finds customers whose story is of the kind asked for.
#[test]
fn pick_finds_each_kind_and_the_story_shows_it() {
    let s = small(UTILITY, 400, 540);
    for kind in [
        Kind::Loyalist,
        Kind::Hostage,
        Kind::Defector,
        Kind::LeftAfterDeregulation,
    ] {
        let id = pick(&s, kind, 0)
            .unwrap()
            .unwrap_or_else(|| panic!("a {kind:?}"));
        let story = follow(&s, id).unwrap();
        let life = &story.programme;
        let last = life.months.iter().rev().find(|m| m.apostle.is_some());
        match kind {
            Kind::Loyalist => assert_eq!(last.unwrap().apostle, Some(Apostle::Loyalist)),
            Kind::Hostage => assert_eq!(last.unwrap().apostle, Some(Apostle::Hostage)),
            Kind::Defector => assert!(matches!(
                life.left,
                Some(story::Departure {
                    why: Leaving::Defected,
                    ..
                })
            )),
            _ => {
                let deregulation = s
                    .events
                    .iter()
                    .find_map(|e| match e {
                        Event::Deregulation { day, .. } => Some(*day),
                        _ => None,
                    })
                    .unwrap();
                let left = life.left.expect("left");
                assert_eq!(left.why, Leaving::Defected);
                assert!(left.day >= deregulation);
            }
        }
    }
    // The tiers example has demoted members; the nth counts in id order.
    let t = small(TIERS, 600, 730);
    let first = pick(&t, Kind::Demoted, 0)
        .unwrap()
        .expect("a demoted member");
    let second = pick(&t, Kind::Demoted, 1).unwrap().expect("two");
    assert!(second > first);
    let story = follow(&t, first).unwrap();
    let lost = story
        .programme
        .months
        .windows(2)
        .any(|w| w[1].tier < w[0].tier);
    assert!(lost, "the story shows the lost tier");
    assert!(story
        .programme
        .months
        .iter()
        .any(|m| m.emotions.humiliation == 1.0));
}

/// The ladder and the emotion scale follow their documented rules.
#[test]
fn ladder_and_emotions_follow_their_rules() {
    let s = small(RED_CUBE, 300, 365);
    let mut rungs = [0usize; 3];
    for id in 0..100 {
        let story = follow(&s, id).unwrap();
        for m in &story.programme.months {
            let e = &m.emotions;
            assert_eq!(e.depression, None);
            assert_eq!(e.guilt, None);
            for x in [
                e.happiness,
                e.hope,
                e.pleasant_surprise,
                e.anger,
                e.humiliation,
            ] {
                assert!((0.0..=1.0).contains(&x), "{x}");
            }
            assert_eq!(e.happiness, m.satisfaction.clamp(0.0, 1.0));
            if !m.member {
                assert_eq!(e.hope, 0.0);
            }
            match m.rung {
                None => assert!(!m.active || m.satisfaction < 0.0),
                Some(r) => {
                    assert!(m.active && m.satisfaction >= 0.0);
                    assert_eq!(r == Rung::Satisfaction, m.share < 0.8);
                    assert_eq!(r == Rung::Partnership, m.share >= 0.8 && m.recommend >= 9);
                    rungs[r as usize] += 1;
                }
            }
        }
    }
    assert!(
        rungs.iter().all(|&n| n > 0),
        "every rung is reached: {rungs:?}"
    );
}

/// Counts, per month, the active customers on each rung and the sums of
/// their emotions, from the snapshots (the story's rules).
#[derive(Default)]
struct Census {
    rungs: Vec<[u64; 4]>,
    happiness: Vec<f64>,
    humiliated: Vec<u64>,
}

impl Observer for Census {
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, month: u32, s: &CustomerSnapshot) {
        if run != RunKind::Programme {
            return;
        }
        let m = month as usize;
        if self.rungs.len() <= m {
            self.rungs.resize(m + 1, [0; 4]);
            self.happiness.resize(m + 1, 0.0);
            self.humiliated.resize(m + 1, 0);
        }
        // Humiliation counts members who are not gone; the rest, the active.
        if s.member && !s.gone && story::emotions(s).humiliation == 1.0 {
            self.humiliated[m] += 1;
        }
        if !s.active {
            return;
        }
        self.rungs[m][story::rung(s).map_or(3, |r| r as usize)] += 1;
        let e = story::emotions(s);
        self.happiness[m] += e.happiness;
    }
}

/// The report's ladder shares and emotion means are the stories' rungs and
/// emotions counted over the active customers, every month, on 5 seeds.
#[test]
fn the_reports_ladder_and_emotions_are_the_customers_counted() {
    for seed in 1..=5 {
        let mut s = small(TIERS, 500, 730);
        s.simulation.seed = seed;
        let mut census = Census::default();
        let o = run_observed(&s, &mut |_| Control::Continue, &mut census).unwrap();
        let mut reached = [false; 4];
        for (m, row) in o.report.monthly.iter().enumerate() {
            let p = &row.programme;
            let active = p.active as f64;
            let l = &p.ladder;
            let shares = [l.satisfaction, l.brand_loyalty, l.partnership, l.none];
            for (i, share) in shares.iter().enumerate() {
                assert!(
                    (share * active - census.rungs[m][i] as f64).abs() < 1e-6,
                    "month {m}, rung {i}"
                );
                reached[i] |= *share > 0.0;
            }
            assert!(
                (shares.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                "month {m}: shares sum to 1"
            );
            assert!(
                (p.emotions.happiness * active - census.happiness[m]).abs()
                    < 1e-6 * active.max(1.0)
            );
            let members = p.members as f64;
            assert!((p.emotions.humiliation * members - census.humiliated[m] as f64).abs() < 1e-6);
            // The twin has no programme: no hope, no humiliation.
            assert_eq!(row.baseline.emotions.hope, 0.0);
            assert_eq!(row.baseline.emotions.humiliation, 0.0);
        }
        assert!(
            reached.iter().all(|&r| r),
            "seed {seed}: every rung is reached"
        );
        assert!(
            o.report
                .monthly
                .iter()
                .any(|r| r.programme.emotions.humiliation > 0.0),
            "seed {seed}: demotions humiliate"
        );
    }
}
