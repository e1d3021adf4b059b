//! The library: reports kept on the device, as a versioned document.
//!
//! Stored as one JSON string (version [`VERSION`]):
//!
//! ```json
//! {"version": 2, "next_id": 4, "entries": [
//!   {"id": "local-3", "title": "…", "added": 1714567890123,
//!    "source_url": "https://…", "published": "2024-05-01",
//!    "text": "…", "claim_count": 12,
//!    "findings": {"items": [{"claim": "c2", "exact": "…", "prefix": "…",
//!      "suffix": "…", "start": 322, "end": 463, "verdict": "Mostly false",
//!      "note": "…", "sources": ["https://…"], "checked": true,
//!      "updated": 1714567890123}]}}],
//!  "embedded_findings": {"<embedded report's key>": {"items": […]}}}
//! ```
//!
//! Version 2 added the findings (see [`crate::desk`]): on a stored report,
//! `findings`; for the reports embedded in the build, which are not stored,
//! `embedded_findings` by key. Both are optional, so a version-1 library
//! loads as it is and is written as version 2 at the next change. The
//! version went up so that an older build, which would drop the findings
//! when it next wrote, reads this as a newer library and keeps it aside
//! instead.
//!
//! `added` is milliseconds since 1970 (`Date.now()`); entries are newest
//! first; ids are `local-<n>`, never reused, so a link to a deleted report
//! never opens another one. The reports embedded in the build are not
//! stored here; [`rows`] lists them first, and they cannot be deleted.
//!
//! The glue owns storage and quota; this module makes failure harmless:
//!
//! - **Loading** ([`Library::load`]) never fails. Unreadable JSON, an older
//!   or newer version, or damaged entries keep every entry that can be
//!   read, say what was dropped ([`Loaded::dropped`]), and hand back the
//!   raw stored value ([`Loaded::aside`]) for the glue to keep under
//!   another key ([`ASIDE_KEY`]) before anything is written, so nothing is
//!   lost.
//! - **Changing**: apply the operation to a clone, write
//!   [`Library::to_json`] of the clone, and replace the library in memory
//!   only when the write succeeded. On a quota error show
//!   [`quota_message`]; the stored value and the library in memory are
//!   still the old, complete ones.
//! - **Undo** of a delete: [`Library::remove`] returns a [`Removed`] the
//!   glue keeps while it shows "Deleted. Undo"; [`Library::restore`] puts
//!   the entry back where it was.

use super::bytes::MAX_FILE_BYTES;
use super::{clean_title, human_size, Meta};
use crate::desk::Findings;
use crate::seeds::Seed;
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;

/// The schema version this build writes.
pub const VERSION: u32 = 2;
/// The oldest version this build reads as it is.
pub const OLDEST_VERSION: u32 = 1;
/// The storage key of the library.
pub const KEY: &str = "claim-reader.library";
/// The storage key under which an unreadable or partly read library is kept.
pub const ASIDE_KEY: &str = "claim-reader.library.aside";
/// Ids of stored reports start with this; keys of embedded reports must not.
pub const ID_PREFIX: &str = "local-";
/// The title given to a report with no title at all.
pub const UNTITLED: &str = "Untitled report";

/// The stored reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Library {
    pub version: u32,
    /// The number in the next id; only grows.
    pub next_id: u64,
    /// Newest first.
    pub entries: Vec<Entry>,
    /// Findings on the reports embedded in the build, by their key.
    #[serde(
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "findings_map"
    )]
    pub embedded_findings: BTreeMap<String, Findings>,
}

fn findings_json<S: Serializer>(f: &Option<Findings>, s: S) -> Result<S::Ok, S::Error> {
    f.as_ref().map(Findings::to_value).serialize(s)
}

fn findings_map<S: Serializer>(m: &BTreeMap<String, Findings>, s: S) -> Result<S::Ok, S::Error> {
    let v: BTreeMap<&String, Value> = m.iter().map(|(k, f)| (k, f.to_value())).collect();
    v.serialize(s)
}

/// One stored report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// When it was added: milliseconds since 1970-01-01 UTC.
    pub added: u64,
    pub source_url: Option<String>,
    pub published: Option<String>,
    /// The text as opened (what the engine parses).
    pub text: String,
    /// How many claims the engine found when it was added.
    pub claim_count: usize,
    /// What the user found about its claims.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "findings_json"
    )]
    pub findings: Option<Findings>,
    /// When it was opened from a PDF: the file name, page count and where
    /// each page's text begins (claims then say their page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pdf: Option<super::pdf::Source>,
}

