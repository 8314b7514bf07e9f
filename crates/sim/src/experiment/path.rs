//! Parameters addressed by path (`programme.points.earn_rate`,
//! `programme.tiers.levels[1].discount`): reading and setting a number of a
//! scenario through its JSON form, then re-validating.
//!
//! Invariant: a path names a number of the scenario's JSON (as
//! `Scenario::to_json_pretty` writes it, where every field is present and
//! an absent mechanic is `null`); setting one gives a validated scenario or
//! the problems, and never changes anything else.

use crate::{validate, FieldError, Scenario};
use serde_json::Value;

pub use super::problem::{PathError, Unknown, Unused, ValueKind};

enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `a.b[2].c` into keys and indices.
fn segments(path: &str) -> Result<Vec<Seg<'_>>, PathError> {
    let bad = || PathError::Unknown(Unknown::Syntax);
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if key.is_empty() {
            return Err(bad());
        }
        out.push(Seg::Key(key));
        while !rest.is_empty() {
            let close = rest.find(']').ok_or_else(bad)?;
            let index = rest[1..close].parse().map_err(|_| bad())?;
            out.push(Seg::Index(index));
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                return Err(bad());
            }
        }
    }
    Ok(out)
}

/// The scenario as a JSON value (plain data always serialises).
pub(crate) fn to_value(s: &Scenario) -> Value {
    serde_json::to_value(s).unwrap_or(Value::Null)
}

/// The number at `path` of the scenario's JSON.
fn find<'v>(root: &'v Value, path: &str) -> Result<&'v Value, PathError> {
    let mut at = root;
    let mut walked = String::new();
    for seg in segments(path)? {
        match seg {
            Seg::Key(k) => {
                let Some(obj) = at.as_object() else {
                    return Err(PathError::Unknown(Unknown::NoFields { at: walked }));
                };
                match obj.get(k) {
                    Some(Value::Null) => {
                        let at = join(&walked, k);
                        return Err(PathError::Unused(Unused::Null { at }));
                    }
                    Some(v) => at = v,
                    None => {
                        let mut fields: Vec<String> = obj.keys().cloned().collect();
                        fields.sort_unstable();
                        return Err(PathError::Unknown(Unknown::NoField {
                            at: walked,
                            field: k.to_string(),
                            fields,
                        }));
                    }
                }
                walked = join(&walked, k);
            }
            Seg::Index(i) => {
                let Some(list) = at.as_array() else {
                    return Err(PathError::Unknown(Unknown::NotAList { at: walked }));
                };
                let Some(v) = list.get(i) else {
                    return Err(PathError::Unused(Unused::TooShort {
                        at: walked,
                        len: list.len(),
                        index: i,
                    }));
                };
                at = v;
                walked = format!("{walked}[{i}]");
            }
        }
    }
    Ok(at)
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

fn kind_of(v: &Value) -> ValueKind {
    match v {
        Value::Null => ValueKind::Null,
        Value::Bool(_) => ValueKind::Switch,
        Value::Number(_) => ValueKind::Number,
        Value::String(_) => ValueKind::Text,
        Value::Array(_) => ValueKind::List,
        Value::Object(_) => ValueKind::Group,
    }
}

/// The parameter's current value in the scenario.
pub(crate) fn get(s: &Scenario, path: &str) -> Result<f64, PathError> {
    if path == "simulation.seed" {
        return Err(PathError::Unknown(Unknown::Seed));
    }
    let root = to_value(s);
    let v = find(&root, path)?;
    v.as_f64().ok_or_else(|| PathError::NotANumber(kind_of(v)))
}

/// Whether the parameter at `path` holds a whole number (a count, a day).
pub(crate) fn is_whole(s: &Scenario, path: &str) -> bool {
    let root = to_value(s);
    find(&root, path).is_ok_and(|v| v.is_u64() || v.is_i64())
}

