//! The root component: which report is open, the reports screen, the
//! library on the device, and opening files, pastes and links.
//!
//! Opening anything follows one path: read and decode it
//! ([`crate::ui::opener`], [`crate::import`]), keep its text in the library
//! *before* the engine runs, yield so the page can show progress, parse,
//! then show the report and name it in the URL fragment (`#/r/local-N`).
//! Errors before the library is written leave the library untouched; a
//! full storage quota still opens the report and says it was not kept.

use crate::import::library::{rows, Removed, Row};
use crate::import::{share, Meta};
use crate::report::{self, ClaimId};
use crate::seeds::{Seed, SEEDS};
use crate::ui::doc::{export_name, Doc, UNSAVED};
use crate::ui::opener::{self, Loaded, Progress, Store};
use crate::ui::reports::Reports;
use crate::ui::route::{self, Route};
use crate::ui::{present, Reader, Shared};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Reader,
    Reports,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Error,
}

/// A message above the report or the reports screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub lines: Vec<String>,
    /// Offers to undo the last delete.
    pub undo: bool,
}

impl Notice {
    fn new(tone: Tone, lines: Vec<String>) -> Option<Notice> {
        (!lines.is_empty()).then_some(Notice {
            tone,
            lines,
            undo: false,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Shell {
    doc: Option<Rc<Doc>>,
    /// Bumped for every report opened: a new reader, fresh state.
    generation: u32,
    /// The claim to select when the reader is next mounted.
    claim: Option<ClaimId>,
    screen: Screen,
    rows: Rc<Vec<Row>>,
    notice: Option<Notice>,
    busy: Option<Progress>,
    dragging: bool,
}

enum Msg {
    Open {
        doc: Rc<Doc>,
        claim: Option<ClaimId>,
        notice: Option<Notice>,
    },
    Show(Screen, Option<ClaimId>),
    Rows(Rc<Vec<Row>>),
    Notice(Option<Notice>),
    Busy(Option<Progress>),
    Retitle(Rc<Doc>),
    Dragging(bool),
}

impl Reducible for Shell {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut s = (*self).clone();
        match msg {
            Msg::Open { doc, claim, notice } => {
                s.doc = Some(doc);
                s.generation = s.generation.wrapping_add(1);
                s.claim = claim;
                s.screen = Screen::Reader;
                s.notice = notice;
                s.busy = None;
            }
            Msg::Show(screen, claim) => {
                s.screen = screen;
                if screen == Screen::Reader || claim.is_some() {
                    s.claim = claim;
                }
            }
            Msg::Rows(r) => s.rows = r,
            Msg::Notice(n) => s.notice = n,
            Msg::Busy(b) => s.busy = b,
            Msg::Retitle(doc) => s.doc = Some(doc),
            Msg::Dragging(d) => s.dragging = d,
        }
        Rc::new(s)
    }
}

fn seed_doc(seed: &'static Seed) -> Rc<Doc> {
    Rc::new(Doc {
        key: AttrValue::Static(seed.key),
        title: AttrValue::Static(seed.title),
        meta: Meta::default(),
        report: Shared(Rc::new(report::parse(seed.text))),
        embedded: true,
    })
}

fn seed_of(key: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|s| s.key == key)
}

fn not_here(key: &str) -> Notice {
    Notice {
        tone: Tone::Warning,
        lines: vec![
            format!(
                "The report this link names (“{}”) is not on this device. Reports you open are kept only in the browser where you opened them.",
                route::shown_key(key)
            ),
            "Ask for a share link (Reports, then Share) or for the file, and open it here.".into(),
        ],
        undo: false,
    }
}

/// Browser glue: the fragment and history.
#[cfg(target_arch = "wasm32")]
mod nav {
    pub fn hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }
    /// A new history entry (Back returns to the previous report or screen).
    pub fn push(fragment: &str) {
        if hash() == fragment {
            return;
        }
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
        }
    }
    pub fn replace(fragment: &str) {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
        }
    }
}
#[cfg(not(target_arch = "wasm32"))]
mod nav {
    pub fn hash() -> String {
        String::new()
    }
    pub fn push(_: &str) {}
    pub fn replace(_: &str) {}
}

