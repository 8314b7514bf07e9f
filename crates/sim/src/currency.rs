//! The scenario's currency: which money its amounts are in, for showing
//! them (`€1,234`, `1 234 $`, `revenue (USD)`). The model does not convert
//! anything: every amount is in the scenario's currency units, and the
//! currency only names them.
//!
//! Invariant: the default (EUR, no symbol, no position) is written as
//! nothing, so scenarios, reports and share links made before currencies
//! existed read and write exactly as before.

use serde::{Deserialize, Serialize};

/// Where the symbol stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolPosition {
    /// Before the number: `$1,234`.
    Before,
    /// After the number, with a space: `1 234 $`.
    After,
}

/// The currency of a scenario's amounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// A three-letter code such as `"EUR"`, `"USD"`, `"GBP"`, `"RUB"`.
    pub code: String,
    /// The symbol shown with numbers (left out: the known symbol of the
    /// code, e.g. `€` for EUR). Needed for a code not in [`KNOWN_CURRENCIES`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// Where the symbol stands (left out: as the reader's language puts
    /// it, e.g. `€1,234` in English, `1 234 €` in Finnish).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<SymbolPosition>,
}

/// The currencies whose symbol is known: (code, symbol).
pub const KNOWN_CURRENCIES: [(&str, &str); 12] = [
    ("EUR", "€"),
    ("USD", "$"),
    ("GBP", "£"),
    ("RUB", "₽"),
    ("SEK", "kr"),
    ("NOK", "kr"),
    ("DKK", "kr"),
    ("CHF", "CHF"),
    ("PLN", "zł"),
    ("JPY", "¥"),
    ("CNY", "¥"),
    ("INR", "₹"),
];

/// The longest symbol allowed, in characters.
pub const MAX_SYMBOL_CHARS: usize = 5;

/// What is wrong with a currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CurrencyProblem {
    /// The code is not three capital letters A-Z.
    BadCode,
    /// The code is not in [`KNOWN_CURRENCIES`] and no symbol is given.
    UnknownCodeWithoutSymbol,
    /// The symbol is empty or longer than [`MAX_SYMBOL_CHARS`] characters.
    SymbolLength,
    /// The symbol holds a control character (a line break, a tab...).
    ControlCharacter,
}

impl CurrencyProblem {
    /// Every problem, for shells that translate them (and their tests).
    pub const ALL: [CurrencyProblem; 4] = [
        CurrencyProblem::BadCode,
        CurrencyProblem::UnknownCodeWithoutSymbol,
        CurrencyProblem::SymbolLength,
        CurrencyProblem::ControlCharacter,
    ];

    /// The English sentence (without the path).
    pub fn english(self) -> &'static str {
        match self {
            CurrencyProblem::BadCode => {
                "a currency code is three capital letters, such as EUR, USD or GBP"
            }
            CurrencyProblem::UnknownCodeWithoutSymbol => {
                "is not a currency this tool knows; give its symbol too (\"symbol\": \"...\")"
            }
            CurrencyProblem::SymbolLength => "a currency symbol has 1 to 5 characters",
            CurrencyProblem::ControlCharacter => {
                "a currency symbol cannot hold line breaks, tabs or other control characters"
            }
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency {
            code: "EUR".into(),
            symbol: None,
            position: None,
        }
    }
}

impl Currency {
    /// A known currency by its code, with its usual symbol and no fixed position.
    pub fn of(code: &str) -> Self {
        Currency {
            code: code.into(),
            symbol: None,
            position: None,
        }
    }

    /// Whether this is the default (EUR, nothing else set): written as nothing.
    pub fn is_default(&self) -> bool {
        *self == Currency::default()
    }

    /// The symbol shown with numbers: the one given, else the code's known
    /// symbol, else the code itself.
    pub fn symbol(&self) -> &str {
        if let Some(s) = &self.symbol {
            return s;
        }
        KNOWN_CURRENCIES
            .iter()
            .find(|(c, _)| *c == self.code)
            .map(|(_, s)| *s)
            .unwrap_or(&self.code)
    }

    /// The first thing wrong with it, if any.
    pub fn problem(&self) -> Option<CurrencyProblem> {
        let code_ok = self.code.len() == 3 && self.code.bytes().all(|b| b.is_ascii_uppercase());
        if !code_ok {
            return Some(CurrencyProblem::BadCode);
        }
        match &self.symbol {
            None if !KNOWN_CURRENCIES.iter().any(|(c, _)| *c == self.code) => {
                Some(CurrencyProblem::UnknownCodeWithoutSymbol)
            }
            None => None,
            Some(s) if s.chars().any(char::is_control) => Some(CurrencyProblem::ControlCharacter),
            Some(s) if s.trim().is_empty() || s.chars().count() > MAX_SYMBOL_CHARS => {
                Some(CurrencyProblem::SymbolLength)
            }
            Some(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_eur_with_its_symbol() {
        let c = Currency::default();
        assert!(c.is_default());
        assert_eq!(c.symbol(), "€");
        assert_eq!(c.problem(), None);
        assert_eq!(Currency::of("USD").symbol(), "$");
        assert!(!Currency::of("USD").is_default());
    }

    #[test]
    fn problems_are_found() {
        use CurrencyProblem::*;
        assert_eq!(Currency::of("usd").problem(), Some(BadCode));
        assert_eq!(Currency::of("EURO").problem(), Some(BadCode));
        assert_eq!(
            Currency::of("XYZ").problem(),
            Some(UnknownCodeWithoutSymbol)
        );
        let with = |sym: &str| Currency {
            symbol: Some(sym.into()),
            ..Currency::of("XYZ")
        };
        assert_eq!(with("X$").problem(), None);
        assert_eq!(with("X$").symbol(), "X$");
        assert_eq!(with("dollars").problem(), Some(SymbolLength));
        assert_eq!(with(" ").problem(), Some(SymbolLength));
        assert_eq!(with("a\nb").problem(), Some(ControlCharacter));
    }
}
