//! Mention resolution: one canonical entity per claimant.
//!
//! A speaker phrase is matched, in order, by its full name or an alias, by
//! a surname of a person, by an acronym introduced as `Name (ACR)`, by an
//! organisation's first words or initials ("Oxfam", "UN"), by being a
//! shorter form of a group or organisation's name ("officials" for "local
//! officials"), by a role a person named lately holds ("the minister"), and
//! a named person takes over the entity the text knew only by their role.
//! Pronouns go to the most recent claimant of a compatible kind; "the
//! group", "the company" and "the statement" to the organisation, company
//! or author they stand for.

use super::attribution::{is_acronym, Phrase};
use super::lexicon::Fnv;
use super::lexicon::{
    is_document_noun, is_function_word, is_org_word, is_title, is_weekday, month, whole_words,
    FnvWordMap,
};
use super::model::{Entity, EntityId, EntityKind};
use super::span::Span;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Maps keyed by owned names, hashed the fast way (no untrusted-key
/// flooding to defend against in one report).
type NameMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Builds entities as claims are read in order.
pub struct Resolver<'a> {
    text: &'a str,
    pub entities: Vec<Entity>,
    /// Acronyms introduced anywhere in the text, with their full names
    /// (the first introduction wins), and the reverse.
    acronyms: NameMap<String>,
    /// Each `Full Name (ACR)` introduction in text order: where its
    /// parenthesis opens, the full name and the acronym.
    introduced: Vec<(usize, String, String)>,
    acronym_of: NameMap<String>,
    /// Entities that made claims, most recent last, with the paragraph
    /// where each did.
    recent: Vec<(EntityId, usize)>,
    /// The paragraph being read.
    paragraph: usize,
    /// Name and alias keys of every entity.
    keys: NameMap<EntityId>,
    /// `key(name)` of each entity, by index.
    name_keys: Vec<String>,
    /// Acronym key to full-name key and back.
    acronym_pairs: NameMap<String>,
    /// For [`Resolver::recent_ids`]: the call that last gave each entity,
    /// by index, and the number of the latest call.
    given: RefCell<Vec<u32>>,
    calls: Cell<u32>,
    /// The entities by the head noun of their name, in lower case
    /// ("coalition" for the Coalition of Aid Agencies in Ombaru).
    by_head: NameMap<Vec<EntityId>>,
}

/// How many paragraphs back a pronoun or "the group" may find the claimant
/// it refers to; further back, a writer names them again.
const REFERENCE_PARAGRAPHS: usize = 4;

/// How many recent entities are compared by surname or name suffix.
const RECENT_WINDOW: usize = 200;

/// Normalises a name for comparison: lower case, one apostrophe style, no
/// leading "the", no possessive ending.
pub fn key(s: &str) -> String {
    // One pass: words joined by one space, curly apostrophes made straight,
    // lower case.
    let mut k = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        for c in w.chars() {
            match c {
                '’' => k.push('\''),
                c if c.is_ascii() => k.push(c.to_ascii_lowercase()),
                c => k.extend(c.to_lowercase()),
            }
        }
    }
    if k.starts_with("the ") {
        k.drain(..4);
    }
    if k.ends_with("'s") {
        k.truncate(k.len() - 2);
    } else if k.ends_with("s'") {
        k.pop();
    }
    k
}