/// What to open.
enum Source {
    File(web_sys::File),
    Paste(String),
    Shared {
        payload: String,
        claim: Option<ClaimId>,
    },
    Stored {
        key: String,
        claim: Option<ClaimId>,
    },
}

/// Everything the opening tasks need, cheap to clone into them.
#[derive(Clone)]
struct Ctx {
    store: Rc<Store>,
    d: UseReducerDispatcher<Shell>,
    /// The key of the report on show, read by event listeners.
    current: Rc<RefCell<String>>,
    /// Only the latest opening may finish.
    ticket: Rc<Cell<u32>>,
    removed: Rc<RefCell<Option<Removed>>>,
}

impl Ctx {
    fn refresh_rows(&self) {
        self.d
            .dispatch(Msg::Rows(Rc::new(rows(SEEDS, &self.store.library()))));
    }

    fn show(&self, doc: Rc<Doc>, claim: Option<ClaimId>, notice: Option<Notice>) {
        *self.current.borrow_mut() = doc.key.to_string();
        self.d.dispatch(Msg::Open { doc, claim, notice });
    }

    fn error(&self, message: String) {
        self.d.dispatch(Msg::Busy(None));
        self.d
            .dispatch(Msg::Notice(Notice::new(Tone::Error, vec![message])));
    }

    /// Opens what a fragment names; `start` when the page has just loaded.
    fn route(&self, hash: &str, shell: Option<&Shell>) {
        match route::parse(hash) {
            Route::Library => self.d.dispatch(Msg::Show(Screen::Reports, None)),
            Route::Report { key, claim } => {
                if *self.current.borrow() == key && shell.is_some_and(|s| s.doc.is_some()) {
                    if shell.is_some_and(|s| s.screen != Screen::Reader) {
                        self.d.dispatch(Msg::Show(Screen::Reader, claim));
                    }
                } else if let Some(seed) = seed_of(key) {
                    self.show(seed_doc(seed), claim, None);
                } else if self.store.library().get(key).is_some() {
                    self.open(Source::Stored {
                        key: key.to_string(),
                        claim,
                    });
                } else {
                    if shell.is_none_or(|s| s.doc.is_none()) {
                        self.show(seed_doc(&SEEDS[0]), None, None);
                    }
                    self.d.dispatch(Msg::Notice(Some(not_here(key))));
                }
            }
            Route::Shared { payload, claim } => self.open(Source::Shared {
                payload: payload.to_string(),
                claim,
            }),
            Route::Claim(c) => {
                if shell.is_some_and(|s| s.screen != Screen::Reader) {
                    self.d.dispatch(Msg::Show(Screen::Reader, Some(c)));
                }
            }
            Route::Default => {
                if shell.is_some_and(|s| s.screen != Screen::Reader) {
                    self.d.dispatch(Msg::Show(Screen::Reader, None));
                }
            }
        }
    }

    fn open(&self, source: Source) {
        let ticket = self.ticket.get().wrapping_add(1);
        self.ticket.set(ticket);
        let ctx = self.clone();
        yew::platform::spawn_local(async move {
            let current = {
                let ctx = ctx.clone();
                move || ctx.ticket.get() == ticket
            };
            let progress = {
                let ctx = ctx.clone();
                let current = current.clone();
                move |p: Progress| {
                    if current() {
                        ctx.d.dispatch(Msg::Busy(Some(p)));
                    }
                }
            };
            progress(Progress::new("Opening…", None));
            if let Err(message) = ctx.run(source, &progress, &current).await {
                if current() {
                    ctx.error(message);
                }
            }
        });
    }

