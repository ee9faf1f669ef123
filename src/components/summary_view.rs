//! A print-friendly summary for a clinician, with "copy as text" and a FHIR
//! R4 QuestionnaireResponse download, all made on this device.

use crate::app::report::{self, answer_lines, fhir_json};
use crate::app::{ButtonMsg, Msg};
use crate::components::{markup::Markup, welcome::kept};
use crate::content::CONTENT;
use crate::engine::{assess, Session};
use crate::services::file_actions;
use crate::ui::{common, summary as text};
use yew::prelude::*;

/// Today's date and time, from the browser's clock.
fn now() -> (String, String) {
    let d = js_sys::Date::new_0();
    let iso: String = d.to_iso_string().into();
    (iso.chars().take(10).collect(), iso)
}

/// `status` is the outcome of the last copy or download, if any. The text
/// and the file are made only when asked for. `kept_here`: the answers are
/// saved on this device (not since the person erased them).
pub fn summary_view(
    session: &Session,
    status: Option<&'static str>,
    kept_here: bool,
    dispatch: &Callback<Msg>,
) -> Html {
    let date = now().0;
    let copy = {
        let (session, dispatch) = (session.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            file_actions::copy(&report::text(&CONTENT, &session, &now().0), move |worked| {
                dispatch.emit(Msg::SummaryStatus(if worked {
                    text::COPIED
                } else {
                    text::NOT_COPIED
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
                    Ok(()) => text::SAVED,
                    Err(_) => text::NOT_SAVED,
                },
            ));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = file_actions::print();
    });
    let a = assess(&CONTENT, session);
    let mut forget = Markup::default();
    if kept_here {
        kept(&mut forget);
    }
    let forget = forget.html();
    html! {
        <section class="summary" aria-labelledby="summary-title">
            <h1 id="summary-title" tabindex="-1">{common::SUMMARY}</h1>
            <p class="muted">{text::made(&date)}</p>
            if let Some(a) = &a {
                <h2>{text::RESULT}</h2>
                <p><strong>{a.outcome.headline}</strong></p>
                if !a.signs.is_empty() {
                    <p>{text::SIGNS}{" "}{a.signs.iter().map(|s| s.label).collect::<Vec<_>>().join("; ")}</p>
                }
                if !a.candidates.is_empty() {
                    <p>{text::FITS}{" "}{a.shown().iter().map(|c| c.muscle.name).collect::<Vec<_>>().join(", ")}</p>
                }
            }
            <h2>{text::ANSWERS}</h2>
            <dl class="review">
                { for answer_lines(&CONTENT, session).into_iter().map(|l| html! {
                    <div class="review-item" key={l.question}><dt>{l.prompt}</dt><dd>{l.answer}</dd></div>
                }) }
            </dl>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={print}>{text::PRINT}</button>
                <button type="button" class="secondary" onclick={copy}>{text::COPY}</button>
                <button type="button" class="secondary" onclick={download}>{text::DOWNLOAD}</button>
            </div>
            if let Some(s) = status {
                <p class="no-print" role="status">{s}</p>
            }
            <nav class="actions result-actions no-print" aria-label={text::NAV}>
                <button type="button" class="secondary" data-msg={ButtonMsg::ShowResult.name()}>{text::TO_RESULT}</button>
            </nav>
            {forget}
        </section>
    }
}
