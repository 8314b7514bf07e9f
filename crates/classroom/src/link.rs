//! A lesson as a link: `lesson=<id>&lang=<code>` (the query or fragment
//! part of an address). The lesson id names its prepared scenario, so the
//! link opens the same lesson, language and scenario anywhere.

use crate::text::Lang;

/// A parsed lesson link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonLink {
    /// The lesson's id.
    pub lesson: String,
    /// The language.
    pub lang: Lang,
}

/// Why a text is not a lesson link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No `lesson=` part.
    NoLesson,
    /// The lesson id is empty or has characters other than a-z, 0-9 and `-`.
    BadLesson(String),
    /// The language is not `en`, `fi` or `lb`.
    BadLang(String),
}

/// Prints a link: `lesson=<id>&lang=<code>`.
pub fn print(link: &LessonLink) -> String {
    format!("lesson={}&lang={}", link.lesson, link.lang.code())
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses `lesson=<id>&lang=<code>` (a leading `?` or `#` and other
/// parameters are ignored; without `lang` the language is English).
pub fn parse(text: &str) -> Result<LessonLink, LinkError> {
    let text = text.trim_start_matches(['?', '#']);
    let mut lesson = None;
    let mut lang = Lang::En;
    for part in text.split('&') {
        match part.split_once('=') {
            Some(("lesson", id)) => {
                if !valid_id(id) {
                    return Err(LinkError::BadLesson(id.to_string()));
                }
                lesson = Some(id.to_string());
            }
            Some(("lang", code)) => {
                // Exactly a code (`fi`), as `print` writes it.
                lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.code().eq_ignore_ascii_case(code))
                    .ok_or_else(|| LinkError::BadLang(code.to_string()))?;
            }
            _ => {}
        }
    }
    Ok(LessonLink {
        lesson: lesson.ok_or(LinkError::NoLesson)?,
        lang,
    })
}
