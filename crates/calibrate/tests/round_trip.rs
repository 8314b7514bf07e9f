//! A synthetic round trip: transactions simulated from known BG/NBD and
//! Gamma-Gamma parameters (seeded), written as a CSV, calibrated; the fit
//! recovers every parameter within three standard errors.

use loyalty_calibrate::date::{days_from_civil, iso};
use loyalty_calibrate::{calibrate, Options};

/// SplitMix64: a small, documented generator for the test's draws.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in (0, 1).
    fn uniform(&mut self) -> f64 {
        ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        (-2.0 * self.uniform().ln()).sqrt() * (std::f64::consts::TAU * self.uniform()).cos()
    }
    /// Gamma(shape, 1) by Marsaglia and Tsang (with the boost for shape < 1).
    fn gamma(&mut self, shape: f64) -> f64 {
        if shape < 1.0 {
            return self.gamma(shape + 1.0) * self.uniform().powf(1.0 / shape);
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * d).sqrt();
        loop {
            let x = self.normal();
            let v = (1.0 + c * x).powi(3);
            if v > 0.0 && self.uniform().ln() < 0.5 * x * x + d - d * v + d * v.ln() {
                return d * v;
            }
        }
    }
    fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a);
        x / (x + self.gamma(b))
    }
}

const TRUE_BGNBD: [f64; 4] = [0.5, 5.0, 0.8, 2.5]; // r, alpha, a, b (weeks)
const TRUE_GG: [f64; 3] = [5.0, 4.0, 20.0]; // p, q, gamma

/// A log of `n` customers acquired over 12 weeks from 2020-01-01, followed for two years.
fn simulate(n: usize, seed: u64) -> String {
    let [r, alpha, a, b] = TRUE_BGNBD;
    let [p, q, gamma] = TRUE_GG;
    let start = days_from_civil(2020, 1, 1).unwrap();
    let horizon = 104.0; // weeks
    let mut rng = Rng(seed);
    let mut out = String::from("customer;date;amount\n");
    for id in 0..n {
        let lambda = rng.gamma(r) / alpha;
        let drop = rng.beta(a, b);
        let nu = rng.gamma(q) / gamma;
        let mut t = rng.uniform() * 12.0;
        let mut first = true;
        loop {
            let value = rng.gamma(p) / nu;
            let day = start + (t * 7.0).floor() as i32;
            // Decimal commas and DD.MM.YYYY, as a Finnish spreadsheet writes them.
            let d = iso(day);
            let (y, m, dd) = (&d[0..4], &d[5..7], &d[8..10]);
            out.push_str(&format!(
                "k{id};{dd}.{m}.{y};{}\n",
                format!("{value:.2}").replace('.', ",")
            ));
            // BG/NBD: a customer may drop out after each repeat purchase
            // (not after the first: P(alive | x = 0) = 1).
            if !std::mem::take(&mut first) && rng.uniform() < drop {
                break;
            }
            t += -rng.uniform().ln() / lambda;
            if t >= horizon {
                break;
            }
        }
    }
    out
}

#[test]
fn recovers_known_parameters() {
    let text = simulate(5_000, 20_260_101);
    let options = Options {
        calibration_end: days_from_civil(2020, 12, 29),
        name: "synthetic".into(),
        ..Options::default()
    };
    let c = calibrate(&text, &options).expect("the synthetic log calibrates");
    assert_eq!(c.import.detected.decimal, ',');
    assert_eq!(c.import.cohort, 5_000);
    let b = &c.bgnbd;
    assert!(b.convergence.converged, "{}", b.convergence.message);
    let se = &b.standard_errors;
    let fitted = [
        ("r", b.r, se.r),
        ("alpha", b.alpha, se.alpha),
        ("a", b.a, se.a),
        ("b", b.b, se.b),
    ];
    for ((name, x, se), truth) in fitted.into_iter().zip(TRUE_BGNBD) {
        let se = se.expect("a standard error");
        println!("{name}: fitted {x:.4} (se {se:.4}), true {truth}");
        assert!(
            (x - truth).abs() < 3.0 * se,
            "BG/NBD {name} = {x} (se {se}), true {truth}"
        );
    }
    let g = c.gamma_gamma.as_ref().expect("a spend model");
    assert!(g.convergence.converged, "{}", g.convergence.message);
    let se = &g.standard_errors;
    for ((name, x, se), truth) in [
        ("p", g.p, se.p),
        ("q", g.q, se.q),
        ("gamma", g.gamma, se.gamma),
    ]
    .into_iter()
    .zip(TRUE_GG)
    {
        let se = se.expect("a standard error");
        println!("{name}: fitted {x:.4} (se {se:.4}), true {truth}");
        assert!(
            (x - truth).abs() < 3.0 * se,
            "Gamma-Gamma {name} = {x} (se {se}), true {truth}"
        );
    }
    loyalty_sim::validate(&c.scenario).expect("a valid scenario");
}
