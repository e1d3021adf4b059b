//! The reader: renders a `Report` as highlighted text beside claim cards.
//!
//! Code map: `state` (the one reducer), `segments` (pure highlight
//! segmentation), `present` (pure words and labels), one component per file
//! (`source`, `card`, `card_list`, `filters`, `overview`, `people`,
//! `figures`, `tabs`), `finding` (a claim's finding on its card) and
//! `review` (claims to check, the memo, exports and imports; see
//! `crate::desk`), `clipboard` (copying citations), `reveal` (where to
//! scroll a claim to), `renders` (render counts for the latency
//! benchmark), and `windowing` (pure) with `windowed` (its hook): long
//! texts and card lists draw only what is near the view. Opening reports:
//! `app` (the root: which report is open, the library, opening files,
//! pastes and links), `reports` (the reports screen), `opener` (browser
//! glue: files, `DOMParser`, storage), `doc` and `route` (pure: the open
//! report, the URL fragment). Report text is
//! only ever rendered as text nodes.

pub mod app;
pub mod card;
pub mod card_list;
pub mod clipboard;
pub mod doc;
pub mod figures;
pub mod filters;
pub mod finding;
pub mod opener;
pub mod overview;
pub mod people;
pub mod present;
pub mod renders;
pub mod reports;
pub mod reveal;
pub mod review;
pub mod route;
pub mod segments;
pub mod source;
pub mod state;
pub mod tabs;
pub mod windowed;
pub mod windowing;

pub use app::App;

use crate::report::{ClaimId, Report};
use card_list::CardList;
use doc::Doc;
use figures::FiguresView;
use filters::Filters;
use finding::DeskHandle;
use overview::Overview;
use people::PeopleView;
use review::ReviewView;
use source::SourceText;
use state::{Action, ClaimMeta, Origin, Pane, State, View};
use std::ops::Deref;
use std::rc::Rc;
use tabs::ViewTabs;
use yew::prelude::*;

/// A report shared between components; equal when it is the same report.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Report>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Shared {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.0
    }
}

/// The app's callbacks, made once from the reducer's dispatcher so that they
/// keep comparing equal across renders.
#[derive(Clone)]
struct Handlers {
    on_select_card: Callback<ClaimId>,
    on_select_text: Callback<ClaimId>,
    on_link: Callback<ClaimId>,
    on_show_text: Callback<ClaimId>,
    on_hover: Callback<Option<ClaimId>>,
    on_action: Callback<Action>,
    on_who: Callback<state::Who>,
    on_view: Callback<View>,
    on_reset: Callback<()>,
    show_text_pane: Callback<MouseEvent>,
    show_panel_pane: Callback<MouseEvent>,
    close_sheet: Callback<MouseEvent>,
}

impl Handlers {
    fn new(d: UseReducerDispatcher<State>) -> Handlers {
        let on_action = Callback::from(move |a: Action| d.dispatch(a));
        Handlers {
            on_select_card: on_action.reform(|id| Action::Select(id, Origin::Card)),
            on_select_text: on_action.reform(|id| Action::Select(id, Origin::Text)),
            on_link: on_action.reform(|id| Action::Select(id, Origin::Link)),
            on_show_text: on_action.reform(Action::ShowInText),
            on_hover: on_action.reform(Action::Hover),
            on_who: on_action.reform(Action::ShowClaimsBy),
            on_view: on_action.reform(Action::SetView),
            on_reset: on_action.reform(|_| Action::ResetFilters),
            show_text_pane: on_action.reform(|_: MouseEvent| Action::SetPane(Pane::Text)),
            show_panel_pane: on_action.reform(|_: MouseEvent| Action::SetPane(Pane::Panel)),
            close_sheet: on_action.reform(|_: MouseEvent| Action::CloseSheet),
            on_action,
        }
    }
}

