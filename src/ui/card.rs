//! One claim card: who claims what, how, with which figures and dates, the
//! disputes it is part of (figure against figure), and how to cite it.

use crate::desk::{Edit, Finding, Scale};
use crate::import::{share, Meta};
use crate::report::{ClaimId, ClaimKind, DateKind};
use crate::ui::clipboard;
use crate::ui::finding::FindingEditor;
use crate::ui::present::{self, tint_class, Cite};
#[cfg(feature = "render-counts")]
use crate::ui::renders::{self, Counted};
use crate::ui::route;
use crate::ui::segments::{self, Highlight, Role};
use crate::ui::shared::Shared;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub report: Shared,
    pub id: ClaimId,
    pub selected: bool,
    pub previewed: bool,
    /// Where the report comes from and its key, for citations.
    pub cite: Rc<Cite>,
    pub on_select: Callback<ClaimId>,
    pub on_hover: Callback<Option<ClaimId>>,
    pub on_show_text: Callback<ClaimId>,
    /// Follows a link to another claim.
    pub on_link: Callback<ClaimId>,
    /// The user's finding on this claim, and how to change it.
    #[prop_or_default]
    pub finding: Option<Finding>,
    #[prop_or_default]
    pub scale: Rc<Scale>,
    #[prop_or_default]
    pub on_edit: Callback<Edit>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    #[prop_or_default]
    pub can_undo: bool,
}

/// Whether an event started on a control inside the card.
fn from_control(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| {
            el.closest("button, a, input, textarea, select")
                .ok()
                .flatten()
        })
        .is_some()
}

