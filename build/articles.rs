//! A deployer's own posts (see "Your own articles" in README.md), from the
//! file named by `ARTICLES_FILE`, else `content/articles.local.toml` if it
//! exists (git ignores it), else none.
//!
//! Why the build checks them: the posts are compiled in like the built-in
//! articles, and not every build runs the validator (`cargo build` does
//! not), so a clashing id (the built-in article would silently win), an
//! unknown outcome or a url that is not https stops the build here, naming
//! the file.

use crate::schema::{Article, Content};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file of a deployer's own posts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnArticles {
    /// On the outcomes that list one of these posts, show only these posts
    /// instead of adding them after the built-in articles.
    #[serde(default)]
    replace: bool,
    #[serde(default)]
    article: Vec<OwnArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnArticle {
    id: String,
    title: String,
    publisher: String,
    url: String,
    /// Ids of the outcomes (content/en/outcomes.toml) whose results list it.
    outcomes: Vec<String>,
}

/// Adds the deployer's posts to `content`, each listed on its outcomes, and
/// returns their URLs, which validation allows besides its list of
/// reputable sources.
pub fn add(content: &mut Content, dir: &Path) -> Vec<String> {
    let Some(path) = file(dir) else {
        return Vec::new();
    };
    let name = path.display();
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
    let own: OwnArticles = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    for (i, a) in own.article.iter().enumerate() {
        let safe = a.url.starts_with("https://")
            && !a
                .url
                .contains(|c: char| c.is_whitespace() || "\"'<>`".contains(c));
        assert!(
            safe,
            "{name}: article `{}`: the url must start with https:// and hold no spaces or quotes",
            a.id
        );
        for o in &a.outcomes {
            // Those screens send the person to help now; nothing to read.
            assert!(
                o != "emergency" && o != "urgent",
                "{name}: article `{}` cannot be listed on the `{o}` outcome",
                a.id
            );
        }
        let clash = content.article.iter().any(|x| x.id == a.id)
            || own.article[..i].iter().any(|x| x.id == a.id);
        assert!(
            !clash,
            "{name}: the id `{}` is used twice (ids must be unique, also against content/en/sources.toml)",
            a.id
        );
        for id in &a.outcomes {
            assert!(
                content.outcome.iter().any(|o| &o.id == id),
                "{name}: `{}` lists the outcome `{id}`, which content/en/outcomes.toml does not have",
                a.id
            );
        }
        for o in (content.outcome.iter_mut()).filter(|o| a.outcomes.contains(&o.id)) {
            if own.replace {
                o.articles
                    .retain(|id| own.article.iter().any(|x| &x.id == id));
            }
            o.articles.push(a.id.clone());
        }
    }
    let urls = own.article.iter().map(|a| a.url.clone()).collect();
    content
        .article
        .extend(own.article.into_iter().map(|a| Article {
            id: a.id,
            title: a.title,
            publisher: a.publisher,
            url: a.url,
        }));
    urls
}

/// The articles file to read, if there is one.
fn file(content: &Path) -> Option<PathBuf> {
    println!("cargo:rerun-if-env-changed=ARTICLES_FILE");
    // The folder, not the optional file: a missing file would rerun this
    // script on every build; the folder notices the file appearing.
    println!("cargo:rerun-if-changed={}", content.display());
    let path = match std::env::var_os("ARTICLES_FILE") {
        Some(p) => crate::manifest_dir().join(p),
        None => content.join("articles.local.toml"),
    };
    if !path.exists() && std::env::var_os("ARTICLES_FILE").is_none() {
        return None;
    }
    println!("cargo:rerun-if-changed={}", path.display());
    Some(path)
}