impl<'a> Resolver<'a> {
    #[inline(never)]
    pub fn new(text: &'a str, acronyms: Vec<(String, String, usize)>) -> Resolver<'a> {
        let mut acronym_pairs = NameMap::default();
        let mut by_acronym = NameMap::default();
        let mut acronym_of = NameMap::default();
        let introduced: Vec<(usize, String, String)> = acronyms
            .iter()
            .map(|(a, f, at)| (*at, f.clone(), a.clone()))
            .collect();
        for (a, f, _) in acronyms {
            acronym_pairs.entry(key(&a)).or_insert_with(|| key(&f));
            acronym_pairs.entry(key(&f)).or_insert_with(|| key(&a));
            acronym_of.entry(f.clone()).or_insert_with(|| a.clone());
            by_acronym.entry(a).or_insert(f);
        }
        Resolver {
            text,
            entities: Vec::new(),
            acronyms: by_acronym,
            introduced,
            acronym_of,
            recent: Vec::new(),
            paragraph: 0,
            keys: NameMap::default(),
            name_keys: Vec::new(),
            acronym_pairs,
            given: RefCell::new(Vec::new()),
            calls: Cell::new(0),
            by_head: NameMap::default(),
        }
    }

    fn find(&self, name: &str, kind: EntityKind) -> Option<EntityId> {
        let k = key(name);
        if k.is_empty() {
            return None;
        }
        // Full name or alias.
        if let Some(id) = self.keys.get(&k) {
            return Some(*id);
        }
        // An acronym's full name, or the full name of a known acronym.
        if let Some(other) = self.acronym_pairs.get(&k) {
            if let Some(id) = self.keys.get(other) {
                return Some(*id);
            }
        }
        // Only recent entities are compared word by word, so that a long
        // report stays linear.
        let recent = self.entities.len().saturating_sub(RECENT_WINDOW);
        // A surname: "Smith" for "John Smith".
        if !k.contains(' ') && matches!(kind, EntityKind::Unknown | EntityKind::Person) {
            for e in self.entities[recent..].iter().rev() {
                if e.kind == EntityKind::Person
                    && self.name_keys[e.id.index()].rsplit(' ').next() == Some(k.as_str())
                {
                    return Some(e.id);
                }
            }
        }
        // A surname of two or three words: "Ben Salem" for "Amira Ben
        // Salem", "de la Cruz" for "Ana de la Cruz".
        if k.contains(' ')
            && k.split(' ').count() <= 3
            && name
                .split(' ')
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && matches!(kind, EntityKind::Unknown | EntityKind::Person)
        {
            let suffix = format!(" {k}");
            for e in self.entities[recent..].iter().rev() {
                if e.kind == EntityKind::Person && self.name_keys[e.id.index()].ends_with(&suffix) {
                    return Some(e.id);
                }
            }
        }
        // The short form of an organisation's name, its first words:
        // "Oxfam" after "Oxfam International".
        let capitalised = name.starts_with(char::is_uppercase);
        if capitalised
            && k.len() >= 3
            && matches!(kind, EntityKind::Unknown | EntityKind::Organization)
        {
            let prefix = format!("{k} ");
            for e in self.entities[recent..].iter().rev() {
                if e.kind == EntityKind::Organization
                    && self.name_keys[e.id.index()].starts_with(&prefix)
                {
                    return Some(e.id);
                }
            }
        }
        // Initials never introduced as such: "the UN" after "the United
        // Nations", and the other way round.
        if capitalised && matches!(kind, EntityKind::Unknown | EntityKind::Organization) {
            let acronym = is_acronym(name).then(|| name.replace('.', ""));
            let mine = initials(name);
            for e in self.entities[recent..].iter().rev() {
                if e.kind != EntityKind::Organization {
                    continue;
                }
                let same = match &acronym {
                    Some(a) => initials(&e.name).as_deref() == Some(a.as_str()),
                    None => {
                        is_acronym(&e.name) && mine.as_deref() == Some(&e.name.replace('.', ""))
                    }
                };
                if same {
                    return Some(e.id);
                }
            }
        }
        // A shorter form of a group's or organisation's name.
        if matches!(kind, EntityKind::Group | EntityKind::Organization) {
            let suffix = format!(" {k}");
            for e in self.entities[recent..].iter().rev() {
                if e.kind == kind && self.name_keys[e.id.index()].ends_with(&suffix) {
                    return Some(e.id);
                }
            }
        }
        None
    }

    /// The full name introduced for an acronym, if any.
    fn full_name_of(&self, acronym: &str) -> Option<String> {
        self.acronyms.get(acronym).cloned()
    }

    fn add(&mut self, name: String, kind: EntityKind) -> EntityId {
        let id = EntityId(self.entities.len() as u32);
        let k = key(&name);
        self.keys.entry(k.clone()).or_insert(id);
        self.name_keys.push(k);
        if let Some(h) = head_noun(&name) {
            self.by_head.entry(h.to_lowercase()).or_default().push(id);
        }
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
        // Already its name or one of its aliases; the last check is needed
        // only when another entity took that key first.
        if ka.is_empty()
            || self.name_keys.get(id.index()) == Some(&ka)
            || self.keys.get(&ka) == Some(&id)
            || e.aliases.iter().any(|a| key(a) == ka)
        {
            return;
        }
        e.aliases.push(clean_name(alias));
        self.keys.entry(ka).or_insert(id);
    }

    fn mention(&mut self, id: EntityId, span: Span) {
        if let Some(e) = self.entities.get_mut(id.index()) {
            // Mentions arrive in text order; only the last can repeat.
            if e.mentions.last() != Some(&span) {
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
        let full = self.full_name_of(&name);
        let found = self
            .find(&name, kind)
            .or_else(|| self.person_in_role(p, &name))
            .or_else(|| self.group_by_head(p, &name))
            .or_else(|| self.described_before(p, &name))
            .or_else(|| self.organisation_described_before(p, &name));
        let id = match found {
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
        if let Some(acr) = self.acronym_of.get(&name).cloned() {
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
                        let full = self.full_name_of(&aff_name);
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
        // "An ODP spokeswoman": the body its acronym names.
        // So is "NSRA director Meera Gautani".
        if p.affiliation.is_none() {
            let role = p.role.map(|r| r.of(self.text));
            let org = self
                .acronym_before_role(&name)
                .or_else(|| role.and_then(|r| self.acronym_before_role(r)));
            if let Some(org) = org {
                if let Some(e) = self.entities.get_mut(id.index()) {
                    if org != id && e.affiliation.is_none() {
                        e.affiliation = Some(org);
                    }
                }
            }
        }
        // "Ibrahim Sallah, the charity's coordinator": the charity named
        // before speaks through its coordinator.
        if p.affiliation.is_none() {
            if let Some(org) = p.role.and_then(|role| {
                let r = role.of(self.text);
                self.possessor_organisation(r)
                    .or_else(|| self.ministry_of_minister(r))
                    .or_else(|| self.organisation_of_its(role))
                    .or_else(|| self.named_at(r))
            }) {
                if let Some(e) = self.entities.get_mut(id.index()) {
                    if org != id && e.affiliation.is_none() {
                        e.affiliation = Some(org);
                    }
                }
            }
        }
        self.mention(id, p.mention);
        self.recent.push((id, self.paragraph));
        id
    }

    /// The organisation a role's possessive common noun refers back to:
    /// "the charity's coordinator" after "the charity Clean Wells
    /// Alliance", "the union's representative" after "the Union of
    /// Technical Employees", "a ministry spokesman" after "the Ministry of
    /// Justice". Among the last claimants, the nearest
    /// organisation whose name or role has that noun. A possessive name
    /// is the organisation so named ("Dravo's chief executive" after
    /// "Dravo Components").
    fn possessor_organisation(&self, role: &str) -> Option<EntityId> {
        let first = role
            .split_whitespace()
            .find(|w| !w.eq_ignore_ascii_case("the"))?;
        // "the charity's coordinator"; "a ministry spokesman".
        let noun = match first
            .strip_suffix("'s")
            .or_else(|| first.strip_suffix("’s"))
        {
            Some(n) => n,
            None if role.split_whitespace().count() >= 2
                && !first.eq_ignore_ascii_case("a")
                && !first.eq_ignore_ascii_case("an") =>
            {
                first
            }
            None => role
                .split_whitespace()
                .nth(1)
                .filter(|_| role.split_whitespace().count() >= 3)?,
        };
        // "Dravo's chief executive": an organisation named before, by its
        // name or the first words of it; never a person ("Ruiz's rival").
        if noun.starts_with(char::is_uppercase) && first.len() > noun.len() {
            return self.find(noun, EntityKind::Organization).filter(|id| {
                self.entities
                    .get(id.index())
                    .is_some_and(|e| e.kind == EntityKind::Organization)
            });
        }
        // "Police spokesman Inspector Abel Mutasa" after "Police said":
        // a body named by its one word, among the last claimants.
        if noun == first && noun.starts_with(char::is_uppercase) && !is_title(noun) {
            return self.recent.iter().rev().take(12).find_map(|&(id, _)| {
                let e = self.entities.get(id.index())?;
                (matches!(e.kind, EntityKind::Organization | EntityKind::Group)
                    && e.name.split_whitespace().next() == Some(noun))
                .then_some(id)
            });
        }
        if noun.len() < 4 || !noun.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        self.recent.iter().rev().take(12).find_map(|&(id, _)| {
            let e = self.entities.get(id.index())?;
            let names = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(noun))
            };
            // Or so referred to lately: "a club spokesman" after "the
            // club said" of Brunnvik IF.
            let referred = || {
                e.mentions.iter().rev().take(8).any(|m| {
                    m.of(self.text).split_whitespace().count() <= 3 && names(m.of(self.text))
                })
            };
            (e.kind == EntityKind::Organization
                && (names(&e.name) || e.role.as_deref().is_some_and(names) || referred()))
            .then_some(id)
        })
    }

    /// "ODP spokeswoman": an acronym before a role in lower case, the
    /// body it names (its full name when the text gave one).
    fn acronym_before_role(&mut self, name: &str) -> Option<EntityId> {
        let (acr, rest) = name.split_once(' ')?;
        if !is_acronym(acr) || rest.is_empty() || rest.chars().any(char::is_uppercase) {
            return None;
        }
        let full = self.full_name_of(acr);
        let wanted = full.clone().unwrap_or_else(|| acr.to_string());
        Some(match self.find(&wanted, EntityKind::Organization) {
            Some(id) => id,
            None => {
                let id = self.add(wanted, EntityKind::Organization);
                if full.is_some() {
                    self.add_alias(id, acr);
                }
                id
            }
        })
    }

    /// "Its director, Baraka Ndiritu": the organisation that "its" stands
    /// for, the last one to speak.
    fn organisation_of_its(&self, role: Span) -> Option<EntityId> {
        let before = self.text[..role.start()].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !matches!(word, "Its" | "its") {
            return None;
        }
        self.recent.iter().rev().take(12).find_map(|&(id, _)| {
            let e = self.entities.get(id.index())?;
            (e.kind == EntityKind::Organization).then_some(id)
        })
    }

    /// "environmental manager at Kestrel Paper": the organisation named
    /// after "at" in a role, when the text knows it; else a new one.
    fn named_at(&mut self, role: &str) -> Option<EntityId> {
        let (_, org) = role.split_once(" at ")?;
        let org = clean_name(org);
        let words: Vec<&str> = org.split_whitespace().collect();
        let capitalised = !words.is_empty()
            && words.len() <= 6
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || is_function_word(w));
        if !capitalised {
            return None;
        }
        Some(match self.find(&org, EntityKind::Organization) {
            Some(id) => id,
            None => self.add(org, EntityKind::Organization),
        })
    }

    /// The ministry a minister heads, named before: "Interior Minister
    /// Oskar Drevin" after "the interior ministry said", "the minister of
    /// health" after "the Health Ministry". Not a prime minister, who
    /// heads no ministry.
    fn ministry_of_minister(&self, role: &str) -> Option<EntityId> {
        let words: Vec<String> = role
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let k = words.iter().position(|w| w == "minister")?;
        let portfolio = match words.get(k + 1).map(String::as_str) {
            Some("of" | "for") => words[k + 2..].iter().find(|w| *w != "the")?,
            _ => words.get(k.checked_sub(1)?)?,
        };
        if portfolio.len() < 4
            || matches!(portfolio.as_str(), "prime" | "deputy" | "former" | "chief")
        {
            return None;
        }
        // Among the last entities named, so that each minister costs a
        // bounded read however long the report.
        self.entities.iter().rev().take(256).find_map(|e| {
            let has = |x: &str| {
                e.name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(x))
            };
            (e.kind == EntityKind::Organization && has("ministry") && has(portfolio))
                .then_some(e.id)
        })
    }

    /// Resolves a pronoun to the most recent claimant of a compatible kind.
    pub fn pronoun(&mut self, span: Span) -> Option<EntityId> {
        let found = self.peek_pronoun(span)?;
        self.mention(found, span);
        self.recent.push((found, self.paragraph));
        Some(found)
    }

    /// "The minister said" after "Ruth Abebe, the finance minister, said":
    /// a definite description of a role refers to the person named lately
    /// in that role (every word of the description in the role, the same
    /// last word).
    fn person_in_role(&self, p: &Phrase, name: &str) -> Option<EntityId> {
        if !role_description(p, name, self.text) {
            return None;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        self.recent_ids().find(|id| {
            self.entities.get(id.index()).is_some_and(|e| {
                e.kind == EntityKind::Person
                    && e.name.starts_with(char::is_uppercase)
                    && e.role.as_deref().is_some_and(|r| fills_role(&words, r))
            })
        })
    }

    /// "The coalition said" after "a coalition of indigenous organisations
    /// said": a definite description by one noun refers to the group or
    /// organisation named lately by that noun and what it is of or for.
    fn group_by_head(&self, p: &Phrase, name: &str) -> Option<EntityId> {
        let first = p.mention.of(self.text).split_whitespace().next()?;
        let one_noun = !name.is_empty() && name.chars().all(|c| c.is_lowercase());
        if !first.eq_ignore_ascii_case("the") || !one_noun || p.affiliation.is_some() {
            return None;
        }
        let of = format!("{name} of ");
        let r#for = format!("{name} for ");
        self.recent_ids().find(|id| {
            self.entities.get(id.index()).is_some_and(|e| {
                let k = &self.name_keys[id.index()];
                e.kind != EntityKind::Person && (k.starts_with(&of) || k.starts_with(&r#for))
            })
        })
    }

    /// "Finance Minister Ruth Abebe" after "the country's finance minister
    /// said": a person named with a role takes over the entity that the
    /// text knew only by that role (its name given now), so that they are
    /// one claimant. Also "The lawyer, Piet Venter, said" after "the club's
    /// lawyer says".
    fn described_before(&mut self, p: &Phrase, name: &str) -> Option<EntityId> {
        let role = p.role?.of(self.text);
        let named = name.starts_with(char::is_uppercase) && !is_acronym(name);
        if !named || !matches!(p.kind, EntityKind::Person | EntityKind::Unknown) {
            return None;
        }
        let id = self.recent_ids().find(|id| {
            self.entities.get(id.index()).is_some_and(|e| {
                // "The spokeswoman, Marit Oyelaran" after "an ODP
                // spokeswoman": the role without the body's acronym.
                let described = match e.name.split_once(' ') {
                    Some((acr, rest)) if is_acronym(acr) && e.affiliation.is_some() => rest,
                    _ => e.name.as_str(),
                };
                let words: Vec<&str> = described.split_whitespace().collect();
                // Either way: "the official" after "the top health official".
                let role_words: Vec<&str> = role.split_whitespace().collect();
                // "The spokeswoman, Lucia Ferrer" after "a spokeswoman for
                // the company": the description up to its preposition.
                let head: Vec<&str> = words
                    .iter()
                    .copied()
                    .take_while(|w| !matches!(*w, "for" | "of" | "at" | "in" | "from" | "with"))
                    .collect();
                e.kind == EntityKind::Person
                    && described.chars().all(|c| !c.is_uppercase())
                    && (fills_role(&words, role)
                        || fills_role(&role_words, described)
                        || head.len() < words.len()
                            && (fills_role(&head, role)
                                || fills_role(&role_words, &head.join(" "))))
            })
        })?;
        let e = self.entities.get_mut(id.index())?;
        e.name = clean_name(name);
        let k = key(&e.name);
        self.keys.entry(k.clone()).or_insert(id);
        self.name_keys[id.index()] = k;
        Some(id)
    }

    /// "The Coalition of Aid Agencies in Ombaru (CAAO) said" after "a
    /// coalition of relief agencies said" in the lead: an organisation
    /// named for the first time takes over the entity that the text knew
    /// only by an indefinite description whose head noun its name holds
    /// ("coalition", "federation"), so that they are one claimant.
    fn organisation_described_before(&mut self, p: &Phrase, name: &str) -> Option<EntityId> {
        let named = name.starts_with(char::is_uppercase) && !is_acronym(name);
        if !named || p.kind != EntityKind::Organization {
            return None;
        }
        let words: Vec<String> = name
            .split_whitespace()
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_end_matches(['\'', '’'])
                    .to_lowercase()
            })
            .collect();
        let text = self.text;
        let id = self.recent_ids().find(|id| {
            self.entities.get(id.index()).is_some_and(|e| {
                let indefinite = e.mentions.first().is_some_and(|m| {
                    let w = m.of(text).split_whitespace().next().unwrap_or("");
                    w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
                });
                let head = e
                    .name
                    .split_whitespace()
                    .take_while(|w| {
                        !matches!(*w, "for" | "of" | "at" | "in" | "from" | "with")
                            && !w.ends_with("ing")
                    })
                    .last()
                    .map(|w| w.trim_end_matches(['\'', '’', 's']));
                // "a miners' union" before "the Korvath Miners' Federation",
                // "a local rights group" before "the Citizens' Rights
                // Observatory": a word that tells what kind of body it is.
                let described: Vec<&str> = e
                    .name
                    .split_whitespace()
                    .take_while(|w| !matches!(*w, "for" | "of" | "at" | "in" | "from" | "with"))
                    .collect();
                let telling = described
                    .iter()
                    .take(described.len().saturating_sub(1))
                    .map(|w| w.trim_end_matches(['\'', '’']).trim_end_matches('s'))
                    .filter(|w| w.len() >= 4 && !is_plain_modifier(w))
                    .any(|m| words.iter().any(|w| w.trim_end_matches('s') == m));
                e.kind != EntityKind::Person
                    && indefinite
                    && e.name.chars().all(|c| !c.is_uppercase())
                    && head.is_some_and(|h| {
                        h.len() >= 4
                            && (!matches!(h, "group" | "source" | "organisation" | "organization")
                                && words.iter().any(|w| w.trim_end_matches('s') == h)
                                || telling && is_body_noun(h))
                    })
            })
        })?;
        let e = self.entities.get_mut(id.index())?;
        // The description stays a way to name it: "the union's estimate".
        let described = std::mem::replace(&mut e.name, clean_name(name));
        if !e.aliases.contains(&described) {
            e.aliases.push(described);
        }
        e.kind = EntityKind::Organization;
        let k = key(&e.name);
        if let Some(h) = head_noun(&e.name) {
            self.by_head.entry(h.to_lowercase()).or_default().push(id);
        }
        self.keys.entry(k.clone()).or_insert(id);
        self.name_keys[id.index()] = k;
        Some(id)
    }

    /// "the group", "the organisation", "the rights group": a definite
    /// description that names no organisation but stands for one.
    pub fn describes_organisation(&self, p: &Phrase) -> bool {
        let mention = p.mention.of(self.text);
        let mut words: Vec<&str> = mention.split_whitespace().collect();
        // "The group's own sample count": the count's owner is described.
        if let Some(k) = words
            .iter()
            .position(|w| w.ends_with("'s") || w.ends_with("’s"))
        {
            words.truncate(k + 1);
            let last = words[k];
            words[k] = last
                .strip_suffix("'s")
                .or_else(|| last.strip_suffix("’s"))
                .unwrap_or(last);
        }
        let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let head = words.last().copied().unwrap_or("");
        let anaphoric_head = matches!(
            head,
            "party"
                | "union"
                | "association"
                | "network"
                | "group"
                | "organisation"
                | "organization"
                | "agency"
                | "charity"
                | "watchdog"
                | "body"
                | "coalition"
                | "company"
                | "firm"
                | "movement"
                | "club"
        );
        // "the rights group", "the London-based group".
        let plain = words.len() <= 3
            && words[1..]
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') || w.ends_with("-based"));
        definite && anaphoric_head && plain && p.affiliation.is_none()
    }

    /// "the group", "the organisation", "the rights group": a definite
    /// description that names no one refers back to the last organisation
    /// that made a claim.
    pub fn anaphor(&mut self, p: &Phrase) -> Option<EntityId> {
        if let Some(id) = self.by_head_noun(p).or_else(|| self.document_author(p)) {
            self.mention(id, p.mention);
            self.recent.push((id, self.paragraph));
            return Some(id);
        }
        if !self.describes_organisation(p) {
            return None;
        }
        // "the body", "the agency" may be a public body; "the company",
        // "the group" and the like are not the army or a ministry.
        let description = p.mention.of(self.text);
        let description = description
            .split_once("'s ")
            .or_else(|| description.split_once("’s "))
            .map_or(description, |(owner, _)| owner);
        let head = description.rsplit(' ').next().unwrap_or("");
        let public_ok = matches!(head, "body" | "agency");
        // "the company", "the firm": a company is often known by a bare
        // name ("Siemens said"), which nothing marks as an organisation.
        let company = matches!(head, "company" | "firm" | "club");
        let union = head == "union";
        let fits = |id: &EntityId| {
            self.entities.get(id.index()).is_some_and(|e| {
                let kind_ok = e.kind == EntityKind::Organization
                    || company && e.kind == EntityKind::Unknown && !is_acronym(&e.name);
                if !kind_ok || !e.name.starts_with(|c: char| c.is_uppercase()) {
                    return false;
                }
                let head = e.name.rsplit(' ').next().unwrap_or("");
                // A named organisation: "the group" does not refer
                // back to "the ministry" or to a report.
                // "Local media" is capitalised only where a sentence starts.
                let common_phrase = e.name.contains(' ')
                    && e.name
                        .split(' ')
                        .skip(1)
                        .all(|w| !w.starts_with(|c: char| c.is_uppercase()));
                // "The company said" is not the union that spoke last.
                let not_a_firm = || company && names_no_firm(&e.name);
                // Nor is "the union" the company: a union is named as one
                // ("Union of …", "… Workers' Federation"), or so described.
                let not_a_union = || {
                    union && {
                        let unionish = |s: &str| {
                            s.split(|c: char| !c.is_alphanumeric()).any(|w| {
                                matches!(
                                    w.to_ascii_lowercase().as_str(),
                                    "union" | "unions" | "federation" | "workers" | "employees"
                                )
                            })
                        };
                        !unionish(&e.name) && !e.role.as_deref().is_some_and(unionish)
                    }
                };
                // "The weather agency" is not the relief group described
                // before as "a volunteer network": a described body is
                // referred to by its own noun.
                let other_noun = || {
                    let modified = description.split(' ').count() >= 3;
                    let noun = e.role.as_deref().and_then(|r| r.rsplit(' ').next());
                    modified && noun.is_some_and(|n| !n.eq_ignore_ascii_case(head))
                };
                !common_phrase
                    && !not_a_firm()
                    && !not_a_union()
                    && !other_noun()
                    && !is_document_noun(&head.to_ascii_lowercase())
                    && (public_ok || !names_public_body(&e.name))
            })
        };
        // "The company" may be the report's subject, named paragraphs
        // before: the last company of the recent mentions, however far
        // back, when none is near.
        let claimed = self.recent_ids().find(fits).or_else(|| {
            if !company {
                return None;
            }
            self.recent
                .iter()
                .rev()
                .take(RECENT_WINDOW)
                .map(|&(id, _)| id)
                .find(|id| fits(id))
        });
        // With no organisation among the recent claimants, the one the text
        // introduced last by its shape, "Full Name (ACR)", even if it has
        // claimed nothing yet: "Lawyers Without Borders (LWB) published a
        // report. The group said …".
        let id = match claimed {
            Some(id) => id,
            None => {
                let at = p.mention.start();
                let n = self.introduced.partition_point(|(pos, _, _)| *pos < at);
                let (_, full, acr) = self.introduced.get(n.checked_sub(1)?)?.clone();
                if !public_ok && names_public_body(&full) || company && names_no_firm(&full) {
                    return None;
                }
                match self.find(&full, EntityKind::Organization) {
                    Some(id) => id,
                    None => {
                        let id = self.add(full, EntityKind::Organization);
                        self.add_alias(id, &acr);
                        id
                    }
                }
            }
        };
        if let Some(e) = self.entities.get_mut(id.index()) {
            if e.kind == EntityKind::Unknown {
                e.kind = EntityKind::Organization;
            }
        }
        self.mention(id, p.mention);
        self.recent.push((id, self.paragraph));
        Some(id)
    }

    /// "The statement said" after "a statement from the Ministry of
    /// Health": a document speaks for its author, found where the text
    /// last mentioned that kind of document, within [`DOCUMENT_LOOK_BACK`]
    /// bytes: "a report by Amnesty International", "the ministry's
    /// statement", "Oxfam said in a statement", "the union issued a letter".
    fn document_author(&mut self, p: &Phrase) -> Option<EntityId> {
        let mention = p.mention.of(self.text);
        let mut words = mention.split_whitespace();
        let (the, noun) = (words.next()?, words.next()?);
        if words.next().is_some() || !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let noun = noun.to_ascii_lowercase();
        if !is_document_noun(&noun) {
            return None;
        }
        let end = p.mention.start();
        let mut start = end.saturating_sub(DOCUMENT_LOOK_BACK);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let window = &self.text[start..end];
        let lower = window.to_ascii_lowercase();
        // The last earlier mention of the noun, as a whole word.
        let at = whole_words(&lower, &noun).last()?;
        let before = window[..at].trim_end();
        let after = window[at + noun.len()..].trim_start();
        let by = [
            "from ",
            "by ",
            "issued by ",
            "released by ",
            "published by ",
        ]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .and_then(leading_name);
        // "In a 48-page report presented in Tunis, the group said …":
        // the document opens a sentence whose speaker, an organisation
        // that has spoken lately, is its author.
        let opens_sentence = {
            let words: Vec<&str> = before.split_whitespace().rev().take(6).collect();
            words.windows(2).enumerate().any(|(j, w)| {
                w[1].eq_ignore_ascii_case("in")
                    && matches!(w[0], "a" | "its")
                    && words[..j].iter().all(|x| !x.contains(['.', ',', ';']))
            })
        };
        let name = by
            .or_else(|| {
                if opens_sentence {
                    let id = self.recent_ids().find(|id| {
                        self.entities.get(id.index()).is_some_and(|e| {
                            e.kind == EntityKind::Organization && !names_public_body(&e.name)
                        })
                    });
                    if let Some(e) = id.and_then(|id| self.entities.get(id.index())) {
                        return Some(e.name.clone());
                    }
                }
                None
            })
            .or_else(|| {
                // "the ministry's statement", "Oxfam's new report".
                let owner = before
                    .rsplit_once(' ')
                    .map_or(before, |(_, w)| w)
                    .strip_suffix("'s")
                    .or_else(|| before.strip_suffix("’s"));
                owner.and_then(|_| trailing_name(super::lexicon::without_possessive(before)))
            })
            .or_else(|| {
                // "Oxfam said in a statement", "the union issued a letter".
                let head = before
                    .strip_suffix(" a")
                    .or_else(|| before.strip_suffix(" an"))?
                    .trim_end();
                let head = head.strip_suffix(" in").unwrap_or(head);
                let verb = head.rsplit(' ').next()?;
                matches!(
                    verb,
                    "said" | "says" | "issued" | "released" | "published" | "sent" | "wrote"
                )
                .then(|| head[..head.len() - verb.len()].trim_end())
                .and_then(trailing_name)
            })?;
        let kind = if name.split(' ').any(is_org_word) || is_acronym(&name) {
            EntityKind::Organization
        } else {
            EntityKind::Unknown
        };
        Some(match self.find(&name, kind) {
            Some(id) => id,
            None => self.add(name, kind),
        })
    }

    /// "the authority", "the commission", "the ministry": the organisation
    /// named lately whose name has that head noun ("the Independent Policing
    /// Oversight Authority", "the National Commission on Human Rights").
    fn by_head_noun(&self, p: &Phrase) -> Option<EntityId> {
        if p.affiliation.is_some() {
            return None;
        }
        // "the authority", "the ministry's report": a definite mention
        // whose name is one common noun.
        let the = p
            .mention
            .of(self.text)
            .split_whitespace()
            .next()
            .unwrap_or("");
        let noun = p.name.of(self.text);
        if !the.eq_ignore_ascii_case("the")
            || noun.len() < 4
            || !noun.bytes().all(|b| b.is_ascii_lowercase())
            // Words that name more than the organisation: "the state".
            || matches!(noun, "state" | "world" | "people" | "public" | "nation")
        {
            return None;
        }
        let headed = |id: &EntityId| {
            self.entities.get(id.index()).is_some_and(|e| {
                e.kind == EntityKind::Organization
                    && head_noun(&e.name).is_some_and(|h| h.eq_ignore_ascii_case(noun))
            })
        };
        // "The coalition said", paragraphs after the Coalition of Aid
        // Agencies last spoke: the one organisation of the report so
        // headed, however far back.
        self.recent_ids().find(headed).or_else(|| {
            let mut all = self.by_head.get(noun)?.iter().filter(|id| headed(id));
            let id = *all.next()?;
            all.next().is_none().then_some(id)
        })
    }

    /// Records a pronoun that refers to a known entity.
    pub fn mention_pronoun(&mut self, id: EntityId, span: Span) {
        self.mention(id, span);
        self.recent.push((id, self.paragraph));
    }

    /// What a pronoun would resolve to, without recording it.
    pub fn peek_pronoun(&self, span: Span) -> Option<EntityId> {
        let w = span.of(self.text).to_lowercase();
        let ok = |k: EntityKind| match w.as_str() {
            "he" | "she" | "his" | "her" => matches!(k, EntityKind::Person | EntityKind::Unknown),
            "it" | "its" => matches!(k, EntityKind::Organization | EntityKind::Unknown),
            "they" | "their" => matches!(
                k,
                EntityKind::Group | EntityKind::Organization | EntityKind::Unknown
            ),
            _ => false,
        };
        let found = self
            .recent_ids()
            .find(|id| self.entities.get(id.index()).is_some_and(|e| ok(e.kind)));
        found
    }

    /// The entities mentioned lately, the latest first: within the last
    /// [`RECENT_WINDOW`] mentions and [`REFERENCE_PARAGRAPHS`] paragraphs.
    /// Each entity comes once, at its latest mention: every caller looks
    /// for the first one that passes a test of the entity alone, which a
    /// repeat fails again, and a long paragraph of claims by a few speakers
    /// would otherwise test each of them up to 200 times.
    fn recent_ids(&self) -> impl Iterator<Item = EntityId> + '_ {
        let mut call = self.calls.get().wrapping_add(1);
        if let Ok(mut given) = self.given.try_borrow_mut() {
            if call == 0 {
                given.iter_mut().for_each(|g| *g = 0);
                call = 1;
            }
            if given.len() < self.entities.len() {
                given.resize(self.entities.len(), 0);
            }
        }
        self.calls.set(call);
        self.recent
            .iter()
            .rev()
            .take(RECENT_WINDOW)
            .take_while(|&&(_, p)| p + REFERENCE_PARAGRAPHS >= self.paragraph)
            .map(|&(id, _)| id)
            .filter(move |id| {
                let Ok(mut given) = self.given.try_borrow_mut() else {
                    return true;
                };
                match given.get_mut(id.index()) {
                    Some(g) if *g == call => false,
                    Some(g) => {
                        *g = call;
                        true
                    }
                    None => true,
                }
            })
    }

    /// Moves to paragraph `p`: pronouns refer back only a few paragraphs.
    pub fn at_paragraph(&mut self, p: usize) {
        self.paragraph = p;
    }

    /// The last entity that made a claim.
    pub fn last(&self) -> Option<EntityId> {
        self.recent.last().map(|&(id, _)| id)
    }

    /// The entity's last mention starting before `before`.
    pub fn last_mention(&self, id: EntityId, before: usize) -> Option<Span> {
        self.entities
            .get(id.index())?
            .mentions
            .iter()
            .rev()
            .find(|m| m.start() < before)
            .copied()
    }

    /// Finds the other mentions of each entity's name and aliases in `text`
    /// (whole words only), for highlighting; pronouns stay as resolved.
    /// `capital_words` are the words of the text that start with a capital
    /// letter, in text order ([`super::tokens::Toks::capital_words`]): a
    /// name can only start at one of them.
    /// A person known only by a surname ("Zelensky said") whom the text
    /// named in full earlier, outside any claim ("President Volodymyr
    /// Zelensky met …"), takes the full name, and the title before it as
    /// a role.
    fn full_names(&mut self, text: &str, capital_words: &[Span]) {
        let word_before = |at: usize| -> Option<(usize, &str)> {
            let head = text.get(..at)?.strip_suffix(' ')?;
            let start = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '-' | '.'))
                .last()
                .map(|(i, _)| i)?;
            let w = &head[start..];
            w.starts_with(char::is_uppercase).then_some((start, w))
        };
        // The people to look for, by surname, with their first mention.
        let mut wanted: FnvWordMap<(usize, usize)> = FnvWordMap::default();
        for (i, e) in self.entities.iter().enumerate() {
            let single = !e.name.contains(' ')
                && e.name.chars().count() > 2
                && e.name.starts_with(char::is_uppercase)
                && !is_acronym(&e.name);
            if single && matches!(e.kind, EntityKind::Person | EntityKind::Unknown) {
                let first = e.mentions.iter().map(|m| m.start()).min().unwrap_or(0);
                wanted.insert(e.name.as_str(), (i, first));
            }
        }
        if wanted.is_empty() {
            return;
        }
        let mut found: Vec<(usize, String, Option<String>)> = Vec::new();
        for (k, w) in capital_words.iter().enumerate() {
            // Only a word right after another capitalised word can end a
            // full name; one look at the previous span skips the rest.
            let after_capital = k > 0 && {
                let p = capital_words[k - 1].end();
                p + 1 == w.start() || p + 2 == w.start() && text.as_bytes()[p] == b'.'
            };
            if !after_capital {
                continue;
            }
            let Some(&(i, first_mention)) = wanted.get(w.of(text)) else {
                continue;
            };
            if w.start() >= first_mention || found.iter().any(|f| f.0 == i) {
                continue;
            }
            let Some((f0, first)) = word_before(w.start()) else {
                continue;
            };
            let name_word = |word: &str| {
                let plain = word.trim_end_matches('.');
                !(word.ends_with('.') && plain.chars().count() > 1
                    || is_title(plain)
                    || is_org_word(plain)
                    || is_function_word(&plain.to_lowercase())
                    || month(plain).is_some()
                    || is_weekday(plain))
            };
            let initial = |word: &str| word.ends_with('.') && word.chars().count() == 2;
            if !name_word(first) {
                continue;
            }
            // Back over initials to the first name: "William B. Hartsfield",
            // "B. D. Pelham".
            let (mut f0, mut first) = (f0, first);
            let mut start = f0;
            while initial(first) {
                match word_before(f0) {
                    Some((p0, p)) if name_word(p) && start - p0 < 40 => {
                        (f0, first) = (p0, p);
                        start = p0;
                    }
                    _ => break,
                }
            }
            // Initials alone after a number are an address: "637 E. Pelham".
            if initial(first)
                && text[..start]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let name = format!("{} {}", &text[start..w.start() - 1], w.of(text));
            // Titles just before the name: "Ukrainian President".
            let mut role = None;
            if let Some((t0, t)) = word_before(f0) {
                if is_title(t.trim_end_matches('.')) {
                    let mut r0 = t0;
                    if let Some((a0, a)) = word_before(t0) {
                        if !is_function_word(&a.to_lowercase()) && !is_title(a) {
                            r0 = a0;
                        }
                    }
                    role = Some(text[r0..t0 + t.len()].to_string());
                }
            }
            found.push((i, name, role));
        }
        for (i, name, role) in found {
            if self.entities.iter().any(|o| o.name == name) {
                continue;
            }
            let e = &mut self.entities[i];
            e.aliases.push(std::mem::replace(&mut e.name, name));
            e.kind = EntityKind::Person;
            if e.role.is_none() {
                e.role = role;
            }
        }
    }

    #[inline(never)]
    pub fn finish(mut self, text: &str, capital_words: &[Span]) -> Vec<Entity> {
        self.full_names(text, capital_words);
        // A person's surname is an alias ("Smith" for "Jane Smith") unless
        // two people share it.
        let surname = |e: &Entity| {
            (e.kind == EntityKind::Person && e.name.split_whitespace().count() >= 2).then(|| {
                e.name
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("")
                    .to_string()
            })
        };
        let surnames: Vec<Option<String>> = self.entities.iter().map(surname).collect();
        let mut people_by_surname: FnvWordMap<usize> = FnvWordMap::default();
        for s in surnames.iter().flatten() {
            *people_by_surname.entry(s.as_str()).or_default() += 1;
        }
        for (i, s) in surnames.iter().enumerate() {
            let Some(s) = s else { continue };
            let shared = people_by_surname.get(s.as_str()).is_some_and(|n| *n > 1);
            let e = &mut self.entities[i];
            if !shared && s.chars().count() > 1 && !e.aliases.iter().any(|a| a == s) {
                e.aliases.push(s.clone());
            }
        }
        // Names and aliases by their first word, so one pass over the text
        // finds them all.
        let mut by_first: FnvWordMap<Vec<(String, EntityId)>> = FnvWordMap::default();
        for e in &self.entities {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let capital = n.chars().next().is_some_and(|c| c.is_uppercase());
                if n.chars().count() < 2 || !capital {
                    continue;
                }
                let first = n.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                by_first.entry(first).or_default().push((n.clone(), e.id));
            }
        }
        let mut found: Vec<(EntityId, Span)> = Vec::new();
        let visit = |start: usize, end: usize, found: &mut Vec<(EntityId, Span)>| {
            // Names and aliases start with a capital letter.
            if text
                .as_bytes()
                .get(start)
                .is_some_and(|b| b.is_ascii_lowercase())
                || !text[start..].starts_with(|c: char| c.is_uppercase())
            {
                return;
            }
            let Some(cands) = by_first.get(&text[start..end]) else {
                return;
            };
            for (n, id) in cands {
                let stop = start + n.len();
                if text.get(start..stop) != Some(n.as_str()) {
                    continue;
                }
                let after_ok = text[stop..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if after_ok {
                    if let Some(sp) = Span::new(text, start, stop) {
                        found.push((*id, sp));
                    }
                }
            }
        };
        for w in capital_words {
            visit(w.start(), w.end(), &mut found);
        }
        for (id, sp) in found {
            if let Some(e) = self.entities.get_mut(id.index()) {
                e.mentions.push(sp);
            }
        }
        for e in &mut self.entities {
            // Keep the longest of overlapping mentions, in text order.
            e.mentions
                .sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
            let mut kept: Vec<Span> = Vec::with_capacity(e.mentions.len());
            for m in e.mentions.drain(..) {
                if !kept.last().is_some_and(|k| k.overlaps(m)) {
                    kept.push(m);
                }
            }
            e.mentions = kept;
        }
        self.entities
    }
}

