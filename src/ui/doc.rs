//! The report on show: its key in links, its title and metadata, and the
//! parsed report; the report's headline, which is its title and not a
//! claim; plus the pure helpers the reports screen needs (export file
//! names, dates). Tested natively.

use crate::import::Meta;
use crate::report::{self, ClaimId, Report, Span};
use crate::ui::shared::Shared;
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
    /// Opened from a PDF: its name, pages and where each page's text begins.
    pub pdf: Option<std::rc::Rc<crate::import::pdf::Source>>,
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

/// A headline is at most this many characters.
const HEADLINE_CHARS: usize = 200;

/// The report's headline: its first paragraph, when that is one short line
/// that does not end as a sentence does and more text follows ("Floods
/// leave thousands homeless"). The reader shows it as the title, not as a
/// claim.
pub fn headline(report: &Report) -> Option<Span> {
    let first = *report.paragraphs.first()?;
    if report.paragraphs.len() < 2 {
        return None;
    }
    let line = report.slice(first).trim();
    let closing = |c: char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')');
    let end = line.trim_end_matches(closing).chars().last()?;
    let short = line.chars().count() <= HEADLINE_CHARS && !line.contains('\n');
    (short && !matches!(end, '.' | '!' | '?' | '…' | ':' | ';' | ',')).then_some(first)
}

/// The text parsed, without claims inside its headline (see [`headline`]):
/// the headline is the report's title, not a claim. Claims keep their order
/// and are numbered again; relations to a dropped claim go with it.
pub fn read(text: &str) -> Report {
    without_headline(report::parse(text))
}

/// `report` without the claims that lie inside its headline.
pub fn without_headline(mut report: Report) -> Report {
    let Some(h) = headline(&report) else {
        return report;
    };
    let inside = |c: &report::Claim| c.content.iter().all(|s| h.contains(*s));
    if !report.claims.iter().any(inside) {
        return report;
    }
    // Old index to new id.
    let mut map: Vec<Option<ClaimId>> = Vec::with_capacity(report.claims.len());
    let mut kept = Vec::with_capacity(report.claims.len());
    for mut c in std::mem::take(&mut report.claims) {
        if inside(&c) {
            map.push(None);
        } else {
            let id = ClaimId(kept.len() as u32);
            map.push(Some(id));
            c.id = id;
            kept.push(c);
        }
    }
    report.claims = kept;
    let new = |id: ClaimId| map.get(id.index()).copied().flatten();
    report.relations = std::mem::take(&mut report.relations)
        .into_iter()
        .filter_map(|mut r| {
            r.to = new(r.to)?;
            r.from = match r.from {
                Some(f) => Some(new(f)?),
                None => None,
            };
            Some(r)
        })
        .collect();
    report
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
    fn a_headline_is_the_title_not_a_claim() {
        let text = "Ferry strike strands thousands at the coast\n\nThe union said 400 crew had walked out. The operator said only 90 had, and the union disputed that.";
        let r = read(text);
        assert_eq!(
            headline(&r).map(|h| r.slice(h)),
            Some("Ferry strike strands thousands at the coast")
        );
        assert!(
            r.claims
                .iter()
                .all(|c| !r.slice(c.content_cover()).contains("Ferry")),
            "a claim inside the headline: {:#?}",
            r.claims
        );
        // Ids are positions, and every relation names a claim.
        for (i, c) in r.claims.iter().enumerate() {
            assert_eq!(c.id, ClaimId(i as u32));
        }
        assert!(r
            .relations
            .iter()
            .all(|x| r.claim(x.to).is_some() && x.from.is_none_or(|f| r.claim(f).is_some())));
        let all = report::parse(text);
        assert_eq!(r.claims.len() + 1, all.claims.len(), "{:#?}", all.claims);
    }

    #[test]
    fn a_first_sentence_is_no_headline() {
        for text in [
            "Officials said 12 people were hurt.\n\nWitnesses said the number was higher.",
            "A single line with no more text",
            "“We will rebuild,” the mayor said.”\n\nShe said it twice.",
        ] {
            let r = read(text);
            assert_eq!(headline(&r), None, "{text}");
            assert_eq!(r, report::parse(text));
        }
    }

    #[test]
    fn words_and_hosts() {
        assert_eq!(claims_word(1), "1 claim");
        assert_eq!(claims_word(0), "0 claims");
        assert_eq!(host("https://www.example.org/a/b?c"), "example.org");
        assert_eq!(host("http://user@news.example:8080#x"), "news.example:8080");
    }
}
