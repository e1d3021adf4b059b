//! The reader's state, the actions that change it and the one reducer.
//!
//! `reduce` is a plain function of `(State, Action)`: no DOM, no storage, no
//! URL. The component reacts to the new state in effects (scrolling, the
//! URL fragment, saved preferences).

use crate::report::{ClaimId, ClaimKind, EntityId, Report};
use std::rc::Rc;
use yew::prelude::*;

/// What a claim is filtered by: who makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Who {
    Entity(EntityId),
    /// A claimant the engine could not resolve to an entity.
    Unresolved,
    /// Words that attribute a claim without naming anyone ("reportedly",
    /// "Several said", "It was reported that").
    Unnamed,
    /// The report's own assertions.
    Report,
}

/// The views beside the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Claims,
    People,
    Figures,
    /// Claims to check, findings, the memo, exports.
    Review,
}

impl View {
    pub const ALL: [View; 4] = [View::Claims, View::People, View::Figures, View::Review];

    pub fn key(self) -> &'static str {
        match self {
            View::Claims => "claims",
            View::People => "people",
            View::Figures => "figures",
            View::Review => "review",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// How sure the engine is of a claim, for the filter (see
/// [`crate::ui::present::LOW_CONFIDENCE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sureness {
    /// Below the threshold: "check who said this".
    Unsure,
    Sure,
}

/// The order of the cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sort {
    /// As in the text.
    Text,
    /// The least sure first, then in text order.
    LeastSure,
}

/// Which highlights the text shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Highlights {
    /// Every claim's.
    All,
    /// Only the selected claim's.
    Selected,
    /// None: the text reads plain (claims can still be selected).
    Off,
}

impl Highlights {
    pub const ALL: [Highlights; 3] = [Highlights::All, Highlights::Selected, Highlights::Off];

    pub fn key(self) -> &'static str {
        match self {
            Highlights::All => "all",
            Highlights::Selected => "selected",
            Highlights::Off => "off",
        }
    }

    pub fn from_key(key: &str) -> Option<Highlights> {
        Highlights::ALL.into_iter().find(|h| h.key() == key)
    }
}

/// The text sizes, from smallest; the second is the default.
pub const TEXT_SIZES: [&str; 4] = ["small", "normal", "large", "larger"];
pub const DEFAULT_TEXT_SIZE: u8 = 1;

/// On narrow screens only one pane shows at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Text,
    Panel,
}

/// Where a selection came from; it decides what scrolls into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A card was clicked or activated: bring its text into view.
    Card,
    /// A highlight was clicked or tapped: bring its card into view.
    Text,
    /// A link to a claim (badges, overview, views): bring both into view;
    /// on narrow screens the card opens in the sheet over the text.
    Link,
    /// Keys and restored links: bring both into view.
    Other,
}

/// What the reducer needs to know about one claim. `Eq`, so that two
/// states holding the same `Rc` of claims compare by pointer, not by the
/// words of every claim (a long report has thousands).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimMeta {
    pub who: Who,
    pub kind: ClaimKind,
    /// Lowercased words to search in: content, claimant, cue.
    pub haystack: String,
    /// The engine's confidence in thousandths, for sorting.
    pub confidence: u16,
    /// Below [`crate::ui::present::LOW_CONFIDENCE`].
    pub unsure: bool,
}

