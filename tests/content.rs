//! The shipped content passes validation, so bad content cannot land.
#![cfg(not(target_arch = "wasm32"))]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::validate::{validate, validate_records};

/// With a deployer's articles file (`ARTICLES_FILE`) only the records are
/// checked again: articles change no path, and the plain run walks them all.
#[test]
fn shipped_content_is_valid() {
    let errors = match std::env::var_os("ARTICLES_FILE") {
        Some(_) => validate_records(&CONTENT),
        None => validate(&CONTENT),
    };
    let listed: Vec<String> = errors.iter().map(|e| format!("- {e}")).collect();
    assert!(
        errors.is_empty(),
        "{} content problems:\n{}",
        errors.len(),
        listed.join("\n")
    );
}

/// A deployer's own articles (`ARTICLES_FILE`, see README "Your own
/// articles") reach the results they name, and validation accepts them.
/// `./x test` runs this file a second time with the example file set; in
/// the plain run there is no file to check.
#[test]
fn a_deployers_articles_reach_the_results_they_name() {
    let Some(path) = std::env::var_os("ARTICLES_FILE") else {
        return;
    };
    // Read at run time: a binary built for another checkout sharing the
    // target directory must not look there.
    let root = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = std::path::Path::new(&root).join(path);
    let text = std::fs::read_to_string(&path).expect("ARTICLES_FILE is readable");
    let file: toml::Table = toml::from_str(&text).expect("ARTICLES_FILE is TOML");
    let posts = file["article"].as_array().expect("[[article]] entries");
    assert!(!posts.is_empty());
    let replace = file
        .get("replace")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let own = |id: &str| posts.iter().any(|p| p["id"].as_str() == Some(id));
    for o in CONTENT.outcomes {
        let named = posts.iter().any(|p| {
            p["outcomes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x.as_str() == Some(o.id))
        });
        // `replace = true`: where a post is listed, only the deployer's posts.
        // Otherwise the built-in articles stay, before the deployer's.
        let built_in = o.articles.iter().filter(|a| !own(a)).count();
        if named && replace {
            assert_eq!(built_in, 0, "{}: {:?}", o.id, o.articles);
        } else if named {
            let first_own = o.articles.iter().position(|a| own(a)).unwrap();
            assert_eq!(first_own, built_in, "{}: {:?}", o.id, o.articles);
        }
    }
    for post in posts {
        let id = post["id"].as_str().unwrap();
        let shipped = CONTENT.articles.iter().find(|a| a.id == id);
        assert_eq!(shipped.map(|a| a.url), post["url"].as_str(), "{id}");
        for outcome in post["outcomes"].as_array().unwrap() {
            let o = outcome.as_str().unwrap();
            let listed = CONTENT
                .outcomes
                .iter()
                .find(|x| x.id == o)
                .is_some_and(|x| x.articles.contains(&id));
            assert!(listed, "{id} is not listed on {o}");
        }
    }
}