    async fn run(
        &self,
        source: Source,
        progress: &dyn Fn(Progress),
        current: &dyn Fn() -> bool,
    ) -> Result<(), String> {
        let mut claim = None;
        let mut replace = false;
        let loaded = match source {
            Source::File(f) => opener::read_file(f, progress).await?,
            Source::Paste(t) => opener::read_paste(t, progress).await?,
            Source::Shared { payload, claim: c } => {
                let shared = share::decode(&payload).map_err(|e| e.to_string())?;
                claim = c.or(shared.claim);
                replace = true;
                let title = shared
                    .title
                    .or_else(|| crate::import::guess_title(&shared.text));
                Loaded::Text(crate::import::Opened {
                    text: shared.text,
                    meta: Meta {
                        title,
                        ..Meta::default()
                    },
                    warnings: Vec::new(),
                })
            }
            Source::Stored { key, claim } => {
                let Some(e) = self.store.library().get(&key).cloned() else {
                    self.d.dispatch(Msg::Busy(None));
                    self.d.dispatch(Msg::Notice(Some(not_here(&key))));
                    return Ok(());
                };
                progress(finding(e.text.len()));
                opener::painted().await;
                if !current() {
                    return Ok(());
                }
                let report = report::parse(&e.text);
                let doc = Rc::new(Doc {
                    key: e.id.clone().into(),
                    title: e.title.clone().into(),
                    meta: e.meta(),
                    report: Shared(Rc::new(report)),
                    embedded: false,
                });
                self.show(doc, claim, None);
                return Ok(());
            }
        };
        if !current() {
            return Ok(());
        }
        let (text, meta, mut notes, imported) = match loaded {
            Loaded::Text(o) => (o.text, o.meta, o.warnings, None),
            Loaded::Report(i) => (
                i.report.text.to_string(),
                i.meta,
                i.warnings,
                Some(i.report),
            ),
        };
        // Keep the text before the engine runs.
        let lib = self.store.library();
        let (key, title, meta) = match lib.find_text(&text) {
            Some(e) => {
                notes.push(format!(
                    "This report was already on this device as “{}”; that copy is open.",
                    e.title
                ));
                (e.id.clone(), e.title.clone(), e.meta())
            }
            None => {
                let count = imported.as_ref().map_or(0, |r| r.claims.len());
                let added = self.store.change(|l| {
                    l.add(&text, &meta, count, opener::now_ms())
                        .map_err(|e| e.to_string())
                });
                match added {
                    Ok(id) => {
                        let e = self.store.library().get(&id).cloned();
                        let title = e.as_ref().map(|e| e.title.clone()).unwrap_or_default();
                        (id, title, e.map(|e| e.meta()).unwrap_or_default())
                    }
                    Err(message) => {
                        notes.push(message);
                        let title = meta
                            .title
                            .clone()
                            .unwrap_or_else(|| crate::import::library::UNTITLED.into());
                        (UNSAVED.to_string(), title, meta)
                    }
                }
            }
        };
        self.refresh_rows();
        let report = match imported {
            Some(r) => r,
            None => {
                progress(finding(text.len()));
                opener::painted().await;
                if !current() {
                    return Ok(());
                }
                report::parse(&text)
            }
        };
        if key != UNSAVED {
            let n = report.claims.len();
            let _ = self.store.change(|l| {
                l.set_claim_count(&key, n);
                Ok(())
            });
            self.refresh_rows();
        }
        let fragment = present::fragment(&key, claim);
        if replace {
            nav::replace(&fragment);
        } else {
            nav::push(&fragment);
        }
        let doc = Rc::new(Doc {
            key: key.into(),
            title: title.into(),
            meta,
            report: Shared(Rc::new(report)),
            embedded: false,
        });
        self.show(doc, claim, Notice::new(Tone::Warning, notes));
        Ok(())
    }
}

fn finding(len: usize) -> Progress {
    Progress::new(
        format!(
            "Finding claims in {} of text…",
            crate::import::human_size(len)
        ),
        None,
    )
}

