//! The interface text: how `content/<lang>/ui.toml` becomes typed Rust
//! (`build/ui.rs`), and the strings that take values.

#[path = "../build/ui.rs"]
#[allow(dead_code)]
mod generator;

use symptom_explorer::ui;

#[test]
fn placeholders_are_filled_where_the_text_puts_them() {
    assert_eq!(ui::step::progress("3", "9"), "Question 3 of about 9");
    assert_eq!(ui::notice::reason("unknown"), "Reason: unknown");
}

#[test]
fn counts_choose_their_plural_form() {
    assert_eq!(ui::search::matches(1), "1 match");
    assert_eq!(ui::search::matches(12), "12 matches");
    let one = ui::explore::below_pain(1);
    assert_eq!(one, "1 muscle that commonly refers pain here");
    let none = ui::explore::below_pain(0);
    assert_eq!(none, "0 muscles that commonly refer pain here");
}

#[test]
fn a_translation_may_reorder_placeholders_but_not_the_parameters() {
    // Parameters are in name order, whatever order the text says them in,
    // so a call never swaps two values in another language.
    let rust = generator::generate("t", "[a]\nk = \"{total}: {n}\"\n", None);
    assert!(rust.contains("pub fn k(n: &str, total: &str)"), "{rust}");
    let joined = r#"super::fill(&["", ": ", ""], &[total, n])"#;
    assert!(rust.contains(joined), "{rust}");
}

#[test]
fn plain_strings_are_constants() {
    let rust = generator::generate("t", "[a_b]\nsay_hi = \"Hi\"\n", None);
    assert!(rust.contains("pub mod a_b {"), "{rust}");
    assert!(rust.contains(r#"pub const SAY_HI: &str = "Hi";"#), "{rust}");
}

/// The message the generator stops the build with for `file`.
fn refusal(file: &str) -> String {
    let file = file.to_string();
    let err = std::panic::catch_unwind(move || generator::generate("t", &file, None)).unwrap_err();
    err.downcast_ref::<String>().cloned().unwrap_or_default()
}

#[test]
fn broken_text_stops_the_build_with_the_key() {
    let cases = [
        (
            "[a]\nk = \"a } b\"\n",
            "t: a.k: a brace that is not a {placeholder}",
        ),
        (
            "[a]\nk = \"{Name}\"\n",
            "t: a.k: placeholder {Name} must be",
        ),
        (
            "[a]\nk = \"{type}\"\n",
            "t: a.k: placeholder {type} must be",
        ),
        ("[a]\nk = \"{_}\"\n", "t: a.k: placeholder {_} must be"),
        ("[a]\nk-b = \"x\"\n", "t: a.k-b: `k-b` must be"),
        ("[a]\nmatch = \"x\"\n", "t: a.match: `match` must be"),
        (
            "[a]\nk = { one = \"1\", other = \"many\" }\n",
            "t: a.k: the `other` form says the count",
        ),
        (
            "[a]\nk = { one = \"{x}\", other = \"{n}\" }\n",
            "t: a.k: a plural's only placeholder is {n}",
        ),
        ("[a]\nk = 3\n", "t: a.k: must be a string"),
        ("k = \"top\"\n", "t: `k` must be a [table]"),
    ];
    for (file, says) in cases {
        let message = refusal(file);
        assert!(message.starts_with(says), "{file:?} gave {message:?}");
    }
}

#[test]
fn a_translation_has_every_key_with_the_same_placeholders() {
    let english = "[a]\nk = \"{n} of {total}\"\np = { one = \"1 x\", other = \"{n} x\" }\n";
    let check = |theirs: &str| {
        let (theirs, english) = (theirs.to_string(), english.to_string());
        let result =
            std::panic::catch_unwind(move || generator::generate("es", &theirs, Some(&english)));
        result.map_err(|e| e.downcast_ref::<String>().cloned().unwrap_or_default())
    };
    let good = "[a]\nk = \"{total}: {n}\"\np = { one = \"1 y\", other = \"{n} y\" }\n";
    assert!(check(good).is_ok());
    let cases = [
        ("[a]\nk = \"{n} de {total}\"\n", "a.p is missing"),
        (
            "[a]\nk = \"{n}\"\np = { one = \"1\", other = \"{n}\" }\n",
            "a.k must have the placeholders",
        ),
        (
            "[a]\nk = \"{n} {total}\"\np = \"{n}\"\n",
            "a.p must have the placeholders (or plural forms)",
        ),
        (
            "[a]\nk = \"{n} {total}\"\np = { one = \"1\", other = \"{n}\" }\nq = \"x\"\n",
            "a.q is not an English key",
        ),
    ];
    for (theirs, says) in cases {
        let message = check(theirs).expect_err(theirs);
        assert!(message.contains(says), "{theirs:?} gave {message:?}");
    }
}
