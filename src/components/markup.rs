//! Display-only sections written as one HTML string and mounted as a single
//! raw node, instead of a tree of Yew nodes.
//!
//! Every element an `html!` macro builds costs wasm code; a section that
//! never changes in place and has no listeners (lists of content, warning
//! signs, a muscle page, a drawing that only shows a pattern) costs a few
//! bytes per element this way.
//!
//! Escaping is decided by type, not by the caller's care: tags and
//! attribute names are [`Raw`], which only the [`raw!`] macro makes, from a
//! string literal in the source. Every runtime value (content text, ids,
//! path data, numbers) is a `&str` and goes through [`Markup::text`], which
//! escapes it for element content and quoted attribute values alike.

use crate::app::ButtonMsg;
#[cfg(feature = "web")]
use yew::{AttrValue, Html};

/// Markup written in the source: made by [`raw!`] from a literal only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raw(&'static str);

impl Raw {
    /// For [`raw!`] only: a runtime value here would skip escaping.
    #[doc(hidden)]
    pub const fn __literal(markup: &'static str) -> Raw {
        Raw(markup)
    }

    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// The tag name of an opening tag's inside (`ul class="x"` → `ul`).
    fn tag(self) -> &'static str {
        self.0.split(' ').next().unwrap_or(self.0)
    }
}

/// Trusted markup from a string literal; anything else fails to compile.
#[macro_export]
macro_rules! raw {
    ($markup:literal) => {
        $crate::components::markup::Raw::__literal(concat!($markup))
    };
}
pub use crate::raw;

/// The attribute of a button that sends a [`ButtonMsg`] (its name).
pub const MSG: Raw = raw!("data-msg");
/// The attribute of an Edit button in the answer review: the question id.
pub const EDIT: Raw = raw!("data-edit");
/// The attribute of a body-map shape: its region and side.
pub const REGION: Raw = raw!("data-region");
/// The attribute of a choice button: the choice's id, or a region and side.
pub const CHOICE: Raw = raw!("data-choice");
/// The attribute of explore's hand-off buttons: what the person answered.
pub const HANDOFF: Raw = raw!("data-act");

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Appends markup written in the source (tags and attributes).
    pub fn raw(&mut self, markup: Raw) -> &mut Self {
        self.0.push_str(markup.0);
        self
    }

    /// Appends text, escaped for element content and attribute values.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<open>…</tag>` around what `body` writes: `open` is the inside of
    /// the opening tag (`ul class="signs"`), and the closing tag follows
    /// from it, so it cannot be forgotten.
    pub fn wrap(&mut self, open: Raw, body: impl FnOnce(&mut Self)) -> &mut Self {
        self.wrap_with(open, &[], body)
    }

    /// [`wrap`](Self::wrap) with attributes whose values are runtime text
    /// (escaped): `(raw!("href"), url)`.
    pub fn wrap_with(
        &mut self,
        open: Raw,
        attrs: &[(Raw, &str)],
        body: impl FnOnce(&mut Self),
    ) -> &mut Self {
        self.open(open, attrs).0.push('>');
        body(self);
        self.close(open)
    }

    /// An element with no content, such as an SVG `<path/>`, with
    /// attributes as in [`wrap_with`](Self::wrap_with).
    pub fn empty(&mut self, open: Raw, attrs: &[(Raw, &str)]) -> &mut Self {
        self.open(open, attrs).raw(raw!("/>"))
    }

    /// `<open>text</tag>`, the text escaped.
    pub fn el(&mut self, open: Raw, text: &str) -> &mut Self {
        self.open(open, &[]).0.push('>');
        self.text(text).close(open)
    }

    /// The opening tag without its `>`: `wrap`'s first half, kept out of
    /// its copies (one per closure).
    fn open(&mut self, open: Raw, attrs: &[(Raw, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(open.0);
        for (name, value) in attrs {
            self.0.push(' ');
            self.raw(*name).raw(raw!("=\"")).text(value).0.push('"');
        }
        self
    }

    fn close(&mut self, open: Raw) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(open.tag());
        self.0.push('>');
        self
    }

    /// A `<section>` named by its `<h2>`, around what `body` writes;
    /// `class` may be empty.
    pub fn section(
        &mut self,
        class: Raw,
        id: Raw,
        title: &str,
        body: impl FnOnce(&mut Self),
    ) -> &mut Self {
        self.section_head(class, id, title);
        body(self);
        self.raw(raw!("</section>"))
    }

    fn section_head(&mut self, class: Raw, id: Raw, title: &str) {
        self.raw(raw!("<section")).class(class);
        self.raw(raw!(" aria-labelledby=\""))
            .raw(id)
            .raw(raw!("\"><h2 id=\""))
            .raw(id)
            .raw(raw!("\">"))
            .text(title)
            .raw(raw!("</h2>"));
    }

    /// ` class="…"` inside an opening tag, or nothing when `class` is empty.
    fn class(&mut self, class: Raw) -> &mut Self {
        if !class.0.is_empty() {
            self.raw(raw!(" class=\"")).raw(class).raw(raw!("\""));
        }
        self
    }

    /// A link to an explore page: `kind` is `region` or `muscle`.
    pub fn explore_link(&mut self, kind: Raw, id: &str, text: &str) -> &mut Self {
        self.raw(raw!("<a href=\"#/explore/"))
            .raw(kind)
            .raw(raw!("/"))
            .text(id)
            .raw(raw!("\">"))
            .text(text)
            .raw(raw!("</a>"))
    }

    /// A bulleted list of content sentences; `class` may be empty.
    pub fn list<T: AsRef<str>>(
        &mut self,
        class: Raw,
        items: impl IntoIterator<Item = T>,
    ) -> &mut Self {
        self.raw(raw!("<ul")).class(class).raw(raw!(">"));
        for item in items {
            self.el(raw!("li"), item.as_ref());
        }
        self.raw(raw!("</ul>"))
    }

    /// A button that sends `msg` when clicked (read by
    /// [`crate::components::actions::clicked`]); `class` is its style.
    pub fn button(&mut self, class: Raw, msg: ButtonMsg, label: &str) -> &mut Self {
        self.data_button(class, (MSG, msg.name()), label, None)
    }

    /// A button carrying `value` (escaped) in the data attribute `attr`, for
    /// a section's own listener to read (see [`crate::components::actions`]);
    /// `aria_label` names it for screen readers when `label` alone is vague.
    pub fn data_button(
        &mut self,
        class: Raw,
        (attr, value): (Raw, &str),
        label: &str,
        aria_label: Option<&str>,
    ) -> &mut Self {
        self.raw(raw!("<button type=\"button\" class=\""))
            .raw(class)
            .raw(raw!("\" "))
            .raw(attr)
            .raw(raw!("=\""))
            .text(value);
        if let Some(a) = aria_label {
            self.raw(raw!("\" aria-label=\"")).text(a);
        }
        self.raw(raw!("\">")).text(label).raw(raw!("</button>"))
    }

    /// The markup written so far (for the build's prerendered page).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Ends the section as one raw node.
    #[cfg(feature = "web")]
    pub fn html(&mut self) -> Html {
        Html::from_html_unchecked(AttrValue::from(std::mem::take(&mut self.0)))
    }
}
