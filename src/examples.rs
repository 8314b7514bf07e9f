//! The example scenarios bundled with the app (the files in `scenarios/`).
//!
//! Invariant: every example parses and validates (tested), so the menu never
//! offers a broken scenario.

use loyalty_sim::Scenario;

const FILES: [&str; 9] = [
    include_str!("../scenarios/no-programme.json"),
    include_str!("../scenarios/flat-discount.json"),
    include_str!("../scenarios/red-cube-bonus.json"),
    include_str!("../scenarios/tiers.json"),
    include_str!("../scenarios/coalition.json"),
    include_str!("../scenarios/vip-tier.json"),
    include_str!("../scenarios/deregulated-utility.json"),
    include_str!("../scenarios/terminated-programme.json"),
    include_str!("../scenarios/devaluation.json"),
];

/// The examples' paths as an experiment file in `experiments/` names
/// them, in the order of `FILES`.
pub const PATHS: [&str; 9] = [
    "../scenarios/no-programme.json",
    "../scenarios/flat-discount.json",
    "../scenarios/red-cube-bonus.json",
    "../scenarios/tiers.json",
    "../scenarios/coalition.json",
    "../scenarios/vip-tier.json",
    "../scenarios/deregulated-utility.json",
    "../scenarios/terminated-programme.json",
    "../scenarios/devaluation.json",
];

/// The bundled example at `path` (as in [`PATHS`]; `scenarios/x.json` and
/// `x.json` are found too), if there is one.
pub fn by_path(path: &str) -> Option<Scenario> {
    let file = path.rsplit('/').next()?;
    let i = PATHS
        .iter()
        .position(|p| p.rsplit('/').next() == Some(file))?;
    loyalty_sim::parse_scenario(FILES[i]).ok()
}

/// Every example as (menu label, scenario), the default scenario first.
pub fn all() -> Vec<(crate::i18n::Tr, Scenario)> {
    let mut out = vec![(crate::text::EXAMPLE_NAMES[0], Scenario::default())];
    for (i, text) in FILES.iter().enumerate() {
        // The files are checked by the test below; a broken one is skipped
        // rather than crashing the page.
        if let Ok(s) = loyalty_sim::parse_scenario(text) {
            out.push((crate::text::EXAMPLE_NAMES[i + 1], s));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_example_is_valid() {
        for text in super::FILES {
            loyalty_sim::parse_scenario(text).expect("example must be valid");
        }
        assert_eq!(super::all().len(), crate::text::EXAMPLE_NAMES.len());
    }
}
