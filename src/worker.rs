//! The simulation worker: the worker side ([`start`]) and the page side
//! ([`SimWorker`]).
//!
//! Invariant: the core runs only inside the workers, so the page never
//! freezes; cancelling terminates the workers (fresh ones are spawned for
//! the next run), so a cancelled run stops at once.

use crate::protocol::{Response, WorkerState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

/// The script Trunk generates for the `worker` binary (`data-loader-shim`).
pub const WORKER_SCRIPT: &str = "./worker_loader.js";

/// Splits a message into its JSON text and attached bytes (a message with
/// bytes is a two-element array `[json, Uint8Array]`).
fn unpack(data: &JsValue) -> Option<(String, Option<Vec<u8>>)> {
    if let Some(text) = data.as_string() {
        return Some((text, None));
    }
    let array = data.dyn_ref::<js_sys::Array>()?;
    let text = array.get(0).as_string()?;
    let bytes = array.get(1).dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    Some((text, Some(bytes)))
}

/// Packs JSON text and optional bytes into a message.
fn pack(text: &str, bytes: Option<&[u8]>) -> JsValue {
    match bytes {
        None => JsValue::from_str(text),
        Some(b) => {
            js_sys::Array::of2(&JsValue::from_str(text), &js_sys::Uint8Array::from(b)).into()
        }
    }
}

/// Worker side: answers every message (see [`crate::protocol`]).
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let mut state = WorkerState::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some((text, bytes)) = unpack(&event.data()) else {
            return;
        };
        let arrived = js_sys::Date::now();
        state.handle(&text, bytes.as_deref(), &mut |response, bytes| {
            // A part's or a job's answer says how long the worker took on it.
            let timed = response.timed(js_sys::Date::now() - arrived);
            if let Ok(json) = serde_json::to_string(timed.as_ref().unwrap_or(response)) {
                // A failed post means the page is gone: nothing to do.
                let _ = out.post_message(&pack(&json, bytes.as_deref()));
            }
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    if let Ok(json) = serde_json::to_string(&Response::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&json));
    }
}

/// Page side: one worker, terminated when dropped. Requests sent before the
/// worker is ready wait in order and go out when it is.
pub struct SimWorker {
    worker: Worker,
    state: Rc<RefCell<Readiness>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

#[derive(Default)]
struct Readiness {
    ready: bool,
    pending: Vec<JsValue>,
}

impl SimWorker {
    /// Starts a worker whose answers go to `on_response`. If the worker
    /// fails (an uncaught error or a panic in it, running out of memory, or
    /// its script failing to load), `on_failure` gets the browser's message;
    /// the worker is then of no further use and should be dropped.
    pub fn spawn(
        on_response: impl Fn(Response, Option<Vec<u8>>) + 'static,
        on_failure: impl Fn(String) + 'static,
    ) -> Result<SimWorker, String> {
        let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
        let state = Rc::new(RefCell::new(Readiness::default()));
        let (w, st) = (worker.clone(), state.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some((text, bytes)) = unpack(&event.data()) else {
                return;
            };
            match serde_json::from_str::<Response>(&text) {
                Ok(Response::Ready) => {
                    let pending = {
                        let mut st = st.borrow_mut();
                        st.ready = true;
                        std::mem::take(&mut st.pending)
                    };
                    for message in pending {
                        let _ = w.post_message(&message);
                    }
                }
                Ok(response) => on_response(response, bytes),
                Err(_) => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
                event.prevent_default();
                on_failure(event.message());
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(SimWorker {
            worker,
            state,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends a request (JSON text of a [`crate::protocol::Request`]) with
    /// optional bytes; before the worker is ready it waits in a queue.
    pub fn send(&self, request: &str, bytes: Option<&[u8]>) -> Result<(), String> {
        let message = pack(request, bytes);
        let mut st = self.state.borrow_mut();
        if !st.ready {
            st.pending.push(message);
            return Ok(());
        }
        self.worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))
    }
}

impl Drop for SimWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
