//! In-browser tests of the fault message (`claim_reader::fault`): what a user
//! sees after a panic, built from text only.
//!
//! A test cannot panic on purpose (the harness would count it as failed and
//! the build aborts on panic), so these call `fault::show`, the function the
//! panic hook calls with the panic's message. The hook itself, in the release
//! build, is exercised end to end by `e2e/strict.spec.mjs`.

#![cfg(target_arch = "wasm32")]

use claim_reader::fault;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Puts a stand-in for the app on the page, runs `check`, then removes the
/// message and the stand-in and shows the rest of the page again.
fn with_app(check: impl FnOnce(&Document, &Element)) {
    let document = document();
    let app = document.create_element("div").unwrap();
    app.set_class_name("stand-in-app");
    app.set_text_content(Some("the reader"));
    document.body().unwrap().append_child(&app).unwrap();
    check(&document, &app);
    if let Some(panel) = document.query_selector("[data-fault]").unwrap() {
        panel.remove();
    }
    app.remove();
    let hidden = document.query_selector_all("[data-fault-hidden]").unwrap();
    for i in 0..hidden.length() {
        let el: Element = hidden.item(i).unwrap().dyn_into().unwrap();
        el.remove_attribute("data-fault-hidden").unwrap();
        el.remove_attribute("inert").unwrap();
    }
}

#[wasm_bindgen_test]
fn the_message_replaces_the_app_and_takes_focus() {
    with_app(|document, app| {
        fault::show("panicked at src/somewhere.rs:1:1:\nindex out of bounds");

        let panel = document
            .query_selector("main.fault[data-fault]")
            .unwrap()
            .expect("no fault message on the page");
        let heading = panel.query_selector("h1").unwrap().unwrap();
        assert_eq!(heading.text_content().unwrap(), fault::HEADLINE);
        assert_eq!(
            panel.get_attribute("aria-labelledby").as_deref(),
            Some(heading.id().as_str())
        );
        let alert = panel.query_selector("[role=alert]").unwrap().unwrap();
        assert!(alert.text_content().unwrap().contains(fault::REASSURANCE));

        // The app is out of sight and out of reach.
        assert!(app.has_attribute("data-fault-hidden"));
        assert!(app.has_attribute("inert"));
        assert!(!panel.has_attribute("inert"));

        let button = panel.query_selector("button").unwrap().unwrap();
        assert_eq!(button.text_content().unwrap(), fault::RELOAD);
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
        let focused = document.active_element().expect("nothing has focus");
        assert!(focused == button, "focus is not on the Reload button");

        let details = panel.query_selector("details pre").unwrap().unwrap();
        assert_eq!(
            details.text_content().unwrap(),
            "panicked at src/somewhere.rs:1:1:\nindex out of bounds"
        );
    });
}

#[wasm_bindgen_test]
fn the_details_are_shown_as_text_never_as_markup() {
    with_app(|document, _| {
        let hostile =
            "<img src=x onerror=\"document.title='owned'\"><script>document.title='owned'</script>";
        fault::show(hostile);
        let panel = document.query_selector("[data-fault]").unwrap().unwrap();
        assert!(panel
            .query_selector("img, script, [onerror]")
            .unwrap()
            .is_none());
        let details = panel.query_selector("details pre").unwrap().unwrap();
        assert_eq!(details.text_content().unwrap(), hostile);
        assert_ne!(document.title(), "owned");
    });
}

#[wasm_bindgen_test]
fn a_second_fault_replaces_the_first_message() {
    with_app(|document, _| {
        fault::show("first");
        fault::show("second");
        let panels = document.query_selector_all("[data-fault]").unwrap();
        assert_eq!(panels.length(), 1);
        let panel: Element = panels.item(0).unwrap().dyn_into().unwrap();
        assert_eq!(
            panel
                .query_selector("details pre")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap(),
            "second"
        );
        // The first message is gone, not hidden behind the second.
        assert!(document
            .query_selector("[data-fault][data-fault-hidden]")
            .unwrap()
            .is_none());
    });
}
