//! Opening a scenario: where the page's scenario comes from at start (a
//! share link, the autosave or the defaults) and reading an uploaded file,
//! each with the one sentence the user is told.
//!
//! Invariant: nothing here changes the page; the app puts what these
//! return in place (so the user's autosave is never lost: a link that
//! displaces it returns it as the backup to restore).

use crate::i18n::Lang;
use crate::link::{self, LinkError};
use crate::text::notices;
use loyalty_sim::Scenario;

/// A message shown above the results.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// An error (red) or information.
    pub error: bool,
}

/// The problems, each as `path: message` in `lang`.
fn describe(lang: Lang, errors: &[loyalty_sim::FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.path, crate::text::errors::message(lang, e)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The largest scenario file opened: far above any scenario (the largest
/// example is a few kB; lists are capped at 32 entries), far below what
/// would slow the page.
pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

/// An opened file's scenario, or one message in the browser's terms: a
/// file that is not JSON, a damaged or cut-short one, JSON that is not a
/// scenario, or the fields a scenario file gets wrong.
pub fn read_upload(lang: Lang, text: &str) -> Result<Scenario, String> {
    if text.len() > MAX_UPLOAD_BYTES {
        return Err(notices::upload_too_big(lang, MAX_UPLOAD_BYTES / 1024));
    }
    let body = text.trim_start_matches('\u{feff}').trim_start();
    match serde_json::from_str::<serde_json::Value>(body) {
        Err(_) if !body.starts_with('{') && !body.starts_with('[') => {
            Err(notices::UPLOAD_NOT_JSON.get(lang).to_string())
        }
        Err(e) if e.is_eof() => Err(notices::upload_cut_short(lang, e.line())),
        Err(e) => Err(notices::upload_damaged(lang, e.line(), e.column())),
        Ok(v) if !v.is_object() => Err(notices::UPLOAD_NOT_SCENARIO.get(lang).to_string()),
        Ok(_) => loyalty_sim::parse_scenario(body).map_err(|list| {
            let problems = describe(lang, &list).replace(
                "`loyalty example` prints a complete scenario",
                notices::UPLOAD_COMPLETE_HINT.get(lang),
            );
            format!("{}{problems}", notices::UPLOAD_INVALID.get(lang))
        }),
    }
}

/// Where the page's scenario comes from at start: the link, the autosave or
/// the defaults; plus a notice and the autosave it displaced, if any.
pub fn initial_scenario(
    lang: Lang,
    fragment: &str,
    saved: Option<&str>,
) -> (Scenario, Option<Notice>, Option<Scenario>) {
    let saved_scenario = saved.map(Scenario::from_json);
    let autosave = saved_scenario.clone().and_then(|r| r.ok());
    let info = |t: &str| {
        Some(Notice {
            text: t.to_string(),
            error: false,
        })
    };
    let err = |t: String| {
        Some(Notice {
            text: t,
            error: true,
        })
    };
    match link::open(fragment) {
        Ok(Some(opened)) => {
            let s = opened.scenario;
            let backup = autosave.filter(|a| *a != s);
            // The model notice, if any, follows in the same message.
            let text = match link::model_notice(opened.model_version, loyalty_sim::MODEL_VERSION) {
                Some(n) => format!(
                    "{} {}",
                    notices::LINK_LOADED.get(lang),
                    notices::model_notice(lang, n)
                ),
                None => notices::LINK_LOADED.get(lang).to_string(),
            };
            (s, info(&text), backup)
        }
        Ok(None) => match saved_scenario {
            Some(Ok(s)) => (s, None, None),
            Some(Err(_)) => (
                Scenario::default(),
                err(notices::AUTOSAVE_CORRUPT.get(lang).to_string()),
                None,
            ),
            None => (Scenario::default(), None, None),
        },
        Err(e) => {
            let text = match e {
                LinkError::NotOurs => notices::LINK_NOT_OURS.get(lang).to_string(),
                LinkError::Damaged => notices::LINK_DAMAGED.get(lang).to_string(),
                LinkError::FutureVersion(_) => notices::LINK_FUTURE.get(lang).to_string(),
                LinkError::Invalid(list) => format!(
                    "{}{}",
                    notices::LINK_INVALID.get(lang),
                    describe(lang, &list)
                ),
            };
            let backup = autosave.filter(|a| *a != Scenario::default());
            (Scenario::default(), err(text), backup)
        }
    }
}

/// What the autosave keeps beside the scenario, so that the examples
/// menu's "edited" and the name's "edited" marks survive a reload: the
/// example the draft came from (by the example scenario's own `name`, the
/// same in every language) and the scenario as it was when it got its
/// name. JSON: `{"example": name or null, "name_basis": scenario}`.
pub fn basis_json(example: Option<&Scenario>, name_basis: &Scenario) -> String {
    serde_json::json!({
        "example": example.map(|e| e.name.clone()),
        "name_basis": serde_json::from_str::<serde_json::Value>(&name_basis.to_json_pretty())
            .unwrap_or_default(),
    })
    .to_string()
}

/// Reads what [`basis_json`] wrote: the example's index in `examples` (if
/// it names one that is still there) and the name's basis. `None` for text
/// that is missing or not what was written; the caller then falls back to
/// what the scenario itself tells.
pub fn read_basis(
    text: Option<&str>,
    examples: &[(crate::i18n::Tr, Scenario)],
) -> Option<(Option<usize>, Scenario)> {
    let v: serde_json::Value = serde_json::from_str(text?).ok()?;
    let name_basis = Scenario::from_json(&v.get("name_basis")?.to_string()).ok()?;
    let example = match v.get("example")? {
        serde_json::Value::Null => None,
        serde_json::Value::String(name) => {
            Some(examples.iter().position(|(_, e)| e.name == *name)?)
        }
        _ => return None,
    };
    Some((example, name_basis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basis_survives_its_json_and_refuses_what_it_did_not_write() {
        let examples = crate::examples::all();
        let (_, red_cube) = examples[3].clone();
        let mut named = red_cube.clone();
        named.name = "My test".into();
        let text = basis_json(Some(&red_cube), &named);
        assert_eq!(
            read_basis(Some(&text), &examples),
            Some((Some(3), named.clone()))
        );
        let none = basis_json(None, &named);
        assert_eq!(read_basis(Some(&none), &examples), Some((None, named)));
        for bad in [
            "",
            "{}",
            "[1]",
            r#"{"example": 3, "name_basis": {}}"#,
            r#"{"example": "No such example", "name_basis": {}}"#,
        ] {
            assert_eq!(read_basis(Some(bad), &examples), None, "{bad}");
        }
        let gone = text.replace(&red_cube.name, "An example since removed");
        assert_eq!(read_basis(Some(&gone), &examples), None);
        assert_eq!(read_basis(None, &examples), None);
    }

    fn opened_text(fragment: &str) -> (Scenario, String) {
        let (s, notice, _) = initial_scenario(Lang::En, fragment, None);
        let notice = notice.expect("a notice");
        assert!(!notice.error, "{}", notice.text);
        (s, notice.text)
    }

    #[test]
    fn a_link_of_this_model_version_opens_without_a_model_notice() {
        let s = crate::examples::all()[3].1.clone();
        let (got, text) = opened_text(&link::encode(&s));
        assert_eq!(got, s);
        assert_eq!(text, notices::LINK_LOADED.en);
    }

    #[test]
    fn a_link_of_a_newer_model_version_opens_and_says_so() {
        let s = crate::examples::all()[3].1.clone();
        let newer = loyalty_sim::MODEL_VERSION + 998;
        let (got, text) = opened_text(&link::encode_with_model(&s, newer));
        assert_eq!(got, s);
        let sentence = notices::model_notice(
            Lang::En,
            link::ModelNotice::Newer {
                link: newer,
                current: loyalty_sim::MODEL_VERSION,
            },
        );
        assert_eq!(text, format!("{} {sentence}", notices::LINK_LOADED.en));
        assert!(text.contains(&format!("model version {newer}")), "{text}");
    }

    #[test]
    fn a_link_without_a_model_version_opens_with_the_notice_its_age_needs() {
        let s = crate::examples::all()[3].1.clone();
        let link = link::encode(&s);
        let old = link.rsplit_once('.').unwrap().0;
        let (got, text) = opened_text(old);
        assert_eq!(got, s);
        match link::model_notice(None, loyalty_sim::MODEL_VERSION) {
            None => assert_eq!(text, notices::LINK_LOADED.en),
            Some(n) => assert_eq!(
                text,
                format!(
                    "{} {}",
                    notices::LINK_LOADED.en,
                    notices::model_notice(Lang::En, n)
                )
            ),
        }
        if loyalty_sim::MODEL_VERSION > 1 {
            let (got, text) = opened_text(&link::encode_with_model(&s, 1));
            assert_eq!(got, s);
            assert!(text.contains("model version 1;"), "{text}");
        }
    }

    #[test]
    fn upload_messages_say_what_is_wrong_with_the_file() {
        let good = Scenario::default().to_json_pretty();
        assert_eq!(read_upload(Lang::En, &good), Ok(Scenario::default()));
        assert_eq!(
            read_upload(Lang::En, "PK\u{3}\u{4} binary"),
            Err(notices::UPLOAD_NOT_JSON.en.to_string())
        );
        assert_eq!(
            read_upload(Lang::En, "month,revenue\n1,2"),
            Err(notices::UPLOAD_NOT_JSON.en.to_string())
        );
        assert_eq!(
            read_upload(Lang::En, "[1, 2]"),
            Err(notices::UPLOAD_NOT_SCENARIO.en.to_string())
        );
        let cut = &good[..good.len() / 2];
        let msg = read_upload(Lang::En, cut).unwrap_err();
        assert!(msg.contains("cut short"), "{msg}");
        let broken = good.replacen("\"days\":", "\"days\" ", 1);
        let msg = read_upload(Lang::En, &broken).unwrap_err();
        assert!(msg.contains("damaged") && msg.contains("line 5"), "{msg}");
        let missing = good.replacen("\"seed\": 42", "\"x\": 1", 1);
        let msg = read_upload(Lang::En, &missing).unwrap_err();
        assert!(!msg.contains("loyalty example"), "{msg}");
        let big = format!("{good}{}", " ".repeat(MAX_UPLOAD_BYTES));
        let msg = read_upload(Lang::Fi, &big).unwrap_err();
        assert!(msg.contains("liian suuri"), "{msg}");
        // A bad shape is said in the page's language, not the core's English.
        let msg = read_upload(Lang::Fi, &missing).unwrap_err();
        assert!(msg.starts_with(notices::UPLOAD_INVALID.fi), "{msg}");
        assert!(
            !msg.contains("unknown field") && !msg.contains("expected"),
            "{msg}"
        );
        for m in [notices::UPLOAD_NOT_JSON.en, notices::UPLOAD_NOT_SCENARIO.en] {
            assert!(!m.contains("loyalty"), "{m}");
        }
    }

    #[test]
    fn a_damaged_model_part_shows_the_damaged_link_message_and_the_defaults() {
        let link = link::encode(&crate::examples::all()[3].1);
        let (s, notice, _) = initial_scenario(Lang::En, &format!("{link}x"), None);
        assert_eq!(s, Scenario::default());
        let notice = notice.expect("a notice");
        assert!(notice.error);
        assert_eq!(notice.text, notices::LINK_DAMAGED.en);
    }
}
