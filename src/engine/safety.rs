//! The safety table (`content/en/safety.toml`) turned into screens: which
//! region screens are due for the regions a person named, and how to press
//! there. Nothing else in the engine lists regions for screens.

use super::answer::Answer;
use super::lookup;
use super::model::{Content, Danger, Gate, MapRole, Muscle, Question, Spot, Strength};

/// The dangers that can show in `region`, in table order.
pub fn dangers_of(content: &Content, region: &str) -> Vec<&'static Danger> {
    content
        .dangers
        .iter()
        .filter(|d| d.regions.contains(region))
        .collect()
}

/// The region screens (ids) that look for the dangers of `region`.
pub fn screens_of(content: &Content, region: &str) -> Vec<&'static str> {
    memo::get(content, region, None, || find_screens_of(content, region))
}

fn find_screens_of(content: &Content, region: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for d in dangers_of(content, region) {
        add_region_screens(content, d.screens, &mut out);
    }
    out
}

/// The region screens due before any result for `region`, named in `role`:
/// its own, and those of the main zones of every muscle a result could list
/// for it. A result lists a muscle whose tender spot lies where the person
/// pressed, or whose main zone covers where it hurts or spreads (see
/// [`super::assess`]), so that is exactly who counts here.
pub fn screens_before_result(content: &Content, region: &str, role: MapRole) -> Vec<&'static str> {
    memo::get(content, region, Some(role), || {
        find_before_result(content, region, role)
    })
}

fn find_before_result(content: &Content, region: &str, role: MapRole) -> Vec<&'static str> {
    let mut out = screens_of(content, region);
    let listed = |m: &&Muscle| match role {
        MapRole::Press => m.tender.contains(region),
        MapRole::Pain | MapRole::Spread => m
            .refers
            .iter()
            .any(|r| r.region == region && r.strength == Strength::Main),
    };
    for m in content.muscles.iter().filter(listed) {
        for z in m.refers.iter().filter(|r| r.strength == Strength::Main) {
            for s in screens_of(content, z.region) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// Adds the screens among `ids` that are placed by region (the general
/// screens are asked of everyone anyway), without repeats.
fn add_region_screens(content: &Content, ids: &[&'static str], out: &mut Vec<&'static str>) {
    for id in ids {
        let by_region = lookup::question(content, id).is_some_and(|q| q.by_region);
        if by_region && !out.contains(id) {
            out.push(id);
        }
    }
}

/// The region screens due at `gate` for these answers, in content order.
/// Once an answer rules out any muscle list (a lump), the "all" gate adds
/// only the screens of the regions themselves.
pub fn due(
    content: &Content,
    answers: &[(&'static str, Answer)],
    gate: Gate,
) -> Vec<&'static Question> {
    let question = |id: &str| lookup::question(content, id);
    let muscles = !answers.iter().any(|(q, a)| {
        question(q).is_some_and(|q| {
            q.options
                .iter()
                .any(|o| o.lists_no_muscles && a.chose(o.id))
        })
    });
    let mut ids: Vec<&'static str> = Vec::new();
    for (q, a) in answers {
        let Some(role) = question(q).and_then(|q| q.map) else {
            continue;
        };
        for sel in a.regions() {
            let found = match (gate, role) {
                (Gate::Named, MapRole::Spread) => continue,
                (Gate::All, _) if muscles => screens_before_result(content, sel.region, role),
                _ => screens_of(content, sel.region),
            };
            for s in found {
                if !ids.contains(&s) {
                    ids.push(s);
                }
            }
        }
    }
    content
        .questions
        .iter()
        .filter(|q| ids.contains(&q.id))
        .collect()
}

/// How to press in `region`, when the table says anything.
pub fn spot(content: &Content, region: &str) -> Option<&'static Spot> {
    content.spots.iter().find(|s| s.region == region)
}

/// The cautions of these regions' spots, without repeats, to show before
/// anyone is asked to press there.
pub fn press_cautions(content: &Content, regions: &[&str]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for c in regions.iter().filter_map(|r| spot(content, r)?.caution) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The spot cautions question `q` shows: those of the regions named as the
/// tender spot, when `q` is the press question (or the note that skips it).
pub fn spot_cautions_for(
    content: &Content,
    answers: &[(&'static str, Answer)],
    q: &Question,
) -> Vec<&'static str> {
    if !q.spot_cautions {
        return Vec::new();
    }
    let pressed: Vec<&str> = answers
        .iter()
        .filter(|(id, _)| {
            lookup::question(content, id).is_some_and(|q| q.map == Some(MapRole::Press))
        })
        .flat_map(|(_, a)| a.regions().iter().map(|s| s.region))
        .collect();
    press_cautions(content, &pressed)
}

/// Native builds remember the screens of each region: the exhaustive walk
/// asks for the same few dozen regions millions of times. Keyed by the
/// content's tables, so tests that feed other content get their own. The
/// browser works out one session at a time and keeps no cache.
mod memo {
    use super::super::model::{Content, MapRole};

    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(
        content: &Content,
        region: &str,
        role: Option<MapRole>,
        find: impl FnOnce() -> Vec<&'static str>,
    ) -> Vec<&'static str> {
        use std::cell::RefCell;
        use std::collections::HashMap;
        type Key = (usize, usize, usize, String, Option<MapRole>);
        thread_local! {
            static SEEN: RefCell<HashMap<Key, Vec<&'static str>>> = RefCell::new(HashMap::new());
        }
        let key = (
            content.dangers.as_ptr() as usize,
            content.muscles.as_ptr() as usize,
            content.questions.as_ptr() as usize,
            region.to_string(),
            role,
        );
        if let Some(v) = SEEN.with(|m| m.borrow().get(&key).cloned()) {
            return v;
        }
        let v = find();
        SEEN.with(|m| m.borrow_mut().insert(key, v.clone()));
        v
    }

    #[cfg(target_arch = "wasm32")]
    pub fn get(
        _: &Content,
        _: &str,
        _: Option<MapRole>,
        find: impl FnOnce() -> Vec<&'static str>,
    ) -> Vec<&'static str> {
        find()
    }
}
