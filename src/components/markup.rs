//! Display-only sections written as one HTML string and mounted as a single
//! raw node, instead of a tree of Yew nodes.
//!
//! Every element an `html!` macro builds costs wasm code; a section that
//! never changes in place and has no listeners (lists of content, warning
//! signs, a muscle page, a drawing that only shows a pattern) costs a few
//! bytes per element this way. All text goes through [`Markup::text`], which
//! escapes it, so content can never inject markup.

use crate::components::actions::MSG;
use crate::state::ButtonMsg;
use yew::{AttrValue, Html};

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Appends trusted markup written in the source (tags and attributes).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
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
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<tag>text</tag>`; `open` may carry attributes (`h2 id="x"`).
    pub fn el(&mut self, open: &str, text: &str) -> &mut Self {
        let tag = open.split(' ').next().unwrap_or(open);
        self.raw("<")
            .raw(open)
            .raw(">")
            .text(text)
            .raw("</")
            .raw(tag)
            .raw(">")
    }

    /// Opens `<section>` named by its `<h2>` (close it with `</section>`);
    /// `class` may be empty.
    pub fn section(&mut self, class: &str, id: &str, title: &str) -> &mut Self {
        self.raw("<section");
        if !class.is_empty() {
            self.raw(" class=\"").raw(class).raw("\"");
        }
        self.raw(" aria-labelledby=\"")
            .raw(id)
            .raw("\"><h2 id=\"")
            .raw(id)
            .raw("\">")
            .text(title)
            .raw("</h2>")
    }

    /// A link to an explore page: `kind` is `region` or `muscle`.
    pub fn explore_link(&mut self, kind: &str, id: &str, text: &str) -> &mut Self {
        self.raw("<a href=\"#/explore/")
            .raw(kind)
            .raw("/")
            .raw(id)
            .raw("\">")
            .text(text)
            .raw("</a>")
    }

    /// A bulleted list of content sentences.
    pub fn list<T: AsRef<str>>(
        &mut self,
        class: &str,
        items: impl IntoIterator<Item = T>,
    ) -> &mut Self {
        self.raw("<ul class=\"").raw(class).raw("\">");
        for item in items {
            self.el("li", item.as_ref());
        }
        self.raw("</ul>")
    }

    /// A button that sends `msg` when clicked (read by
    /// [`crate::components::actions::clicked`]); `class` is its style.
    pub fn button(&mut self, class: &'static str, msg: ButtonMsg, label: &str) -> &mut Self {
        self.data_button(class, (MSG, msg.name()), label, None)
    }

    /// A button carrying `value` (escaped) in the data attribute `attr`, for
    /// a section's own listener to read (see [`crate::components::actions`]);
    /// `aria_label` names it for screen readers when `label` alone is vague.
    pub fn data_button(
        &mut self,
        class: &'static str,
        (attr, value): (&'static str, &str),
        label: &str,
        aria_label: Option<&str>,
    ) -> &mut Self {
        self.raw("<button type=\"button\" class=\"")
            .raw(class)
            .raw("\" ")
            .raw(attr)
            .raw("=\"")
            .text(value);
        if let Some(a) = aria_label {
            self.raw("\" aria-label=\"").text(a);
        }
        self.raw("\">").text(label).raw("</button>")
    }

    /// Ends the section as one raw node.
    pub fn html(&mut self) -> Html {
        Html::from_html_unchecked(AttrValue::from(std::mem::take(&mut self.0)))
    }
}
