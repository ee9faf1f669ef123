//! What explore mode shows, and its part of the URL. Plain Rust: tested
//! natively.
//!
//! `#/explore` the map · `#/explore/region/<areas>` where it hurts and the
//! muscles that commonly refer there · `#/explore/press/<areas>` where one
//! presses and the zones those spots commonly refer to ·
//! `#/explore/muscle/<id>` one muscle. `<areas>` are region ids joined by
//! commas, with `-l`/`-r` for one side of a paired region and the bare id for
//! both sides (`temple`, `trapezius-top-r`), or the first part of several
//! ids for all of them (`neck`), so a blog can link to a region by its plain
//! name.

use crate::content::CONTENT;
use crate::engine::model::Muscle;
use crate::engine::quote::id_only;
use crate::engine::{RegionSel, Side};
use crate::ui::errors;

/// Which way explore reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lens {
    /// From where it hurts to the muscles whose zones cover it.
    Pain,
    /// From where one presses to the zones those spots refer to.
    Press,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExploreView {
    /// The body map with the areas chosen so far and what they lead to.
    Map {
        lens: Lens,
        areas: Vec<RegionSel>,
    },
    Muscle(&'static Muscle),
}

impl Default for ExploreView {
    fn default() -> Self {
        ExploreView::Map {
            lens: Lens::Pain,
            areas: Vec::new(),
        }
    }
}

impl ExploreView {
    /// Reads the part of the fragment after `explore` (with or without a
    /// leading `/`). The error names what could not be read.
    pub fn parse(path: &str) -> Result<ExploreView, String> {
        let path = path.strip_prefix('/').unwrap_or(path);
        let (kind, rest) = path.split_once('/').unwrap_or((path, ""));
        let lens = match kind {
            "" => return Ok(ExploreView::default()),
            "muscle" => {
                return CONTENT
                    .muscles
                    .iter()
                    .find(|m| m.id == rest)
                    .map(ExploreView::Muscle)
                    .ok_or_else(|| errors::no_muscle(&id_only(&CONTENT, rest)))
            }
            "region" => Lens::Pain,
            "press" => Lens::Press,
            _ => return Err(errors::no_explore_page(&id_only(&CONTENT, kind))),
        };
        let mut areas = Vec::new();
        for id in rest.split(',').filter(|s| !s.is_empty()) {
            let sides = parse_area(id).ok_or_else(|| errors::no_area(&id_only(&CONTENT, id)))?;
            for sel in sides {
                if !areas.contains(&sel) {
                    areas.push(sel);
                }
            }
        }
        Ok(ExploreView::Map { lens, areas })
    }

    /// The fragment path after `#/`, in its shortest form.
    pub fn to_path(&self) -> String {
        match self {
            ExploreView::Muscle(m) => format!("explore/muscle/{}", m.id),
            ExploreView::Map { lens, areas } => {
                let kind = match lens {
                    Lens::Pain => "region",
                    Lens::Press => "press",
                };
                if areas.is_empty() {
                    return match lens {
                        Lens::Pain => "explore".into(),
                        Lens::Press => "explore/press".into(),
                    };
                }
                let mut ids: Vec<String> = Vec::new();
                for sel in areas {
                    let both = sel.side != Side::Centre
                        && areas.contains(&RegionSel {
                            region: sel.region,
                            side: sel.side.other(),
                        });
                    let id = if both {
                        sel.region.to_string()
                    } else {
                        sel.to_string()
                    };
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                format!("explore/{kind}/{}", ids.join(","))
            }
        }
    }
}

/// An area id: one side (`temple-l`), or every side of each region whose
/// id is `id` or starts with `id-` (`temple` for both temples, `neck` for
/// both parts of the neck).
fn parse_area(id: &str) -> Option<Vec<RegionSel>> {
    if let Some(sel) = RegionSel::parse(&CONTENT, id) {
        return Some(vec![sel]);
    }
    let mut out = Vec::new();
    for r in CONTENT.regions {
        if r.id
            .strip_prefix(id)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        {
            out.extend(
                r.sides()
                    .iter()
                    .map(|&side| RegionSel { region: r.id, side }),
            );
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Base region ids of `areas`, without repeats (patterns are described for
/// either side).
pub fn base_ids(areas: &[RegionSel]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for a in areas {
        if !out.contains(&a.region) {
            out.push(a.region);
        }
    }
    out
}
