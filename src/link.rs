//! Share links: a whole scenario (seed included) in the URL fragment.
//!
//! Format, version 1: `#s=1.<data>`, where `<data>` is the URL-safe base64
//! (no padding) of the raw-deflated compact JSON of a *patch*: the scenario's
//! JSON with everything equal to the version's base scenario left out
//! (objects are compared key by key; arrays, strings, numbers and `null` are
//! replaced whole). Decoding applies the patch to the same base, then parses
//! and validates the result with the core.
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

/// Encodes a scenario as a URL fragment (without the leading `#`).
pub fn encode(scenario: &Scenario) -> String {
    let base = base_value(CURRENT_VERSION).unwrap_or(Value::Null);
    let value = serde_json::to_value(scenario).unwrap_or(Value::Null);
    let patch = diff(&base, &value).unwrap_or_else(|| Value::Object(Map::new()));
    let json = serde_json::to_vec(&patch).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!(
        "{PREFIX}{CURRENT_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(packed)
    )
}

/// Decodes a URL fragment (with or without the leading `#`). An empty
/// fragment is `Ok(None)`: there is no link to open.
pub fn decode(fragment: &str) -> Result<Option<Scenario>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Ok(None);
    }
    let rest = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotOurs)?;
    let (version, data) = rest.split_once('.').ok_or(LinkError::Damaged)?;
    let version: u32 = version.parse().map_err(|_| LinkError::Damaged)?;
    if version > CURRENT_VERSION {
        return Err(LinkError::FutureVersion(version));
    }
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
    Ok(Some(scenario))
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
        assert_eq!(decode(&link).unwrap(), Some(s));
        assert_eq!(
            plain, "s=1.q64FAA",
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

    #[test]
    fn huge_inflation_is_refused() {
        let big = format!(r#"{{"name":"{}"}}"#, "a".repeat(MAX_INFLATED * 2));
        assert_eq!(decode(&pack(&big)), Err(LinkError::Damaged));
    }
}
