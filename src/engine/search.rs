//! Search over regions and muscles that forgives case, accents and small
//! typos: "Témple", "trapezuis", "sciatica" and "ciatica" all find
//! something (the last two once the details file is there).

use super::explore::Detail;
use super::model::{Content, Muscle, Region};

/// What a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Region(&'static Region),
    Muscle(&'static Muscle),
}

/// Lowercases and strips accents from Latin letters, so "Épaule" and
/// "epaule" match; anything that is not a letter or digit separates words.
///
/// Only ASCII case rules and the accents listed are known: they cover
/// English and Spanish (á, é, í, ó, ú, ü, ñ), and Unicode's case tables
/// would add several KB to the wasm.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let plain = match c.to_ascii_lowercase() {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                'a'
            }
            'ç' | 'ć' | 'č' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'ń' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
                'o'
            }
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() => c,
            _ => ' ',
        };
        out.push(plain);
    }
    out
}

/// Words longer than this never match by edit distance (exact and prefix
/// matches still count): it bounds the rows below, which live on the stack.
const LONGEST: usize = 32;

/// Edit distance (insert, delete, substitute, swap neighbours) up to
/// `limit`; anything further returns `limit + 1`. Runs for every word on
/// every keystroke, so it allocates nothing.
fn distance(a: &[char], b: &[char], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit || a.len() > LONGEST || b.len() > LONGEST {
        return limit + 1;
    }
    let mut prev2 = [0u8; LONGEST + 1];
    let mut prev = [0u8; LONGEST + 1];
    for (j, v) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *v = j as u8;
    }
    for i in 1..=a.len() {
        let mut cur = [0u8; LONGEST + 1];
        cur[0] = i as u8;
        let mut least = cur[0];
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            least = least.min(v);
        }
        if usize::from(least) > limit {
            return limit + 1;
        }
        prev2 = prev;
        prev = cur;
    }
    usize::from(prev[b.len()]).min(limit + 1)
}

/// How well one query word matches one text word: 3 exact, 2 prefix,
/// 1 within a typo or two (longer words allow more), 0 not at all.
fn word_score(q: &[char], w: &[char]) -> u32 {
    if q == w {
        3
    } else if q.len() >= 2 && w.starts_with(q) {
        2
    } else {
        let limit = match q.len() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        u32::from(limit > 0 && distance(q, w, limit) <= limit)
    }
}

/// A text split into folded words, ready to match.
type Words = Vec<Vec<char>>;

fn words(text: &str) -> Words {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().collect())
        .collect()
}

/// Scores a text: every query word must match some word of the text; the
/// score is the sum of the best matches.
fn text_score(query: &[Vec<char>], text: &Words) -> u32 {
    let mut total = 0;
    for q in query {
        let best = text.iter().map(|w| word_score(q, w)).max().unwrap_or(0);
        if best == 0 {
            return 0;
        }
        total += best;
    }
    total
}

struct Entry {
    hit: Hit,
    /// Names, which count double.
    names: Vec<Words>,
    /// Aliases; look-alikes, symptoms and referral summaries.
    more: Vec<Words>,
}

/// The searchable words of all regions and muscles, folded once so that
/// each keystroke only compares.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// `details`: the details file, or "" while it is not there; muscles
    /// are then found by their names and look-alikes only (their other
    /// names, search words, symptoms and summaries are in the file,
    /// [`super::explore::Detail`]).
    pub fn new(content: &Content, details: &str) -> SearchIndex {
        fn all(texts: &[&str]) -> Vec<Words> {
            texts.iter().map(|t| words(t)).collect()
        }
        let regions = content.regions.iter().map(|r| Entry {
            hit: Hit::Region(r),
            names: all(&[r.label]),
            more: r.aliases.iter().map(words).collect(),
        });
        let muscles = content.muscles.iter().map(|m| {
            let mut names: Vec<&str> = vec![m.name];
            names.extend(Detail::Aka.in_file(details, m.id));
            names.extend(Detail::Search.in_file(details, m.id));
            let mut more: Vec<&str> = Detail::Symptoms.in_file(details, m.id);
            more.extend(Detail::Summary.in_file(details, m.id));
            for item in m.look_alikes {
                more.push(item);
            }
            Entry {
                hit: Hit::Muscle(m),
                names: all(&names),
                more: all(&more),
            }
        });
        SearchIndex {
            entries: regions.chain(muscles).collect(),
        }
    }

    /// Regions and muscles matching `query`, best first; ties keep content
    /// order (regions before muscles).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = words(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<(u32, Hit)> = Vec::new();
        for e in &self.entries {
            let named = e
                .names
                .iter()
                .map(|t| 2 * text_score(&query, t))
                .max()
                .unwrap_or(0);
            let more = e
                .more
                .iter()
                .map(|t| text_score(&query, t))
                .max()
                .unwrap_or(0);
            let score = named.max(more);
            if score > 0 {
                // Insertion keeps ties in content order without a general sort.
                let at = out
                    .iter()
                    .position(|(o, _)| *o < score)
                    .unwrap_or(out.len());
                out.insert(at, (score, e.hit));
            }
        }
        out.into_iter().map(|(_, h)| h).collect()
    }
}

/// One-off search with everything the details file adds (native builds,
/// for tests and tools); the app builds a [`SearchIndex`] once and searches
/// it on every keystroke.
#[cfg(not(target_arch = "wasm32"))]
pub fn search(content: &Content, query: &str) -> Vec<Hit> {
    SearchIndex::new(content, &super::explore::details_file(content)).search(query)
}
