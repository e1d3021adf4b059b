//! The reports screen: open a file or pasted text, the details, share link
//! and export of the report on show, and the reports kept on this device
//! (rename, delete with undo). Every title and address is rendered as text.

use crate::import::library::Row;
use crate::import::{share, Meta};
use crate::report::ClaimId;
use crate::ui::clipboard::{self, Status};
use crate::ui::doc::{claims_word, host, iso_date, Doc};
use crate::ui::{present, route};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportsProps {
    pub rows: Rc<Vec<Row>>,
    /// The report on show, if any.
    pub doc: Option<Rc<Doc>>,
    /// Its selected claim, for the share link.
    pub claim: Option<ClaimId>,
    pub busy: bool,
    /// Progress and messages.
    pub notice: Html,
    pub on_pick: Callback<()>,
    pub on_paste: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_delete: Callback<String>,
    pub on_details: Callback<Meta>,
    pub on_export: Callback<()>,
    pub on_back: Callback<()>,
    pub show_back: bool,
}

fn value(r: &NodeRef) -> String {
    if let Some(i) = r.cast::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    r.cast::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
        .unwrap_or_default()
}

#[component]
pub fn Reports(props: &ReportsProps) -> Html {
    let paste_ref = use_node_ref();
    let pick = props.on_pick.reform(|_: MouseEvent| ());
    let read_paste = {
        let r = paste_ref.clone();
        let cb = props.on_paste.clone();
        Callback::from(move |_: MouseEvent| cb.emit(value(&r)))
    };
    let back = props.on_back.reform(|_: MouseEvent| ());
    // The screen's heading gets focus when it opens, for keyboards and
    // screen readers.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    html! {
        <div class="app reports-screen">
            <header class="topbar">
                <div class="brand">
                    <span class="app-name">{ "claim-reader" }</span>
                    <h1 class="report-title" tabindex="-1" ref={heading}>{ "Reports" }</h1>
                </div>
                if props.show_back {
                    <div class="bar-actions">
                        <button type="button" class="act" data-back="" onclick={back}>{ "Back to the report" }</button>
                    </div>
                }
            </header>
            { props.notice.clone() }
            <main class="reports" aria-label="Reports">
                <section class="rp-section open-section" aria-labelledby="open-h">
                    <h2 id="open-h">{ "Open a report" }</h2>
                    <p class="hint">{ "Plain text (.txt), Markdown (.md), a saved web page (.html) or a claim-reader export (.json), up to 5 MB, a PDF with a text layer (up to 50 MB) or a Word document (.docx). It is read in this browser and kept on this device; nothing is uploaded." }</p>
                    <div class="drop-zone">
                        <button type="button" class="act primary" data-open="file" onclick={pick} disabled={props.busy}>{ "Choose a file" }</button>
                        <span class="hint">{ "or drop one anywhere on this page" }</span>
                    </div>
                    <label class="field" for="paste-text">
                        <span class="field-label">{ "Or paste the text of a report" }</span>
                    </label>
                    <textarea id="paste-text" class="paste" rows="6" ref={paste_ref} spellcheck="false"
                        placeholder="Paste an article, a report or a web page's HTML here" />
                    <div class="row-actions">
                        <button type="button" class="act primary" data-paste="" onclick={read_paste} disabled={props.busy}>{ "Read the pasted text" }</button>
                    </div>
                </section>
                if let Some(doc) = props.doc.clone() {
                    <Current {doc} claim={props.claim} on_details={props.on_details.clone()} on_export={props.on_export.clone()} />
                }
                <section class="rp-section library" aria-labelledby="library-h">
                    <h2 id="library-h">{ "On this device" }</h2>
                    <ul class="report-rows">
                        { for props.rows.iter().map(|r| html! {
                            <ReportRow key={r.key.clone()} row={r.clone()}
                                current={props.doc.as_ref().is_some_and(|d| d.key == r.key)}
                                on_rename={props.on_rename.clone()} on_delete={props.on_delete.clone()} />
                        }) }
                    </ul>
                </section>
            </main>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CurrentProps {
    doc: Rc<Doc>,
    claim: Option<ClaimId>,
    on_details: Callback<Meta>,
    on_export: Callback<()>,
}

/// The report on show: its details, a share link and the export.
#[component]
fn Current(props: &CurrentProps) -> Html {
    let doc = &props.doc;
    let (title_ref, url_ref, date_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let share = use_state(|| None::<Result<String, String>>);
    let copy = use_state(|| Status::Idle);
    {
        let share = share.clone();
        use_effect_with((doc.key.clone(), props.claim), move |_| share.set(None));
    }
    let save = {
        let (t, u, p) = (title_ref.clone(), url_ref.clone(), date_ref.clone());
        let cb = props.on_details.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(Meta {
                title: Some(value(&t)),
                source_url: Some(value(&u)),
                published: Some(value(&p)),
            });
        })
    };
    let make_link = {
        let share = share.clone();
        let copy = copy.clone();
        let doc = doc.clone();
        let claim = props.claim;
        Callback::from(move |_: MouseEvent| {
            copy.set(Status::Idle);
            share.set(Some(
                share::encode_with(&doc.report.text, &doc.export_meta(), claim)
                    .map(|p| clipboard::claim_url(&route::shared(&p, None)))
                    .map_err(|e| e.to_string()),
            ));
        })
    };
    let copy_link = {
        let copy = copy.clone();
        let link = share.as_ref().and_then(|s| s.as_ref().ok()).cloned();
        Callback::from(move |_: MouseEvent| {
            if let Some(link) = link.clone() {
                let copy = copy.clone();
                clipboard::copy(link, move |s| copy.set(s));
            }
        })
    };
    let export = props.on_export.reform(|_: MouseEvent| ());
    let form_key = format!("{}|{}|{:?}", doc.key, doc.title, doc.meta);
    let editable = !doc.embedded;
    let claim_words = props
        .claim
        .map(|c| format!(" It opens at claim {}.", c.index() + 1))
        .unwrap_or_default();

    html! {
        <section class="rp-section current" aria-labelledby="current-h">
            <h2 id="current-h">{ "This report" }</h2>
            <p class="current-title">
                <a href={present::fragment(&doc.key, props.claim)} data-current="">{ doc.title.clone() }</a>
                { format!(" · {}", claims_word(doc.report.claims.len())) }
            </p>
            if let Some(url) = doc.meta.source_url.clone() {
                <p class="hint">{ "Source: " }
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer" data-source="">{ host(&url).to_string() }</a>
                    { doc.meta.published.clone().map(|p| format!(" · published {p}")).unwrap_or_default() }
                </p>
            }
            if editable {
                <form class="details" key={form_key} onsubmit={save} data-details="">
                    <label class="field">
                        <span class="field-label">{ "Title" }</span>
                        <input type="text" ref={title_ref} value={doc.title.clone()} required=true maxlength="400" name="title" />
                    </label>
                    <label class="field">
                        <span class="field-label">{ "Source address (optional)" }</span>
                        <input type="url" ref={url_ref} name="source_url" placeholder="https://…" inputmode="url"
                            value={doc.meta.source_url.clone().unwrap_or_default()} />
                    </label>
                    <label class="field">
                        <span class="field-label">{ "Published (optional)" }</span>
                        <input type="text" ref={date_ref} name="published" placeholder="2024-05-01"
                            value={doc.meta.published.clone().unwrap_or_default()} />
                    </label>
                    <div class="row-actions">
                        <button type="submit" class="act">{ "Save details" }</button>
                    </div>
                </form>
            } else {
                <p class="hint">{ "This report comes with claim-reader: it is always here, and its details cannot be changed." }</p>
            }
            <div class="share">
                <h3>{ "Share or keep" }</h3>
                <p class="hint">{ format!("A share link holds the whole text with its title, source address and date, compressed (up to {} of link); it opens in any browser with no server, and nothing is uploaded.{claim_words}", crate::import::human_size(share::MAX_LINK_CHARS)) }</p>
                <div class="row-actions">
                    <button type="button" class="act" data-share="" onclick={make_link}>{ "Make a share link" }</button>
                    <button type="button" class="act" data-export="" onclick={export}>{ "Export as JSON" }</button>
                </div>
                { match &*share {
                    Some(Ok(link)) => html! {
                        <div class="share-link">
                            <label class="field">
                                <span class="field-label">{ format!("Share link ({})", crate::import::human_size(link.len())) }</span>
                                <input type="text" readonly=true value={link.clone()} data-share-link="" />
                            </label>
                            <div class="row-actions">
                                <button type="button" class="act" data-copy-link="" onclick={copy_link}>{ "Copy link" }</button>
                                <span class="copy-status" role="status">{ match &*copy {
                                    Status::Copied => "Copied",
                                    Status::Manual(_) => "Select the link and copy it.",
                                    Status::Idle => "",
                                } }</span>
                            </div>
                        </div>
                    },
                    Some(Err(m)) => html! { <p class="notice error" role="alert" data-share-error="">{ m.clone() }</p> },
                    None => html! {},
                } }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    row: Row,
    current: bool,
    on_rename: Callback<(String, String)>,
    on_delete: Callback<String>,
}

/// One report in the list: open it, rename it, delete it.
#[component]
fn ReportRow(props: &RowProps) -> Html {
    let r = &props.row;
    let editing = use_state(|| false);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(*editing, move |on| {
            if *on {
                if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                    let _ = i.focus();
                    i.select();
                }
            }
        });
    }
    let details = match (r.added, r.claim_count) {
        (_, _) if r.embedded => "Comes with claim-reader".to_string(),
        (added, count) => {
            let mut parts = Vec::new();
            if let Some(d) = added.and_then(iso_date) {
                parts.push(format!("Added {d}"));
            }
            if let Some(n) = count {
                parts.push(claims_word(n));
            }
            parts.join(" · ")
        }
    };
    let start = {
        let e = editing.clone();
        Callback::from(move |_: MouseEvent| e.set(true))
    };
    let cancel = {
        let e = editing.clone();
        Callback::from(move |_: MouseEvent| e.set(false))
    };
    let save = {
        let e = editing.clone();
        let input = input.clone();
        let key = r.key.clone();
        let cb = props.on_rename.clone();
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            cb.emit((key.clone(), value(&input)));
            e.set(false);
        })
    };
    let delete = {
        let key = r.key.clone();
        props.on_delete.reform(move |_: MouseEvent| key.clone())
    };
    let on_key = {
        let e = editing.clone();
        Callback::from(move |ev: KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.stop_propagation();
                e.set(false);
            }
        })
    };
    html! {
        <li class={classes!("report-row", props.current.then_some("current"))} data-report-key={r.key.clone()}>
            if *editing {
                <form class="rename" onsubmit={save}>
                    <label class="field">
                        <span class="field-label">{ "New title" }</span>
                        <input type="text" ref={input} value={r.title.clone()} required=true maxlength="400" onkeydown={on_key} />
                    </label>
                    <div class="row-actions">
                        <button type="submit" class="act">{ "Save" }</button>
                        <button type="button" class="act" onclick={cancel}>{ "Cancel" }</button>
                    </div>
                </form>
            } else {
                <div class="row-main">
                    <a class="row-title" href={present::fragment(&r.key, None)}
                        aria-current={props.current.then_some("page")}>{ r.title.clone() }</a>
                    <span class="row-meta">{ details }</span>
                </div>
                if !r.embedded {
                    <div class="row-actions">
                        <button type="button" class="act" data-rename="" onclick={start}
                            aria-label={format!("Rename “{}”", r.title)}>{ "Rename" }</button>
                        <button type="button" class="act danger" data-delete="" onclick={delete}
                            aria-label={format!("Delete “{}”", r.title)}>{ "Delete" }</button>
                    </div>
                }
            }
        </li>
    }
}
