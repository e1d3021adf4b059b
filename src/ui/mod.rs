//! The reader: renders a `Report` as highlighted text beside claim cards.
//!
//! Code map: `state` (the one reducer), `segments` (pure highlight
//! segmentation), `present` (pure words and labels), one component per file
//! (`source`, `card`, `card_list`, `filters`, `overview`, `people`,
//! `figures`, `tabs`, `reading` (the key, display controls, keyboard help
//! and first-visit hint), `sheet` (the sheet's handle)), `finding` (a
//! claim's finding on its card) and `review` (claims to check, the memo,
//! exports and imports; see `crate::desk`), `clipboard` (copying and
//! sharing citations), `reveal` (where to
//! scroll a claim to), `renders` (render counts for the latency
//! benchmark; feature `render-counts`), and `windowing` (pure) with `windowed` (its hook): long
//! texts and card lists draw only what is near the view. Opening reports:
//! `app` (the root: which report is open, the library, opening files,
//! pastes and links), `reports` (the reports screen), `opener` (browser
//! glue: files, `DOMParser`), `nav` (the URL fragment), `storage` (the one
//! `localStorage` wrapper), `shared` (`Shared`, the leaf the children import
//! it from), `doc` and `route` (pure: the open report, the URL fragment). Report text is
//! only ever rendered as text nodes.

pub mod app;
pub mod card;
pub mod card_list;
pub mod clipboard;
pub mod doc;
pub mod engine;
pub mod figures;
pub mod filters;
pub mod finding;
pub mod nav;
pub mod opener;
pub mod overview;
pub mod people;
pub mod present;
pub mod reading;
#[cfg(any(test, feature = "render-counts"))]
pub mod renders;
pub mod reports;
pub mod reveal;
pub mod review;
pub mod route;
pub mod segments;
pub mod shared;
pub mod sheet;
pub mod source;
pub mod state;
pub mod storage;
pub mod tabs;
pub mod windowed;
pub mod windowing;

pub use app::App;
pub use shared::Shared;

use crate::report::model::ClaimKind;
use crate::report::ClaimId;
use card_list::CardList;
use doc::Doc;
use figures::FiguresView;
use filters::{Filters, SearchBox};
use finding::DeskHandle;
use overview::Overview;
use people::PeopleView;
use reading::{FirstHint, Help, ReadingTools};
use review::ReviewView;
use sheet::SheetGrip;
use source::SourceText;
use state::{Action, ClaimMeta, Origin, Pane, State, View};
use std::rc::Rc;
use tabs::ViewTabs;
use yew::prelude::*;

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

