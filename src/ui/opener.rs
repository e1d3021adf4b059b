//! Browser glue for opening reports: reading a `File`, turning HTML into
//! the article's text through the browser's own `DOMParser`, yielding to
//! the event loop so that the page stays responsive, the library in
//! `localStorage`, and saving an export. Every decision about the bytes and
//! strings is made in [`crate::import`]; this file only moves them.

use crate::import::bytes::{self, Decoded};
use crate::import::html::{Builder, Descend};
use crate::import::json::{from_json_with_meta, Imported};
use crate::import::library::{self, Library};
use crate::import::{open_text, Format, Opened};
use crate::ui::storage;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys;

/// What a step of opening reports while it works.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub label: String,
    /// Done so far, from 0 to 1, when known.
    pub fraction: Option<f64>,
    /// Whether a Cancel button is offered (long work: a PDF's pages).
    pub cancel: bool,
}

impl Progress {
    pub fn new(label: impl Into<String>, fraction: Option<f64>) -> Progress {
        Progress {
            label: label.into(),
            fraction,
            cancel: false,
        }
    }

    /// The same, with a Cancel button.
    pub fn cancellable(mut self) -> Progress {
        self.cancel = true;
        self
    }
}

/// What an opened file or paste became.
pub enum Loaded {
    /// A text for the engine.
    Text(Opened),
    /// A Report JSON export: the report as exported, not parsed again.
    Report(Box<Imported>),
}

/// Lets the browser run other tasks (input, painting) before going on.
pub async fn yield_now() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(p).await;
}

/// Waits until what was rendered so far is on screen (a frame, then a task).
pub async fn painted() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(p).await;
    yield_now().await;
}

fn js_message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the browser gave no reason".to_string())
}

/// Reads a picked or dropped file. Its size is checked before any byte is
/// read, so a file too large is refused at once. `current` turns false when
/// the user cancelled (or opened something else).
pub async fn read_file(
    file: web_sys::File,
    progress: &dyn Fn(Progress),
    current: &dyn Fn() -> bool,
) -> Result<Loaded, String> {
    let name = file.name();
    let format = Format::of_file(&name, &file.type_());
    let size = file.size() as usize;
    bytes::check_size(size, format.max_bytes()).map_err(|e| e.to_string())?;
    progress(Progress::new(
        format!("Reading {} ({})…", name, crate::import::human_size(size)),
        None,
    ));
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("This file could not be read: {}.", js_message(e)))?;
    let array = js_sys::Uint8Array::new(&buf);
    if format == Format::Pdf || (array.length() >= 5 && array.subarray(0, 5).to_vec() == b"%PDF-") {
        return pdf_file(&name, array, progress, current).await;
    }
    let data = array.to_vec();
    drop(array);
    drop(buf);
    if format == Format::Docx {
        progress(Progress::new("Reading the Word document…", None));
        painted().await;
        return crate::import::docx::open(&data)
            .map(Loaded::Text)
            .map_err(|e| e.to_string());
    }
    if format == Format::ReportJson {
        let decoded = bytes::decode_within(&data, format.max_bytes()).map_err(|e| e.to_string())?;
        drop(data);
        return from_json(&decoded, progress).await;
    }
    let decoded = bytes::decode(&data).map_err(|e| e.to_string())?;
    drop(data);
    open_decoded(format, decoded, progress).await
}

/// How often the progress of a PDF is shown, in milliseconds.
const PDF_TICK_MS: i32 = 100;

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(p).await;
}

