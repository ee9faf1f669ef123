//! Screens as URL fragments, so each step is a history entry, reload resumes
//! and a copied link reproduces the same screen. Plain Rust: tested natively.
//!
//! `#/` welcome · `#/guided/<session>` a question or the result ·
//! `#/summary/<session>` the clinician summary · `#/explore…` explore mode
//! (see [`crate::app::explore_state`]). `<session>` is the engine codec's text, which
//! only uses characters that need no escaping.

use crate::app::explore_state::ExploreView;

/// A screen and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Welcome,
    /// The guided flow; the text is an encoded session.
    Guided(String),
    /// The print-friendly clinician summary of an encoded session.
    Summary(String),
    Explore(ExploreView),
    /// An explore link that names something this version does not have.
    BadExplore(String),
    /// A fragment this version does not know.
    Unknown(String),
}

impl Route {
    /// Reads `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        match path.split_once('/') {
            _ if path.is_empty() => Route::Welcome,
            Some(("guided", s)) => Route::Guided(s.to_string()),
            Some(("summary", s)) => Route::Summary(s.to_string()),
            _ if path == "explore" || path.starts_with("explore/") => {
                match ExploreView::parse(&path[7..]) {
                    Ok(v) => Route::Explore(v),
                    Err(e) => Route::BadExplore(e),
                }
            }
            _ => Route::Unknown(path.chars().take(80).collect()),
        }
    }

    /// The fragment for this route, with the leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Welcome => "#/".into(),
            Route::Guided(s) => format!("#/guided/{s}"),
            Route::Summary(s) => format!("#/summary/{s}"),
            Route::Explore(v) => format!("#/{}", v.to_path()),
            Route::BadExplore(_) => "#/explore".into(),
            Route::Unknown(p) => format!("#/{p}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;
    use crate::app::explore_state::ExploreView;

    #[test]
    fn fragments_round_trip() {
        for r in [
            Route::Welcome,
            Route::Guided("v1~-~a=b".into()),
            Route::Summary("v1~x".into()),
            Route::Explore(ExploreView::default()),
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        assert_eq!(Route::parse(""), Route::Welcome);
        assert_eq!(Route::parse("#"), Route::Welcome);
        assert_eq!(Route::parse("#/nowhere"), Route::Unknown("nowhere".into()));
    }
}
