//! The xlsx worker: makes the whole result's workbook off the main thread,
//! on request, so that the spreadsheet writer (rust_xlsxwriter and its zip
//! writer) is in this worker's WebAssembly only, not the page's or the
//! simulation workers'.
//!
//! Protocol: it posts `"ready"` once loaded; then, for each message (a
//! `loyalty_xlsx::Request`'s JSON text: the report and the words of the
//! page's language, which the page makes), it posts the workbook's bytes (a
//! `Uint8Array`) or a text beginning `error: ` that says why there are none.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The answer to one message.
fn answer(data: &JsValue) -> JsValue {
    let request = match data
        .as_string()
        .map(|t| serde_json::from_str::<loyalty_xlsx::Request>(&t))
    {
        Some(Ok(r)) => r,
        Some(Err(e)) => return JsValue::from_str(&format!("error: {e}")),
        None => return JsValue::from_str("error: the message is not a report"),
    };
    match loyalty_xlsx::workbook_in(&request.report, &request.labels) {
        Ok(bytes) => js_sys::Uint8Array::from(&bytes[..]).into(),
        Err(e) => JsValue::from_str(&format!("error: {e}")),
    }
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A failed post means the page is gone: nothing to do.
        let _ = out.post_message(&answer(&event.data()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
