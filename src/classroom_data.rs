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
}

/// The classroom's language for the app's.
pub fn lang(l: Lang) -> loyalty_classroom::Lang {
    match l {
        Lang::En => loyalty_classroom::Lang::En,
        Lang::Fi => loyalty_classroom::Lang::Fi,
        Lang::Lb => loyalty_classroom::Lang::Lb,
    }
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
        .map(|t| t.term.get(lang(l)).to_string())
}

/// The title of lesson `id` in `l`, if there is such a lesson.
pub fn lesson_title(l: Lang, id: &str) -> Option<String> {
    loyalty_classroom::lesson(id).map(|x| x.title.get(lang(l)).to_string())
}

/// The address of lesson `id` in `l` (`#lesson=<id>&lang=<code>`, the
/// classroom crate's link).
pub fn lesson_href(l: Lang, id: &str) -> String {
    let link = loyalty_classroom::link::LessonLink {
        lesson: id.to_string(),
        lang: lang(l),
    };
    format!("#{}", loyalty_classroom::link::print(&link))
}
