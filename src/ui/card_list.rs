//! The list of claim cards that pass the filters.
//!
//! A long list renders only the cards near the view (see `windowed`), and
//! always the selected one, so that selecting a claim far away renders its
//! card before it is scrolled to (or shown in the sheet).

use crate::desk::{Edit, Findings, Scale};
use crate::report::ClaimId;
use crate::ui::card::ClaimCard;
use crate::ui::shared::Shared;
use crate::ui::windowed::{use_windowed, SPACER};
use crate::ui::windowing::{self, Estimate, Heights};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardListProps {
    pub report: Shared,
    /// The claims that pass the filters, in the order of the cards.
    pub visible: Rc<Vec<ClaimId>>,
    pub selected: Option<ClaimId>,
    pub hovered: Option<ClaimId>,
    /// Where the report comes from, for citations.
    pub cite: Rc<crate::ui::present::Cite>,
    pub on_select: Callback<ClaimId>,
    pub on_hover: Callback<Option<ClaimId>>,
    pub on_show_text: Callback<ClaimId>,
    pub on_link: Callback<ClaimId>,
    pub on_reset: Callback<()>,
    /// What the user found, and how to change it.
    #[prop_or_default]
    pub findings: Rc<Findings>,
    #[prop_or_default]
    pub scale: Rc<Scale>,
    #[prop_or_default]
    pub on_edit: Callback<Edit>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    #[prop_or_default]
    pub can_undo: bool,
}

/// A first guess at a card's height, before any has been measured: its
/// frame, head and buttons, plus its words and a row for figures and one
/// for dates (weighed as 100 characters each).
const CARD: Estimate = Estimate {
    base: 150.0,
    per_unit: 0.4,
};

/// What a card weighs for its estimated height.
fn weight(report: &Shared, id: ClaimId) -> f64 {
    let Some(c) = report.claim(id) else {
        return 0.0;
    };
    let words: usize = c.content.iter().map(|s| s.range().len()).sum();
    let rows = usize::from(!c.figures.is_empty()) + usize::from(!c.dates.is_empty());
    (words + 100 * rows) as f64
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    // Cards are placed by claim index; the filters pick which show.
    let order: Rc<Vec<usize>> = use_memo(props.visible.clone(), |v| {
        v.iter().map(|id| id.index()).collect()
    });
    // The cards may be sorted other than in text order.
    let pins: Vec<usize> = props
        .selected
        .and_then(|id| props.visible.iter().position(|&v| v == id))
        .into_iter()
        .collect();
    let list = use_node_ref();
    let plan = use_windowed(
        Rc::as_ptr(&props.report.0) as usize,
        {
            let report = props.report.clone();
            move || {
                let weights = (0..report.claims.len() as u32)
                    .map(|i| weight(&report, ClaimId(i)))
                    .collect();
                Heights::new(weights, CARD)
            }
        },
        order,
        pins,
        list.clone(),
    );

    if props.visible.is_empty() {
        let reset = props.on_reset.reform(|_: MouseEvent| ());
        return html! {
            <div class="empty">
                <p>{ if props.report.claims.is_empty() { "No claims found in this text." } else { "No claim matches these filters." } }</p>
                if !props.report.claims.is_empty() {
                    <button type="button" class="act" onclick={reset}>{ "Clear filters" }</button>
                }
            </div>
        };
    }
    let card = |k: usize| {
        let id = props.visible[k];
        html! {
            <li key={id.label()}>
                <ClaimCard
                    report={props.report.clone()}
                    {id}
                    selected={props.selected == Some(id)}
                    previewed={props.hovered == Some(id)}
                    cite={props.cite.clone()}
                    on_select={props.on_select.clone()}
                    on_hover={props.on_hover.clone()}
                    on_show_text={props.on_show_text.clone()}
                    on_link={props.on_link.clone()}
                    finding={props.findings.get(id).cloned()}
                    scale={props.scale.clone()}
                    on_edit={props.on_edit.clone()}
                    on_undo={props.on_undo.clone()}
                    can_undo={props.can_undo}
                />
            </li>
        }
    };
    let windowed = windowing::windowed(props.visible.len());
    let items = plan.runs.iter().enumerate().flat_map(|(k, run)| {
        let spacer = windowed.then(|| {
            html! { <li key={format!("gap-{k}")} class={SPACER} aria-hidden="true"></li> }
        });
        spacer.into_iter().chain(run.clone().map(card))
    });
    let end = windowed.then(|| html! { <li key="gap-end" class={SPACER} aria-hidden="true"></li> });
    html! {
        <ol class={classes!("card-list", windowed.then_some("windowed"))} ref={list}>
            { for items }
            { for end }
        </ol>
    }
}
