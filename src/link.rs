//! Share links: a whole scenario (seed included) in the URL fragment.
//!
//! Format, version 1: `#s=1.<data>.m<model>`, where `<data>` is the URL-safe
//! base64 (no padding) of the raw-deflated compact JSON of a *patch*: the
//! scenario's JSON with everything equal to the version's base scenario left
//! out (objects are compared key by key; arrays, strings, numbers and `null`
//! are replaced whole). Decoding applies the patch to the same base, then
//! parses and validates the result with the core.
//!
//! The link version (`1`) is the format of the patch and its frozen base; it
//! is not the model version. The model part `.m<model>` says which
//! [`loyalty_sim::MODEL_VERSION`] made the link (the numbers of a scenario
//! and seed change only when it does), so the app can warn that a link made
//! with another model may show other numbers ([`model_notice`]). It is a
//! suffix outside the deflated data, so the patch, its base and the data of
//! every link stay exactly as before (`.` is not in the base64url alphabet,
//! so the suffix cannot be confused with data), and links made before it
//! existed (`#s=1.<data>`) still open with the same scenario: their model
//! version is unknown (`None`). `<model>` is a decimal number from 1, written
//! without a sign or leading zeros; anything else after the data (`.m`,
//! `.m0`, `.m01`, `.x1`, a second suffix, a number above `u32::MAX`) makes
//! the link [`LinkError::Damaged`], like any other tampering.
//!
//! Invariant: a version's base never changes once links of that version
//! exist (`link/v1-base.json` is frozen, not `Scenario::default()`), so old
//! links keep their meaning when the app's defaults move. A new base means a
//! new version; decoding keeps every old one. Decoding never panics: every
//! failure is a [`LinkError`].

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use loyalty_sim::{FieldError, Scenario};
use serde_json::{Map, Value};

/// The version this app writes.
pub const CURRENT_VERSION: u32 = 1;

/// The fragment key before the version: `#s=1.…`.
const PREFIX: &str = "s=";

/// The tag of the model part after the data: `#s=1.<data>.m1`.
const MODEL_TAG: &str = "m";

/// Base scenario of version 1 (frozen).
const V1_BASE: &str = include_str!("link/v1-base.json");

/// Largest inflated patch accepted (a realistic scenario is a few kilobytes).
const MAX_INFLATED: usize = 256 * 1024;

/// Why a fragment could not be turned into a scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The fragment is not a Loyalty Lab link at all.
    NotOurs,
    /// The data is corrupted or truncated (base64, deflate or JSON broke).
    Damaged,
    /// Made by a newer version of the app.
    FutureVersion(u32),
    /// It decodes, but the scenario is not valid (every problem).
    Invalid(Vec<FieldError>),
}

/// A decoded link: its scenario and the model version that made it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The scenario, parsed and validated.
    pub scenario: Scenario,
    /// The model version the link was made with; `None` for links made
    /// before links carried it (all of them with model version 1 or older).
    pub model_version: Option<u32>,
}

/// What to tell the user about the model version of an opened link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelNotice {
    /// Made with an older model than this app's (`link: None`: made before
    /// links carried the model version, so with version 1 or older).
    Older {
        /// The link's model version, if it carries one.
        link: Option<u32>,
        /// This app's model version.
        current: u32,
    },
    /// Made with a newer model than this app's (the app is out of date).
    Newer {
        /// The link's model version.
        link: u32,
        /// This app's model version.
        current: u32,
    },
}

/// Whether opening a link made with model version `link_model` (`None`: the
/// link carries none) in an app of model version `current` needs a notice
/// that the numbers may differ from when the link was made. A link without
/// a version predates versioning, so it was made with model version 1 or
/// older: it needs a notice only once `current` is above 1.
pub fn model_notice(link_model: Option<u32>, current: u32) -> Option<ModelNotice> {
    match link_model {
        None if current > 1 => Some(ModelNotice::Older {
            link: None,
            current,
        }),
        None => None,
        Some(link) if link < current => Some(ModelNotice::Older {
            link: Some(link),
            current,
        }),
        Some(link) if link > current => Some(ModelNotice::Newer { link, current }),
        Some(_) => None,
    }
}

/// Encodes a scenario as a URL fragment (without the leading `#`), with this
/// app's model version.
pub fn encode(scenario: &Scenario) -> String {
    encode_with_model(scenario, loyalty_sim::MODEL_VERSION)
}

