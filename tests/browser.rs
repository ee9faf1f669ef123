//! Component tests in a real browser (headless Chromium via chromedriver):
//! each mounts a component into a fresh element and acts as a person would.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use symptom_explorer::app::App;
use symptom_explorer::components::question_step::{QuestionStep, QuestionStepProps};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::{Action, Answer};
use symptom_explorer::state::Msg;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::{BaseComponent, Callback};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a component into a new element of its own and lets it render.
async fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// The button whose visible text is exactly `label`, as a person finds it.
fn button(root: &Element, label: &str) -> HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"))
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn screen_question_answers_only_after_a_choice() {
    let sent = Rc::new(RefCell::new(Vec::new()));
    let dispatch = {
        let sent = sent.clone();
        Callback::from(move |m: Msg| sent.borrow_mut().push(m))
    };
    let question = &CONTENT.questions[0];
    let root = mount::<QuestionStep>(QuestionStepProps {
        question,
        answer: None,
        progress: (0, 10),
        region_list: false,
        dispatch,
    })
    .await;
    assert_eq!(text(&root, "h1"), question.prompt);
    let next = button(&root, "Next");
    assert!(
        next.has_attribute("disabled"),
        "Next must wait for a choice"
    );
    button(&root, "None of these").click();
    settle().await;
    assert_eq!(
        button(&root, "None of these")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    button(&root, "Next").click();
    assert_eq!(
        sent.borrow().as_slice(),
        [Msg::Engine(Action::Answer(
            question.id,
            Answer::Options(vec!["none"])
        ))]
    );
}

#[wasm_bindgen_test]
async fn app_starts_on_welcome_and_moves_to_the_first_question() {
    symptom_explorer::services::storage::clear().unwrap();
    let root = mount::<App>(()).await;
    assert!(
        text(&root, "h1").contains("spread"),
        "welcome heading: {}",
        text(&root, "h1")
    );
    button(&root, "Start").click();
    settle().await;
    assert_eq!(text(&root, "h1"), CONTENT.questions[0].prompt);
    button(&root, "None of these").click();
    settle().await;
    button(&root, "Next").click();
    settle().await;
    assert_eq!(text(&root, "h1"), CONTENT.questions[1].prompt);
    assert!(
        symptom_explorer::services::storage::load()
            .unwrap()
            .is_some_and(|t| t.contains("screen-emergency=none")),
        "progress is saved"
    );
    assert!(
        gloo::utils::window()
            .location()
            .hash()
            .unwrap()
            .starts_with("#/guided/v1~screen-urgent~"),
        "the step is in the URL"
    );
    button(&root, "Back").click();
    settle().await;
    assert_eq!(text(&root, "h1"), CONTENT.questions[0].prompt);
}