/// The first state: embedded reports open at once; a stored report or a
/// share link opens right after the first render (see the mount effect).
fn start(hash: &str, store: &Store) -> Shell {
    let lib = store.library();
    let base = Shell {
        doc: None,
        generation: 0,
        claim: None,
        screen: Screen::Reader,
        rows: Rc::new(rows(SEEDS, &lib)),
        notice: None,
        busy: None,
        dragging: false,
    };
    let seed = |seed: &'static Seed, claim| Shell {
        doc: Some(seed_doc(seed)),
        claim,
        ..base.clone()
    };
    match route::parse(hash) {
        Route::Report { key, claim } => match seed_of(key) {
            Some(s) => seed(s, claim),
            None if lib.get(key).is_some() => Shell {
                busy: Some(Progress::new("Opening…", None)),
                ..base
            },
            None => Shell {
                notice: Some(not_here(key)),
                ..seed(&SEEDS[0], None)
            },
        },
        Route::Shared { .. } => Shell {
            busy: Some(Progress::new("Opening the shared report…", None)),
            ..base
        },
        Route::Library => Shell {
            screen: Screen::Reports,
            ..seed(&SEEDS[0], None)
        },
        Route::Claim(c) => seed(&SEEDS[0], Some(c)),
        Route::Default => seed(&SEEDS[0], None),
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The page holds this app's first render, written by the prerender
    /// step (`src/bin/prerender.rs`), and the app takes it over
    /// (hydration): the first render must then match it, so what the
    /// library has to say waits until after it.
    #[prop_or_default]
    pub prerendered: bool,
}

