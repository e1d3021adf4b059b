//! The web entry point: installs the fault message for panics, then takes
//! over the page the prerender step wrote (or mounts the app afresh).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use claim_reader::ui::app::{hydrates, AppProps};
        // In the engine's worker there is no page: it only answers
        // `readInWorker` (see `claim_reader::ui::engine`).
        if web_sys::window().is_none() {
            return;
        }
        claim_reader::fault::install();
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let prerendered = has_prerender();
        let take_over = prerendered && hydrates(&hash);
        if prerendered && !take_over {
            clear_prerender();
        }
        let renderer = yew::Renderer::<claim_reader::ui::App>::with_props(AppProps {
            prerendered: take_over,
        });
        if take_over {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("claim-reader is a web app: build it with `trunk build`; for the command line use `claims`.");
        std::process::exit(2);
    }
}

/// The engine's worker's one task: the report of `text` as bytes
/// (`claim_reader::ui::engine`, `web/engine-worker.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = readInWorker)]
pub fn read_in_worker(text: &str) -> Vec<u8> {
    claim_reader::ui::engine::read_here_as_bytes(text)
}

/// Whether the page holds the app as the prerender step wrote it: first in
/// the body, between the markers of its root component.
#[cfg(target_arch = "wasm32")]
fn has_prerender() -> bool {
    opening_marker().is_some()
}

/// The comment that opens the prerendered app (`<!--<[…App]>-->`), the
/// body's first child.
#[cfg(target_arch = "wasm32")]
fn opening_marker() -> Option<String> {
    let first = gloo::utils::body().first_child()?;
    if first.node_type() != web_sys::Node::COMMENT_NODE {
        return None;
    }
    let data = first.node_value()?;
    (data.starts_with("<[") && data.ends_with("]>")).then_some(data)
}

/// Removes the prerendered app (for an address it does not show), up to and
/// including the comment that closes it, so the app renders into a body
/// holding only what the page itself has.
#[cfg(target_arch = "wasm32")]
fn clear_prerender() {
    let Some(open) = opening_marker() else { return };
    let close = format!("</{}", &open[1..]);
    let body = gloo::utils::body();
    while let Some(node) = body.first_child() {
        let last = node.node_type() == web_sys::Node::COMMENT_NODE
            && node.node_value().as_deref() == Some(close.as_str());
        let _ = body.remove_child(&node);
        if last {
            break;
        }
    }
}
