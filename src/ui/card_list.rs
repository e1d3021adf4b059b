//! The list of claim cards that pass the filters.

use crate::report::ClaimId;
use crate::ui::card::ClaimCard;
use crate::ui::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardListProps {
    pub report: Shared,
    pub visible: Rc<Vec<ClaimId>>,
    pub selected: Option<ClaimId>,
    pub hovered: Option<ClaimId>,
    pub title: AttrValue,
    pub seed: AttrValue,
    pub on_select: Callback<ClaimId>,
    pub on_hover: Callback<Option<ClaimId>>,
    pub on_show_text: Callback<ClaimId>,
    pub on_link: Callback<ClaimId>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
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
    html! {
        <ol class="card-list">
            { for props.visible.iter().map(|&id| html! {
                <li key={id.label()}>
                    <ClaimCard
                        report={props.report.clone()}
                        {id}
                        selected={props.selected == Some(id)}
                        previewed={props.hovered == Some(id)}
                        title={props.title.clone()}
                        seed={props.seed.clone()}
                        on_select={props.on_select.clone()}
                        on_hover={props.on_hover.clone()}
                        on_show_text={props.on_show_text.clone()}
                        on_link={props.on_link.clone()}
                    />
                </li>
            }) }
        </ol>
    }
}