#[component]
pub fn ClaimCard(props: &ClaimCardProps) -> Html {
    #[cfg(feature = "render-counts")]
    renders::note(Counted::Card(props.id.index()));
    let copy = use_state(|| clipboard::Status::Idle);
    let manual_ref = use_node_ref();
    {
        // Select the citation for copying by hand when the clipboard failed.
        let manual_ref = manual_ref.clone();
        use_effect_with((*copy).clone(), move |status| {
            if matches!(status, clipboard::Status::Manual(_)) {
                if let Some(t) = manual_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = t.focus();
                    t.select();
                }
            }
        });
    }

    let report = &props.report;
    let Some(claim) = report.claim(props.id) else {
        return html! {};
    };
    let id = props.id;
    let label = id.label();
    let text: &str = &report.text;

    let onclick = {
        let cb = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if !from_control(&e) {
                cb.emit(id);
            }
        })
    };
    let onkeydown = {
        let cb = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Keys on the card itself, not on one of its buttons.
            if !from_control(&e) && (e.key() == "Enter" || e.key() == " ") {
                e.prevent_default();
                cb.emit(id);
            }
        })
    };
    let hover_in = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Some(id)))
    };
    let hover_out = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let focus_in = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(Some(id)))
    };
    let focus_out = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(None))
    };

    // Who and how.
    let unattributed = claim.claimant.is_none();
    let speaker = present::speaker(report, claim);
    let role = present::role(report, claim);
    let initials = present::claimant_initials(report, claim);
    let cue = present::cue_text(report, claim);
    let strength = claim.cue.map(|c| c.strength);
    let cue_html = match strength {
        Some(s) => html! {
            <span class={classes!("cue", format!("strength-{}", s.as_str()))}
                title={present::strength_hint(s)}>
                <span class="cue-verb">{ cue.clone() }</span>
                <span class="strength">{ s.as_str() }</span>
            </span>
        },
        // A follow-on quote: no verb the article did not use.
        None if present::continues(claim) => html! {
            <span class="cue cue-none continues" title="No verb of its own: the quotation goes on from this speaker's last words">
                <span class="cue-verb">{ cue.clone() }</span>
            </span>
        },
        None => {
            html! { <span class="cue cue-none"><span class="cue-verb">{ cue.clone() }</span></span> }
        }
    };
    let unsure = present::is_unsure(claim).then(|| {
        html! {
            <p class="unsure" title={format!("The reader is less sure of this claim (confidence {})", present::confidence_words(claim))}>
                { present::CHECK_WORDS }
            </p>
        }
    });

    // What.
    let content = render_content(report, claim.id);
    let kind_class = format!("kind-{}", claim.kind.as_str());

    // Figures as the article wrote them; a disputed one is marked.
    let disputes = present::disputes_of(report, id);
    let figures = claim.figures.iter().map(|f| {
        let written = present::figure_words(report, f);
        let value = present::figure_value(report, f);
        let part = f.part_of.and_then(|i| claim.figures.get(i));
        let title = part.map(|w| format!("part of {}", present::figure_words(report, w)));
        let disputed = disputes.iter().any(|d| {
            [&d.disputed, &d.by]
                .iter()
                .any(|side| side.claim == Some(id) && side.figure && side.span == Some(f.span))
        });
        html! {
            <li class={classes!("chip", "figure", part.map(|_| "part"), disputed.then_some("disputed"))} title={title}>
                if part.is_some() { <span class="fig-part">{ "of which" }</span> }
                <span class="fig-w">{ written }</span>
                if let Some(v) = value { <span class="fig-n"><span class="sr-only">{ "that is " }</span>{ v }</span> }
                if disputed { <span class="fig-flag">{ "disputed" }</span> }
            </li>
        }
    });
    let dates = claim.dates.iter().map(|d| {
        let kind = match d.kind {
            DateKind::Absolute => "absolute",
            DateKind::Relative => "relative",
        };
        html! {
            <li class={classes!("chip", "date", kind)}>
                <span class="sr-only">{ if kind == "relative" { "Relative date: " } else { "Date: " } }</span>
                { d.span.of(text).to_string() }
            </li>
        }
    });

    // Relations.
    let b = present::badges(report, id);
    let link = |other: ClaimId, class: &'static str, words: String| {
        let cb = props.on_link.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(other));
        let target = report
            .claim(other)
            .map(|c| present::card_label(report, c))
            .unwrap_or_default();
        html! {
            <button type="button" class={classes!("badge", class)} data-claim-link={other.label()}
                title={format!("Go to {target}")} {onclick}>{ words }</button>
        }
    };
    // Who makes another claim, and whether it is the report's own.
    let who_of = |c: ClaimId| {
        report
            .claim(c)
            .map(|c| (present::speaker(report, c), c.claimant.is_none()))
            .unwrap_or_default()
    };
    // Disputes: figure against figure, each side with who gives it; the
    // other side links to its claim.
    let dispute_blocks = disputes.iter().map(|d| {
        let (own, other, label) = if d.disputed.claim == Some(id) {
            (&d.disputed, &d.by, "Disputed")
        } else {
            (&d.by, &d.disputed, "Disputes")
        };
        let side_words = |side: &present::Side| {
            html! {
                <>
                    <span class={classes!("dfig", side.figure.then_some("is-figure"))}>{ side.words.clone() }</span>
                    <span class="dwho">{ format!(" — {}", side.who) }</span>
                </>
            }
        };
        let other_html = match other.claim {
            Some(c) => {
                let cb = props.on_link.clone();
                let onclick = Callback::from(move |_: MouseEvent| cb.emit(c));
                let target = report
                    .claim(c)
                    .map(|c| present::card_label(report, c))
                    .unwrap_or_default();
                html! {
                    <button type="button" class={classes!("badge", if label == "Disputed" { "disputed" } else { "disputes" })}
                        data-claim-link={c.label()} title={format!("Go to {target}")} onclick={onclick}>
                        { side_words(other) }
                    </button>
                }
            }
            None => html! { <span class="badge disputed">{ side_words(other) }</span> },
        };
        html! {
            <div class="dispute" data-dispute={label.to_lowercase()}>
                <span class="dispute-label">{ label }</span>
                <span class="side own">{ side_words(own) }</span>
                <span class="vs">{ "against" }</span>
                { other_html }
            </div>
        }
    });
    let mut badges: Vec<Html> = Vec::new();
    for f in &b.no_evidence {
        match f {
            Some(c) => {
                let (who, own) = who_of(*c);
                let words = if own {
                    "No evidence produced, the report says".to_string()
                } else {
                    format!("No evidence produced, says {who}")
                };
                badges.push(link(*c, "no-evidence", words))
            }
            None => badges
                .push(html! { <span class="badge no-evidence">{ "No evidence produced" }</span> }),
        }
    }
    for &c in &b.denies_evidence_of {
        badges.push(link(
            c,
            "denies",
            format!("Says {} produced no evidence", who_of(c).0),
        ));
    }

    // Actions.
    let show_text = {
        let cb = props.on_show_text.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id))
    };
    let on_copy = {
        let copy = copy.clone();
        let (report, cite) = (report.clone(), props.cite.clone());
        // The page's address is read when copying: rendering touches no
        // browser API (the prerender step renders natively).
        Callback::from(move |_: MouseEvent| {
            let Some(claim) = report.claim(id) else {
                return;
            };
            let link = claim_link(&report, &cite, id);
            let citation = present::citation(&report, claim, &cite.provenance, link.as_deref());
            let copy = copy.clone();
            clipboard::copy(citation.both(), move |s| copy.set(s));
        })
    };
    let on_share = {
        let (report, cite) = (report.clone(), props.cite.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(claim) = report.claim(id) else {
                return;
            };
            let link = claim_link(&report, &cite, id);
            let citation = present::citation(&report, claim, &cite.provenance, None);
            let url = cite.provenance.source_url.clone().or(link);
            clipboard::share(&cite.provenance.title, &citation.plain, url.as_deref());
        })
    };
    let status = match &*copy {
        clipboard::Status::Idle => html! {},
        clipboard::Status::Copied => html! { <span class="copied">{ "Citation copied" }</span> },
        clipboard::Status::Manual(t) => html! {
            <span class="manual">
                <label>
                    { "Copy this citation by hand:" }
                    <textarea ref={manual_ref.clone()} readonly=true rows="4" value={t.clone()} />
                </label>
            </span>
        },
    };

    let number = id.index() + 1;
    let page = present::claim_page(claim, &props.cite.provenance);
    let aria_label = present::card_label(report, claim);
    html! {
        <article
            data-claim-id={label}
            class={classes!(
                "card",
                tint_class(claim),
                kind_class,
                unattributed.then_some("unattributed"),
                props.selected.then_some("selected"),
                props.previewed.then_some("preview"),
            )}
            tabindex="0"
            aria-label={aria_label}
            aria-current={props.selected.then_some("true")}
            {onclick} {onkeydown}
            onmouseenter={hover_in} onmouseleave={hover_out}
            onfocusin={focus_in} onfocusout={focus_out}
        >
            <header class="card-head">
                <span class="card-num" aria-hidden="true">{ number }</span>
                if let Some(i) = initials { <span class="initials" aria-hidden="true">{ i }</span> }
                <span class="who">
                    <span class="name">{ speaker }</span>
                    if let Some(r) = role { <span class="role">{ r }</span> }
                </span>
                { cue_html }
            </header>
            <p class="kind-label">
                { present::kind_word(claim.kind) }
                if let Some(n) = page {
                    { " · " }<span class="claim-page" data-page="">{ format!("p. {n}") }</span>
                }
            </p>
            { for unsure }
            { content }
            if !claim.figures.is_empty() {
                <ul class="chips figures" aria-label="Figures">{ for figures }</ul>
            }
            if !claim.dates.is_empty() {
                <ul class="chips dates" aria-label="Dates">{ for dates }</ul>
            }
            if !disputes.is_empty() {
                <div class="disputes">{ for dispute_blocks }</div>
            }
            if !badges.is_empty() {
                <div class="badges">{ for badges }</div>
            }
            <FindingEditor id={id} finding={props.finding.clone()} scale={props.scale.clone()}
                on_edit={props.on_edit.clone()} on_undo={props.on_undo.clone()} can_undo={props.can_undo} />
            <footer class="card-actions">
                <button type="button" class="act show-text" onclick={show_text}>{ "Show in text" }</button>
                <button type="button" class="act copy" onclick={on_copy}>{ "Copy citation" }</button>
                <button type="button" class="act share" onclick={on_share}>{ "Share…" }</button>
                <span class="copy-status" role="status">{ status }</span>
            </footer>
        </article>
    }
}

