//! The content's enums, each variant beside the word that names it in
//! `content/en/*.toml`.
//!
//! Why one file: the engine matches on the variants and the build script
//! (`build/`) reads the words, and both compile this file (the build script
//! by `#[path]`), so adding a variant is one line here and the two cannot
//! disagree. It depends on nothing, not even the rest of the engine, because
//! the build script compiles it on its own. The methods that give the
//! variants meaning stay in [`super::model`].

/// An enum whose variants the content files name with a word.
pub trait Spelled: Copy + 'static {
    /// The enum's name in `engine::model`.
    const NAME: &'static str;
    /// Every variant, with its name in Rust and its word in the files.
    const VARIANTS: &'static [(Self, &'static str, &'static str)];
}

/// Declares enums with a word per variant (`Variant = "word"`) and
/// implements [`Spelled`] for each.
macro_rules! spelled {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+
        }
    )+) => {$(
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl Spelled for $name {
            const NAME: &'static str = stringify!($name);
            const VARIANTS: &'static [(Self, &'static str, &'static str)] =
                &[$((Self::$variant, stringify!($variant), $word)),+];
        }
    )+};
}

spelled! {
    /// Which side of the body a selected region is on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Side {
        Left = "left",
        Right = "right",
        /// For regions on the midline (not paired).
        Centre = "centre",
    }

    /// Which drawing of the body a region appears on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum View {
        Front = "front",
        Back = "back",
    }

    /// Where a lump found in a region leads (clinical-facts.md §2.7, §3.6 A).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum LumpSite {
        /// Breast, chest wall or armpit: a GP, never "leave it alone".
        Breast = "breast",
        /// A lymph-node area: the lymph-node outcome.
        Gland = "gland",
    }

    /// How fast a warning sign needs a clinician.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Tier {
        Routine = "routine",
        Urgent = "urgent",
        Emergency = "emergency",
    }

    /// What kind of answer a question takes.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum QuestionKind {
        /// Pick exactly one option.
        Single = "single",
        /// Pick one or more options (an option marked `exclusive` stands alone).
        Multi = "multi",
        /// Pick regions on the body map, or one of the options as a way out.
        Regions = "regions",
        /// A warning-sign checklist: its options are the signs, plus ways out.
        Screen = "screen",
    }

    /// Which regions make a region screen due at a gate.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Gate {
        /// Before the press question: the screens of the regions named for pain
        /// and for the tender spot.
        Named = "named",
        /// Before any result: also the screens of where it spreads, and of the
        /// main zones of every muscle that could be listed for those regions.
        All = "all",
    }

    /// What a region question's answer tells the engine.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MapRole {
        /// Where the person feels the pain.
        Pain = "pain",
        /// Where the tender spot they press lies.
        Press = "press",
        /// Where the feeling travels when they press.
        Spread = "spread",
    }

    /// What kind of result an outcome is; drives its look and what may be shown.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum OutcomeKind {
        Emergency = "emergency",
        Urgent = "urgent",
        SeeClinician = "see-clinician",
        LymphNode = "lymph-node",
        /// A lump that needs a GP's check by where it is (breast, chest wall,
        /// armpit), whatever it feels like.
        LumpCheck = "lump-check",
        Nerve = "nerve",
        Joint = "joint",
        Referred = "referred",
        Local = "local",
        Unclear = "unclear",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build script takes the first variant with a word, so a word used
    /// twice would silently stand for the first; and the files spell words
    /// in lowercase with inner hyphens.
    fn words_are_distinct_and_lowercase<T: Spelled>() {
        for (i, (_, rust, word)) in T::VARIANTS.iter().enumerate() {
            let others = &T::VARIANTS[..i];
            assert!(
                others.iter().all(|(_, _, w)| w != word),
                "{}: `{word}` twice",
                T::NAME
            );
            let ok = word
                .split('-')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(
                ok,
                "{}::{rust}: `{word}` is not lowercase words joined by -",
                T::NAME
            );
        }
    }

    #[test]
    fn every_word_names_one_variant() {
        words_are_distinct_and_lowercase::<Side>();
        words_are_distinct_and_lowercase::<View>();
        words_are_distinct_and_lowercase::<LumpSite>();
        words_are_distinct_and_lowercase::<Tier>();
        words_are_distinct_and_lowercase::<QuestionKind>();
        words_are_distinct_and_lowercase::<Gate>();
        words_are_distinct_and_lowercase::<MapRole>();
        words_are_distinct_and_lowercase::<OutcomeKind>();
    }
}
