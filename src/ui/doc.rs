//! The report on show: its key in links, its title and metadata, and the
//! parsed report; plus the pure helpers the reports screen needs (export
//! file names, dates). Tested natively.

use crate::import::Meta;
use crate::ui::Shared;
use yew::AttrValue;

/// The key of a report that could not be kept on the device (the browser
/// refused to store it): its links name no stored report.
pub const UNSAVED: &str = "unsaved";

/// A report open in the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The key in links: an embedded report's key, a stored id
    /// (`local-N`), or [`UNSAVED`].
    pub key: AttrValue,
    pub title: AttrValue,
    /// Source URL and publication date (the title is [`Doc::title`]).
    pub meta: Meta,
    pub report: Shared,
    /// Embedded in the build: not renamed, not deleted.
    pub embedded: bool,
}

impl Doc {
    /// The metadata an export carries.
    pub fn export_meta(&self) -> Meta {
        Meta {
            title: Some(self.title.to_string()),
            ..self.meta.clone()
        }
    }
}

/// A file name for an export of a report with this title: lower-case
/// letters and digits joined by `-`, at most 60 characters, then
/// `.claims.json` (see [`crate::export::file_name`]).
pub fn export_name(title: &str) -> String {
    crate::export::file_name(title, crate::export::Format::Json)
}

pub use crate::desk::iso_date;

/// "1 claim", "12 claims".
pub fn claims_word(n: usize) -> String {
    if n == 1 {
        "1 claim".to_string()
    } else {
        format!("{n} claims")
    }
}

/// The host of an `http(s)` URL, for a short link text.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_are_safe_file_names() {
        assert_eq!(
            export_name("Floods: 2,000 homeless — officials"),
            "floods-2-000-homeless-officials.claims.json"
        );
        assert_eq!(export_name("../../etc/passwd"), "etc-passwd.claims.json");
        assert_eq!(export_name("   "), "report.claims.json");
        let long = export_name(&"word ".repeat(40));
        assert!(long.len() <= 60 + ".claims.json".len());
        assert_eq!(export_name("Überschwemmung"), "überschwemmung.claims.json");
    }

    #[test]
    fn dates_are_iso_and_unknown_is_none() {
        assert_eq!(iso_date(0), None);
        assert_eq!(iso_date(1), Some("1970-01-01".into()));
        assert_eq!(iso_date(1_714_567_890_123), Some("2024-05-01".into()));
        assert_eq!(iso_date(951_782_400_000), Some("2000-02-29".into()));
    }

    #[test]
    fn words_and_hosts() {
        assert_eq!(claims_word(1), "1 claim");
        assert_eq!(claims_word(0), "0 claims");
        assert_eq!(host("https://www.example.org/a/b?c"), "example.org");
        assert_eq!(host("http://user@news.example:8080#x"), "news.example:8080");
    }
}
