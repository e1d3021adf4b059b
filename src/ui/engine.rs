//! Where a report's text is read: on the page's own thread when it is short,
//! in the engine's worker when it is long, so that the page keeps answering
//! (scrolling, typing, the Cancel button) while a long report is read.
//!
//! The worker (`web/engine-worker.js`, started on first use by
//! `web/engine-client.js`, which `web/loader.js` fetches then and offers
//! as `claimReaderEngine`) runs the reader's own
//! WebAssembly, from the files the page itself started from: no second
//! build, nothing fetched that the page has not. It parses the text with
//! [`doc::read`] (`readInWorker` in `src/main.rs`) and answers the findings
//! as [`wire`] bytes, which this side checks against the text it kept and
//! turns back into a [`Report`]. The embedded reports never come here: they
//! are parsed ahead of use and prerendered, so the first view starts no
//! worker.

use crate::report::Report;
use crate::ui::doc;
use std::rc::Rc;

/// Texts of at least this many bytes are read in the worker. Below it the
/// page's own thread reads them within one frame budget's worth of a task
/// (the engine reads about 25 MB/s as WebAssembly in Chromium, so 512 KB is
/// about 20 ms), while starting the worker costs more than that
/// (BENCHMARKS.md, "Long reports off the page's thread").
pub const WORKER_BYTES: usize = 128 * 1024;

/// Whether a text of `len` bytes is read in the worker.
pub fn in_worker(len: usize) -> bool {
    len >= WORKER_BYTES
}

/// What the cancel message says when the user stops a long read.
pub const CANCELLED: &str =
    "Finding claims was cancelled: the report was not opened, and nothing was kept.";

/// Reads `text`: in the worker when it is long (see [`in_worker`]) and the
/// page has one, else here. The worker's failure to start (a browser
/// without module workers, a missing file) falls back to this thread; an
/// answer that does not fit the text is an error.
pub async fn read(text: Rc<str>) -> Result<Report, String> {
    #[cfg(target_arch = "wasm32")]
    if in_worker(text.len()) {
        match web::read(&text).await {
            Ok(bytes) => {
                // The answer's task ends here; checking it is a task of its own.
                crate::ui::opener::yield_now().await;
                let report = crate::report::wire::decode(text, &bytes).map_err(|e| {
                    format!(
                        "This report could not be read: {e}. Reload the page and open it again."
                    )
                });
                crate::ui::opener::yield_now().await;
                return report;
            }
            Err(web::Failed::Stopped) => return Err(CANCELLED.to_string()),
            Err(web::Failed::Unavailable(why)) => {
                gloo::console::warn!(format!(
                    "claim-reader: reading on the page's thread ({why})"
                ));
            }
        }
    }
    Ok(doc::read(&text))
}

/// Starts the worker ahead of a read of about `len` bytes, if that read
/// will need it: its WebAssembly then starts while the text is still being
/// read and kept.
pub fn warm(len: usize) {
    #[cfg(target_arch = "wasm32")]
    if in_worker(len) {
        web::warm();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = len;
}

/// Stops a read in the worker, if one is under way; true if it stopped one.
pub fn stop() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web::stop()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// What the worker's side runs: the text parsed as the reader shows it,
/// as bytes for [`crate::report::wire::decode`].
pub fn read_here_as_bytes(text: &str) -> Vec<u8> {
    crate::report::wire::encode(&doc::read(text))
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::js_sys::{self, Reflect};

    pub enum Failed {
        /// [`stop`] ended it.
        Stopped,
        /// There is no worker to read in, or it failed.
        Unavailable(String),
    }

    fn engine() -> Option<JsValue> {
        Reflect::get(&js_sys::global(), &JsValue::from_str("claimReaderEngine"))
            .ok()
            .filter(|e| e.is_object())
    }

    fn method(engine: &JsValue, name: &str) -> Option<js_sys::Function> {
        Reflect::get(engine, &JsValue::from_str(name))
            .ok()?
            .dyn_into()
            .ok()
    }

    thread_local! {
        /// Whether a read in the worker is under way.
        static READING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    pub async fn read(text: &str) -> Result<Vec<u8>, Failed> {
        READING.set(true);
        let answer = ask(text).await;
        READING.set(false);
        answer
    }

    async fn ask(text: &str) -> Result<Vec<u8>, Failed> {
        let unavailable = |why: &str| Failed::Unavailable(why.to_string());
        let engine = engine().ok_or_else(|| unavailable("this page started without a worker"))?;
        let read = method(&engine, "read").ok_or_else(|| unavailable("no read"))?;
        let promise: js_sys::Promise = read
            .call1(&engine, &JsValue::from_str(text))
            .map_err(|_| unavailable("the worker could not be asked"))?
            .unchecked_into();
        match JsFuture::from(promise).await {
            Ok(bytes) => Ok(js_sys::Uint8Array::new(&bytes).to_vec()),
            Err(e) => {
                let stopped = Reflect::get(&e, &JsValue::from_str("stopped"))
                    .ok()
                    .and_then(|s| s.as_bool())
                    .unwrap_or(false);
                if stopped {
                    Err(Failed::Stopped)
                } else {
                    let why = e
                        .dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                        .unwrap_or_else(|| "the worker failed".to_string());
                    Err(Failed::Unavailable(why))
                }
            }
        }
    }

    pub fn warm() {
        if let Some(engine) = engine() {
            if let Some(f) = method(&engine, "warm") {
                let _ = f.call0(&engine);
            }
        }
    }

    /// True if a read was under way: it ends now, or (while the worker's
    /// code is still being fetched) its answer is dropped on arrival.
    pub fn stop() -> bool {
        if let Some(engine) = engine() {
            if let Some(f) = method(&engine, "stop") {
                let _ = f.call0(&engine);
            }
        }
        READING.replace(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_long_texts_go_to_the_worker() {
        assert!(!in_worker(0));
        assert!(!in_worker(crate::seeds::SEEDS[0].text.len()));
        assert!(!in_worker(WORKER_BYTES - 1));
        assert!(in_worker(WORKER_BYTES));
        assert!(in_worker(5 * 1024 * 1024));
    }

    #[test]
    fn the_workers_bytes_are_the_report_the_page_would_have_made() {
        let text = "Officials said 12 people were hurt. “It was 30,” a nurse said.\n\nFire in the port\n\nThe mayor said the port would reopen.";
        let bytes = read_here_as_bytes(text);
        let back = crate::report::wire::decode(text.into(), &bytes).expect("reads back");
        assert_eq!(back, doc::read(text));
    }
}
