//! The clinician summary: plain text and a valid FHIR R4 QuestionnaireResponse.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::run;
use symptom_explorer::app::report::{fhir_json, text};
use symptom_explorer::content::CONTENT;

const JOURNEY: &[(&str, &str)] = &[
    ("pain-where", "temple-r"),
    ("press-where", "top-of-shoulder-r"),
    ("is-lump", "knot"),
    ("press-result", "spreads"),
    ("spread-where", "temple-r"),
    ("familiar", "yes"),
    ("feel", "ache"),
    ("nerve-signs", "none"),
    ("joint-signs", "none"),
    ("duration", "weeks"),
];

#[test]
fn the_fhir_export_is_valid_json_with_every_answer() {
    let (s, _) = run(JOURNEY);
    let awkward = "2026-11-24T10:00:00Z \"quoted\" \\ back\nslash \u{1}";
    let json: serde_json::Value =
        serde_json::from_str(&fhir_json(&CONTENT, &s, awkward)).expect("valid JSON");
    assert_eq!(json["resourceType"], "QuestionnaireResponse");
    assert_eq!(json["language"], "en", "the language of its display texts");
    assert_eq!(json["status"], "completed");
    assert_eq!(json["authored"], awkward, "strings survive escaping");
    let items = json["item"].as_array().unwrap();
    assert_eq!(
        items.len(),
        s.answers().len() + 1,
        "every answer plus the result"
    );
    let pain = items.iter().find(|i| i["linkId"] == "pain-where").unwrap();
    assert_eq!(pain["answer"][0]["valueCoding"]["code"], "temple-r");
    assert_eq!(pain["answer"][0]["valueCoding"]["display"], "Right temple");
    assert_eq!(
        items.last().unwrap()["answer"][0]["valueString"],
        "A pattern consistent with referred pain"
    );
}

#[test]
fn the_text_summary_lists_result_and_answers() {
    let (s, _) = run(JOURNEY);
    let t = text(&CONTENT, &s, "2026-11-24");
    assert!(t.contains("Result: A pattern consistent with referred pain"));
    assert!(t.contains("Where do you feel the pain?\n  Right temple"));
    assert!(t.contains("Upper trapezius"));
    assert!(t.contains("Not a diagnosis"));
}
