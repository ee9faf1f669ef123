//! The root component and the start-up code.

use crate::app::explore_state::ExploreView;
use crate::app::route::Route;
use crate::app::{AppState, History, Msg, Notice, Screen, Stored};
use crate::components::{
    actions::clicked, app_header::app_header, dropped_note::dropped_note,
    explore_view::explore_view, markup::Markup, muscle_page::muscle_page, notice_bar::notice_bar,
    question_step::QuestionStep, result_view::result_view, summary_view::summary_view,
    welcome::welcome,
};
use crate::content::CONTENT;
use crate::engine::{lookup, safety, Step};
use crate::hooks::use_details::use_details;
use crate::hooks::use_hash_navigation::use_hash_navigation;
use crate::services::{first_screen, location, storage};
use crate::ui;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Mounts the app into `#app`, beside the prerendered first screen (which
/// it takes over, see [`first_screen`]), or in place of the loading line.
pub fn start() {
    crate::services::panic::install();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    first_screen::remove_loading_line();
    // Yew empties the element it mounts into: a box of its own (laid out as
    // if absent, `.app-root` in app.css) keeps the first screen beside it.
    let Ok(host) = gloo::utils::document().create_element("div") else {
        return;
    };
    host.set_class_name("app-root");
    if root.append_child(&host).is_err() {
        return;
    }
    yew::Renderer::<App>::with_root(host).render();
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let state = AppState::boot(&location::hash(), storage::load().map_err(|_| ()));
        if storage::erased_here() {
            state.erased_before()
        } else {
            state
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |m: Msg| state.dispatch(m))
    };
    // Back/Forward and pasted links arrive as fragment changes.
    use_hash_navigation(dispatch.clone());
    // Muscle pages and results show what the details file holds, and
    // explore's search reads it.
    let details = use_details(match (&state.screen, &state.explore.view) {
        (Screen::Explore, ExploreView::Muscle(m)) => Some(m.id),
        (Screen::Explore, _) => Some("explore"),
        (Screen::Guided, _) if state.guided.session.step() == Step::Done => Some("result"),
        _ => None,
    });
    {
        // The fragment follows the state: one history entry per step.
        let wanted = state.route().to_hash();
        let history = state.history;
        use_effect_with(wanted, move |wanted| {
            if *wanted != location::hash() {
                match history {
                    History::Push => location::push(wanted),
                    History::Replace => location::replace(wanted),
                }
            }
        });
    }
    {
        // Each new screen or question moves focus to its heading, so screen
        // readers announce it and Tab starts from the top of it.
        // Taps on explore's map refine the same page and keep focus.
        let page = match &state.explore.view {
            ExploreView::Muscle(m) => m.id,
            ExploreView::Map { .. } => "map",
        };
        let at = (state.screen, state.guided.session.step(), page);
        let started = use_mut_ref(|| false);
        use_effect_with(at, move |_| {
            let document = gloo::utils::document();
            // On start-up, focus moves only when the app replaced the
            // prerendered first screen: while that is kept, the person may
            // be reading or scrolling it, or have tabbed into it.
            let first = !std::mem::replace(&mut *started.borrow_mut(), true);
            if first && first_screen::present() {
                return;
            }
            let heading = document.query_selector("#main h1").ok().flatten();
            if let Some(h) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = h.focus();
            }
        });
    }
    {
        // Storage follows the answers on every change (see AppState::stored).
        let dispatch = dispatch.clone();
        // Erasing again whenever the person asks, though storage should
        // hold nothing already: another tab may have saved since.
        use_effect_with(
            (state.stored(), state.saved.erasures),
            move |(stored, _)| {
                let written = match stored {
                    Stored::Untouched => Ok(()),
                    Stored::Answers(text) => storage::save(text),
                    Stored::Nothing => storage::clear(),
                };
                if written.is_err() {
                    dispatch.emit(Msg::StorageFailed);
                }
            },
        );
    }

    // The prerendered first screen stays while it shows what the app would;
    // otherwise it goes now, in the task that renders the app's own, so the
    // two never show together.
    let pristine =
        state.screen == Screen::Welcome && !state.has_progress() && state.notice.is_none();
    if pristine && first_screen::present() {
        return html! {};
    }
    first_screen::remove();

    let body = match (state.screen, state.guided.session.step()) {
        (Screen::Welcome, _) => {
            let mut out = Markup::default();
            let unreadable = matches!(state.notice, Some(Notice::BadSaved(_)));
            welcome(
                &mut out,
                state.has_progress(),
                // Not after erasing, though Back may have brought answers
                // back to this tab.
                (state.has_progress() && !state.saved.erased) || unreadable,
            );
            out.html()
        }
        (Screen::Guided, Step::Question(id)) => {
            let Some(question) = lookup::question(&CONTENT, id) else {
                return html! {};
            };
            html! {
                <QuestionStep
                    key={id}
                    {question}
                    answer={state.shown_answer(id)}
                    signs={state.guided.session.signs_shown(id)}
                    cautions={safety::spot_cautions_for(&CONTENT, state.guided.session.answers(), question)}
                    already={state.guided.session.ending(&CONTENT).map(|(_, o)| o.headline)}
                    progress={state.guided.session.progress()}
                    region_list={state.region_list}
                    dispatch={dispatch.clone()}
                />
            }
        }
        (Screen::Summary, _) => summary_view(
            &state.guided.session,
            state.guided.summary_status,
            !state.saved.erased,
            &dispatch,
        ),
        (Screen::Guided, Step::Done) => result_view(
            &state.guided.session,
            &details,
            !state.saved.erased,
            &dispatch,
        ),
        (Screen::Explore, _) => match &state.explore.view {
            ExploreView::Map { lens, areas } => {
                explore_view(&state, *lens, areas, &details, &dispatch)
            }
            ExploreView::Muscle(m) => muscle_page(m, &state.explore.last_map, &details),
        },
    };
    let mut header = Markup::default();
    let explore = Route::Explore(state.explore.last_map.clone()).to_hash();
    let here = state.route().to_hash();
    app_header(
        &mut header,
        state.screen == Screen::Explore,
        &explore,
        &here,
    );
    // Buttons written as markup name their message (see components::actions).
    let on_click = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(m) = clicked(&e) {
                dispatch.emit(m);
            }
        })
    };
    html! {
        <>
            {header.html()}
            <main class="app-main" id="main" onclick={on_click}>
                if let Some(notice) = &state.notice {
                    {notice_bar(notice)}
                }
                if state.screen == Screen::Guided && !state.guided.dropped.is_empty() {
                    {dropped_note(&state.guided.dropped)}
                }
                {body}
                // The welcome says it at the top; every other screen at the
                // end, as readers may arrive on any of them.
                if !ui::language::REVIEW.is_empty() && state.screen != Screen::Welcome {
                    <p class="review-status">{ui::language::REVIEW}</p>
                }
            </main>
        </>
    }
}