impl Entry {
    /// The entry's metadata, as exports carry it.
    pub fn meta(&self) -> Meta {
        Meta {
            title: Some(self.title.clone()),
            source_url: self.source_url.clone(),
            published: self.published.clone(),
        }
    }
}

/// A library read from storage, and what could not be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub library: Library,
    /// One sentence per thing left out, for a notice; empty when all went well.
    pub dropped: Vec<String>,
    /// The stored value as it was, when anything was dropped or it was of
    /// another version; keep it under [`ASIDE_KEY`] before writing.
    pub aside: Option<String>,
}

/// An entry taken out of the library, for undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub entry: Entry,
    /// Where it was.
    pub index: usize,
}

/// Why a change was refused. `Display` gives the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    NotFound,
    EmptyTitle,
    EmptyText,
    TooLarge { bytes: usize },
}

impl std::fmt::Display for LibraryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LibraryError::NotFound => write!(f, "This report is no longer in the library."),
            LibraryError::EmptyTitle => write!(f, "A title cannot be empty."),
            LibraryError::EmptyText => write!(f, "There is no text to keep."),
            LibraryError::TooLarge { bytes } => write!(
                f,
                "This report is {}; the library keeps reports of up to {}.",
                human_size(*bytes),
                human_size(MAX_FILE_BYTES)
            ),
        }
    }
}

impl std::error::Error for LibraryError {}

/// The message for a write refused by the browser (a full quota). Nothing
/// saved was lost; the change was not made.
pub fn quota_message(needed_bytes: usize) -> String {
    format!(
        "The library is full: this browser would not store {} more. Nothing saved was lost. Delete reports you no longer need, or export this one as a file.",
        human_size(needed_bytes)
    )
}

impl Default for Library {
    fn default() -> Library {
        Library {
            version: VERSION,
            next_id: 1,
            entries: Vec::new(),
            embedded_findings: BTreeMap::new(),
        }
    }
}

impl Library {
    pub fn new() -> Library {
        Library::default()
    }

    /// Reads the stored value (`None` when nothing is stored). Never fails:
    /// see the module docs.
    pub fn load(stored: Option<&str>) -> Loaded {
        let Some(raw) = stored.filter(|s| !s.trim().is_empty()) else {
            return Loaded {
                library: Library::new(),
                dropped: Vec::new(),
                aside: None,
            };
        };
        let set_aside = |dropped: Vec<String>| Loaded {
            library: Library::new(),
            dropped,
            aside: Some(raw.to_string()),
        };
        let value: Value = match serde_json::from_str(raw) {
            Ok(v) => v,
            Err(_) => {
                return set_aside(vec![
                    "The saved library could not be read, so it was set aside and the library starts empty.".into(),
                ])
            }
        };
        let Value::Object(top) = &value else {
            return set_aside(vec![
                "The saved library was not in a form this version knows, so it was set aside and the library starts empty.".into(),
            ]);
        };
        let mut dropped = Vec::new();
        let version = top.get("version").and_then(Value::as_u64);
        match version {
            Some(v) if (OLDEST_VERSION as u64..=VERSION as u64).contains(&v) => {}
            Some(v) if v > VERSION as u64 => dropped.push(format!(
                "The library was saved by a newer version of claim-reader (library version {v}); the reports this version can read are shown, and the saved library was kept aside."
            )),
            _ => dropped.push(
                "The library was saved in an older or unknown form; the reports that could be read are shown, and the saved library was kept aside.".into(),
            ),
        }
        let entries = match top.get("entries") {
            Some(Value::Array(a)) => a.as_slice(),
            _ => {
                dropped.push("The saved library had no list of reports.".into());
                &[]
            }
        };
        let mut lib = Library::new();
        let mut max_n = 0;
        for (i, v) in entries.iter().enumerate() {
            match read_entry(v) {
                Ok((mut e, problems)) => {
                    for p in problems {
                        dropped.push(format!("Report {} (“{}”): {p}.", i + 1, e.title));
                    }
                    let taken = lib.entries.iter().any(|x| x.id == e.id);
                    if e.id.is_empty() {
                        dropped.push(format!(
                            "Report {} (“{}”) had no valid id and was given a new one.",
                            i + 1,
                            e.title
                        ));
                    } else if taken {
                        dropped.push(format!(
                            "Report {} (“{}”) had an id already in use and was given a new one; links to it by its old id will not open it.",
                            i + 1,
                            e.title
                        ));
                        e.id = String::new();
                    } else if let Some(n) = id_number(&e.id) {
                        max_n = max_n.max(n);
                    }
                    lib.entries.push(e);
                }
                Err(why) => dropped.push(format!("Report {} was dropped: {why}.", i + 1)),
            }
        }
        if let Some(Value::Object(m)) = top.get("embedded_findings") {
            for (key, v) in m {
                let (f, problems) = Findings::read(v);
                for p in problems {
                    dropped.push(format!("The findings on the embedded report “{key}”: {p}."));
                }
                if !f.is_empty() && !key.starts_with(ID_PREFIX) {
                    lib.embedded_findings.insert(key.clone(), f);
                }
            }
        }
        let stored_next = top.get("next_id").and_then(Value::as_u64).unwrap_or(1);
        lib.next_id = stored_next.max(max_n + 1).max(1);
        for k in 0..lib.entries.len() {
            if lib.entries[k].id.is_empty() {
                lib.entries[k].id = lib.fresh_id();
            }
        }
        let aside = (!dropped.is_empty()).then(|| raw.to_string());
        Loaded {
            library: lib,
            dropped,
            aside,
        }
    }

