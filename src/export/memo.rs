//! The review memo in Markdown: the same [`review::Memo`] the reader
//! prints. Text from the report and the user is escaped, so that it reads
//! as the words it is and never as Markdown or HTML.

use super::Doc;
use crate::desk::review::{self, Memo};

/// Escapes the punctuation Markdown and HTML act on inside a line, and keeps
/// the text on one line (every piece follows a prefix such as `> ` or
/// `- Note: `, so nothing can start a heading or a list).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// A link in angle brackets, for an `http(s)` address (already checked
/// where it was stored); the brackets keep its punctuation as it is.
fn link(url: &str) -> String {
    format!("<{}>", url.replace(['<', '>', ' '], ""))
}

/// The memo of one report as Markdown.
pub fn markdown(doc: &Doc) -> String {
    let empty = crate::desk::Findings::default();
    let findings = doc.findings.unwrap_or(&empty);
    let m: Memo = review::memo(doc.report, doc.meta, findings);
    let mut out = format!("# Review memo: {}\n\n", escape(&m.title));
    if let Some(u) = &m.source_url {
        out.push_str(&format!("Source: {}  \n", link(u)));
    }
    if let Some(p) = &m.published {
        out.push_str(&format!("Published: {}  \n", escape(p)));
    }
    if let Some(r) = &m.reviewer {
        out.push_str(&format!("Reviewed by: {}  \n", escape(r)));
    }
    let c = m.counts;
    out.push_str(&format!(
        "Claims: {}, worth checking: {}, with a verdict: {}, checked: {}\n",
        c.claims, c.worth_checking, c.with_verdict, c.checked
    ));
    for g in &m.groups {
        out.push_str(&format!("\n## {} ({})\n", escape(&g.title), g.items.len()));
        for item in &g.items {
            out.push_str(&format!(
                "\n### {}. {}\n\n",
                item.id.index() + 1,
                escape(&item.who)
            ));
            out.push_str(&format!("> {}\n\n", escape(&item.content)));
            if !item.reasons.is_empty() {
                let words: Vec<&str> = item.reasons.iter().map(|r| r.words()).collect();
                out.push_str(&format!("- Worth checking: {}\n", words.join(", ")));
            }
            if let Some(f) = &item.finding {
                if let Some(v) = &f.verdict {
                    out.push_str(&format!("- Verdict: **{}**\n", escape(v)));
                }
                out.push_str(&format!(
                    "- Checked: {}\n",
                    if f.checked { "yes" } else { "no" }
                ));
                if !f.note.trim().is_empty() {
                    out.push_str(&format!("- Note: {}\n", escape(&f.note)));
                }
                for s in &f.sources {
                    out.push_str(&format!("- Source: {}\n", link(s)));
                }
            }
        }
    }
    if !m.orphans.is_empty() {
        out.push_str(&format!(
            "\n## Findings no longer on a claim ({})\n",
            m.orphans.len()
        ));
        for f in &m.orphans {
            out.push_str(&format!("\n> {}\n\n", escape(&f.anchor.exact)));
            if let Some(w) = &f.why {
                out.push_str(&format!("- Why: {}\n", escape(w)));
            }
            if let Some(v) = &f.verdict {
                out.push_str(&format!("- Verdict: **{}**\n", escape(v)));
            }
            if !f.note.trim().is_empty() {
                out.push_str(&format!("- Note: {}\n", escape(&f.note)));
            }
            for s in &f.sources {
                out.push_str(&format!("- Source: {}\n", link(s)));
            }
        }
    }
    out
}