/// Words that describe any body and tell none apart: "a local group".
fn is_plain_modifier(w: &str) -> bool {
    matches!(
        w,
        "local"
            | "national"
            | "international"
            | "regional"
            | "leading"
            | "major"
            | "small"
            | "smaller"
            | "large"
            | "larger"
            | "independent"
            | "prominent"
            | "main"
            | "other"
            | "another"
            | "separate"
            | "private"
            | "public"
            | "influential"
            | "well-known"
    ) || w.ends_with("-based")
}

/// Head nouns of a body people belong to or speak for: "union",
/// "group", "federation" (singular, without a final "s").
fn is_body_noun(h: &str) -> bool {
    matches!(
        h,
        "union"
            | "group"
            | "federation"
            | "association"
            | "organisation"
            | "organization"
            | "charity"
            | "network"
            | "coalition"
            | "alliance"
            | "watchdog"
            | "council"
            | "campaign"
            | "movement"
            | "league"
            | "society"
            | "institute"
            | "observatory"
    )
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
#[inline(never)]
pub fn acronyms(text: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for open in memchr::memchr_iter(b'(', b) {
        // Only a short acronym counts, so the closing mark is looked for
        // within 13 bytes: a text of many "(" and no ")" is read once.
        let near = &b[open + 1..b.len().min(open + 14)];
        let Some(close_rel) = memchr::memchr(b')', near) else {
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
        // Only the words just before the parenthesis matter.
        let mut from = open.saturating_sub(160);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = text[from..open].trim_end();
        // The walk back below reads at most the last nine words, and the
        // words before them only to tell that there are some: the last
        // eleven stand for all.
        let mut words: Vec<&str> = before.split_whitespace().rev().take(11).collect();
        words.reverse();
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
        out.push((
            acr.to_string(),
            full.trim_start_matches("The ").to_string(),
            open,
        ));
    }
    out
}

/// A name of the state's own bodies: an army, a ministry, a government, a
/// court. "The company" or "the group" later in a report is not one of them.
/// How far back a document's author is looked for ("the statement said"):
/// about two paragraphs of news.
const DOCUMENT_LOOK_BACK: usize = 1200;

/// Words that may stand between the capitalised words of a name.
fn name_joiner(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "and" | "on" | "the" | "de" | "du" | "van" | "von"
    )
}

/// The name that `s` begins with: capitalised words, with joiners
/// between them ("the Ministry of Health", "Doctors Without Borders").
fn leading_name(s: &str) -> Option<String> {
    let s = s.strip_prefix("the ").unwrap_or(s);
    let mut words: Vec<&str> = Vec::new();
    for raw in s.split(' ') {
        let w = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capital = w.starts_with(char::is_uppercase);
        if !(capital || name_joiner(w) && !words.is_empty()) {
            break;
        }
        words.push(w);
        if w.len() != raw.len() {
            break;
        }
    }
    while words.last().is_some_and(|w| name_joiner(w)) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// The name that `s` ends with: capitalised words back from its end, with
/// joiners between them ("the Ministry of Health", "Oxfam").
fn trailing_name(s: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for w in s.rsplit(' ') {
        let capital = w.starts_with(char::is_uppercase);
        if !(capital || name_joiner(w) && !words.is_empty()) {
            break;
        }
        words.push(w);
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| name_joiner(w) || w.eq_ignore_ascii_case("the"))
    {
        words.pop();
    }
    words.reverse();
    // A sentence's first word alone is no name: "In a statement".
    let name = words.join(" ");
    (!words.is_empty() && !is_function_word(&name.to_lowercase())).then_some(name)
}

/// The initials of a name's capitalised words, when it has two or more:
/// "United Nations" → "UN", "World Health Organization" → "WHO".
fn initials(name: &str) -> Option<String> {
    let caps: String = name
        .split_whitespace()
        .filter(|w| !is_function_word(&w.to_lowercase()))
        .map(|w| w.chars().next().unwrap_or(' '))
        .collect();
    (caps.chars().count() >= 2 && caps.chars().all(char::is_uppercase)).then_some(caps)
}

/// A definite description of a person's role, such as "the minister" or
/// "the company's lawyer": lower-case words after "the" or a possessive.
fn role_description(p: &Phrase, name: &str, text: &str) -> bool {
    let mention = p.mention.of(text);
    let first = mention.split_whitespace().next().unwrap_or("");
    let definite =
        first.eq_ignore_ascii_case("the") || first.ends_with("'s") || first.ends_with("’s");
    definite
        && matches!(p.kind, EntityKind::Person | EntityKind::Unknown)
        && !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == '-')
}

/// Whether a role ("Finance Minister", "chief executive") is the one a
/// description's words name: each of them in it, the last one last.
fn fills_role(words: &[&str], role: &str) -> bool {
    let role: Vec<String> = role.split_whitespace().map(|w| w.to_lowercase()).collect();
    words.last().map(|w| w.to_string()) == role.last().cloned()
        && words.iter().all(|w| role.iter().any(|r| r == w))
}

fn names_public_body(name: &str) -> bool {
    name.split([' ', '-']).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "military"
                | "army"
                | "forces"
                | "navy"
                | "police"
                | "ministry"
                | "government"
                | "department"
                | "office"
                | "council"
                | "commission"
                | "committee"
                | "court"
                | "parliament"
                | "senate"
                | "congress"
                | "kremlin"
                | "pentagon"
                | "cabinet"
                | "presidency"
        )
    })
}

