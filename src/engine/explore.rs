//! Explore mode's two directions: from where it hurts to the muscles that
//! commonly refer there, and from a pressed spot to the zone it commonly
//! refers to.

use super::answer::RegionSel;
use super::lookup;
use super::model::{
    Article, Content, MapRole, Muscle, Outcome, Question, QuestionKind, Source, Strength, Tier,
    WarningSign,
};
use super::rank::{rank, Candidate, Keep};
use super::safety;

/// Muscles whose referral zones cover any of `painful`, ranked exactly as
/// the guided result ranks them (see `rank`), spill-over matches last.
pub fn sources_of(content: &Content, painful: &[RegionSel]) -> Vec<Candidate> {
    rank(content, &[], painful, Keep::Any)
}

/// The guided questions explore hands its answers to, found by their role in
/// the content (validation checks each exists once): where it hurts, where
/// the tender spot is, and the press test with the options explore offers.
#[derive(Debug, Clone, Copy)]
pub struct Handoff {
    pub pain: &'static Question,
    pub press: &'static Question,
    pub test: &'static Question,
}

pub fn handoff(content: &Content) -> Option<Handoff> {
    let map = |role| content.questions.iter().find(|q| q.map == Some(role));
    Some(Handoff {
        pain: map(MapRole::Pain)?,
        press: map(MapRole::Press)?,
        test: content.questions.iter().find(|q| q.press_test)?,
    })
}

/// Muscles whose tender spot usually lies in any of `pressed`, each on the
/// side pressed: more of the spots first, then the more specific pattern
/// (the same order as `rank`, which has no referral to match here).
pub fn muscles_at(content: &Content, pressed: &[RegionSel]) -> Vec<Candidate> {
    rank(content, pressed, &[], Keep::Any)
}

/// Warning-sign screens, in question order, derived from the safety table
/// exactly as the guided flow derives them: those of `regions`, and those
/// of the tender spots and main zones of the `muscles` shown; plus the lump
/// screen where a lump would matter (a lymph-node area, the breast, chest
/// wall or armpit). Explore shows them before any muscle is named or anyone
/// is invited to press.
pub fn screens_for(
    content: &Content,
    regions: &[&'static str],
    muscles: &[&Muscle],
) -> Vec<&'static Question> {
    let zones = muscles.iter().flat_map(|m| {
        m.tender.iter().chain(
            m.refers
                .iter()
                .filter(|r| r.strength == Strength::Main)
                .map(|r| r.region),
        )
    });
    let (mut ids, mut lump) = (Vec::new(), false);
    for r in regions.iter().copied().chain(zones) {
        for s in safety::screens_of(content, r) {
            if !ids.contains(&s) {
                ids.push(s);
            }
        }
        lump |= safety::spot(content, r).is_some_and(|s| s.lump.is_some());
    }
    content
        .questions
        .iter()
        .filter(|q| ids.contains(&q.id) || (lump && is_lump_screen(q)))
        .collect()
}

/// The screen asked once a person describes a lump: a screen placed by a
/// condition rather than by region or for everyone.
fn is_lump_screen(q: &Question) -> bool {
    q.kind == QuestionKind::Screen && !q.by_region && q.ask_if.is_some()
}

/// Warning signs (ids) grouped by how fast they need a clinician, most
/// urgent first, each group with the outcome it leads to: a screen's signs,
/// or a muscle's red flags.
pub fn signs_by_tier(
    content: &Content,
    ids: &[&str],
) -> Vec<(&'static Outcome, Vec<&'static WarningSign>)> {
    [Tier::Emergency, Tier::Urgent, Tier::Routine]
        .into_iter()
        .filter_map(|tier| {
            let signs: Vec<_> = ids
                .iter()
                .filter_map(|id| lookup::sign(content, id))
                .filter(|s| s.tier == tier)
                .collect();
            let outcome = lookup::outcome_of_kind(content, tier.outcome())?;
            (!signs.is_empty()).then_some((outcome, signs))
        })
        .collect()
}

