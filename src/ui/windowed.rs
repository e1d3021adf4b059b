//! The browser side of [`windowing`]: a hook that picks what a long list
//! renders from where it is scrolled, measures what it rendered and sizes
//! the spacers that stand for the rest.
//!
//! A windowed list renders a spacer (`.vspace`, `aria-hidden`) before each
//! run of items and one after the last, as its direct children; each item
//! is one direct child too. Spacer heights are set through the CSS object
//! model (`style.setProperty`), which the page's policy allows, never as a
//! `style` attribute. Scrolling anywhere in the page (a capturing, passive
//! listener) and resizing re-plan once per animation frame; a render
//! happens only when the plan's runs change. While the list flies past
//! faster than a view per frame (a fling, a dragged scrollbar thumb), it
//! renders nothing until the scrolling slows or stops for [`SETTLE_MS`]:
//! text that would be on screen for one frame is not worth laying out.

use crate::ui::windowing::{self, Heights, Offsets, Plan};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The height taken for the view before the page has been laid out.
const FIRST_VIEW: f64 = 1000.0;

/// How long after the last fast frame the list renders where it is.
pub const SETTLE_MS: u32 = 80;

/// The class of the spacers.
pub const SPACER: &str = "vspace";

/// What a windowed list knows between renders.
struct Model {
    /// Which items `heights` describes (a new value starts afresh).
    ident: Option<usize>,
    heights: Heights,
    order: Rc<Vec<usize>>,
    offsets: Option<Offsets>,
    /// The part of the list on screen when it was last planned, in pixels
    /// from its top, when known.
    view: Option<Range<f64>>,
    /// Where the view's top was at the last frame, planned or not.
    seen: Option<f64>,
    pins: Vec<usize>,
    /// What the last render drew.
    plan: Plan,
    /// The list's width when it was last measured.
    width: f64,
}

impl Default for Model {
    fn default() -> Model {
        Model {
            ident: None,
            heights: Heights::new(
                Vec::new(),
                windowing::Estimate {
                    base: 0.0,
                    per_unit: 0.0,
                },
            ),
            order: Rc::new(Vec::new()),
            offsets: None,
            view: None,
            seen: None,
            pins: Vec::new(),
            plan: Plan::whole(0),
            width: 0.0,
        }
    }
}

impl Model {
    fn offsets(&mut self) -> &Offsets {
        if self.offsets.is_none() {
            self.offsets = Some(Offsets::new(&self.heights, self.order.iter().copied()));
        }
        self.offsets.as_ref().expect("just made")
    }

    fn plan(&mut self) -> Plan {
        let len = self.order.len();
        if !windowing::windowed(len) {
            return Plan::whole(len);
        }
        let view = self.view.clone().unwrap_or(0.0..FIRST_VIEW);
        let overscan = ((view.end - view.start) / 4.0).max(FIRST_VIEW / 8.0);
        let pins = self.pins.clone();
        windowing::plan(self.offsets(), view, overscan, &pins)
    }
}

/// The list's place on screen: the part of it inside the viewport and its
/// scrolling pane (`.text-pane` or `.panel`), in pixels from its top; `None`
/// while it is not laid out (a hidden pane) — and its width.
fn view_of(list: &Element) -> Option<(Range<f64>, f64)> {
    let r = list.get_bounding_client_rect();
    if r.width() <= 0.0 {
        return None;
    }
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(FIRST_VIEW);
    let (mut top, mut bottom) = (0.0_f64, height);
    if let Some(pane) = list.closest(".text-pane, .panel").ok().flatten() {
        let p = pane.get_bounding_client_rect();
        if p.height() > 0.0 {
            top = top.max(p.top());
            bottom = bottom.min(p.bottom());
        }
    }
    if bottom <= top {
        bottom = top + 1.0;
    }
    Some(((top - r.top())..(bottom - r.top()), r.width()))
}

/// What a look at the list's place on screen found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refresh {
    /// The same runs still cover the view.
    Same,
    /// Other runs are needed: render.
    Changed,
    /// Scrolling too fast to render: look again once it settles.
    Flying,
}

/// Reads where the list is on screen and plans for it. `settled` plans
/// even when the list moved fast since the last frame.
fn refresh(model: &RefCell<Model>, list: &Element, settled: bool) -> Refresh {
    let Some((view, width)) = view_of(list) else {
        return Refresh::Same;
    };
    let mut m = model.borrow_mut();
    if !windowing::windowed(m.order.len()) {
        return Refresh::Same;
    }
    let moved = m.seen.map_or(0.0, |y| (view.start - y).abs());
    m.seen = Some(view.start);
    if !settled && windowing::flying(moved, view.end - view.start) {
        return Refresh::Flying;
    }
    if (width - m.width).abs() >= 1.0 {
        // Another width: every height changes; measure again.
        if m.width > 0.0 {
            m.heights.forget();
            m.offsets = None;
        }
        m.width = width;
    }
    m.view = Some(view);
    let next = m.plan();
    if next.runs != m.plan.runs {
        Refresh::Changed
    } else {
        Refresh::Same
    }
}

