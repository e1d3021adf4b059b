//! The root component: which report is open, the reports screen, the
//! library on the device, and opening files, pastes and links.
//!
//! Opening anything follows one path: read and decode it
//! ([`crate::ui::opener`], [`crate::import`]), keep its text in the library
//! *before* the engine runs, yield so the page can show progress, parse,
//! then show the report and name it in the URL fragment (`#/r/local-N`).
//! Errors before the library is written leave the library untouched; a
//! full storage quota still opens the report and says it was not kept.

use crate::desk::{annotations, Desk, Edit};
use crate::export::{self, Format};
use crate::import::library::{rows, Removed, Row};
use crate::import::{share, Meta};
use crate::report::{self, ClaimId};
use crate::seeds::{Seed, SEEDS};
use crate::ui::doc::{export_name, iso_date, Doc, UNSAVED};
use crate::ui::finding::DeskHandle;
use crate::ui::opener::{self, Loaded, Progress, Store};
use crate::ui::reports::Reports;
use crate::ui::route::{self, Route};
use crate::ui::shared::Shared;
use crate::ui::{engine, nav, present, Reader};
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
    /// The findings on the report on show, with their undo history.
    desk: Rc<Desk>,
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
    Desk(Rc<Desk>),
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
                s.desk = Rc::new(Desk::default());
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
            Msg::Desk(d) => s.desk = d,
        }
        Rc::new(s)
    }
}

