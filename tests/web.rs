//! In-browser tests: mount the reader in headless Chromium and check what it renders.
//!
//! Run by `cargo test --target wasm32-unknown-unknown --test 'web*'` (see
//! scripts/test.sh); the native `cargo test` compiles this file to nothing.

#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;
use std::time::Duration;

use claim_reader::report::{self, json};
use claim_reader::seeds::SEEDS;
use claim_reader::ui::App;
use gloo::timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// How often, and how many times, a condition is checked before the test fails.
const POLL: Duration = Duration::from_millis(10);
const POLLS: u32 = 500;

/// Mounts the reader into a fresh element of its own and waits until the
/// scheduler has rendered it.
async fn mount_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Waits until `condition` holds, yielding to the browser between checks;
/// panics with `what` if it still does not after `POLLS` checks.
async fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..POLLS {
        if condition() {
            return;
        }
        yew::scheduler::flush().await;
        sleep(POLL).await;
    }
    assert!(condition(), "gave up waiting for {what}");
}

fn cards(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("article[data-claim-id]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The start of the seed's first line: long enough to be unique, short
/// enough that any layout keeps it as one run of text.
fn opening_words(text: &str) -> &str {
    let line = text.lines().next().unwrap_or("");
    let end = line.char_indices().nth(60).map_or(line.len(), |(i, _)| i);
    &line[..end]
}

#[wasm_bindgen_test]
async fn reader_shows_one_card_per_claim_of_the_embedded_report() {
    let root = mount_app().await;
    wait_for("a claim card", || !cards(&root).is_empty()).await;

    let parsed = report::parse(SEEDS[0].text);
    let claims = json::to_json(&parsed).claims;
    let expected: HashSet<&str> = claims.iter().map(|c| c.id.as_str()).collect();
    let mut seen = HashSet::new();
    for card in cards(&root) {
        let id = card.get_attribute("data-claim-id").unwrap();
        assert!(
            expected.contains(id.as_str()),
            "card {id:?} is not a claim of the report"
        );
        assert!(seen.insert(id.clone()), "claim {id:?} has two cards");
        let text = card.text_content().unwrap_or_default();
        assert!(!text.trim().is_empty(), "card {id:?} is empty");
    }
    let first = &claims[0].id;
    assert!(
        seen.contains(first),
        "no card for the first claim {first:?}"
    );
}

#[wasm_bindgen_test]
async fn reader_renders_the_report_text_as_text() {
    let root = mount_app().await;
    let opening = opening_words(SEEDS[0].text);
    assert!(!opening.is_empty());
    wait_for("the report text", || {
        root.text_content().unwrap_or_default().contains(opening)
    })
    .await;

    // The report's quotation marks and apostrophes reach the page as characters,
    // not as markup: the text is never parsed as HTML.
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("\"failure\""),
        "straight quotes were not kept as text"
    );
    assert!(root
        .query_selector("script, iframe, img, a[href]")
        .unwrap()
        .is_none());
}
