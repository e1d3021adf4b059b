//! The review: claims grouped by state and verdict, the ones worth checking
//! first; the report's rating scale and reviewer; exports in every format
//! and the import of annotation sets; findings that lost their claim
//! (orphans); and the memo the print stylesheet prints. Every word from the
//! report or the user is rendered as text.

use crate::desk::review::{self, Memo};
use crate::desk::{Edit, Findings, Scale};
use crate::export::Format;
use crate::import::Meta;
use crate::report::ClaimId;
use crate::ui::finding::DeskHandle;
use crate::ui::present::{self, tint_class};
use crate::ui::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewViewProps {
    pub report: Shared,
    /// Title, source address and publication date.
    pub meta: Meta,
    pub desk: DeskHandle,
    pub selected: Option<ClaimId>,
    pub on_link: Callback<ClaimId>,
}

/// The exports offered here, with their button labels.
const EXPORTS: [(Format, &str); 5] = [
    (Format::Csv, "CSV (spreadsheets)"),
    (Format::Annotation, "W3C annotations"),
    (Format::Schema, "schema.org ClaimReview"),
    (Format::Memo, "Memo (Markdown)"),
    (Format::Json, "Report JSON"),
];

/// A group shows this many claims until the user asks for all (a long
/// report has thousands).
const SHOWN: usize = 200;

fn node_value(r: &NodeRef) -> String {
    if let Some(i) = r.cast::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    r.cast::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
        .unwrap_or_default()
}

