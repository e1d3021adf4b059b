//! The reader: renders `Report`s. Owns UI state; never parses by itself.

use crate::report::{self, json, Report};
use crate::seeds::SEEDS;
use std::rc::Rc;
use yew::prelude::*;

/// The whole reader.
#[component]
pub fn App() -> Html {
    let report: Rc<Report> = use_memo((), |_| report::parse(SEEDS[0].text));
    let text: &str = &report.text;
    html! {
        <main class="reader">
            <section class="source" aria-label="Report text">
                <h1>{ SEEDS[0].title }</h1>
                <p>{ text.to_string() }</p>
            </section>
            <section class="cards" aria-label="Claims">
                { for report.claims.iter().map(|c| {
                    let id = c.id.label();
                    let content: String = c.content.iter().map(|s| s.of(text)).collect::<Vec<_>>().join(" … ");
                    html! {
                        <article class="card" data-claim-id={id.clone()}>
                            <p class="kind">{ json::kind_name(c.kind) }</p>
                            <p class="content">{ content }</p>
                        </article>
                    }
                }) }
            </section>
        </main>
    }
}
