//! What an error message may repeat of untrusted text (a link, saved state).

/// `s` when it looks like an id (lower-case ASCII letters, digits and
/// hyphens, at most 60 characters), otherwise a placeholder: a crafted link
/// must not be able to put its own words in a notice the app shows.
pub fn id_only(s: &str) -> String {
    let id_like = s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if id_like {
        s.to_string()
    } else {
        "(not an id)".into()
    }
}
