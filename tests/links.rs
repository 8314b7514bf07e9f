//! Old share links keep working: links written by earlier versions of the
//! app, stored in `tests/links/*.json` with the scenario each must open.
//!
//! Never rewrite a stored link. When the link format changes, add a file
//! for the new version; the old files must still pass.
//!
//! `links/v1.json` holds `link::encode` of every bundled example and of a
//! default scenario with a `u64::MAX` seed, an inexact float (0.1 + 0.2) and
//! a non-ASCII name, as version 1 wrote them before links carried the model
//! version (`#s=1.<data>`, model version unknown). `links/v1-m1.json` holds
//! the same scenarios as written once links carried it (`#s=1.<data>.m1`,
//! made with model version 1); each entry names the model version its link
//! must report.

use loyalty_lab::link;
use loyalty_sim::Scenario;
use serde::Deserialize;

#[derive(Deserialize)]
struct Stored {
    link: String,
    scenario: serde_json::Value,
    /// The model version the link carries (absent: none).
    #[serde(default)]
    model_version: Option<u32>,
}

fn check(file: &str, text: &str) {
    let stored: Vec<Stored> = serde_json::from_str(text).expect("stored links file");
    assert!(!stored.is_empty(), "{file} is empty");
    for (i, s) in stored.iter().enumerate() {
        let expected = Scenario::from_json(&s.scenario.to_string()).expect("expected scenario");
        let got = link::open(&s.link)
            .unwrap_or_else(|e| panic!("{file}[{i}]: {e:?}"))
            .unwrap_or_else(|| panic!("{file}[{i}]: empty"));
        assert_eq!(got.scenario, expected, "{file}[{i}]");
        assert_eq!(got.model_version, s.model_version, "{file}[{i}]");
        assert_eq!(link::decode(&s.link), Ok(Some(expected)), "{file}[{i}]");
    }
}

#[test]
fn version_1_links_open_their_scenarios() {
    check("v1.json", include_str!("links/v1.json"));
}

#[test]
fn version_1_links_with_a_model_version_open_their_scenarios() {
    check("v1-m1.json", include_str!("links/v1-m1.json"));
}

#[test]
fn a_new_link_carries_the_model_version_and_the_same_data_as_before() {
    let stored: Vec<Stored> = serde_json::from_str(include_str!("links/v1.json")).unwrap();
    for (i, s) in stored.iter().enumerate() {
        let scenario = Scenario::from_json(&s.scenario.to_string()).unwrap();
        let fresh = link::encode(&scenario);
        // The model part is a suffix: the data part is what version 1 wrote.
        assert_eq!(
            fresh,
            format!("{}.m{}", s.link, loyalty_sim::MODEL_VERSION),
            "v1.json[{i}]"
        );
        let opened = link::open(&fresh).unwrap().unwrap();
        assert_eq!(opened.model_version, Some(loyalty_sim::MODEL_VERSION));
        assert_eq!(opened.scenario, scenario);
    }
}

/// A scenario with every mechanic of issue 4 switched on, every segment
/// kind and every event kind, and inexact floats.
fn every_new_mechanic() -> Scenario {
    use loyalty_lab::defaults;
    use loyalty_sim::{Coupon, Offer, Segment, Settle};
    let mut s = Scenario::default();
    s.market.alternatives = 0; // for the deregulation
    defaults::every_mechanic(&mut s);
    let p = s.programme.as_mut().unwrap();
    p.offers.push(Offer {
        segment: Segment::New { days: 45 },
        extra_discount: 0.1 + 0.2,
        points_multiplier: 2.5,
    });
    p.offers.push(Offer {
        segment: Segment::Tier { min: 2 },
        extra_discount: 0.0,
        points_multiplier: 1.0 / 3.0,
    });
    p.coupons.push(Coupon {
        segment: Segment::Birthday,
        value: 7.5,
        valid_days: 31,
        send_cost: 0.3,
        every_months: 12,
    });
    p.club.as_mut().unwrap().segment = Segment::Everyone;
    p.profit_sharing.as_mut().unwrap().segment = Segment::Tier { min: 3 };
    s.events = defaults::every_event(s.simulation.days);
    for e in &mut s.events {
        if let loyalty_sim::Event::End { settle, .. } = e {
            *settle = Settle::WriteOff;
        }
    }
    s
}

#[test]
fn every_new_mechanic_and_event_round_trips_bit_for_bit() {
    let s = every_new_mechanic();
    loyalty_sim::validate(&s).expect("the test scenario is valid");
    let kinds: std::collections::BTreeSet<_> = s.events.iter().map(|e| e.kind()).collect();
    assert_eq!(kinds.len(), 8, "one event of each kind");
    let fragment = link::encode(&s);
    let back = link::decode(&fragment).unwrap().unwrap();
    assert_eq!(back, s);
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        serde_json::to_string(&s).unwrap()
    );
}

#[test]
fn the_default_link_is_unchanged_and_new_mechanics_cost_nothing_when_off() {
    let default = link::encode(&Scenario::default());
    // `s=1.q64FAA` before links carried the model version; now that plus it.
    assert_eq!(
        default,
        format!("s=1.q64FAA.m{}", loyalty_sim::MODEL_VERSION)
    );
    // Switching a mechanic on changes the link; switching it off again restores it.
    let mut s = Scenario::default();
    s.programme.as_mut().unwrap().vip = Some(loyalty_lab::defaults::vip());
    s.events.push(loyalty_lab::defaults::new_event(&s));
    assert_ne!(link::encode(&s), default);
    s.programme.as_mut().unwrap().vip = None;
    s.events.clear();
    assert_eq!(link::encode(&s), default);
}