/// A PDF: pdf.js (loaded now, on first use, by `web/pdf-open.js`) reads
/// each page's text items in its worker, off this thread; then
/// [`crate::import::pdf::open`] rebuilds the text. Shows "page N of M" and
/// offers Cancel meanwhile.
async fn pdf_file(
    name: &str,
    bytes: js_sys::Uint8Array,
    progress: &dyn Fn(Progress),
    current: &dyn Fn() -> bool,
) -> Result<Loaded, String> {
    use crate::import::pdf::{self, PdfError, Read};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    progress(Progress::new(format!("Opening the PDF {name}…"), None).cancellable());
    let read_pdf =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("claimReaderReadPdf"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or_else(|| {
                PdfError::Unavailable("this page started without it".into()).to_string()
            })?;
    let page: Rc<Cell<(u32, u32)>> = Rc::new(Cell::new((0, 0)));
    let stop = Rc::new(Cell::new(false));
    let on_page = {
        let (page, stop) = (page.clone(), stop.clone());
        Closure::<dyn FnMut(u32, u32) -> bool>::new(move |n: u32, total: u32| {
            page.set((n, total));
            !stop.get()
        })
    };
    let promise = read_pdf
        .call2(&JsValue::NULL, &bytes, on_page.as_ref())
        .map_err(|e| PdfError::Unavailable(js_message(e)).to_string())?;
    drop(bytes);
    let result: Rc<RefCell<Option<Result<JsValue, JsValue>>>> = Rc::new(RefCell::new(None));
    {
        let result = result.clone();
        let promise: js_sys::Promise = promise.unchecked_into();
        wasm_bindgen_futures::spawn_local(async move {
            let r = JsFuture::from(promise).await;
            *result.borrow_mut() = Some(r);
        });
    }
    let mut shown = (0, 0);
    let outcome = loop {
        if let Some(r) = result.borrow_mut().take() {
            break r;
        }
        if !current() {
            stop.set(true);
        }
        let (n, total) = page.get();
        if (n, total) != shown && total > 0 && current() {
            shown = (n, total);
            progress(
                Progress::new(
                    format!("Reading page {n} of {total}…"),
                    Some(f64::from(n.saturating_sub(1)) / f64::from(total)),
                )
                .cancellable(),
            );
        }
        sleep(PDF_TICK_MS).await;
    };
    drop(on_page);
    let json = outcome
        .map_err(|e| PdfError::Unavailable(js_message(e)).to_string())?
        .as_string()
        .unwrap_or_default();
    if !current() {
        return Err(PdfError::Cancelled.to_string());
    }
    let read: Read =
        serde_json::from_str(&json).map_err(|e| PdfError::Damaged(e.to_string()).to_string())?;
    drop(json);
    progress(Progress::new("Putting the text back together…", Some(1.0)));
    painted().await;
    let (opened, _) = pdf::open(read, name).map_err(|e| e.to_string())?;
    Ok(Loaded::Text(opened))
}

/// Opens pasted text: HTML, a Report JSON export, Markdown or plain text,
/// by its look.
pub async fn read_paste(text: String, progress: &dyn Fn(Progress)) -> Result<Loaded, String> {
    let decoded = bytes::decode_str(&text).map_err(|e| {
        // Messages about "this file" read oddly for a paste.
        match e {
            bytes::BytesError::Empty | bytes::BytesError::Blank => {
                "There is no text to read: paste a report first.".to_string()
            }
            e => e.to_string(),
        }
    })?;
    drop(text);
    let format = Format::sniff(&decoded.text);
    if format == Format::ReportJson {
        return from_json(&decoded, progress).await;
    }
    open_decoded(format, decoded, progress).await
}

async fn from_json(decoded: &Decoded, progress: &dyn Fn(Progress)) -> Result<Loaded, String> {
    progress(Progress::new("Reading the exported report…", None));
    painted().await;
    let mut imported = from_json_with_meta(&decoded.text).map_err(|e| {
        if crate::desk::annotations::looks_like(&decoded.text) {
            "This file holds annotations, not a report: open the report they belong to, then choose Review, then Import annotations.".to_string()
        } else {
            e.to_string()
        }
    })?;
    let mut warnings = decoded.warnings();
    warnings.append(&mut imported.warnings);
    imported.warnings = warnings;
    Ok(Loaded::Report(Box::new(imported)))
}

async fn open_decoded(
    format: Format,
    decoded: Decoded,
    progress: &dyn Fn(Progress),
) -> Result<Loaded, String> {
    if format != Format::Html {
        return Ok(Loaded::Text(open_text(format, &decoded)));
    }
    progress(Progress::new("Finding the article in the page…", Some(0.0)));
    painted().await;
    let mut opened = html_text(&decoded.text, progress).await?;
    let mut warnings = decoded.warnings();
    warnings.append(&mut opened.warnings);
    opened.warnings = warnings;
    Ok(Loaded::Text(opened))
}

/// How many nodes are walked between two yields to the event loop.
const WALK_CHUNK: usize = 4000;

/// The article's text of an HTML document: the browser parses it into an
/// inert document (no script runs, nothing loads, nothing is shown; see
/// [`crate::import::html::defuse`]), and
/// the walk feeds [`Builder`], yielding every [`WALK_CHUNK`] nodes.
async fn html_text(html: &str, progress: &dyn Fn(Progress)) -> Result<Opened, String> {
    use web_sys::{DomParser, Element, Node, SupportedType};
    let fail = |e: JsValue| format!("This page could not be read: {}.", js_message(e));
    let parser = DomParser::new().map_err(fail)?;
    // Inline handlers and styles renamed first: the parsed document shares
    // the page's policy, which would refuse and report each of them.
    let defused = crate::import::html::defuse::defuse(html);
    let doc = parser
        .parse_from_string(&defused, SupportedType::TextHtml)
        .map_err(fail)?;
    drop(defused);
    let Some(root) = doc.document_element() else {
        return Err(crate::import::html::EmptyPage.to_string());
    };
    let total = doc.get_elements_by_tag_name("*").length().max(1) as f64;
    let mut b = Builder::new();
    let mut entered: Vec<Node> = Vec::new();
    let mut node: Option<Node> = Some(root.into());
    let (mut walked, mut elements) = (0usize, 0usize);
    while let Some(n) = node {
        walked += 1;
        if walked.is_multiple_of(WALK_CHUNK) {
            progress(Progress::new(
                "Finding the article in the page…",
                Some((elements as f64 / total).min(1.0)),
            ));
            yield_now().await;
        }
        let mut child = None;
        match n.node_type() {
            Node::ELEMENT_NODE => {
                elements += 1;
                if let Some(el) = n.dyn_ref::<Element>() {
                    if b.open(&el.local_name(), |a| el.get_attribute(a)) == Descend::Enter {
                        child = n.first_child();
                        if child.is_none() {
                            b.close();
                        }
                    }
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                b.text(&n.node_value().unwrap_or_default());
            }
            _ => {}
        }
        if let Some(c) = child {
            entered.push(n);
            node = Some(c);
            continue;
        }
        // On to the next sibling, closing the elements walked out of.
        let mut cur = n;
        node = loop {
            if entered.is_empty() {
                break None;
            }
            if let Some(s) = cur.next_sibling() {
                break Some(s);
            }
            let Some(parent) = entered.pop() else {
                break None;
            };
            b.close();
            cur = parent;
        };
    }
    b.finish().map_err(|e| e.to_string())
}

/// Reads a small text file (an annotation set): its size is checked
/// before any byte is read, then it is decoded as text.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    bytes::check_size(file.size() as usize, max_bytes).map_err(|e| e.to_string())?;
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("This file could not be read: {}.", js_message(e)))?;
    let data = js_sys::Uint8Array::new(&buf).to_vec();
    let decoded = bytes::decode_within(&data, max_bytes).map_err(|e| e.to_string())?;
    Ok(decoded.text)
}

