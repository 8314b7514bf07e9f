//! The app's languages: English, Finnish (suomi) and Luxembourgish
//! (Lëtzebuergesch), and the typed message tables every text module is
//! written in.
//!
//! A message is a [`Tr`]: one `&'static str` per language, so a message
//! without one of its languages does not compile. Messages with values are
//! functions of `(Lang, ..)` that `match` on the language, so a missing
//! language there does not compile either. The [`texts!`](crate::texts)
//! macro declares a module's messages and lists them in the module's `ALL`,
//! which the completeness tests walk (no empty text, a Finnish and a
//! Luxembourgish text that is not the English one unless it is a proper
//! name or an abbreviation, the same `{}` placeholders).
//!
//! Invariant: the language is state of the page only (`App` keeps it, a
//! `ContextProvider<Lang>` hands it down); nothing here is global or mutable.

/// A language of the app: the classroom's type (`loyalty_classroom::Lang`:
/// `En`, `Fi`, `Lb`, with `ALL`, `code`, `name`, `from_code` for BCP 47
/// tags and `from_preferences` for `navigator.languages`), one type for the
/// page, its workers and the lessons, the quiz and the glossary.
pub use loyalty_classroom::Lang;

/// One message in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    /// English.
    pub en: &'static str,
    /// Finnish.
    pub fi: &'static str,
    /// Luxembourgish.
    pub lb: &'static str,
}

impl Tr {
    /// The message in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fi => self.fi,
            Lang::Lb => self.lb,
        }
    }
}

/// Declares messages: `NAME = "English", "suomi", "Lëtzebuergesch";` each
/// becomes `pub const NAME: Tr`, and the module gets `ALL`, every message
/// with its name, for the completeness tests.
#[macro_export]
macro_rules! texts {
    ($( $(#[$meta:meta])* $name:ident = $en:expr, $fi:expr, $lb:expr; )*) => {
        $(
            $(#[$meta])*
            pub const $name: $crate::i18n::Tr = $crate::i18n::Tr { en: $en, fi: $fi, lb: $lb };
        )*
        /// Every message of this module with its name (for the tests that
        /// check each exists in every language).
        #[allow(dead_code)]
        pub const ALL: &[(&str, $crate::i18n::Tr)] = &[$((stringify!($name), $name)),*];
    };
}

/// Words that are the same in every language (proper names and
/// abbreviations): a Finnish or Luxembourgish message may equal the English
/// only when it is made of these and of numbers and signs alone.
pub const SAME_IN_EVERY_LANGUAGE: [&str; 16] = [
    "Loyalty Lab",
    "Pareto/NBD",
    "P(> 0)",
    "BG/NBD",
    "Monte Carlo",
    "NPS",
    "ROI",
    "NPV",
    "CSV",
    "PNG",
    "JSON",
    "VIP",
    "Gamma",
    "×",
    "Ctrl+Z",
    "Ctrl+Shift+Z",
];

/// Whether a Finnish or Luxembourgish `text` that equals the English is
/// allowed to: it holds no letters once the shared words are removed.
pub fn may_equal_english(text: &str) -> bool {
    let mut rest = text.to_string();
    for w in SAME_IN_EVERY_LANGUAGE {
        rest = rest.replace(w, "");
    }
    !rest.chars().any(char::is_alphabetic)
}

/// The completeness check of one message: every language has text, the
/// translations differ from the English unless [`may_equal_english`], and
/// every language has the same number of `{}` placeholders. Returns what is
/// wrong, if anything.
pub fn problem(name: &str, t: &Tr) -> Option<String> {
    let holes = |s: &str| s.matches("{}").count();
    for (lang, text) in [("en", t.en), ("fi", t.fi), ("lb", t.lb)] {
        if text.trim().is_empty() && !t.en.is_empty() {
            return Some(format!("{name}: no {lang} text"));
        }
        if holes(text) != holes(t.en) {
            return Some(format!("{name}: {lang} has other placeholders than en"));
        }
        if lang != "en" && text == t.en && !may_equal_english(text) {
            return Some(format!("{name}: {lang} is still English: {text:?}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_from_tags_and_preferences() {
        assert_eq!(Lang::from_code("fi-FI"), Some(Lang::Fi));
        assert_eq!(Lang::from_code("LB_lu"), Some(Lang::Lb));
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_preferences(&["de-DE", "lb", "fi"]), Lang::Lb);
        assert_eq!(Lang::from_preferences(&["sv", "fi-FI"]), Lang::Fi);
        assert_eq!(Lang::from_preferences(&["de"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn the_check_finds_a_missing_or_untranslated_message() {
        let ok = Tr {
            en: "Run",
            fi: "Aja",
            lb: "Starten",
        };
        assert_eq!(problem("OK", &ok), None);
        let missing = Tr { fi: "", ..ok };
        assert!(problem("M", &missing).unwrap().contains("no fi text"));
        let english = Tr { lb: "Run", ..ok };
        assert!(problem("E", &english)
            .unwrap()
            .contains("lb is still English"));
        let holes = Tr { fi: "Aja {}", ..ok };
        assert!(problem("H", &holes).unwrap().contains("placeholders"));
        let name = Tr {
            en: "NPS",
            fi: "NPS",
            lb: "NPS",
        };
        assert_eq!(problem("N", &name), None);
    }
}
