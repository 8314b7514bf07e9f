//! The three languages and a text given in each of them.

use serde::{Deserialize, Serialize};

/// A language of the classroom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Finnish (suomi).
    Fi,
    /// Luxembourgish (Lëtzebuergesch).
    Lb,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Lb];

    /// The language's code (`"en"`, `"fi"`, `"lb"`), as in links and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Lb => "lb",
        }
    }

    /// The language of a code, if it is one of the three (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
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
