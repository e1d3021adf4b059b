//! The report text, cut into paragraphs and highlight segments.

use crate::report::ClaimId;
use crate::ui::present::tint_class;
use crate::ui::segments::{self, Role, Segment};
use crate::ui::Shared;
use std::collections::HashSet;
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
}

/// The claim of the innermost highlight an event happened in.
fn claim_at(target: Option<web_sys::EventTarget>) -> Option<ClaimId> {
    let el: Element = target?.dyn_into().ok()?;
    let mark = el.closest("mark[data-claim-id]").ok()??;
    ClaimId::from_label(&mark.get_attribute("data-claim-id")?)
}

#[component]
pub fn SourceText(props: &SourceTextProps) -> Html {
    let report = props.report.clone();
    let segs: Rc<Vec<Segment>> = {
        let report = report.clone();
        use_memo(
            (report, props.selected, props.show_unattributed),
            |(r, sel, show)| {
                let mut hs = segments::highlights(r);
                if !*show {
                    hs.retain(|h| r.claim(h.claim).is_some_and(|c| c.claimant.is_some()));
                }
                segments::segments(r.text.len(), &hs, *sel)
            },
        )
    };

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

    let text: &str = &report.text;
    let visible: HashSet<ClaimId> = props.visible.iter().copied().collect();
    // The first content highlight of each claim is a tab stop.
    let mut tab_stops: HashSet<ClaimId> = HashSet::new();
    let mut paragraphs: Vec<std::ops::Range<usize>> =
        report.paragraphs.iter().map(|p| p.range()).collect();
    if paragraphs.is_empty() && !text.trim().is_empty() {
        paragraphs.push(0..text.len());
    }
    let paras = paragraphs.into_iter().map(|p| {
        let pieces = segments::within(&segs, p);
        let nodes = pieces.iter().map(|s| {
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
                };
                let tab = (l.role == Role::Content && tab_stops.insert(l.claim)).then_some("0");
                let class = classes!(
                    "hl",
                    role,
                    tint_class(claim),
                    (!visible.contains(&l.claim)).then_some("muted"),
                    (depth > 0 && l.role == Role::Content).then_some("nested"),
                );
                let label = AttrValue::from(l.claim.label());
                let preview = (props.hovered == Some(l.claim)).then_some("true");
                let selected = l.selected.then_some("true");
                node = html! {
                    <mark data-claim-id={label} class={class} tabindex={tab}
                        data-selected={selected} data-preview={preview}>{ node }</mark>
                };
            }
            node
        });
        html! { <p>{ for nodes }</p> }
    });

    html! {
        <div class="source-text" {onclick} {onkeydown} {onmouseover} onmouseleave={onleave} {onfocusin} {onfocusout}>
            { for paras }
        </div>
    }
}
