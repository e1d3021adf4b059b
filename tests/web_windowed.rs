//! In-browser tests of long reports: the text and the card list render only
//! what is near the view, and selecting a claim far away renders its
//! paragraph and its card, which the app's scrolling then brings into view.
//!
//! The views are mounted with a report of real news text (the Brown corpus
//! press texts in `tests/fixtures/brown`, joined three times: about 450 KB,
//! over a thousand paragraphs and thousands of claims), without the page's
//! stylesheet: the window scrolls, as on a phone.

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use claim_reader::report::{self, ClaimId};
use claim_reader::ui::card_list::CardList;
use claim_reader::ui::source::SourceText;
use claim_reader::ui::{web, windowing, Shared};
use gloo::timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, ScrollLogicalPosition};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const POLL: Duration = Duration::from_millis(10);
const POLLS: u32 = 500;

const BROWN: [&str; 12] = [
    include_str!("fixtures/brown/ca01.txt"),
    include_str!("fixtures/brown/ca02.txt"),
    include_str!("fixtures/brown/ca03.txt"),
    include_str!("fixtures/brown/ca04.txt"),
    include_str!("fixtures/brown/ca05.txt"),
    include_str!("fixtures/brown/ca06.txt"),
    include_str!("fixtures/brown/ca07.txt"),
    include_str!("fixtures/brown/ca08.txt"),
    include_str!("fixtures/brown/ca09.txt"),
    include_str!("fixtures/brown/ca10.txt"),
    include_str!("fixtures/brown/ca11.txt"),
    include_str!("fixtures/brown/ca12.txt"),
];

thread_local! {
    /// The long report, parsed once for every test.
    static REPORT: Shared = {
        let one: Vec<&str> = BROWN.iter().map(|t| t.trim()).collect();
        let text = [one.join("\n\n"), one.join("\n\n"), one.join("\n\n")].join("\n\n");
        Shared(Rc::new(report::parse(&text)))
    };
    /// Selects a claim in the mounted views.
    static SELECT: RefCell<Option<UseStateSetter<Option<ClaimId>>>> = const { RefCell::new(None) };
}

fn long_report() -> Shared {
    REPORT.with(|r| r.clone())
}

#[derive(Properties, PartialEq)]
struct ViewsProps {
    report: Shared,
}

/// The text and the card list side by side in the app's panes, with a
/// selection the test sets through `SELECT`.
#[component]
fn Views(props: &ViewsProps) -> Html {
    let selected = use_state(|| None::<ClaimId>);
    SELECT.with(|s| *s.borrow_mut() = Some(selected.setter()));
    let n = props.report.claims.len() as u32;
    let visible: Rc<Vec<ClaimId>> = use_memo(n, |n| (0..*n).map(ClaimId).collect());
    html! {
        <div class="layout">
            <main class="text-pane">
                <SourceText
                    report={props.report.clone()}
                    selected={*selected}
                    hovered={None::<ClaimId>}
                    visible={visible.clone()}
                    show_unattributed=true
                    on_select={Callback::noop()}
                    on_hover={Callback::noop()}
                />
            </main>
            <aside class="panel">
                <CardList
                    report={props.report.clone()}
                    visible={visible}
                    selected={*selected}
                    hovered={None::<ClaimId>}
                    cite={Rc::new(claim_reader::ui::present::Cite::default())}
                    on_select={Callback::noop()}
                    on_hover={Callback::noop()}
                    on_show_text={Callback::noop()}
                    on_link={Callback::noop()}
                    on_reset={Callback::noop()}
                />
            </aside>
        </div>
    }
}

async fn mount(report: Shared) -> Element {
    let document = gloo::utils::document();
    // Another test's views may have left the window scrolled.
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Views>::with_root_and_props(root.clone(), ViewsProps { report }).render();
    yew::scheduler::flush().await;
    root
}

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

/// What the views have drawn: how many paragraphs and cards, and every
/// spacer's height. It stops changing once they have measured and re-planned.
fn drawn(root: &Element) -> String {
    let spacers = root.query_selector_all(".vspace").unwrap();
    let heights: Vec<String> = (0..spacers.length())
        .filter_map(|i| spacers.item(i)?.dyn_into::<Element>().ok())
        .map(|s| s.get_attribute("style").unwrap_or_default())
        .collect();
    format!(
        "{} {} {}",
        count(root, ".source-text > p"),
        count(root, "article[data-claim-id]"),
        heights.join(";")
    )
}

