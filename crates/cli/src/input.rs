//! Reading scenario files (or standard input) and turning every problem into
//! an invalid-input [`Failure`].

use crate::failure::Failure;
use loyalty_sim::{FieldError, Scenario};
use std::io::Read;

/// The command-line name for standard input.
pub const STDIN: &str = "-";

/// How to name `path` in messages.
pub fn display_name(path: &str) -> &str {
    if path == STDIN {
        "standard input"
    } else {
        path
    }
}

/// Reads the whole file, or standard input for `-`.
pub fn read_text(path: &str) -> Result<String, Failure> {
    let result = if path == STDIN {
        let mut text = String::new();
        std::io::stdin()
            .lock()
            .read_to_string(&mut text)
            .map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    result.map_err(|e| {
        let what = if path == STDIN {
            "cannot read it"
        } else {
            "cannot read the file"
        };
        Failure::input(format!("{}: {what}: {e}", display_name(path)))
    })
}

/// Parses a scenario without validating it (syntax, types, unknown and missing fields).
pub fn parse_unvalidated(path: &str, text: &str) -> Result<Scenario, Failure> {
    // Editors on some systems save UTF-8 with a byte-order mark; JSON parsers reject it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Failure::input(format!(
            "{}: is empty; expected a scenario in JSON (`loyalty example` prints one)",
            display_name(path)
        )));
    }
    Scenario::from_json(text).map_err(|e| field_errors(vec![e]))
}

/// Reads, parses and validates a scenario.
pub fn load_scenario(path: &str) -> Result<Scenario, Failure> {
    let text = read_text(path)?;
    let scenario = parse_unvalidated(path, &text)?;
    loyalty_sim::validate(&scenario).map_err(field_errors)?;
    Ok(scenario)
}

/// One `field.path: message` line per problem.
pub fn field_errors(errors: Vec<FieldError>) -> Failure {
    Failure::Input(errors.iter().map(ToString::to_string).collect())
}
