//! Determinism: the same scenario and seed give a byte-identical report, and
//! a small scenario's report is pinned by a golden file. These tests also run
//! under wasm32 (Node.js, via wasm-bindgen-test), which proves that native and
//! WebAssembly results are bit-identical: both compare against the same file.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const GOLDEN: &str = include_str!("golden/everything.json");

fn golden_report() -> String {
    let s = common::everything(300, 150);
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