/// Sets the spacers' heights to the plan's gaps.
fn size_spacers(list: &Element, plan: &Plan) {
    let kids = list.children();
    let mut k = 0;
    for i in 0..kids.length() {
        let Some(el) = kids.item(i) else { continue };
        if !el.class_list().contains(SPACER) {
            continue;
        }
        let h = plan.gaps.get(k).copied().unwrap_or(0.0);
        k += 1;
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.style().set_property("height", &format!("{h:.1}px"));
        }
    }
}

/// Measures every rendered item (its box and its bottom margin); says
/// whether any height changed.
fn measure(model: &RefCell<Model>, list: &Element) -> bool {
    let mut m = model.borrow_mut();
    let kids = list.children();
    let mut positions = m.plan.positions().collect::<Vec<_>>().into_iter();
    let mut margin: Option<f64> = None;
    let mut changed = false;
    for i in 0..kids.length() {
        let Some(el) = kids.item(i) else { continue };
        if el.class_list().contains(SPACER) {
            continue;
        }
        let Some(pos) = positions.next() else { break };
        let h = el.get_bounding_client_rect().height();
        if h <= 0.0 {
            // Not laid out (a hidden pane, or a card hidden behind the sheet).
            continue;
        }
        let mb = *margin.get_or_insert_with(|| bottom_margin(&el));
        let Some(&item) = m.order.get(pos) else { break };
        changed |= m.heights.measure(item, h + mb);
    }
    if changed {
        m.offsets = None;
    }
    changed
}

fn bottom_margin(el: &Element) -> f64 {
    gloo::utils::window()
        .get_computed_style(el)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("margin-bottom").ok())
        .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// The plan for a list of `order.len()` items (indices into the heights
/// that `make` gives, in the order shown), keeping `pins` (positions in
/// `order`) rendered. `ident` names the items: when it changes, `make`
/// runs again. `list` is the element whose direct children are the items
/// and the spacers. Lists up to [`windowing::THRESHOLD`] items render whole.
#[hook]
pub fn use_windowed<F>(
    ident: usize,
    make: F,
    order: Rc<Vec<usize>>,
    pins: Vec<usize>,
    list: NodeRef,
) -> Plan
where
    F: FnOnce() -> Heights,
{
    let model = use_mut_ref(Model::default);
    let update = use_force_update();
    let plan = {
        let mut m = model.borrow_mut();
        if m.ident != Some(ident) {
            m.heights = make();
            m.ident = Some(ident);
            m.offsets = None;
        }
        if !Rc::ptr_eq(&m.order, &order) {
            m.order = order;
            m.offsets = None;
        }
        m.pins = pins;
        let plan = m.plan();
        m.plan = plan.clone();
        plan
    };

    // Scrolling and resizing re-plan once per frame.
    {
        let model = model.clone();
        let update = update.clone();
        use_effect_with(list.clone(), move |list| {
            use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
            let pending = Rc::new(Cell::new(false));
            let frame: Rc<RefCell<Option<gloo::render::AnimationFrame>>> = Rc::default();
            let settle: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let list = list.clone();
            let on_change = move |_: &Event| {
                if pending.replace(true) {
                    return;
                }
                let (pending, model, list, update, settle) = (
                    pending.clone(),
                    model.clone(),
                    list.clone(),
                    update.clone(),
                    settle.clone(),
                );
                let f = gloo::render::request_animation_frame(move |_| {
                    pending.set(false);
                    let Some(el) = list.cast::<Element>() else {
                        return;
                    };
                    match refresh(&model, &el, false) {
                        Refresh::Same => {}
                        Refresh::Changed => update.force_update(),
                        Refresh::Flying => {
                            // Replacing the timer cancels the one before.
                            let t = Timeout::new(SETTLE_MS, move || {
                                if refresh(&model, &el, true) == Refresh::Changed {
                                    update.force_update();
                                }
                            });
                            *settle.borrow_mut() = Some(t);
                        }
                    }
                });
                // The frame before has run: replacing it drops nothing live.
                *frame.borrow_mut() = Some(f);
            };
            let on_change = Rc::new(on_change);
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: true,
            };
            let window = gloo::utils::window();
            let scroll = {
                let f = on_change.clone();
                EventListener::new_with_options(&window, "scroll", options, move |e| f(e))
            };
            let resize = EventListener::new(&window, "resize", move |e| on_change(e));
            move || drop((scroll, resize))
        });
    }

    // After each render: size the spacers, measure what rendered, and
    // render again if that moved the window.
    {
        let model = model.clone();
        use_effect(move || {
            let Some(el) = list.cast::<Element>() else {
                return;
            };
            if !windowing::windowed(model.borrow().order.len()) {
                return;
            }
            if measure(&model, &el) {
                // The same runs, with the spacers of the new heights.
                let mut m = model.borrow_mut();
                let runs = std::mem::take(&mut m.plan.runs);
                let gaps = windowing::gaps(m.offsets(), &runs);
                m.plan = Plan { runs, gaps };
            }
            size_spacers(&el, &model.borrow().plan);
            if refresh(&model, &el, true) == Refresh::Changed {
                update.force_update();
            }
        });
    }

    plan
}
