//! What a source says about itself, made safe to show and store: titles on
//! one line, only absolute `http(s)` addresses, short dates.

use crate::report::json::{clip, Meta};

/// The longest title kept, in characters; longer ones are cut with "…".
pub const MAX_TITLE_CHARS: usize = 200;

impl Meta {
    /// The metadata made safe to show and store: one-line title of at most
    /// [`MAX_TITLE_CHARS`], a source URL only if it is an absolute `http` or
    /// `https` URL, a short publication date. What is dropped is said in
    /// `warnings`.
    pub fn cleaned(self, warnings: &mut Vec<String>) -> Meta {
        let title = self.title.as_deref().and_then(clean_title);
        let source_url = match self.source_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(u) => match clean_url(u) {
                Some(u) => Some(u),
                None => {
                    warnings.push(format!(
                        "The source URL \"{}\" is not an http or https address and was left out.",
                        clip(u, 60)
                    ));
                    None
                }
            },
        };
        let published = self
            .published
            .as_deref()
            .map(one_line)
            .filter(|p| !p.is_empty())
            .map(|p| clip(&p, 64));
        Meta {
            title,
            source_url,
            published,
        }
    }
}

/// A title on one line: whitespace and control characters collapsed to
/// single spaces, trimmed, cut to [`MAX_TITLE_CHARS`] at a word boundary
/// with "…". `None` when nothing is left.
pub fn clean_title(raw: &str) -> Option<String> {
    let t = one_line(raw);
    if t.is_empty() {
        return None;
    }
    if t.chars().count() <= MAX_TITLE_CHARS {
        return Some(t);
    }
    let cut: String = t.chars().take(MAX_TITLE_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    Some(format!("{}…", cut.trim_end()))
}

/// An absolute `http://` or `https://` URL with a host and no whitespace or
/// control characters, at most 2,048 bytes; anything else (`javascript:`,
/// relative paths) is `None`, so a stored URL is always safe as a link.
pub fn clean_url(raw: &str) -> Option<String> {
    let u = raw.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &u[8..]
    } else if lower.starts_with("http://") {
        &u[7..]
    } else {
        return None;
    };
    let host_ok = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '[');
    let clean = !u.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean && u.len() <= 2048).then(|| u.to_string())
}

/// Whitespace and control characters collapsed to single spaces, trimmed.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(1024));
    for w in s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
