//! Turns the human-edited TOML under `content/` into Rust statics.
//!
//! Why: parsing JSON or TOML in the browser would ship a parser and do the
//! work on every start; statics cost neither. This script only checks the
//! *syntax* and shape of the files (a typo fails the build with the file
//! name); the meaning (dangling ids, unreachable questions, unsafe paths) is
//! checked by `engine::validate`, run on the shipped content by a native test.

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

const FILES: [&str; 8] = [
    "regions",
    "muscles",
    "warnings",
    "questions",
    "outcomes",
    "sources",
    "bodymap",
    "safety",
];

/// The package's folder, read when the script runs: compiled in with
/// `env!`, a script built for one checkout would read another's content
/// when two checkouts share a target directory (as CI clones do here).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR")
        .into()
}

fn main() {
    let dir = manifest_dir().join("content");
    let mut raw = Raw::default();
    for name in FILES {
        let path = dir.join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("content/{name}.toml: cannot read: {e}"));
        let part: Raw =
            toml::from_str(&text).unwrap_or_else(|e| panic!("content/{name}.toml: {e}"));
        raw.absorb(part);
    }
    SPOTS
        .set(
            raw.spot
                .iter()
                .map(|s| (s.region.clone(), s.no_press, s.lump.clone()))
                .collect(),
        )
        .unwrap_or_else(|_| unreachable!("set once"));
    let own = own_articles(&dir);
    let urls: Vec<String> = own.article.iter().map(|a| a.url.clone()).collect();
    raw.absorb_own(own);
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("content.rs"), raw.lit()).expect("write generated content");
    // Validation allows these URLs besides its list of reputable sources.
    std::fs::write(out.join("own_urls.rs"), urls.lit()).expect("write own article URLs");
}

/// A deployer's own posts (see "Your own articles" in README.md), from the
/// file named by `ARTICLES_FILE`, else `content/articles.local.toml` if it
/// exists (git ignores it), else none.
fn own_articles(content: &Path) -> OwnArticles {
    println!("cargo:rerun-if-env-changed=ARTICLES_FILE");
    // The folder, not the optional file: a missing file would rerun this
    // script on every build; the folder notices the file appearing.
    println!("cargo:rerun-if-changed={}", content.display());
    let path = match std::env::var_os("ARTICLES_FILE") {
        Some(p) => manifest_dir().join(p),
        None => content.join("articles.local.toml"),
    };
    if !path.exists() && std::env::var_os("ARTICLES_FILE").is_none() {
        return OwnArticles::default();
    }
    println!("cargo:rerun-if-changed={}", path.display());
    let name = path.display();
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
    let own: OwnArticles = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    for a in &own.article {
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
    }
    own
}

/// The file of a deployer's own posts.
#[derive(Deserialize, Default)]
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
    /// Ids of the outcomes (content/outcomes.toml) whose results list it.
    outcomes: Vec<String>,
}

/// Emits a value as a Rust expression of the matching `engine::model` type.
trait Lit {
    fn lit(&self) -> String;
}

impl Lit for String {
    fn lit(&self) -> String {
        format!("{self:?}")
    }
}

impl Lit for bool {
    fn lit(&self) -> String {
        self.to_string()
    }
}

impl<T: Lit> Lit for Vec<T> {
    fn lit(&self) -> String {
        let items: Vec<String> = self.iter().map(Lit::lit).collect();
        format!("&[{}]", items.join(", "))
    }
}

/// A list of short texts as one `M::List`, items joined by newlines: one
/// pointer in the wasm instead of one per item.
fn joined(items: &[String]) -> String {
    for i in items {
        assert!(
            !i.is_empty() && !i.contains('\n'),
            "content: list items are one non-empty line each: {i:?}"
        );
    }
    format!("M::List({})", items.join("\n").lit())
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.lit()),
            None => "None".into(),
        }
    }
}

/// Whether this build targets the browser, where only muscles keep their
/// `sources` field (see `src/engine/model.rs`).
fn for_wasm() -> bool {
    std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
}

