//! Mention resolution: one canonical entity per claimant.
//!
//! A speaker phrase is matched, in order, by its full name or an alias, by
//! a surname of a person, by an acronym introduced as `Name (ACR)`, and by
//! being a shorter form of a group or organisation's name ("officials" for
//! "Kazakh officials"). Pronouns go to the most recent claimant of a
//! compatible kind.

use super::attribution::{is_acronym, Phrase};
use super::model::{Entity, EntityId, EntityKind};
use super::span::Span;

/// Builds entities as claims are read in order.
pub struct Resolver<'a> {
    text: &'a str,
    pub entities: Vec<Entity>,
    /// `(acronym, full name)` pairs introduced anywhere in the text.
    acronyms: Vec<(String, String)>,
    /// Entities that made claims, most recent last.
    recent: Vec<EntityId>,
}

/// Normalises a name for comparison: lower case, one apostrophe style, no
/// leading "the", no possessive ending.
pub fn key(s: &str) -> String {
    let mut k: String = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_lowercase();
    for p in ["the "] {
        if let Some(r) = k.strip_prefix(p) {
            k = r.to_string();
        }
    }
    if let Some(r) = k.strip_suffix("'s") {
        k = r.to_string();
    } else if k.ends_with("s'") {
        k.pop();
    }
    k
}

