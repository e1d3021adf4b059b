//! The search box (which stays in view with the view tabs), and the
//! claimant, kind and confidence filters with counts, and the order.

use crate::report::{ClaimKind, EntityId};
use crate::ui::present;
use crate::ui::shared::Shared;
use crate::ui::state::{Action, Sort, Sureness, Who};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub search: AttrValue,
    pub search_ref: NodeRef,
    pub on_action: Callback<Action>,
}

/// The search box; it stays in view over the cards with the view tabs.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props.on_action.reform(|e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        Action::Search(v.into())
    });
    html! {
        <div class="search-box" role="search" aria-label="Search claims">
            <label class="search">
                <span class="sr-only">{ "Search claims" }</span>
                <input ref={props.search_ref.clone()} type="search" placeholder="Search claims  ( / )"
                    value={props.search.clone()} {oninput} autocomplete="off" spellcheck="false" />
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub report: Shared,
    pub who: Option<Who>,
    pub kind: Option<ClaimKind>,
    pub show_unattributed: bool,
    pub sureness: Option<Sureness>,
    pub sort: Sort,
    pub search: AttrValue,
    pub shown: usize,
    pub on_action: Callback<Action>,
}

fn who_key(w: Who) -> String {
    match w {
        Who::Entity(e) => format!("e{}", e.0 + 1),
        Who::Unresolved => "unresolved".into(),
        Who::Unnamed => "unnamed".into(),
        Who::Report => "report".into(),
    }
}

fn who_from_key(k: &str) -> Option<Who> {
    match k {
        "unresolved" => Some(Who::Unresolved),
        "unnamed" => Some(Who::Unnamed),
        "report" => Some(Who::Report),
        _ => k
            .strip_prefix('e')?
            .parse::<u32>()
            .ok()?
            .checked_sub(1)
            .map(|i| Who::Entity(EntityId(i))),
    }
}

fn sure_key(s: Option<Sureness>) -> &'static str {
    match s {
        None => "",
        Some(Sureness::Unsure) => "check",
        Some(Sureness::Sure) => "sure",
    }
}

fn sure_from_key(k: &str) -> Option<Sureness> {
    match k {
        "check" => Some(Sureness::Unsure),
        "sure" => Some(Sureness::Sure),
        _ => None,
    }
}

fn kind_from_key(k: &str) -> Option<ClaimKind> {
    present::KINDS.into_iter().find(|&x| x.as_str() == k)
}

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let report = &props.report;
    let total = report.claims.len();
    let counts = present::claimant_counts(report);
    let unattributed = counts
        .iter()
        .find(|c| c.0 == Who::Report)
        .map(|c| c.2)
        .unwrap_or(0);

    let on_who = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::FilterWho(who_from_key(&v))
    });
    let on_kind = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::FilterKind(kind_from_key(&v))
    });
    let on_toggle = props.on_action.reform(|e: Event| {
        Action::ShowUnattributed(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    let on_sure = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::FilterSure(sure_from_key(&v))
    });
    let on_sort = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SortBy(if v == "unsure" {
            Sort::LeastSure
        } else {
            Sort::Text
        })
    });
    let unsure = report
        .claims
        .iter()
        .filter(|c| present::is_unsure(c))
        .count();
    let on_reset = props.on_action.reform(|_: MouseEvent| Action::ResetFilters);
    let filtered = props.who.is_some()
        || props.kind.is_some()
        || props.sureness.is_some()
        || !props.show_unattributed
        || !props.search.trim().is_empty();

    let kinds = present::KINDS.into_iter().filter_map(|k| {
        let n = report.claims.iter().filter(|c| c.kind == k).count();
        (n > 0).then(|| {
            html! {
                <option value={k.as_str()} selected={props.kind == Some(k)}>
                    { format!("{} ({n})", present::kind_short(k)) }
                </option>
            }
        })
    });

    html! {
        <div class="filters" role="group" aria-label="Filter claims">
            <div class="selects">
                <label>
                    <span class="field-label">{ "Claimant" }</span>
                    <select onchange={on_who} data-filter="who">
                        <option value="" selected={props.who.is_none()}>{ format!("Everyone ({total})") }</option>
                        { for counts.iter().map(|(w, name, n)| html! {
                            <option value={who_key(*w)} selected={props.who == Some(*w)}>{ format!("{name} ({n})") }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span class="field-label">{ "Kind" }</span>
                    <select onchange={on_kind}>
                        <option value="" selected={props.kind.is_none()}>{ format!("All kinds ({total})") }</option>
                        { for kinds }
                    </select>
                </label>
                <label>
                    <span class="field-label">{ "Confidence" }</span>
                    <select onchange={on_sure} data-filter="confidence">
                        <option value="" selected={props.sureness.is_none()}>{ format!("Any ({total})") }</option>
                        <option value={sure_key(Some(Sureness::Unsure))} selected={props.sureness == Some(Sureness::Unsure)}>
                            { format!("{} ({unsure})", present::CHECK_WORDS) }
                        </option>
                        <option value={sure_key(Some(Sureness::Sure))} selected={props.sureness == Some(Sureness::Sure)}>
                            { format!("Surer ({})", total - unsure) }
                        </option>
                    </select>
                </label>
                <label>
                    <span class="field-label">{ "Order" }</span>
                    <select onchange={on_sort} data-sort="">
                        <option value="text" selected={props.sort == Sort::Text}>{ "As in the text" }</option>
                        <option value="unsure" selected={props.sort == Sort::LeastSure}>{ "Least sure first" }</option>
                    </select>
                </label>
            </div>
            if unattributed > 0 {
                <label class="toggle">
                    <input type="checkbox" checked={props.show_unattributed} onchange={on_toggle} />
                    <span>{ format!("Show the report's own assertions ({unattributed})") }</span>
                </label>
            }
            <p class="shown" aria-live="polite">
                { format!("Showing {} of {total}", props.shown) }
                if filtered {
                    <button type="button" class="act link" onclick={on_reset}>{ "Clear filters" }</button>
                }
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_keys_round_trip() {
        for w in [
            Who::Entity(EntityId(0)),
            Who::Entity(EntityId(11)),
            Who::Unresolved,
            Who::Unnamed,
            Who::Report,
        ] {
            assert_eq!(who_from_key(&who_key(w)), Some(w));
        }
        assert_eq!(who_from_key(""), None);
        assert_eq!(who_from_key("e0"), None);
        for k in present::KINDS {
            assert_eq!(kind_from_key(k.as_str()), Some(k));
        }
        for s in [None, Some(Sureness::Unsure), Some(Sureness::Sure)] {
            assert_eq!(sure_from_key(sure_key(s)), s);
        }
    }
}
