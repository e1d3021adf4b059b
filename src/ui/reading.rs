//! Reading controls above the text: a key to the colours and labels (opens
//! by tap, without the app), the text size and which highlights show, and
//! the keyboard help (`?`); and the one-line hint of a first visit.

use crate::report::CueStrength;
use crate::ui::present;
use crate::ui::state::{Action, Highlights, TEXT_SIZES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingToolsProps {
    pub highlights: Highlights,
    pub text_size: u8,
    pub on_action: Callback<Action>,
    /// Opens the keyboard help.
    pub on_help: Callback<()>,
}

fn highlights_word(h: Highlights) -> &'static str {
    match h {
        Highlights::All => "Every claim",
        Highlights::Selected => "Selected claim only",
        Highlights::Off => "Off",
    }
}

#[component]
pub fn ReadingTools(props: &ReadingToolsProps) -> Html {
    let size = props.text_size;
    let smaller = props
        .on_action
        .reform(move |_: MouseEvent| Action::TextSize(size.saturating_sub(1)));
    let larger = props
        .on_action
        .reform(move |_: MouseEvent| Action::TextSize(size.saturating_add(1)));
    let help = props.on_help.reform(|_: MouseEvent| ());
    let largest = TEXT_SIZES.len() as u8 - 1;
    let size_word = TEXT_SIZES.get(size as usize).copied().unwrap_or("normal");
    html! {
        <div class="reading-tools">
            <details class="tool key" data-key="">
                <summary>{ "Key" }</summary>
                <div class="tool-body">{ key() }</div>
            </details>
            <details class="tool display" data-display="">
                <summary>{ "Display" }</summary>
                <div class="tool-body">
                    <div class="tool-row" role="group" aria-label="Text size">
                        <span class="field-label">{ "Text size" }</span>
                        <button type="button" class="act" data-size="smaller" onclick={smaller}
                            disabled={size == 0}>{ "A−" }<span class="sr-only">{ " smaller text" }</span></button>
                        <span class="size-now" aria-live="polite">{ size_word }</span>
                        <button type="button" class="act" data-size="larger" onclick={larger}
                            disabled={size >= largest}>{ "A+" }<span class="sr-only">{ " larger text" }</span></button>
                    </div>
                    <div class="tool-row" role="group" aria-label="Highlights in the text">
                        <span class="field-label">{ "Highlights" }</span>
                        { for Highlights::ALL.into_iter().map(|h| {
                            let onclick = props.on_action.reform(move |_: MouseEvent| Action::SetHighlights(h));
                            let on = props.highlights == h;
                            html! {
                                <button type="button" class="act" data-highlights={h.key()}
                                    aria-pressed={if on { "true" } else { "false" }} {onclick}>{ highlights_word(h) }</button>
                            }
                        }) }
                    </div>
                </div>
            </details>
            <button type="button" class="act tool help-open" data-help="" onclick={help}
                aria-keyshortcuts="?">{ "Keys " }<kbd aria-hidden="true">{ "?" }</kbd></button>
        </div>
    }
}

/// The key: what each colour, line and label means, drawn with the same
/// classes the text and the cards use.
fn key() -> Html {
    let strength = |s: CueStrength, example: &'static str| {
        html! {
            <li>
                <span class={classes!("cue", format!("strength-{}", s.as_str()))}>
                    <span class="cue-verb">{ example }</span>
                    <span class="strength">{ s.as_str() }</span>
                </span>
                { format!(" {}", present::strength_hint(s)) }
            </li>
        }
    };
    html! {
        <>
            <h2 class="tool-head">{ "In the text" }</h2>
            <ul class="key-list">
                <li><mark class="hl hl-content tint-0 key-sample">{ "claimed words" }</mark>{ " what a source claims; each source has its own colour" }</li>
                <li><mark class="hl hl-claimant tint-0 key-sample">{ "Name" }</mark>{ " who claims it" }</li>
                <li><mark class="hl hl-cue tint-0 key-sample">{ "said" }</mark>{ " the verb that attributes it" }</li>
                <li><mark class="hl hl-content tint-none key-sample">{ "the report's words" }</mark>{ " the report's own assertion, with no source" }</li>
                <li><mark class="hl hl-content tint-1 key-sample"><mark class="hl hl-disputed tint-1">{ "120 people" }</mark></mark>{ " a figure another source disputes" }</li>
            </ul>
            <h2 class="tool-head">{ "On the cards" }</h2>
            <ul class="key-list">
                <li><span class="initials tint-0">{ "AB" }</span>{ " the source's initials, beside its colour (sources past the twelfth colour also differ in the line along the card)" }</li>
                { strength(CueStrength::Neutral, "said") }
                { strength(CueStrength::Assertive, "insisted") }
                { strength(CueStrength::Doubting, "claimed") }
                <li><span class="cue cue-none continues"><span class="cue-verb">{ present::CONTINUES }</span></span>{ " a quotation that goes on from its speaker's last words, with no verb of its own" }</li>
                <li><span class="chip figure disputed"><span class="fig-w">{ "120 people" }</span><span class="fig-flag">{ "disputed" }</span></span>{ " a figure as written; another source gives another" }</li>
                <li><span class="unsure">{ present::CHECK_WORDS }</span>{ " the reader is less sure who said it: read the sentence" }</li>
                <li><span class="badge no-evidence key-badge">{ "No evidence produced" }</span>{ " the text says the claim comes without evidence" }</li>
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub dialog: NodeRef,
    pub on_close: Callback<()>,
}

/// The keyboard help, a modal dialog (`?` opens it, Esc closes it).
#[component]
pub fn Help(props: &HelpProps) -> Html {
    let close = props.on_close.reform(|_: MouseEvent| ());
    let keys: [(&[&str], &str); 6] = [
        (&["j", "↓"], "next claim"),
        (&["k", "↑"], "previous claim"),
        (&["Enter"], "select the claim or highlight in focus"),
        (
            &["Esc"],
            "clear the selection, close the sheet or this help",
        ),
        (&["/"], "search the claims"),
        (&["?"], "this help"),
    ];
    html! {
        <dialog class="help" ref={props.dialog.clone()} aria-labelledby="help-h" data-help-dialog="">
            <h2 id="help-h">{ "Keyboard" }</h2>
            <dl class="help-keys">
                { for keys.iter().map(|(ks, what)| html! {
                    <div class="help-row">
                        <dt>{ for ks.iter().enumerate().map(|(i, k)| html! {
                            <>{ if i > 0 { " or " } else { "" } }<kbd>{ *k }</kbd></>
                        }) }</dt>
                        <dd>{ *what }</dd>
                    </div>
                }) }
            </dl>
            <p class="hint">{ "Tab moves through the highlights and the cards; a highlight or card in focus shows its other half." }</p>
            <button type="button" class="act" data-help-close="" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}

#[derive(Properties, PartialEq)]
pub struct FirstHintProps {
    pub on_dismiss: Callback<()>,
}

/// One line on how to use the page, on a first visit until dismissed.
#[component]
pub fn FirstHint(props: &FirstHintProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="first-hint" role="note" data-first-hint="">
            <p>{ "Tap or click a highlighted passage to see who claims it; the cards list every claim. " }
                { "Press " }<kbd>{ "?" }</kbd>{ " for the keys." }</p>
            <button type="button" class="act" data-hint-dismiss="" onclick={dismiss}>{ "Got it" }</button>
        </div>
    }
}