/// Builds `M::Name { field: value, ... }` from field names and literals.
fn record(name: &str, fields: &[(&str, String)]) -> String {
    let mut s = format!("M::{name} {{ ");
    for (k, v) in fields
        .iter()
        // Native-only fields (see the model): sources but a muscle's, a
        // danger's name (read by the safety doc and the tests), and
        // citations (the app fetches them).
        .filter(|(k, _)| {
            !(for_wasm()
                && (*k == "sources" && name != "Muscle"
                    || name == "Danger" && *k == "name"
                    || name == "Source" && *k == "citation"))
        })
    {
        let _ = write!(s, "{k}: {v}, ");
    }
    s + "}"
}

/// Spells a lowercase TOML word as the enum variant it names.
fn variant(ty: &str, word: &str, allowed: &[&str]) -> String {
    assert!(
        allowed.contains(&word),
        "content: `{word}` is not a {ty}; expected one of {allowed:?}"
    );
    let camel: String = word
        .split('-')
        .map(|p| p[..1].to_uppercase() + &p[1..])
        .collect();
    format!("M::{ty}::{camel}")
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    region: Vec<Region>,
    #[serde(default)]
    muscle: Vec<Muscle>,
    #[serde(default)]
    sign: Vec<Sign>,
    #[serde(default)]
    question: Vec<Question>,
    #[serde(default)]
    outcome: Vec<Outcome>,
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    article: Vec<Article>,
    view: Option<Views>,
    #[serde(default)]
    shape: Vec<Shape>,
    #[serde(default)]
    danger: Vec<Danger>,
    #[serde(default)]
    calm: Vec<Calm>,
    #[serde(default)]
    spot: Vec<Spot>,
}

impl Raw {
    fn absorb(&mut self, o: Raw) {
        self.region.extend(o.region);
        self.muscle.extend(o.muscle);
        self.sign.extend(o.sign);
        self.question.extend(o.question);
        self.outcome.extend(o.outcome);
        self.rule.extend(o.rule);
        self.source.extend(o.source);
        self.article.extend(o.article);
        self.view = self.view.take().or(o.view);
        self.shape.extend(o.shape);
        self.danger.extend(o.danger);
        self.calm.extend(o.calm);
        self.spot.extend(o.spot);
    }

    /// Adds a deployer's posts and lists each on its outcomes. A clashing id
    /// stops the build here: a plain `trunk build` runs no validation, and
    /// the built-in article would silently win.
    fn absorb_own(&mut self, own: OwnArticles) {
        for (i, a) in own.article.iter().enumerate() {
            let clash = self.article.iter().any(|x| x.id == a.id)
                || own.article[..i].iter().any(|x| x.id == a.id);
            assert!(
                !clash,
                "own articles: the id `{}` is used twice (ids must be unique, also against content/sources.toml)",
                a.id
            );
            for id in &a.outcomes {
                assert!(
                    self.outcome.iter().any(|o| &o.id == id),
                    "own articles: `{}` lists the outcome `{id}`, which content/outcomes.toml does not have",
                    a.id
                );
            }
            for o in self
                .outcome
                .iter_mut()
                .filter(|o| a.outcomes.contains(&o.id))
            {
                if own.replace {
                    o.articles
                        .retain(|id| own.article.iter().any(|x| &x.id == id));
                }
                o.articles.push(a.id.clone());
            }
        }
        self.article
            .extend(own.article.into_iter().map(|a| Article {
                id: a.id,
                title: a.title,
                publisher: a.publisher,
                url: a.url,
            }));
    }

