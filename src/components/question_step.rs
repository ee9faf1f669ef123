//! One question per screen: prompt, "why we ask this", a safety line where
//! one applies, large choices, progress, Back and Next.

use crate::app::{ButtonMsg, Msg};
use crate::components::{
    actions::{data_of, CHOICE},
    choice_button::choice_button,
    markup::{raw, Markup},
    region_picker::region_picker,
};
use crate::content::CONTENT;
use crate::engine::model::{Question, QuestionKind};
use crate::engine::{lookup, toggle, Action, Answer, Choice};
use crate::ui::{self, step as text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub question: &'static Question,
    pub answer: Option<Answer>,
    /// For screens, the warning signs shown on this path (a sign an earlier
    /// screen asked about is not asked again).
    #[prop_or_default]
    pub signs: Vec<&'static str>,
    /// Cautions for the spot about to be pressed, shown before the question.
    #[prop_or_default]
    pub cautions: Vec<&'static str>,
    /// Where a tick already ended the questions at this result, and this
    /// screen checks whether it is more urgent.
    #[prop_or_default]
    pub already: Option<&'static str>,
    /// (answered, total so far); the total can grow as answers open screens.
    pub progress: (usize, usize),
    /// Show regions as a plain list instead of the body map.
    #[prop_or_default]
    pub region_list: bool,
    pub dispatch: Callback<Msg>,
}

#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let q = props.question;
    let pending = use_state(|| props.answer.clone());
    let switch = props.dispatch.reform(|_: MouseEvent| Msg::ToggleRegionList);
    let choose = {
        let (pending, dispatch) = (pending.clone(), props.dispatch.clone());
        Callback::from(move |c: Choice| {
            let next = toggle((*pending).as_ref(), q, c);
            match (q.kind, next) {
                // A single choice answers at once.
                (QuestionKind::Single, Some(a)) => {
                    dispatch.emit(Msg::Engine(Action::Answer(q.id, a)))
                }
                (_, next) => pending.set(next),
            }
        })
    };
    let selected = |id: &str| (*pending).as_ref().is_some_and(|a| a.chose(id));
    let shown = |id: &&str| !q.signs.contains(id) || props.signs.contains(id);
    let options = lookup::choice_ids(&CONTENT, q)
        .into_iter()
        .filter(shown)
        .map(|id| {
            let button = choice_button(
                lookup::choice_label(&CONTENT, q, id),
                selected(id),
                lookup::is_exclusive(q, id),
                id.to_string(),
            );
            html! { <li key={id}>{button}</li> }
        });
    // One listener for every choice: the button's `data-choice`, matched
    // against this question's own choices (so only those can be chosen).
    let pick = {
        let choose = choose.clone();
        Callback::from(move |e: MouseEvent| {
            let clicked = data_of(&e, CHOICE);
            let ids = lookup::choice_ids(&CONTENT, q);
            if let Some(id) = ids.into_iter().find(|id| clicked.as_deref() == Some(*id)) {
                choose.emit(Choice::Option(id));
            }
        })
    };
    let next = {
        let (pending, dispatch) = (pending.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = (*pending).clone() {
                dispatch.emit(Msg::Engine(Action::Answer(q.id, a)));
            }
        })
    };
    let (done, total) = props.progress;
    let is_screen = q.kind == QuestionKind::Screen;
    // The parts that do not change while the question is shown, as markup.
    let mut head = Markup::default();
    let (shown_total, bar_max) = (total.max(done + 1), total.max(1));
    head.wrap(raw!("div class=\"progress\""), |head| {
        head.el(
            raw!("span"),
            &text::progress(&(done + 1).to_string(), &shown_total.to_string()),
        )
        .wrap_with(
            raw!("progress aria-hidden=\"true\""),
            &[
                (raw!("max"), &bar_max.to_string()),
                (raw!("value"), &done.to_string()),
            ],
            |_| {},
        );
    })
    .el(raw!("h1 id=\"step-title\" tabindex=\"-1\""), q.prompt);
    if let Some(headline) = props.already {
        head.el(
            raw!("p class=\"caution\" role=\"note\""),
            &text::already(headline),
        );
    }
    if q.by_region {
        head.el(raw!("p class=\"muted\""), text::BY_REGION);
    }
    for c in props.cautions.iter().copied().chain(q.caution) {
        head.el(raw!("p class=\"caution\" role=\"note\""), c);
    }
    head.wrap(raw!("details class=\"why\""), |head| {
        head.el(raw!("summary"), text::WHY).el(raw!("p"), q.why);
    });
    html! {
        <section class="step" aria-labelledby="step-title">
            {head.html()}
            if q.kind == QuestionKind::Regions {
                {region_picker((*pending).as_ref().map_or(&[], |a| a.regions()), &choose.reform(Choice::Region), props.region_list, switch)}
            }
            <ul class={if is_screen { "choices checklist" } else { "choices" }} onclick={pick}>
                { for options }
            </ul>
            <nav class="step-nav" aria-label={text::NAV}>
                <button type="button" class="secondary" data-msg={ButtonMsg::Back.name()}>{ui::common::BACK}</button>
                if q.kind != QuestionKind::Single || props.answer.is_some() {
                    <button type="button" class="primary" onclick={next} disabled={pending.is_none()}>{text::NEXT}</button>
                }
            </nav>
        </section>
    }
}
