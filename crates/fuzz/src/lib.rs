//! # loyalty-fuzz
//!
//! Fuzz targets and the key property of Loyalty Lab, on stable Rust with a
//! driver of its own (`cargo-fuzz` needs nightly). Each input is a buffer
//! of pseudo-random bytes (SplitMix64 of the seed and the input's number),
//! read through [`arbitrary::Unstructured`]: as raw bytes, as mutations of
//! valid inputs ([`mutate`]), or as a valid scenario ([`gen`]).
//!
//! Targets ([`TARGETS`]):
//! - `link`: the share-link decoder (`loyalty_lab::link::open`) never
//!   panics; what it opens is valid; a valid scenario's link opens to it.
//! - `scenario`: the parser and the validator never panic; what parses and
//!   validates survives its own JSON unchanged.
//! - `protocol`: the worker's part decoding and combining never panics and
//!   never gives a report with a non-finite number or a broken identity,
//!   whatever the bytes; request texts never panic the parser.
//! - `valid`: **every scenario that passes validation runs without a panic,
//!   produces only finite numbers and satisfies every ledger identity**
//!   ([`check_run`]).
//! - `experiment` and `log`: experiment files and transaction logs
//!   ([`files`]).
//! - `request`: the page's request texts to a worker, mutated, never panic
//!   it, and each gets exactly one final answer with its run number
//!   ([`request`]).
//!
//! Invariant: an input is a pure function of (target, seed, number), so a
//! failure is reproduced by its number; the failing input itself is kept
//! in `crates/fuzz/regressions/<target>/`, and the tests replay every file
//! there.

pub mod files;
pub mod gen;
pub mod mutate;
pub mod props;
pub mod request;

use arbitrary::Unstructured;
use loyalty_lab::link;
use loyalty_sim::Scenario;

/// The targets, by name.
pub const TARGETS: [&str; 7] = [
    "link",
    "scenario",
    "protocol",
    "valid",
    "experiment",
    "log",
    "request",
];

/// How large the `valid` target's scenarios may be (bounded so a test run
/// takes seconds; a long run can pass larger ones).
pub const TEST_SIZE: gen::Size = gen::Size {
    customers: 400,
    days: 400,
};

