//! The whole result as a spreadsheet: the page starts the xlsx worker
//! (`src/bin/xlsx_worker.rs`) for one download, sends it the report and the
//! words of the page's language (a `loyalty_xlsx::Request` as JSON, its
//! labels from `crate::xlsx_labels`) once it is ready, saves the bytes it
//! answers as `loyalty-lab-result.xlsx` and stops it. The workbook is the
//! CLI's (`loyalty_xlsx::workbook_in`), so the page's own WebAssembly
//! carries no spreadsheet writer, and the worker no text tables.
//!
//! Invariant: every download ends in exactly one call of its `done`
//! callback (`Ok` once the file is handed to the browser, `Err` with the
//! reason otherwise), and its worker is terminated then.

use loyalty_sim::Report;
use loyalty_xlsx::Labels;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// The xlsx worker's loader script (Trunk's shim for `data-bin="xlsx_worker"`).
pub const XLSX_WORKER_SCRIPT: &str = "./xlsx_worker_loader.js";

/// The MIME type of an xlsx workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Saves `bytes` as a file named `file_name` of type `mime`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = crate::browser::download_url(file_name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// The request to the xlsx worker, a `loyalty_xlsx::Request` as JSON,
/// written from borrowed parts (the report is not copied).
pub fn request_json(report: &Report, labels: &Labels) -> Result<String, String> {
    #[derive(serde::Serialize)]
    struct Outgoing<'a> {
        report: &'a Report,
        labels: &'a Labels,
    }
    serde_json::to_string(&Outgoing { report, labels }).map_err(|e| e.to_string())
}

/// Makes the report's workbook with `labels`' words in the xlsx worker and
/// downloads it as `file_name`; `done` is called once, when it is saved or
/// has failed.
pub fn download(
    report: &Report,
    labels: Labels,
    file_name: &str,
    done: impl Fn(Result<(), String>) + 'static,
) {
    let json = match request_json(report, &labels) {
        Ok(j) => j,
        Err(e) => return done(Err(e)),
    };
    let worker = match Worker::new(XLSX_WORKER_SCRIPT) {
        Ok(w) => w,
        Err(e) => return done(Err(format!("{e:?}"))),
    };
    let done = Rc::new(done);
    let finished = Rc::new(Cell::new(false));
    // Ends the download once: stops the worker and reports.
    let finish = {
        let (worker, done, finished) = (worker.clone(), done.clone(), finished.clone());
        Rc::new(move |r: Result<(), String>| {
            if !finished.replace(true) {
                worker.terminate();
                done(r);
            }
        })
    };
    let name = file_name.to_string();
    let on_message = {
        let (worker, finish) = (worker.clone(), finish.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            match data.as_string() {
                Some(s) if s == "ready" => {
                    if let Err(e) = worker.post_message(&JsValue::from_str(&json)) {
                        finish(Err(format!("{e:?}")));
                    }
                }
                Some(s) => finish(Err(s.strip_prefix("error: ").unwrap_or(&s).to_string())),
                None => match data.dyn_into::<js_sys::Uint8Array>() {
                    Ok(bytes) => finish(
                        download_bytes(&name, XLSX_MIME, &bytes.to_vec())
                            .map_err(|e| format!("{e:?}")),
                    ),
                    Err(_) => finish(Err("an unexpected answer".into())),
                },
            }
        })
    };
    let on_error = {
        let finish = finish.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            finish(Err(e.message()));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // One small pair of handlers per download, kept for the worker's life
    // (it is terminated when the download ends, so they never run again).
    on_message.forget();
    on_error.forget();
}
