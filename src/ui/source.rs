//! The report text, cut into paragraphs and highlight segments.
//!
//! The segments are worked out once per report (and per choice to show the
//! report's own assertions), never per selection. Each paragraph is its own
//! component whose props name the selected and hovered claims only when it
//! shows them, so a new selection re-renders just the paragraphs that show
//! the old or the new one.
//!
//! A long text renders only the paragraphs near the view (see `windowed`),
//! and always those of the selected claim, so that selecting a claim far
//! away renders it before it is scrolled to.

use crate::report::ClaimId;
use crate::ui::present::tint_class;
#[cfg(feature = "render-counts")]
use crate::ui::renders::{self, Counted};
use crate::ui::segments::{self, Paragraph, Role};
use crate::ui::shared::Shared;
use crate::ui::windowed::{use_windowed, SPACER};
use crate::ui::windowing::{Estimate, Heights};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceTextProps {
    pub report: Shared,
    pub selected: Option<ClaimId>,
    pub hovered: Option<ClaimId>,
    /// Claims that pass the filters; the others are drawn muted.
    pub visible: Rc<Vec<ClaimId>>,
    /// Whether the report's own assertions are highlighted at all.
    pub show_unattributed: bool,
    pub on_select: Callback<ClaimId>,
    pub on_hover: Callback<Option<ClaimId>>,
    /// The report's headline (see [`crate::ui::doc::headline`]): shown as a
    /// heading, not as claimed text.
    #[prop_or_default]
    pub headline: Option<crate::report::Span>,
}

/// The claim of the innermost highlight an event happened in.
fn claim_at(target: Option<web_sys::EventTarget>) -> Option<ClaimId> {
    let el: Element = target?.dyn_into().ok()?;
    let mark = el.closest("mark[data-claim-id]").ok()??;
    ClaimId::from_label(&mark.get_attribute("data-claim-id")?)
}

/// A first guess at a paragraph's height from its length, before any has
/// been measured: about 0.5 px per character in the reading column, plus
/// the space after it.
const PARAGRAPH: Estimate = Estimate {
    base: 35.0,
    per_unit: 0.5,
};

/// The paragraphs (positions in `paras`) that hold `claim`'s content, or
/// any of its highlights when it has no content.
fn paragraphs_of(report: &Shared, paras: &[Rc<Paragraph>], claim: ClaimId) -> Vec<usize> {
    let Some(c) = report.claim(claim) else {
        return Vec::new();
    };
    let mut spans: Vec<std::ops::Range<usize>> = c.content.iter().map(|s| s.range()).collect();
    if spans.is_empty() {
        spans.extend(c.claimant.iter().map(|cl| cl.span.range()));
        spans.extend(c.cue.iter().map(|cue| cue.span.range()));
    }
    let mut out: Vec<usize> = Vec::new();
    for r in spans {
        let first = paras.partition_point(|p| p.range.end <= r.start);
        let last = paras.partition_point(|p| p.range.start < r.end.max(r.start + 1));
        out.extend(first..last.max(first));
    }
    out.sort_unstable();
    out.dedup();
    out.retain(|&i| i < paras.len());
    out
}