/// Encodes a scenario as a URL fragment that says it was made with model
/// version `model` (tests use it to make links of other model versions).
pub fn encode_with_model(scenario: &Scenario, model: u32) -> String {
    let base = base_value(CURRENT_VERSION).unwrap_or(Value::Null);
    let value = serde_json::to_value(scenario).unwrap_or(Value::Null);
    let patch = diff(&base, &value).unwrap_or_else(|| Value::Object(Map::new()));
    let json = serde_json::to_vec(&patch).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!(
        "{PREFIX}{CURRENT_VERSION}.{}.{MODEL_TAG}{model}",
        URL_SAFE_NO_PAD.encode(packed)
    )
}

/// Decodes a URL fragment (with or without the leading `#`) to its scenario,
/// whatever its model version. An empty fragment is `Ok(None)`: there is no
/// link to open.
pub fn decode(fragment: &str) -> Result<Option<Scenario>, LinkError> {
    open(fragment).map(|o| o.map(|o| o.scenario))
}

/// Decodes a URL fragment (with or without the leading `#`) to its scenario
/// and model version. An empty fragment is `Ok(None)`: there is no link to
/// open.
pub fn open(fragment: &str) -> Result<Option<Opened>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    // Parameters after the scenario (`&lang=fi`) are not the scenario's.
    let fragment = fragment.split('&').next().unwrap_or_default();
    if fragment.is_empty() {
        return Ok(None);
    }
    let rest = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotOurs)?;
    let (version, data) = rest.split_once('.').ok_or(LinkError::Damaged)?;
    let version: u32 = version.parse().map_err(|_| LinkError::Damaged)?;
    if version > CURRENT_VERSION {
        return Err(LinkError::FutureVersion(version));
    }
    let (data, model_version) = match data.split_once('.') {
        Some((data, model)) => (data, Some(parse_model(model)?)),
        None => (data, None),
    };
    let base = base_value(version).ok_or(LinkError::Damaged)?;
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| LinkError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|_| LinkError::Damaged)?;
    let patch: Value = serde_json::from_slice(&json).map_err(|_| LinkError::Damaged)?;
    if !patch.is_object() {
        return Err(LinkError::Damaged);
    }
    let mut merged = base;
    apply(&mut merged, patch);
    let text = serde_json::to_string(&merged).map_err(|_| LinkError::Damaged)?;
    let scenario = loyalty_sim::parse_scenario(&text).map_err(LinkError::Invalid)?;
    Ok(Some(Opened {
        scenario,
        model_version,
    }))
}

/// The model version of a model part (`m1`): `m` and a decimal number from
/// 1, without a sign or leading zeros; anything else is [`LinkError::Damaged`].
fn parse_model(part: &str) -> Result<u32, LinkError> {
    let digits = part.strip_prefix(MODEL_TAG).ok_or(LinkError::Damaged)?;
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if !canonical {
        return Err(LinkError::Damaged);
    }
    digits.parse().map_err(|_| LinkError::Damaged)
}

/// The base scenario of a link version, as JSON.
fn base_value(version: u32) -> Option<Value> {
    match version {
        1 => serde_json::from_str(V1_BASE).ok(),
        _ => None,
    }
}