/// Whether the app takes over the prerendered page for this fragment: only
/// when it opens the first embedded report, the one the prerender step
/// drew. Other addresses (the reports screen, a share link, a report kept on
/// the device) render afresh.
pub fn hydrates(hash: &str) -> bool {
    match route::parse(hash) {
        Route::Default | Route::Claim(_) => true,
        Route::Report { key, .. } => key == SEEDS[0].key,
        Route::Shared { .. } | Route::Library => false,
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let prerendered = props.prerendered;
    let started = use_memo((), |_| {
        let s = Store::load();
        (Rc::new(s.store), s.notices)
    });
    let store = started.0.clone();
    let initial_hash = use_memo((), |_| nav::hash());
    let shell = use_reducer({
        let store = store.clone();
        let hash = initial_hash.clone();
        let notices = started.1.clone();
        move || {
            let mut s = start(&hash, &store);
            if !notices.is_empty() && !prerendered {
                s.notice = Notice::new(Tone::Warning, notices);
            }
            s
        }
    });
    let current = use_mut_ref(|| {
        shell
            .doc
            .as_ref()
            .map(|d| d.key.to_string())
            .unwrap_or_default()
    });
    let ticket: Rc<Cell<u32>> = (*use_memo((), |_| Rc::new(Cell::new(0u32)))).clone();
    let removed = use_mut_ref(|| None::<Removed>);
    let ctx = Ctx {
        store: store.clone(),
        d: shell.dispatcher(),
        current,
        ticket,
        removed,
    };
    let file_ref = use_node_ref();

    // Once the app runs the page: what the library had to say, when the
    // first render had to match the prerendered page; then the controls
    // that need the app show (`<html class="hydrated">`).
    {
        let d = shell.dispatcher();
        let notices = started.1.clone();
        use_effect_with((), move |_| {
            if prerendered && !notices.is_empty() {
                d.dispatch(Msg::Notice(Notice::new(Tone::Warning, notices)));
            }
            #[cfg(target_arch = "wasm32")]
            crate::ui::web::mark_hydrated();
        });
    }
    // A stored report or a share link in the first address opens now.
    {
        let ctx = ctx.clone();
        let hash = initial_hash.clone();
        use_effect_with((), move |_| {
            if matches!(
                route::parse(&hash),
                Route::Shared { .. } | Route::Report { .. }
            ) && seed_of_route(&hash).is_none()
            {
                ctx.route(&hash, None);
            }
        });
    }
    // Back, forward and links to other reports.
    {
        let ctx = ctx.clone();
        let shell_now = use_mut_ref(|| (*shell).clone());
        *shell_now.borrow_mut() = (*shell).clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let s = shell_now.borrow().clone();
                    ctx.route(&nav::hash(), Some(&s));
                });
            move || drop(listener)
        });
    }
    // Another tab changed the library.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref() == Some(crate::import::library::KEY) {
                        ctx.store.reload();
                        ctx.refresh_rows();
                    }
                });
            move || drop(listener)
        });
    }
    // Files dropped anywhere on the page open.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            use gloo::events::{EventListener, EventListenerOptions};
            let win = gloo::utils::window();
            let opts = EventListenerOptions::enable_prevent_default();
            let has_files = |e: &web_sys::DragEvent| {
                e.data_transfer().is_some_and(|t| {
                    t.types()
                        .iter()
                        .any(|v| v.as_string().as_deref() == Some("Files"))
                })
            };
            let d = ctx.d.clone();
            let over = EventListener::new_with_options(&win, "dragover", opts, move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::DragEvent>() {
                    if has_files(e) {
                        e.prevent_default();
                        d.dispatch(Msg::Dragging(true));
                    }
                }
            });
            let d = ctx.d.clone();
            let leave = EventListener::new(&win, "dragleave", move |e| {
                let out = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .is_some_and(|e| e.related_target().is_none());
                if out {
                    d.dispatch(Msg::Dragging(false));
                }
            });
            let drop_ctx = ctx.clone();
            let dropped = EventListener::new_with_options(&win, "drop", opts, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                    return;
                };
                drop_ctx.d.dispatch(Msg::Dragging(false));
                let file = e
                    .data_transfer()
                    .and_then(|t| t.files())
                    .and_then(|f| f.get(0));
                if let Some(file) = file {
                    e.prevent_default();
                    drop_ctx.open(Source::File(file));
                }
            });
            move || {
                drop(over);
                drop(leave);
                drop(dropped);
            }
        });
    }

    let on_file = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let file = input.files().and_then(|f| f.get(0));
            // The same file can be picked again.
            input.set_value("");
            if let Some(file) = file {
                ctx.open(Source::File(file));
            }
        })
    };
    let pick = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: ()| {
            if let Some(i) = file_ref.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_paste = {
        let ctx = ctx.clone();
        Callback::from(move |text: String| ctx.open(Source::Paste(text)))
    };
    let show_reports = {
        let d = shell.dispatcher();
        Callback::from(move |_: MouseEvent| {
            // The selection (which the reader keeps in the fragment) is
            // remembered for sharing and for coming back.
            let claim = match route::parse(&nav::hash()) {
                Route::Report { claim, .. } | Route::Shared { claim, .. } => claim,
                Route::Claim(c) => Some(c),
                _ => None,
            };
            nav::push(route::LIBRARY);
            d.dispatch(Msg::Show(Screen::Reports, claim));
        })
    };
    let back = {
        let doc = shell.doc.clone();
        let claim = shell.claim;
        let d = shell.dispatcher();
        Callback::from(move |_: ()| {
            if let Some(doc) = &doc {
                nav::push(&present::fragment(&doc.key, claim));
            }
            d.dispatch(Msg::Show(Screen::Reader, claim));
        })
    };
    let on_rename = {
        let ctx = ctx.clone();
        let doc = shell.doc.clone();
        Callback::from(move |(key, title): (String, String)| {
            match ctx
                .store
                .change(|l| l.rename(&key, &title).map_err(|e| e.to_string()))
            {
                Ok(()) => {
                    ctx.refresh_rows();
                    if let Some(doc) = doc.as_ref().filter(|d| d.key == key) {
                        if let Some(e) = ctx.store.library().get(&key) {
                            ctx.d.dispatch(Msg::Retitle(Rc::new(Doc {
                                title: e.title.clone().into(),
                                ..(**doc).clone()
                            })));
                        }
                    }
                    ctx.d.dispatch(Msg::Notice(None));
                }
                Err(m) => ctx.error(m),
            }
        })
    };
    let on_details = {
        let ctx = ctx.clone();
        let doc = shell.doc.clone();
        Callback::from(move |meta: Meta| {
            let Some(doc) = doc.clone() else { return };
            if doc.embedded {
                return;
            }
            let mut notes = Vec::new();
            let result = if doc.key == UNSAVED {
                let m = meta.clone().cleaned(&mut notes);
                match m.title.clone() {
                    Some(t) => Ok((t, m)),
                    None => Err("A title cannot be empty.".to_string()),
                }
            } else {
                ctx.store
                    .change(|l| l.set_details(&doc.key, &meta).map_err(|e| e.to_string()))
                    .map(|n| {
                        notes = n;
                        let e = ctx.store.library().get(&doc.key).cloned();
                        let e = e.expect("the entry just changed");
                        (e.title.clone(), e.meta())
                    })
            };
            match result {
                Ok((title, m)) => {
                    ctx.refresh_rows();
                    ctx.d.dispatch(Msg::Retitle(Rc::new(Doc {
                        title: title.into(),
                        meta: Meta { title: None, ..m },
                        ..(*doc).clone()
                    })));
                    notes.insert(0, "The report's details were saved.".into());
                    ctx.d.dispatch(Msg::Notice(Notice::new(Tone::Info, notes)));
                }
                Err(m) => ctx.error(m),
            }
        })
    };
    let on_delete = {
        let ctx = ctx.clone();
        let doc = shell.doc.clone();
        Callback::from(move |key: String| {
            match ctx.store.change(|l| {
                l.remove(&key)
                    .ok_or_else(|| "This report is no longer in the library.".to_string())
            }) {
                Ok(removed) => {
                    let title = removed.entry.title.clone();
                    *ctx.removed.borrow_mut() = Some(removed);
                    ctx.refresh_rows();
                    if doc.as_ref().is_some_and(|d| d.key == key) {
                        *ctx.current.borrow_mut() = SEEDS[0].key.to_string();
                        ctx.d.dispatch(Msg::Open {
                            doc: seed_doc(&SEEDS[0]),
                            claim: None,
                            notice: None,
                        });
                        ctx.d.dispatch(Msg::Show(Screen::Reports, None));
                        nav::replace(route::LIBRARY);
                    }
                    ctx.d.dispatch(Msg::Notice(Some(Notice {
                        tone: Tone::Info,
                        lines: vec![format!("Deleted “{title}”.")],
                        undo: true,
                    })));
                }
                Err(m) => ctx.error(m),
            }
        })
    };
    let on_undo = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(removed) = ctx.removed.borrow_mut().take() else {
                return;
            };
            let title = removed.entry.title.clone();
            let back = removed.clone();
            match ctx.store.change(move |l| {
                l.restore(removed);
                Ok(())
            }) {
                Ok(()) => {
                    ctx.refresh_rows();
                    ctx.d.dispatch(Msg::Notice(Notice::new(
                        Tone::Info,
                        vec![format!("Restored “{title}”.")],
                    )));
                }
                Err(m) => {
                    *ctx.removed.borrow_mut() = Some(back);
                    ctx.error(m);
                }
            }
        })
    };
    let on_export = {
        let ctx = ctx.clone();
        let doc = shell.doc.clone();
        Callback::from(move |_: ()| {
            let Some(doc) = &doc else { return };
            let json = report::json::to_json_string_with_meta(&doc.report, &doc.export_meta());
            if let Err(m) = opener::download(&export_name(&doc.title), &json, "application/json") {
                ctx.error(m);
            }
        })
    };
    let dismiss = {
        let d = shell.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::Notice(None)))
    };

    let notice_html = notice_view(shell.notice.as_ref(), shell.busy.as_ref(), on_undo, dismiss);
    let input = html! {
        <input ref={file_ref} type="file" class="file-input" hidden=true tabindex="-1" aria-hidden="true"
            accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json,text/plain,text/markdown,text/html,application/json"
            onchange={on_file} />
    };
    let overlay = shell.dragging.then(|| {
        html! { <div class="drop-overlay" aria-hidden="true"><p>{ "Drop the file to open it" }</p></div> }
    });
    let body = match (shell.screen, &shell.doc) {
        (Screen::Reader, Some(doc)) => {
            let open_file = {
                let pick = pick.clone();
                Callback::from(move |_: MouseEvent| pick.emit(()))
            };
            let bar = html! {
                <div class="bar-actions">
                    <button type="button" class="act" data-open="file" onclick={open_file}
                        disabled={shell.busy.is_some()}>{ "Open file" }</button>
                    <button type="button" class="act" data-open="reports" onclick={show_reports}>{ "Reports" }</button>
                </div>
            };
            html! {
                <Reader key={format!("{}/{}", doc.key, shell.generation)} doc={doc.clone()}
                    claim={shell.claim} {bar} notice={notice_html} />
            }
        }
        (Screen::Reports, _) | (_, None) => html! {
            <Reports
                rows={shell.rows.clone()}
                doc={shell.doc.clone()}
                claim={shell.claim}
                busy={shell.busy.is_some()}
                notice={notice_html}
                on_pick={pick}
                {on_paste}
                {on_rename}
                {on_delete}
                {on_details}
                {on_export}
                on_back={back}
                show_back={shell.doc.is_some() && shell.screen == Screen::Reports}
            />
        },
    };
    html! { <>{ input }{ body }{ for overlay }</> }
}