/// A scenario with the source texts' cost lines travels in a link, and the
/// stored links (without lines) open with none.
#[test]
fn cost_lines_travel_in_a_link() {
    use loyalty_sim::{CostBasis, CostItem, CostLine, CostTiming};
    let mut s = Scenario::default();
    s.programme.as_mut().unwrap().costs.lines = vec![
        CostLine {
            item: CostItem::TechnicalSupport,
            timing: CostTiming::Monthly,
            basis: CostBasis::Fixed,
            amount: 320.5,
        },
        CostLine {
            item: CostItem::Cards,
            timing: CostTiming::OneOff,
            basis: CostBasis::PerMember,
            amount: 0.7,
        },
    ];
    let opened = link::open(&link::encode(&s)).unwrap().unwrap();
    assert_eq!(opened.scenario, s);
    let stored: Vec<Stored> = serde_json::from_str(include_str!("links/v1.json")).unwrap();
    for st in &stored {
        let got = link::open(&st.link).unwrap().unwrap().scenario;
        if let Some(p) = &got.programme {
            assert!(p.costs.lines.is_empty());
        }
    }
}

/// Every stored link, old or new, split as the app splits a fragment.
fn stored_links() -> Vec<String> {
    [
        include_str!("links/v1.json"),
        include_str!("links/v1-m1.json"),
    ]
    .iter()
    .flat_map(|text| serde_json::from_str::<Vec<Stored>>(text).unwrap())
    .map(|s| s.link)
    .collect()
}

#[test]
fn old_links_have_no_experiment_part_and_reach_the_scenario_codec_whole() {
    use loyalty_lab::experiment_files::split;
    for l in stored_links() {
        assert_eq!(split(&l), (l.as_str(), None), "{l}");
    }
}

/// A link with an experiment, as this version writes it.
#[derive(serde::Serialize, Deserialize)]
struct StoredExperiment {
    link: String,
    scenario: Scenario,
    setup: loyalty_lab::experiment_setup::Setup,
}

/// `links/x1.json`: a scenario link with each kind's experiment part
/// (`&x=1.<data>`), as first written; they must keep opening the same
/// scenario and settings. `UPDATE_LINKS=1` writes the file when it is
/// missing (never over one that exists).
#[test]
fn experiment_links_open_their_scenario_and_settings() {
    use loyalty_lab::experiment_files::{decode, encode, split};
    use loyalty_lab::experiment_setup::{KindChoice, Setup, Source};
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/links/x1.json");
    if std::env::var("UPDATE_LINKS").is_ok() && !std::path::Path::new(file).exists() {
        let red = loyalty_lab::examples::by_path("red-cube-bonus.json").unwrap();
        let mut out = Vec::new();
        for kind in KindChoice::ALL {
            let setup = Setup {
                kind,
                seeds: 7,
                compare: vec![
                    Source::Editor,
                    Source::Example("../scenarios/tiers.json".into()),
                ],
                ..Setup::default()
            };
            let link = format!("#{}{}", link::encode(&red), encode(&setup));
            out.push(StoredExperiment {
                link,
                scenario: red.clone(),
                setup,
            });
        }
        std::fs::write(file, serde_json::to_string_pretty(&out).unwrap()).unwrap();
    }
    let text =
        std::fs::read_to_string(file).expect("tests/links/x1.json (UPDATE_LINKS=1 writes it)");
    let stored: Vec<StoredExperiment> = serde_json::from_str(&text).unwrap();
    assert_eq!(stored.len(), 4);
    for s in stored {
        let (scenario, experiment) = split(&s.link);
        assert_eq!(link::decode(scenario), Ok(Some(s.scenario)));
        assert_eq!(
            decode(experiment.expect("an experiment part")),
            Some(s.setup)
        );
    }
}

/// The scenario calibrated from the CDNOW sample carries its history as an
/// aggregate (`customers.history`), and its share link stays under 2,000
/// characters with room for the app's address (the fragment under 1,900),
/// and opens the same scenario. The data come from `scripts/fetch-data.sh`
/// (or `CDNOW_SAMPLE`); the test fails, never skips, without them.
#[test]
fn a_calibrated_scenario_fits_in_a_share_link() {
    use loyalty_calibrate::import::{Column, ImportOptions};
    let path = std::env::var("CDNOW_SAMPLE").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/data/lifetimes-0.11.3/lifetimes/datasets/CDNOW_sample.txt"
        )
        .to_string()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("the CDNOW sample is missing at {path} ({e}): run scripts/fetch-data.sh")
    });
    let options = loyalty_calibrate::Options {
        import: ImportOptions {
            id: Some(Column::Number(2)),
            date: Some(Column::Number(3)),
            amount: Some(Column::Number(5)),
            quantity: Some(Column::Number(4)),
            ..ImportOptions::default()
        },
        calibration_end: loyalty_calibrate::date::parse_iso("1997-09-30"),
        holdout_end: loyalty_calibrate::date::parse_iso("1998-06-30"),
        name: "CDNOW sample".into(),
    };
    let c = loyalty_calibrate::calibrate(&text, &options).expect("calibrates");
    let h = c.scenario.customers.history.as_ref().expect("a history");
    let fragment = link::encode(&c.scenario);
    println!("{} classes, link {} chars", h.classes.len(), fragment.len());
    assert!(fragment.len() < 1_900, "{} chars", fragment.len());
    assert_eq!(link::decode(&fragment).unwrap(), Some(c.scenario.clone()));
}
