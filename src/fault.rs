//! What a user sees when the reader fails: a panic in the WebAssembly replaces
//! the page with a message, a Reload button and the details, instead of
//! leaving a page that silently stops answering.
//!
//! The release build aborts on panic, so the hook does all its work before it
//! returns. It builds the message with DOM calls and text content only (the
//! details may quote report text, which is never parsed as markup), and the
//! Reload button calls the browser's own `location.reload`: no Rust code runs
//! after the abort.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, Document, Element, HtmlElement};

/// The message's heading.
pub const HEADLINE: &str = "Something went wrong while reading this report.";
/// The line under the heading.
pub const REASSURANCE: &str = "Your saved reports are safe. Reload the page to carry on.";
/// The label of the button that reloads the page.
pub const RELOAD: &str = "Reload";
/// A window event that makes the app panic, listened for only when the browser
/// is driven by automation (`navigator.webdriver`): the end-to-end tests use it
/// to check the hook in the release build. People's browsers never listen.
pub const TEST_EVENT: &str = "claim-reader:fault";

/// Installs the panic hook: the panic goes to the console as before
/// (`console_error_panic_hook`), then [`show`] puts the message on the page.
/// Installed through Yew, which otherwise replaces any hook with its own when
/// the app is rendered.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
    listen_for_test_event();
}

/// Hides everything on the page, shows the fault message with `details` (as
/// text) and moves focus to its Reload button. Calling it again replaces the
/// message. It never panics: a step that fails is skipped.
pub fn show(details: &str) {
    let _ = try_show(details);
}

fn try_show(details: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let host: Element = match document.body() {
        Some(body) => body.into(),
        None => document.document_element()?,
    };
    if let Ok(Some(old)) = document.query_selector("[data-fault]") {
        old.remove();
    }

    // The app stays in the DOM (nothing can update it any more) but is hidden
    // from sight, focus and assistive technology.
    let mut child = host.first_element_child();
    while let Some(el) = child {
        let _ = el.set_attribute("data-fault-hidden", "");
        let _ = el.set_attribute("inert", "");
        child = el.next_element_sibling();
    }

    let panel = element(&document, "main", None)?;
    panel.set_class_name("fault");
    let _ = panel.set_attribute("data-fault", "");
    let _ = panel.set_attribute("aria-labelledby", "fault-title");

    let alert = element(&document, "div", None)?;
    let _ = alert.set_attribute("role", "alert");
    let heading = element(&document, "h1", Some(HEADLINE))?;
    heading.set_id("fault-title");
    let line = element(&document, "p", Some(REASSURANCE))?;
    let _ = alert.append_child(&heading);
    let _ = alert.append_child(&line);
    let _ = panel.append_child(&alert);

    let button = element(&document, "button", Some(RELOAD))?;
    let _ = button.set_attribute("type", "button");
    if let Some(reload) = browser_reload() {
        let _ = button.add_event_listener_with_callback("click", &reload);
    }
    let _ = panel.append_child(&button);

    let more = element(&document, "details", None)?;
    let summary = element(&document, "summary", Some("Details"))?;
    let text = element(&document, "pre", Some(details))?;
    let _ = more.append_child(&summary);
    let _ = more.append_child(&text);
    let _ = panel.append_child(&more);

    host.append_child(&panel).ok()?;
    let _ = button.dyn_into::<HtmlElement>().ok()?.focus();
    Some(())
}

/// A new `tag` element holding `text` as its text content.
fn element(document: &Document, tag: &str, text: Option<&str>) -> Option<Element> {
    let el = document.create_element(tag).ok()?;
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    Some(el)
}

/// `location.reload` bound to the location: a browser function, so the
/// button works after the WebAssembly has aborted.
fn browser_reload() -> Option<js_sys::Function> {
    let location = web_sys::window()?.location();
    let reload = js_sys::Reflect::get(&location, &JsValue::from_str("reload")).ok()?;
    let reload: js_sys::Function = reload.dyn_into().ok()?;
    Some(reload.bind0(&location))
}

/// Under automation only, panics when the window receives [`TEST_EVENT`].
fn listen_for_test_event() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let automated = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("webdriver"))
        .ok()
        .and_then(|v| v.as_bool())
        == Some(true);
    if !automated {
        return;
    }
    let trigger = Closure::<dyn Fn()>::new(|| {
        panic!("deliberate fault: the {TEST_EVENT} event under automation")
    });
    let _ = window.add_event_listener_with_callback(TEST_EVENT, trigger.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    trigger.forget();
}
