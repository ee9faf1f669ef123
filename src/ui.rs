//! Every interface string, in the language of this build: generated from
//! `content/<lang>/ui.toml` by the build script (`build/ui.rs`). A table of
//! the file is a module here; a plain string is a `const` in capitals; a
//! string with `{named}` placeholders, or with plural forms, is a function
//! taking them.

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// `texts[0] + values[0] + texts[1] + … + texts[last]`: how a string with
/// placeholders is put together (the generated functions pass the text
/// around each value, in the order the language says them).
#[inline(never)]
fn fill(texts: &[&str], values: &[&str]) -> String {
    let mut out = String::from(texts[0]);
    for (value, text) in values.iter().zip(&texts[1..]) {
        out.push_str(value);
        out.push_str(text);
    }
    out
}