#[component]
pub fn ReviewView(props: &ReviewViewProps) -> Html {
    let report = &props.report;
    let findings: &Findings = &props.desk.desk.findings;
    let scale = findings.scale();
    let groups = review::groups(report, findings);
    let counts = review::counts(report, findings);
    let file_ref = use_node_ref();
    let all_shown = use_state(std::collections::HashSet::<String>::new);
    let (ratings_ref, off_ref, reviewer_ref, url_ref) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );

    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let pick = {
        let r = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = r.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_file = {
        let cb = props.desk.on_import.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let file = input.files().and_then(|f| f.get(0));
            input.set_value("");
            if let Some(f) = file {
                cb.emit(f);
            }
        })
    };
    let save_scale = {
        let (r, o) = (ratings_ref.clone(), off_ref.clone());
        let cb = props.desk.on_edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(Edit::Scale(Scale::from_lines(
                &node_value(&r),
                &node_value(&o),
            )));
        })
    };
    let default_scale = props.desk.on_edit.reform(|_: MouseEvent| Edit::Scale(None));
    let save_about = {
        let (n, u) = (reviewer_ref.clone(), url_ref.clone());
        let cb = props.desk.on_edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(Edit::About {
                reviewer: node_value(&n),
                review_url: node_value(&u),
            });
        })
    };
    let undo = props.desk.on_undo.reform(|_: MouseEvent| ());
    let redo = props.desk.on_redo.reform(|_: MouseEvent| ());
    let desk = &props.desk.desk;
    let scale_key = format!("{:?}", findings.scale);
    let about_key = format!("{:?}{:?}", findings.reviewer, findings.review_url);

    let link = |id: ClaimId, words: String| {
        let cb = props.on_link.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
        html! {
            <button type="button" class="rv-claim" data-claim-link={id.label()} {onclick}>
                <span class="rv-num" aria-hidden="true">{ id.index() + 1 }</span>
                <span class="rv-words">{ words }</span>
            </button>
        }
    };

    let group_html = groups.iter().map(|g| {
        let title = g.title();
        let whole = all_shown.contains(&title) || g.claims.len() <= SHOWN;
        let more = (!whole).then(|| {
            let all_shown = all_shown.clone();
            let t = title.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                let mut s = (*all_shown).clone();
                s.insert(t.clone());
                all_shown.set(s);
            });
            html! {
                <button type="button" class="act" data-show-all="" {onclick}>
                    { format!("Show all {} claims", g.claims.len()) }
                </button>
            }
        });
        let items = g.claims.iter().take(if whole { usize::MAX } else { SHOWN }).filter_map(|&id| {
            let c = report.claim(id)?;
            let f = findings.get(id);
            let reasons = review::reasons(report, c);
            let words = format!("{}: {}", review::who(report, c), present::truncate(&review::content(report, c), 140));
            Some(html! {
                <li class={classes!("rv-item", tint_class(c))} data-review-claim={id.label()}>
                    { link(id, words) }
                    <div class="rv-meta">
                        { for reasons.iter().map(|r| html! { <span class="chip reason">{ r.words() }</span> }) }
                        if let Some(v) = f.and_then(|f| f.verdict.clone()) {
                            <span class={classes!("verdict-chip", (!scale.has(&v)).then_some("off-scale"))}>{ v }</span>
                        }
                        if f.is_some_and(|f| f.checked) {
                            <span class="checked-chip">{ "Checked" }</span>
                        }
                    </div>
                    if let Some(note) = f.map(|f| f.note.trim().to_string()).filter(|n| !n.is_empty()) {
                        <p class="rv-note">{ present::truncate(&note, 240) }</p>
                    }
                </li>
            })
        });
        html! {
            <section class="rv-group" data-group={g.title()}>
                <h3>{ format!("{} ({})", g.title(), g.claims.len()) }</h3>
                <ol class="rv-list">{ for items }</ol>
                { for more }
            </section>
        }
    });

    let orphans: Vec<(usize, crate::desk::Finding)> =
        findings.orphans().map(|(i, f)| (i, f.clone())).collect();
    let orphan_html = orphans.iter().map(|(i, f)| {
        let i = *i;
        let drop = props.desk.on_edit.reform(move |_: MouseEvent| Edit::DropOrphan(i));
        let adopt = props.selected.map(|c| props.desk.on_edit.reform(move |_: MouseEvent| Edit::Adopt(i, c)));
        html! {
            <li class="rv-orphan" data-orphan="">
                if !f.anchor.exact.is_empty() {
                    <blockquote class="content quote"><p>{ present::truncate(&f.anchor.exact, 240) }</p></blockquote>
                }
                <p class="hint">{ f.why.clone().unwrap_or_default() }</p>
                <div class="rv-meta">
                    if let Some(v) = &f.verdict { <span class="verdict-chip">{ v.clone() }</span> }
                    if f.checked { <span class="checked-chip">{ "Checked" }</span> }
                </div>
                if !f.note.trim().is_empty() { <p class="rv-note">{ f.note.clone() }</p> }
                if !f.sources.is_empty() {
                    <ul class="finding-links">
                        { for f.sources.iter().map(|s| html! { <li><a href={s.clone()} target="_blank" rel="noopener noreferrer">{ s.clone() }</a></li> }) }
                    </ul>
                }
                <div class="row-actions">
                    if let (Some(adopt), Some(c)) = (adopt, props.selected) {
                        <button type="button" class="act" data-adopt="" onclick={adopt}>{ format!("Put on claim {}", c.index() + 1) }</button>
                    } else {
                        <span class="hint">{ "Select a claim to put this finding on it." }</span>
                    }
                    <button type="button" class="act danger" data-drop-orphan="" onclick={drop}>{ "Delete" }</button>
                </div>
            </li>
        }
    });

    let memo = review::memo(report, &props.meta, findings);

    html! {
        <div class="review" data-review="">
            <p class="rv-counts" data-review-counts="">
                { format!(
                    "{} · {} worth checking · {} with a verdict · {} checked",
                    crate::ui::doc::claims_word(counts.claims), counts.worth_checking, counts.with_verdict, counts.checked
                ) }
                if counts.orphans > 0 { { format!(" · {} not on a claim", counts.orphans) } }
            </p>
            if !props.desk.saved {
                <p class="notice warning" role="status">{ "This report is not kept on this device, so its findings last only until this page closes. Export them to keep them." }</p>
            }
            <div class="row-actions rv-actions">
                <button type="button" class="act" data-undo-review="" onclick={undo} disabled={!desk.can_undo()}>{ "Undo" }</button>
                <button type="button" class="act" data-redo-review="" onclick={redo} disabled={!desk.can_redo()}>{ "Redo" }</button>
                <button type="button" class="act primary" data-print="" onclick={print}>{ "Print memo" }</button>
            </div>
            <details class="rv-box">
                <summary>{ "Export and import" }</summary>
                <p class="hint">{ "Files are made in this browser; nothing is uploaded." }</p>
                <div class="row-actions">
                    { for EXPORTS.iter().map(|(f, words)| {
                        let cb = props.desk.on_export.clone();
                        let f = *f;
                        html! { <button type="button" class="act" data-export-format={f.name()} onclick={Callback::from(move |_: MouseEvent| cb.emit(f))}>{ *words }</button> }
                    }) }
                </div>
                <p class="hint">{ "Annotations (W3C Web Annotation JSON-LD) made here or in another tool on this text: their findings go on the claims they quote, even in a text that changed a little; what no longer fits is listed below, not dropped." }</p>
                <div class="row-actions">
                    <button type="button" class="act" data-import-annotations="" onclick={pick}>{ "Import annotations" }</button>
                    <input ref={file_ref} type="file" class="file-input" hidden=true tabindex="-1" aria-hidden="true"
                        accept=".jsonld,.json,application/ld+json,application/json" onchange={on_file} data-annotations-input="" />
                </div>
            </details>
            <details class="rv-box">
                <summary>{ "Rating scale and reviewer" }</summary>
                <form class="rv-form" key={scale_key} onsubmit={save_scale} data-scale-form="">
                    <label class="field">
                        <span class="field-label">{ "Ratings, best first, one per line" }</span>
                        <textarea ref={ratings_ref} rows="5" name="ratings" value={scale.ratings.join("\n")} />
                    </label>
                    <label class="field">
                        <span class="field-label">{ "Ratings off the scale (such as Unproven), one per line" }</span>
                        <textarea ref={off_ref} rows="2" name="off_scale" value={scale.off_scale.join("\n")} />
                    </label>
                    <div class="row-actions">
                        <button type="submit" class="act">{ "Save scale" }</button>
                        <button type="button" class="act" onclick={default_scale} disabled={findings.scale.is_none()}>{ "Use the default scale" }</button>
                    </div>
                </form>
                <form class="rv-form" key={about_key} onsubmit={save_about} data-about-form="">
                    <label class="field">
                        <span class="field-label">{ "Reviewer (the ClaimReview's author)" }</span>
                        <input type="text" ref={reviewer_ref} name="reviewer" maxlength="200" value={findings.reviewer.clone().unwrap_or_default()} />
                    </label>
                    <label class="field">
                        <span class="field-label">{ "Where the review is published (optional)" }</span>
                        <input type="url" ref={url_ref} name="review_url" placeholder="https://…" inputmode="url" value={findings.review_url.clone().unwrap_or_default()} />
                    </label>
                    <div class="row-actions">
                        <button type="submit" class="act">{ "Save reviewer" }</button>
                    </div>
                </form>
            </details>
            if !orphans.is_empty() {
                <section class="rv-group rv-orphans" data-orphans="">
                    <h3>{ format!("Not on a claim ({})", orphans.len()) }</h3>
                    <ul class="rv-list">{ for orphan_html }</ul>
                </section>
            }
            { for group_html }
            { memo_html(&memo) }
        </div>
    }
}

