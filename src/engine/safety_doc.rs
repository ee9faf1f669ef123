//! `docs/safety.md`, written from the content so a clinician can review the
//! safety table as the app applies it: region → dangers → screens → signs
//! and tiers → press caution, with source ids. `tests/safety.rs` fails when
//! the committed page differs from what this renders.

use super::explore::signs_by_tier;
use super::lookup;
use super::model::{Content, LumpSite, MapRole};
use super::safety;
use std::fmt::Write as _;

/// The whole page, in Markdown.
pub fn render(c: &Content) -> String {
    let mut out = String::from(
        "# Safety table\n\n\
         Generated from `content/en/safety.toml`, `content/en/questions.toml` and \
         `content/en/warnings.toml` by `src/engine/safety_doc.rs`; do not edit by hand. \
         Regenerate with `SAFETY_DOC=write cargo test --no-default-features --test safety`.\n\n\
         How the app uses it: before anyone is asked to press, it asks every screen \
         of every region named for the pain and the tender spot. Before any result \
         that names muscles, it also asks the screens of the regions where the pain \
         spreads and of the main zones of every muscle that could be listed. Each \
         warning sign is asked once. Ticking a sign ends the questions at its tier; \
         \"not sure\" ends at the worst tier the screen showed.\n\n\
         Source ids refer to `content/en/sources.toml`.\n\n## Regions\n",
    );
    let mut group = "";
    for r in c.regions {
        if r.group != group {
            group = r.group;
            let _ = write!(out, "\n### {group}\n");
        }
        let _ = write!(out, "\n#### {} (`{}`)\n\n", r.label, r.id);
        let dangers = safety::dangers_of(c, r.id);
        if let Some(k) = c.calm.iter().find(|k| k.region == r.id) {
            let _ = writeln!(
                out,
                "- No danger row: {} ({})",
                k.reason,
                k.sources.join(", ")
            );
        }
        for d in &dangers {
            let _ = writeln!(
                out,
                "- Danger: {} (`{}`; {}), screened by {}",
                d.name,
                d.id,
                d.sources.join(", "),
                d.screens
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let before = safety::screens_of(c, r.id);
        let after = |role| -> Vec<&str> {
            safety::screens_before_result(c, r.id, role)
                .into_iter()
                .filter(|s| !before.contains(s))
                .collect()
        };
        let list = |ids: &[&str]| {
            if ids.is_empty() {
                "none beyond the general screens".to_string()
            } else {
                ids.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let _ = writeln!(out, "- Screens before pressing: {}", list(&before));
        let _ = writeln!(
            out,
            "- Also before a result that lists muscles, for the main zones of those it could list: where it hurts or spreads here, {}; where the tender spot is here, {}",
            list(&after(MapRole::Pain)),
            list(&after(MapRole::Press))
        );
        match safety::spot(c, r.id) {
            Some(sp) => {
                let how = if sp.no_press {
                    "Not pressed at all"
                } else {
                    "Press caution"
                };
                if let Some(caution) = sp.caution {
                    let _ = writeln!(out, "- {how}: {caution} ({})", sp.sources.join(", "));
                }
                let lump = match sp.lump {
                    Some(LumpSite::Breast) => "a GP (breast, chest wall, armpit)",
                    Some(LumpSite::Gland) => "the lymph-node result (a gland area)",
                    None => "a clinician (not a gland area)",
                };
                let _ = writeln!(out, "- A lump here leads to {lump}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "- Press caution: the general one only; a lump here leads to a clinician"
                );
            }
        }
    }
    out.push_str("\n## Screens\n");
    for q in c.questions.iter().filter(|q| !q.signs.is_empty()) {
        let placed = if q.by_region {
            "asked where a region makes it due"
        } else if q.ask_if.is_none() {
            "asked of everyone"
        } else {
            "asked when its condition holds"
        };
        let _ = write!(
            out,
            "\n### `{}`: {}\n\n{placed}. {}\n\n",
            q.id, q.prompt, q.why
        );
        if let Some(caution) = q.caution {
            let _ = write!(out, "Caution: {caution}\n\n");
        }
        for (outcome, signs) in signs_by_tier(c, q.signs) {
            let _ = writeln!(out, "- {}:", outcome.headline);
            for s in signs {
                let _ = writeln!(
                    out,
                    "  - {} (`{}`; {})",
                    s.label,
                    s.id,
                    s.sources.join(", ")
                );
            }
        }
        let worst = signs_by_tier(c, q.signs)
            .first()
            .map_or("", |(o, _)| o.headline);
        let _ = writeln!(out, "- \"Not sure\" (or a sign already cleared): at least \"{worst}\" among the signs shown");
        let _ = writeln!(out, "- Sources: {}", q.sources.join(", "));
    }
    out.push_str("\n## Dangers\n\n| Danger | Regions | Screens | Sources |\n|---|---|---|---|\n");
    for d in c.dangers {
        let regions: Vec<&str> = d
            .regions
            .iter()
            .map(|r| lookup::region(c, r).map_or(r, |x| x.label))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            d.name,
            regions.join(", "),
            d.screens.join(", "),
            d.sources.join(", ")
        );
    }
    out
}
