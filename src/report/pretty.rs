//! A readable view of a report for people at a terminal: each claim with its
//! sentence, the spans underlined like a compiler's diagnostics.
//!
//! Under each line of the sentence: `-` marks the claimant, `~` the cue and
//! `^` the content; figures are listed below.

use super::model::*;
use super::span::Span;

const WIDTH: usize = 88;

/// The whole report as text.
pub fn pretty(r: &Report) -> String {
    let text: &str = &r.text;
    let mut out = String::new();
    let attributed = r
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Unattributed)
        .count();
    out.push_str(&format!(
        "{} claims ({} attributed), {} claimants, {} relations\n",
        r.claims.len(),
        attributed,
        r.entities.len(),
        r.relations.len()
    ));
    for c in &r.claims {
        out.push('\n');
        let who = match c.claimant.as_ref() {
            None => "the report itself".to_string(),
            Some(cl) => match cl.entity.and_then(|e| r.entity(e)) {
                Some(e) => {
                    let mut s = e.name.clone();
                    let aff = e
                        .affiliation
                        .and_then(|a| r.entity(a))
                        .map(|a| a.name.clone());
                    match (&e.role, aff) {
                        (Some(role), Some(a)) => s.push_str(&format!(" ({role}, {a})")),
                        (Some(role), None) => s.push_str(&format!(" ({role})")),
                        (None, Some(a)) => s.push_str(&format!(" ({a})")),
                        (None, None) => {}
                    }
                    s
                }
                None => format!("\"{}\" (unresolved)", cl.span.of(text)),
            },
        };
        let cue = c
            .cue
            .map(|q| format!(" {} [{}]", q.span.of(text), q.strength.as_str()))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} {}: {}{}\n",
            c.id.label(),
            c.kind.as_str(),
            who,
            cue
        ));
        // The sentence with its marks.
        let s = c.sentence;
        let mut marks: Vec<char> = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        for (i, ch) in s.of(text).char_indices() {
            let at = s.start() + i;
            let inside = |sp: Span| sp.start() <= at && at < sp.end();
            let m = if c.cue.is_some_and(|q| inside(q.span)) {
                '~'
            } else if c.claimant.as_ref().is_some_and(|cl| inside(cl.span)) {
                '-'
            } else if c.content.iter().any(|x| inside(*x)) {
                '^'
            } else {
                ' '
            };
            chars.push(if ch == '\n' || ch == '\r' || ch == '\t' {
                ' '
            } else {
                ch
            });
            marks.push(m);
        }
        let mut i = 0;
        while i < chars.len() {
            let end = (i + WIDTH).min(chars.len());
            let line: String = chars[i..end].iter().collect();
            let under: String = marks[i..end].iter().collect();
            out.push_str("  | ");
            out.push_str(&line);
            out.push('\n');
            if !under.trim().is_empty() {
                out.push_str("  | ");
                out.push_str(under.trim_end());
                out.push('\n');
            }
            i = end;
        }
        for f in &c.figures {
            out.push_str(&format!(
                "  = figure: {} (value {}, {}{})\n",
                f.span.of(text),
                f.value,
                f.qualifier.as_str(),
                f.measure
                    .as_ref()
                    .map(|m| format!(", measure: {m}"))
                    .unwrap_or_default()
            ));
        }
        for d in &c.dates {
            out.push_str(&format!("  = date: {}\n", d.span.of(text)));
        }
        for rel in r
            .relations
            .iter()
            .filter(|x| x.to == c.id || x.from == Some(c.id))
        {
            let dir = if rel.to == c.id {
                match rel.from {
                    Some(f) => format!("{} by {}", rel.kind.as_str(), f.label()),
                    None => format!("{} (the report)", rel.kind.as_str()),
                }
            } else {
                format!("{} {}", rel.kind.as_str(), rel.to.label())
            };
            out.push_str(&format!("  = {dir}: {}\n", rel.note));
        }
    }
    for d in &r.diagnostics {
        out.push_str(&format!(
            "\nwarning: {} (at byte {})\n",
            d.message,
            d.span.start()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underlines_claimant_cue_and_content() {
        let r = crate::report::parse("Police said two people died.");
        let p = pretty(&r);
        assert!(p.contains("c1 indirect: Police said [neutral]"), "{p}");
        assert!(
            p.contains("  | Police said two people died.\n  | ------ ~~~~ ^^^^^^^^^^^^^^^\n"),
            "{p}"
        );
        assert!(p.contains("= figure: two people (value 2, exact"), "{p}");
    }
}
