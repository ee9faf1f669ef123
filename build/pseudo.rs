//! Pseudo-locales, made from English at build time for the tests and never
//! shipped: every string the app shows is marked and stretched, so a
//! screenshot shows at once a string that is not data (no marks), one that
//! overflows its box when a language runs longer, and a layout that does
//! not mirror for a right-to-left language.
//!
//! - `en-XA`: accented and about 40% longer: "[Ŵĥéŕé ðö ýöû ƒééļ? ····· ···]".
//! - `ar-XB`: the same, shown right to left (each string inside a
//!   right-to-left override) in a page with `dir="rtl"`.

use crate::overlay::map_strings;
use toml::{Table, Value};

/// A pseudo-locale's code, as `SYMPTOM_EXPLORER_LANG` names it.
pub fn is_pseudo(lang: &str) -> bool {
    lang == "en-XA" || lang == "ar-XB"
}

/// `text` in the pseudo-locale `lang`; `{placeholders}` stay as they are.
pub fn say(lang: &str, text: &str) -> String {
    let mut out = String::from("[");
    let mut letters = 0;
    let mut in_name = false;
    for c in text.chars() {
        match c {
            '{' => in_name = true,
            '}' => in_name = false,
            _ => {}
        }
        if in_name || c == '}' {
            out.push(c);
            continue;
        }
        letters += usize::from(c.is_alphanumeric());
        out.push(accent(c));
    }
    // About 40% longer, as a long language would be, in words a line can
    // break between.
    for i in 0..(letters * 2).div_ceil(5) {
        out.push(if i % 6 == 0 { ' ' } else { '·' });
    }
    out.push(']');
    if lang == "ar-XB" {
        // Right-to-left override … pop directional formatting.
        format!("\u{202E}{out}\u{202C}")
    } else {
        out
    }
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The interface text of `lang`, from English's: every string said in the
/// pseudo-locale, but for `[language]`, which names the build.
pub fn ui(lang: &str, english: &Table) -> Table {
    let mut out = english.clone();
    for (table, entries) in out.iter_mut() {
        let Value::Table(entries) = entries else {
            continue;
        };
        if table == "language" {
            let other = entries
                .get("other")
                .and_then(Value::as_str)
                .unwrap_or_default();
            entries.insert("other".into(), say(lang, other).into());
            entries.insert("code".into(), lang.into());
            let dir = if lang == "ar-XB" { "rtl" } else { "ltr" };
            entries.insert("dir".into(), dir.into());
            entries.insert("review".into(), "".into());
            continue;
        }
        for (_, value) in entries.iter_mut() {
            map_strings(value, &|s| say(lang, s));
        }
    }
    out
}
