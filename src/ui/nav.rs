//! The URL fragment: read, replaced and pushed here and nowhere else.
//! Natively (the prerender step) there is no fragment and nothing to change.

/// The fragment, with its `#` (empty when there is none).
#[cfg(target_arch = "wasm32")]
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The fragment a `hashchange` event moved to, with its `#`: the address
/// the user (or a link) went to, even when the page has replaced the
/// fragment again since the event was queued.
#[cfg(target_arch = "wasm32")]
pub fn hash_of(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    event
        .dyn_ref::<web_sys::HashChangeEvent>()
        .map(|e| e.new_url())
        .and_then(|url| url.find('#').map(|i| url[i..].to_string()))
        .unwrap_or_else(hash)
}

/// A new history entry (Back returns to the previous report or screen);
/// nothing when the fragment is already `fragment`.
#[cfg(target_arch = "wasm32")]
pub fn push(fragment: &str) {
    if hash() == fragment {
        return;
    }
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Replaces the fragment without a new history entry or a `hashchange`.
#[cfg(target_arch = "wasm32")]
pub fn replace(fragment: &str) {
    if hash() == fragment {
        return;
    }
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn hash() -> String {
    String::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn hash_of(_: &web_sys::Event) -> String {
    String::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn push(_: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn replace(_: &str) {}
