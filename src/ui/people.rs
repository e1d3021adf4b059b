//! People & organisations: every claimant with role and claim count.

use crate::report::ClaimId;
use crate::ui::present;
use crate::ui::shared::Shared;
use crate::ui::state::Who;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeopleViewProps {
    pub report: Shared,
    pub on_link: Callback<ClaimId>,
    pub on_who: Callback<Who>,
}

#[component]
pub fn PeopleView(props: &PeopleViewProps) -> Html {
    let report = &props.report;
    if report.entities.is_empty() {
        return html! { <p class="empty">{ "No people or organisations were found in this text." }</p> };
    }
    let mut order: Vec<usize> = (0..report.entities.len()).collect();
    order.sort_by_key(|&i| {
        std::cmp::Reverse(present::claims_by(report, report.entities[i].id).len())
    });
    html! {
        <ul class="people">
            { for order.into_iter().map(|i| {
                let e = &report.entities[i];
                let claims = present::claims_by(report, e.id);
                let who = Who::Entity(e.id);
                let cb = props.on_who.clone();
                let show = Callback::from(move |_: MouseEvent| cb.emit(who));
                let affiliation = e.affiliation.and_then(|a| report.entity(a)).map(|a| a.name.clone());
                let n = claims.len();
                html! {
                    <li class={classes!("person", present::entity_tint(e.id))}>
                        <h3 class="person-name">
                            <span class="initials" aria-hidden="true">{ present::initials(&e.name, &e.aliases) }</span>
                            { e.name.clone() }
                        </h3>
                        <p class="person-meta">
                            <span class="person-kind">{ present::entity_kind_word(e.kind) }</span>
                            if let Some(r) = &e.role { <span class="role">{ r.clone() }</span> }
                            if let Some(a) = affiliation { <span class="affiliation">{ a }</span> }
                        </p>
                        if !e.aliases.is_empty() {
                            <p class="aliases">{ format!("Also: {}", e.aliases.join(", ")) }</p>
                        }
                        <p class="person-counts">
                            { format!("{} mention{}", e.mentions.len(), if e.mentions.len() == 1 { "" } else { "s" }) }
                        </p>
                        if n > 0 {
                            <div class="person-claims">
                                <button type="button" class="act" onclick={show}>
                                    { format!("Show {n} claim{}", if n == 1 { "" } else { "s" }) }
                                </button>
                                { for claims.iter().map(|&c| {
                                    let cb = props.on_link.clone();
                                    let onclick = Callback::from(move |_: MouseEvent| cb.emit(c));
                                    html! {
                                        <button type="button" class="claim-chip" data-claim-link={c.label()}
                                            aria-label={format!("Claim {}", c.index() + 1)} {onclick}>{ c.index() + 1 }</button>
                                    }
                                }) }
                            </div>
                        } else {
                            <p class="person-counts">{ "No claims of their own" }</p>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