/// The printed memo: the same [`Memo`] the Markdown export writes. Hidden
/// on screen; the print stylesheet shows only it while the review is open.
fn memo_html(m: &Memo) -> Html {
    let c = m.counts;
    html! {
        <article class="memo" aria-hidden="true" data-memo="">
            <h1>{ format!("Review memo: {}", m.title) }</h1>
            if let Some(u) = &m.source_url { <p>{ format!("Source: {u}") }</p> }
            if let Some(p) = &m.published { <p>{ format!("Published: {p}") }</p> }
            if let Some(r) = &m.reviewer { <p>{ format!("Reviewed by: {r}") }</p> }
            <p>{ format!("Claims: {}, worth checking: {}, with a verdict: {}, checked: {}", c.claims, c.worth_checking, c.with_verdict, c.checked) }</p>
            { for m.groups.iter().map(|g| html! {
                <section>
                    <h2>{ format!("{} ({})", g.title, g.items.len()) }</h2>
                    { for g.items.iter().map(|it| html! {
                        <div class="memo-item">
                            <h3>{ format!("{}. {}", it.id.index() + 1, it.who) }</h3>
                            <blockquote>{ it.content.clone() }</blockquote>
                            <ul>
                                if !it.reasons.is_empty() {
                                    <li>{ format!("Worth checking: {}", it.reasons.iter().map(|r| r.words()).collect::<Vec<_>>().join(", ")) }</li>
                                }
                                if let Some(f) = &it.finding {
                                    if let Some(v) = &f.verdict { <li>{ "Verdict: " }<strong>{ v.clone() }</strong></li> }
                                    <li>{ format!("Checked: {}", if f.checked { "yes" } else { "no" }) }</li>
                                    if !f.note.trim().is_empty() { <li>{ format!("Note: {}", f.note.trim()) }</li> }
                                    { for f.sources.iter().map(|s| html! { <li>{ format!("Source: {s}") }</li> }) }
                                }
                            </ul>
                        </div>
                    }) }
                </section>
            }) }
            if !m.orphans.is_empty() {
                <section>
                    <h2>{ format!("Findings no longer on a claim ({})", m.orphans.len()) }</h2>
                    { for m.orphans.iter().map(|f| html! {
                        <div class="memo-item">
                            <blockquote>{ f.anchor.exact.clone() }</blockquote>
                            <ul>
                                if let Some(w) = &f.why { <li>{ format!("Why: {w}") }</li> }
                                if let Some(v) = &f.verdict { <li>{ "Verdict: " }<strong>{ v.clone() }</strong></li> }
                                if !f.note.trim().is_empty() { <li>{ format!("Note: {}", f.note.trim()) }</li> }
                                { for f.sources.iter().map(|s| html! { <li>{ format!("Source: {s}") }</li> }) }
                            </ul>
                        </div>
                    }) }
                </section>
            }
        </article>
    }
}
