//! Component tests in a real browser (headless Chromium via chromedriver):
//! each mounts a component into a fresh element and acts as a person would.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use symptom_explorer::app::Msg;
use symptom_explorer::components::markup::{raw, Markup};
use symptom_explorer::components::memo::memo;
use symptom_explorer::components::question_step::{QuestionStep, QuestionStepProps};
use symptom_explorer::components::root::App;
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::{Action, Answer};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::{BaseComponent, Callback};

wasm_bindgen_test_configure!(run_in_browser);

/// A component mounted into a new element of its own. Dropping it unmounts
/// the component, so an app from one test never reacts to the next test's
/// URL changes (tests share one page).
struct Mounted<C: BaseComponent> {
    root: Element,
    handle: Option<yew::AppHandle<C>>,
}

impl<C: BaseComponent> std::ops::Deref for Mounted<C> {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl<C: BaseComponent> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

/// Mounts a component and lets it render.
async fn mount<C: BaseComponent>(props: C::Properties) -> Mounted<C> {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

/// Lets Yew finish the renders a click or a mount scheduled.
async fn settle() {
    yew::scheduler::flush().await;
}

/// The button whose visible text is exactly `label`, as a person finds it.
fn button(root: &Element, label: &str) -> HtmlElement {
    labelled(root, "button", label)
}

/// The link whose visible text is exactly `label`.
fn link(root: &Element, label: &str) -> HtmlElement {
    labelled(root, "a", label)
}

fn labelled(root: &Element, selector: &str, label: &str) -> HtmlElement {
    let all = root.query_selector_all(selector).unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no {selector} labelled {label:?}"))
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
        signs: question.signs.to_vec(),
        cautions: Vec::new(),
        already: None,
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
    let root = open_at("#/").await;
    assert!(
        text(&root, "h1").contains("spread"),
        "welcome heading: {}",
        text(&root, "h1")
    );
    link(&root, "Start").click();
    // A link: the app follows the browser's `hashchange`, a task of its own.
    yew::platform::time::sleep(Duration::from_millis(10)).await;
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

#[derive(yew::Properties, PartialEq)]
struct TextProps {
    text: &'static str,
}

/// One paragraph written through `Markup`, as display-only sections are.
#[yew::component]
fn Para(props: &TextProps) -> yew::Html {
    Markup::default().el(raw!("p"), props.text).html()
}

/// Sections close what they open, and ids and path data are escaped like
/// any text.
#[yew::component]
fn Nested(props: &TextProps) -> yew::Html {
    Markup::default()
        .section(raw!("x"), raw!("x-title"), props.text, |m| {
            m.wrap(raw!("ul class=\"y\""), |m| {
                m.el(raw!("li"), props.text);
            })
            .explore_link(raw!("muscle"), props.text, props.text);
        })
        .el(raw!("p"), "after")
        .html()
}

#[wasm_bindgen_test]
async fn markup_sections_close_what_they_open_and_escape_ids() {
    let hostile = "\"><img src=x onerror=alert(1)>";
    let root = mount::<Nested>(TextProps { text: hostile }).await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert_eq!(text(&root, "section > h2"), hostile);
    assert_eq!(text(&root, "section > ul.y > li"), hostile);
    let link = root.query_selector("section > a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some(format!("#/explore/muscle/{hostile}").as_str())
    );
    assert!(
        root.query_selector("section + p").unwrap().is_some(),
        "the paragraph after the section is outside it"
    );
}

#[wasm_bindgen_test]
async fn markup_shows_content_as_text_never_as_markup() {
    let hostile = "<img src=x onerror=alert(1)> & \"quoted\" <b>bold</b>";
    let root = mount::<Para>(TextProps { text: hostile }).await;
    assert!(root.query_selector("img, b").unwrap().is_none());
    assert_eq!(text(&root, "p"), hostile);
}

/// Opens the app at `hash` as a link would, with nothing saved. (Tests share
/// one page and run in any order, so each sets where it starts.)
async fn open_at(hash: &str) -> Mounted<App> {
    symptom_explorer::services::storage::clear().unwrap();
    gloo::utils::window().location().set_hash(hash).unwrap();
    // The browser fires `hashchange` later, as a task: let it pass before
    // the app listens, so the app reads `hash` as a link, not as navigation.
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    mount::<App>(()).await
}

#[wasm_bindgen_test]
async fn a_muscle_link_shows_its_warning_signs_before_self_care() {
    let root = open_at("#/explore/muscle/scalenes").await;
    assert_eq!(text(&root, "h1"), "Scalenes");
    let headings: Vec<String> = {
        let all = root.query_selector_all("h2").unwrap();
        (0..all.length())
            .filter_map(|i| all.item(i)?.text_content())
            .collect()
    };
    let at = |h: &str| {
        headings
            .iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("no {h} in {headings:?}"))
    };
    assert!(
        at("First, rule out warning signs") < at("What may help"),
        "{headings:?}"
    );
    at("Sources");
}

#[wasm_bindgen_test]
async fn the_press_hand_off_starts_the_questions_with_warning_signs_first() {
    let root = open_at("#/explore/press/top-of-shoulder-r").await;
    assert!(text(&root, "h1").starts_with("Tender spot at"));
    button(&root, "It hurts only where I press").click();
    settle().await;
    assert_eq!(text(&root, "h1"), CONTENT.questions[0].prompt);
}

thread_local! {
    /// Renders of the views below, by view.
    static RENDERS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn counted(name: &'static str, n: &u32) -> yew::Html {
    RENDERS.with(|r| r.borrow_mut().push(name));
    yew::html! { <p>{format!("{name} {n}")}</p> }
}

fn view_a(n: &u32) -> yew::Html {
    counted("a", n)
}

fn view_b(n: &u32) -> yew::Html {
    counted("b", n)
}

#[derive(yew::Properties, PartialEq)]
struct MemoHostProps {
    n: u32,
    /// Which view: two parts with inputs of the same type.
    b: bool,
    /// Changes what is around the part, not its inputs.
    other: u32,
}

#[yew::component]
fn MemoHost(props: &MemoHostProps) -> yew::Html {
    let view = if props.b { view_b } else { view_a };
    yew::html! { <div data-other={props.other.to_string()}>{memo(props.n, view)}</div> }
}

#[wasm_bindgen_test]
async fn a_memoised_part_renders_again_only_when_its_inputs_or_its_view_change() {
    RENDERS.with(|r| r.borrow_mut().clear());
    let props = |n, b, other| MemoHostProps { n, b, other };
    let mut host = mount::<MemoHost>(props(1, false, 0)).await;
    let renders = || RENDERS.with(|r| r.borrow().clone());
    assert_eq!(renders(), ["a"]);
    // The parent renders again with the same inputs: the part does not.
    host.handle.as_mut().unwrap().update(props(1, false, 1));
    settle().await;
    assert_eq!(renders(), ["a"]);
    assert_eq!(host.text_content().unwrap(), "a 1");
    // New inputs: it does.
    host.handle.as_mut().unwrap().update(props(2, false, 1));
    settle().await;
    assert_eq!(renders(), ["a", "a"]);
    assert_eq!(host.text_content().unwrap(), "a 2");
    // The same inputs for another view: the other view renders.
    host.handle.as_mut().unwrap().update(props(2, true, 1));
    settle().await;
    assert_eq!(renders(), ["a", "a", "b"]);
    assert_eq!(host.text_content().unwrap(), "b 2");
}