/// Browser glue: saved preferences, scrolling, keys.
/// Public for the browser tests, which scroll to claims as the app does.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod web {
    use crate::ui::storage;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

    pub const SHOW_UNATTRIBUTED: &str = "claim-reader.show-unattributed";
    pub const TEXT_SIZE: &str = "claim-reader.text-size";
    pub const HIGHLIGHTS: &str = "claim-reader.highlights";
    /// Set once the first visit's hint was dismissed.
    pub const HINT_SEEN: &str = "claim-reader.hint-seen";
    /// Wide screens: text and cards side by side (as in `styles/main.css`).
    pub const WIDE: &str = "(min-width: 52.01rem)";

    /// Marks the page as run by the app (`<html class="hydrated">`): the
    /// stylesheet shows the controls that need it only from then on.
    pub fn mark_hydrated() {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().add_1("hydrated");
        }
    }

    pub fn load_bool(key: &str) -> Option<bool> {
        storage::get_json::<bool>(key)
    }

    pub fn save_bool(key: &str, v: bool) {
        storage::set_json(key, &v);
    }

    pub fn load_u8(key: &str) -> Option<u8> {
        storage::get_json::<u8>(key)
    }

    pub fn save_u8(key: &str, v: u8) {
        storage::set_json(key, &v);
    }

    pub fn load_string(key: &str) -> Option<String> {
        storage::get_json::<String>(key)
    }

    pub fn save_string(key: &str, v: &str) {
        storage::set_json(key, &v);
    }

    /// Marks the page when the browser has the device's share sheet, so
    /// that the cards offer it (`<html class="can-share">`).
    pub fn mark_can_share() {
        if crate::ui::clipboard::can_share() {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.class_list().add_1("can-share");
            }
        }
    }

    /// Focuses a card without scrolling (the selection scrolls it).
    pub fn focus_card(label: &str) {
        let sel = format!("article[data-claim-id=\"{label}\"]");
        if let Some(el) = gloo::utils::document()
            .query_selector(&sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = el.focus_with_options(&opts);
        }
    }

    thread_local! {
        /// A `:root` rule the app adds to its own stylesheet, for the
        /// variables it sets (see [`set_root_var`]).
        static ROOT_RULE: std::cell::RefCell<Option<web_sys::CssStyleRule>> =
            const { std::cell::RefCell::new(None) };
    }

    /// Sets a CSS variable for the whole page (`--bar-h: 107px`) in a rule
    /// of the page's own stylesheet, not in a `style` attribute (the page
    /// carries none).
    pub fn set_root_var(name: &str, value: &str) {
        ROOT_RULE.with(|cell| {
            let mut rule = cell.borrow_mut();
            if rule.is_none() {
                *rule = add_root_rule();
            }
            if let Some(r) = rule.as_ref() {
                let _ = r.style().set_property(name, value);
            }
        });
    }

    /// Adds an empty `:root {}` rule at the end of the page's first own
    /// stylesheet.
    fn add_root_rule() -> Option<web_sys::CssStyleRule> {
        let sheets = gloo::utils::document().style_sheets();
        (0..sheets.length()).find_map(|i| {
            let sheet: web_sys::CssStyleSheet = sheets.item(i)?.dyn_into().ok()?;
            let rules = sheet.css_rules().ok()?;
            let at = sheet
                .insert_rule_with_index(":root {}", rules.length())
                .ok()?;
            sheet.css_rules().ok()?.item(at)?.dyn_into().ok()
        })
    }

    /// Keeps a CSS variable equal to an element's height: `--bar-h` for
    /// the title bar and `--head-h` for the tabs and search over the cards,
    /// so that what sticks below the one sits right under it, and a card
    /// scrolled to shows below both. Dropping it stops it.
    pub struct Height {
        observer: web_sys::ResizeObserver,
        _callback: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue)>,
    }

    pub fn watch_height(el: &web_sys::Element, var: &'static str) -> Option<Height> {
        let watched = el.clone();
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
            move |_: wasm_bindgen::JsValue| {
                let h = watched.get_bounding_client_rect().height();
                set_root_var(var, &format!("{}px", h.ceil()));
            },
        );
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(Height {
            observer,
            _callback: callback,
        })
    }

    impl Drop for Height {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Scrolls a card into view in the card list, unless it shows whole
    /// already: then to its top, just below the tabs and search that stay
    /// over the list (its `scroll-margin-top`), so that no card above it
    /// stays half covered by them.
    pub fn show_card(selector: &str) {
        let doc = gloo::utils::document();
        let Some(card) = doc.query_selector(selector).ok().flatten() else {
            return;
        };
        let r = card.get_bounding_client_rect();
        let head = doc
            .query_selector(".panel-head")
            .ok()
            .flatten()
            .map(|h| h.get_bounding_client_rect())
            .filter(|h| h.height() > 0.0)
            .map_or(0.0, |h| h.bottom());
        let bottom = if matches(WIDE) {
            doc.query_selector(".panel")
                .ok()
                .flatten()
                .map(|p| p.get_bounding_client_rect().bottom())
        } else {
            gloo::utils::window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
        }
        .unwrap_or(0.0);
        if r.top() >= head - 1.0 && r.bottom() <= bottom + 1.0 {
            return;
        }
        scroll_to(selector, ScrollLogicalPosition::Start);
    }

    /// Brings the top of the views beside the text into view, below the
    /// title bar: a view switched to starts at its top.
    pub fn panel_to_top() {
        let doc = gloo::utils::document();
        let Some(panel) = doc.query_selector(".panel").ok().flatten() else {
            return;
        };
        if matches(WIDE) {
            panel.set_scroll_top(0);
            return;
        }
        let top = panel.get_bounding_client_rect().top();
        let bar = doc
            .query_selector(".topbar")
            .ok()
            .flatten()
            .map_or(0.0, |b| b.get_bounding_client_rect().bottom().max(0.0));
        if top < bar {
            gloo::utils::window().scroll_by_with_x_and_y(0.0, top - bar);
        }
    }

    /// The keyboard help dialog, when it is open.
    pub fn help_open(dialog: &yew::NodeRef) -> bool {
        dialog
            .cast::<web_sys::HtmlDialogElement>()
            .is_some_and(|d| d.open())
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
    let report: Shared = (*use_memo((), move |_| doc.report.clone())).clone();
    let state = use_reducer({
        let report = report.clone();
        move || State::new(ClaimMeta::of_report(&report))
    });
    let search_ref = use_node_ref();
    let help_ref = use_node_ref();
    let bar_ref = use_node_ref();
    let head_ref = use_node_ref();
    // The overview starts folded on narrow screens, so the text comes first.
    let wide = use_state_eq(|| true);
    // The full title, on a tap (narrow screens show one line of it).
    let title_open = use_state_eq(|| false);
    // The first visit's hint shows once the app knows it was not dismissed.
    let hint = use_state_eq(|| false);
    let dispatcher = state.dispatcher();
    let cite: Rc<present::Cite> = use_memo(props.doc.clone(), |doc| present::Cite {
        provenance: present::Provenance {
            title: doc.title.to_string(),
            source_url: doc.meta.source_url.clone(),
            published: doc.meta.published.clone(),
            pdf: doc.pdf.clone(),
        },
        key: doc.key.to_string(),
        embedded: doc.embedded,
    });
    let headline = *use_memo((), {
        let report = report.clone();
        move |_| doc::headline(&report)
    });

    #[cfg(target_arch = "wasm32")]
    {
        let key = props.doc.key.clone();
        // After the first render: the saved preferences, the claim to
        // select, the screen's width and whether the hint was dismissed.
        {
            let d = dispatcher.clone();
            let wide = wide.clone();
            let hint = hint.clone();
            let claim = props.claim;
            use_effect_with((), move |_| {
                if let Some(show) = web::load_bool(web::SHOW_UNATTRIBUTED) {
                    d.dispatch(Action::ShowUnattributed(show));
                }
                if let Some(n) = web::load_u8(web::TEXT_SIZE) {
                    d.dispatch(Action::TextSize(n));
                }
                if let Some(h) = web::load_string(web::HIGHLIGHTS)
                    .as_deref()
                    .and_then(state::Highlights::from_key)
                {
                    d.dispatch(Action::SetHighlights(h));
                }
                if claim.is_some() {
                    d.dispatch(Action::Restore(claim));
                }
                wide.set(web::matches(web::WIDE));
                hint.set(web::load_bool(web::HINT_SEEN) != Some(true));
            });
        }
        // What sticks below the title bar follows its height, and cards
        // scroll to below the tabs and search.
        use_effect_with((bar_ref.clone(), head_ref.clone()), |(bar, head)| {
            let watch = (
                bar.cast::<web_sys::Element>()
                    .and_then(|b| web::watch_height(&b, "--bar-h")),
                head.cast::<web_sys::Element>()
                    .and_then(|h| web::watch_height(&h, "--head-h")),
            );
            move || drop(watch)
        });
        // The reading choices are remembered.
        use_effect_with((state.text_size, state.highlights), |(size, h)| {
            web::save_u8(web::TEXT_SIZE, *size);
            web::save_string(web::HIGHLIGHTS, h.key());
        });
        // The fragment follows the selection.
        let k = key.clone();
        use_effect_with(state.selected, move |sel| {
            let fragment = present::fragment(&k, *sel);
            let later = web::after_paint(move || nav::replace(&fragment));
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
        // A view switched to starts at its top.
        use_effect_with(state.view, |_| web::panel_to_top());
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
                let (sel, origin, sheet, pane) = (*sel, *origin, *sheet, *pane);
                let later = web::after_paint(move || {
                    let Some(id) = sel else { return };
                    let label = id.label();
                    let card = format!("article[data-claim-id=\"{label}\"]");
                    // Following a link to a claim takes the focus there.
                    if origin == Origin::Link {
                        web::focus_card(&label);
                    }
                    if web::matches(web::WIDE) {
                        if origin != Origin::Text {
                            web::reveal_claim(&label);
                        }
                        if origin != Origin::Card {
                            web::show_card(&card);
                        }
                    } else if pane == Pane::Panel {
                        web::show_card(&card);
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
                        match route::parse(&nav::hash()) {
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
        // Keys: j/k and arrows move, Esc clears, / searches, ? helps.
        {
            let d = dispatcher.clone();
            let search_ref = search_ref.clone();
            let help_ref = help_ref.clone();
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
                        // The open help answers its own keys (Esc closes it).
                        if web::help_open(&help_ref) {
                            return;
                        }
                        let field = web::in_field(e);
                        match e.key().as_str() {
                            "?" if !field => {
                                e.prevent_default();
                                if let Some(dialog) = help_ref.cast::<web_sys::HtmlDialogElement>()
                                {
                                    let _ = dialog.show_modal();
                                }
                            }
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
            state.sureness,
            state.search.clone(),
        ),
        {
            let state = state.clone();
            move |_| state.visible()
        },
    );
    // The cards' order (the filters' claims, maybe sorted).
    let ordered: Rc<Vec<ClaimId>> = use_memo((visible.clone(), state.sort), {
        let state = state.clone();
        move |_| state.ordered()
    });
    let total = report.claims.len();
    // A text in which nobody is quoted or reported (a recipe, a changelog):
    // say so, rather than let its sentences pass for claims.
    let unattributed_only = total > 0
        && report
            .claims
            .iter()
            .all(|c| c.kind == ClaimKind::Unattributed);
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
                    sureness={state.sureness}
                    sort={state.sort}
                    search={state.search.clone()}
                    shown={visible.len()}
                    on_action={on_action.clone()}
                />
                if unattributed_only {
                    <p class="no-attributions" role="note">
                        <strong>{ "No attributed claims." }</strong>
                        { " Nobody in this text is quoted or reported as saying anything: there is no \u{201c}said\u{201d}, \u{201c}according to\u{201d} or quotation with a speaker. The cards below are the text\u{2019}s own statements." }
                    </p>
                }
                <CardList
                    report={report.clone()}
                    visible={ordered.clone()}
                    selected={state.selected}
                    hovered={state.hovered}
                    cite={cite.clone()}
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
    let toggle_title = {
        let open = title_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let open_help = {
        let help_ref = help_ref.clone();
        Callback::from(move |_: ()| {
            if let Some(d) = help_ref.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close_help = {
        let help_ref = help_ref.clone();
        Callback::from(move |_: ()| {
            if let Some(d) = help_ref.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let dismiss_hint = {
        let hint = hint.clone();
        Callback::from(move |_: ()| {
            #[cfg(target_arch = "wasm32")]
            web::save_bool(web::HINT_SEEN, true);
            hint.set(false);
        })
    };
    let size_class = format!(
        "text-{}",
        state::TEXT_SIZES
            .get(state.text_size as usize)
            .copied()
            .unwrap_or("normal")
    );

    html! {
        <div class={classes!(
            "app",
            pane_class,
            state.sheet.then_some("sheet-open"),
            (state.sheet && state.sheet_full).then_some("sheet-full"),
            size_class,
            format!("hl-{}", state.highlights.key()),
        )}>
            <header class="topbar" ref={bar_ref}>
                <div class="brand">
                    <span class="app-name">{ "claim-reader" }</span>
                    <h1 class={classes!("report-title", title_open.then_some("open"))}>
                        <button type="button" class="title-toggle" aria-expanded={if *title_open { "true" } else { "false" }}
                            title="Show the whole title" onclick={toggle_title}>{ title.clone() }</button>
                    </h1>
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
            if *hint { <FirstHint on_dismiss={dismiss_hint} /> }
            <div class="layout">
                <main class="text-pane" aria-label="Report text">
                    <div class="reading">
                        { source_line(&props.doc) }
                        <ReadingTools highlights={state.highlights} text_size={state.text_size}
                            on_action={on_action.clone()} on_help={open_help} />
                        <Overview report={report.clone()} on_link={on_link.clone()} on_who={on_who.clone()} open={*wide} />
                        <SourceText
                            report={report.clone()}
                            selected={state.selected}
                            hovered={state.hovered}
                            visible={visible.clone()}
                            show_unattributed={state.show_unattributed}
                            on_select={on_select_text}
                            on_hover={on_hover.clone()}
                            {headline}
                        />
                    </div>
                </main>
                <aside class="panel" aria-label="Claims and views">
                    <div class="sheet-bar">
                        <SheetGrip full={state.sheet_full} on_action={on_action.clone()} />
                        <span class="sheet-title">{ sheet_title }</span>
                        <button type="button" class="act" data-sheet="all" onclick={show_panel_pane.clone()}>{ "All claims" }</button>
                        <button type="button" class="act" data-sheet="close" onclick={close_sheet}>{ "Close" }</button>
                    </div>
                    <div class="panel-head" ref={head_ref}>
                        <ViewTabs view={state.view} counts={[total, report.entities.len(), figures, worth_checking]} {on_view} />
                        if state.view == View::Claims {
                            <SearchBox search={state.search.clone()} search_ref={search_ref.clone()} on_action={on_action.clone()} />
                        }
                    </div>
                    { view }
                </aside>
            </div>
            <Help dialog={help_ref.clone()} on_close={close_help} />
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
