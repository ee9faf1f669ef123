//! What explore mode shows, and its part of the URL. Plain Rust: tested
//! natively.
//!
//! `#/explore` the map · `#/explore/region/<areas>` where it hurts and the
//! muscles that commonly refer there · `#/explore/press/<areas>` where one
//! presses and the zones those spots commonly refer to ·
//! `#/explore/muscle/<id>` one muscle. `<areas>` are region ids joined by
//! commas, with `-l`/`-r` for one side of a paired region and the bare id for
//! both sides (`temple`, `trapezius-top-r`), so a blog can link to a region by
//! its plain name.

use crate::content::CONTENT;
use crate::engine::model::Muscle;
use crate::engine::{RegionSel, Side};

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
                    .ok_or_else(|| format!("there is no muscle `{}`", clip(rest)))
            }
            "region" => Lens::Pain,
            "press" => Lens::Press,
            _ => return Err(format!("there is no explore page `{}`", clip(kind))),
        };
        let mut areas = Vec::new();
        for id in rest.split(',').filter(|s| !s.is_empty()) {
            let sides =
                parse_area(id).ok_or_else(|| format!("there is no body area `{}`", clip(id)))?;
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

/// An area id: one side (`temple-l`), or a bare paired id for both sides.
fn parse_area(id: &str) -> Option<Vec<RegionSel>> {
    if let Some(sel) = RegionSel::parse(&CONTENT, id) {
        return Some(vec![sel]);
    }
    let r = CONTENT.regions.iter().find(|r| r.id == id && r.paired)?;
    Some(
        [Side::Left, Side::Right]
            .map(|side| RegionSel { region: r.id, side })
            .to_vec(),
    )
}

/// Names what a link asked for in an error message: only when it looks
/// like an id, so a crafted link cannot put its own words in the notice.
fn clip(s: &str) -> String {
    let id_like = s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if id_like {
        s.to_string()
    } else {
        "(not an id)".into()
    }
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
