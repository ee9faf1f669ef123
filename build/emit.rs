//! Writes what the files hold as Rust expressions of the model's types.
//!
//! Why generic: a field's type says how to write it (a string, a list, an
//! enum's variant, a native-only field), so a record is written from its list
//! of fields alone ([`records!`]) and no field is spelled a third time.

use crate::spelling::Spelled;
use serde::{de::Error as _, Deserialize, Deserializer};

/// A value as a Rust expression of the matching `engine::model` type.
pub trait Lit {
    fn lit(&self) -> String;

    /// `name: value, ` in a struct literal.
    fn field(&self, name: &str) -> String {
        format!("{name}: {}, ", self.lit())
    }
}

impl Lit for String {
    fn lit(&self) -> String {
        // Debug escapes quotes, backslashes and line breaks, so a record
        // stays on one line of the generated file.
        format!("{self:?}")
    }
}

impl Lit for bool {
    fn lit(&self) -> String {
        self.to_string()
    }
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.lit()),
            None => "None".into(),
        }
    }
}

impl<T: Lit> Lit for Vec<T> {
    fn lit(&self) -> String {
        let items: Vec<String> = self.iter().map(Lit::lit).collect();
        format!("&[{}]", items.join(", "))
    }
}

/// A table of the files as a slice with one record per line, so that a
/// compile error in the generated file points at one record.
pub struct Lines<'a, T>(pub &'a [T]);

impl<T: Lit> Lit for Lines<'_, T> {
    fn lit(&self) -> String {
        let rows: String = self.0.iter().map(|r| r.lit() + ",\n").collect();
        format!("&[\n{rows}]")
    }
}

/// A field that only native builds have: the model declares it under
/// `#[cfg(not(target_arch = "wasm32"))]` and the generated literal carries
/// the same attribute. The generated file is thus the same for every target,
/// and the compiler tells if the two disagree.
#[derive(Deserialize, Default)]
#[serde(transparent)]
pub struct Native<T>(pub T);

impl<T: Lit> Lit for Native<T> {
    fn lit(&self) -> String {
        self.0.lit()
    }

    fn field(&self, name: &str) -> String {
        format!(
            r#"#[cfg(not(target_arch = "wasm32"))] {}"#,
            self.0.field(name)
        )
    }
}

/// A list of short texts the model keeps as one `M::List`, its items joined
/// by newlines: one pointer in the wasm instead of one per item.
#[derive(Default)]
pub struct List(pub Vec<String>);

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items = Vec::<String>::deserialize(d)?;
        match items.iter().find(|i| i.is_empty() || i.contains('\n')) {
            Some(bad) => Err(D::Error::custom(format!(
                "list items are one non-empty line each: {bad:?}"
            ))),
            None => Ok(List(items)),
        }
    }
}

impl Lit for List {
    fn lit(&self) -> String {
        format!("M::List({})", self.0.join("\n").lit())
    }
}

/// Reads one of the model's enums from its word in a file.
fn read_word<'de, T: Spelled, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let word = String::deserialize(d)?;
    let found = T::VARIANTS.iter().find(|(_, _, w)| *w == word);
    found.map(|(v, _, _)| *v).ok_or_else(|| {
        let words: Vec<&str> = T::VARIANTS.iter().map(|(_, _, w)| *w).collect();
        let words = words.join(", ");
        D::Error::custom(format!(
            "`{word}` is not a {}; expected one of {words}",
            T::NAME
        ))
    })
}

/// Writes one of the model's enums as its variant, `M::Tier::Urgent`.
fn write_variant<T: Spelled + PartialEq>(value: &T) -> String {
    let (_, rust, _) = (T::VARIANTS.iter())
        .find(|(v, _, _)| v == value)
        .expect("every variant is listed");
    format!("M::{}::{rust}", T::NAME)
}

/// Reads and writes the model's enums through their table in
/// `src/engine/spelling.rs`, so a word misspelt in a file fails with the
/// file's name and line.
macro_rules! words {
    ($($name:ident),+) => {$(
        impl<'de> Deserialize<'de> for crate::spelling::$name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                read_word(d)
            }
        }

        impl Lit for crate::spelling::$name {
            fn lit(&self) -> String {
                write_variant(self)
            }
        }
    )+};
}

words! { Side, View, LumpSite, Tier, QuestionKind, Gate, MapRole, OutcomeKind }

/// Declares records of the files: for each, a serde struct with the model
/// record's name and fields (unknown keys are an error), and its [`Lit`],
/// which writes `M::Name { field: value, ... }` from that same list.
macro_rules! records {
    ($(
        $(#[$meta:meta])*
        struct $name:ident {
            $($(#[$fmeta:meta])* $field:ident: $ty:ty,)+
        }
    )+) => {$(
        $(#[$meta])*
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)+
        }

        impl crate::emit::Lit for $name {
            fn lit(&self) -> String {
                let fields = [$(crate::emit::Lit::field(&self.$field, stringify!($field)),)+];
                format!("M::{} {{ {}}}", stringify!($name), fields.concat())
            }
        }
    )+};
}

pub(crate) use records;
