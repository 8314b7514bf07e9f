//! Lesson links: `#lesson=<id>&lang=<fi|en|lb>` (or the same after `?`)
//! opens a lesson of the classroom directly, in its language. Pure: the
//! page reads the address and hands the text here.
//!
//! Invariant: a share link (`#s=...`) is never taken for a lesson link,
//! so every link format already released keeps opening its scenario; a
//! lesson link that is damaged or names no lesson gives a [`Problem`] the
//! page says in a sentence, never a panic.

use crate::i18n::Lang;
use loyalty_classroom::link::{self, LessonLink, LinkError};

/// Why a lesson link does not open its lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The lesson id has characters a lesson id cannot have.
    BadId(String),
    /// The language is not one of the app's.
    BadLang(String),
    /// No lesson has this id.
    Unknown(String),
}

/// Whether a fragment or query (with or without its `#` / `?`) has a
/// `lesson=` parameter.
fn has_lesson(text: &str) -> bool {
    text.trim_start_matches(['?', '#'])
        .split('&')
        .any(|p| p.starts_with("lesson="))
}

/// The lesson link in the address, if it has one: the fragment's first,
/// then the query's. `None` for every other address (a share link, no
/// fragment), which then opens as before.
pub fn find(fragment: &str, query: &str) -> Option<Result<LessonLink, Problem>> {
    let text = [fragment, query].into_iter().find(|t| has_lesson(t))?;
    Some(link::parse(text).map_err(|e| match e {
        LinkError::BadLesson(id) => Problem::BadId(id),
        LinkError::BadLang(code) => Problem::BadLang(code),
        // `has_lesson` found one.
        LinkError::NoLesson => Problem::BadId(String::new()),
    }))
}

/// The language a lesson link asks for, if it is a good one.
pub fn lang_of(found: &Option<Result<LessonLink, Problem>>) -> Option<Lang> {
    match found {
        Some(Ok(l)) => Some(l.lang),
        _ => None,
    }
}

/// Whether the classroom has the lesson a link names (a lesson's file
/// name is its id, which the classroom's tests hold).
pub fn resolve(id: &str) -> Result<(), Problem> {
    if loyalty_classroom::lesson::LESSON_FILES
        .iter()
        .any(|(name, _)| *name == id)
    {
        Ok(())
    } else {
        Err(Problem::Unknown(id.to_string()))
    }
}

/// The fragment (without `#`) of a lesson's link in `lang`.
pub fn fragment(id: &str, lang: Lang) -> String {
    link::print(&LessonLink {
        lesson: id.to_string(),
        lang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_classroom::Lesson;

    fn lessons() -> Vec<Lesson> {
        loyalty_classroom::lessons().expect("the bundled lessons parse")
    }

    #[test]
    fn every_lessons_link_round_trips_in_every_language() {
        let all = lessons();
        assert!(all.len() >= 12);
        for l in &all {
            for lang in Lang::ALL {
                let f = fragment(&l.id, lang);
                let got = find(&format!("#{f}"), "")
                    .expect("a lesson link")
                    .expect("it parses");
                assert_eq!(got.lesson, l.id);
                assert_eq!(got.lang, lang);
                assert_eq!(resolve(&got.lesson), Ok(()));
                // The query form opens the same lesson.
                let q = find("", &format!("?{f}")).unwrap().unwrap();
                assert_eq!(q, got);
            }
        }
    }

    #[test]
    fn share_links_and_plain_addresses_are_not_lesson_links() {
        for f in ["", "#", "#s=1.eJxLTE4BAA.m3&lang=fi", "#s=1.abc.m3", "#x=1"] {
            assert_eq!(find(f, ""), None, "{f}");
            assert_eq!(find(f, "?utm=1"), None, "{f}");
        }
        // The fragment's lesson comes before the query's.
        let got = find("#lesson=nps&lang=fi", "?lesson=apostles")
            .unwrap()
            .unwrap();
        assert_eq!(got.lesson, "nps");
    }

    #[test]
    fn a_lesson_link_without_lang_is_english_and_other_parameters_are_ignored() {
        let got = find("#lesson=pareto&utm=slide", "").unwrap().unwrap();
        assert_eq!((got.lesson.as_str(), got.lang), ("pareto", Lang::En));
        assert_eq!(lang_of(&Some(Ok(got))), Some(Lang::En));
        let got = find("?lang=lb&lesson=coalition", "").unwrap();
        assert_eq!(lang_of(&Some(got)), Some(Lang::Lb));
    }

    #[test]
    fn damaged_lesson_links_give_a_problem_not_a_panic() {
        let cases = [
            ("#lesson=", Problem::BadId(String::new())),
            ("#lesson=NPS", Problem::BadId("NPS".into())),
            ("#lesson=n%20ps&lang=fi", Problem::BadId("n%20ps".into())),
            ("#lesson=<script>", Problem::BadId("<script>".into())),
            ("#lesson=nps&lang=de", Problem::BadLang("de".into())),
            ("#lesson=nps&lang=", Problem::BadLang(String::new())),
        ];
        for (text, want) in cases {
            assert_eq!(find(text, ""), Some(Err(want)), "{text}");
        }
        assert_eq!(lang_of(&find("#lesson=nps&lang=de", "")), None);
        assert_eq!(
            resolve("no-such-lesson"),
            Err(Problem::Unknown("no-such-lesson".into()))
        );
        // Arbitrary bytes never panic.
        for text in [
            "#lesson=\u{0}",
            "#lesson=é&lang=fi",
            "#&&&lesson==&",
            "?lesson=a=b",
        ] {
            let _ = find(text, text);
        }
    }
}