/// Browser glue: the URL fragment, saved preferences, scrolling, keys.
/// Public for the browser tests, which scroll to claims as the app does.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod web {
    use gloo::storage::{LocalStorage, Storage};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

    pub const SHOW_UNATTRIBUTED: &str = "claim-reader.show-unattributed";
    /// Wide screens: text and cards side by side (as in `styles/main.css`).
    pub const WIDE: &str = "(min-width: 52.01rem)";

    pub fn hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    /// Replaces the fragment without a new history entry or a hashchange.
    pub fn set_hash(fragment: &str) {
        if hash() == fragment {
            return;
        }
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
        }
    }

    /// Marks the page as run by the app (`<html class="hydrated">`): the
    /// stylesheet shows the controls that need it only from then on.
    pub fn mark_hydrated() {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().add_1("hydrated");
        }
    }

    pub fn load_bool(key: &str) -> Option<bool> {
        LocalStorage::get::<bool>(key).ok()
    }

    pub fn save_bool(key: &str, v: bool) {
        let _ = LocalStorage::set(key, v);
    }

    pub fn matches(query: &str) -> bool {
        web_sys::window()
            .and_then(|w| w.match_media(query).ok().flatten())
            .is_some_and(|m| m.matches())
    }

    fn reduced_motion() -> bool {
        matches("(prefers-reduced-motion: reduce)")
    }

    /// Scrolls the first element matching `selector` into view.
    pub fn scroll_to(selector: &str, block: ScrollLogicalPosition) {
        let Some(el) = gloo::utils::document()
            .query_selector(selector)
            .ok()
            .flatten()
        else {
            return;
        };
        let opts = ScrollIntoViewOptions::new();
        opts.set_block(block);
        opts.set_inline(ScrollLogicalPosition::Nearest);
        // A card far down a long list jumps there (see `behavior`).
        let height = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let far = crate::ui::reveal::jumps(el.get_bounding_client_rect().top(), height);
        opts.set_behavior(behavior(far));
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }

    /// Smooth unless the user asked for less motion, or the scroll is far
    /// through a long report drawn in windows (the spacers of
    /// `windowed`): there a glide would pass over text never drawn, and
    /// the place it aims at moves as the text near it is measured.
    fn behavior(far: bool) -> ScrollBehavior {
        let windowed = || {
            gloo::utils::document()
                .query_selector(&format!(".{}", crate::ui::windowed::SPACER))
                .ok()
                .flatten()
                .is_some()
        };
        if far && windowed() || reduced_motion() {
            ScrollBehavior::Instant
        } else {
            ScrollBehavior::Smooth
        }
    }

    /// Work put off until the frame that shows a change is on screen, so
    /// that a selection shows within one frame and its scrolling (which
    /// forces a layout) and the URL update (which costs milliseconds) start
    /// in the frame after, rather than competing with the first one for the
    /// processor. Dropping it cancels the work.
    pub struct AfterPaint(Rc<RefCell<Pending>>);

    #[derive(Default)]
    struct Pending {
        frame: Option<gloo::render::AnimationFrame>,
        task: Option<gloo::timers::callback::Timeout>,
    }

    pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
        let pending = Rc::new(RefCell::new(Pending::default()));
        // The first animation frame paints the change; the second begins
        // once the first has gone to the screen; a task queued from it runs
        // after that frame's own rendering.
        let weak = Rc::downgrade(&pending);
        let first = gloo::render::request_animation_frame(move |_| {
            let Some(p) = weak.upgrade() else { return };
            let weak = Rc::downgrade(&p);
            let second = gloo::render::request_animation_frame(move |_| {
                if let Some(p) = weak.upgrade() {
                    p.borrow_mut().task = Some(gloo::timers::callback::Timeout::new(0, f));
                }
            });
            p.borrow_mut().frame = Some(second);
        });
        pending.borrow_mut().frame = Some(first);
        AfterPaint(pending)
    }

    impl Drop for AfterPaint {
        fn drop(&mut self) {
            let mut p = self.0.borrow_mut();
            p.frame.take();
            p.task.take();
        }
    }

    /// Scrolls the text so that the claim's highlights show in full between
    /// the title bar and the sheet (see `reveal`): all its highlights in the
    /// paragraphs that hold its content (a claimant named paragraphs before
    /// does not count), or all of them when it has no content highlight.
    pub fn reveal_claim(label: &str) {
        use crate::ui::reveal::{jumps, scroll_by, Stretch};
        use web_sys::{Element, HtmlElement, ScrollToOptions};
        let doc = gloo::utils::document();
        let win = gloo::utils::window();
        let all = |selector: String| {
            let list = doc.query_selector_all(&selector).ok();
            let n = list.as_ref().map_or(0, |l| l.length());
            (0..n)
                .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<Element>().ok())
                .collect::<Vec<_>>()
        };
        let para = |e: &Element| e.closest("p").ok().flatten();
        let content: Vec<Element> = all(format!("mark.hl-content[data-claim-id=\"{label}\"]"))
            .iter()
            .filter_map(para)
            .collect();
        let marks: Vec<Element> = all(format!("mark[data-claim-id=\"{label}\"]"))
            .into_iter()
            .filter(|m| {
                content.is_empty()
                    || para(m).is_some_and(|p| content.iter().any(|c| c.is_same_node(Some(&p))))
            })
            .collect();
        let found: Vec<(f64, f64)> = marks
            .iter()
            .map(|e| e.get_bounding_client_rect())
            .filter(|r| r.height() > 0.0)
            .map(|r| (r.top(), r.bottom()))
            .collect();
        if found.is_empty() {
            return;
        }
        let claim = Stretch {
            top: found.iter().map(|r| r.0).fold(f64::INFINITY, f64::min),
            bottom: found.iter().map(|r| r.1).fold(f64::NEG_INFINITY, f64::max),
        };
        let opts = ScrollToOptions::new();
        let element = |selector: &str| doc.query_selector(selector).ok().flatten();
        if matches(WIDE) {
            // The text pane scrolls by itself, below the title bar.
            let Some(pane) = element(".text-pane") else {
                return;
            };
            let r = pane.get_bounding_client_rect();
            if let Some(d) = scroll_by(
                claim,
                Stretch {
                    top: r.top(),
                    bottom: r.bottom(),
                },
            ) {
                opts.set_behavior(behavior(jumps(d, r.height())));
                opts.set_top(d);
                pane.scroll_by_with_scroll_to_options(&opts);
            }
        } else {
            // The page scrolls; the title bar stays on top, the sheet (its
            // height without its opening animation) covers the bottom.
            let height = win
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let top = element(".topbar")
                .map(|h| h.get_bounding_client_rect().bottom().max(0.0))
                .unwrap_or(0.0);
            let bottom = element(".sheet-open .panel")
                .and_then(|s| s.dyn_into::<HtmlElement>().ok())
                .map(|s| height - f64::from(s.offset_height()))
                .unwrap_or(height);
            if let Some(d) = scroll_by(claim, Stretch { top, bottom }) {
                opts.set_behavior(behavior(jumps(d, bottom - top)));
                opts.set_top(d);
                win.scroll_by_with_scroll_to_options(&opts);
            }
        }
    }

    /// Whether keys typed here belong to a form field.
    pub fn in_field(e: &web_sys::KeyboardEvent) -> bool {
        let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return false;
        };
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.is_content_editable()
    }

    pub fn blur(e: &web_sys::KeyboardEvent) {
        if let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.blur();
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The report; a new one needs a new reader (give it a new `key`).
    pub doc: Rc<Doc>,
    /// The claim selected when the reader opens.
    #[prop_or_default]
    pub claim: Option<ClaimId>,
    /// More controls for the title bar.
    #[prop_or_default]
    pub bar: Html,
    /// Shown between the title bar and the report (progress, messages).
    #[prop_or_default]
    pub notice: Html,
    /// The findings on this report and how to change them.
    #[prop_or_default]
    pub desk: DeskHandle,
}

