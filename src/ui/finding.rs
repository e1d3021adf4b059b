//! A claim's finding on its card: the verdict, whether it is checked, a
//! note and source links; folded to one line until opened. Every change is
//! an [`Edit`] sent up to the app, which keeps it on the device and can
//! undo it. All the user's words are rendered as text.

use crate::desk::{parse_sources, Desk, Edit, Finding, Scale};
use crate::export::Format;
use crate::report::ClaimId;
use std::rc::Rc;
use yew::prelude::*;

/// What the reader needs from the app to show and change findings.
#[derive(Clone, PartialEq, Default)]
pub struct DeskHandle {
    pub desk: Rc<Desk>,
    /// Whether changes are kept on this device (a report that could not be
    /// kept holds its findings only until the page closes).
    pub saved: bool,
    pub on_edit: Callback<Edit>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_export: Callback<Format>,
    pub on_import: Callback<web_sys::File>,
}

#[derive(Properties, PartialEq)]
pub struct FindingEditorProps {
    pub id: ClaimId,
    pub finding: Option<Finding>,
    pub scale: Rc<Scale>,
    pub on_edit: Callback<Edit>,
    pub on_undo: Callback<()>,
    pub can_undo: bool,
}

/// The value of a form field that sent an event.
fn field_value(e: &Event) -> String {
    if let Some(i) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        return i.value();
    }
    if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn FindingEditor(props: &FindingEditorProps) -> Html {
    let open = use_state_eq(|| false);
    // What the sources field holds while typing (pieces that are not
    // addresses stay in the field, and are named, until corrected).
    let sources_text = use_state(|| None::<String>);
    let id = props.id;
    let label = id.label();
    let f = props.finding.clone().unwrap_or_default();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_verdict = props.on_edit.reform(move |e: Event| {
        let v = field_value(&e);
        Edit::Verdict(id, (!v.is_empty()).then_some(v))
    });
    let on_checked = props.on_edit.reform(move |e: Event| {
        let on = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.checked());
        Edit::Checked(id, on)
    });
    let on_note = props
        .on_edit
        .reform(move |e: InputEvent| Edit::Note(id, field_value(&e)));
    let on_sources = {
        let cb = props.on_edit.clone();
        let st = sources_text.clone();
        Callback::from(move |e: InputEvent| {
            let v = field_value(&e);
            st.set(Some(v.clone()));
            cb.emit(Edit::Sources(id, v));
        })
    };
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let clear = props.on_edit.reform(move |_: MouseEvent| Edit::Clear(id));

    // What was typed, while it still says what is kept; else (after an
    // undo, say) what is kept.
    let shown_sources = match &*sources_text {
        Some(t) if parse_sources(t).0 == f.sources => t.clone(),
        _ => f.sources.join("\n"),
    };
    let (_, not_links) = parse_sources(&shown_sources);
    let off_scale = f.verdict.as_ref().filter(|v| !props.scale.has(v));
    let summary = if props.finding.is_none() {
        html! { <span class="finding-none">{ "No finding yet" }</span> }
    } else {
        html! {
            <>
                if let Some(v) = &f.verdict {
                    <span class="verdict-chip" data-verdict={v.clone()}>{ v.clone() }</span>
                }
                if f.checked {
                    <span class="checked-chip">{ "Checked" }</span>
                }
                if !f.note.trim().is_empty() {
                    <span class="finding-note-line">{ crate::ui::present::truncate(f.note.trim(), 80) }</span>
                }
                if !f.sources.is_empty() {
                    <span class="finding-sources-count">{ if f.sources.len() == 1 { "1 source".to_string() } else { format!("{} sources", f.sources.len()) } }</span>
                }
            </>
        }
    };
    let field = |name: &str| format!("{label}-{name}");
    html! {
        <div class={classes!("finding", props.finding.is_some().then_some("has-finding"))} role="group"
            aria-label={format!("Finding on claim {}", id.index() + 1)} data-finding={label.clone()}>
            <div class="finding-head">
                <div class="finding-summary">{ summary }</div>
                <button type="button" class="act finding-toggle" aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls={field("form")} onclick={toggle}>
                    { if *open { "Done" } else if props.finding.is_some() { "Edit finding" } else { "Add finding" } }
                </button>
            </div>
            if *open {
                <div class="finding-form" id={field("form")}>
                    <div class="finding-row">
                        <label class="field" for={field("verdict")}>
                            <span class="field-label">{ "Verdict" }</span>
                        </label>
                        <select id={field("verdict")} data-field="verdict" onchange={on_verdict}>
                            <option value="" selected={f.verdict.is_none()}>{ "No verdict" }</option>
                            { for props.scale.all().map(|r| html! {
                                <option value={r.clone()} selected={f.verdict.as_deref() == Some(r.as_str())}>{ r.clone() }</option>
                            }) }
                            if let Some(v) = off_scale {
                                <option value={v.clone()} selected=true>{ format!("{v} (not on this report's scale)") }</option>
                            }
                        </select>
                        <label class="check">
                            <input type="checkbox" data-field="checked" checked={f.checked} onchange={on_checked} />
                            <span>{ "Checked" }</span>
                        </label>
                    </div>
                    <label class="field" for={field("note")}>
                        <span class="field-label">{ "Note" }</span>
                    </label>
                    <textarea id={field("note")} data-field="note" rows="3" value={f.note.clone()} oninput={on_note}
                        placeholder="What you found, and how" />
                    <label class="field" for={field("sources")}>
                        <span class="field-label">{ "Sources (web addresses, one per line)" }</span>
                    </label>
                    <textarea id={field("sources")} data-field="sources" rows="2" value={shown_sources} oninput={on_sources}
                        placeholder="https://…" spellcheck="false" />
                    if !not_links.is_empty() {
                        <p class="hint" role="status" data-sources-hint="">{ format!("Not a web address, so not kept: {}", not_links.join(", ")) }</p>
                    }
                    if !f.sources.is_empty() {
                        <ul class="finding-links">
                            { for f.sources.iter().map(|s| html! {
                                <li><a href={s.clone()} target="_blank" rel="noopener noreferrer">{ s.clone() }</a></li>
                            }) }
                        </ul>
                    }
                    <div class="row-actions">
                        <button type="button" class="act" data-undo-finding="" onclick={undo} disabled={!props.can_undo}>{ "Undo" }</button>
                        if props.finding.is_some() {
                            <button type="button" class="act danger" data-clear-finding="" onclick={clear}>{ "Clear finding" }</button>
                        }
                    </div>
                </div>
            }
        </div>
    }
}
