//! Determinism: the same scenario and seed give a byte-identical report, and
//! a small scenario's report is pinned by a golden file. These tests also run
//! under wasm32 (Node.js, via wasm-bindgen-test), which proves that native and
//! WebAssembly results are bit-identical: both compare against the same file.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const GOLDEN: &str = include_str!("golden/everything.json");

fn golden_report() -> String {
    let s = common::everything(300, 240);
    loyalty_sim::run(&s).expect("runs").to_json_pretty() + "\n"
}

#[test]
fn same_scenario_and_seed_give_identical_reports() {
    let s = common::everything(400, 90);
    let a = loyalty_sim::run(&s).expect("runs").to_json_pretty();
    let b = loyalty_sim::run(&s).expect("runs").to_json_pretty();
    assert_eq!(a, b);
}

#[test]
fn another_seed_gives_another_report() {
    let mut s = common::everything(400, 90);
    let a = loyalty_sim::run(&s).expect("runs").kpis;
    s.simulation.seed += 1;
    let b = loyalty_sim::run(&s).expect("runs").kpis;
    assert_ne!(a.revenue, b.revenue);
}

#[test]
fn golden_report_is_unchanged() {
    let got = golden_report();
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/everything.json");
        std::fs::write(path, &got).expect("write golden");
        return;
    }
    if got != GOLDEN {
        let line = got
            .lines()
            .zip(GOLDEN.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "report differs from tests/golden/everything.json at line {}: got {:?}, want {:?}. \
             If the model changed on purpose, regenerate with UPDATE_GOLDEN=1 cargo test --test determinism",
            line + 1,
            got.lines().nth(line),
            GOLDEN.lines().nth(line)
        );
    }
}

#[test]
fn golden_scenario_uses_every_mechanic_segment_and_event() {
    let s = common::everything(300, 240);
    let kinds: Vec<&str> = s.events.iter().map(|e| e.kind()).collect();
    for k in loyalty_sim::Event::KINDS {
        assert!(kinds.contains(&k), "the golden scenario has no {k} event");
    }
    let json = serde_json::to_value(s.programme.as_ref().unwrap()).unwrap();
    let text = json.to_string();
    for seg in [
        "everyone",
        "top_spenders",
        "new",
        "lapsing",
        "tier",
        "birthday",
    ] {
        assert!(
            text.contains(&format!("\"kind\":\"{seg}\"")),
            "the golden scenario uses no {seg} segment"
        );
    }
    let o = common::outcome(&s);
    let t = o.programme_ledger.total();
    let r = &o.report.kpis;
    // Every cost and income component of the core's one list occurs.
    for (i, name) in loyalty_sim::LedgerDay::COSTS.iter().enumerate() {
        let v: f64 = o
            .report
            .monthly
            .iter()
            .map(|m| m.programme.cost.entries()[i].1)
            .sum();
        assert!(v > 0.0, "the golden scenario books nothing as {name}");
    }
    for (i, name) in loyalty_sim::LedgerDay::INCOME.iter().enumerate() {
        let v: f64 = o
            .report
            .monthly
            .iter()
            .map(|m| m.programme.income.entries()[i].1)
            .sum();
        assert!(v > 0.0, "the golden scenario books nothing as {name}");
    }
    assert!(r.discounts > 0.0, "the golden scenario gives no discount");
    for (name, n) in [
        ("points_issued", t.points_issued),
        ("points_redeemed", t.points_redeemed),
        ("points_expired", t.points_expired),
        ("partner_points", t.partner_points),
        ("points_redeemed_at_partners", t.points_redeemed_at_partners),
        ("coupons_sent", t.coupons_sent),
        ("coupons_redeemed", t.coupons_redeemed),
    ] {
        assert!(n > 0, "the golden scenario counts no {name}");
    }
}