fn seed_of_route(hash: &str) -> Option<&'static Seed> {
    match route::parse(hash) {
        Route::Report { key, .. } => seed_of(key),
        _ => None,
    }
}

/// The busy line, or the current notice.
fn notice_view(
    notice: Option<&Notice>,
    busy: Option<&Progress>,
    on_undo: Callback<MouseEvent>,
    dismiss: Callback<MouseEvent>,
) -> Html {
    let progress = busy.map(|p| {
        let value = p.fraction.map(|f| format!("{:.0}", f * 100.0));
        html! {
            <div class="busy" role="status" aria-live="polite" data-busy="">
                <span class="busy-label">{ p.label.clone() }</span>
                <progress max="100" value={value} aria-label={p.label.clone()}></progress>
            </div>
        }
    });
    let notice = notice.map(|n| {
        let (class, role) = match n.tone {
            Tone::Info => ("notice info", "status"),
            Tone::Warning => ("notice warning", "status"),
            Tone::Error => ("notice error", "alert"),
        };
        html! {
            <div class={class} role={role} data-notice={match n.tone { Tone::Info => "info", Tone::Warning => "warning", Tone::Error => "error" }}>
                <div class="notice-text">
                    { for n.lines.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                </div>
                <div class="notice-actions">
                    if n.undo {
                        <button type="button" class="act" data-undo="" onclick={on_undo}>{ "Undo" }</button>
                    }
                    <button type="button" class="act" data-dismiss="" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            </div>
        }
    });
    html! { <>{ for progress }{ for notice }</> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_addresses_of_the_first_embedded_report_take_over_the_prerendered_page() {
        let first = SEEDS[0].key;
        for hash in [
            String::new(),
            "#".into(),
            "#c3".into(),
            format!("#/r/{first}"),
            format!("#/r/{first}/c2"),
        ] {
            assert!(hydrates(&hash), "{hash:?} should take the page over");
        }
        for hash in [
            route::LIBRARY.to_string(),
            "#/r/local-1".into(),
            "#/r/local-1/c2".into(),
            route::shared("1.abc", None),
        ] {
            assert!(!hydrates(&hash), "{hash:?} should render afresh");
        }
    }
}
