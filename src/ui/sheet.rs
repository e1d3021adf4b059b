//! The handle of the claim sheet on narrow screens: tap it (or press it)
//! to switch between half and full height, or drag it. While a finger or
//! pointer drags, the sheet follows it (its height a CSS variable in a rule
//! of the page's own stylesheet, and `<html class="sheet-dragging">`: no
//! `style` attribute); on release it settles at half or full height, or
//! closes when dragged well below half.

use crate::ui::state::Action;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// How far (in CSS pixels) a drag must go before it counts as one, not a
/// tap.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const DRAG_PX: f64 = 8.0;

/// What a drag that ended at `height` (of a window `window` tall) asks for,
/// having started at full height or not: full height above three quarters
/// of the way from half to full, closed below a third of the window, else
/// half.
pub fn settle(height: f64, window: f64, was_full: bool) -> Action {
    let half = window * 0.5;
    if height < window / 3.0 {
        Action::CloseSheet
    } else if was_full {
        Action::SheetFull(height > window * 0.8)
    } else {
        Action::SheetFull(height > half + (window - half) * 0.25)
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetGripProps {
    pub full: bool,
    pub on_action: Callback<Action>,
}

#[derive(Default)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Drag {
    /// The pointer's first y, the sheet's height then, and whether it
    /// moved far enough to be a drag.
    start: Cell<Option<(f64, f64)>>,
    moved: Cell<bool>,
}

#[component]
pub fn SheetGrip(props: &SheetGripProps) -> Html {
    let drag: Rc<Drag> = use_memo((), |_| Drag::default());
    let full = props.full;
    let toggle = props
        .on_action
        .reform(move |_: MouseEvent| Action::SheetFull(!full));

    #[cfg(target_arch = "wasm32")]
    let (down, moving, up) = {
        use wasm_bindgen::JsCast;
        let panel = || {
            gloo::utils::document()
                .query_selector(".sheet-open .panel")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let window_height = || {
            gloo::utils::window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0)
        };
        let down = {
            let drag = drag.clone();
            Callback::from(move |e: PointerEvent| {
                let Some(p) = panel() else { return };
                if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                    let _ = t.set_pointer_capture(e.pointer_id());
                }
                drag.start.set(Some((
                    f64::from(e.client_y()),
                    f64::from(p.offset_height()),
                )));
                drag.moved.set(false);
            })
        };
        let dragging = |on: bool| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.class_list().toggle_with_force("sheet-dragging", on);
            }
        };
        let moving = {
            let drag = drag.clone();
            Callback::from(move |e: PointerEvent| {
                let Some((y0, h0)) = drag.start.get() else {
                    return;
                };
                let dy = f64::from(e.client_y()) - y0;
                if dy.abs() < DRAG_PX && !drag.moved.get() {
                    return;
                }
                drag.moved.set(true);
                let h = (h0 - dy).clamp(0.0, window_height());
                crate::ui::web::set_root_var("--sheet-drag-h", &format!("{h}px"));
                dragging(true);
            })
        };
        let up = {
            let drag = drag.clone();
            let cb = props.on_action.clone();
            Callback::from(move |_: PointerEvent| {
                let Some(_) = drag.start.take() else { return };
                let Some(p) = panel() else { return };
                if drag.moved.get() {
                    let h = f64::from(p.offset_height());
                    dragging(false);
                    cb.emit(settle(h, window_height(), full));
                }
            })
        };
        (down, moving, up)
    };
    #[cfg(not(target_arch = "wasm32"))]
    let (down, moving, up) = (
        Callback::<PointerEvent>::noop(),
        Callback::<PointerEvent>::noop(),
        Callback::<PointerEvent>::noop(),
    );

    // A drag ends with a click on the handle: that click is the drag's.
    let onclick = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| {
            if drag.moved.replace(false) {
                return;
            }
            toggle.emit(e);
        })
    };
    html! {
        <button type="button" class="sheet-grip" data-sheet="grip"
            aria-label={if full { "Show the text again (half-height sheet)" } else { "Show more of the claim (full-height sheet)" }}
            aria-expanded={if full { "true" } else { "false" }}
            onpointerdown={down} onpointermove={moving} onpointerup={up.clone()} onpointercancel={up}
            {onclick}>
            <span class="grip-bar" aria-hidden="true"></span>
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_settles_at_half_full_or_closed() {
        let w = 800.0;
        assert_eq!(settle(700.0, w, false), Action::SheetFull(true));
        assert_eq!(settle(450.0, w, false), Action::SheetFull(false));
        assert_eq!(settle(200.0, w, false), Action::CloseSheet);
        assert_eq!(settle(700.0, w, true), Action::SheetFull(true));
        assert_eq!(settle(600.0, w, true), Action::SheetFull(false));
    }
}
