//! Day-0 customers conditioned on an aggregate history (`customers.history`):
//! a population built from one class buys, over the horizon, what BG/NBD
//! expects of a customer of that class who is alive; and impossible
//! classes are refused with a clear message.

use loyalty_sim::history::{History, HistoryClass};
use loyalty_sim::{run_observed, validate, Control, Observer, PurchaseEvent, RunKind, Scenario};

/// Purchases of the day-0 customers (ids below `n`) in the baseline run.
struct Count {
    n: u32,
    purchases: u64,
}

impl Observer for Count {
    fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
        if run == RunKind::Baseline && e.customer < self.n {
            self.purchases += 1;
        }
    }
}

/// The CDNOW BG/NBD parameters (Fader, Hardie and Lee 2005) and one class.
fn history(x: u32, t_x: f64, t: f64) -> History {
    History {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
        classes: vec![HistoryClass {
            x,
            t_x,
            t,
            count: 1,
        }],
    }
}

/// E[purchases in the next `weeks` | x, T, alive] = E[(1 - e^(-lambda p t)) / p]
/// over lambda ~ Gamma(r + x, alpha + T) (closed form: E[e^(-lambda s)] =
/// (c / (c + s))^k) and p ~ Beta(a, b + x) (midpoint rule in u, p = u^(1/a)).
fn expected_alive(h: &History, x: u32, t: f64, weeks: f64) -> f64 {
    let (k, c) = (h.r + x as f64, h.alpha + t);
    let (a, b) = (h.a, h.b + x as f64);
    let (mut s, mut total) = (0.0, 0.0);
    let n = 200_000;
    for i in 0..n {
        let u = (i as f64 + 0.5) / n as f64;
        let p = u.powf(1.0 / a);
        let density = (1.0 - p).powf(b - 1.0);
        s += (1.0 - (c / (c + p * weeks)).powf(k)) / p * density;
        total += density;
    }
    s / total
}

fn scenario(h: History, seed: u64) -> Scenario {
    let mut s = Scenario {
        programme: None,
        events: Vec::new(),
        ..Scenario::default()
    };
    s.simulation.customers = 20_000;
    s.simulation.days = 273;
    s.simulation.seed = seed;
    s.market.alternatives = 0;
    s.market.promoter_tells = 0.0;
    s.market.detractor_tells = 0.0;
    s.customers.history = Some(h);
    s
}

#[test]
fn a_one_class_population_buys_what_bgnbd_expects() {
    // Monte Carlo: 20,000 customers over 39 weeks, the median of 5 seeds;
    // the sampling error of a seed's mean is about 1 % here, so 4 % is
    // several standard errors wide, and far narrower than the differences
    // between the classes (x = 0 buys about 0.2, x = 6 about 3).
    for (x, t_x, t) in [(0, 0.0, 35.0), (2, 20.0, 30.0), (6, 36.0, 38.0)] {
        let h = history(x, t_x, t);
        let want = expected_alive(&h, x, t, 39.0);
        let mut means: Vec<f64> = (1..=5)
            .map(|seed| {
                let s = scenario(h.clone(), seed);
                assert!(validate(&s).is_ok());
                let mut count = Count {
                    n: s.simulation.customers,
                    purchases: 0,
                };
                run_observed(&s, &mut |_| Control::Continue, &mut count).unwrap();
                count.purchases as f64 / s.simulation.customers as f64
            })
            .collect();
        means.sort_by(f64::total_cmp);
        let median = means[2];
        assert!(
            (median - want).abs() < 0.04 * want,
            "class ({x}, {t_x}, {t}): simulated {median:.4} a customer, BG/NBD {want:.4} ({means:?})"
        );
    }
}

#[test]
fn impossible_classes_are_refused() {
    let mut h = history(3, 40.0, 30.0);
    h.classes.push(HistoryClass {
        x: 0,
        t_x: 2.0,
        t: 30.0,
        count: 5,
    });
    h.classes.push(HistoryClass {
        x: 1,
        t_x: 1.0,
        t: 3.0,
        count: 0,
    });
    h.alpha = f64::NAN;
    let errors = validate(&scenario(h, 1)).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "customers.history.alpha",
            "customers.history.classes[0]",
            "customers.history.classes[1]",
            "customers.history.classes[2]",
        ],
        "{errors:?}"
    );
    assert!(
        errors[1].message.contains("0 <= t_x <= T"),
        "{}",
        errors[1].message
    );
    assert!(
        errors[3].message.contains("customers"),
        "{}",
        errors[3].message
    );
    let empty = History {
        classes: Vec::new(),
        ..history(1, 1.0, 2.0)
    };
    let errors = validate(&scenario(empty, 1)).unwrap_err();
    assert_eq!(errors[0].path, "customers.history.classes");
}

#[test]
fn without_a_history_the_file_is_as_before() {
    let s = Scenario::default();
    assert!(!s.to_json_pretty().contains("history"));
    let with = scenario(history(2, 20.0, 30.0), 1);
    let back = Scenario::from_json(&with.to_json_pretty()).unwrap();
    assert_eq!(back, with);
}
