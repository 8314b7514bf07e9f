//! The simulation worker: the worker side ([`start`]) and the page side
//! ([`SimWorker`]).
//!
//! Invariant: the core runs only inside the worker, so the page never
//! freezes; cancelling terminates the worker (a fresh one is spawned for the
//! next run), so a cancelled run stops at once.

use crate::protocol::{handle, Response};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

/// The script Trunk generates for the `worker` binary (`data-loader-shim`).
pub const WORKER_SCRIPT: &str = "./worker_loader.js";

/// Worker side: answers every message with progress and a report.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        handle(&text, &js_sys::Date::now, &mut |response| {
            if let Ok(json) = serde_json::to_string(response) {
                // A failed post means the page is gone: nothing to do.
                let _ = out.post_message(&JsValue::from_str(&json));
            }
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
}

/// Page side: one worker, terminated when dropped.
pub struct SimWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl SimWorker {
    /// Starts a worker whose answers go to `on_response`.
    pub fn spawn(on_response: impl Fn(Response) + 'static) -> Result<SimWorker, String> {
        let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(text) = event.data().as_string() {
                if let Ok(response) = serde_json::from_str::<Response>(&text) {
                    on_response(response);
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(SimWorker {
            worker,
            _on_message: on_message,
        })
    }

    /// Sends a request (JSON text of a [`crate::protocol::Request`]).
    pub fn send(&self, request: &str) -> Result<(), String> {
        self.worker
            .post_message(&JsValue::from_str(request))
            .map_err(|e| format!("{e:?}"))
    }
}

impl Drop for SimWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}