/// The whole reader for one report.
///
/// The first render depends on nothing but the report, so that for the
/// first embedded report it matches the HTML the prerender step wrote
/// (`src/bin/prerender.rs`) and the app can take that page over
/// (hydration). What the browser knows (the claim to select, the saved
/// preference, the screen's width) is applied right after, by an effect.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let doc = props.doc.clone();
    let key = doc.key.clone();
    let report: Shared = (*use_memo((), move |_| doc.report.clone())).clone();
    let state = use_reducer({
        let report = report.clone();
        move || State::new(ClaimMeta::of_report(&report))
    });
    let search_ref = use_node_ref();
    // The overview starts folded on narrow screens, so the text comes first.
    let wide = use_state_eq(|| true);
    let dispatcher = state.dispatcher();

    #[cfg(target_arch = "wasm32")]
    {
        // After the first render: the saved preference, the claim to select
        // and the screen's width.
        {
            let d = dispatcher.clone();
            let wide = wide.clone();
            let claim = props.claim;
            use_effect_with((), move |_| {
                if let Some(show) = web::load_bool(web::SHOW_UNATTRIBUTED) {
                    d.dispatch(Action::ShowUnattributed(show));
                }
                if claim.is_some() {
                    d.dispatch(Action::Restore(claim));
                }
                wide.set(web::matches(web::WIDE));
            });
        }
        // The fragment follows the selection.
        let k = key.clone();
        use_effect_with(state.selected, move |sel| {
            let fragment = present::fragment(&k, *sel);
            let later = web::after_paint(move || web::set_hash(&fragment));
            move || drop(later)
        });
        // The user's choice to hide unattributed claims is remembered.
        use_effect_with(state.show_unattributed, |show| {
            web::save_bool(web::SHOW_UNATTRIBUTED, *show)
        });
        // The window's title names the report.
        use_effect_with(props.doc.title.clone(), move |title| {
            gloo::utils::document().set_title(&format!("{title} · claim-reader"));
        });
        // On narrow screens a switch of pane starts at its top.
        use_effect_with(state.pane, |_| {
            if !web::matches(web::WIDE) {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
        // A selection scrolls its other half into view. On narrow screens
        // only the pane on show scrolls, and the text shows between the
        // title bar and the sheet.
        use_effect_with(
            (
                state.selected,
                state.selection_seq,
                state.origin,
                state.sheet,
                state.pane,
            ),
            |(sel, _, origin, sheet, pane)| {
                use web_sys::ScrollLogicalPosition as P;
                let (sel, origin, sheet, pane) = (*sel, *origin, *sheet, *pane);
                let later = web::after_paint(move || {
                    let Some(id) = sel else { return };
                    let label = id.label();
                    let card = format!("article[data-claim-id=\"{label}\"]");
                    if web::matches(web::WIDE) {
                        if origin != Origin::Text {
                            web::reveal_claim(&label);
                        }
                        if origin != Origin::Card {
                            web::scroll_to(&card, P::Nearest);
                        }
                    } else if pane == Pane::Panel {
                        web::scroll_to(&card, P::Nearest);
                    } else if sheet || origin != Origin::Text {
                        // With the sheet open, even a tapped highlight may
                        // now be under it.
                        web::reveal_claim(&label);
                    }
                });
                move || drop(later)
            },
        );
        // Links opened later (back/forward, pasted fragments) restore too.
        {
            let d = dispatcher.clone();
            let key = key.clone();
            use_effect_with((), move |_| {
                let listener = gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "hashchange",
                    move |_| {
                        // Links to other reports and screens are the app's.
                        match route::parse(&web::hash()) {
                            route::Route::Report { key: k, claim } if k == key => {
                                d.dispatch(Action::Restore(claim))
                            }
                            route::Route::Claim(c) => d.dispatch(Action::Restore(Some(c))),
                            _ => {}
                        }
                    },
                );
                move || drop(listener)
            });
        }
        // Keys: j/k and arrows move, Esc clears, / searches.
        {
            let d = dispatcher.clone();
            let search_ref = search_ref.clone();
            use_effect_with((), move |_| {
                use gloo::events::{EventListener, EventListenerOptions};
                use wasm_bindgen::JsCast;
                let listener = EventListener::new_with_options(
                    &gloo::utils::document(),
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                            return;
                        }
                        let field = web::in_field(e);
                        match e.key().as_str() {
                            "Escape" => {
                                if field {
                                    web::blur(e);
                                }
                                d.dispatch(Action::Clear);
                            }
                            "/" if !field => {
                                e.prevent_default();
                                d.dispatch(Action::SetView(View::Claims));
                                d.dispatch(Action::SetPane(Pane::Panel));
                                let r = search_ref.clone();
                                gloo::timers::callback::Timeout::new(0, move || {
                                    if let Some(i) = r.cast::<web_sys::HtmlInputElement>() {
                                        let _ = i.focus();
                                    }
                                })
                                .forget();
                            }
                            "j" | "ArrowDown" if !field => {
                                e.prevent_default();
                                d.dispatch(Action::Next);
                            }
                            "k" | "ArrowUp" if !field => {
                                e.prevent_default();
                                d.dispatch(Action::Prev);
                            }
                            _ => {}
                        }
                    },
                );
                move || drop(listener)
            });
        }
    }

    // Callbacks made once: children whose other props are unchanged then
    // compare equal and skip their render.
    let h = (*use_memo((), move |_| Handlers::new(dispatcher))).clone();
    let Handlers {
        on_select_card,
        on_select_text,
        on_link,
        on_show_text,
        on_hover,
        on_action,
        on_who,
        on_view,
        on_reset,
        show_text_pane,
        show_panel_pane,
        close_sheet,
    } = h;

    // The visible claims change only with the filters and the search.
    let visible: Rc<Vec<ClaimId>> = use_memo(
        (
            state.who,
            state.kind,
            state.show_unattributed,
            state.search.clone(),
        ),
        {
            let state = state.clone();
            move |_| state.visible()
        },
    );
    let total = report.claims.len();
    let figures: usize = report.claims.iter().map(|c| c.figures.len()).sum();
    let worth_checking: usize = *use_memo(report.clone(), |r| {
        r.claims
            .iter()
            .filter(|c| crate::desk::review::worth(r, c) > 0)
            .count()
    });
    let findings = Rc::new(props.desk.desk.findings.clone());
    let scale = Rc::new(findings.scale());
    let title = props.doc.title.clone();
    let seed_key = key.clone();
    let announce = match state.selected.and_then(|id| report.claim(id)) {
        Some(c) => format!("Selected {}", present::card_label(&report, c)),
        None if state.selection_seq > 0 => "No claim selected".to_string(),
        None => String::new(),
    };
    let sheet_title = state
        .selected
        .map(|id| format!("Claim {} of {total}", id.index() + 1))
        .unwrap_or_default();
    let pane_class = match state.pane {
        Pane::Text => "pane-text",
        Pane::Panel => "pane-panel",
    };
    let pressed = |p: Pane| if state.pane == p { "true" } else { "false" };

    let view = match state.view {
        View::Claims => html! {
            <>
                <Filters
                    report={report.clone()}
                    who={state.who}
                    kind={state.kind}
                    show_unattributed={state.show_unattributed}
                    search={state.search.clone()}
                    shown={visible.len()}
                    search_ref={search_ref.clone()}
                    on_action={on_action.clone()}
                />
                <CardList
                    report={report.clone()}
                    visible={visible.clone()}
                    selected={state.selected}
                    hovered={state.hovered}
                    title={title.clone()}
                    seed={seed_key.clone()}
                    on_select={on_select_card}
                    on_hover={on_hover.clone()}
                    on_show_text={on_show_text}
                    on_link={on_link.clone()}
                    on_reset={on_reset}
                    findings={findings.clone()}
                    scale={scale.clone()}
                    on_edit={props.desk.on_edit.clone()}
                    on_undo={props.desk.on_undo.clone()}
                    can_undo={props.desk.desk.can_undo()}
                />
            </>
        },
        View::People => {
            html! { <PeopleView report={report.clone()} on_link={on_link.clone()} on_who={on_who.clone()} /> }
        }
        View::Figures => {
            html! { <FiguresView report={report.clone()} on_link={on_link.clone()} /> }
        }
        View::Review => html! {
            <ReviewView report={report.clone()} meta={props.doc.export_meta()} desk={props.desk.clone()}
                selected={state.selected} on_link={on_link.clone()} />
        },
    };

    html! {
        <div class={classes!("app", pane_class, state.sheet.then_some("sheet-open"))}>
            <header class="topbar">
                <div class="brand">
                    <span class="app-name">{ "claim-reader" }</span>
                    <h1 class="report-title">{ title.clone() }</h1>
                </div>
                { props.bar.clone() }
                <nav class="panes" aria-label="Show">
                    <button type="button" class="pane-btn" data-pane="text" aria-pressed={pressed(Pane::Text)}
                        onclick={show_text_pane}>{ "Text" }</button>
                    <button type="button" class="pane-btn" data-pane="panel" aria-pressed={pressed(Pane::Panel)}
                        onclick={show_panel_pane.clone()}>{ "Claims" }<span class="count">{ visible.len() }</span></button>
                </nav>
            </header>
            { props.notice.clone() }
            <div class="layout">
                <main class="text-pane" aria-label="Report text">
                    <div class="reading">
                        { source_line(&props.doc) }
                        <Overview report={report.clone()} on_link={on_link.clone()} on_who={on_who.clone()} open={*wide} />
                        <SourceText
                            report={report.clone()}
                            selected={state.selected}
                            hovered={state.hovered}
                            visible={visible.clone()}
                            show_unattributed={state.show_unattributed}
                            on_select={on_select_text}
                            on_hover={on_hover.clone()}
                        />
                        <p class="keys-hint" aria-hidden="true">
                            <kbd>{ "j" }</kbd>{ " " }<kbd>{ "k" }</kbd>{ " move · " }
                            <kbd>{ "Esc" }</kbd>{ " clears · " }<kbd>{ "/" }</kbd>{ " searches" }
                        </p>
                    </div>
                </main>
                <aside class="panel" aria-label="Claims and views">
                    <div class="sheet-bar">
                        <span class="sheet-title">{ sheet_title }</span>
                        <button type="button" class="act" data-sheet="all" onclick={show_panel_pane.clone()}>{ "All claims" }</button>
                        <button type="button" class="act" data-sheet="close" onclick={close_sheet}>{ "Close" }</button>
                    </div>
                    <ViewTabs view={state.view} counts={[total, report.entities.len(), figures, worth_checking]} {on_view} />
                    { view }
                </aside>
            </div>
            <div class="sr-only" aria-live="polite" aria-atomic="true" data-announce="">{ announce }</div>
        </div>
    }
}

/// Where the report came from, when known: a link that leaves the page
/// (`rel="noopener noreferrer"`) and the publication date.
fn source_line(doc: &Doc) -> Html {
    let url = doc.meta.source_url.clone();
    let published = doc.meta.published.clone();
    if url.is_none() && published.is_none() {
        return html! {};
    }
    html! {
        <p class="source-line">
            if let Some(url) = url {
                { "Source: " }
                <a href={url.clone()} target="_blank" rel="noopener noreferrer" data-source="">{ doc::host(&url).to_string() }</a>
            }
            if let Some(p) = published {
                <span class="published">{ format!(" · published {p}") }</span>
            }
        </p>
    }
}
