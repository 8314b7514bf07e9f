//! The classroom crate's bundled quiz and glossary as the app uses them:
//! parsed once on first use and shared (`Rc`), looked up by id, in the
//! page's language.
//!
//! Invariant: the data are the crate's, unchanged; a part that does not
//! parse (impossible for the bundled files, which the crate's tests read)
//! is an empty list, never a panic.

use crate::i18n::Lang;
use loyalty_classroom::glossary::Term;
use loyalty_classroom::quiz::Question;
use std::cell::OnceCell;
use std::rc::Rc;

thread_local! {
    static TERMS: OnceCell<Rc<Vec<Term>>> = const { OnceCell::new() };
    static QUESTIONS: OnceCell<Rc<Vec<Question>>> = const { OnceCell::new() };
    static LESSONS: OnceCell<Rc<Vec<LessonTitle>>> = const { OnceCell::new() };
}

/// A lesson's id and title: all the quiz and the glossary need of a lesson
/// (read alone, without the rest of the lesson's format, which keeps the
/// page's wasm smaller).
#[derive(serde::Deserialize)]
struct LessonTitle {
    id: String,
    title: loyalty_classroom::Text,
}

/// Every glossary term, in the glossary's order.
pub fn terms() -> Rc<Vec<Term>> {
    TERMS.with(|c| {
        c.get_or_init(|| Rc::new(loyalty_classroom::glossary::terms().unwrap_or_default()))
            .clone()
    })
}

/// Every quiz question, in the source's order.
pub fn questions() -> Rc<Vec<Question>> {
    QUESTIONS.with(|c| {
        c.get_or_init(|| Rc::new(loyalty_classroom::quiz::questions().unwrap_or_default()))
            .clone()
    })
}

/// The name of the glossary term `id` in `l`, if the glossary has it.
pub fn term_name(l: Lang, id: &str) -> Option<String> {
    terms()
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.term.get(l).to_string())
}

/// The title of lesson `id` in `l`, if there is such a lesson.
pub fn lesson_title(l: Lang, id: &str) -> Option<String> {
    let lessons = LESSONS.with(|c| {
        c.get_or_init(|| {
            Rc::new(
                loyalty_classroom::lesson::LESSON_FILES
                    .iter()
                    .filter_map(|(_, text)| serde_json::from_str(text).ok())
                    .collect(),
            )
        })
        .clone()
    });
    lessons
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.title.get(l).to_string())
}

/// The address of lesson `id` in `l` (`#lesson=<id>&lang=<code>`, the
/// classroom crate's link).
pub fn lesson_href(l: Lang, id: &str) -> String {
    let link = loyalty_classroom::link::LessonLink {
        lesson: id.to_string(),
        lang: l,
    };
    format!("#{}", loyalty_classroom::link::print(&link))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_the_quiz_and_glossary_name_has_its_title() {
        let lessons = loyalty_classroom::lessons().expect("the bundled lessons");
        let named = questions()
            .iter()
            .map(|q| q.lesson.clone())
            .chain(terms().iter().flat_map(|t| t.lessons.clone()))
            .collect::<Vec<_>>();
        assert!(named.len() > 14);
        for id in named {
            let lesson = lessons.iter().find(|x| x.id == id).expect("a lesson");
            for l in Lang::ALL {
                assert_eq!(lesson_title(l, &id).as_deref(), Some(lesson.title.get(l)));
            }
        }
        assert_eq!(lesson_title(Lang::En, "no-such-lesson"), None);
        assert_eq!(lesson_href(Lang::Fi, "nps"), "#lesson=nps&lang=fi");
    }
}
