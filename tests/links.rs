//! Old share links keep working: links written by earlier versions of the
//! app, stored in `tests/links/*.json` with the scenario each must open.
//!
//! Never rewrite a stored link. When the link format changes, add a file
//! for the new version; the old files must still pass.

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

/// Writes `tests/links/v1.json` once (run with `WRITE_V1_LINKS=1`); kept so
/// the file's origin is visible. It refuses to overwrite stored links.
#[test]
fn write_v1_links_once() {
    if std::env::var_os("WRITE_V1_LINKS").is_none() {
        return;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/links/v1.json");
    let existing = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        existing.trim().is_empty() || existing.trim() == "[]",
        "never rewrite stored links"
    );
    let mut out = Vec::new();
    for (_, s) in loyalty_lab::examples::all() {
        out.push(serde_json::json!({ "link": link::encode(&s), "scenario": s }));
    }
    let mut seeded = Scenario::default();
    seeded.simulation.seed = 18_446_744_073_709_551_615;
    seeded.business.gross_margin = 0.1 + 0.2;
    seeded.name = "Ääkköset & \"quotes\" ✓".to_string();
    out.push(serde_json::json!({ "link": link::encode(&seeded), "scenario": seeded }));
    std::fs::write(path, serde_json::to_string_pretty(&out).unwrap()).unwrap();
}
