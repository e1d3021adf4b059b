//! What the URL fragment asks for: a report (embedded or kept on the
//! device) and a claim in it, a share link, or the reports screen. Pure
//! functions, tested natively; the fragment is always relative, so links
//! work from any sub-path of any static host.
//!
//! - `#/r/<key>` and `#/r/<key>/c4`: a report by its key (see
//!   [`crate::ui::present::fragment`]), and a claim in it.
//! - `#/s/<payload>` and `#/s/<payload>/c4`: a share link; the payload
//!   (see [`crate::import::share`]) holds the text, the title and the
//!   claim, and a claim after it overrides the one inside.
//! - `#/library`: the reports screen (open, keep, share, export).
//! - `#c4`: a claim in the report on show (older links).

use crate::report::ClaimId;

/// The fragment of the reports screen.
pub const LIBRARY: &str = "#/library";

/// What a fragment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// No fragment, or one this version does not know.
    Default,
    /// A claim in the report on show.
    Claim(ClaimId),
    Report {
        key: &'a str,
        claim: Option<ClaimId>,
    },
    Shared {
        payload: &'a str,
        claim: Option<ClaimId>,
    },
    Library,
}

/// Reads a fragment (the leading `#` is optional).
pub fn parse(hash: &str) -> Route<'_> {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let h = h.strip_prefix('/').unwrap_or(h);
    let mut parts = h.split('/').filter(|p| !p.is_empty());
    let first = parts.next();
    let second = parts.next();
    let claim = parts.next().and_then(ClaimId::from_label);
    match (first, second) {
        (Some("r"), Some(key)) => Route::Report { key, claim },
        (Some("s"), Some(payload)) => Route::Shared { payload, claim },
        (Some("library"), None) => Route::Library,
        (Some(other), None) => ClaimId::from_label(other).map_or(Route::Default, Route::Claim),
        _ => Route::Default,
    }
}

/// The fragment of a share link: `#/s/<payload>`, with the claim after it.
pub fn shared(payload: &str, claim: Option<ClaimId>) -> String {
    match claim {
        Some(c) => format!("#/s/{payload}/{}", c.label()),
        None => format!("#/s/{payload}"),
    }
}

/// A key from a fragment, made fit to show in a sentence: at most 60
/// characters, "…" after a cut. (It is shown as text, never as markup.)
pub fn shown_key(key: &str) -> String {
    if key.chars().count() <= 60 {
        key.to_string()
    } else {
        let cut: String = key.chars().take(59).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(n: u32) -> Option<ClaimId> {
        Some(ClaimId(n - 1))
    }

    #[test]
    fn report_links_name_the_key_and_the_claim() {
        assert_eq!(
            parse("#/r/local-3/c4"),
            Route::Report {
                key: "local-3",
                claim: c(4)
            }
        );
        assert_eq!(
            parse("#/r/some-key"),
            Route::Report {
                key: "some-key",
                claim: None
            }
        );
        assert_eq!(
            parse("/r/k/zz"),
            Route::Report {
                key: "k",
                claim: None
            }
        );
    }

    #[test]
    fn share_links_carry_the_payload_and_an_optional_claim() {
        assert_eq!(
            parse("#/s/1.abc-_/c2"),
            Route::Shared {
                payload: "1.abc-_",
                claim: c(2)
            }
        );
        assert_eq!(parse(&shared("1.xyz", c(7))), {
            Route::Shared {
                payload: "1.xyz",
                claim: c(7),
            }
        });
        assert_eq!(
            parse(&shared("1.xyz", None)),
            Route::Shared {
                payload: "1.xyz",
                claim: None
            }
        );
    }

    #[test]
    fn the_library_and_old_claim_links_and_nonsense() {
        assert_eq!(parse(LIBRARY), Route::Library);
        assert_eq!(parse("#c2"), Route::Claim(ClaimId(1)));
        assert_eq!(parse(""), Route::Default);
        assert_eq!(parse("#"), Route::Default);
        assert_eq!(parse("#/r"), Route::Default);
        assert_eq!(parse("#/s/"), Route::Default);
        assert_eq!(parse("#whatever"), Route::Default);
    }

    #[test]
    fn long_keys_are_cut_for_messages() {
        assert_eq!(shown_key("local-9"), "local-9");
        let long = "x".repeat(500);
        let shown = shown_key(&long);
        assert_eq!(shown.chars().count(), 60);
        assert!(shown.ends_with('…'));
    }
}
