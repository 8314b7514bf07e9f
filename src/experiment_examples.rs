//! The example experiments bundled with the app (the files in
//! `experiments/`), their scenario paths resolved to the bundled examples.
//!
//! Invariant: every bundled experiment reads, resolves and makes a valid
//! plan (tested), so the menu never offers a broken one.

use loyalty_sim::experiment::Experiment;

/// The files, in the menu's order (names in `text::experiments::EXAMPLES`).
pub const FILES: [&str; 5] = [
    include_str!("../experiments/monte-carlo-default.json"),
    include_str!("../experiments/monte-carlo-uncertain.json"),
    include_str!("../experiments/compare-designs.json"),
    include_str!("../experiments/sweep-red-cube-accrual.json"),
    include_str!("../experiments/tornado-default.json"),
];

/// Reads an experiment file, its scenario paths resolved to the bundled
/// examples; `Err` has the core's messages (`field: message`).
pub fn read(text: &str) -> Result<Experiment, Vec<String>> {
    let lines = |e: Vec<loyalty_sim::FieldError>| -> Vec<String> {
        e.iter().map(ToString::to_string).collect()
    };
    let mut e = Experiment::from_json(text).map_err(lines)?;
    e.resolve(&mut |p| {
        crate::examples::by_path(p).ok_or_else(|| {
            vec![loyalty_sim::FieldError::new(
                "scenario",
                crate::text::experiments::unknown_file(crate::i18n::Lang::En, p),
            )]
        })
    })
    .map_err(lines)?;
    Ok(e)
}

/// Bundled experiment `i` as the view's settings (the other kinds' keep
/// those of `current`) and its scenario for the editor, if it has one.
pub fn load(
    i: usize,
    current: &crate::experiment_setup::Setup,
) -> Option<(
    crate::experiment_setup::Setup,
    Option<loyalty_sim::Scenario>,
)> {
    let e = read(FILES.get(i)?).ok()?;
    Some(current.with_experiment(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::experiment::Plan;

    #[test]
    fn every_bundled_experiment_makes_a_valid_plan() {
        for text in FILES {
            let e = read(text).unwrap();
            Plan::new(&e).unwrap();
        }
        assert_eq!(FILES.len(), crate::text::experiments::EXAMPLES.len());
        let base = crate::experiment_setup::Setup::default();
        assert!(load(FILES.len(), &base).is_none());
        let (setup, scenario) = load(3, &base).unwrap();
        assert_eq!(setup.kind, crate::experiment_setup::KindChoice::Sweep);
        assert!(scenario.unwrap().programme.is_some());
    }
}
