//! A generator of valid scenarios across every mechanic, segment kind and
//! event kind, extremes included.
//!
//! It starts from the app's defaults with every mechanic on and one event
//! of each kind (`loyalty_lab::defaults`), drops a random subset of the
//! mechanics and events, gives every segment a random kind, moves events
//! to random days and then proposes many random values for random numeric
//! fields (0, 1, huge, tiny, negative, a multiple of the old value). The
//! validator judges each proposal: when it names the field's range
//! (`between A and B`), the field is set to one of its ends (so the
//! extremes are met often); when it still fails, the proposal is undone. So
//! every scenario it returns passes validation, and the money inputs that
//! the money limit refuses are lowered to the largest value it allows.

use arbitrary::{Result, Unstructured};
use loyalty_sim::{validate, FieldError, Scenario};
use serde_json::{json, Value};

/// How large a generated scenario may be.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Most day-0 customers.
    pub customers: u32,
    /// Most days.
    pub days: u32,
}

const SEGMENTS: [&str; 6] = [
    "everyone",
    "top_spenders",
    "new",
    "lapsing",
    "tier",
    "birthday",
];

/// A valid scenario drawn from `u`.
pub fn scenario(u: &mut Unstructured, size: Size) -> Result<Scenario> {
    let mut s = Scenario::default();
    s.simulation.seed = u.arbitrary()?;
    s.simulation.customers = u.int_in_range(100..=size.customers.max(100))?;
    s.simulation.days = u.int_in_range(30..=size.days.max(30))?;
    if u.ratio(1, 10)? {
        s.programme = None;
    } else {
        loyalty_lab::defaults::every_mechanic(&mut s);
    }
    s.events = loyalty_lab::defaults::every_event(s.simulation.days);
    if u.ratio(1, 4)? {
        s.market.alternatives = 0;
    }
    if u.ratio(1, 4)? {
        let c = s.simulation.customers;
        s.market.market_size = Some(u.int_in_range(c..=c.saturating_mul(100))?);
    }
    let mut v = serde_json::to_value(&s).expect("a scenario serialises");
    drop_some(u, &mut v)?;
    for seg in segments(&v) {
        let kind = *u.choose(&SEGMENTS)?;
        let new = serde_json::to_value(loyalty_lab::defaults::segment(kind)).expect("serialises");
        if let Some(x) = v.pointer_mut(&seg) {
            *x = new;
        }
    }
    let days = s.simulation.days;
    if let Some(events) = v["events"].as_array_mut() {
        for e in events {
            e["day"] = json!(u.int_in_range(0..=days - 1)?);
        }
    }
    let small = Scenario {
        simulation: s.simulation.clone(),
        ..Scenario::default()
    };
    repair(&mut v);
    let mut good = settle(v, &small);
    let proposals = u.int_in_range(10..=60)?;
    for _ in 0..proposals {
        good = propose(u, good)?;
    }
    Ok(good)
}

/// Drops a random subset of the mechanics, offers, coupons and events.
fn drop_some(u: &mut Unstructured, v: &mut Value) -> Result<()> {
    if let Some(p) = v["programme"].as_object_mut() {
        let keys: Vec<String> = p.keys().cloned().collect();
        for k in keys {
            let optional = !matches!(k.as_str(), "enrolment" | "costs");
            if optional && u.ratio(1, 3)? {
                let empty = if p[&k].is_array() {
                    json!([])
                } else {
                    Value::Null
                };
                p.insert(k, empty);
            }
        }
    }
    if let Some(events) = v["events"].as_array_mut() {
        let mut kept = Vec::new();
        for e in events.drain(..) {
            if u.ratio(2, 3)? {
                kept.push(e);
            }
        }
        *events = kept;
    }
    Ok(())
}

/// Undoes what does not fit together (a mechanic another needs was
/// dropped, a tier segment without tiers, an event that needs what is not
/// there): the mechanic or event a problem names is dropped, a segment
/// becomes everyone.
fn repair(v: &mut Value) {
    for _ in 0..16 {
        let Ok(s) = serde_json::from_value::<Scenario>(v.clone()) else {
            return;
        };
        let Err(errors) = validate(&s) else {
            return;
        };
        let Some(e) = errors.iter().find(|e| !e.message.contains("could book")) else {
            return;
        };
        let parts: Vec<&str> = e.path.split(['.', '[']).collect();
        if e.path == "events" {
            v["events"] = json!([]);
        } else if e.message.contains("targets a tier") {
            if let Some(x) = v.pointer_mut(&pointer(&e.path)) {
                *x = json!({"kind": "everyone"});
            }
        } else if let (Some(&"events"), Some(i)) = (parts.first(), parts.get(1)) {
            let i: usize = i.trim_end_matches(']').parse().unwrap_or(0);
            if let Some(events) = v["events"].as_array_mut() {
                if i < events.len() {
                    events.remove(i);
                } else {
                    events.clear();
                }
            }
        } else if let (Some(&"programme"), Some(field)) = (parts.first(), parts.get(1)) {
            let p = &mut v["programme"];
            let empty = if p[*field].is_array() {
                json!([])
            } else {
                Value::Null
            };
            if p[*field] == empty || matches!(*field, "enrolment" | "costs") {
                return;
            }
            p[*field] = empty;
        } else {
            return;
        }
    }
}