impl ClaimMeta {
    /// One entry per claim of `report`, in claim order.
    pub fn of_report(report: &Report) -> Vec<ClaimMeta> {
        report
            .claims
            .iter()
            .map(|c| {
                let who = crate::ui::present::who_of(c);
                let mut haystack = String::new();
                for s in &c.content {
                    haystack.push_str(report.slice(*s));
                    haystack.push(' ');
                }
                if let Some(name) = report.claimant_name(c) {
                    haystack.push_str(&name);
                    haystack.push(' ');
                }
                if let Some(cl) = &c.claimant {
                    haystack.push_str(report.slice(cl.span));
                    haystack.push(' ');
                }
                if let Some(cue) = &c.cue {
                    haystack.push_str(report.slice(cue.span));
                }
                ClaimMeta {
                    who,
                    kind: c.kind,
                    haystack: haystack.to_lowercase(),
                    confidence: (c.confidence.clamp(0.0, 1.0) * 1000.0) as u16,
                    unsure: crate::ui::present::is_unsure(c),
                }
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub claims: Rc<[ClaimMeta]>,
    pub hovered: Option<ClaimId>,
    pub selected: Option<ClaimId>,
    /// Bumped on every selection, so that selecting the same claim again
    /// still scrolls it into view.
    pub selection_seq: u32,
    pub origin: Origin,
    pub who: Option<Who>,
    pub kind: Option<ClaimKind>,
    pub show_unattributed: bool,
    pub sureness: Option<Sureness>,
    pub sort: Sort,
    pub search: AttrValue,
    pub view: View,
    pub pane: Pane,
    /// On narrow screens, the selected card shows in a sheet over the text.
    pub sheet: bool,
    /// The sheet at full height rather than half.
    pub sheet_full: bool,
    pub highlights: Highlights,
    /// An index into [`TEXT_SIZES`].
    pub text_size: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Hover(Option<ClaimId>),
    Select(ClaimId, Origin),
    /// Select and show the text on narrow screens.
    ShowInText(ClaimId),
    /// Restores a selection from the URL without side trips to other panes.
    Restore(Option<ClaimId>),
    Clear,
    Next,
    Prev,
    FilterWho(Option<Who>),
    FilterKind(Option<ClaimKind>),
    ShowUnattributed(bool),
    FilterSure(Option<Sureness>),
    SortBy(Sort),
    Search(AttrValue),
    ResetFilters,
    SetView(View),
    SetPane(Pane),
    CloseSheet,
    /// The sheet at full height (`true`) or half.
    SheetFull(bool),
    /// Filters the cards by a claimant and shows them.
    ShowClaimsBy(Who),
    SetHighlights(Highlights),
    /// An index into [`TEXT_SIZES`]; out of range is clamped.
    TextSize(u8),
}

impl State {
    pub fn new(claims: Vec<ClaimMeta>) -> State {
        State {
            claims: claims.into(),
            hovered: None,
            selected: None,
            selection_seq: 0,
            origin: Origin::Other,
            who: None,
            kind: None,
            show_unattributed: true,
            sureness: None,
            sort: Sort::Text,
            search: AttrValue::default(),
            view: View::Claims,
            pane: Pane::Text,
            sheet: false,
            sheet_full: false,
            highlights: Highlights::All,
            text_size: DEFAULT_TEXT_SIZE,
        }
    }

    /// Whether a claim passes the filters and the search.
    pub fn is_visible(&self, id: ClaimId) -> bool {
        let Some(m) = self.claims.get(id.index()) else {
            return false;
        };
        if !self.show_unattributed && m.who == Who::Report {
            return false;
        }
        if self.who.is_some_and(|w| w != m.who) {
            return false;
        }
        if self.kind.is_some_and(|k| k != m.kind) {
            return false;
        }
        match self.sureness {
            Some(Sureness::Unsure) if !m.unsure => return false,
            Some(Sureness::Sure) if m.unsure => return false,
            _ => {}
        }
        let q = self.search.trim();
        if !q.is_empty() {
            let q = q.to_lowercase();
            if !q.split_whitespace().all(|w| m.haystack.contains(w)) {
                return false;
            }
        }
        true
    }

    /// The claims that pass the filters, in order.
    pub fn visible(&self) -> Vec<ClaimId> {
        (0..self.claims.len() as u32)
            .map(ClaimId)
            .filter(|&id| self.is_visible(id))
            .collect()
    }

    /// The claims that pass the filters, in the order of the cards.
    pub fn ordered(&self) -> Vec<ClaimId> {
        let mut v = self.visible();
        if self.sort == Sort::LeastSure {
            // Stable: claims as sure as each other stay in text order.
            v.sort_by_key(|id| self.claims.get(id.index()).map_or(0, |m| m.confidence));
        }
        v
    }

    /// Whether any filter or the search hides something.
    pub fn is_filtered(&self) -> bool {
        self.who.is_some()
            || self.kind.is_some()
            || self.sureness.is_some()
            || !self.show_unattributed
            || !self.search.trim().is_empty()
    }

    /// Plain reducer, usable without Yew.
    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Hover(id) => self.hovered = id.filter(|i| i.index() < self.claims.len()),
            Action::Select(id, origin) => self.select(id, origin),
            Action::ShowInText(id) => {
                self.select(id, Origin::Card);
                self.pane = Pane::Text;
                self.sheet = false;
            }
            Action::Restore(id) => match id.filter(|i| i.index() < self.claims.len()) {
                Some(id) => {
                    self.select(id, Origin::Other);
                    self.sheet = false;
                }
                None => self.clear(),
            },
            Action::Clear => self.clear(),
            Action::Next => self.step(1),
            Action::Prev => self.step(-1),
            Action::FilterWho(w) => {
                self.who = w;
                if w == Some(Who::Report) {
                    self.show_unattributed = true;
                }
            }
            Action::FilterKind(k) => {
                self.kind = k;
                if k == Some(ClaimKind::Unattributed) {
                    self.show_unattributed = true;
                }
            }
            Action::ShowUnattributed(on) => {
                self.show_unattributed = on;
                if !on && self.who == Some(Who::Report) {
                    self.who = None;
                }
                if !on && self.kind == Some(ClaimKind::Unattributed) {
                    self.kind = None;
                }
            }
            Action::FilterSure(f) => self.sureness = f,
            Action::SortBy(o) => self.sort = o,
            Action::Search(q) => self.search = q,
            Action::ResetFilters => self.reset_filters(),
            Action::SetView(v) => {
                self.view = v;
                self.sheet = false;
            }
            Action::SetPane(p) => {
                self.pane = p;
                self.sheet = false;
            }
            Action::CloseSheet => {
                self.sheet = false;
                self.sheet_full = false;
            }
            Action::SheetFull(full) => self.sheet_full = full && self.sheet,
            Action::SetHighlights(h) => self.highlights = h,
            Action::TextSize(n) => self.text_size = n.min(TEXT_SIZES.len() as u8 - 1),
            Action::ShowClaimsBy(w) => {
                self.reset_filters();
                self.who = Some(w);
                self.view = View::Claims;
                self.pane = Pane::Panel;
                self.sheet = false;
            }
        }
    }

    fn select(&mut self, id: ClaimId, origin: Origin) {
        if id.index() >= self.claims.len() {
            return;
        }
        // A selected card must be visible: drop the filters that hide it.
        if !self.is_visible(id) {
            self.reset_filters();
        }
        self.selected = Some(id);
        self.selection_seq = self.selection_seq.wrapping_add(1);
        self.origin = origin;
        self.view = View::Claims;
        self.sheet = matches!(origin, Origin::Text | Origin::Link) && self.pane == Pane::Text;
        self.sheet_full &= self.sheet;
    }

    fn clear(&mut self) {
        self.selected = None;
        self.hovered = None;
        self.sheet = false;
    }

    fn reset_filters(&mut self) {
        self.who = None;
        self.kind = None;
        self.sureness = None;
        self.show_unattributed = true;
        self.search = AttrValue::default();
    }

    /// Moves the selection through the visible claims in the order of the
    /// cards; from nothing, `Next` starts at the first and `Prev` at the
    /// last. Stops at the ends.
    fn step(&mut self, dir: i32) {
        let vis = self.ordered();
        if vis.is_empty() {
            return;
        }
        let target = match self.selected {
            None => {
                if dir > 0 {
                    vis[0]
                } else {
                    vis[vis.len() - 1]
                }
            }
            Some(cur) => match vis.iter().position(|&v| v == cur) {
                Some(i) if dir > 0 => vis.get(i + 1).copied().unwrap_or(cur),
                Some(i) => i.checked_sub(1).map_or(cur, |k| vis[k]),
                // The nearest visible claim after (or before) the current
                // one in the text, when the current one is hidden.
                None if dir > 0 => vis.iter().copied().find(|&v| v > cur).unwrap_or(cur),
                None => vis.iter().rev().copied().find(|&v| v < cur).unwrap_or(cur),
            },
        };
        let keep_sheet = self.sheet;
        self.select(target, Origin::Other);
        self.sheet = keep_sheet;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        State::reduce(&mut next, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(who: Who, kind: ClaimKind, text: &str) -> ClaimMeta {
        ClaimMeta {
            who,
            kind,
            haystack: text.to_lowercase(),
            confidence: 900,
            unsure: false,
        }
    }

    /// Five claims: c1 and c4 by e1, c2 by e2, c3 and c5 the report's own.
    fn state() -> State {
        let e1 = Who::Entity(EntityId(0));
        let e2 = Who::Entity(EntityId(1));
        State::new(vec![
            meta(e1, ClaimKind::Direct, "the quay will reopen charity said"),
            meta(
                e2,
                ClaimKind::Indirect,
                "looters came from the city mayor blamed",
            ),
            meta(
                Who::Report,
                ClaimKind::Unattributed,
                "the storm closed the harbour road",
            ),
            meta(e1, ClaimKind::Mixed, "a slow recovery charity said"),
            meta(
                Who::Report,
                ClaimKind::Unattributed,
                "no evidence to back up the claim",
            ),
        ])
    }

    fn run(actions: &[Action]) -> State {
        let mut s = state();
        for a in actions {
            s.reduce(a.clone());
        }
        s
    }

    fn c(n: u32) -> ClaimId {
        ClaimId(n - 1)
    }

    #[test]
    fn select_sets_selection_and_bumps_the_sequence() {
        let s = run(&[
            Action::Select(c(2), Origin::Card),
            Action::Select(c(2), Origin::Card),
        ]);
        assert_eq!(s.selected, Some(c(2)));
        assert_eq!(s.selection_seq, 2);
        assert_eq!(s.origin, Origin::Card);
    }

    #[test]
    fn select_out_of_range_is_ignored() {
        let s = run(&[Action::Select(c(9), Origin::Card)]);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn escape_clears_selection_and_hover() {
        let s = run(&[
            Action::Hover(Some(c(1))),
            Action::Select(c(3), Origin::Text),
            Action::Clear,
        ]);
        assert_eq!((s.selected, s.hovered, s.sheet), (None, None, false));
    }

    #[test]
    fn next_and_prev_walk_the_claims_and_stop_at_the_ends() {
        let s = run(&[Action::Next]);
        assert_eq!(s.selected, Some(c(1)));
        let s = run(&[Action::Next, Action::Next, Action::Next]);
        assert_eq!(s.selected, Some(c(3)));
        let s = run(&[Action::Prev]);
        assert_eq!(s.selected, Some(c(5)));
        let s = run(&[Action::Select(c(5), Origin::Card), Action::Next]);
        assert_eq!(s.selected, Some(c(5)));
        let s = run(&[Action::Select(c(1), Origin::Card), Action::Prev]);
        assert_eq!(s.selected, Some(c(1)));
    }

    #[test]
    fn next_skips_filtered_claims() {
        let s = run(&[
            Action::FilterWho(Some(Who::Entity(EntityId(0)))),
            Action::Select(c(1), Origin::Card),
            Action::Next,
        ]);
        assert_eq!(s.selected, Some(c(4)));
        let s = run(&[
            Action::ShowUnattributed(false),
            Action::Select(c(2), Origin::Card),
            Action::Next,
        ]);
        assert_eq!(s.selected, Some(c(4)));
    }

    #[test]
    fn filters_combine_and_reset() {
        let s = run(&[Action::FilterKind(Some(ClaimKind::Unattributed))]);
        assert_eq!(s.visible(), vec![c(3), c(5)]);
        let s = run(&[Action::Search("said".into())]);
        assert_eq!(s.visible(), vec![c(1), c(4)]);
        let s = run(&[Action::Search("  CHARITY   recovery ".into())]);
        assert_eq!(s.visible(), vec![c(4)]);
        let s = run(&[Action::ShowUnattributed(false)]);
        assert_eq!(s.visible(), vec![c(1), c(2), c(4)]);
        assert!(s.is_filtered());
        let s = run(&[
            Action::ShowUnattributed(false),
            Action::Search("x".into()),
            Action::ResetFilters,
        ]);
        assert_eq!(s.visible().len(), 5);
        assert!(!s.is_filtered());
    }

    #[test]
    fn hiding_unattributed_drops_a_filter_that_asks_for_them() {
        let s = run(&[
            Action::FilterWho(Some(Who::Report)),
            Action::ShowUnattributed(false),
        ]);
        assert_eq!(s.who, None);
        let s = run(&[
            Action::ShowUnattributed(false),
            Action::FilterWho(Some(Who::Report)),
        ]);
        assert!(s.show_unattributed);
        assert_eq!(s.visible(), vec![c(3), c(5)]);
    }

    #[test]
    fn selecting_a_hidden_claim_drops_the_filters() {
        let s = run(&[
            Action::ShowUnattributed(false),
            Action::Select(c(3), Origin::Text),
        ]);
        assert_eq!(s.selected, Some(c(3)));
        assert!(s.show_unattributed);
        assert!(s.is_visible(c(3)));
    }

    #[test]
    fn tapping_text_opens_the_sheet_only_on_the_text_pane() {
        let s = run(&[Action::Select(c(2), Origin::Text)]);
        assert!(s.sheet);
        let s = run(&[
            Action::SetPane(Pane::Panel),
            Action::Select(c(2), Origin::Text),
        ]);
        assert!(!s.sheet);
        let s = run(&[Action::Select(c(2), Origin::Card)]);
        assert!(!s.sheet);
        let s = run(&[Action::Select(c(2), Origin::Link)]);
        assert!(s.sheet, "a link from the overview opens the sheet too");
        let s = run(&[
            Action::SetPane(Pane::Panel),
            Action::Select(c(2), Origin::Link),
        ]);
        assert!(!s.sheet, "a link from the card list stays in the list");
        let s = run(&[Action::Select(c(2), Origin::Text), Action::Next]);
        assert!(s.sheet, "moving with keys keeps the sheet open");
        assert_eq!(s.selected, Some(c(3)));
        let s = run(&[Action::Select(c(2), Origin::Text), Action::CloseSheet]);
        assert!(!s.sheet);
        assert_eq!(s.selected, Some(c(2)));
    }

    #[test]
    fn show_in_text_switches_to_the_text_pane() {
        let s = run(&[Action::SetPane(Pane::Panel), Action::ShowInText(c(4))]);
        assert_eq!(
            (s.pane, s.selected, s.origin, s.sheet),
            (Pane::Text, Some(c(4)), Origin::Card, false)
        );
    }

    #[test]
    fn restore_selects_or_clears() {
        let s = run(&[Action::Restore(Some(c(4)))]);
        assert_eq!(s.selected, Some(c(4)));
        let s = run(&[Action::Select(c(1), Origin::Card), Action::Restore(None)]);
        assert_eq!(s.selected, None);
        let s = run(&[
            Action::Select(c(1), Origin::Card),
            Action::Restore(Some(c(99))),
        ]);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn show_claims_by_filters_and_opens_the_card_list() {
        let s = run(&[
            Action::SetView(View::People),
            Action::ShowClaimsBy(Who::Entity(EntityId(1))),
        ]);
        assert_eq!((s.view, s.pane), (View::Claims, Pane::Panel));
        assert_eq!(s.visible(), vec![c(2)]);
    }

    #[test]
    fn selecting_switches_back_to_the_claims_view() {
        let s = run(&[
            Action::SetView(View::Figures),
            Action::Select(c(2), Origin::Other),
        ]);
        assert_eq!(s.view, View::Claims);
    }

    #[test]
    fn reducible_keeps_the_same_rc_when_nothing_changes() {
        let s = Rc::new(state());
        let same = Reducible::reduce(s.clone(), Action::Hover(None));
        assert!(Rc::ptr_eq(&s, &same));
        let changed = Reducible::reduce(s.clone(), Action::Hover(Some(c(1))));
        assert!(!Rc::ptr_eq(&s, &changed));
    }

    /// The state with c2 and c4 unsure (c4 the least sure).
    fn unsure_state() -> State {
        let mut s = state();
        let mut claims: Vec<ClaimMeta> = s.claims.to_vec();
        claims[1].confidence = 600;
        claims[1].unsure = true;
        claims[3].confidence = 500;
        claims[3].unsure = true;
        s.claims = claims.into();
        s
    }

    #[test]
    fn the_confidence_filter_keeps_the_claims_to_check_or_the_others() {
        let mut s = unsure_state();
        s.reduce(Action::FilterSure(Some(Sureness::Unsure)));
        assert_eq!(s.visible(), vec![c(2), c(4)]);
        assert!(s.is_filtered());
        s.reduce(Action::FilterSure(Some(Sureness::Sure)));
        assert_eq!(s.visible(), vec![c(1), c(3), c(5)]);
        s.reduce(Action::ResetFilters);
        assert_eq!(s.visible().len(), 5);
    }

    #[test]
    fn sorting_puts_the_least_sure_first_and_j_follows_the_cards() {
        let mut s = unsure_state();
        s.reduce(Action::SortBy(Sort::LeastSure));
        assert_eq!(s.ordered(), vec![c(4), c(2), c(1), c(3), c(5)]);
        assert_eq!(s.visible(), vec![c(1), c(2), c(3), c(4), c(5)]);
        s.reduce(Action::Next);
        assert_eq!(s.selected, Some(c(4)));
        s.reduce(Action::Next);
        assert_eq!(s.selected, Some(c(2)));
        s.reduce(Action::Prev);
        assert_eq!(s.selected, Some(c(4)));
        s.reduce(Action::Prev);
        assert_eq!(s.selected, Some(c(4)), "stops at the first card");
    }

    #[test]
    fn display_choices_are_kept_in_range() {
        let s = run(&[Action::TextSize(9), Action::SetHighlights(Highlights::Off)]);
        assert_eq!(s.text_size as usize, TEXT_SIZES.len() - 1);
        assert_eq!(s.highlights, Highlights::Off);
        for h in Highlights::ALL {
            assert_eq!(Highlights::from_key(h.key()), Some(h));
        }
    }

    #[test]
    fn the_sheet_grows_only_while_it_is_open() {
        let s = run(&[Action::SheetFull(true)]);
        assert!(!s.sheet_full);
        let s = run(&[Action::Select(c(2), Origin::Text), Action::SheetFull(true)]);
        assert!(s.sheet_full);
        let s = run(&[
            Action::Select(c(2), Origin::Text),
            Action::SheetFull(true),
            Action::CloseSheet,
        ]);
        assert!(!s.sheet_full);
    }

    #[test]
    fn view_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("nope"), None);
    }
}