/// The head noun of an organisation's name: its last word before a joining
/// word ("Commission" in "Commission on Human Rights"), or its last word.
fn head_noun(name: &str) -> Option<&str> {
    let mut head = None;
    for w in name.split_whitespace() {
        if matches!(w, "of" | "on" | "for" | "in" | "and" | "to" | "the") {
            break;
        }
        head = Some(w);
    }
    head.filter(|h| h.starts_with(|c: char| c.is_uppercase()))
}

/// Whether an organisation's name says it is no company the report is
/// about: "the company said" is not the "Metal Workers' Federation" that
/// spoke last, nor "The New York Post" that reported something.
fn names_no_firm(name: &str) -> bool {
    name.split([' ', '-']).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "times"
                | "post"
                | "news"
                | "journal"
                | "tribune"
                | "herald"
                | "press"
                | "reuters"
                | "telegraph"
                | "guardian"
                | "gazette"
                | "magazine"
                | "television"
                | "radio"
                | "broadcasting"
                | "union"
                | "party"
                | "association"
                | "federation"
                | "coalition"
                | "alliance"
                | "movement"
                | "front"
                | "institute"
                | "university"
                | "foundation"
                | "monitor"
                | "watch"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_introductions() {
        let a = acronyms(
            "The group Amnesty International (AI) and the World Health Organization (WHO) said.",
        );
        assert_eq!(
            a,
            [
                ("AI".to_string(), "Amnesty International".to_string(), 32),
                (
                    "WHO".to_string(),
                    "World Health Organization".to_string(),
                    71
                )
            ]
        );
    }

    #[test]
    fn keys_ignore_the_apostrophe_style_and_possessive() {
        assert_eq!(key("The Prosecutor’s Office"), key("prosecutor's office"));
        assert_eq!(key("NATO's"), "nato");
    }
}
