//! Thin wrappers over browser APIs: storage, the URL fragment, downloads and
//! the clipboard. Each returns an error instead of panicking when the browser
//! refuses.

use wasm_bindgen::{JsCast, JsValue};

/// Where the current scenario is autosaved in `localStorage`.
pub const AUTOSAVE_KEY: &str = "loyalty-lab.scenario.v1";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
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
