//! The compiled, validated flow graph the engine walks. It owns node identity and lookup;
//! it must not parse files (see `loader`) or decide behaviour (see `engine`).

use std::collections::HashMap;

pub use super::definition::Priority;

/// Index of a node in [`Flows::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A compiled node. References are resolved to [`NodeId`]s; texts are Fluent message ids.
#[derive(Debug, Clone)]
pub enum Node {
    Say {
        texts: Vec<String>,
        next: NodeId,
    },
    Choice {
        texts: Vec<String>,
        options: Vec<ChoiceOption>,
    },
    Ask {
        texts: Vec<String>,
        var: String,
        next: NodeId,
    },
    Branch {
        var: String,
        cases: Vec<(String, NodeId)>,
        default: NodeId,
    },
    Handoff {
        texts: Vec<String>,
        priority: Priority,
        reason: String,
    },
    Language {
        texts: Vec<String>,
        next: NodeId,
    },
    SetLanguage {
        lang: String,
        next: NodeId,
    },
    Referrals {
        texts: Vec<String>,
        var: String,
        next: NodeId,
    },
    Wipe {
        texts: Vec<String>,
    },
    End {
        texts: Vec<String>,
    },
}

#[derive(Debug, Clone)]
pub struct ChoiceOption {
    pub label: String,
    pub goto: NodeId,
    pub set: Vec<(String, String)>,
}

/// The global commands, available anywhere in a conversation.
#[derive(Debug, Clone, Copy)]
pub struct Commands {
    pub start: NodeId,
    pub menu: NodeId,
    pub lang: NodeId,
    pub help: NodeId,
    pub operator: NodeId,
    pub exit: NodeId,
}

/// Every flow, compiled into one graph.
#[derive(Debug, Clone)]
pub struct Flows {
    pub(crate) nodes: Vec<Node>,
    /// `flow:node` for each node, for state (positions are stored by name so that editing
    /// a flow never makes a saved conversation point at the wrong node).
    pub(crate) names: Vec<String>,
    pub(crate) by_name: HashMap<String, NodeId>,
    pub(crate) commands: Commands,
    /// Where a new conversation begins: `main`'s `start`.
    pub(crate) entry: NodeId,
    /// Languages the language choice offers, in display order.
    pub(crate) languages: Vec<String>,
    /// Whole messages that mean "quick exit" in some language (lowercase), besides `/exit`.
    pub(crate) exit_words: Vec<String>,
    /// Words or phrases (lowercase) that flag a conversation for operators.
    pub(crate) danger_words: Vec<String>,
}

impl Flows {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }
    pub fn name(&self, id: NodeId) -> &str {
        &self.names[id.0 as usize]
    }
    pub fn lookup(&self, name: &str) -> Option<NodeId> {
        self.by_name.get(name).copied()
    }
    pub fn commands(&self) -> &Commands {
        &self.commands
    }
    pub fn languages(&self) -> &[String] {
        &self.languages
    }
    /// Set the localized exit words (from the locales' `sys-exit-words`).
    pub(crate) fn set_exit_words(&mut self, words: Vec<String>) {
        self.exit_words = words;
    }
    pub(crate) fn exit_words(&self) -> &[String] {
        &self.exit_words
    }
    /// Set the localized danger words (from the locales' `sys-danger-words`).
    pub(crate) fn set_danger_words(&mut self, words: Vec<String>) {
        self.danger_words = words;
    }
    pub(crate) fn danger_words(&self) -> &[String] {
        &self.danger_words
    }
    pub fn len(&self) -> usize {
        self.nodes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
    /// Every node id, in load order.
    pub(crate) fn node_ids(&self) -> impl Iterator<Item = NodeId> {
        (0..self.nodes.len() as u32).map(NodeId)
    }
}