/// A link that reopens the claim for anyone: an embedded report's own
/// link, else a share link that carries the text and its details (`None`
/// when the report is too long for one).
fn claim_link(report: &Shared, cite: &Cite, id: ClaimId) -> Option<String> {
    if cite.embedded {
        return Some(clipboard::claim_url(&present::fragment(
            &cite.key,
            Some(id),
        )));
    }
    let meta = Meta {
        title: Some(cite.provenance.title.clone()),
        source_url: cite.provenance.source_url.clone(),
        published: cite.provenance.published.clone(),
    };
    share::encode_with(&report.text, &meta, Some(id))
        .ok()
        .map(|p| clipboard::claim_url(&route::shared(&p, None)))
}

/// The claim's words: a quote as a quote, reported speech as such, and the
/// quoted words inside reported speech marked.
fn render_content(report: &Shared, id: ClaimId) -> Html {
    let Some(claim) = report.claim(id) else {
        return html! {};
    };
    let text: &str = &report.text;
    if claim.kind == ClaimKind::Direct {
        let words = present::content_text(report, claim);
        return html! {
            <blockquote class="content quote"><p>{ present::strip_quote_marks(&words).to_string() }</p></blockquote>
        };
    }
    let parts = claim.content.iter().enumerate().map(|(i, s)| {
        let base = s.start();
        let hs: Vec<Highlight> = claim
            .quotes
            .iter()
            .filter(|q| s.contains(**q))
            .map(|q| Highlight {
                range: q.start() - base..q.end() - base,
                claim: id,
                role: Role::Quote,
            })
            .collect();
        let piece = s.of(text);
        let segs = segments::segments(piece.len(), &hs, None);
        let nodes = segs.into_iter().map(|seg| {
            let t = piece.get(seg.range.clone()).unwrap_or("").to_string();
            if seg.layers.is_empty() {
                html! { { t } }
            } else {
                html! { <span class="quoted">{ t }</span> }
            }
        });
        html! {
            <>
                if i > 0 { <span class="gap" aria-label="text left out">{ " … " }</span> }
                { for nodes }
            </>
        }
    });
    let class = match claim.kind {
        ClaimKind::Unattributed => "assertion",
        _ => "reported",
    };
    html! { <p class={classes!("content", class)}>{ for parts }</p> }
}