    /// The value to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Adds a report at the top and returns its id. `title` falls back to
    /// [`UNTITLED`]; a source URL that is not `http(s)` is left out.
    pub fn add(
        &mut self,
        text: &str,
        meta: &Meta,
        claim_count: usize,
        added_ms: u64,
    ) -> Result<String, LibraryError> {
        if text.trim().is_empty() {
            return Err(LibraryError::EmptyText);
        }
        if text.len() > MAX_FILE_BYTES {
            return Err(LibraryError::TooLarge { bytes: text.len() });
        }
        let meta = meta.clone().cleaned(&mut Vec::new());
        let id = self.fresh_id();
        self.entries.insert(
            0,
            Entry {
                id: id.clone(),
                title: meta.title.unwrap_or_else(|| UNTITLED.to_string()),
                added: added_ms,
                source_url: meta.source_url,
                published: meta.published,
                text: text.to_string(),
                claim_count,
                findings: None,
                pdf: None,
            },
        );
        Ok(id)
    }

    /// Remembers that entry `id` came from a PDF (see [`Entry::pdf`]).
    pub fn set_pdf(&mut self, id: &str, pdf: super::pdf::Source) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
            e.pdf = Some(pdf);
        }
    }

    fn entry_mut(&mut self, id: &str) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// Gives a report a new title (on one line, at most
    /// [`super::MAX_TITLE_CHARS`] characters).
    pub fn rename(&mut self, id: &str, title: &str) -> Result<(), LibraryError> {
        let title = clean_title(title).ok_or(LibraryError::EmptyTitle)?;
        let e = self.entry_mut(id).ok_or(LibraryError::NotFound)?;
        e.title = title;
        Ok(())
    }

    /// Changes a report's title, source URL and publication date at once.
    /// The title must not be blank; a source URL that is not `http(s)` is
    /// left out, and the returned notices say so.
    pub fn set_details(&mut self, id: &str, meta: &Meta) -> Result<Vec<String>, LibraryError> {
        let mut notes = Vec::new();
        let meta = meta.clone().cleaned(&mut notes);
        let title = meta.title.ok_or(LibraryError::EmptyTitle)?;
        let e = self.entry_mut(id).ok_or(LibraryError::NotFound)?;
        e.title = title;
        e.source_url = meta.source_url;
        e.published = meta.published;
        Ok(notes)
    }

    /// Records how many claims the engine found (after the text was kept).
    pub fn set_claim_count(&mut self, id: &str, count: usize) {
        if let Some(e) = self.entry_mut(id) {
            e.claim_count = count;
        }
    }

    /// The findings on a report: a stored one by its id, an embedded one by
    /// its key.
    pub fn findings(&self, key: &str) -> Option<&Findings> {
        match self.get(key) {
            Some(e) => e.findings.as_ref(),
            None => self.embedded_findings.get(key),
        }
    }

    /// Keeps the findings on a report (empty findings are removed). A key
    /// that is not a stored id must be an embedded report's key.
    pub fn set_findings(&mut self, key: &str, findings: Findings) -> Result<(), LibraryError> {
        let keep = (!findings.is_empty()).then_some(findings);
        if let Some(e) = self.entry_mut(key) {
            e.findings = keep;
            return Ok(());
        }
        if key.starts_with(ID_PREFIX) || key.is_empty() {
            return Err(LibraryError::NotFound);
        }
        match keep {
            Some(f) => {
                self.embedded_findings.insert(key.to_string(), f);
            }
            None => {
                self.embedded_findings.remove(key);
            }
        }
        Ok(())
    }

    /// The stored report with exactly this text, if any (opening the same
    /// file twice opens the one kept).
    pub fn find_text(&self, text: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.text == text)
    }

    /// Takes a report out; keep the result to undo.
    pub fn remove(&mut self, id: &str) -> Option<Removed> {
        let index = self.entries.iter().position(|e| e.id == id)?;
        let entry = self.entries.remove(index);
        Some(Removed { entry, index })
    }

    /// Puts a removed report back where it was (undo). If its id is in use
    /// again (it cannot be, ids are never reused) nothing changes.
    pub fn restore(&mut self, removed: Removed) {
        if self.get(&removed.entry.id).is_some() {
            return;
        }
        let at = removed.index.min(self.entries.len());
        self.entries.insert(at, removed.entry);
    }

    fn fresh_id(&mut self) -> String {
        loop {
            let id = format!("{ID_PREFIX}{}", self.next_id);
            self.next_id = self.next_id.saturating_add(1);
            if self.get(&id).is_none() {
                return id;
            }
        }
    }
}

