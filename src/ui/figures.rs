//! Figures: who says how many, for each measure.

use crate::report::ClaimId;
use crate::ui::present::{self, tint_class};
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    pub report: Shared,
    pub on_link: Callback<ClaimId>,
}

#[component]
pub fn FiguresView(props: &FiguresViewProps) -> Html {
    let report = &props.report;
    let groups = present::figure_groups(report);
    if groups.is_empty() {
        return html! { <p class="empty">{ "No figures were found in this text." }</p> };
    }
    html! {
        <div class="figure-groups">
            { for groups.iter().map(|g| html! {
                <section class="figure-group">
                    <h3>{ g.measure.clone() }</h3>
                    <ul>
                        { for g.rows.iter().filter_map(|row| {
                            let c = report.claim(row.claim)?;
                            let f = c.figures.get(row.figure)?;
                            let (q, v, u) = present::figure_parts(report, f);
                            let cb = props.on_link.clone();
                            let id = row.claim;
                            let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
                            Some(html! {
                                <li class={classes!("figure-row", tint_class(c))}>
                                    <span class="fr-who">{ present::speaker(report, c) }</span>
                                    <span class="fr-says">{ present::cue_text(report, c) }</span>
                                    <span class="fr-fig">
                                        if !q.is_empty() { <span class="fig-q">{ format!("{q} ") }</span> }
                                        <strong class="fig-v">{ v }</strong>
                                        if let Some(u) = u { { " " }<span class="fig-u">{ u }</span> }
                                    </span>
                                    <button type="button" class="claim-chip" data-claim-link={id.label()}
                                        aria-label={format!("Go to claim {}", id.index() + 1)} {onclick}>{ id.index() + 1 }</button>
                                </li>
                            })
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}