    fn lit(&self) -> String {
        let views = self
            .view
            .as_ref()
            .expect("content/bodymap.toml: the [view.front] and [view.back] outlines are missing");
        let map = format!(
            "M::BodyMap {{ front: {}, back: {}, shapes: {} }}",
            views.front.outline.lit(),
            views.back.outline.lit(),
            self.shape.lit()
        );
        // Calm rows only serve validation and docs/safety.md.
        let calm = if for_wasm() {
            String::new()
        } else {
            format!("calm: {}, ", self.calm.lit())
        };
        format!(
            "{{ use crate::engine::model as M; use crate::engine::model::Side; M::Content {{ regions: {}, muscles: {}, warnings: {}, questions: {}, outcomes: {}, rules: {}, sources: {}, articles: {}, map: {map}, dangers: {}, {calm}spots: {} }} }}",
            self.region.lit(),
            self.muscle.lit(),
            self.sign.lit(),
            self.question.lit(),
            self.outcome.lit(),
            self.rule.lit(),
            self.source.lit(),
            self.article.lit(),
            self.danger.lit(),
            self.spot.lit(),
        )
    }
}

/// The spots of `content/safety.toml` (region, no_press, lump), read by
/// conditions that name them (`no_press`, `lump_at`) so that those lists of
/// regions are written once, in the safety table.
static SPOTS: std::sync::OnceLock<Vec<(String, bool, Option<String>)>> = std::sync::OnceLock::new();

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Danger {
    id: String,
    name: String,
    regions: Vec<String>,
    screens: Vec<String>,
    sources: Vec<String>,
}