fn id_number(id: &str) -> Option<u64> {
    id.strip_prefix(ID_PREFIX)?.parse().ok()
}

/// One entry, keeping whatever can be read: a text is required, the rest
/// falls back (an untitled title, an unknown date as 0, a count of 0, the
/// findings that can be read, with what was left out of them).
fn read_entry(v: &Value) -> Result<(Entry, Vec<String>), &'static str> {
    let o = v.as_object().ok_or("it was not a record")?;
    let text = o
        .get("text")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
        .ok_or("it had no text")?;
    let id = o
        .get("id")
        .and_then(Value::as_str)
        .filter(|id| {
            (1..=64).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .unwrap_or("")
        .to_string();
    let s = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
    let meta = Meta {
        title: s("title"),
        source_url: s("source_url"),
        published: s("published"),
    }
    .cleaned(&mut Vec::new());
    let (findings, problems) = match o.get("findings") {
        None | Some(Value::Null) => (None, Vec::new()),
        Some(f) => {
            let (f, p) = Findings::read(f);
            ((!f.is_empty()).then_some(f), p)
        }
    };
    let entry = Entry {
        id,
        title: meta
            .title
            .or_else(|| super::guess_title(text))
            .unwrap_or_else(|| UNTITLED.to_string()),
        added: o.get("added").and_then(Value::as_u64).unwrap_or(0),
        source_url: meta.source_url,
        published: meta.published,
        text: text.to_string(),
        claim_count: o
            .get("claim_count")
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0),
        findings,
        pdf: o
            .get("pdf")
            .and_then(|v| serde_json::from_value::<super::pdf::Source>(v.clone()).ok())
            .and_then(|p| p.checked(text.len())),
    };
    Ok((entry, problems))
}

/// One line of the library list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The key in links (`#/r/<key>`): a seed's key or a stored id.
    pub key: String,
    pub title: String,
    /// `None` for an embedded report.
    pub added: Option<u64>,
    /// `None` for an embedded report (the reader counts when it opens it).
    pub claim_count: Option<usize>,
    /// Embedded reports cannot be renamed or deleted.
    pub embedded: bool,
}

/// The list the reader shows: the embedded reports first, in their order,
/// then the stored ones, newest first. A stored id that collides with an
/// embedded key (it cannot, given [`ID_PREFIX`]) is left out of the list.
pub fn rows(seeds: &[Seed], library: &Library) -> Vec<Row> {
    let mut out: Vec<Row> = seeds
        .iter()
        .map(|s| Row {
            key: s.key.to_string(),
            title: clean_title(s.title).unwrap_or_else(|| UNTITLED.to_string()),
            added: None,
            claim_count: None,
            embedded: true,
        })
        .collect();
    for e in &library.entries {
        if seeds.iter().any(|s| s.key == e.id) {
            continue;
        }
        out.push(Row {
            key: e.id.clone(),
            title: e.title.clone(),
            added: Some(e.added),
            claim_count: Some(e.claim_count),
            embedded: false,
        });
    }
    out
}
