//! The three languages and a text given in each of them.

use serde::{Deserialize, Serialize};

/// A language of the app and its classroom: English, Finnish (suomi) or
/// Luxembourgish (Lëtzebuergesch). The web app uses this one type
/// (`loyalty_lab::i18n::Lang` is it), so a lesson's, the quiz's and the
/// glossary's texts are read in the page's language without a conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default, and the CLI's language).
    #[default]
    En,
    /// Finnish (suomi).
    Fi,
    /// Luxembourgish (Lëtzebuergesch).
    Lb,
}

impl Lang {
    /// Every language, English first (the order of the app's language switch).
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Lb];

    /// The BCP 47 code: `en`, `fi`, `lb` (links, the `<html lang>` and the
    /// links' `lang=` parameter).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Lb => "lb",
        }
    }

    /// The language's own name, as the app's switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fi => "Suomi",
            Lang::Lb => "Lëtzebuergesch",
        }
    }

    /// The language of a BCP 47 tag (`fi`, `fi-FI`, `LB-lu`), if it is one
    /// of the three.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fi" => Some(Lang::Fi),
            "lb" => Some(Lang::Lb),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages (`navigator.languages`,
    /// most preferred first) that is one of the three; English when none is.
    pub fn from_preferences<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .find_map(|t| Lang::from_code(t.as_ref()))
            .unwrap_or_default()
    }
}

/// One text in the three languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Finnish.
    pub fi: String,
    /// Luxembourgish.
    pub lb: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fi => &self.fi,
            Lang::Lb => &self.lb,
        }
    }

    /// What is wrong with the text as a translated text, if anything: a
    /// language left empty, or Finnish or Luxembourgish equal to English.
    pub fn problem(&self) -> Option<String> {
        for lang in Lang::ALL {
            if self.get(lang).trim().is_empty() {
                return Some(format!("the {} text is empty", lang.code()));
            }
        }
        for lang in [Lang::Fi, Lang::Lb] {
            if self.get(lang).trim() == self.en.trim() {
                return Some(format!(
                    "the {} text is the English text \"{}\"",
                    lang.code(),
                    self.en
                ));
            }
        }
        None
    }
}
