//! Copying a citation: the Clipboard API first, then the old `execCommand`,
//! then the text shown for copying by hand. And the device's own share
//! sheet (the Web Share API), where the browser has one.

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

/// What the copy button reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Idle,
    Copied,
    /// The browser refused; the text is shown to copy by hand.
    Manual(String),
}

/// How long the confirmation stays, in milliseconds.
const CONFIRM_MS: u32 = 2500;

/// An absolute link to this page with `fragment` as its fragment.
pub fn claim_url(fragment: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or("");
    format!("{base}{fragment}")
}

/// Copies `text` and reports the outcome through `set` (more than once: the
/// confirmation goes back to idle after a while).
pub fn copy(text: String, set: impl Fn(Status) + 'static) {
    let set: Rc<dyn Fn(Status)> = Rc::new(set);
    let Some(window) = web_sys::window() else {
        set(Status::Manual(text));
        return;
    };
    let navigator = window.navigator();
    let has_api = window.is_secure_context()
        && js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false);
    if has_api {
        let promise = navigator.clipboard().write_text(&text);
        let ok = {
            let set = set.clone();
            Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| confirmed(set))
        };
        let err = {
            let set = set.clone();
            Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| fallback(text, set))
        };
        let _ = promise.then2(&ok, &err);
        // One of the two runs once; both are small and live until then.
        ok.forget();
        err.forget();
    } else {
        fallback(text, set);
    }
}

fn confirmed(set: Rc<dyn Fn(Status)>) {
    set(Status::Copied);
    gloo::timers::callback::Timeout::new(CONFIRM_MS, move || set(Status::Idle)).forget();
}

/// Copies through a hidden text area, or asks the user to copy by hand.
fn fallback(text: String, set: Rc<dyn Fn(Status)>) {
    if exec_copy(&text) {
        confirmed(set);
    } else {
        set(Status::Manual(text));
    }
}

fn exec_copy(text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else { return false };
    let Ok(el) = doc.create_element("textarea") else {
        return false;
    };
    let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    // Positioned by a class: the page's policy refuses inline styles.
    area.set_class_name("copy-scratch");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    ok
}

/// Whether the browser offers the device's share sheet (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("share"))
            .is_ok_and(|f| f.is_function())
    })
}

/// Opens the device's share sheet with a title, text and address. The user
/// may close it without sharing, which is no error.
pub fn share(title: &str, text: &str, url: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let Ok(f) = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")) else {
        return;
    };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else {
        return;
    };
    let data = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("title", title);
    set("text", text);
    if let Some(u) = url {
        set("url", u);
    }
    if let Ok(p) = f.call1(&navigator, &data) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            // Closing the sheet rejects the promise; nothing to report.
            let ignore = Closure::<dyn FnMut(JsValue)>::once(|_: JsValue| {});
            let _ = p.catch(&ignore);
            ignore.forget();
        }
    }
}
