//! What the person answered, for a clinician: as plain text to copy, and as a
//! FHIR R4 `QuestionnaireResponse` to download. Both are made on the device.

use crate::engine::model::Content;
use crate::engine::{assess, lookup, Answer, Session, Step};
use serde::Serialize;

/// One answered question in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerLine {
    pub question: &'static str,
    pub prompt: &'static str,
    pub answer: String,
}

/// The answers in the order they were asked, labelled as the person saw them.
pub fn answer_lines(content: &Content, session: &Session) -> Vec<AnswerLine> {
    session
        .answers()
        .iter()
        .filter_map(|(id, a)| {
            let q = &content.questions[lookup::question_index(content, id)?];
            Some(AnswerLine {
                question: q.id,
                prompt: q.prompt,
                answer: labels(content, q.id, a).join("; "),
            })
        })
        .collect()
}

fn labels(content: &Content, question: &str, a: &Answer) -> Vec<String> {
    let Some(q) = lookup::question_index(content, question).map(|i| &content.questions[i]) else {
        return Vec::new();
    };
    match a {
        Answer::Options(o) => o
            .iter()
            .map(|id| lookup::choice_label(content, q, id).to_string())
            .collect(),
        Answer::Regions(r) => r.iter().map(|s| s.label(content)).collect(),
    }
}

/// The summary as plain text, for "copy as text".
pub fn text(content: &Content, session: &Session, date: &str) -> String {
    let mut out = format!("Symptom explorer summary ({date})\nNot a diagnosis: a record of answers and the pattern they fit.\n\n");
    if let Some(a) = assess(content, session) {
        out += &format!("Result: {}\n", a.outcome.headline);
        if !a.signs.is_empty() {
            let signs: Vec<&str> = a.signs.iter().map(|s| s.label).collect();
            out += &format!("Warning signs ticked: {}\n", signs.join("; "));
        }
        if !a.candidates.is_empty() {
            let names: Vec<&str> = a.candidates.iter().take(3).map(|c| c.muscle.name).collect();
            out += &format!(
                "Muscles whose commonly described pattern fits: {}\n",
                names.join(", ")
            );
        }
        out.push('\n');
    }
    out += "Answers:\n";
    for line in answer_lines(content, session) {
        out += &format!("- {}\n  {}\n", line.prompt, line.answer);
    }
    out
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionnaireResponse {
    resource_type: &'static str,
    status: &'static str,
    authored: String,
    item: Vec<Item>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    link_id: &'static str,
    text: &'static str,
    answer: Vec<ItemAnswer>,
}

#[derive(Serialize)]
enum ItemAnswer {
    #[serde(rename = "valueCoding")]
    Coding {
        system: &'static str,
        code: String,
        display: String,
    },
    #[serde(rename = "valueString")]
    Text(String),
}

/// Codes for options, signs and regions are this app's own ids.
const OPTIONS: &str = "urn:symptom-explorer:option";
const REGIONS: &str = "urn:symptom-explorer:region";

/// The answers as a FHIR R4 QuestionnaireResponse (JSON). `authored` is an
/// ISO 8601 date-time.
pub fn fhir_json(content: &Content, session: &Session, authored: &str) -> String {
    let mut item: Vec<Item> = session
        .answers()
        .iter()
        .filter_map(|(id, a)| {
            let q = &content.questions[lookup::question_index(content, id)?];
            let answer = match a {
                Answer::Options(o) => o
                    .iter()
                    .map(|c| ItemAnswer::Coding {
                        system: OPTIONS,
                        code: c.to_string(),
                        display: lookup::choice_label(content, q, c).into(),
                    })
                    .collect(),
                Answer::Regions(r) => r
                    .iter()
                    .map(|s| ItemAnswer::Coding {
                        system: REGIONS,
                        code: s.to_string(),
                        display: s.label(content),
                    })
                    .collect(),
            };
            Some(Item {
                link_id: q.id,
                text: q.prompt,
                answer,
            })
        })
        .collect();
    if let Some(a) = assess(content, session) {
        item.push(Item {
            link_id: "result",
            text: "Result shown by the app",
            answer: vec![ItemAnswer::Text(a.outcome.headline.into())],
        });
    }
    let response = QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        status: if session.step() == Step::Done {
            "completed"
        } else {
            "in-progress"
        },
        authored: authored.into(),
        item,
    };
    serde_json::to_string_pretty(&response).unwrap_or_default()
}