impl Lit for Danger {
    fn lit(&self) -> String {
        record(
            "Danger",
            &[
                ("id", self.id.lit()),
                ("name", self.name.lit()),
                ("regions", joined(&self.regions)),
                ("screens", self.screens.lit()),
                ("sources", self.sources.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Calm {
    region: String,
    reason: String,
    sources: Vec<String>,
}

impl Lit for Calm {
    fn lit(&self) -> String {
        format!(
            "M::Calm {{ region: {}, reason: {}, sources: {} }}",
            self.region.lit(),
            self.reason.lit(),
            self.sources.lit()
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Spot {
    region: String,
    caution: Option<String>,
    #[serde(default)]
    no_press: bool,
    lump: Option<String>,
    sources: Vec<String>,
}

impl Lit for Spot {
    fn lit(&self) -> String {
        record(
            "Spot",
            &[
                ("region", self.region.lit()),
                ("caution", self.caution.lit()),
                ("no_press", self.no_press.lit()),
                (
                    "lump",
                    match &self.lump {
                        Some(l) => {
                            format!("Some({})", variant("LumpSite", l, &["breast", "gland"]))
                        }
                        None => "None".into(),
                    },
                ),
                ("sources", self.sources.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Region {
    id: String,
    label: String,
    group: String,
    view: String,
    paired: bool,
    #[serde(default)]
    aliases: Vec<String>,
}

impl Lit for Region {
    fn lit(&self) -> String {
        record(
            "Region",
            &[
                ("id", self.id.lit()),
                ("label", self.label.lit()),
                ("group", self.group.lit()),
                ("view", variant("View", &self.view, &["front", "back"])),
                ("paired", self.paired.lit()),
                ("aliases", joined(&self.aliases)),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Refers {
    main: Vec<String>,
    #[serde(default)]
    spill: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Muscle {
    id: String,
    name: String,
    #[serde(default)]
    aka: Vec<String>,
    #[serde(default)]
    search: Vec<String>,
    refers_summary: String,
    tender: Vec<String>,
    refers: Refers,
    symptoms: Vec<String>,
    look_alikes: Vec<String>,
    red_flags: Vec<String>,
    self_care: Vec<String>,
    cautions: Vec<String>,
    sources: Vec<String>,
}

impl Lit for Muscle {
    fn lit(&self) -> String {
        let referral = |r: &String, s: &str| {
            format!(
                "M::Referral {{ region: {}, strength: M::Strength::{s} }}",
                r.lit()
            )
        };
        let refers: Vec<String> = (self.refers.main.iter().map(|r| referral(r, "Main")))
            .chain(self.refers.spill.iter().map(|r| referral(r, "Spill")))
            .collect();
        record(
            "Muscle",
            &[
                ("id", self.id.lit()),
                ("name", self.name.lit()),
                ("aka", joined(&self.aka)),
                ("search", joined(&self.search)),
                ("refers_summary", self.refers_summary.lit()),
                ("tender", joined(&self.tender)),
                ("refers", format!("&[{}]", refers.join(", "))),
                ("symptoms", joined(&self.symptoms)),
                ("look_alikes", joined(&self.look_alikes)),
                ("red_flags", joined(&self.red_flags)),
                ("self_care", joined(&self.self_care)),
                ("cautions", joined(&self.cautions)),
                ("sources", joined(&self.sources)),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sign {
    id: String,
    tier: String,
    label: String,
    reason: String,
    sources: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
}

impl Lit for Sign {
    fn lit(&self) -> String {
        record(
            "WarningSign",
            &[
                ("id", self.id.lit()),
                (
                    "tier",
                    variant("Tier", &self.tier, &["routine", "urgent", "emergency"]),
                ),
                ("label", self.label.lit()),
                ("reason", self.reason.lit()),
                ("sources", self.sources.lit()),
                ("articles", self.articles.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerOption {
    id: String,
    label: String,
    ends: Option<String>,
    #[serde(default)]
    exclusive: bool,
    #[serde(default)]
    unsure: bool,
    #[serde(default)]
    lists_no_muscles: bool,
    #[serde(default)]
    explore: bool,
    note: Option<String>,
}

impl Lit for AnswerOption {
    fn lit(&self) -> String {
        record(
            "AnswerOption",
            &[
                ("id", self.id.lit()),
                ("label", self.label.lit()),
                ("ends", self.ends.lit()),
                ("exclusive", self.exclusive.lit()),
                ("unsure", self.unsure.lit()),
                ("lists_no_muscles", self.lists_no_muscles.lit()),
                ("explore", self.explore.lit()),
                ("note", self.note.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    id: String,
    kind: String,
    prompt: String,
    why: String,
    caution: Option<String>,
    #[serde(default)]
    options: Vec<AnswerOption>,
    #[serde(default)]
    signs: Vec<String>,
    map: Option<String>,
    ask_if: Option<Cond>,
    #[serde(default)]
    by_region: bool,
    gate: Option<String>,
    #[serde(default)]
    spot_cautions: bool,
    #[serde(default)]
    press_test: bool,
    #[serde(default)]
    sources: Vec<String>,
}

impl Lit for Question {
    fn lit(&self) -> String {
        record(
            "Question",
            &[
                ("id", self.id.lit()),
                (
                    "kind",
                    variant(
                        "QuestionKind",
                        &self.kind,
                        &["single", "multi", "regions", "screen"],
                    ),
                ),
                ("prompt", self.prompt.lit()),
                ("why", self.why.lit()),
                ("caution", self.caution.lit()),
                ("options", self.options.lit()),
                ("signs", self.signs.lit()),
                (
                    "map",
                    match &self.map {
                        Some(m) => format!(
                            "Some({})",
                            variant("MapRole", m, &["pain", "press", "spread"])
                        ),
                        None => "None".into(),
                    },
                ),
                ("ask_if", self.ask_if.lit()),
                ("by_region", self.by_region.lit()),
                ("spot_cautions", self.spot_cautions.lit()),
                ("press_test", self.press_test.lit()),
                (
                    "gate",
                    match &self.gate {
                        Some(g) => format!("Some({})", variant("Gate", g, &["named", "all"])),
                        None => "None".into(),
                    },
                ),
                ("sources", self.sources.lit()),
            ],
        )
    }
}

/// A condition, written in TOML as a one-key table:
/// `{ chose = "question:option" }`, `{ any_region = { question = "q", regions = [..] } }`,
/// `{ all = [..] }`, `{ any = [..] }` or `{ not = {..} }`; and two that
/// read the safety table's spots, so no other file lists those regions:
/// `{ no_press = "q" }` (the answer to `q` names a spot where pressing is
/// unsafe) and `{ lump_at = { question = "q", site = "breast" } }`.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Cond {
    Chose(String),
    AnyRegion {
        question: String,
        regions: Vec<String>,
    },
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    NoPress(String),
    LumpAt {
        question: String,
        site: String,
    },
}

/// The regions of the safety table's spots that pass `keep`.
fn spots_where(keep: impl Fn(bool, Option<&str>) -> bool) -> Vec<String> {
    SPOTS
        .get()
        .expect("spots are read before conditions")
        .iter()
        .filter(|(_, no_press, lump)| keep(*no_press, lump.as_deref()))
        .map(|(r, _, _)| r.clone())
        .collect()
}

impl Lit for Cond {
    fn lit(&self) -> String {
        match self {
            Cond::Chose(s) => {
                let (q, o) = s.split_once(':').unwrap_or_else(|| {
                    panic!("content: `chose = {s:?}` needs \"question:option\"")
                });
                format!("M::Cond::Chose {{ question: {:?}, option: {:?} }}", q, o)
            }
            Cond::AnyRegion { question, regions } => format!(
                "M::Cond::AnyRegion {{ question: {}, regions: {} }}",
                question.lit(),
                regions.lit()
            ),
            Cond::All(v) => format!("M::Cond::All({})", v.lit()),
            Cond::Any(v) => format!("M::Cond::Any({})", v.lit()),
            Cond::Not(c) => format!("M::Cond::Not(&{})", c.lit()),
            Cond::NoPress(question) => Cond::AnyRegion {
                question: question.clone(),
                regions: spots_where(|no_press, _| no_press),
            }
            .lit(),
            Cond::LumpAt { question, site } => {
                variant("LumpSite", site, &["breast", "gland"]);
                Cond::AnyRegion {
                    question: question.clone(),
                    regions: spots_where(|_, lump| lump == Some(site.as_str())),
                }
                .lit()
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Outcome {
    id: String,
    kind: String,
    headline: String,
    summary: String,
    next_steps: Vec<String>,
    sources: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
}

impl Lit for Outcome {
    fn lit(&self) -> String {
        let kinds = [
            "emergency",
            "urgent",
            "see-clinician",
            "lymph-node",
            "lump-check",
            "nerve",
            "joint",
            "referred",
            "local",
            "unclear",
        ];
        record(
            "Outcome",
            &[
                ("id", self.id.lit()),
                ("kind", variant("OutcomeKind", &self.kind, &kinds)),
                ("headline", self.headline.lit()),
                ("summary", self.summary.lit()),
                ("next_steps", self.next_steps.lit()),
                ("sources", self.sources.lit()),
                ("articles", self.articles.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    outcome: String,
    when: Option<Cond>,
    because: String,
}

impl Lit for Rule {
    fn lit(&self) -> String {
        record(
            "Rule",
            &[
                ("id", self.id.lit()),
                ("outcome", self.outcome.lit()),
                ("when", self.when.lit()),
                ("because", self.because.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    citation: String,
    article: Option<String>,
}

impl Lit for Source {
    fn lit(&self) -> String {
        record(
            "Source",
            &[
                ("id", self.id.lit()),
                ("citation", self.citation.lit()),
                ("article", self.article.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    id: String,
    title: String,
    publisher: String,
    url: String,
}

impl Lit for Article {
    fn lit(&self) -> String {
        record(
            "Article",
            &[
                ("id", self.id.lit()),
                ("title", self.title.lit()),
                ("publisher", self.publisher.lit()),
                ("url", self.url.lit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Outline {
    outline: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Views {
    front: Outline,
    back: Outline,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Shape {
    region: String,
    view: String,
    side: String,
    d: String,
}

impl Lit for Shape {
    fn lit(&self) -> String {
        let side = match self.side.as_str() {
            "left" => "Side::Left",
            "right" => "Side::Right",
            "centre" => "Side::Centre",
            other => panic!(
                "content/bodymap.toml: side `{other}` of `{}` is not left, right or centre",
                self.region
            ),
        };
        record(
            "Shape",
            &[
                ("region", self.region.lit()),
                ("view", variant("View", &self.view, &["front", "back"])),
                ("side", side.into()),
                ("d", self.d.lit()),
            ],
        )
    }
}
