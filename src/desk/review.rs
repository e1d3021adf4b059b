//! The review: which claims to check first, claims grouped by state and
//! verdict, and the memo (printed by the reader, written as Markdown by the
//! exports) made from one [`Memo`] so the two always agree.

use super::{Finding, Findings};
use crate::report::json::Meta;
use crate::report::{Claim, ClaimId, CueStrength, RelationKind, Report};

/// Why a claim is worth checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Another claim or the text disputes it.
    Disputed,
    /// The text says it was made without evidence.
    NoEvidence,
    /// It holds figures.
    Figures,
    /// Its cue commits the claimant strongly ("insisted", "blamed").
    Assertive,
    /// Its cue keeps the text's distance ("claimed", "alleged").
    Doubted,
}

impl Reason {
    pub fn words(self) -> &'static str {
        match self {
            Reason::Disputed => "disputed",
            Reason::NoEvidence => "no evidence",
            Reason::Figures => "figures",
            Reason::Assertive => "assertive cue",
            Reason::Doubted => "doubting cue",
        }
    }

    /// How much the reason weighs in the order of checking.
    fn weight(self) -> u32 {
        match self {
            Reason::Disputed => 8,
            Reason::NoEvidence => 8,
            Reason::Figures => 4,
            Reason::Assertive => 2,
            Reason::Doubted => 2,
        }
    }
}

/// The reasons to check a claim, weightiest first.
pub fn reasons(report: &Report, claim: &Claim) -> Vec<Reason> {
    let mut out = Vec::new();
    if report
        .relations_to(claim.id, RelationKind::Disputes)
        .next()
        .is_some()
    {
        out.push(Reason::Disputed);
    }
    if report
        .relations_to(claim.id, RelationKind::NoEvidence)
        .next()
        .is_some()
    {
        out.push(Reason::NoEvidence);
    }
    if !claim.figures.is_empty() {
        out.push(Reason::Figures);
    }
    match claim.cue.map(|c| c.strength) {
        Some(CueStrength::Assertive) => out.push(Reason::Assertive),
        Some(CueStrength::Doubting) => out.push(Reason::Doubted),
        _ => {}
    }
    out
}

/// How worth checking a claim is (0: no reason).
pub fn worth(report: &Report, claim: &Claim) -> u32 {
    reasons(report, claim).iter().map(|r| r.weight()).sum()
}

/// Whether a claim is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    ToCheck,
    Checked,
}

/// Claims of one state and one verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub state: State,
    /// `None`: no verdict yet.
    pub verdict: Option<String>,
    /// Worth checking first, then in text order.
    pub claims: Vec<ClaimId>,
}

impl Group {
    /// "To check", "To check · Mostly false", "Checked · True".
    pub fn title(&self) -> String {
        let state = match self.state {
            State::ToCheck => "To check",
            State::Checked => "Checked",
        };
        match &self.verdict {
            Some(v) => format!("{state} · {v}"),
            None if self.state == State::Checked => format!("{state} · no verdict"),
            None => state.to_string(),
        }
    }
}

/// Every claim, in groups: to check before checked; within a state, the
/// scale's order of verdicts (no verdict first while to check, last once
/// checked); within a group, the claims most worth checking first.
pub fn groups(report: &Report, findings: &Findings) -> Vec<Group> {
    let scale = findings.scale();
    let mut keyed: Vec<(State, usize, Option<String>, u32, ClaimId)> = report
        .claims
        .iter()
        .map(|c| {
            let f = findings.get(c.id);
            let state = if f.is_some_and(|f| f.checked) {
                State::Checked
            } else {
                State::ToCheck
            };
            let verdict = f.and_then(|f| f.verdict.clone());
            // No verdict first while to check, last once checked; then the
            // scale's order; verdicts not on the scale after the scale's.
            let order = match verdict.as_deref() {
                None if state == State::ToCheck => 0,
                None => 2_000,
                Some(v) => scale.all().position(|r| r == v).map_or(1_000, |i| i + 1),
            };
            (state, order, verdict, worth(report, c), c.id)
        })
        .collect();
    keyed.sort_by(|a, b| {
        let s = |x: State| x == State::Checked;
        (s(a.0), a.1, &a.2, std::cmp::Reverse(a.3), a.4).cmp(&(
            s(b.0),
            b.1,
            &b.2,
            std::cmp::Reverse(b.3),
            b.4,
        ))
    });
    let mut out: Vec<Group> = Vec::new();
    for (state, _, verdict, _, id) in keyed {
        match out.last_mut() {
            Some(g) if g.state == state && g.verdict == verdict => g.claims.push(id),
            _ => out.push(Group {
                state,
                verdict,
                claims: vec![id],
            }),
        }
    }
    out
}

