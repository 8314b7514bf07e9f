//! Thin wrappers over browser APIs: storage, the URL fragment, downloads and
//! the clipboard. Each returns an error instead of panicking when the browser
//! refuses.

use wasm_bindgen::{JsCast, JsValue};

/// Where the current scenario is autosaved in `localStorage`.
pub const AUTOSAVE_KEY: &str = "loyalty-lab.scenario.v1";
/// The `localStorage` key of what the autosave keeps beside the scenario
/// (the example it came from, the scenario as named).
pub const BASIS_KEY: &str = "loyalty-lab.basis.v1";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Where the reader's own choice of language is kept in `localStorage`
/// (absent until they pick one).
pub const LANG_KEY: &str = "loyalty-lab.lang";

/// The browser's preferred languages, most preferred first
/// (`navigator.languages`, or `navigator.language`).
pub fn languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The page's language as `<html lang>` says it (the panic message reads
/// it, as it runs outside the app).
pub fn document_lang() -> crate::i18n::Lang {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|c| crate::i18n::Lang::from_code(&c))
        .unwrap_or_default()
}

/// Puts the page in `lang`: `<html lang>`, the title and the meta
/// description.
pub fn set_document_lang(lang: crate::i18n::Lang) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(crate::text::PAGE_TITLE.get(lang));
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", crate::text::PAGE_DESCRIPTION.get(lang));
    }
}

/// Reads a `localStorage` item.
pub fn load(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Writes a `localStorage` item; `false` if the browser refused.
pub fn save(key: &str, value: &str) -> bool {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|s| s.set_item(key, value).is_ok())
        .unwrap_or(false)
}

/// The URL fragment, with its `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading.
pub fn clear_fragment() {
    if let Some(w) = window() {
        let loc = w.location();
        let path = loc.pathname().unwrap_or_default() + &loc.search().unwrap_or_default();
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
}

/// The page's address without fragment, to build share links on.
pub fn base_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// The device's memory in GiB as the browser reports it
/// (`navigator.deviceMemory`: Chromium only, rounded, at most 8), if it does.
pub fn device_memory() -> Option<f64> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("deviceMemory"))
        .ok()?
        .as_f64()
}

/// Milliseconds since the page started loading.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Offers `content` as a file download.
pub fn download_text(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = download_url(file_name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// Clicks a temporary link that downloads `url` as `file_name`.
pub fn download_url(file_name: &str, url: &str) -> Result<(), JsValue> {
    let document = window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(file_name);
    // Hidden by attribute, not by an inline style the page's policy refuses.
    a.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Ok(())
}

/// Writes text to the clipboard; resolves to `false` where the browser has
/// no clipboard access (e.g. an insecure origin).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else { return false };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Reads a picked file as text.
pub async fn read_file(file: web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// A `keydown` listener on the document for undo (Ctrl+Z, Cmd+Z) and redo
/// (Ctrl+Shift+Z, Ctrl+Y); it is removed when dropped.
pub struct KeyListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl KeyListener {
    /// Calls `on(redo)` for each undo or redo shortcut, which then does
    /// nothing else (the browser's own undo of one text field would
    /// disagree with the app's history). `None` without a document.
    pub fn undo_redo(on: impl Fn(bool) + 'static) -> Option<KeyListener> {
        let document = window()?.document()?;
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
            move |e: web_sys::KeyboardEvent| {
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let key = e.key().to_lowercase();
                let redo = match key.as_str() {
                    "z" => e.shift_key(),
                    "y" => true,
                    _ => return,
                };
                e.prevent_default();
                on(redo);
            },
        );
        document
            .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(KeyListener { closure })
    }
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        if let Some(d) = window().and_then(|w| w.document()) {
            let _ = d.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Opens the editor's group that holds the first setting that needs
/// fixing, scrolls it into view and puts the cursor in it (or shows the
/// list of problems if no field is marked).
pub fn show_first_problem() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    // In this order: a marked input, a message without a field, the list.
    let target = [
        ".editor [aria-invalid=\"true\"]",
        ".editor .field.invalid",
        ".editor p.error:not(:empty)",
        ".editor .error-summary",
    ]
    .iter()
    .find_map(|q| document.query_selector(q).ok().flatten());
    let Some(el) = target else { return };
    let mut parent = el.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// Filters the editor by a search: every setting whose text (label, unit,
/// explanation) contains all the words of `query` stays, the rest is marked
/// `data-miss` (hidden by the style sheet while searching); groups with a
/// match open. An empty query removes every mark. Writes the count into
/// `#search-count`.
pub fn filter_editor(lang: crate::i18n::Lang, query: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
    let all = |sel: &str| -> Vec<web_sys::Element> {
        let Ok(list) = document.query_selector_all(sel) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
            .collect()
    };
    let mark = |el: &web_sys::Element, miss: bool| {
        let _ = if miss {
            el.set_attribute("data-miss", "")
        } else {
            el.remove_attribute("data-miss")
        };
    };
    let mut found = 0;
    // The settings: fields, switches, whole tables and events.
    let items = all(".editor .group .field, .editor .group .toggle, .editor .group .row-table, .editor .group fieldset.event");
    for el in &items {
        let nested = el
            .parent_element()
            .and_then(|p| p.closest(".row-table, fieldset.event").ok().flatten())
            .is_some();
        if nested {
            // Judged with its table or event.
            mark(el, false);
            continue;
        }
        let text = el.text_content().unwrap_or_default().to_lowercase();
        let hit = words.iter().all(|w| text.contains(w.as_str()));
        if hit && !words.is_empty() {
            found += 1;
        }
        mark(el, !hit);
    }
    // Headings, explanations and buttons between the settings.
    for el in all(".editor .group h4, .editor .group > p, .editor .group .fields + button, .editor .group > button") {
        mark(&el, !words.is_empty());
    }
    for g in all(".editor details.group") {
        let hit = words.is_empty()
            || g.query_selector(".field:not([data-miss]), .toggle:not([data-miss]), .row-table:not([data-miss]), fieldset.event:not([data-miss])")
                .ok()
                .flatten()
                .is_some();
        mark(&g, !hit);
        if hit && !words.is_empty() {
            let _ = g.set_attribute("open", "");
        }
    }
    if let Some(c) = document.get_element_by_id("search-count") {
        c.set_text_content(Some(&if words.is_empty() {
            String::new()
        } else {
            crate::text::ui::found(lang, found)
        }));
    }
}

/// Registers the service worker (`sw.js`, next to the page) that keeps the
/// app working offline after the first visit. Browsers without service
/// workers, or a page that is not a secure context, simply go without: the
/// app works the same online.
pub fn register_service_worker() {
    let Some(w) = window() else { return };
    let navigator = w.navigator();
    let has =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !has || !w.is_secure_context() {
        return;
    }
    let promise = navigator.service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal (e.g. storage disabled) only costs the offline mode.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Hears another tab of this site change a `localStorage` item (the
/// browser's `storage` event, which never fires in the tab that wrote);
/// removed when dropped.
pub struct StorageListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl StorageListener {
    /// Calls `on(new_value)` whenever another tab sets or removes `key`.
    /// `None` without a window.
    pub fn on_change(key: &'static str, on: impl Fn(Option<String>) + 'static) -> Option<Self> {
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |e: web_sys::StorageEvent| {
                if e.key().as_deref() == Some(key) {
                    on(e.new_value());
                }
            },
        );
        window()?
            .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(StorageListener { closure })
    }
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let Some(w) = window() {
            let _ = w.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