/// The articles a muscle's sources point to, without repeats.
pub fn articles_of(content: &Content, m: &Muscle) -> Vec<&'static Article> {
    let mut out: Vec<&'static Article> = Vec::new();
    for s in citations(content, m) {
        if let Some(a) = s.article.and_then(|id| lookup::article(content, id)) {
            if !out.iter().any(|o| o.id == a.id) {
                out.push(a);
            }
        }
    }
    out
}

/// The details file the app fetches when a muscle page, a result or
/// explore opens, in the language of this build: one "id<TAB>citation"
/// line per source, then one "<kind>:<muscle id><TAB>item<TAB>item…" line
/// per muscle and [`Detail`]. Only those screens show them, so the first
/// load does without them; `src/bin/prerender.rs` prints it for the build.
#[cfg(not(target_arch = "wasm32"))]
pub fn details_file(content: &Content) -> String {
    let mut out = String::new();
    let mut line = |key: &str, values: &mut dyn Iterator<Item = &str>| {
        out.push_str(key);
        for v in values {
            // A tab or line break would cut an item in two: the build
            // stops rather than ship a list that reads wrong.
            assert!(
                !v.contains(['\t', '\n']),
                "{key}: {v:?} has a tab or line break"
            );
            out.push('\t');
            out.push_str(v);
        }
        out.push('\n');
    };
    for s in content.sources {
        line(s.id, &mut std::iter::once(s.citation));
    }
    for m in content.muscles {
        for kind in Detail::ALL {
            let key = format!("{}:{}", kind.key(), m.id);
            line(&key, &mut kind.of(m).into_iter());
        }
    }
    out
}

/// What the details file holds of each muscle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Other names ("Also called"), searched as names.
    Aka,
    /// Words people search with that are not its names.
    Search,
    /// The one-line summary of where it refers (one item).
    Summary,
    /// What the pattern is often described with.
    Symptoms,
    /// Low-risk ideas that may help some people for a short time.
    SelfCare,
}

impl Detail {
    pub const ALL: [Detail; 5] = [
        Detail::Aka,
        Detail::Search,
        Detail::Summary,
        Detail::Symptoms,
        Detail::SelfCare,
    ];

    fn key(self) -> &'static str {
        match self {
            Detail::Aka => "aka",
            Detail::Search => "search",
            Detail::Summary => "summary",
            Detail::Symptoms => "symptoms",
            Detail::SelfCare => "self-care",
        }
    }

    /// The muscle's items of this kind, from the content (native builds).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(self, m: &Muscle) -> Vec<&'static str> {
        match self {
            Detail::Aka => m.aka.to_vec(),
            Detail::Search => m.search.to_vec(),
            Detail::Summary => vec![m.refers_summary],
            Detail::Symptoms => m.symptoms.to_vec(),
            Detail::SelfCare => m.self_care.to_vec(),
        }
    }

    /// The muscle's items of this kind in the details file; none if the
    /// file lacks them.
    pub fn in_file<'a>(self, file: &'a str, muscle: &str) -> Vec<&'a str> {
        let line = file.lines().find_map(|l| {
            l.strip_prefix(self.key())?
                .strip_prefix(':')?
                .strip_prefix(muscle)?
                .strip_prefix('\t')
        });
        line.map_or_else(Vec::new, |items| items.split('\t').collect())
    }
}

/// A source's citation in the details file ([`details_file`]).
pub fn citation_in<'a>(file: &'a str, id: &str) -> Option<&'a str> {
    file.lines()
        .find_map(|l| l.strip_prefix(id)?.strip_prefix('\t'))
}

/// The sources a muscle's facts come from, in the order it cites them.
pub fn citations(content: &Content, m: &Muscle) -> Vec<&'static Source> {
    m.sources
        .iter()
        .filter_map(|id| content.sources.iter().find(|s| s.id == id))
        .collect()
}