/// Counts for the top of the review and the memo.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub claims: usize,
    pub worth_checking: usize,
    pub checked: usize,
    pub with_verdict: usize,
    pub orphans: usize,
}

pub fn counts(report: &Report, findings: &Findings) -> Counts {
    let mut c = Counts {
        claims: report.claims.len(),
        ..Counts::default()
    };
    for claim in &report.claims {
        if worth(report, claim) > 0 {
            c.worth_checking += 1;
        }
    }
    for f in &findings.items {
        if f.claim_id()
            .is_some_and(|id| id.index() < report.claims.len())
        {
            c.checked += usize::from(f.checked);
            c.with_verdict += usize::from(f.verdict.is_some());
        } else {
            c.orphans += 1;
        }
    }
    c
}

/// One claim in the memo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoItem {
    pub id: ClaimId,
    /// "Coastal Relief Network (spokeswoman) said", or "The report says".
    pub who: String,
    /// The claim's words, the pieces joined by " … ".
    pub content: String,
    pub reasons: Vec<Reason>,
    pub finding: Option<Finding>,
}

/// A group of the memo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoGroup {
    pub title: String,
    pub items: Vec<MemoItem>,
}

/// The memo: what the printed page and the Markdown export both say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Memo {
    pub title: String,
    pub source_url: Option<String>,
    pub published: Option<String>,
    pub reviewer: Option<String>,
    pub counts: Counts,
    pub groups: Vec<MemoGroup>,
    /// Findings that found no claim, with why.
    pub orphans: Vec<Finding>,
}

/// Who makes a claim and how, in words.
pub fn who(report: &Report, claim: &Claim) -> String {
    let cue = claim.cue.map(|c| report.slice(c.span).to_string());
    match report.claimant_name(claim) {
        None => "The report says".to_string(),
        Some(name) => {
            let role = claim
                .claimant
                .as_ref()
                .and_then(|c| c.entity)
                .and_then(|e| report.entity(e))
                .and_then(|e| e.role.clone());
            let name = match role {
                Some(r) => format!("{name} ({r})"),
                None => name,
            };
            match cue {
                Some(c) => format!("{name} {c}"),
                None => name,
            }
        }
    }
}

/// A claim's words, its content pieces joined by " … ".
pub fn content(report: &Report, claim: &Claim) -> String {
    claim
        .content
        .iter()
        .map(|s| report.slice(*s))
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The memo of a report with its findings.
pub fn memo(report: &Report, meta: &Meta, findings: &Findings) -> Memo {
    let groups = groups(report, findings)
        .into_iter()
        .map(|g| MemoGroup {
            title: g.title(),
            items: g
                .claims
                .iter()
                .filter_map(|id| report.claim(*id))
                .map(|c| MemoItem {
                    id: c.id,
                    who: who(report, c),
                    content: content(report, c),
                    reasons: reasons(report, c),
                    finding: findings.get(c.id).cloned(),
                })
                .collect(),
        })
        .collect();
    Memo {
        title: meta
            .title
            .clone()
            .unwrap_or_else(|| crate::import::library::UNTITLED.to_string()),
        source_url: meta.source_url.clone(),
        published: meta.published.clone(),
        reviewer: findings.reviewer.clone(),
        counts: counts(report, findings),
        groups,
        orphans: findings.orphans().map(|(_, f)| f.clone()).collect(),
    }
}
