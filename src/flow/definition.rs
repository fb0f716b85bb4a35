//! The flow file format (`flows/*.toml`, `version = 1`) as serde types. It owns the shape of
//! a flow file and nothing else: no validation (see `loader`), no behaviour (see `engine`).
//!
//! Nodes are one flat struct with optional fields rather than a tagged enum: toml's spans
//! (which give every diagnostic its line) do not survive serde's buffering of tagged enums,
//! and the loader can then say precisely which field a kind lacks or does not use.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// The only flow format version this build understands.
pub const FLOW_FORMAT_VERSION: u32 = 1;

/// One flow file as written by a volunteer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowFile {
    pub version: Spanned<u32>,
    /// Node where a jump to this flow without a node name begins.
    pub start: Spanned<String>,
    /// Global commands (`/start`, `/menu`, …) mapped to nodes; declared by `main` only.
    #[serde(default)]
    pub commands: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    pub nodes: BTreeMap<Spanned<String>, Spanned<NodeDef>>,
}

/// A node as written. Which fields are required depends on `kind`; the loader checks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeDef {
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
pub enum NodeKind {
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
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(id) => vec![id.clone()],
            OneOrMany::Many(ids) => ids.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
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
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }
}
