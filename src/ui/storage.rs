//! The browser's `localStorage`: the one wrapper the reader uses, for the
//! library of reports (`opener::Store`) and the reading preferences.
//!
//! Every call answers `None` or `false` when the browser keeps nothing
//! (storage disabled, a sandboxed frame, a full quota) and never throws:
//! `gloo-storage`'s `LocalStorage` calls `expect_throw` when
//! `window.localStorage` is missing or refused, which would stop the app.
//! Natively (the prerender step) there is no storage.

/// The stored string under `key`.
pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; false when the browser refused it.
pub fn set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Whether the browser lets the page keep anything.
pub fn available() -> bool {
    local().is_some()
}

/// A value stored as JSON under `key` (as preferences are).
pub fn get_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get(key)?).ok()
}

/// Stores `value` as JSON under `key`; false when it could not be.
pub fn set_json<T: serde::Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|v| set(key, &v))
}

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<web_sys::Storage> {
    None
}
