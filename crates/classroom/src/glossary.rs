//! The glossary: every concept of the source texts with a short
//! definition in each language, the lessons that use it and the report
//! fields and scenario paths it explains; and a search over it.

use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};

/// One term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id (`"affective-commitment"`).
    pub id: String,
    /// The term.
    pub term: Text,
    /// A short definition.
    pub definition: Text,
    /// Lessons that use it.
    #[serde(default)]
    pub lessons: Vec<String>,
    /// Report fields (`kpis.nps`, `monthly[].apostles.hostages`) and
    /// scenario paths (`market.alternatives`) it explains, so the app can
    /// link a label to it.
    #[serde(default)]
    pub fields: Vec<String>,
}

/// The bundled glossary.
pub const GLOSSARY_JSON: &str = include_str!("../data/glossary.json");

/// Every term.
pub fn terms() -> Result<Vec<Term>, String> {
    serde_json::from_str(GLOSSARY_JSON).map_err(|e| format!("data/glossary.json: {e}"))
}

/// Lower case without accents, for matching: `Ä` and `ä` read as `a`,
/// `ë`, `é` as `e` and so on for the letters of the three languages (and
/// their neighbours); other characters are kept.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'š' => 's',
            'ž' => 'z',
            other => other,
        })
        .collect()
}

/// The terms whose name or definition, in any language, contains every
/// word of `query` (case- and accent-insensitive). Terms whose name
/// matches come first; otherwise the glossary's order is kept.
pub fn search<'t>(terms: &'t [Term], query: &str) -> Vec<&'t Term> {
    let words: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut by_name = Vec::new();
    let mut by_text = Vec::new();
    for t in terms {
        let names: String = Lang::ALL
            .iter()
            .map(|&l| fold(t.term.get(l)))
            .collect::<Vec<_>>()
            .join(" ");
        let all = format!(
            "{names} {}",
            Lang::ALL
                .iter()
                .map(|&l| fold(t.definition.get(l)))
                .collect::<Vec<_>>()
                .join(" ")
        );
        if words.iter().all(|w| names.contains(w.as_str())) {
            by_name.push(t);
        } else if words.iter().all(|w| all.contains(w.as_str())) {
            by_text.push(t);
        }
    }
    by_name.extend(by_text);
    by_name
}