#[component]
pub fn SourceText(props: &SourceTextProps) -> Html {
    let paras: Rc<Vec<Rc<Paragraph>>> = use_memo(
        (props.report.clone(), props.show_unattributed),
        |(r, show)| {
            let mut hs = segments::highlights(r);
            if !*show {
                hs.retain(|h| r.claim(h.claim).is_some_and(|c| c.claimant.is_some()));
            }
            let segs = segments::segments(r.text.len(), &hs, None);
            let mut ranges: Vec<std::ops::Range<usize>> =
                r.paragraphs.iter().map(|p| p.range()).collect();
            if ranges.is_empty() && !r.text.trim().is_empty() {
                ranges.push(0..r.text.len());
            }
            segments::paragraphs(&segs, &ranges)
                .into_iter()
                .map(Rc::new)
                .collect()
        },
    );

    // Every paragraph, in order; the selected claim's are kept rendered.
    let order: Rc<Vec<usize>> = use_memo(paras.len(), |n| (0..*n).collect());
    let pins = props
        .selected
        .map(|id| paragraphs_of(&props.report, &paras, id))
        .unwrap_or_default();
    let list = use_node_ref();
    let plan = use_windowed(
        Rc::as_ptr(&props.report.0) as usize,
        {
            let paras = paras.clone();
            move || {
                let weights = paras.iter().map(|p| p.range.len() as f64).collect();
                Heights::new(weights, PARAGRAPH)
            }
        },
        order,
        pins,
        list.clone(),
    );

    let onclick = {
        let cb = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = claim_at(e.target()) {
                cb.emit(id);
            }
        })
    };
    let onkeydown = {
        let cb = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(id) = claim_at(e.target()) {
                    e.prevent_default();
                    cb.emit(id);
                }
            }
        })
    };
    let onmouseover = {
        let cb = props.on_hover.clone();
        Callback::from(move |e: MouseEvent| cb.emit(claim_at(e.target())))
    };
    let onfocusin = {
        let cb = props.on_hover.clone();
        Callback::from(move |e: FocusEvent| cb.emit(claim_at(e.target())))
    };
    let onleave = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let onfocusout = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(None))
    };

    let only_here = |p: &Paragraph, id: Option<ClaimId>| id.filter(|&c| p.shows(c));
    let paragraph = |i: usize| {
        let p = &paras[i];
        // `visible` is in claim order.
        let muted: Vec<ClaimId> = p
            .claims
            .iter()
            .copied()
            .filter(|c| props.visible.binary_search(c).is_err())
            .collect();
        html! {
            <SourceParagraph
                key={i}
                report={props.report.clone()}
                para={p.clone()}
                index={i}
                heading={props.headline.is_some_and(|h| h.range() == p.range)}
                selected={only_here(p, props.selected)}
                hovered={only_here(p, props.hovered)}
                {muted}
            />
        }
    };
    let windowed = crate::ui::windowing::windowed(paras.len());
    let items = plan.runs.iter().enumerate().flat_map(|(k, run)| {
        let spacer = windowed.then(|| {
            html! { <div key={format!("gap-{k}")} class={SPACER} aria-hidden="true"></div> }
        });
        spacer.into_iter().chain(run.clone().map(paragraph))
    });
    let end =
        windowed.then(|| html! { <div key="gap-end" class={SPACER} aria-hidden="true"></div> });

    html! {
        <div class="source-text" ref={list} {onclick} {onkeydown} {onmouseover} onmouseleave={onleave} {onfocusin} {onfocusout}>
            { for items }
            { for end }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SourceParagraphProps {
    report: Shared,
    para: Rc<Paragraph>,
    /// Its place in the text, for the render counts.
    index: usize,
    /// The report's headline.
    heading: bool,
    /// The selected claim, when this paragraph shows it.
    selected: Option<ClaimId>,
    /// The hovered or focused claim, when this paragraph shows it.
    hovered: Option<ClaimId>,
    /// The claims shown here that the filters hide.
    muted: Vec<ClaimId>,
}

/// One paragraph: text nodes inside nested `<mark>`s, innermost highlight last.
#[component]
fn SourceParagraph(props: &SourceParagraphProps) -> Html {
    #[cfg(feature = "render-counts")]
    renders::note(Counted::Paragraph(props.index));
    let report = &props.report;
    let text: &str = &report.text;
    let p = &props.para;
    let nodes = p.segments.iter().enumerate().map(|(i, s)| {
        let mut node = html! { { text.get(s.range.clone()).unwrap_or("") } };
        // Wrap from the innermost highlight outwards.
        for (depth, l) in s.layers.iter().enumerate().rev() {
            let Some(claim) = report.claim(l.claim) else {
                continue;
            };
            let role = match l.role {
                Role::Content => "hl-content",
                Role::Quote => "hl-quote",
                Role::Claimant => "hl-claimant",
                Role::Cue => "hl-cue",
                Role::Disputed => "hl-disputed",
            };
            let tab = (l.role == Role::Content && p.is_tab_stop(i, l.claim)).then_some("0");
            let class = classes!(
                "hl",
                role,
                tint_class(claim),
                props.muted.contains(&l.claim).then_some("muted"),
                (depth > 0 && l.role == Role::Content).then_some("nested"),
            );
            let label = AttrValue::from(l.claim.label());
            let preview = (props.hovered == Some(l.claim)).then_some("true");
            let selected = (props.selected == Some(l.claim)).then_some("true");
            node = html! {
                <mark data-claim-id={label} class={class} tabindex={tab}
                    data-selected={selected} data-preview={preview}>{ node }</mark>
            };
        }
        node
    });
    if props.heading {
        return html! { <h2 class="headline">{ for nodes }</h2> };
    }
    html! { <p>{ for nodes }</p> }
}
