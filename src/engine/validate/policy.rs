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
    /// Phrases that would read as a diagnosis or as reassurance, matched
    /// with case, accents and punctuation folded (`search::fold`).
    pub forbidden: &'static [&'static str],
}

/// The wording rules' words in the language of this build; none for the
/// test-only pseudo-locales (`build/pseudo.rs`), whose words are English's,
/// checked in English. A new language fails the English words until its
/// own are added here.
pub fn wording() -> Option<&'static Wording> {
    wording_for(crate::ui::language::CODE)
}

/// The wording rules' words in the language `code` (see [`wording`]).
pub fn wording_for(code: &str) -> Option<&'static Wording> {
    match code {
        "en-XA" | "ar-XB" => None,
        "es" => Some(&SPANISH),
        _ => Some(&ENGLISH),
    }
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
        "usted tiene un",
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
        "inofensiv",
        "benign",
        "seguramente no es nada",
        "probablemente no sea nada",
        "probablemente este bien",
    ],
};
