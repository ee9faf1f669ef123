//! The report for a clinician: what the person answered and what it
//! suggests, as plain text to copy and as a FHIR R4 `QuestionnaireResponse`
//! to download, both made on the device (`services::file_actions` hands them
//! to the browser).

use crate::engine::model::Content;
use crate::engine::{assess, lookup, Answer, Session, Step};
use crate::ui::report as text;

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
            let q = lookup::question(content, id)?;
            Some(AnswerLine {
                question: q.id,
                prompt: q.prompt,
                answer: labels(content, q.id, a).join("; "),
            })
        })
        .collect()
}

fn labels(content: &Content, question: &str, a: &Answer) -> Vec<String> {
    let Some(q) = lookup::question(content, question) else {
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
    let mut out = format!("{}\n{}\n", text::title(date), text::NOT_DIAGNOSIS);
    // A translation not yet reviewed by a clinician says so to the clinician too.
    if !crate::ui::language::REVIEW.is_empty() {
        out += crate::ui::language::REVIEW;
        out.push('\n');
    }
    out.push('\n');
    if let Some(a) = assess(content, session) {
        out += &text::result(a.outcome.headline);
        out.push('\n');
        for (title, signs) in [(text::UNSURE, &a.unsure), (text::SIGNS, &a.signs)] {
            if !signs.is_empty() {
                let labels: Vec<&str> = signs.iter().map(|s| s.label).collect();
                out += &format!("{title}: {}\n", labels.join("; "));
            }
        }
        if !a.candidates.is_empty() {
            let names: Vec<&str> = a.shown().iter().map(|c| c.muscle.name).collect();
            out += &format!("{}: {}\n", text::FITS, names.join(", "));
        }
        out.push('\n');
    }
    out += text::ANSWERS;
    out.push('\n');
    for line in answer_lines(content, session) {
        out += &format!("- {}\n  {}\n", line.prompt, line.answer);
    }
    out
}

/// Codes for options, signs and regions are this app's own ids.
const OPTIONS: &str = "urn:symptom-explorer:option";
const REGIONS: &str = "urn:symptom-explorer:region";

/// A JSON string literal. Hand-written rather than pulling serde_json into
/// the wasm (about 4 KB brotli) for one small document; the tests parse the
/// output with serde_json to prove it valid.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn coding(system: &str, code: &str, display: &str) -> String {
    format!(
        r#"{{"valueCoding":{{"system":{},"code":{},"display":{}}}}}"#,
        json_str(system),
        json_str(code),
        json_str(display)
    )
}

fn item(link_id: &str, text: &str, answers: &[String]) -> String {
    format!(
        r#"{{"linkId":{},"text":{},"answer":[{}]}}"#,
        json_str(link_id),
        json_str(text),
        answers.join(",")
    )
}

/// The answers as a FHIR R4 QuestionnaireResponse (JSON). `authored` is an
/// ISO 8601 date-time.
pub fn fhir_json(content: &Content, session: &Session, authored: &str) -> String {
    let mut items: Vec<String> = session
        .answers()
        .iter()
        .filter_map(|(id, a)| {
            let q = lookup::question(content, id)?;
            let answers: Vec<String> = match a {
                Answer::Options(o) => o
                    .iter()
                    .map(|c| coding(OPTIONS, c, lookup::choice_label(content, q, c)))
                    .collect(),
                Answer::Regions(r) => r
                    .iter()
                    .map(|s| coding(REGIONS, &s.to_string(), &s.label(content)))
                    .collect(),
            };
            Some(item(q.id, q.prompt, &answers))
        })
        .collect();
    if let Some(a) = assess(content, session) {
        let headline = format!(r#"{{"valueString":{}}}"#, json_str(a.outcome.headline));
        items.push(item("result", text::RESULT_ITEM, &[headline]));
    }
    let status = if session.step() == Step::Done {
        "completed"
    } else {
        "in-progress"
    };
    // The display texts' language; the codes are the same in every one.
    format!(
        r#"{{"resourceType":"QuestionnaireResponse","language":{},"status":"{status}","authored":{},"item":[{}]}}"#,
        json_str(crate::ui::language::CODE),
        json_str(authored),
        items.join(",")
    )
}
