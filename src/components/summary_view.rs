//! A print-friendly summary for a clinician, with "copy as text" and a FHIR
//! R4 QuestionnaireResponse download, all made on this device.

use crate::app::report::{answer_lines, fhir_json, text};
use crate::app::{ButtonMsg, Msg};
use crate::components::{markup::Markup, welcome::kept};
use crate::content::CONTENT;
use crate::engine::{assess, Session};
use crate::services::file_actions;
use yew::prelude::*;

/// Today's date and time, from the browser's clock.
fn now() -> (String, String) {
    let d = js_sys::Date::new_0();
    let iso: String = d.to_iso_string().into();
    (iso.chars().take(10).collect(), iso)
}

/// `status` is the outcome of the last copy or download, if any. The text
/// and the file are made only when asked for.
pub fn summary_view(
    session: &Session,
    status: Option<&'static str>,
    dispatch: &Callback<Msg>,
) -> Html {
    let date = now().0;
    let copy = {
        let (session, dispatch) = (session.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            file_actions::copy(&text(&CONTENT, &session, &now().0), move |worked| {
                dispatch.emit(Msg::SummaryStatus(if worked {
                    "Copied. You can paste it into a message or a document."
                } else {
                    "This browser did not allow copying. You can print instead."
                }));
            });
        })
    };
    let download = {
        let (session, dispatch) = (session.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (date, iso) = now();
            let json = fhir_json(&CONTENT, &session, &iso);
            let name = format!("symptom-explorer-{date}.json");
            dispatch.emit(Msg::SummaryStatus(
                match file_actions::download(&name, "application/fhir+json", &json) {
                    Ok(()) => "Saved as a file (FHIR QuestionnaireResponse).",
                    Err(_) => "This browser did not allow saving a file.",
                },
            ));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = file_actions::print();
    });
    let a = assess(&CONTENT, session);
    let mut forget = Markup::default();
    kept(&mut forget);
    let forget = forget.html();
    html! {
        <section class="summary" aria-labelledby="summary-title">
            <h1 id="summary-title" tabindex="-1">{"Summary for a clinician"}</h1>
            <p class="muted">{format!("Made on {date} by the symptom explorer. Not a diagnosis: a record of answers and the pattern they fit.")}</p>
            if let Some(a) = &a {
                <h2>{"Result shown"}</h2>
                <p><strong>{a.outcome.headline}</strong></p>
                if !a.signs.is_empty() {
                    <p>{"Warning signs ticked: "}{a.signs.iter().map(|s| s.label).collect::<Vec<_>>().join("; ")}</p>
                }
                if !a.candidates.is_empty() {
                    <p>{"Muscles whose commonly described pattern fits: "}{a.shown().iter().map(|c| c.muscle.name).collect::<Vec<_>>().join(", ")}</p>
                }
            }
            <h2>{"Answers"}</h2>
            <dl class="review">
                { for answer_lines(&CONTENT, session).into_iter().map(|l| html! {
                    <div class="review-item" key={l.question}><dt>{l.prompt}</dt><dd>{l.answer}</dd></div>
                }) }
            </dl>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={print}>{"Print or save as PDF"}</button>
                <button type="button" class="secondary" onclick={copy}>{"Copy as text"}</button>
                <button type="button" class="secondary" onclick={download}>{"Download answers (FHIR JSON)"}</button>
            </div>
            if let Some(s) = status {
                <p class="no-print" role="status">{s}</p>
            }
            <nav class="actions result-actions no-print" aria-label="Summary navigation">
                <button type="button" class="secondary" data-msg={ButtonMsg::ShowResult.name()}>{"Back to the result"}</button>
            </nav>
            {forget}
        </section>
    }
}