/// Milliseconds since 1970, as `Date.now()`.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The library as stored in `localStorage`. Every change is made on a copy,
/// written, and kept only once the browser accepted it, so a full quota
/// loses nothing (see [`crate::import::library`]).
pub struct Store {
    lib: RefCell<Library>,
    /// False when the stored value could not be read and could not be kept
    /// aside either: then nothing is written over it.
    writable: bool,
}

/// The outcome of loading the library: the store and what to tell the user.
pub struct Started {
    pub store: Store,
    pub notices: Vec<String>,
}

impl Store {
    /// Reads the library (keeping an unreadable value aside first). Natively
    /// (the prerender step) the library is empty and nothing is said.
    pub fn load() -> Started {
        if !storage::available() {
            return Started {
                store: Store {
                    lib: RefCell::new(Library::new()),
                    writable: false,
                },
                notices: if cfg!(target_arch = "wasm32") {
                    vec![
                        "This browser does not let claim-reader keep reports: what you open here is not saved.".into(),
                    ]
                } else {
                    Vec::new()
                },
            };
        }
        let raw = storage::get(library::KEY);
        let loaded = Library::load(raw.as_deref());
        let mut notices = loaded.dropped;
        let mut writable = true;
        if let Some(aside) = loaded.aside {
            let key = match storage::get(library::ASIDE_KEY) {
                None => library::ASIDE_KEY.to_string(),
                Some(old) if old == aside => library::ASIDE_KEY.to_string(),
                Some(_) => format!("{}.{}", library::ASIDE_KEY, now_ms()),
            };
            if !storage::set(&key, &aside) {
                writable = false;
                notices.push(
                    "The saved library could not be kept aside (the browser's storage is full), so nothing will be saved over it until there is room.".into(),
                );
            }
        }
        Started {
            store: Store {
                lib: RefCell::new(loaded.library),
                writable,
            },
            notices,
        }
    }

    pub fn library(&self) -> Library {
        self.lib.borrow().clone()
    }

    /// Reads the stored value again (another tab changed it).
    pub fn reload(&self) {
        if storage::available() {
            let raw = storage::get(library::KEY);
            let loaded = Library::load(raw.as_deref());
            if loaded.aside.is_none() {
                *self.lib.borrow_mut() = loaded.library;
            }
        }
    }

    /// Applies `f` to a copy, writes it, and keeps it only if the write
    /// succeeded. Errors are messages for the user.
    pub fn change<R>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<R, String>,
    ) -> Result<R, String> {
        let mut next = self.lib.borrow().clone();
        let out = f(&mut next)?;
        if !self.writable {
            return Err(
                "Reports cannot be saved in this browser right now; nothing saved was changed."
                    .into(),
            );
        }
        let json = next.to_json();
        if !storage::available() {
            return Err("This browser does not let claim-reader keep reports.".into());
        }
        if !storage::set(library::KEY, &json) {
            let before = self.lib.borrow().to_json().len();
            return Err(library::quota_message(json.len().saturating_sub(before)));
        }
        *self.lib.borrow_mut() = next;
        Ok(out)
    }
}

/// Offers `contents` as a download named `name` (a `Blob` URL, revoked soon
/// after).
pub fn download(name: &str, contents: &str, mime: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("The file could not be saved: {}.", js_message(e));
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_class_name("sr-only");
    let body = gloo::utils::body();
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
