//! The classroom's addresses: `#quiz`, `#glossary` and `#glossary=<id>`
//! (one term opened), each optionally followed by `&lang=<code>` like a
//! share link; and the `hashchange` listener that opens them from a link
//! on the page (the header's, a "?" link's, a term's own anchor).
//!
//! Invariant: a fragment is a classroom route only when its first part is
//! exactly `quiz`, `glossary` or `glossary=<id>`; everything else (a share
//! link `s=1.…`, an empty fragment, another view's address) is not, so
//! those keep their meaning.

use wasm_bindgen::JsCast;

/// A classroom view the address opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The quiz.
    Quiz,
    /// The glossary, with the term to open, if any.
    Glossary(Option<String>),
}

impl Route {
    /// The route of a URL fragment (with or without `#`), if it is one.
    pub fn parse(fragment: &str) -> Option<Route> {
        let fragment = fragment.trim().trim_start_matches('#');
        let first = fragment.split('&').next().unwrap_or_default();
        match first.split_once('=') {
            None if first == "quiz" => Some(Route::Quiz),
            None if first == "glossary" => Some(Route::Glossary(None)),
            Some(("glossary", id)) => {
                let id = id.trim();
                let ok = !id.is_empty()
                    && id.len() <= 64
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                Some(Route::Glossary(ok.then(|| id.to_string())))
            }
            _ => None,
        }
    }

    /// The fragment (with `#`) that opens this route.
    pub fn href(&self) -> String {
        match self {
            Route::Quiz => "#quiz".into(),
            Route::Glossary(None) => "#glossary".into(),
            Route::Glossary(Some(id)) => format!("#glossary={id}"),
        }
    }
}

/// The address of a glossary term (`#glossary=<id>`).
pub fn term_href(id: &str) -> String {
    Route::Glossary(Some(id.to_string())).href()
}

/// A `hashchange` listener on the window; removed when dropped.
pub struct HashListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

impl HashListener {
    /// Calls `on(fragment)` whenever the address's fragment changes (a
    /// link to `#…` was followed, or the history moved). `None` without a
    /// window.
    pub fn on_change(on: impl Fn(String) + 'static) -> Option<HashListener> {
        let window = web_sys::window()?;
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            on(crate::browser::fragment())
        });
        window
            .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(HashListener { closure })
    }
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classroom_addresses_are_read_and_others_left_alone() {
        assert_eq!(Route::parse("#quiz"), Some(Route::Quiz));
        assert_eq!(Route::parse("quiz&lang=fi"), Some(Route::Quiz));
        assert_eq!(Route::parse("#glossary"), Some(Route::Glossary(None)));
        assert_eq!(
            Route::parse("#glossary=breakage&lang=lb"),
            Some(Route::Glossary(Some("breakage".into())))
        );
        // A malformed id opens the whole glossary.
        assert_eq!(Route::parse("#glossary=<b>"), Some(Route::Glossary(None)));
        assert_eq!(Route::parse("#glossary="), Some(Route::Glossary(None)));
        for other in [
            "",
            "#",
            "#s=1.q64FAA.m3",
            "#s=1.abc&lang=fi",
            "#lesson=nps",
            "#quizz",
            "#x=quiz",
        ] {
            assert_eq!(Route::parse(other), None, "{other}");
        }
        for r in [
            Route::Quiz,
            Route::Glossary(None),
            Route::Glossary(Some("nps".into())),
        ] {
            assert_eq!(Route::parse(&r.href()), Some(r.clone()));
        }
        assert_eq!(term_href("hostages"), "#glossary=hostages");
    }
}
