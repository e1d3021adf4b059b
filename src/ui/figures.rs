//! Figures: who says how many, for each measure, as the article wrote it;
//! a disputed figure names the other side of its dispute, and a claim that
//! answers a figure in words ("the toll is higher") shows beside it.

use crate::report::ClaimId;
use crate::ui::present::{self, tint_class};
use crate::ui::shared::Shared;
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
    let disputes: Vec<present::Dispute> = report
        .relations
        .iter()
        .filter_map(|r| present::dispute(report, r))
        .collect();
    let chip = |id: ClaimId| {
        let cb = props.on_link.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
        html! {
            <button type="button" class="claim-chip" data-claim-link={id.label()}
                aria-label={format!("Go to claim {}", id.index() + 1)} {onclick}>{ id.index() + 1 }</button>
        }
    };
    html! {
        <div class="figure-groups">
            { for groups.iter().map(|g| html! {
                <section class="figure-group">
                    <h3>{ g.measure.clone() }</h3>
                    <ul>
                        { for g.rows.iter().filter_map(|row| {
                            let c = report.claim(row.claim)?;
                            let f = c.figures.get(row.figure)?;
                            // The other side of each dispute over this figure.
                            let against: Vec<String> = disputes
                                .iter()
                                .filter_map(|d| {
                                    let here = |s: &present::Side| s.claim == Some(row.claim) && s.span == Some(f.span);
                                    if here(&d.disputed) {
                                        Some(d.by.line())
                                    } else if here(&d.by) {
                                        Some(d.disputed.line())
                                    } else {
                                        None
                                    }
                                })
                                .collect();
                            let disputed = !against.is_empty();
                            Some(html! {
                                <li class={classes!("figure-row", tint_class(c), disputed.then_some("disputed"))}>
                                    <span class="fr-who">{ present::speaker(report, c) }</span>
                                    <span class="fr-fig">
                                        <strong class="fig-w">{ present::figure_words(report, f) }</strong>
                                        if let Some(v) = present::figure_value(report, f) {
                                            <span class="fig-n"><span class="sr-only">{ "that is " }</span>{ v }</span>
                                        }
                                    </span>
                                    if disputed {
                                        <span class="fr-against">
                                            <span class="fig-flag">{ "disputed" }</span>
                                            { format!(" against {}", against.join("; ")) }
                                        </span>
                                    }
                                    { chip(row.claim) }
                                </li>
                            })
                        }) }
                        { for g.answers.iter().filter_map(|a| {
                            let c = report.claim(a.claim)?;
                            let against = report.claim(a.against.claim)?;
                            let f = against.figures.get(a.against.figure)?;
                            Some(html! {
                                <li class={classes!("figure-row", "answer", tint_class(c), "disputed")}>
                                    <span class="fr-who">{ present::speaker(report, c) }</span>
                                    <span class="fr-fig"><strong class="fig-w">{ format!("“{}”", report.slice(a.words)) }</strong></span>
                                    <span class="fr-against">
                                        <span class="fig-flag">{ "disputes" }</span>
                                        { format!(" {} — {}", present::figure_words(report, f), present::speaker(report, against)) }
                                    </span>
                                    { chip(a.claim) }
                                </li>
                            })
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}