/// What `new` changes in `old`; `None` when they are equal.
fn diff(old: &Value, new: &Value) -> Option<Value> {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut out = Map::new();
            for (k, v) in b {
                match a.get(k) {
                    Some(o) => {
                        if let Some(d) = diff(o, v) {
                            out.insert(k.clone(), d);
                        }
                    }
                    // A field newer than the base: only when it is set.
                    // New fields default to `null`, `[]`, `0` or `false`
                    // (serde's defaults), so old links stay valid and new
                    // fields cost nothing until used.
                    None if is_default(v) => {}
                    None => {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        _ if old == new => None,
        _ => Some(new.clone()),
    }
}

/// Whether a value is what a newer field defaults to when a link leaves it out.
fn is_default(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::Array(a) => a.is_empty(),
        Value::String(_) | Value::Object(_) => false,
    }
}

/// Applies a patch made by [`diff`]: objects merge key by key, anything else
/// replaces.
fn apply(target: &mut Value, patch: Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                match t.get_mut(&k) {
                    Some(slot) if slot.is_object() && v.is_object() => apply(slot, v),
                    _ => {
                        t.insert(k, v);
                    }
                }
            }
        }
        (slot, p) => *slot = p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A link whose data is `json`, deflated, as this version writes it.
    fn link_of(json: &[u8]) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(json, 10);
        format!("s=1.{}.m1", URL_SAFE_NO_PAD.encode(packed))
    }

    #[test]
    fn data_after_the_patch_is_damage() {
        assert!(matches!(open(&link_of(b"{} \n")), Ok(Some(_))));
        for junk in [&b"{}junk"[..], b"{}{}", b"{}}", b"{\"name\":\"a\"} 1"] {
            assert_eq!(
                open(&link_of(junk)).err(),
                Some(LinkError::Damaged),
                "{}",
                String::from_utf8_lossy(junk)
            );
        }
    }

    fn examples() -> Vec<Scenario> {
        crate::examples::all()
            .into_iter()
            .map(|(_, s)| s)
            .collect::<Vec<_>>()
    }

    #[test]
    fn round_trips_every_example_exactly() {
        for s in examples() {
            let link = encode(&s);
            assert_eq!(decode(&link).unwrap(), Some(s.clone()), "{link}");
            assert_eq!(decode(&format!("#{link}")).unwrap(), Some(s));
        }
    }

    #[test]
    fn links_are_compact() {
        let default = encode(&Scenario::default());
        assert!(default.len() < 60, "{} chars: {default}", default.len());
        for s in examples() {
            let link = encode(&s);
            assert!(link.len() < 1_000, "{}: {} chars", s.name, link.len());
        }
    }

    #[test]
    fn odd_floats_and_big_seeds_survive() {
        let mut s = Scenario::default();
        s.simulation.seed = u64::MAX;
        s.business.gross_margin = 0.1 + 0.2;
        s.business.mean_basket = 1.0 / 3.0;
        let back = decode(&encode(&s)).unwrap().unwrap();
        assert_eq!(back, s);
        assert_eq!(
            back.business.gross_margin.to_bits(),
            (0.1f64 + 0.2).to_bits()
        );
    }

    #[test]
    fn newer_fields_round_trip_and_cost_nothing_when_unset() {
        let mut s = Scenario::default();
        let plain = encode(&s);
        s.programme.as_mut().unwrap().draw = Some(loyalty_sim::PrizeDraw {
            chance: 0.05,
            every: 3,
            prize_value: 40.0,
            prize_cost: 25.0,
            monthly_budget: 500.0,
            members_only: true,
        });
        let link = encode(&s);
        assert!(link.len() > plain.len());
        assert_eq!(decode(&link).unwrap(), Some(s.clone()));
        // The market's size (model version 3) travels when it is set.
        s.market.market_size = Some(25_000);
        let sized = encode(&s);
        assert_ne!(sized, link);
        assert_eq!(decode(&sized).unwrap(), Some(s));
        assert_eq!(
            plain,
            format!("s=1.q64FAA.m{}", loyalty_sim::MODEL_VERSION),
            "an unset new field must not change links"
        );
    }

    #[test]
    fn no_programme_is_encoded_as_null() {
        let s = Scenario {
            programme: None,
            ..Scenario::default()
        };
        assert_eq!(decode(&encode(&s)).unwrap().unwrap().programme, None);
    }

    #[test]
    fn empty_fragment_is_no_link() {
        assert_eq!(decode(""), Ok(None));
        assert_eq!(decode("#"), Ok(None));
    }

    #[test]
    fn broken_links_are_errors_not_panics() {
        let good = encode(&crate::examples::all()[3].1);
        assert_eq!(decode("#results"), Err(LinkError::NotOurs));
        assert_eq!(decode("#s=1"), Err(LinkError::Damaged));
        assert_eq!(decode("#s=x.abc"), Err(LinkError::Damaged));
        assert_eq!(decode("#s=2.abc"), Err(LinkError::FutureVersion(2)));
        assert_eq!(decode("#s=1.!!!"), Err(LinkError::Damaged));
        // Every truncation of a real link fails cleanly (or, rarely, still
        // decodes to some valid scenario): it never panics.
        for cut in 0..good.len() {
            let _ = decode(&good[..cut]);
        }
        // Flipping any character fails cleanly too.
        let bytes = good.as_bytes();
        for i in 4..bytes.len() {
            let mut t = bytes.to_vec();
            t[i] = if t[i] == b'A' { b'B' } else { b'A' };
            let _ = decode(std::str::from_utf8(&t).unwrap());
        }
        // A cut in the middle of the data does not decode.
        assert_eq!(decode(&good[..good.len() / 2]), Err(LinkError::Damaged));
    }

    fn pack(json: &str) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
        format!("s=1.{}", URL_SAFE_NO_PAD.encode(packed))
    }

    #[test]
    fn tampered_values_are_reported_with_the_core_message() {
        let err = decode(&pack(r#"{"business":{"gross_margin":7}}"#)).unwrap_err();
        match err {
            LinkError::Invalid(e) => assert_eq!(e[0].path, "business.gross_margin"),
            other => panic!("{other:?}"),
        }
        let err = decode(&pack(r#"{"business":{"gross_margin":"x"}}"#)).unwrap_err();
        assert!(matches!(err, LinkError::Invalid(_)), "{err:?}");
        let err = decode(&pack(r#"{"surprise":1}"#)).unwrap_err();
        assert!(matches!(err, LinkError::Invalid(_)), "{err:?}");
        assert_eq!(decode(&pack("[1,2]")), Err(LinkError::Damaged));
        assert_eq!(decode(&pack("not json")), Err(LinkError::Damaged));
    }

    /// `link` without its model part, as links were written before it.
    fn without_model(link: &str) -> &str {
        link.rsplit_once('.').expect("a model part").0
    }

    #[test]
    fn new_links_carry_this_apps_model_version() {
        for s in examples() {
            let link = encode(&s);
            assert!(
                link.ends_with(&format!(".m{}", loyalty_sim::MODEL_VERSION)),
                "{link}"
            );
            let opened = open(&link).unwrap().unwrap();
            assert_eq!(opened.model_version, Some(loyalty_sim::MODEL_VERSION));
            assert_eq!(opened.scenario, s);
        }
    }

    #[test]
    fn the_model_part_round_trips_and_leaves_the_data_alone() {
        let s = crate::examples::all()[3].1.clone();
        let plain = encode(&s);
        for model in [1, 2, 9, 10, 999, u32::MAX] {
            let link = encode_with_model(&s, model);
            assert_eq!(link, format!("{}.m{model}", without_model(&plain)));
            let opened = open(&link).unwrap().unwrap();
            assert_eq!(opened.model_version, Some(model), "{link}");
            assert_eq!(opened.scenario, s);
            assert_eq!(decode(&format!("#{link}")).unwrap(), Some(s.clone()));
        }
    }

    #[test]
    fn links_without_a_model_part_still_open() {
        let s = crate::examples::all()[3].1.clone();
        let old = without_model(&encode(&s)).to_string();
        assert!(!old[4..].contains('.'), "{old}");
        let opened = open(&old).unwrap().unwrap();
        assert_eq!(opened.model_version, None);
        assert_eq!(opened.scenario, s);
        assert_eq!(
            open("s=1.q64FAA"),
            Ok(Some(Opened {
                scenario: Scenario::default(),
                model_version: None
            }))
        );
    }

    #[test]
    fn a_damaged_model_part_is_a_damaged_link() {
        let data = without_model(&encode(&Scenario::default())).to_string();
        for tail in [
            ".",
            ".m",
            ".m0",
            ".m01",
            ".m+1",
            ".m-1",
            ".m1x",
            ".m 1",
            ".M1",
            ".x1",
            ".1",
            ".m1.m1",
            ".m1.",
            "..m1",
            ".m4294967296",
            ".m99999999999999999999999",
            ".m١",
        ] {
            let link = format!("{data}{tail}");
            assert_eq!(open(&link), Err(LinkError::Damaged), "{link}");
            assert_eq!(decode(&link), Err(LinkError::Damaged), "{link}");
        }
        assert_eq!(
            open(&format!("{data}.m4294967295"))
                .unwrap()
                .unwrap()
                .model_version,
            Some(u32::MAX)
        );
        // The link version is checked first: a newer format stays a newer format.
        assert_eq!(decode("#s=9.abc.m1"), Err(LinkError::FutureVersion(9)));
        assert_eq!(decode("#s=9.abc.zz"), Err(LinkError::FutureVersion(9)));
    }

    #[test]
    fn model_notice_says_when_the_numbers_may_differ() {
        // Same version: nothing to say.
        assert_eq!(model_notice(Some(1), 1), None);
        assert_eq!(model_notice(Some(7), 7), None);
        // Older.
        assert_eq!(
            model_notice(Some(1), 2),
            Some(ModelNotice::Older {
                link: Some(1),
                current: 2
            })
        );
        // Missing: made before links carried it, with model version 1 or older.
        assert_eq!(model_notice(None, 1), None);
        assert_eq!(
            model_notice(None, 2),
            Some(ModelNotice::Older {
                link: None,
                current: 2
            })
        );
        // Newer: the app is older than the link.
        assert_eq!(
            model_notice(Some(999), 1),
            Some(ModelNotice::Newer {
                link: 999,
                current: 1
            })
        );
        assert_eq!(
            model_notice(Some(3), 2),
            Some(ModelNotice::Newer {
                link: 3,
                current: 2
            })
        );
    }

    #[test]
    fn huge_inflation_is_refused() {
        let big = format!(r#"{{"name":"{}"}}"#, "a".repeat(MAX_INFLATED * 2));
        assert_eq!(decode(&pack(&big)), Err(LinkError::Damaged));
    }
}
