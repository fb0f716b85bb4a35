//! The flow file format (`flows/*.toml`, `version = 1`) as serde types. It owns the shape of
//! a flow file and nothing else: no validation (see `loader`), no behaviour (see `engine`).
//!
//! Nodes are one flat struct with optional fields rather than a tagged enum: toml's spans
//! (which give every diagnostic its line) do not survive serde's buffering of tagged enums,
//! and the loader can then say precisely which field a kind lacks or does not use.

use std::collections::BTreeMap;
use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize};
use toml::Spanned;

/// The only flow format version this build understands.
pub(crate) const FLOW_FORMAT_VERSION: u32 = 1;

/// One flow file as written by a volunteer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FlowFile {
    pub version: Spanned<u32>,
    /// Node where a jump to this flow without a node name begins.
    pub start: Spanned<String>,
    /// Global commands (`/start`, `/menu`, …) mapped to nodes; declared by `main` only.
    /// Spanned so that diagnostics about the table as a whole point at its `[commands]` header.
    #[serde(default)]
    pub commands: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
    pub nodes: BTreeMap<Spanned<String>, Spanned<NodeDef>>,
}

/// A node as written. Which fields are required depends on `kind`; the loader checks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NodeDef {
    pub kind: Spanned<NodeKind>,
    pub text: Option<Spanned<OneOrMany>>,
    pub next: Option<Spanned<String>>,
    pub options: Option<Vec<Spanned<OptionDef>>>,
    pub var: Option<Spanned<String>>,
    pub cases: Option<BTreeMap<String, Spanned<String>>>,
    pub default: Option<Spanned<String>>,
    pub priority: Option<Spanned<Priority>>,
    pub reason: Option<Spanned<String>>,
    pub lang: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum NodeKind {
    /// Send messages, then continue at `next` without waiting.
    Say,
    /// Send a message with numbered options and wait.
    Choice,
    /// Send a message and wait for free text, stored in `var`.
    Ask,
    /// Jump on a variable's value (`cases`), else `default`.
    Branch,
    /// Open a case for a human operator; the conversation is then relayed.
    Handoff,
    /// Offer every available language as a numbered choice.
    Language,
    /// Switch to a fixed language.
    SetLanguage,
    /// Show local projects for the region in `var`.
    Referrals,
    /// Quick exit: delete what can be deleted and forget the conversation.
    Wipe,
    /// End the conversation; the next message starts again.
    End,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Say => "say",
            NodeKind::Choice => "choice",
            NodeKind::Ask => "ask",
            NodeKind::Branch => "branch",
            NodeKind::Handoff => "handoff",
            NodeKind::Language => "language",
            NodeKind::SetLanguage => "set_language",
            NodeKind::Referrals => "referrals",
            NodeKind::Wipe => "wipe",
            NodeKind::End => "end",
        }
    }
}

/// One message id, or several sent in order.
///
/// Deserialised by hand rather than `#[serde(untagged)]`: untagged enums buffer the value
/// and lose toml's spans, and each id of a list needs its own line in diagnostics.
#[derive(Debug, Clone)]
pub(crate) enum OneOrMany {
    /// A single id; its place is the span of the whole `text` value.
    One(String),
    /// A list; every id keeps its own span.
    Many(Vec<Spanned<String>>),
}

impl OneOrMany {
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(id) => vec![id.clone()],
            OneOrMany::Many(ids) => ids.iter().map(|id| id.get_ref().clone()).collect(),
        }
    }

    /// Every id with the byte offset where it is written; `at` is the offset of the whole
    /// value (used for a single id).
    pub(crate) fn with_offsets(&self, at: usize) -> Vec<(String, usize)> {
        match self {
            OneOrMany::One(id) => vec![(id.clone(), at)],
            OneOrMany::Many(ids) => ids.iter().map(|id| (id.get_ref().clone(), id.span().start)).collect(),
        }
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> de::Visitor<'de> for Visitor {
            type Value = OneOrMany;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a message id or a list of message ids")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(v))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut ids = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(id) = seq.next_element::<Spanned<String>>()? {
                    ids.push(id);
                }
                Ok(OneOrMany::Many(ids))
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OptionDef {
    /// Message id of the option's label (a button on Telegram).
    pub label: Spanned<String>,
    pub goto: Spanned<String>,
    /// Variables set when this option is picked.
    #[serde(default)]
    pub set: BTreeMap<String, String>,
}

/// How urgently a case needs an operator; the lobby sorts by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// A case that can wait for the next operator who has time.
    Low,
    /// The usual case: answered in turn.
    Normal,
    /// Answered before normal cases.
    High,
    /// Someone may be in danger now: answered first.
    Urgent,
}

impl Priority {
    /// The name used in flow files and in the `priority:` statistics counter.
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }
}