impl<'a> Resolver<'a> {
    pub fn new(text: &'a str, acronyms: Vec<(String, String)>) -> Resolver<'a> {
        Resolver {
            text,
            entities: Vec::new(),
            acronyms,
            recent: Vec::new(),
        }
    }

    fn find(&self, name: &str, kind: EntityKind) -> Option<EntityId> {
        let k = key(name);
        if k.is_empty() {
            return None;
        }
        // Full name or alias.
        for e in &self.entities {
            if key(&e.name) == k || e.aliases.iter().any(|a| key(a) == k) {
                return Some(e.id);
            }
        }
        // An acronym's full name, or the full name of a known acronym.
        for (acr, full) in &self.acronyms {
            let (ka, kf) = (key(acr), key(full));
            if k == ka || k == kf {
                for e in &self.entities {
                    let ke = key(&e.name);
                    if ke == ka
                        || ke == kf
                        || e.aliases.iter().any(|a| key(a) == ka || key(a) == kf)
                    {
                        return Some(e.id);
                    }
                }
            }
        }
        let words: Vec<&str> = k.split(' ').collect();
        // A surname, or a name that ends another's ("Smith" for "John Smith").
        if words.len() == 1 && matches!(kind, EntityKind::Unknown | EntityKind::Person) {
            for e in self.entities.iter().rev() {
                if e.kind == EntityKind::Person
                    && key(&e.name).split(' ').next_back() == Some(words[0])
                {
                    return Some(e.id);
                }
            }
        }
        // A shorter form of a group's or organisation's name.
        if matches!(kind, EntityKind::Group | EntityKind::Organization) {
            for e in self.entities.iter().rev() {
                if e.kind != kind {
                    continue;
                }
                let ek = key(&e.name);
                if ek.ends_with(&format!(" {k}")) {
                    return Some(e.id);
                }
            }
        }
        None
    }

    fn add(&mut self, name: String, kind: EntityKind) -> EntityId {
        let id = EntityId(self.entities.len() as u32);
        self.entities.push(Entity {
            id,
            name,
            kind,
            aliases: Vec::new(),
            role: None,
            affiliation: None,
            mentions: Vec::new(),
        });
        id
    }

    fn add_alias(&mut self, id: EntityId, alias: &str) {
        let Some(e) = self.entities.get_mut(id.index()) else {
            return;
        };
        let ka = key(alias);
        if ka.is_empty() || key(&e.name) == ka || e.aliases.iter().any(|a| key(a) == ka) {
            return;
        }
        e.aliases.push(clean_name(alias));
    }

    fn mention(&mut self, id: EntityId, span: Span) {
        if let Some(e) = self.entities.get_mut(id.index()) {
            if !e.mentions.contains(&span) {
                e.mentions.push(span);
            }
        }
    }

    /// Resolves a named or described speaker, creating its entity if new.
    pub fn phrase(&mut self, p: &Phrase) -> EntityId {
        let raw = p.name.of(self.text);
        let name = clean_name(raw);
        let kind = p.kind;
        // An acronym alone: use the full name when the text introduced one.
        let full = self
            .acronyms
            .iter()
            .find(|(a, _)| key(a) == key(&name))
            .map(|(_, f)| f.clone());
        let id = match self.find(&name, kind) {
            Some(id) => id,
            None => {
                let (canonical, kind) = match &full {
                    Some(f) => (f.clone(), EntityKind::Organization),
                    None => (name.clone(), kind),
                };
                let id = self.add(canonical, kind);
                if full.is_some() {
                    self.add_alias(id, &name);
                }
                id
            }
        };
        // Keep aliases and a better kind.
        self.add_alias(id, &name);
        if let Some(a) = p.acronym {
            self.add_alias(id, a.of(self.text));
        }
        if let Some((acr, _)) = self
            .acronyms
            .iter()
            .find(|(_, f)| key(f) == key(&name))
            .cloned()
        {
            self.add_alias(id, &acr);
        }
        if let Some(e) = self.entities.get_mut(id.index()) {
            if e.kind == EntityKind::Unknown && kind != EntityKind::Unknown {
                e.kind = kind;
            }
            if e.role.is_none() {
                e.role = p.role.map(|r| clean_name(r.of(self.text)));
            }
        }
        if let Some(aff) = p.affiliation {
            let aff_name = clean_name(aff.of(self.text));
            if !aff_name.is_empty() {
                let aff_id = match self.find(&aff_name, EntityKind::Organization) {
                    Some(a) => a,
                    None => {
                        let full = self
                            .acronyms
                            .iter()
                            .find(|(a, _)| key(a) == key(&aff_name))
                            .map(|(_, f)| f.clone());
                        let kind = if is_acronym(&aff_name) || full.is_some() {
                            EntityKind::Organization
                        } else {
                            EntityKind::Unknown
                        };
                        let a = self.add(full.clone().unwrap_or(aff_name.clone()), kind);
                        if full.is_some() {
                            self.add_alias(a, &aff_name);
                        }
                        a
                    }
                };
                if aff_id != id {
                    self.mention(aff_id, aff);
                    if let Some(e) = self.entities.get_mut(id.index()) {
                        if e.affiliation.is_none() {
                            e.affiliation = Some(aff_id);
                        }
                    }
                }
            }
        }
        self.mention(id, p.mention);
        self.recent.push(id);
        id
    }

    /// Resolves a pronoun to the most recent claimant of a compatible kind.
    pub fn pronoun(&mut self, span: Span) -> Option<EntityId> {
        let found = self.peek_pronoun(span)?;
        self.mention(found, span);
        self.recent.push(found);
        Some(found)
    }

    /// What a pronoun would resolve to, without recording it.
    pub fn peek_pronoun(&self, span: Span) -> Option<EntityId> {
        let w = span.of(self.text).to_lowercase();
        let ok = |k: EntityKind| match w.as_str() {
            "he" | "she" => matches!(k, EntityKind::Person | EntityKind::Unknown),
            "it" => matches!(k, EntityKind::Organization | EntityKind::Unknown),
            "they" => matches!(
                k,
                EntityKind::Group | EntityKind::Organization | EntityKind::Unknown
            ),
            _ => false,
        };
        let found = self
            .recent
            .iter()
            .rev()
            .find(|id| self.entities.get(id.index()).is_some_and(|e| ok(e.kind)))
            .copied();
        found
    }

    /// The last entity that made a claim.
    pub fn last(&self) -> Option<EntityId> {
        self.recent.last().copied()
    }

    /// The entity's last mention starting before `before`.
    pub fn last_mention(&self, id: EntityId, before: usize) -> Option<Span> {
        self.entities
            .get(id.index())?
            .mentions
            .iter()
            .filter(|m| m.start() < before)
            .max_by_key(|m| m.start())
            .copied()
    }

    /// Finds the other mentions of each entity's name and aliases in `text`
    /// (whole words only), for highlighting; pronouns stay as resolved.
    pub fn finish(mut self, text: &str) -> Vec<Entity> {
        for e in &mut self.entities {
            let mut names: Vec<String> = vec![e.name.clone()];
            names.extend(e.aliases.iter().cloned());
            for n in names {
                if n.chars().count() < 2 || !n.chars().next().is_some_and(|c| c.is_uppercase()) {
                    continue;
                }
                for (at, _) in text.match_indices(n.as_str()) {
                    let end = at + n.len();
                    let before_ok = text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let after_ok = text[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if before_ok && after_ok {
                        if let Some(s) = Span::new(text, at, end) {
                            if !e.mentions.iter().any(|m| m.overlaps(s)) {
                                e.mentions.push(s);
                            }
                        }
                    }
                }
            }
            e.mentions.sort();
        }
        self.entities
    }
}

/// A name as displayed: one space between words, no leading "the", no
/// possessive ending.
pub fn clean_name(s: &str) -> String {
    let mut n = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in ["the ", "The "] {
        if let Some(r) = n.strip_prefix(p) {
            n = r.to_string();
        }
    }
    for suf in ["'s", "’s"] {
        if let Some(r) = n.strip_suffix(suf) {
            n = r.to_string();
        }
    }
    n
}

/// Finds `Full Name (ACR)` introductions: capitalised words followed by an
/// acronym in parentheses.
pub fn acronyms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for open in memchr::memchr_iter(b'(', b) {
        let Some(close_rel) = text[open + 1..].find(')') else {
            continue;
        };
        if close_rel > 12 {
            continue;
        }
        let acr = &text[open + 1..open + 1 + close_rel];
        if !is_acronym(acr) {
            continue;
        }
        // Capitalised words (with "of", "for", "and", "the") before it.
        let before = text[..open].trim_end();
        let words: Vec<&str> = before.split_whitespace().collect();
        let mut k = words.len();
        let mut caps = 0;
        while k > 0 {
            let w = words[k - 1];
            let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
            if cap {
                caps += 1;
                k -= 1;
            } else if matches!(w, "of" | "for" | "and" | "on") && caps > 0 && k >= 2 {
                k -= 1;
            } else {
                break;
            }
            if words.len() - k > 8 {
                break;
            }
        }
        while k < words.len() && matches!(words[k], "of" | "for" | "and" | "on" | "The") {
            k += 1;
        }
        if caps == 0 || k >= words.len() {
            continue;
        }
        let full = words[k..].join(" ");
        let initials: String = words[k..]
            .iter()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let acr_letters: String = acr.chars().filter(|c| c.is_uppercase()).collect();
        // Trim leading words that are not part of the acronym's name.
        let full = if initials.len() > acr_letters.len() && initials.ends_with(&acr_letters) {
            let drop = initials.len() - acr_letters.len();
            words[k + drop..].join(" ")
        } else {
            full
        };
        out.push((acr.to_string(), full.trim_start_matches("The ").to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_introductions() {
        let a = acronyms(
            "The group Human Rights Watch (HRW) and the World Health Organization (WHO) said.",
        );
        assert_eq!(
            a,
            [
                ("HRW".to_string(), "Human Rights Watch".to_string()),
                ("WHO".to_string(), "World Health Organization".to_string())
            ]
        );
    }

    #[test]
    fn keys_ignore_the_apostrophe_style_and_possessive() {
        assert_eq!(key("The Prosecutor’s Office"), key("prosecutor's office"));
        assert_eq!(key("HRW's"), "hrw");
    }
}
