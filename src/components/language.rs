//! The language: which one the page opens in, the switch, and the share
//! link's `lang=` parameter.
//!
//! Invariant: the reader's own choice (kept in `localStorage` under
//! [`browser::LANG_KEY`]) wins; without one, a share link's language, then
//! the browser's preferred languages, then English. Opening a link never
//! stores a choice. The language travels to every component as a
//! `ContextProvider<Lang>` from `App`.

use crate::browser;
use crate::i18n::Lang;
use crate::text;
use yew::prelude::*;

/// The share link's language parameter, after the scenario:
/// `#s=1.<data>.m3&lang=fi`.
pub const LANG_PARAM: &str = "lang=";

/// The language a fragment's `lang=` parameter names, if any.
pub fn lang_of_fragment(fragment: &str) -> Option<Lang> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .skip(1)
        .find_map(|p| p.strip_prefix(LANG_PARAM))
        .and_then(Lang::from_code)
}

/// A share fragment (without `#`) that also says it was made in `lang`.
pub fn with_lang(fragment: &str, lang: Lang) -> String {
    format!("{fragment}&{LANG_PARAM}{}", lang.code())
}

/// The language the page opens in: the stored choice, else the link's,
/// else the browser's first language the app has, else English.
pub fn initial_lang<S: AsRef<str>>(
    stored: Option<&str>,
    fragment: &str,
    preferences: &[S],
) -> Lang {
    stored
        .and_then(Lang::from_code)
        .or_else(|| lang_of_fragment(fragment))
        .unwrap_or_else(|| Lang::from_preferences(preferences))
}

/// Properties of [`LanguageSwitch`].
#[derive(Properties, PartialEq, Clone)]
pub struct LanguageSwitchProps {
    /// The language shown.
    pub current: Lang,
    /// Say that the language was just switched (in the new language).
    #[prop_or_default]
    pub announce: bool,
    /// A language picked.
    pub on_pick: Callback<Lang>,
}

/// One button per language, each in its own language: one click switches.
/// After a switch, a line beside the buttons says so in the new language;
/// it is a live region from the start, so screen readers announce it.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={text::LANGUAGE.get(props.current)}>
            { for Lang::ALL.iter().map(|l| {
                let l = *l;
                let on_pick = props.on_pick.clone();
                html! {
                    <button type="button" class="small" id={format!("lang-{}", l.code())} lang={l.code()}
                        aria-pressed={(l == props.current).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_pick.emit(l))}>{ l.name() }</button>
                }
            }) }
            <span id="lang-notice" class="lang-notice" role="status" aria-live="polite">{
                if props.announce { text::LANGUAGE_CHANGED.get(props.current) } else { "" }
            }</span>
        </div>
    }
}

/// The reader picked `lang`: remember it and put the page in it.
pub fn choose(lang: Lang) {
    browser::save(browser::LANG_KEY, lang.code());
    browser::set_document_lang(lang);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link;
    use loyalty_sim::Scenario;

    #[test]
    fn the_stored_choice_wins_then_the_link_then_the_browser() {
        let fi_link = with_lang("s=1.abc.m3", Lang::Fi);
        assert_eq!(fi_link, "s=1.abc.m3&lang=fi");
        assert_eq!(initial_lang(None, &fi_link, &["en-GB"]), Lang::Fi);
        assert_eq!(initial_lang(Some("lb"), &fi_link, &["en-GB"]), Lang::Lb);
        assert_eq!(initial_lang(Some("en"), &fi_link, &["fi"]), Lang::En);
        assert_eq!(
            initial_lang(None, "#s=1.abc.m3", &["lb-LU", "fi"]),
            Lang::Lb
        );
        assert_eq!(initial_lang::<&str>(None, "", &[]), Lang::En);
        // A broken stored value or parameter is ignored.
        assert_eq!(
            initial_lang(Some("xx"), "#s=1.a&lang=zz", &["fi"]),
            Lang::Fi
        );
        assert_eq!(lang_of_fragment("#s=1.abc&lang=lb"), Some(Lang::Lb));
        assert_eq!(lang_of_fragment("#s=1.abc"), None);
    }

    #[test]
    fn a_link_with_a_language_opens_the_same_scenario_and_old_links_still_do() {
        let mut s = Scenario::default();
        s.simulation.customers = 1234;
        let old = link::encode(&s);
        for l in Lang::ALL {
            let new = with_lang(&old, l);
            let opened = link::decode(&format!("#{new}"))
                .expect("opens")
                .expect("a scenario");
            assert_eq!(opened, s);
            assert_eq!(lang_of_fragment(&new), Some(l));
        }
        assert_eq!(link::decode(&old).expect("opens"), Some(s));
        assert_eq!(lang_of_fragment(&old), None);
    }
}