/// The bytes of input `n` of a run with `seed`.
pub fn input_bytes(seed: u64, n: u64, len: usize) -> Vec<u8> {
    let mut x = seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        // SplitMix64.
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        out.extend((z ^ (z >> 31)).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// The valid inputs that mutations start from: the bundled examples (as
/// scenario JSON and as links), and the two parts of a small scenario.
pub struct Corpus {
    /// Scenario JSON texts.
    pub scenarios: Vec<String>,
    /// Share-link fragments.
    pub links: Vec<String>,
    /// The kept part (the twin) of a small scenario with every mechanic.
    pub kept: loyalty_sim::RunPart,
    /// The other part (the programme run), as the worker sends it.
    pub part_bytes: Vec<u8>,
    /// Experiment files ([`files::EXPERIMENTS`]).
    pub experiments: Vec<String>,
    /// Transaction logs ([`files::LOGS`]).
    pub logs: Vec<String>,
    /// The small scenario with every mechanic whose parts these are.
    pub small: Scenario,
    /// Request texts to a worker ([`request::corpus`]).
    pub requests: Vec<String>,
}

impl Corpus {
    /// The examples, and a scenario with every mechanic and event.
    pub fn new() -> Corpus {
        let mut all: Vec<Scenario> = loyalty_lab::examples::all()
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        let mut every = Scenario::default();
        every.market.alternatives = 0;
        loyalty_lab::defaults::every_mechanic(&mut every);
        every.events = loyalty_lab::defaults::every_event(every.simulation.days);
        all.push(every.clone());
        every.simulation.customers = 150;
        every.simulation.days = 60;
        every.events = loyalty_lab::defaults::every_event(60);
        let go = &mut |_| loyalty_sim::Control::Continue;
        let kept = loyalty_sim::run_part(&every, loyalty_sim::RunKind::Baseline, go)
            .expect("the small scenario is valid");
        let prog = loyalty_sim::run_part(&every, loyalty_sim::RunKind::Programme, go)
            .expect("the small scenario is valid");
        Corpus {
            scenarios: all.iter().map(Scenario::to_json_pretty).collect(),
            links: all.iter().map(link::encode).collect(),
            kept,
            part_bytes: loyalty_lab::protocol::encode_part(&prog),
            experiments: files::EXPERIMENTS.iter().map(|s| s.to_string()).collect(),
            logs: files::LOGS.iter().map(|s| s.to_string()).collect(),
            requests: request::corpus(&every),
            small: every,
        }
    }
}

impl Default for Corpus {
    fn default() -> Self {
        Corpus::new()
    }
}

/// What one input gave: accepted (parsed, opened, ran), refused (an
/// error, as it should be), or a failure (a broken promise) with the
/// input that shows it.
#[derive(Debug)]
pub enum Outcome {
    /// The input was accepted and every check held.
    Accepted,
    /// The input was refused with an error (not a failure).
    Refused,
    /// A promise was broken: why, and the input (to keep as a regression case).
    Failed(String, Vec<u8>),
}

/// Input `n` of `target` with `seed`: the bytes the target checks (for
/// `valid`, the generated scenario's JSON).
pub fn make_input(target: &str, corpus: &Corpus, seed: u64, n: u64, size: gen::Size) -> Vec<u8> {
    let bytes = input_bytes(seed, n, 4_096);
    let mut u = Unstructured::new(&bytes);
    let raw = |u: &mut Unstructured, most: usize| {
        let len = u.int_in_range(0..=most).unwrap_or(0);
        u.bytes(len).unwrap_or(&[]).to_vec()
    };
    let mutated = |u: &mut Unstructured, from: &[String]| {
        let base = u.choose(from).cloned().unwrap_or_default();
        mutate::mutate(u, base.as_bytes()).unwrap_or_default()
    };
    match target {
        "link" if u.ratio(1, 4).unwrap_or(false) => raw(&mut u, 200),
        "link" => mutated(&mut u, &corpus.links),
        "scenario" if u.ratio(1, 4).unwrap_or(false) => raw(&mut u, 400),
        "scenario" => mutated(&mut u, &corpus.scenarios),
        "protocol" => {
            let mut m = mutate::mutate(&mut u, &corpus.part_bytes).unwrap_or_default();
            if u.arbitrary().unwrap_or(false) {
                m = props::resealed(&m);
            }
            m
        }
        "experiment" if u.ratio(1, 8).unwrap_or(false) => raw(&mut u, 400),
        "experiment" => mutated(&mut u, &corpus.experiments),
        "log" if u.ratio(1, 8).unwrap_or(false) => raw(&mut u, 400),
        "log" => mutated(&mut u, &corpus.logs),
        "request" if u.ratio(1, 8).unwrap_or(false) => raw(&mut u, 400),
        "request" => mutated(&mut u, &corpus.requests),
        "valid" => gen::scenario(&mut u, size)
            .map(|s| s.to_json_pretty().into_bytes())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Checks one input of `target` (as made by [`make_input`] or kept in the
/// regression cases).
pub fn check(target: &str, corpus: &Corpus, input: &[u8]) -> Outcome {
    match target {
        "link" => props::link(&String::from_utf8_lossy(input)),
        "scenario" => props::scenario(input),
        "protocol" => props::protocol(corpus, input),
        "experiment" => files::experiment(input),
        "log" => files::log(input),
        "request" => request::check(input, &corpus.small, &corpus.part_bytes),
        // A kept case that is (now) refused by validation is refused; the
        // generator's own scenarios are all valid (the tests check that).
        "valid" => match loyalty_sim::parse_scenario(&String::from_utf8_lossy(input)) {
            Ok(s) => props::valid(&s),
            Err(_) => Outcome::Refused,
        },
        _ => Outcome::Failed(format!("unknown target {target}"), Vec::new()),
    }
}

/// Checks `input`, a panic counting as a failure with its message.
pub fn check_caught(target: &str, corpus: &Corpus, input: &[u8]) -> Outcome {
    match std::panic::catch_unwind(|| check(target, corpus, input)) {
        Ok(o) => o,
        Err(p) => {
            let why = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Outcome::Failed(format!("panicked: {why}"), input.to_vec())
        }
    }
}

/// The totals of a run of a target.
#[derive(Debug, Default)]
pub struct Totals {
    /// Inputs tried.
    pub tried: u64,
    /// Accepted.
    pub accepted: u64,
    /// Refused.
    pub refused: u64,
    /// Failures: why and the input.
    pub failures: Vec<(u64, String, Vec<u8>)>,
}

/// Runs `iterations` inputs of `target` from `seed`.
pub fn run(target: &str, seed: u64, iterations: u64, size: gen::Size) -> Totals {
    let corpus = Corpus::new();
    let mut t = Totals::default();
    let trace = std::env::var_os("LOYALTY_FUZZ_TRACE").is_some();
    for n in 0..iterations {
        let input = make_input(target, &corpus, seed, n, size);
        if trace {
            eprintln!("input {n}: {}", String::from_utf8_lossy(&input));
        }
        t.tried += 1;
        match check_caught(target, &corpus, &input) {
            Outcome::Accepted => t.accepted += 1,
            Outcome::Refused => t.refused += 1,
            Outcome::Failed(why, input) => t.failures.push((n, why, input)),
        }
    }
    t
}
