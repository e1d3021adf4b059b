//! Figures: numbers with their qualifier, counted noun and measure; and dates.

use super::lexicon::*;
use super::model::{DateKind, DateMention, Figure, FigureKind, Qualifier};
use super::span::Span;
use super::tokens::{TokKind, Toks, DATE_WORD, MONTH, NUMERAL, WEEKDAY};

fn is_year(t: &Toks, i: usize) -> bool {
    let s = t.s(i);
    t.kind(i) == Some(TokKind::Number)
        && s.len() == 4
        && s.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

fn prev_word<'t>(t: &'t Toks, i: usize) -> &'t str {
    if i == 0 {
        ""
    } else {
        t.lower(i - 1)
    }
}

/// A 4-digit number used as a year rather than a count.
fn year_here(t: &Toks, i: usize) -> bool {
    if !is_year(t, i) {
        return false;
    }
    let p = prev_word(t, i);
    let next_is_count_noun =
        t.is_lower(i + 1) && !t.word_is(i + 1, FUNCTION_WORD) && t.s(i + 1).ends_with('s');
    !next_is_count_noun
        || matches!(
            p,
            "in" | "since" | "for" | "of" | "by" | "until" | "from" | "to" | "during" | "year"
        )
        || (i > 0 && month(t.s(i - 1)).is_some())
}

