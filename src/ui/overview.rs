//! The overview above the text: how many claims, by whom, which are
//! disputed or lack evidence, and the headline figures.

use crate::report::ClaimId;
use crate::ui::present;
use crate::ui::shared::Shared;
use crate::ui::state::Who;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub report: Shared,
    pub on_link: Callback<ClaimId>,
    pub on_who: Callback<Who>,
    /// Whether the overview starts unfolded (wide screens).
    pub open: bool,
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let report = &props.report;
    let total = report.claims.len();
    let counts = present::claimant_counts(report);
    let o = present::overview(report);

    let claim_link = |id: ClaimId, words: String| {
        let cb = props.on_link.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
        html! {
            <li><button type="button" class="ov-link" data-claim-link={id.label()} {onclick}>{ words }</button></li>
        }
    };
    let short = |id: ClaimId| {
        report
            .claim(id)
            .map(|c| {
                format!(
                    "{}: {}",
                    present::speaker(report, c),
                    present::truncate(&present::content_text(report, c), 56)
                )
            })
            .unwrap_or_default()
    };

    let by_whom = counts.iter().map(|(w, name, n)| {
        let cb = props.on_who.clone();
        let w = *w;
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(w));
        let tint = match w {
            Who::Entity(e) => present::entity_tint(e),
            Who::Unresolved | Who::Unnamed => "tint-unresolved".to_string(),
            Who::Report => "own".to_string(),
        };
        let initials = match w {
            Who::Entity(e) => report
                .entity(e)
                .map(|e| present::initials(&e.name, &e.aliases)),
            _ => None,
        };
        html! {
            <li><button type="button" class={classes!("ov-who", tint)}
                title={format!("Show the claims of {name}")} {onclick}>
                if let Some(i) = initials { <span class="initials" aria-hidden="true">{ i }</span> }
                <span class="ov-name">{ name.clone() }</span><span class="count">{ n }</span>
            </button></li>
        }
    });

    let sources = counts.iter().filter(|c| c.0 != Who::Report).count();
    let mut summary = match total {
        0 => "No claims found".to_string(),
        1 => "1 claim".to_string(),
        n => format!("{n} claims"),
    };
    if sources > 0 {
        summary.push_str(&format!(
            " from {sources} source{}",
            if sources == 1 { "" } else { "s" }
        ));
    } else if total > 0 {
        summary.push_str(", none attributed");
    }
    let mut notes: Vec<String> = Vec::new();
    if !o.disputes.is_empty() {
        notes.push(format!("{} disputed", o.disputes.len()));
    }
    if !o.no_evidence.is_empty() {
        notes.push(format!("{} without evidence", o.no_evidence.len()));
    }

    html! {
        <details class="overview" open={props.open}>
            <summary>
                <span class="ov-title">{ summary }</span>
                if !notes.is_empty() { <span class="ov-notes">{ notes.join(" · ") }</span> }
            </summary>
            if total > 0 {
                <div class="ov-row">
                    <h2 class="ov-head">{ "By whom" }</h2>
                    <ul class="ov-list">{ for by_whom }</ul>
                </div>
            }
            if !o.disputes.is_empty() {
                <div class="ov-row">
                    <h2 class="ov-head disputed">{ "Disputed" }</h2>
                    <ul class="ov-list">{ for o.disputes.iter().filter_map(|d| {
                        // The figure first: what is disputed, by whom, against what.
                        let id = d.disputed.claim?;
                        let cb = props.on_link.clone();
                        let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
                        Some(html! {
                            <li><button type="button" class="ov-link ov-dispute" data-claim-link={id.label()} {onclick}>
                                <strong class="dfig">{ d.disputed.words.clone() }</strong>
                                { format!(" — {}", d.disputed.who) }
                                <span class="vs">{ " · against " }</span>
                                <span class="dfig">{ d.by.words.clone() }</span>
                                { format!(" — {}", d.by.who) }
                            </button></li>
                        })
                    }) }</ul>
                </div>
            }
            if !o.no_evidence.is_empty() {
                <div class="ov-row">
                    <h2 class="ov-head no-evidence">{ "No evidence produced" }</h2>
                    <ul class="ov-list">{ for o.no_evidence.iter().map(|&id| claim_link(id, short(id))) }</ul>
                </div>
            }
            if !o.headline_figures.is_empty() {
                <div class="ov-row">
                    <h2 class="ov-head">{ "Headline figures" }</h2>
                    <ul class="ov-list">
                        { for o.headline_figures.iter().filter_map(|row| {
                            let c = report.claim(row.claim)?;
                            let f = c.figures.get(row.figure)?;
                            Some(claim_link(row.claim, format!("{} · {}", present::figure_words(report, f), present::speaker(report, c))))
                        }) }
                    </ul>
                </div>
            }
        </details>
    }
}