/// Waits until the views have settled: what they draw is the same over
/// `STEADY` polls in a row, each after the scheduler has run.
async fn wait_until_settled(root: &Element) {
    const STEADY: u32 = 5;
    let mut last = drawn(root);
    let mut same = 0;
    for _ in 0..POLLS {
        yew::scheduler::flush().await;
        sleep(POLL).await;
        let now = drawn(root);
        if now == last {
            same += 1;
            if same == STEADY {
                return;
            }
        } else {
            same = 0;
            last = now;
        }
    }
    panic!("the views never settled: last drew {last}");
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

/// Whether `el` shows (some of it) inside the window.
fn on_screen(el: &Element) -> bool {
    let r = el.get_bounding_client_rect();
    let h = gloo::utils::window()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    r.height() > 0.0 && r.bottom() > 0.0 && r.top() < h
}

fn select(id: ClaimId) {
    SELECT.with(|s| s.borrow().as_ref().expect("views mounted").set(Some(id)));
}

#[wasm_bindgen_test]
async fn a_long_report_renders_few_paragraphs_and_cards_but_keeps_its_height() {
    let report = long_report();
    let paragraphs = report.paragraphs.len();
    let claims = report.claims.len();
    assert!(windowing::windowed(paragraphs) && windowing::windowed(claims));
    let root = mount(report).await;
    wait_for("the first card", || {
        count(&root, "article[data-claim-id]") > 0
    })
    .await;
    // The views measure what they drew and re-plan until nothing changes.
    wait_until_settled(&root).await;

    let ps = count(&root, ".source-text > p") as usize;
    let cards = count(&root, "article[data-claim-id]") as usize;
    assert!(
        ps > 0 && ps <= 60,
        "{ps} of {paragraphs} paragraphs in the DOM"
    );
    assert!(
        cards > 0 && cards <= 40,
        "{cards} of {claims} cards in the DOM"
    );
    assert!(
        count(&root, "mark[data-claim-id]") > 0,
        "the text shows highlights"
    );
    // The first paragraph is the report's first, with nothing before it.
    let first = find(&root, ".source-text > *").unwrap();
    assert!(first.class_list().contains("vspace"));
    let text = find(&root, ".source-text").unwrap();
    let opening = BROWN[0].trim().get(..40).unwrap();
    let shown = text.text_content().unwrap();
    assert!(
        shown.starts_with(opening),
        "the text starts with {:?}",
        shown.get(..80)
    );
    // Spacers hold the place of the rest: the text is as tall as a text of
    // that many paragraphs (at least a line each), so the scrollbar is honest.
    let height = text.get_bounding_client_rect().height();
    assert!(
        height > 20.0 * paragraphs as f64,
        "{height} px for {paragraphs} paragraphs"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn selecting_a_far_claim_renders_it_and_the_app_scrolls_to_it() {
    let report = long_report();
    let last = ClaimId(report.claims.len() as u32 - 1);
    let label = last.label();
    let root = mount(report).await;
    wait_for("the first card", || {
        count(&root, "article[data-claim-id]") > 0
    })
    .await;
    let mark = format!("mark[data-claim-id=\"{label}\"]");
    let card = format!("article[data-claim-id=\"{label}\"]");
    assert!(
        find(&root, &mark).is_none(),
        "the last claim is not drawn at first"
    );
    assert!(find(&root, &card).is_none());

    select(last);
    wait_for("the far claim's highlight and card", || {
        find(&root, &mark).is_some() && find(&root, &card).is_some()
    })
    .await;
    // Only its neighbourhood came with it.
    assert!(count(&root, ".source-text > p") <= 90);
    assert!(count(&root, "article[data-claim-id]") <= 60);
    let selected = find(&root, &format!("{mark}[data-selected]"));
    assert!(selected.is_some(), "its highlight shows as selected");

    // The app's scrolling brings it into view, in one jump, and it stays
    // drawn once the views have re-planned around the new place.
    web::reveal_claim(&label);
    wait_for("the highlight on screen", || {
        find(&root, &mark).is_some_and(|m| on_screen(&m))
    })
    .await;
    wait_until_settled(&root).await;
    assert!(
        find(&root, &mark).is_some_and(|m| on_screen(&m)),
        "the highlight stays on screen once the views have settled"
    );
    assert!(count(&root, ".source-text > p") <= 90);

    // The card list's side of the same selection.
    web::scroll_to(&card, ScrollLogicalPosition::Nearest);
    wait_for("the card on screen", || {
        find(&root, &card).is_some_and(|c| on_screen(&c))
    })
    .await;
    wait_until_settled(&root).await;
    assert!(
        find(&root, &card).is_some_and(|c| on_screen(&c)),
        "the card stays on screen once the views have settled"
    );
    let shown = find(&root, &card).unwrap();
    assert_eq!(shown.get_attribute("aria-current").as_deref(), Some("true"));
    root.remove();
}

#[wasm_bindgen_test]
async fn scrolling_a_long_text_draws_the_paragraphs_that_come_into_view() {
    let root = mount(long_report()).await;
    wait_for("the first card", || {
        count(&root, "article[data-claim-id]") > 0
    })
    .await;
    let text = find(&root, ".source-text").unwrap();
    let h = gloo::utils::window()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    // Whether drawn paragraphs cover the middle of the window.
    let middle_drawn = || {
        let list = root.query_selector_all(".source-text > p").unwrap();
        let rects: Vec<web_sys::DomRect> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .map(|p| p.get_bounding_client_rect())
            .collect();
        rects.iter().any(|r| r.top() <= h / 2.0) && rects.iter().any(|r| r.bottom() >= h / 2.0)
    };
    // Halfway down the text, then on at a reading pace (less than a view at
    // a time): after each step the views draw what came into view.
    let top = text.get_bounding_client_rect().top() + gloo::utils::window().scroll_y().unwrap();
    let half = text.get_bounding_client_rect().height() / 2.0;
    gloo::utils::window().scroll_to_with_x_and_y(0.0, top + half);
    wait_for("paragraphs across the middle of the window", middle_drawn).await;
    for step in 1..=5 {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, 200.0);
        wait_for(
            &format!("paragraphs across the middle after step {step}"),
            middle_drawn,
        )
        .await;
    }
    wait_until_settled(&root).await;
    assert!(middle_drawn(), "the middle stays drawn once settled");
    assert!(count(&root, ".source-text > p") <= 60);
    // What is drawn is from the middle of the report, not its start.
    let first_drawn = find(&root, ".source-text > p").unwrap();
    assert!(first_drawn.previous_element_sibling().is_some_and(|s| {
        s.class_list().contains("vspace")
            && s.dyn_ref::<web_sys::HtmlElement>().unwrap().offset_height() > 1000
    }));
    root.remove();
}