fn day_of_month(t: &Toks, i: usize) -> bool {
    let day = |k: usize| {
        t.kind(k) == Some(TokKind::Number)
            && t.s(k).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    if !day(i) {
        return false;
    }
    (i > 0 && t.is_cap(i - 1) && month(t.s(i - 1)).is_some())
        || (i > 1 && t.is_punct(i - 1, '.') && t.is_cap(i - 2) && month(t.s(i - 2)).is_some())
        || (t.is_cap(i + 1) && month(t.s(i + 1)).is_some())
        // The first day of a span: "between 2 and 9 October", "2 to 9 May".
        || ((t.eq_lower(i + 1, "and") || t.eq_lower(i + 1, "to") || t.is_punct(i + 1, '-'))
            && day(i + 2)
            && t.is_cap(i + 3)
            && month(t.s(i + 3)).is_some())
}

fn parse_number(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| *c != ',').collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The qualifier words before token `i`: returns the qualifier and the first
/// token of the figure.
fn qualifier_before(t: &Toks, i: usize) -> (Qualifier, usize) {
    let w1 = prev_word(t, i);
    let w2 = if i >= 2 { t.lower(i - 2) } else { "" };
    let w3 = if i >= 3 { t.lower(i - 3) } else { "" };
    match (w3, w2, w1) {
        ("no", "more", "than") => (Qualifier::AtMost, i - 3),
        ("no", "fewer" | "less", "than") => (Qualifier::AtLeast, i - 3),
        (_, "more" | "greater" | "higher", "than") => (Qualifier::MoreThan, i - 2),
        ("as", "much" | "many", "as") => (Qualifier::AtMost, i - 3),
        (_, "fewer" | "less" | "lower", "than") => (Qualifier::LessThan, i - 2),
        (_, "at", "least") => (Qualifier::AtLeast, i - 2),
        (_, "at", "most") => (Qualifier::AtMost, i - 2),
        (_, "up", "to") => (Qualifier::AtMost, i - 2),
        (_, "upwards", "of") | (_, "excess", "of") => (Qualifier::MoreThan, i - 2),
        (_, "an", "estimated") | (_, "close" | "closer", "to") => (Qualifier::Approximately, i - 2),
        (_, _, "over" | "above" | "exceeding") => (Qualifier::MoreThan, i - 1),
        (_, _, "under" | "below") => (Qualifier::LessThan, i - 1),
        (
            _,
            _,
            "nearly" | "almost" | "about" | "around" | "approximately" | "roughly" | "some"
            | "estimated" | "circa" | "approx",
        ) => (Qualifier::Approximately, i - 1),
        (_, _, "only" | "just" | "exactly" | "precisely") => (Qualifier::Exact, i - 1),
        _ => (Qualifier::Exact, i),
    }
}

/// Reads a number at token `i`: returns its value, the index past it, and
/// whether it is vague ("hundreds of").
fn number_at(t: &Toks, i: usize) -> Option<(f64, usize, bool)> {
    match t.kind(i)? {
        TokKind::Number => {
            let mut v = parse_number(t.s(i))?;
            let mut j = i + 1;
            if let Some(m) = scale(t.lower(j)) {
                if t.is_word(j) {
                    // "8.2 million" is 8,200,000, not 8,199,999.999999999.
                    v = (v * m * 1e6).round() / 1e6;
                    j += 1;
                }
            }
            Some((v, j, false))
        }
        TokKind::Word => {
            let w = t.lower(i);
            match w {
                "dozens" => return Some((12.0, i + 1, true)),
                // "scores of people", "scores were wounded"; not "test scores".
                "scores" if vague_scores(t, i) => return Some((20.0, i + 1, true)),
                // "hundreds of thousands"
                "hundreds" if t.eq_lower(i + 1, "of") && t.eq_lower(i + 2, "thousands") => {
                    return Some((100_000.0, i + 3, true))
                }
                "hundreds" => return Some((100.0, i + 1, true)),
                "thousands" => return Some((1000.0, i + 1, true)),
                "millions" => return Some((1e6, i + 1, true)),
                "tens" if t.eq_lower(i + 1, "of") && t.eq_lower(i + 2, "thousands") => {
                    return Some((10000.0, i + 3, true))
                }
                _ => {}
            }
            let first = w.chars().next()?;
            if !matches!(
                first,
                'o' | 't' | 'f' | 's' | 'e' | 'n' | 'h' | 'm' | 'b' | 'd' | 'a'
            ) {
                return None;
            }
            if w == "a" || w == "an" {
                // "a dozen", "a hundred"
                let v = number_word(t.lower(i + 1))
                    .filter(|v| matches!(*v as u64, 12 | 100 | 1000 | 1_000_000 | 1_000_000_000))?;
                return Some((v, i + 2, false));
            }
            let mut v = number_word(w)?;
            let mut j = i + 1;
            while let Some(m) = number_word(t.lower(j)).filter(|m| *m >= 100.0) {
                if !t.is_word(j) {
                    break;
                }
                v *= m;
                j += 1;
            }
            Some((v, j, false))
        }
        _ => None,
    }
}

fn is_verbish(w: &str) -> bool {
    is_aux_or_adverb(w)
        || is_be(w)
        || cue_word(w, "").is_some()
        || matches!(
            w,
            "died"
                | "die"
                | "dies"
                | "killed"
                | "dead"
                | "missing"
                | "homeless"
                | "alive"
                | "were"
                | "had"
                | "have"
                | "remain"
                | "remained"
                | "left"
                | "fled"
                | "went"
                | "got"
                | "lost"
                | "took"
                | "made"
                | "spoke"
                | "came"
                | "gave"
                | "met"
                | "won"
                | "rose"
                | "fell"
                // "140,000 people live in the camp".
                | "live"
                | "stay"
                | "sleep"
                | "spent"
                | "taken"
                | "given"
                | "sent"
                | "fought"
                | "kept"
        )
}

/// The counted noun after a number: up to four noun-like words.
fn unit_after(t: &Toks, j: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = j;
    if t.is_punct(k, '%') || t.eq_lower(k, "percent") {
        return Some((k, k));
    }
    if t.eq_lower(k, "per") && t.eq_lower(k + 1, "cent") {
        return Some((k, k + 1));
    }
    let mut last = None;
    // A capitalised modifier before the noun: "30 Ukrainian drones", "12
    // Hamas fighters"; not a month or a weekday.
    if t.is_cap(k)
        && !t.has(k, MONTH | WEEKDAY)
        && k + 1 < end
        && t.is_lower(k + 1)
        && !t.word_is(k + 1, FUNCTION_WORD)
        && !is_verbish(t.lower(k + 1))
        && !t.has(k + 1, CUE)
        && !t.lower(k + 1).ends_with("ed")
        && !t.lower(k + 1).ends_with("ly")
    {
        last = Some(k);
        k += 1;
    } else if t.is_cap(k)
        && !t.has(k, MONTH | WEEKDAY)
        && ["ians", "ans", "is", "ese"]
            .iter()
            .any(|s| t.s(k).ends_with(s))
    {
        // A people named by a plural: "35,000 Palestinians", "12 Israelis".
        return Some((k, k));
    }
    while k < end && k - j < 4 && t.is_lower(k) {
        let w = t.lower(k);
        // A participle before the noun modifies it: "1,200 suspected
        // cases", "30 confirmed deaths"; so do "more" and "other": "three
        // more cities", "12 other victims".
        let modifier = k == j
            && (w.ends_with("ed") || matches!(w, "more" | "other" | "further" | "fewer" | "spent"))
            && k + 1 < end
            && t.is_lower(k + 1)
            && !t.word_is(k + 1, FUNCTION_WORD)
            && !is_verbish(t.lower(k + 1))
            && !t.lower(k + 1).ends_with("ly");
        if modifier {
            last = Some(k);
            k += 1;
            continue;
        }
        // "two warning shots": a word in -ing right after the number
        // names the kind of the thing, even one that is also a verb.
        let kind_word = k == j && w.ends_with("ing") && ing_modifier(t, k, end);
        if is_function_word(w)
            || is_verbish(w) && !kind_word
            || w.ends_with("ly")
            || (w.ends_with("ed") && k > j)
            || w.ends_with("ing") && k > j && !ing_modifier(t, k, end)
            // Adverbs that end no "-ly": "27 million people worldwide".
            || matches!(
                w,
                "worldwide"
                    | "overnight"
                    | "nationwide"
                    | "overall"
                    | "altogether"
                    | "apiece"
                    | "each"
                    | "annually"
                    | "alone"
                    | "abroad"
                    | "here"
                    | "there"
                    | "now"
                    | "so"
                    | "too"
                    | "ago"
                    // "$4 million last quarter".
                    | "last"
                    | "next"
                    // "moved $6 million out of", "40 miles away".
                    | "out"
                    | "back"
                    | "away"
                    | "off"
            )
        {
            break;
        }
        last = Some(k);
        k += 1;
    }
    last.map(|l| (j, l))
}

/// "9,200 vacant nursing posts", "190 polling stations": a word in -ing
/// that names what kind of thing the plural noun after it is, not a
/// participle ("12 people waiting outside").
fn ing_modifier(t: &Toks, k: usize, end: usize) -> bool {
    let next = t.lower(k + 1);
    k + 1 < end
        && t.is_lower(k + 1)
        && next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !is_function_word(next)
        && !is_verbish(next)
}

/// The measure of a count of people held now ("remained in custody"),
/// which is not the count of all those arrested.
pub const STILL_HELD: &str = "people still held";

/// The measure of a count of those a vessel or vehicle carried.
pub const ON_BOARD: &str = "people on board";

/// The measure a figure counts, from the words around it.
fn measure(
    t: &Toks,
    first: usize,
    past: usize,
    unit: Option<(usize, usize)>,
    end: usize,
) -> Option<String> {
    // Skip a part-whole aside: "40 people, including 7 officers, died".
    let mut from = past;
    if t.is_punct(from, ',') && (t.eq_lower(from + 1, "including") || t.eq_lower(from + 1, "among"))
    {
        let mut k = from + 2;
        while k < end && !t.is_punct(k, ',') {
            k += 1;
        }
        from = k + 1;
    }
    // "three members of the public were treated": the people counted are
    // the public, and what happened to them comes after.
    if t.eq_lower(from, "of") && t.eq_lower(from + 1, "the") && t.eq_lower(from + 2, "public") {
        from += 3;
    }
    // "27 children under five had died": the age is no other figure.
    from = past_age(t, from, end);
    // What happened to those counted, from the words after the figure: the
    // first measure in this order wins ("killed" over "arrested").
    // Not past the next figure: in "1,200 cases and 85 deaths" the deaths
    // are the second figure's.
    // Nor past a conjunction before it: in "killed 120 people and displaced
    // more than 400,000" the displaced are the second figure's too.
    // A number in words is a figure too: in "rescued 64 people and
    // recovered nine bodies" the bodies are the second figure's.
    let upto = match (from..(from + 6).min(end))
        .find(|&k| t.kind(k) == Some(TokKind::Number) || t.is_lower(k) && t.has(k, NUMERAL))
    {
        Some(n) => (from..n)
            .find(|&k| t.is_lower(k) && matches!(t.s(k), "and" | "or" | "but" | "while"))
            .unwrap_or(n),
        None => (from + 6).min(end),
    };
    let mut best: Option<(u8, &'static str)> = None;
    // The figure's own words come first: "hundreds injured", "200 wounded".
    let own = unit.map_or(0..0, |(a, b)| a..b + 1);
    for k in own.clone().chain(from..upto) {
        let found = match t.lower(k) {
            "tortured" if t.lower(k + 1) == "to" && t.lower(k + 2) == "death" && k + 2 < upto => {
                Some((0, "deaths from torture"))
            }
            "lost" if t.lower(k + 1) == "their" && t.lower(k + 2) == "lives" && k + 2 < upto => {
                Some((1, "deaths"))
            }
            // "4,800 were driven from their homes", "9,000 people had lost
            // their homes": people displaced, not homes counted.
            "homes" | "houses"
                if k >= 2
                    && t.lower(k - 1) == "their"
                    && (k.saturating_sub(4)..k - 1).any(|j| {
                        matches!(
                            t.lower(j),
                            "lost"
                                | "fled"
                                | "flee"
                                | "left"
                                | "leave"
                                | "driven"
                                | "forced"
                                | "chased"
                                | "evicted"
                                | "abandoned"
                                | "abandon"
                                | "uprooted"
                        )
                    }) =>
            {
                after_measure("displaced")
            }
            // "9,000 people had been forced to leave their homes": the verb
            // in reach, its homes a word or two past it.
            "leave" | "left" | "flee" | "fled" | "driven" | "forced" | "evicted"
                if {
                    let at = |j: usize, w: &[&str]| j < end && w.contains(&t.lower(j));
                    let homes =
                        |j: usize| at(j, &["their"]) && at(j + 1, &["homes", "houses", "villages"]);
                    homes(k + 1) || at(k + 1, &["from"]) && homes(k + 2)
                } =>
            {
                after_measure("displaced")
            }
            // "60 people could still be under the mud": buried, not found.
            "under" | "beneath"
                if (k + 1..(k + 3).min(upto)).any(|j| {
                    matches!(t.lower(j), "rubble" | "mud" | "debris" | "ruins" | "snow")
                }) =>
            {
                after_measure("missing")
            }
            // "300 people have been held without charge since June":
            // people held, as "remained in custody" (but "held a vigil" is
            // no detention). "Arrested" and "detained" count arrests.
            // "400 households had been moved": moved out, as displaced.
            "moved" if k > 0 && matches!(t.lower(k - 1), "been" | "were" | "was") => {
                after_measure("displaced")
            }
            "held" if k > 0 && matches!(t.lower(k - 1), "been" | "were" | "was" | "being") => {
                after_measure("detained").map(|(rank, _)| (rank, STILL_HELD))
            }
            w => after_measure(w),
        };
        if let Some(f) = found {
            if best.is_none_or(|b| f.0 < b.0) {
                best = Some(f);
            }
        }
    }
    // "19 people remained in custody", "600 were still being held",
    // "hundreds remain in police cells": those held now, not all arrested.
    let range = || own.clone().chain(from..upto);
    if range().any(|k| matches!(t.lower(k), "still" | "remain" | "remains" | "remained"))
        && range().any(|k| {
            matches!(
                t.lower(k),
                "custody" | "held" | "detained" | "detention" | "cells" | "jail" | "prison"
            )
        })
    {
        return Some(STILL_HELD.into());
    }
    if let Some((_, m)) = best {
        // "all 5,400 jobs at risk" are not jobs cut.
        if m == "jobs"
            && (t.eq_lower(from, "at") && t.eq_lower(from + 1, "risk")
                || t.eq_lower(from, "under") && t.eq_lower(from + 1, "threat"))
        {
            return Some("jobs at risk".into());
        }
        return Some(m.into());
    }
    // People on board: "85 people were on board", "the boat had carried
    // at least 140 people", "a ferry carrying 300 passengers".
    let people = unit.is_some_and(|(_, b)| {
        matches!(
            t.lower(b),
            "people" | "passengers" | "migrants" | "persons" | "refugees" | "pilgrims"
        )
    });
    if (from..upto.min(from + 3)).any(|k| t.eq_lower(k, "aboard"))
        || (from..upto.min(from + 3)).any(|k| t.eq_lower(k, "on") && t.eq_lower(k + 1, "board"))
        || people
            && (first.saturating_sub(2)..first)
                .any(|k| matches!(t.lower(k), "carried" | "carrying" | "carries" | "carry"))
    {
        return Some(ON_BOARD.into());
    }
    // A verb right before the figure: "displaced more than 400,000",
    // "wounded 60 others".
    if first >= 1 && t.is_lower(first - 1) && t.s(first - 1).ends_with("ed") {
        if let Some((_, m)) = after_measure(t.s(first - 1)) {
            return Some(m.into());
        }
    }
    // People a hospital took in: "had admitted eleven people", "treated 40
    // others"; unless what they were treated for is said ("treated 300
    // patients with cholera").
    if first >= 1
        && matches!(
            t.lower(first - 1),
            "admitted" | "treated" | "hospitalised" | "hospitalized"
        )
        && !(from..upto).any(|k| matches!(t.lower(k), "with" | "for"))
    {
        return Some("injuries".into());
    }
    // A death count named before the figure: "killed 12", "the death toll
    // had risen to 35,000"; not across a comma or another figure.
    // Nor across a conjunction: in "23 people were killed and about 4,800
    // were driven from their homes" the second count has a verb of its own.
    let back = (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| t.is_word(k) && !matches!(t.lower(k), "and" | "or" | "but" | "while"))
        .any(|k| {
            matches!(
                t.lower(k),
                "deaths" | "killing" | "killed" | "toll" | "death"
            )
        });
    if back {
        return Some("deaths".into());
    }
    if let Some((a, b)) = unit {
        let head = t.lower(b);
        // "54.6 percent of the vote": a candidate's share.
        if matches!(head, "%" | "percent")
            && t.eq_lower(b + 1, "of")
            && (t.eq_lower(b + 2, "the") && matches!(t.lower(b + 3), "vote" | "votes" | "ballots")
                || matches!(t.lower(b + 2), "votes" | "ballots"))
        {
            return Some("share of the vote".into());
        }
        // "turnout at 71 percent", "Turnout in several districts had been
        // pushed above 95 percent": a rate named before the share, in its
        // clause.
        if matches!(head, "%" | "percent") {
            let rate = (first.saturating_sub(14)..first)
                .rev()
                .take_while(|&k| {
                    !t.is_punct(k, ',') && !t.is_punct(k, ';') && t.kind(k) != Some(TokKind::Number)
                })
                .find_map(|k| match t.lower(k) {
                    "turnout" => Some("turnout"),
                    "unemployment" | "jobless" => Some("unemployment"),
                    "inflation" => Some("inflation"),
                    _ => None,
                });
            if let Some(m) = rate {
                return Some(m.into());
            }
        }
        if a == b && matches!(head, "people" | "persons" | "individuals" | "%" | "percent") {
            return None;
        }
        // "victims of torture", "cases of enforced disappearance": keep a
        // following "of" phrase, up to its noun. Not after land measured
        // ("18,400 hectares of forest and farmland"): the land burned or
        // flooded is one measure, whatever grew on it.
        if t.eq_lower(b + 1, "of")
            && !matches!(head, "hectares" | "acres")
            && t.is_lower(b + 2)
            && !t.word_is(b + 2, FUNCTION_WORD)
            && b + 2 < end
        {
            let mut words = vec![t.lower(b + 2)];
            let mut k = b + 3;
            while k < end
                && words.len() < 3
                && words
                    .last()
                    .is_some_and(|w| w.ends_with("ed") || w.ends_with("al"))
                && t.is_lower(k)
                && !t.word_is(k, FUNCTION_WORD)
                && !is_verbish(t.lower(k))
            {
                words.push(t.lower(k));
                k += 1;
            }
            return Some(format!("{} of {}", head, words.join(" ")));
        }
        // Shots told by what was fired or found: "two rounds were
        // discharged", "14 spent cartridge cases", "three bullets".
        let shot = match head {
            "rounds" | "round" => !t.eq_lower(b + 1, "of"),
            "bullets" | "gunshots" | "cartridges" | "casings" => true,
            "cases" | "case" => b > a && matches!(t.lower(b - 1), "cartridge" | "shell" | "bullet"),
            _ => false,
        };
        if shot {
            return Some("shots".into());
        }
        return Some(head.to_owned());
    }
    None
}

/// The measure a word after a figure gives, with its rank: what happened
/// to those counted ("were killed", "had been prosecuted", "were displaced").
/// The words are the measure lexicon's ([`MEASURE_WORDS`]).
fn after_measure(w: &str) -> Option<(u8, &'static str)> {
    measure_word(w)
}

/// The largest figure value kept: a quadrillion.
const MAX_VALUE: f64 = 1e15;

/// Figures among tokens `a..b` of a sentence.
pub fn figures(t: &Toks, a: usize, b: usize) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut i = a;
    while i < b {
        let skip = match t.toks.get(i).map(|k| (k.kind, k.class)) {
            // "60-year" opens a range only with "30- to" before it.
            Some((TokKind::Word, _)) if t.lower(i) == "scores" => !vague_scores(t, i),
            // Only numerals among words can be read as a number.
            Some((TokKind::Word, class)) if class & NUMERAL == 0 => true,
            Some((TokKind::Number, _)) => {
                year_here(t, i)
                    || day_of_month(t, i)
                    || t.is_punct(i + 1, ':')
                    || ordinalish(t, i)
                    || not_a_count(t, i)
            }
            Some((TokKind::Word, _)) => {
                let w = t.lower(i);
                (w == "one" && (!one_is_count(t, i) || t.is_cap(i)))
                    || (w == "a" || w == "an")
                        && !(t.eq_lower(i + 1, "dozen")
                            || t.eq_lower(i + 1, "hundred")
                            || t.eq_lower(i + 1, "thousand")
                            || t.eq_lower(i + 1, "million"))
                    || w.contains('-') && number_word(w).is_none()
                    || age_of_person(t, i)
            }
            _ => true,
        };
        if skip {
            i += 1;
            continue;
        }
        let Some((mut value, mut past, vague)) = number_at(t, i) else {
            i += 1;
            continue;
        };
        if past > b {
            i += 1;
            continue;
        }
        // A range: "between 200 and 225", "200 to 225 people", "a 30- to
        // 60-year term" (the top may be a compound: its noun is the unit).
        let mut high = None;
        let mut compound_unit: Option<&str> = None;
        let mut range_open = None;
        let sign_before =
            i > a && matches!(t.kind(i - 1), Some(TokKind::Punct(c)) if "$£€¥₹".contains(c));
        let opener = if sign_before {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        let between =
            opener.is_some_and(|o| o >= a && t.eq_lower(o, "between")) && t.eq_lower(past, "and");
        let dash_to = t.is_punct(past, '-') && t.eq_lower(past + 1, "to");
        let to = t.eq_lower(past, "to") && !(i > a && t.eq_lower(i - 1, "from"));
        if !vague && (between || dash_to || to) {
            let k = if dash_to { past + 2 } else { past + 1 };
            // "between $600 million and $800 million": the top repeats the
            // currency sign of the bottom.
            let k = if sign_before && t.kind(k) == t.kind(i - 1) {
                k + 1
            } else {
                k
            };
            if let Some((top, after, _)) = number_at(t, k).filter(|x| !x.2 && x.1 <= b) {
                // "between 350 and 380 million": the scale of the top is
                // the bottom's too, when the bottom has none of its own.
                let scale = match t.lower(after - 1) {
                    "thousand" => 1e3,
                    "million" => 1e6,
                    "billion" => 1e9,
                    "trillion" => 1e12,
                    _ => 1.0,
                };
                if scale > 1.0 && past == i + 1 && value * scale <= top {
                    value *= scale;
                }
                if top > value {
                    high = Some(top);
                    past = after;
                    if between {
                        range_open = opener;
                    }
                }
            } else if dash_to && k < b {
                if let Some((top, noun)) = compound_number(t.lower(k)) {
                    if top > value {
                        high = Some(top);
                        compound_unit = Some(noun);
                        past = k + 1;
                    }
                }
            }
        }
        // "200-225 people": one token with a hyphen.
        // Alternatives: "40 or 45 people".
        let mut alternatives = Vec::new();
        if high.is_none() && t.eq_lower(past, "or") {
            if let Some((other, after, _)) = number_at(t, past + 1).filter(|x| !x.2 && x.1 <= b) {
                if t.kind(past + 1) == t.kind(i) && !year_here(t, past + 1) {
                    alternatives.push(other);
                    past = after;
                }
            }
        }
        // A currency sign belongs to the figure: "about $60 billion", "£3m".
        let money = i > a
            && matches!(
                t.kind(i - 1),
                Some(TokKind::Punct('$' | '£' | '€' | '¥' | '₹'))
            );
        let (mut qualifier, first) = qualifier_before(t, if money { i - 1 } else { i });
        let first = range_open.unwrap_or(first).max(a);
        if vague {
            qualifier = Qualifier::Approximately;
        }

        let mut unit_start = past;
        if vague && t.eq_lower(past, "of") {
            unit_start = past + 1;
        }
        let unit = if compound_unit.is_some() {
            None
        } else {
            unit_after(t, unit_start, b)
        };
        // Text units are no figures: "two paragraphs", "three pages".
        if unit.is_some_and(|(_, e)| {
            matches!(
                t.lower(e),
                "paragraph" | "paragraphs" | "page" | "pages" | "footnote" | "footnotes"
            )
        }) {
            i = past;
            continue;
        }
        let last = unit.map(|(_, e)| e).unwrap_or(past - 1).max(past - 1);
        // "a 30- to 60-year term": the noun after the compound is named too.
        let last = if compound_unit.is_some()
            && last + 1 < b
            && t.is_lower(last + 1)
            && !t.word_is(last + 1, FUNCTION_WORD)
            && !is_verbish(t.lower(last + 1))
        {
            last + 1
        } else {
            last
        };
        // A duration that dates something: "two months after the crackdown".
        let time_unit = unit.is_some_and(|(_, e)| {
            matches!(
                t.lower(e),
                "days"
                    | "weeks"
                    | "months"
                    | "years"
                    | "hours"
                    | "decades"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
            )
        });
        // A stretch of time that says when: "in the first two months of
        // the year", "over the past three years".
        // Not "talks that are to last three days".
        let period = first >= a + 2
            && matches!(
                t.lower(first - 1),
                "first" | "last" | "past" | "next" | "previous" | "coming" | "recent" | "following"
            )
            && matches!(
                t.lower(first - 2),
                "the" | "its" | "his" | "her" | "their" | "our" | "these" | "those"
            );
        // "during two weeks of protests" (a deadline, "within 10 days", stays).
        let during = first > a && t.lower(first - 1) == "during";
        if time_unit
            && (period
                || during
                || matches!(
                    t.lower(last + 1),
                    "after" | "ago" | "later" | "earlier" | "before" | "since" | "on"
                ))
        {
            i = last + 1;
            continue;
        }
        // "300,000 or more", "300 ships or more"
        for k in [past, last + 1] {
            if qualifier == Qualifier::Exact && t.eq_lower(k, "or") && t.eq_lower(k + 1, "more") {
                qualifier = Qualifier::AtLeast;
            }
        }
        let span = t.range(first, last);
        let mut m = match compound_unit {
            Some(noun) => Some(format!("{noun}s")),
            None => measure(t, first, last + 1, unit, b),
        };
        // "only 140 of the 900 homes": the part counts what the whole does.
        if m.is_none() && unit.is_none() && t.eq_lower(past, "of") {
            let mut k = past + 1;
            if matches!(t.lower(k), "the" | "its" | "their" | "his" | "her" | "all") {
                k += 1;
            }
            if let Some((_, after, _)) = number_at(t, k).filter(|x| x.1 <= b) {
                let u = unit_after(t, after, b);
                if u.is_some() {
                    m = measure(t, k, u.map_or(after, |(_, e)| e + 1), u, b);
                }
            } else if t.is_lower(k) && !t.word_is(k, FUNCTION_WORD) {
                let u = unit_after(t, k, b);
                m = u.and_then(|u| measure(t, k, u.1 + 1, Some(u), b));
            }
        }
        let kind = figure_kind(t, if money { i - 1 } else { i }, unit, b);
        // A sum counts no people: "no more than 1.9 million dollars was
        // unaccounted for" is money, not people missing.
        if kind == FigureKind::Money
            && m.as_deref().is_some_and(|m| {
                m == STILL_HELD || m == ON_BOARD || MEASURE_WORDS.iter().any(|(k, _)| *k == m)
            })
        {
            m = unit.map(|(_, e)| t.lower(e).to_owned());
        }
        // A rate's base is part of it: "3 deaths per 1,000 births".
        let (span, last) = match (kind, unit) {
            (FigureKind::Rate, Some((_, u1))) => {
                let base_end = number_at(t, u1 + 2)
                    .filter(|x| x.1 <= b)
                    .map(|(_, after, _)| unit_after(t, after, b).map_or(after - 1, |(_, e)| e))
                    .unwrap_or(u1 + 2);
                (t.range(first, base_end), base_end)
            }
            _ => (span, last),
        };
        // "40 people, including 7 officers": part of the previous figure.
        // So is "Of the 121 people detained, 77 have been deported".
        let of_the_whole = || {
            first >= 1
                && t.is_punct(first - 1, ',')
                && out.last().is_some_and(|w| {
                    let k = t.toks.partition_point(|x| x.span.start() < w.span.start());
                    k >= a + 2
                        && t.eq_lower(k - 2, "of")
                        && matches!(t.lower(k - 1), "the" | "those" | "these")
                })
        };
        let part_of = if i >= 1
            && (t.eq_lower(first.saturating_sub(1), "including")
                || t.eq_lower(first.saturating_sub(1), "among")
                || of_the_whole())
        {
            out.len().checked_sub(1)
        } else {
            None
        };
        let unit_span = unit.map(|(x, y)| t.range(x, y));
        let measure = match (part_of.and_then(|p| out[p].measure.clone()), unit_span) {
            // A part counts a subset of its whole's measure.
            (Some(pm), Some(u)) if !matches!(u.of(t.text), "people" | "persons") => {
                Some(format!("{pm} of {}", u.of(t.text)))
            }
            (Some(pm), _) => Some(pm),
            (None, _) => m,
        };
        // "a million million million …" is no count anyone reports; a value
        // past this cannot be written as a finite JSON number either.
        if !value.is_finite() || value.abs() > MAX_VALUE {
            i = last + 1;
            continue;
        }
        out.push(Figure {
            span,
            value,
            qualifier,
            unit: unit_span,
            measure,
            part_of,
            high,
            alternatives,
            vague,
            kind,
        });
        i = last + 1;
    }
    // "between eight and ten shots, not two": a bare number set against
    // a count counts the same thing.
    for k in 1..out.len() {
        let (prev, this) = (&out[k - 1], &out[k]);
        if this.unit.is_some() || prev.unit.is_none() || this.kind != FigureKind::Count {
            continue;
        }
        let between = t
            .text
            .get(prev.span.end()..this.span.start())
            .unwrap_or("")
            .trim_start_matches(',')
            .trim();
        let against = ["not", "and not", "rather than", "instead of"]
            .iter()
            .any(|w| between.eq_ignore_ascii_case(w));
        if against && prev.kind == FigureKind::Count {
            out[k].unit = out[k - 1].unit;
            out[k].measure = out[k - 1].measure.clone();
        }
    }
    // A whole's measure reaches a part that found none.
    for k in 0..out.len() {
        if let Some(p) = out[k].part_of {
            if out[k].measure.is_none() {
                out[k].measure = out[p].measure.clone();
            }
        }
    }
    out
}

/// Whether "scores" at `i` is a vague quantity: "scores of people",
/// "scores were wounded", "killed scores"; not "test scores" or "the scores".
fn vague_scores(t: &Toks, i: usize) -> bool {
    let p = prev_word(t, i);
    let determiner_before = matches!(
        p,
        "the" | "their" | "his" | "her" | "its" | "our" | "your" | "my" | "these" | "those"
    ) || (i > 0
        && t.is_lower(i - 1)
        && !is_function_word(p)
        && !is_verbish(p)
        && !p.ends_with("ed"));
    if determiner_before {
        return false;
    }
    t.eq_lower(i + 1, "of") && t.is_lower(i + 2) && !t.has(i + 2, NUMERAL)
        || matches!(
            t.lower(i + 1),
            "were"
                | "have"
                | "had"
                | "are"
                | "more"
                | "others"
                | "died"
                | "killed"
                | "injured"
                | "wounded"
                | "dead"
                | "arrested"
                | "detained"
        )
}

/// A number joined to its noun: "60-year" is (60, "year").
fn compound_number(w: &str) -> Option<(f64, &str)> {
    let (n, noun) = w.split_once('-')?;
    if n.is_empty()
        || !n
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    if noun.is_empty() || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    Some((parse_number(n)?, noun))
}

/// What kind of quantity the figure at `i` (its number, or the currency
/// sign before it) is: a percentage, money, a rate ("3 deaths per 1,000
/// births") or a count.
fn figure_kind(t: &Toks, i: usize, unit: Option<(usize, usize)>, b: usize) -> FigureKind {
    if matches!(t.kind(i), Some(TokKind::Punct('$' | '£' | '€' | '¥' | '₹'))) {
        return FigureKind::Money;
    }
    let Some((u0, u1)) = unit else {
        return FigureKind::Count;
    };
    let head = t.lower(u1);
    if (t.is_punct(u0, '%') || matches!(head, "percent" | "cent" | "points") && u0 <= u1)
        && (head != "points" || t.eq_lower(u1.saturating_sub(1), "percentage"))
    {
        return FigureKind::Percent;
    }
    if matches!(
        head,
        "dollars"
            | "euros"
            | "pounds"
            | "yen"
            | "yuan"
            | "rupees"
            | "francs"
            | "pesos"
            | "shillings"
            | "rand"
            | "naira"
            | "dinars"
            | "roubles"
            | "rubles"
            | "lira"
            | "crowns"
            | "kronor"
            | "kroner"
            | "koruna"
            | "zlotys"
            | "zloty"
            | "forints"
            | "florins"
            | "lei"
            | "leva"
            | "hryvnias"
            | "hryvnia"
            | "dirhams"
            | "riyals"
            | "rials"
            | "won"
            | "baht"
            | "ringgit"
            | "rupiah"
            | "reais"
            | "cedis"
            | "kwacha"
            | "birr"
            | "taka"
            | "tenge"
    ) {
        return FigureKind::Money;
    }
    // "3 deaths per 1,000 births", "12 cases per day".
    if t.eq_lower(u1 + 1, "per") && u1 + 2 < b {
        return FigureKind::Rate;
    }
    FigureKind::Count
}

/// "a boy of four", "a woman aged 70", "children under five", "nobody over
/// 18", "children under the age of 15": a person's age.
fn age_of_person(t: &Toks, i: usize) -> bool {
    i >= 2
        && t.eq_lower(i - 1, "of")
        && matches!(
            t.lower(i - 2),
            "boy" | "girl" | "child" | "man" | "woman" | "son" | "daughter" | "baby" | "teenager"
        )
        || i >= 1 && t.eq_lower(i - 1, "aged")
        || i >= 2 && matches!(t.lower(i - 1), "under" | "over") && people_before(t, i - 2)
        || i >= 5
            && t.eq_lower(i - 1, "of")
            && t.eq_lower(i - 2, "age")
            && t.eq_lower(i - 3, "the")
            && matches!(t.lower(i - 4), "under" | "over")
            && people_before(t, i - 5)
}

/// Whether the word at `k` names people whose age may follow ("children
/// under five", "anyone over 65").
fn people_before(t: &Toks, k: usize) -> bool {
    matches!(
        t.lower(k),
        "children"
            | "child"
            | "kids"
            | "people"
            | "persons"
            | "adults"
            | "boys"
            | "girls"
            | "men"
            | "women"
            | "infants"
            | "babies"
            | "youths"
            | "minors"
            | "nobody"
            | "anyone"
            | "anybody"
            | "everyone"
            | "those"
            | "patients"
            | "residents"
            | "voters"
    )
}

/// Past an age after the people counted ("under five", "over 65", "aged
/// 70", "under the age of 15"), or `k` where there is none.
fn past_age(t: &Toks, k: usize, end: usize) -> usize {
    let start = if matches!(t.lower(k), "under" | "over")
        && t.eq_lower(k + 1, "the")
        && t.eq_lower(k + 2, "age")
        && t.eq_lower(k + 3, "of")
    {
        k + 4
    } else if matches!(t.lower(k), "under" | "over" | "aged") {
        k + 1
    } else {
        return k;
    };
    match number_at(t, start).filter(|x| !x.2 && x.1 <= end && age_of_person(t, start)) {
        Some((_, mut past, _)) => {
            if t.eq_lower(past, "years") || t.eq_lower(past, "year") {
                past += 1;
                if t.eq_lower(past, "old") {
                    past += 1;
                }
            }
            past
        }
        None => k,
    }
}

/// Numbers that label rather than count: list items "(1)", ages after a
/// name ("Jane Doe, 41,"), street numbers, clock times.
fn not_a_count(t: &Toks, i: usize) -> bool {
    let list_item = i > 0 && t.is_punct(i - 1, '(') && t.is_punct(i + 1, ')');
    let age = i >= 2
        && t.is_punct(i - 1, ',')
        && t.is_cap(i - 2)
        && (t.is_punct(i + 1, ',') || t.is_punct(i + 1, '.') || i + 1 >= t.len());
    let age = age || age_of_person(t, i);
    let street = t.is_cap(i + 1)
        && (2..=4).any(|k| {
            matches!(
                t.s(i + k).trim_end_matches('.'),
                "St" | "Ave"
                    | "Rd"
                    | "Dr"
                    | "Blvd"
                    | "Street"
                    | "Avenue"
                    | "Road"
                    | "Drive"
                    | "Lane"
                    | "Ln"
                    | "Pl"
                    | "Way"
            )
        });
    let time = matches!(
        t.lower(i + 1),
        "a.m" | "p.m" | "a.m." | "p.m." | "am" | "pm" | "o'clock"
    );
    // "1030 GMT", "at 0600 local time"; "4:20" after its hour.
    let zone = matches!(
        t.s(i + 1),
        "GMT" | "UTC" | "BST" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "PDT" | "ET" | "IST"
    ) || (t.s(i).len() == 4 && t.eq_lower(i + 1, "local") && t.eq_lower(i + 2, "time"))
        || (t.s(i).len() == 4 && t.eq_lower(i + 1, "hrs"));
    let minutes = i >= 2 && t.is_punct(i - 1, ':') && t.kind(i - 2) == Some(TokKind::Number);
    // "version 2.0"; "Apollo 11", "Terminal 2 building": a
    // number inside a name, after a capitalised word that opens no sentence.
    let version = matches!(prev_word(t, i), "version" | "v" | "firmware");
    let in_name = i >= 2
        && t.is_cap(i - 1)
        // "- Between 300 and 350": a word that opens a phrase, not a name.
        && !t.word_is(i - 1, FUNCTION_WORD)
        && !t.has(i - 1, MONTH | WEEKDAY)
        // Not a possessive: "to Baylor's 126".
        && !t.s(i - 1).ends_with(['\'', '’', 's'])
        && t.kind(i - 2).is_some_and(|k| k != TokKind::Punct('.'))
        && (!t.is_lower(i + 1) || t.word_is(i + 1, FUNCTION_WORD));
    list_item || age || street || time || zone || minutes || version || in_name
}

fn ordinalish(t: &Toks, i: usize) -> bool {
    // "No. 3", "Article 5", "Section 2"
    i > 0
        && (t.s(i - 1) == "No"
            || t.s(i - 1) == "No."
            || matches!(
                t.s(i - 1),
                "Article"
                    | "Section"
                    | "Resolution"
                    | "Chapter"
                    | "Paragraph"
                    | "Room"
                    | "Flight"
                    | "Route"
            ))
}

/// Whether "one" counts something: "one military officer", not "one of",
/// "no one" or "one-sided".
fn one_is_count(t: &Toks, i: usize) -> bool {
    let p = prev_word(t, i);
    if matches!(
        p,
        "no" | "the" | "any" | "every" | "each" | "that" | "this" | "which" | "someone" | "anyone"
    ) {
        return false;
    }
    let n = t.lower(i + 1);
    t.is_lower(i + 1)
        && !is_function_word(n)
        && !matches!(
            n,
            "another" | "day" | "way" | "time" | "point" | "hand" | "thing" | "side"
        )
        && !is_verbish(n)
}

/// Dates among tokens `a..b`.
#[inline(never)]
pub fn dates(t: &Toks, a: usize, b: usize) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        // Only numbers and these classes of word can open a date.
        let opens =
            t.kind(i) == Some(TokKind::Number) || t.has(i, MONTH | WEEKDAY | NUMERAL | DATE_WORD);
        if !opens {
            i += 1;
            continue;
        }
        if let Some((end, kind)) = date_at(t, i, b) {
            out.push(DateMention {
                span: t.range(i, end),
                kind,
            });
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn date_at(t: &Toks, i: usize, b: usize) -> Option<(usize, DateKind)> {
    let w = t.s(i);
    if t.is_cap(i) && month(w).is_some() {
        // "Jan. 5": an abbreviated month with its stop.
        if t.is_punct(i + 1, '.')
            && t.kind(i + 2) == Some(TokKind::Number)
            && t.s(i + 2).len() <= 2
            && i + 2 < b
        {
            return Some((i + 2, DateKind::Absolute));
        }
        // Month + day (+ , year) / Month + year.
        if t.kind(i + 1) == Some(TokKind::Number) && i + 1 < b {
            let d = t.s(i + 1);
            if d.len() <= 2 {
                if t.is_punct(i + 2, ',') && is_year(t, i + 3) && i + 3 < b {
                    return Some((i + 3, DateKind::Absolute));
                }
                if is_year(t, i + 2) && i + 2 < b {
                    return Some((i + 2, DateKind::Absolute));
                }
                return Some((i + 1, DateKind::Absolute));
            }
            if is_year(t, i + 1) {
                return Some((i + 1, DateKind::Absolute));
            }
        }
        // A month alone after a preposition: "in January"; not "January events".
        let p = prev_word(t, i);
        let prep = matches!(
            p,
            "in" | "since"
                | "until"
                | "by"
                | "from"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "through"
                | "till"
                | "before"
                | "after"
        );
        let next_noun = t.is_lower(i + 1) && !t.word_is(i + 1, FUNCTION_WORD);
        if prep && !next_noun {
            return Some((i, DateKind::Absolute));
        }
        return None;
    }
    // Day + Month (+ year).
    if t.kind(i) == Some(TokKind::Number)
        && t.is_cap(i + 1)
        && month(t.s(i + 1)).is_some()
        && w.len() <= 2
        && i + 1 < b
    {
        if is_year(t, i + 2) && i + 2 < b {
            return Some((i + 2, DateKind::Absolute));
        }
        return Some((i + 1, DateKind::Absolute));
    }
    if t.is_cap(i) && is_weekday(w) {
        return Some((i, DateKind::Relative));
    }
    if is_year(t, i) {
        let p = prev_word(t, i);
        if matches!(
            p,
            "in" | "since" | "until" | "by" | "during" | "early" | "late" | "mid" | "through"
        ) {
            return Some((i, DateKind::Absolute));
        }
        return None;
    }
    if !t.is_word(i) {
        return None;
    }
    let l = t.lower(i);
    match l {
        "yesterday" | "today" | "tomorrow" | "tonight" => return Some((i, DateKind::Relative)),
        "earlier" | "later"
            if matches!(t.lower(i + 1), "this" | "that" | "last" | "next")
                && is_period(t.lower(i + 2))
                && i + 2 < b =>
        {
            return Some((i + 2, DateKind::Relative))
        }
        "this" | "last" | "next" | "past" if is_period(t.lower(i + 1)) && i + 1 < b => {
            let p = prev_word(t, i);
            if l == "this"
                && !matches!(p, "in" | "on" | "during" | "" | "," | "earlier" | "later")
                && t.is_word(i.saturating_sub(1))
                && !is_preposition(p)
            {
                return None;
            }
            return Some((i + 1, DateKind::Relative));
        }
        "a" | "one" | "two" | "three" | "several" | "few"
            if is_period(t.lower(i + 1))
                && matches!(t.lower(i + 2), "ago" | "on" | "later" | "earlier")
                && i + 2 < b =>
        {
            return Some((i + 2, DateKind::Relative))
        }
        "in" if t.eq_lower(i + 1, "recent")
            && matches!(t.lower(i + 2), "days" | "weeks" | "months" | "years")
            && i + 2 < b =>
        {
            return Some((i + 2, DateKind::Relative))
        }
        _ => {}
    }
    if t.kind(i) == Some(TokKind::Number) || number_word(l).is_some() {
        let unit = t.lower(i + 1);
        if matches!(unit, "days" | "weeks" | "months" | "years" | "hours")
            && t.eq_lower(i + 2, "ago")
            && i + 2 < b
        {
            return Some((i + 2, DateKind::Relative));
        }
    }
    None
}

fn is_period(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "month"
            | "week"
            | "weekend"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "day"
            | "decade"
            | "century"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Span helper for callers that keep token ranges.
/// Tokens are in text order and do not overlap, so both ends are found by
/// binary search: called once per claim, a scan from the sentence's start
/// would grow with the square of a long sentence's length.
pub fn token_range_of(t: &Toks, span: Span) -> (usize, usize) {
    let a = t.toks.partition_point(|k| k.span.end() <= span.start());
    let b = a + t.toks[a..].partition_point(|k| k.span.start() < span.end());
    (a, b)
}
