//! What translators' tools need to know about each message of one `.ftl` file: its line,
//! the variables it uses, its selector keys, whether its comment marks it `same-as-en`, and
//! its text in a comparable form. It owns reading the Fluent syntax tree; it must not
//! render, judge or read the disk.

use std::collections::BTreeSet;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// The comment that says a message is rightly the same as in English (a number, a name):
/// `# same-as-en` on the line just above the message, or in a group comment
/// (`## Regions: same-as-en`) for every message of the group.
pub const SAME_AS_EN: &str = "same-as-en";

/// One message of a file, as the tools see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    /// The message id.
    pub id: String,
    /// The file it is defined in (as diagnostics show it).
    pub file: String,
    /// Its 1-based line.
    pub line: usize,
    /// Every `$variable` it uses (values, attributes, selectors).
    pub variables: BTreeSet<String>,
    /// Every identifier selector key (`[none]`, `*[other]`; numbers left out).
    pub keys: BTreeSet<String>,
    /// Whether its comment says `same-as-en`.
    pub same_as_en: bool,
    /// The value and attributes as Fluent source, without the comment: equal when the
    /// texts are equal.
    pub text: String,
    /// Whether any of its own text (outside placeables) has a letter: a text of only
    /// numbers and variables is rightly the same in every language.
    pub has_letters: bool,
}

/// Every message of `text` (a file named `file`); entries that do not parse are skipped
/// (their syntax errors are reported where the file is loaded).
pub fn messages(file: &str, text: &str) -> Vec<MessageInfo> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut group_same = false;
    for entry in &resource.body {
        if let Entry::GroupComment(c) = entry {
            group_same = c.content.iter().any(|l| l.contains(SAME_AS_EN));
        }
        let Entry::Message(m) = entry else { continue };
        let nth = seen.entry(m.id.name).or_insert(0);
        let line = super::line_of_id(text, m.id.name, *nth).line.max(1);
        *nth += 1;
        let mut walk = Walk::default();
        for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
            walk.pattern(p);
        }
        let same_as_en = group_same
            || m.comment
                .as_ref()
                .is_some_and(|c| c.content.iter().any(|l| l.contains(SAME_AS_EN)));
        let bare = ast::Message {
            comment: None,
            ..m.clone()
        };
        let text = fluent_syntax::serializer::serialize(&ast::Resource {
            body: vec![Entry::Message(bare)],
        });
        out.push(MessageInfo {
            id: m.id.name.to_owned(),
            file: file.to_owned(),
            line,
            variables: walk.variables,
            keys: walk.keys,
            same_as_en,
            text,
            has_letters: walk.has_letters,
        });
    }
    out
}

#[derive(Default)]
struct Walk {
    variables: BTreeSet<String>,
    keys: BTreeSet<String>,
    has_letters: bool,
}

impl Walk {
    fn pattern(&mut self, p: &Pattern<&str>) {
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => {
                    self.has_letters |= value.chars().any(char::is_alphabetic);
                }
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, e: &Expression<&str>) {
        match e {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    if let VariantKey::Identifier { name } = v.key {
                        self.keys.insert(name.to_owned());
                    }
                    self.pattern(&v.value);
                }
            }
            Expression::Inline(i) => self.inline(i),
        }
    }

    fn inline(&mut self, i: &InlineExpression<&str>) {
        match i {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::StringLiteral { value } => {
                self.has_letters |= value.chars().any(char::is_alphabetic);
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::TermReference { arguments, .. } => {
                if let Some(a) = arguments {
                    self.arguments(a);
                }
            }
            InlineExpression::NumberLiteral { .. } | InlineExpression::MessageReference { .. } => {}
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) {
        for p in &a.positional {
            self.inline(p);
        }
        for n in &a.named {
            self.inline(&n.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_keys_and_markers_are_found() {
        let text = "### varco-review: reviewed\n\n# same-as-en\nphone = { $phone }\nwho = { $caller ->\n    [victim] A { $name }\n   *[other] B { NUMBER($n) }\n}\n";
        let m = messages("a.ftl", text);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].id.as_str(), m[0].line, m[0].same_as_en, m[0].has_letters),
            ("phone", 4, true, false)
        );
        assert_eq!(m[1].line, 5);
        assert_eq!(
            m[1].variables.iter().map(String::as_str).collect::<Vec<_>>(),
            ["caller", "n", "name"]
        );
        assert_eq!(
            m[1].keys.iter().map(String::as_str).collect::<Vec<_>>(),
            ["other", "victim"]
        );
        assert!(m[1].has_letters && !m[1].same_as_en);
    }

    #[test]
    fn a_group_comment_marks_its_messages_until_the_next_group() {
        let m = messages(
            "a",
            "## Regions: same-as-en\n\nlazio = Lazio\nmolise = Molise\n\n## Other\n\nok = OK\n",
        );
        let marked: Vec<bool> = m.iter().map(|x| x.same_as_en).collect();
        assert_eq!(marked, [true, true, false]);
    }

    #[test]
    fn equal_texts_compare_equal_whatever_their_comments() {
        let a = messages("a", "# one\nx = Hello { $a }\n");
        let b = messages("b", "# two\nx = Hello { $a }\n");
        assert_eq!(a[0].text, b[0].text);
        assert_ne!(a[0].text, messages("c", "x = Ciao { $a }\n")[0].text);
    }
}
