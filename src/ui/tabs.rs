//! The switch between the views beside the text.

use crate::ui::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub counts: [usize; 4],
    pub on_view: Callback<View>,
}

fn title(v: View) -> &'static str {
    match v {
        View::Claims => "Claims",
        View::People => "People & organisations",
        View::Figures => "Figures",
        View::Review => "Review",
    }
}

/// The label narrow screens show.
fn short_title(v: View) -> &'static str {
    match v {
        View::People => "People",
        other => title(other),
    }
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    html! {
        <nav class="view-tabs" aria-label="Views">
            { for View::ALL.into_iter().zip(props.counts).map(|(v, n)| {
                let cb = props.on_view.clone();
                let onclick = Callback::from(move |_: MouseEvent| cb.emit(v));
                let current = props.view == v;
                html! {
                    <button type="button" class={classes!("tab", current.then_some("current"))}
                        data-view={v.key()} aria-pressed={if current { "true" } else { "false" }} {onclick}>
                        <span class="tab-long">{ title(v) }</span>
                        <span class="tab-short" aria-hidden="true">{ short_title(v) }</span>
                        <span class="count">{ n }</span>
                    </button>
                }
            }) }
        </nav>
    }
}