/// The JSON pointers of every segment in the scenario.
fn segments(v: &Value) -> Vec<String> {
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                let is_segment = m
                    .get("kind")
                    .and_then(Value::as_str)
                    .is_some_and(|k| SEGMENTS.contains(&k));
                if is_segment {
                    out.push(at.clone());
                }
                for (k, x) in m {
                    walk(x, format!("{at}/{k}"), out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

/// Every numeric leaf's pointer.
fn numbers(v: &Value) -> Vec<String> {
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    walk(x, format!("{at}/{k}"), out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, format!("{at}/{i}"), out);
                }
            }
            Value::Number(_) => out.push(at),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

/// The pointer of a validation error's dotted path (`a.b[2].c` is `/a/b/2/c`).
pub fn pointer(path: &str) -> String {
    format!("/{}", path.replace(['.', '['], "/").replace(']', ""))
}

/// The range a message names (`between A and B`), if it does.
pub fn range(e: &FieldError) -> Option<(f64, f64)> {
    let rest = e.message.split("between ").nth(1)?;
    let mut words = rest.split(' ');
    let lo: f64 = words.next()?.parse().ok()?;
    if words.next()? != "and" {
        return None;
    }
    let hi: String = words
        .next()?
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        .collect();
    Some((lo, hi.parse().ok()?))
}

/// A JSON number for `x`, an integer when the field holds one.
fn number_like(old: &Value, x: f64) -> Value {
    if old.is_u64() || old.is_i64() {
        json!(x.max(0.0).floor() as u64)
    } else {
        json!(x)
    }
}

/// `v` as a valid scenario: the money limit's refusals lowered to what it
/// allows; `fallback` if it cannot be made valid.
fn settle(mut v: Value, fallback: &Scenario) -> Scenario {
    for _ in 0..32 {
        let Ok(s) = serde_json::from_value::<Scenario>(v.clone()) else {
            return fallback.clone();
        };
        let errors = match validate(&s) {
            Ok(()) => return s,
            Err(e) => e,
        };
        let money = errors.iter().all(|e| e.message.contains("could book"));
        let (Some(e), true) = (errors.first(), money) else {
            return fallback.clone();
        };
        let (Some((_, hi)), Some(x)) = (range(e), v.pointer_mut(&pointer(&e.path))) else {
            return fallback.clone();
        };
        *x = number_like(x, hi);
    }
    fallback.clone()
}

/// One proposal: a random numeric field gets a random value; the scenario
/// that comes out is valid (the proposal is undone if it cannot be).
fn propose(u: &mut Unstructured, good: Scenario) -> Result<Scenario> {
    let mut v = serde_json::to_value(&good).expect("serialises");
    // The size is chosen once, within the caller's bounds.
    let leaves: Vec<String> = numbers(&v)
        .into_iter()
        .filter(|p| !matches!(p.as_str(), "/simulation/customers" | "/simulation/days"))
        .collect();
    if leaves.is_empty() {
        return Ok(good);
    }
    let at = u.choose(&leaves)?.clone();
    let Some(old) = v.pointer(&at).cloned() else {
        return Ok(good);
    };
    let o = old.as_f64().unwrap_or(0.0);
    let x = match u.int_in_range(0..=7)? {
        0 => 0.0,
        1 => 1.0,
        2 => 1e12,
        3 => 1e-9,
        4 => -1.0,
        5 => o * f64::from(u.int_in_range(0..=300u32)?) / 100.0,
        6 => f64::from(u.int_in_range(0..=3_650u32)?),
        _ => o + 1.0,
    };
    if let Some(p) = v.pointer_mut(&at) {
        *p = number_like(&old, x);
    }
    // Out of range: try the ends of the range the validator names.
    if let Ok(s) = serde_json::from_value::<Scenario>(v.clone()) {
        if let Err(errors) = validate(&s) {
            let named = errors
                .iter()
                .find(|e| pointer(&e.path) == at && !e.message.contains("could book"))
                .and_then(range);
            if let (Some((lo, hi)), Some(p)) = (named, v.pointer_mut(&at)) {
                *p = number_like(&old, if u.arbitrary()? { lo } else { hi });
            }
        }
    }
    Ok(settle(v, &good))
}
