//! Every path through the shipped questions ends in an outcome, and no path
//! reaches a pattern outcome past a ticked warning sign or without the
//! general warning screens.

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::model::OutcomeKind;
use symptom_explorer::engine::walk::{walk, NoWitness};

#[test]
fn every_path_ends_safely_in_an_outcome() {
    let general: Vec<&str> = CONTENT
        .questions
        .iter()
        .filter(|q| q.ask_if.is_none() && !q.by_region && !q.signs.is_empty())
        .map(|q| q.id)
        .collect();
    assert!(
        general.len() >= 2,
        "the general warning screens are missing"
    );
    let mut leaves = 0;
    let stats = walk(&CONTENT, 40, &NoWitness, &mut |s, a| {
        leaves += 1;
        let a = a.unwrap_or_else(|| panic!("no outcome for {:?}", s.answers()));
        if a.outcome.kind.is_pattern() {
            assert!(
                a.signs.is_empty(),
                "pattern past warning signs {:?}",
                s.answers()
            );
            for g in &general {
                assert!(
                    s.answer(g).is_some(),
                    "pattern without screen {g}: {:?}",
                    s.answers()
                );
            }
        }
        if a.outcome.kind == OutcomeKind::Emergency {
            assert!(a.candidates.is_empty());
        }
    })
    .expect("a path longer than 40 steps");
    println!(
        "walked {} paths through {} distinct states ({leaves} finished), longest {} answers",
        stats.paths, stats.states, stats.longest
    );
    assert!(stats.paths > 1000 && stats.longest >= 8);
}
