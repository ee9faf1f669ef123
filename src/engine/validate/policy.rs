//! The clinical policy the validator enforces, kept apart from the checking
//! mechanism: what `shared/domain/clinical-facts.md` allows (the links) and
//! requires (the general screens, where no tool may be used, the wording).
//! A clinician reviewing the rules reads this file, not the mechanism.

/// The only URLs the app may show (clinical-facts.md, "Links the app may
/// show to users").
pub const ALLOWED_URLS: &[&str] = &[
    "https://mobilitymastery.com/trigger-points-vs-fascial-adhesions-are-they-the-same-thing/",
    "https://mobilitymastery.com/is-pain-always-related-to-fascia/",
    "https://www.ncbi.nlm.nih.gov/books/NBK535344/",
    "https://www.mayoclinic.org/diseases-conditions/myofascial-pain-syndrome/symptoms-causes/syc-20375444",
    "https://consultqd.clevelandclinic.org/better-understanding-myofascial-pain",
    "https://pubmed.ncbi.nlm.nih.gov/29025044/",
    "https://pubmed.ncbi.nlm.nih.gov/25477053/",
    "https://www.painscience.com/biblio/critical-evaluation-of-the-trigger-point-phenomenon.html",
    "https://www.doi.org/10.7556/jaoa.2008.108.8.379",
    "https://rightdecisions.scot.nhs.uk/ggc-msk-index/cervical-spine/nerve-rootradicular-pain-plus-radiculopathy",
    "https://www.nhs.uk/conditions/swollen-glands/",
    "https://www.nhs.uk/conditions/heart-attack/symptoms/",
    "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
    "https://www.nhs.uk/conditions/back-pain/",
    "https://www.nhs.uk/conditions/headaches/",
];

/// The general warning screens (clinical-facts.md §3.1, §3.2): every path to a
/// pattern outcome must answer both, with no sign ticked.
pub const GENERAL_SCREENS: &[&str] = &["screen-emergency", "screen-urgent"];

/// Areas where no tool may be used (clinical-facts.md §3.5); a muscle whose
/// tender spot lies there must carry a caution that says so.
pub const NO_TOOL_REGIONS: &[&str] = &[
    "throat",
    "under-chin",
    "neck-side",
    "armpit",
    "groin",
    "knee-back",
];

/// The words the wording rules (§5.3) look for, in one language: the
/// rules are the same in every language, the words are not.
pub struct Wording {
    /// What a pattern outcome's headline says ("a pattern consistent with…").
    pub consistent_with: &'static str,
    /// The word a caution uses for a tool (a muscle whose tender spot lies
    /// where no tool may be used must have a caution saying so).
    pub tool: &'static str,
    /// Phrases that would read as a diagnosis or as reassurance, as whole
    /// words ([`says`]).
    pub forbidden: &'static [&'static str],
}

/// The wording rules' words in the language of this build; none for a
/// language not listed here (see [`PSEUDO_LOCALES`]).
pub fn wording() -> Option<&'static Wording> {
    wording_for(crate::ui::language::CODE)
}

/// The wording rules' words in the language `code` (see [`wording`]).
pub fn wording_for(code: &str) -> Option<&'static Wording> {
    match code {
        "en" => Some(&ENGLISH),
        "es" => Some(&SPANISH),
        _ => None,
    }
}

/// The test-only pseudo-locales (`build/pseudo.rs`): their words are
/// English's, checked in English, so they need no wording rules of their
/// own. Any other language without them fails validation.
pub const PSEUDO_LOCALES: &[&str] = &["en-XA", "ar-XB"];

/// Whether `text` says `phrase`, with case, accents and punctuation folded
/// (`search::fold`), as whole words: "no pasa nada" is in "¡No pasa
/// nada!" but not in "no pasa nadando". A phrase ending in `*` is a stem
/// ("inofensiv*" finds "inofensivo" and "inofensiva").
pub fn says(text: &str, phrase: &str) -> bool {
    use crate::engine::search::fold;
    let (phrase, stem) = phrase
        .strip_suffix('*')
        .map_or((phrase, false), |p| (p, true));
    let phrase = fold(phrase);
    let phrase = phrase.trim();
    let needle = if stem {
        format!(" {phrase}")
    } else {
        format!(" {phrase} ")
    };
    !phrase.is_empty() && format!(" {} ", fold(text)).contains(&needle)
}

const ENGLISH: Wording = Wording {
    consistent_with: "consistent with",
    tool: "tool",
    forbidden: &[
        "you have a trigger point",
        "you have a fascial adhesion",
        "you have myofascial",
        "this is your",
        "nothing to worry",
        "don't worry",
        "harmless",
        "probably fine",
    ],
};

const SPANISH: Wording = Wording {
    consistent_with: "compatible con",
    tool: "herramienta",
    forbidden: &[
        "tienes un punto gatillo",
        "tienes puntos gatillo",
        "tienes una adherencia",
        "tienes adherencias",
        "tienes dolor miofascial",
        "tienes un sindrome",
        "usted tiene un punto gatillo",
        "esto es tu",
        "este es tu",
        "esta es tu",
        "eso es tu",
        "nada de que preocuparse",
        "nada de lo que preocuparse",
        "no hay de que preocuparse",
        "no te preocupes",
        "no se preocupe",
        "no es nada grave",
        "no pasa nada",
        "inofensiv*",
        "es benigno",
        "es benigna",
        "son benignos",
        "seguramente no es nada",
        "probablemente no sea nada",
        "probablemente este bien",
    ],
};