/// Why setting a parameter failed.
#[derive(Debug)]
pub(crate) enum SetError {
    /// The path is not a number of the scenario.
    Path(PathError),
    /// A whole-number parameter was given a fraction or a negative number.
    NotWhole,
    /// The changed scenario is invalid (every problem, as `validate` gives it).
    Invalid(Vec<FieldError>),
}

/// The scenario with the number at `path` replaced by `value`, validated.
pub(crate) fn set(s: &Scenario, path: &str, value: f64) -> Result<Scenario, SetError> {
    let mut root = to_value(s);
    let whole = find(&root, path).map_err(SetError::Path)?;
    let new = if whole.is_u64() || whole.is_i64() {
        if value.fract() != 0.0 || value < 0.0 || value > u32::MAX as f64 {
            return Err(SetError::NotWhole);
        }
        Value::from(value as u64)
    } else {
        serde_json::Number::from_f64(value)
            .map(Value::Number)
            .ok_or_else(|| {
                SetError::Invalid(vec![super::problem::error(
                    path,
                    super::problem::Problem::NotFinite,
                )])
            })?
    };
    if let Some(slot) = find_mut(&mut root, path) {
        *slot = new;
    }
    // Read back through the scenario's own JSON reader (exact with
    // `float_roundtrip`): one deserialiser of the scenario, shared with
    // every other reader, keeps the app's WebAssembly small.
    let changed = Scenario::from_json(&root.to_string())
        .map_err(|e| SetError::Invalid(vec![FieldError::new(path, e.to_string())]))?;
    validate(&changed).map_err(SetError::Invalid)?;
    Ok(changed)
}

/// The slot at `path` (which `find` has already checked).
fn find_mut<'v>(root: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let mut at = root;
    for seg in segments(path).ok()? {
        at = match seg {
            Seg::Key(k) => at.get_mut(k)?,
            Seg::Index(i) => at.get_mut(i)?,
        };
    }
    Some(at)
}

/// Every leaf of the scenario's JSON as (path, value): the fields that two
/// scenarios can differ in.
pub(crate) fn leaves(v: &Value, prefix: &str, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(o) if !o.is_empty() => {
            for (k, x) in o {
                leaves(x, &join(prefix, k), out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, &format!("{prefix}[{i}]"), out);
            }
        }
        _ => out.push((prefix.to_string(), v.clone())),
    }
}

/// The value at a leaf path, or null when the scenario has nothing there.
pub(crate) fn lookup(v: &Value, path: &str) -> Value {
    let mut at = v;
    let Ok(segs) = segments(path) else {
        return Value::Null;
    };
    for seg in segs {
        let next = match seg {
            Seg::Key(k) => at.get(k),
            Seg::Index(i) => at.get(i),
        };
        match next {
            Some(x) => at = x,
            None => return Value::Null,
        }
    }
    at.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_set_and_explain() {
        let s = Scenario::default();
        assert_eq!(get(&s, "programme.points.earn_rate"), Ok(0.02));
        assert!(matches!(
            get(&s, "programme.points.earn_rat"),
            Err(PathError::Unknown(_))
        ));
        assert!(matches!(
            get(&s, "programme.tiers.window_months"),
            Err(PathError::Unused(_))
        ));
        assert!(matches!(get(&s, "name"), Err(PathError::NotANumber(_))));
        let t = set(&s, "programme.points.earn_rate", 0.05).unwrap();
        assert_eq!(t.programme.unwrap().points.unwrap().earn_rate, 0.05);
        let t = set(&s, "programme.points.redemption_threshold", 40.0).unwrap();
        assert_eq!(
            t.programme.unwrap().points.unwrap().redemption_threshold,
            40
        );
        assert!(matches!(
            set(&s, "programme.points.redemption_threshold", 4.5),
            Err(SetError::NotWhole)
        ));
        assert!(matches!(
            set(&s, "programme.points.earn_rate", -1.0),
            Err(SetError::Invalid(_))
        ));
        assert!(is_whole(&s, "simulation.customers"));
    }
}
