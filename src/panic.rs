//! What the page shows if its own code panics: instead of a page that
//! silently stops responding, a message that says what happened, that the
//! scenario is safe (it is autosaved after every edit), a "Copy details"
//! button for a bug report and a "Reload" button.
//!
//! The message is built with plain DOM calls, not Yew: after a panic the
//! app's component tree cannot be trusted to render.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The message's id in the page.
pub const PANEL_ID: &str = "panic-panel";

/// Installs the panic hook (once, at start-up).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let details = format!(
            "Loyalty Lab {} (model version {}): {info}",
            env!("CARGO_PKG_VERSION"),
            loyalty_sim::MODEL_VERSION
        );
        web_sys::console::error_1(&JsValue::from_str(&details));
        let _ = show(&details);
    }));
}

/// Shows the message with `details` (what a bug report needs); a second
/// call replaces the details, it does not add a second message.
pub fn show(details: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    if let Some(old) = document.get_element_by_id(PANEL_ID) {
        old.remove();
    }
    let panel = document.create_element("div")?;
    panel.set_id(PANEL_ID);
    panel.set_class_name("panic-panel");
    panel.set_attribute("role", "alertdialog")?;
    panel.set_attribute("aria-labelledby", "panic-title")?;
    let lang = crate::browser::document_lang();
    let title = document.create_element("h2")?;
    title.set_id("panic-title");
    title.set_text_content(Some(crate::text::ui::PANIC_TITLE.get(lang)));
    let body = document.create_element("p")?;
    body.set_text_content(Some(crate::text::ui::PANIC_BODY.get(lang)));
    let pre = document.create_element("pre")?;
    pre.set_class_name("panic-details");
    pre.set_text_content(Some(details));
    let copy = button(
        &document,
        "panic-copy",
        crate::text::ui::PANIC_COPY.get(lang),
    )?;
    let text = details.to_string();
    let on_copy = Closure::<dyn FnMut()>::new(move || copy_text(&text));
    copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref())?;
    on_copy.forget(); // lives as long as the message
    let reload = button(
        &document,
        "panic-reload",
        crate::text::ui::PANIC_RELOAD.get(lang),
    )?;
    let on_reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref())?;
    on_reload.forget();
    for child in [&title, &body, &pre, &copy, &reload] {
        panel.append_child(child)?;
    }
    document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?
        .append_child(&panel)?;
    Ok(())
}

fn button(
    document: &web_sys::Document,
    id: &str,
    label: &str,
) -> Result<web_sys::Element, JsValue> {
    let b = document.create_element("button")?;
    b.set_id(id);
    b.set_attribute("type", "button")?;
    b.set_text_content(Some(label));
    Ok(b)
}

/// Best effort: where the clipboard is refused, the details stay selectable
/// on the page.
fn copy_text(text: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(clipboard) = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard"))
    else {
        return;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return;
    };
    if let Some(f) = write.dyn_ref::<js_sys::Function>() {
        if let Ok(p) = f.call1(&clipboard, &JsValue::from_str(text)) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                // A refusal is not an error worth a second message.
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = p.catch(&ignore);
                ignore.forget();
            }
        }
    }
}