fn seed_doc(seed: &'static Seed) -> Rc<Doc> {
    Rc::new(Doc {
        key: AttrValue::Static(seed.key),
        title: AttrValue::Static(seed.title),
        meta: Meta::default(),
        report: Shared(Rc::new(crate::ui::doc::read(seed.text))),
        embedded: true,
        pdf: None,
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
    /// The report on show and its findings, as the last render or edit
    /// left them (read by callbacks made once).
    live: Rc<RefCell<Live>>,
    /// Bumped for every write of findings: a write put off while typing
    /// goes ahead only if no other came since.
    save_ticket: Rc<Cell<u32>>,
    /// Findings changed and not yet written.
    dirty: Rc<Cell<bool>>,
}

/// What callbacks made once need to know about the reader.
#[derive(Default)]
struct Live {
    doc: Option<Rc<Doc>>,
    desk: Rc<Desk>,
    reader: bool,
}

/// How long typing in a note waits before it is written (each keystroke
/// would otherwise write the whole library).
const TYPING_SAVE_MS: u32 = 400;

impl Ctx {
    /// The stored findings on a report, placed on its claims.
    fn desk_of(&self, doc: &Doc) -> Desk {
        let f = self
            .store
            .library()
            .findings(&doc.key)
            .cloned()
            .unwrap_or_default();
        Desk::new(f.attach(&doc.report))
    }

    /// Shows new findings and writes them (after a pause while typing).
    fn set_desk(&self, desk: Desk, typing: bool) {
        let desk = Rc::new(desk);
        self.live.borrow_mut().desk = desk.clone();
        self.d.dispatch(Msg::Desk(desk.clone()));
        self.dirty.set(true);
        let ticket = self.save_ticket.get().wrapping_add(1);
        self.save_ticket.set(ticket);
        if typing {
            // The report is named now: another may be open by the time
            // the write goes ahead.
            let ctx = self.clone();
            let key = self.live.borrow().doc.as_ref().map(|d| d.key.to_string());
            let findings = desk.findings.clone();
            gloo::timers::callback::Timeout::new(TYPING_SAVE_MS, move || {
                if ctx.save_ticket.get() == ticket {
                    if let Some(key) = key {
                        ctx.dirty.set(false);
                        ctx.save_findings_of(&key, findings);
                    }
                }
            })
            .forget();
        } else {
            self.save_findings();
        }
    }

    /// Writes the findings on the report on show, if they changed.
    fn save_findings(&self) {
        self.dirty.set(false);
        let (key, findings) = {
            let l = self.live.borrow();
            let Some(doc) = &l.doc else { return };
            (doc.key.to_string(), l.desk.findings.clone())
        };
        self.save_findings_of(&key, findings);
    }

    /// Writes the findings on a report, if they changed. A refused write
    /// (a full quota) says so; the findings stay on screen.
    fn save_findings_of(&self, key: &str, findings: crate::desk::Findings) {
        let lib = self.store.library();
        // A report not kept, or deleted meanwhile, has nowhere to keep them.
        if key == UNSAVED
            || (key.starts_with(crate::import::library::ID_PREFIX) && lib.get(key).is_none())
        {
            return;
        }
        let stored = lib.findings(key);
        if stored == Some(&findings) || (stored.is_none() && findings.is_empty()) {
            return;
        }
        if let Err(m) = self
            .store
            .change(|l| l.set_findings(key, findings).map_err(|e| e.to_string()))
        {
            self.error(format!("Your last change to a finding was not saved. {m}"));
        }
    }

    /// Makes an edit to the findings on the report on show.
    fn edit(&self, edit: Edit) {
        let typing = matches!(edit, Edit::Note(..) | Edit::Sources(..));
        let (doc, desk) = {
            let l = self.live.borrow();
            (l.doc.clone(), l.desk.clone())
        };
        let Some(doc) = doc else { return };
        if let Some(next) = desk.apply(&doc.report, edit, opener::now_ms()) {
            self.set_desk(next, typing);
        }
    }

    fn undo(&self, forward: bool) {
        let desk = self.live.borrow().desk.clone();
        let next = if forward { desk.redo() } else { desk.undo() };
        if let Some(next) = next {
            self.set_desk(next, false);
        }
    }

    /// Downloads the report on show in a format, with its findings.
    fn export(&self, format: Format) {
        let (doc, desk) = {
            let l = self.live.borrow();
            (l.doc.clone(), l.desk.clone())
        };
        let Some(doc) = doc else { return };
        let meta = doc.export_meta();
        let address = crate::ui::clipboard::claim_url(&present::fragment(&doc.key, None));
        let today = iso_date(opener::now_ms());
        let d = export::Doc {
            name: &doc.title,
            report: &doc.report,
            meta: &meta,
            findings: Some(&desk.findings),
            address: Some(&address),
            today: today.as_deref(),
        };
        let text = export::export(format, &d);
        if let Err(m) =
            opener::download(&export::file_name(&doc.title, format), &text, format.mime())
        {
            self.error(m);
        }
    }

    /// Reads an annotation set and puts its findings on the report on show.
    fn import_annotations(&self, file: web_sys::File) {
        let ctx = self.clone();
        yew::platform::spawn_local(async move {
            let text = match opener::read_text(file, annotations::MAX_BYTES).await {
                Ok(t) => t,
                Err(m) => return ctx.error(m),
            };
            let read = match annotations::read(&text) {
                Ok(r) => r,
                Err(e) => return ctx.error(e.to_string()),
            };
            let (doc, desk) = {
                let l = ctx.live.borrow();
                (l.doc.clone(), l.desk.clone())
            };
            let Some(doc) = doc else { return };
            let mut findings = desk.findings.clone();
            let (placed, orphans) = findings.import(&doc.report, read.findings);
            let mut lines = vec![format!(
                "Imported {}: {placed} placed on claims, {orphans} not on a claim (listed in Review under “Not on a claim”).",
                if placed + orphans == 1 { "1 finding".to_string() } else { format!("{} findings", placed + orphans) }
            )];
            if read.without_finding > 0 {
                lines.push(format!(
                    "{} annotation{} only described or linked claims and held no finding.",
                    read.without_finding,
                    if read.without_finding == 1 { "" } else { "s" }
                ));
            }
            lines.extend(read.problems);
            if let Some(next) = desk.apply(
                &doc.report,
                Edit::Replace(Box::new(findings)),
                opener::now_ms(),
            ) {
                ctx.set_desk(next, false);
            }
            ctx.d.dispatch(Msg::Notice(Notice::new(Tone::Info, lines)));
        });
    }

    fn refresh_rows(&self) {
        self.d
            .dispatch(Msg::Rows(Rc::new(rows(SEEDS, &self.store.library()))));
    }

    fn show(&self, doc: Rc<Doc>, claim: Option<ClaimId>, notice: Option<Notice>) {
        *self.current.borrow_mut() = doc.key.to_string();
        self.d.dispatch(Msg::Open { doc, claim, notice });
    }

    /// Stops what is being opened: its task sees a new ticket, stops, and
    /// keeps nothing; what was shown before stays.
    fn cancel(&self) {
        self.ticket.set(self.ticket.get().wrapping_add(1));
        let message = if engine::stop() {
            engine::CANCELLED.to_string()
        } else {
            crate::import::pdf::PdfError::Cancelled.to_string()
        };
        self.d.dispatch(Msg::Busy(None));
        self.d
            .dispatch(Msg::Notice(Notice::new(Tone::Info, vec![message])));
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
        match &source {
            Source::File(f)
                if crate::import::Format::of_file(&f.name(), &f.type_())
                    != crate::import::Format::Pdf =>
            {
                engine::warm(f.size() as usize)
            }
            Source::Paste(t) => engine::warm(t.len()),
            _ => {}
        }
        let loaded = match source {
            Source::File(f) => opener::read_file(f, progress, current).await?,
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
                        source_url: shared.source_url,
                        published: shared.published,
                    },
                    warnings: Vec::new(),
                    pdf: None,
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
                let report = engine::read(e.text.as_str().into()).await?;
                if !current() {
                    return Ok(());
                }
                let doc = Rc::new(Doc {
                    key: e.id.clone().into(),
                    title: e.title.clone().into(),
                    meta: e.meta(),
                    report: Shared(Rc::new(report)),
                    embedded: false,
                    pdf: e.pdf.clone().map(Rc::new),
                });
                self.show(doc, claim, None);
                return Ok(());
            }
        };
        if !current() {
            return Ok(());
        }
        let (text, meta, mut notes, imported, mut pdf) = match loaded {
            Loaded::Text(o) => (o.text, o.meta, o.warnings, None, o.pdf),
            Loaded::Report(i) => (
                i.report.text.to_string(),
                i.meta,
                i.warnings,
                Some(i.report),
                None,
            ),
        };
        // A long text is kept, then read, then counted, each in a task of
        // its own, so that the page can paint and answer in between.
        let long = engine::in_worker(text.len());
        if long {
            progress(Progress::new("Keeping the report on this device…", None));
            opener::painted().await;
            if !current() {
                return Ok(());
            }
        }
        // Keep the text before the engine runs.
        let lib = self.store.library();
        let mut added = false;
        let (key, title, meta) = match lib.find_text(&text) {
            Some(e) => {
                notes.push(format!(
                    "This report was already on this device as “{}”; that copy is open.",
                    e.title
                ));
                pdf = pdf.or_else(|| e.pdf.clone());
                (e.id.clone(), e.title.clone(), e.meta())
            }
            None => {
                let count = imported.as_ref().map_or(0, |r| r.claims.len());
                let stored = self.store.change(|l| {
                    let id = l
                        .add(&text, &meta, count, opener::now_ms())
                        .map_err(|e| e.to_string())?;
                    if let Some(p) = &pdf {
                        l.set_pdf(&id, p.clone());
                    }
                    Ok(id)
                });
                match stored {
                    Ok(id) => {
                        added = true;
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
                let read = match current() {
                    true => engine::read(text.as_str().into()).await,
                    false => Err(engine::CANCELLED.to_string()),
                };
                match read {
                    Ok(report) if current() => report,
                    outcome => {
                        // Stopped (or failed) before it was shown: a text
                        // this opening added to the library goes again.
                        if added {
                            let _ = self.store.change(|l| Ok(l.remove(&key)));
                            self.refresh_rows();
                        }
                        return outcome.map(|_| ());
                    }
                }
            }
        };
        let count = report.claims.len();
        let fragment = present::fragment(&key, claim);
        if replace {
            nav::replace(&fragment);
        } else {
            nav::push(&fragment);
        }
        let doc = Rc::new(Doc {
            key: key.as_str().into(),
            title: title.into(),
            meta,
            report: Shared(Rc::new(report)),
            embedded: false,
            pdf: pdf.map(Rc::new),
        });
        self.show(doc, claim, Notice::new(Tone::Warning, notes));
        if key != UNSAVED {
            if long {
                opener::painted().await;
            }
            let _ = self.store.change(|l| {
                l.set_claim_count(&key, count);
                Ok(())
            });
            self.refresh_rows();
        }
        Ok(())
    }
}

/// "Finding claims in 5.0 MB of text…"; with Cancel when it is read in the
/// engine's worker (a read on the page's thread is over within a frame or two).
fn finding(len: usize) -> Progress {
    let p = Progress::new(
        format!(
            "Finding claims in {} of text…",
            crate::import::human_size(len)
        ),
        None,
    );
    if engine::in_worker(len) {
        p.cancellable()
    } else {
        p
    }
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
        desk: Rc::new(Desk::default()),
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
    let live = use_mut_ref(Live::default);
    {
        let mut l = live.borrow_mut();
        l.doc = shell.doc.clone();
        l.desk = shell.desk.clone();
        l.reader = shell.screen == Screen::Reader;
    }
    let save_ticket: Rc<Cell<u32>> = (*use_memo((), |_| Rc::new(Cell::new(0u32)))).clone();
    let dirty: Rc<Cell<bool>> = (*use_memo((), |_| Rc::new(Cell::new(false)))).clone();
    let ctx = Ctx {
        store: store.clone(),
        d: shell.dispatcher(),
        current,
        ticket,
        removed,
        live,
        save_ticket,
        dirty,
    };
    // The findings' callbacks, made once so that cards keep comparing equal.
    let desk_callbacks = (*use_memo((), {
        let ctx = ctx.clone();
        move |_| {
            let (a, b, c, d, e) = (
                ctx.clone(),
                ctx.clone(),
                ctx.clone(),
                ctx.clone(),
                ctx.clone(),
            );
            (
                Callback::from(move |edit: Edit| a.edit(edit)),
                Callback::from(move |_: ()| b.undo(false)),
                Callback::from(move |_: ()| c.undo(true)),
                Callback::from(move |f: Format| d.export(f)),
                Callback::from(move |file: web_sys::File| e.import_annotations(file)),
            )
        }
    }))
    .clone();
    // The findings on each report opened, after its first render (so the
    // prerendered page is taken over as it was drawn).
    {
        let ctx = ctx.clone();
        let doc = shell.doc.clone();
        use_effect_with(
            (shell.generation, doc.as_ref().map(|d| d.key.clone())),
            move |_| {
                if let Some(doc) = doc {
                    let desk = Rc::new(ctx.desk_of(&doc));
                    ctx.live.borrow_mut().desk = desk.clone();
                    ctx.d.dispatch(Msg::Desk(desk));
                }
            },
        );
    }
    // Keys: Ctrl+Z (Cmd+Z) undoes a change to findings, Ctrl+Shift+Z or
    // Ctrl+Y redoes it, outside form fields (there they edit the text);
    // a change still waiting to be written is written before the page goes.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            use gloo::events::{EventListener, EventListenerOptions};
            let keys_ctx = ctx.clone();
            let keys = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key())
                        || e.alt_key()
                        || !keys_ctx.live.borrow().reader
                    {
                        return;
                    }
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                                || el.is_content_editable()
                        });
                    if in_field {
                        return;
                    }
                    match (e.key().to_lowercase().as_str(), e.shift_key()) {
                        ("z", false) => {
                            e.prevent_default();
                            keys_ctx.undo(false);
                        }
                        ("z", true) | ("y", false) => {
                            e.prevent_default();
                            keys_ctx.undo(true);
                        }
                        _ => {}
                    }
                },
            );
            let flush = EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                if ctx.dirty.get() {
                    ctx.save_findings();
                }
            });
            move || {
                drop(keys);
                drop(flush);
            }
        });
    }
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
            {
                crate::ui::web::mark_hydrated();
                crate::ui::web::mark_can_share();
            }
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
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |e| {
                    let s = shell_now.borrow().clone();
                    ctx.route(&nav::hash_of(e), Some(&s));
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
                        // Findings changed there show here too.
                        let doc = ctx.live.borrow().doc.clone();
                        if let Some(doc) = doc.filter(|_| !ctx.dirty.get()) {
                            let stored = ctx
                                .store
                                .library()
                                .findings(&doc.key)
                                .cloned()
                                .unwrap_or_default();
                            if stored != ctx.live.borrow().desk.findings {
                                ctx.set_desk(ctx.desk_of(&doc), false);
                            }
                        }
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

    let on_cancel = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.cancel())
    };
    let notice_html = notice_view(
        shell.notice.as_ref(),
        shell.busy.as_ref(),
        on_undo,
        dismiss,
        on_cancel,
    );
    let input = html! {
        <input ref={file_ref} type="file" class="file-input" hidden=true tabindex="-1" aria-hidden="true"
            accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json,.pdf,.docx,text/plain,text/markdown,text/html,application/json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
            let (on_edit, on_undo, on_redo, on_export, on_import) = desk_callbacks.clone();
            let desk = DeskHandle {
                desk: shell.desk.clone(),
                saved: doc.key != UNSAVED,
                on_edit,
                on_undo,
                on_redo,
                on_export,
                on_import,
            };
            html! {
                <Reader key={format!("{}/{}", doc.key, shell.generation)} doc={doc.clone()}
                    claim={shell.claim} {bar} notice={notice_html} {desk} />
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
    on_cancel: Callback<MouseEvent>,
) -> Html {
    let progress = busy.map(|p| {
        let value = p.fraction.map(|f| format!("{:.0}", f * 100.0));
        html! {
            <div class="busy" role="status" aria-live="polite" data-busy="">
                <span class="busy-label">{ p.label.clone() }</span>
                <progress max="100" value={value} aria-label={p.label.clone()}></progress>
                if p.cancel {
                    <button type="button" class="act" data-cancel="" onclick={on_cancel.clone()}>{ "Cancel" }</button>
                }
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
