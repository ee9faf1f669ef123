//! Prints how long the engine takes on the shipped content (run with
//! `./x bench`, or `cargo run --release --no-default-features --example bench_engine`).
//! Targets: one reducer step and one assessment far below a millisecond.

use std::hint::black_box;
use std::time::{Duration, Instant};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::codec::{decode, encode};
use symptom_explorer::engine::explore::{details_file, sources_of};
use symptom_explorer::engine::search::SearchIndex;
use symptom_explorer::engine::validate::validate;
use symptom_explorer::engine::walk::{branches, walk, NoWitness};
use symptom_explorer::engine::{assess, Action, RegionSel, Session, Side, Step};

/// A long referred-pain journey, as (question, branch index) choices.
fn journey() -> Vec<Session> {
    let mut out = vec![Session::new(&CONTENT)];
    let mut s = out[0].clone();
    while let Step::Question(q) = s.step() {
        let question = CONTENT.questions.iter().find(|x| x.id == q).unwrap();
        let b = branches(&CONTENT, question);
        // Past the screens' signs: pick the first way-out or region choice.
        let pick = b
            .iter()
            .find(|a| {
                a.chose("none") || a.chose("spreads") || a.chose("knot") || !a.regions().is_empty()
            })
            .unwrap_or(&b[0]);
        s = s
            .apply(&CONTENT, Action::Answer(q, pick.clone()))
            .unwrap()
            .session;
        out.push(s.clone());
    }
    out
}

fn time<T>(name: &str, runs: usize, mut f: impl FnMut() -> T) {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[runs / 2];
    let p95 = samples[runs * 95 / 100];
    println!(
        "{name:<44} median {:>9.2} µs   p95 {:>9.2} µs",
        median.as_secs_f64() * 1e6,
        p95.as_secs_f64() * 1e6
    );
}

fn main() {
    let steps = journey();
    let done = steps.last().unwrap().clone();
    let before_last = &steps[steps.len() - 2];
    let Step::Question(last_q) = before_last.step() else {
        unreachable!()
    };
    let last_answer = done.answer(last_q).unwrap().clone();
    println!(
        "engine on the shipped content ({} questions, {} muscles), journey of {} answers",
        CONTENT.questions.len(),
        CONTENT.muscles.len(),
        steps.len() - 1
    );
    time(
        "reducer: one answer (the last of a journey)",
        10_000,
        || before_last.apply(&CONTENT, Action::Answer(last_q, last_answer.clone())),
    );
    time("reducer: go back to an earlier question", 10_000, || {
        done.apply(&CONTENT, Action::GoTo("pain-where"))
    });
    time("assess a finished journey", 10_000, || {
        assess(&CONTENT, &done)
    });
    let text = encode(&done);
    time("encode a session", 10_000, || encode(&done));
    time("decode (and re-check) a session", 10_000, || {
        decode(&CONTENT, &text)
    });
    // With the details file, as once it has arrived (the larger index).
    let details = details_file(&CONTENT);
    time("build the search index", 200, || {
        SearchIndex::new(&CONTENT, &details)
    });
    let index = SearchIndex::new(&CONTENT, &details);
    for q in [
        "t",
        "te",
        "temp",
        "temple",
        "trapezuis",
        "sciatica headache",
    ] {
        time(&format!("search {q:?}"), 2_000, || index.search(q));
    }
    let side = |region| RegionSel {
        region,
        side: Side::Left,
    };
    let (temple, eye) = (side("temple"), side("eye"));
    time("sources of the temple and eye", 10_000, || {
        sources_of(&CONTENT, &[temple, eye])
    });
    time("validate all content, walking every path", 5, || {
        validate(&CONTENT)
    });
    let stats = walk(&CONTENT, 40, &NoWitness, &mut |_, _| {}).unwrap();
    println!(
        "walk: {} paths, {} distinct states, longest {} answers",
        stats.paths, stats.states, stats.longest
    );
}
