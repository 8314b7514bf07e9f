//! The engine's speed as WebAssembly, to compare with native `loyalty bench`
//! on the same scenario and size (the wasm-to-native ratio of the README).
//! Runs in Node.js through wasm-bindgen-test's benchmark support:
//!
//!   cargo bench -p loyalty-sim --target wasm32-unknown-unknown --bench wasm_speed
//!
//! and natively, side by side:
//!
//!   loyalty bench --customers 10000 --days 730 --scenario <(loyalty example)
//!
//! Natively this file is empty: native speed is `loyalty bench`'s job.
#![cfg(target_arch = "wasm32")]

use loyalty_sim::{Control, RunKind, Scenario};
use wasm_bindgen_test::{wasm_bindgen_bench, Criterion};

fn default_scenario() -> Scenario {
    let mut s = Scenario::default();
    s.simulation.customers = 10_000;
    s.simulation.days = 730;
    s
}

fn one_run(s: &Scenario, kind: RunKind) -> u64 {
    let part = loyalty_sim::run_part(s, kind, &mut |_| Control::Continue).expect("runs");
    std::hint::black_box(&part);
    1
}

#[wasm_bindgen_bench]
fn default_10000x730_twin(c: &mut Criterion) {
    let s = default_scenario();
    c.bench_function("default 10,000 x 730, the twin", |b| {
        b.iter(|| one_run(&s, RunKind::Baseline))
    });
}

#[wasm_bindgen_bench]
fn default_10000x730_programme(c: &mut Criterion) {
    let s = default_scenario();
    c.bench_function("default 10,000 x 730, the programme run", |b| {
        b.iter(|| one_run(&s, RunKind::Programme))
    });
}
