//! The simulation worker: the worker side ([`start`]) and the page side
//! ([`SimWorker`]).
//!
//! Invariant: the core runs only inside the worker, so the page never
//! freezes; cancelling terminates the worker (a fresh one is spawned for the
//! next run), so a cancelled run stops at once.

use crate::protocol::{handle, Response};
use std::cell::RefCell;
use std::rc::Rc;
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
    if let Ok(json) = serde_json::to_string(&Response::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&json));
    }
}

/// Page side: one worker, terminated when dropped. Requests sent before the
/// worker is ready wait (the last one only) and go out when it is.
pub struct SimWorker {
    worker: Worker,
    state: Rc<RefCell<Readiness>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

#[derive(Default)]
struct Readiness {
    ready: bool,
    pending: Option<String>,
}

impl SimWorker {
    /// Starts a worker whose answers go to `on_response`.
    pub fn spawn(on_response: impl Fn(Response) + 'static) -> Result<SimWorker, String> {
        let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
        let state = Rc::new(RefCell::new(Readiness::default()));
        let (w, st) = (worker.clone(), state.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            match serde_json::from_str::<Response>(&text) {
                Ok(Response::Ready) => {
                    let pending = {
                        let mut st = st.borrow_mut();
                        st.ready = true;
                        st.pending.take()
                    };
                    if let Some(request) = pending {
                        let _ = w.post_message(&JsValue::from_str(&request));
                    }
                }
                Ok(response) => on_response(response),
                Err(_) => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(SimWorker {
            worker,
            state,
            _on_message: on_message,
        })
    }

    /// Sends a request (JSON text of a [`crate::protocol::Request`]).
    pub fn send(&self, request: &str) -> Result<(), String> {
        let mut st = self.state.borrow_mut();
        if !st.ready {
            st.pending = Some(request.to_string());
            return Ok(());
        }
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
