//! A lesson's prepared scenario: an example file (bundled) or the default
//! scenario, with changes set by path (`simulation.customers`), and the
//! runs a lesson's claims are judged on.

use loyalty_sim::{validate, Scenario};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The example scenarios a lesson can open (the files in `scenarios/`).
pub const EXAMPLES: [(&str, &str); 9] = [
    (
        "no-programme",
        include_str!("../../../scenarios/no-programme.json"),
    ),
    (
        "flat-discount",
        include_str!("../../../scenarios/flat-discount.json"),
    ),
    (
        "red-cube-bonus",
        include_str!("../../../scenarios/red-cube-bonus.json"),
    ),
    ("tiers", include_str!("../../../scenarios/tiers.json")),
    (
        "coalition",
        include_str!("../../../scenarios/coalition.json"),
    ),
    ("vip-tier", include_str!("../../../scenarios/vip-tier.json")),
    (
        "deregulated-utility",
        include_str!("../../../scenarios/deregulated-utility.json"),
    ),
    (
        "terminated-programme",
        include_str!("../../../scenarios/terminated-programme.json"),
    ),
    (
        "devaluation",
        include_str!("../../../scenarios/devaluation.json"),
    ),
];

/// One change to a scenario: the JSON value at a field path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Dotted field path with list indices, as in experiments
    /// (`programme.points.earn_rate`, `programme.tiers.levels[1].discount`).
    pub path: String,
    /// The new value (a number, a string, an object, or null for "none").
    pub value: Value,
}

/// Where a lesson's scenario comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioSource {
    /// An example's name (`"red-cube-bonus"`, see [`EXAMPLES`]) or
    /// `"default"` for the default scenario (`loyalty example`).
    pub base: String,
    /// Changes applied in order (usually a smaller population and horizon,
    /// so the lesson runs in about a second).
    #[serde(default)]
    pub set: Vec<Change>,
}

/// Sets `value` at `path` of a JSON value; `Err` names what is missing.
pub fn set_path(root: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let mut at = root;
    let parts: Vec<&str> = path.split('.').collect();
    for (n, part) in parts.iter().enumerate() {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (*part, ""),
        };
        // A last field left out of the JSON (an optional one, such as
        // `market.market_size`) is added; parsing refuses unknown ones.
        if n + 1 == parts.len() && rest.is_empty() {
            if let Some(obj) = at.as_object_mut() {
                obj.insert(key.to_string(), value);
                return Ok(());
            }
        }
        at = at
            .get_mut(key)
            .ok_or_else(|| format!("{path}: the scenario has no field \"{key}\""))?;
        let mut rest = rest;
        while let Some(stripped) = rest.strip_prefix('[') {
            let close = stripped
                .find(']')
                .ok_or_else(|| format!("{path}: a \"[\" without \"]\""))?;
            let i: usize = stripped[..close]
                .parse()
                .map_err(|_| format!("{path}: \"{}\" is not an index", &stripped[..close]))?;
            at = at
                .get_mut(i)
                .ok_or_else(|| format!("{path}: the list has no item {i}"))?;
            rest = &stripped[close + 1..];
        }
    }
    *at = value;
    Ok(())
}

/// Applies changes to a scenario and validates the result; `Err` lists
/// every problem in a sentence each.
pub fn apply(scenario: &Scenario, changes: &[Change]) -> Result<Scenario, Vec<String>> {
    let mut v = serde_json::to_value(scenario).map_err(|e| vec![e.to_string()])?;
    for c in changes {
        set_path(&mut v, &c.path, c.value.clone()).map_err(|e| vec![e])?;
    }
    let text = v.to_string();
    let s = Scenario::from_json(&text).map_err(|e| vec![format!("{}: {}", e.path, e.message)])?;
    validate(&s).map_err(|es| {
        es.into_iter()
            .map(|e| format!("{}: {}", e.path, e.message))
            .collect::<Vec<_>>()
    })?;
    Ok(s)
}

impl ScenarioSource {
    /// The scenario, validated.
    pub fn scenario(&self) -> Result<Scenario, Vec<String>> {
        let base = if self.base == "default" {
            Scenario::default()
        } else {
            let text = EXAMPLES
                .iter()
                .find(|(n, _)| *n == self.base)
                .map(|(_, t)| *t)
                .ok_or_else(|| vec![format!("there is no example scenario \"{}\"", self.base)])?;
            Scenario::from_json(text).map_err(|e| vec![format!("{}: {}", e.path, e.message)])?
        };
        apply(&base, &self.set)
    }
}

/// Runs a scenario with each seed and returns the reports in seed order
/// (natively in parallel, one thread a seed; one after another in wasm32,
/// which has no threads).
pub fn run_seeds(scenario: &Scenario, seeds: &[u64]) -> Result<Vec<loyalty_sim::Report>, String> {
    let one = |seed: u64| {
        let mut s = scenario.clone();
        s.simulation.seed = seed;
        loyalty_sim::run(&s).map_err(|e| e.to_string())
    };
    if cfg!(target_arch = "wasm32") {
        return seeds.iter().map(|&seed| one(seed)).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = seeds
            .iter()
            .map(|&seed| scope.spawn(move || one(seed)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| "a run panicked".to_string())?)
            .collect()
    })
}
