//! Old share links keep working: links written by earlier versions of the
//! app, stored in `tests/links/*.json` with the scenario each must open.
//!
//! Never rewrite a stored link. When the link format changes, add a file
//! for the new version; the old files must still pass.
//!
//! `links/v1.json` holds `link::encode` of every bundled example and of a
//! default scenario with a `u64::MAX` seed, an inexact float (0.1 + 0.2) and
//! a non-ASCII name, as version 1 wrote them.

use loyalty_lab::link;
use loyalty_sim::Scenario;
use serde::Deserialize;

#[derive(Deserialize)]
struct Stored {
    link: String,
    scenario: serde_json::Value,
}

fn check(file: &str, text: &str) {
    let stored: Vec<Stored> = serde_json::from_str(text).expect("stored links file");
    assert!(!stored.is_empty(), "{file} is empty");
    for (i, s) in stored.iter().enumerate() {
        let expected = Scenario::from_json(&s.scenario.to_string()).expect("expected scenario");
        let got = link::decode(&s.link)
            .unwrap_or_else(|e| panic!("{file}[{i}]: {e:?}"))
            .unwrap_or_else(|| panic!("{file}[{i}]: empty"));
        assert_eq!(got, expected, "{file}[{i}]");
    }
}

#[test]
fn version_1_links_open_their_scenarios() {
    check("v1.json", include_str!("links/v1.json"));
}
