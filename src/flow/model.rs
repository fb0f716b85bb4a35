//! The compiled, validated flow graph the engine walks. It owns node identity and lookup;
//! it must not parse files (see `loader`) or decide behaviour (see `engine`).

use std::collections::HashMap;

use super::words::WordList;

pub use super::definition::Priority;

/// Index of a node in `Flows::nodes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A compiled node. References are resolved to [`NodeId`]s; texts are Fluent message ids.
#[derive(Debug, Clone)]
pub enum Node {
    /// Send messages, then continue at `next` without waiting for the person.
    Say {
        /// Fluent message ids, sent in order.
        texts: Vec<String>,
        /// Where the flow goes on at once.
        next: NodeId,
    },
    /// A question with numbered options (buttons where the channel has them); waits for a pick.
    Choice {
        /// Fluent message ids; the last one carries the options.
        texts: Vec<String>,
        /// The options, in the order they are numbered.
        options: Vec<ChoiceOption>,
        /// Free text typed instead of a pick (not a number): kept in the variable, and the
        /// flow goes on at the node (`var` and `next` in the flow file). Without it, free
        /// text gets the "answer with a number" help.
        typed: Option<(String, NodeId)>,
    },
    /// A question answered in free text; the answer is kept in `var`.
    Ask {
        /// Fluent message ids, sent in order.
        texts: Vec<String>,
        /// The variable the answer is stored in (cut to the engine's length limit).
        var: String,
        /// Where the flow goes on after the answer.
        next: NodeId,
    },
    /// A jump on a variable's value, without saying anything.
    Branch {
        /// The variable compared.
        var: String,
        /// Value → node, tried in order.
        cases: Vec<(String, NodeId)>,
        /// Where the flow goes when no case matches (or the variable is unset).
        default: NodeId,
    },
    /// Open a case for an operator; from then on the person's messages are relayed.
    Handoff {
        /// Fluent message ids telling the person a case is open (rendered with `$case`).
        texts: Vec<String>,
        /// How urgently the case needs an operator.
        priority: Priority,
        /// A short tag from the flow file (e.g. `victim-in-danger`), shown to operators and
        /// counted in the statistics; never the person's words.
        reason: String,
    },
    /// Offer every available language as a numbered choice, each in its own words.
    Language {
        /// Fluent message ids; the last one asks the question the language list goes with.
        texts: Vec<String>,
        /// Where the flow goes on once a language is chosen.
        next: NodeId,
    },
    /// Switch to a fixed language without asking.
    SetLanguage {
        /// The language tag switched to (one the locales have).
        lang: String,
        /// Where the flow goes on at once.
        next: NodeId,
    },
    /// Show local projects from the referral directory for the region in `var`.
    Referrals {
        /// Fluent message ids said before the referrals.
        texts: Vec<String>,
        /// The variable that holds the region the person gave.
        var: String,
        /// Where the flow goes on after the referrals.
        next: NodeId,
    },
    /// Quick exit: delete what the channel can, forget the conversation.
    Wipe {
        /// Fluent message ids; the first, if any, is the one neutral line left after the wipe.
        texts: Vec<String>,
    },
    /// End the conversation; the next message starts again at the entry.
    End {
        /// Fluent message ids said before the end.
        texts: Vec<String>,
    },
}

/// One numbered option of a [`Node::Choice`].
#[derive(Debug, Clone)]
pub struct ChoiceOption {
    /// Fluent message id of the option's label.
    pub label: String,
    /// Where the flow goes when the person picks it.
    pub goto: NodeId,
    /// Variables set when the option is picked (name, value).
    pub set: Vec<(String, String)>,
}

/// The global commands, available anywhere in a conversation.
#[derive(Debug, Clone, Copy)]
pub struct Commands {
    /// `/start`: a new conversation, also with a campaign tag.
    pub start: NodeId,
    /// `/menu`: back to the main menu.
    pub menu: NodeId,
    /// `/lang`: the language choice.
    pub lang: NodeId,
    /// `/help`: what the bot can do.
    pub help: NodeId,
    /// `/operator`: ask for a person.
    pub operator: NodeId,
    /// `/exit`: the quick exit.
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
    pub(crate) danger_words: WordList,
    /// Each node's menu tag (see [`crate::flow::menu_tag`]), by node id: computed when the
    /// graph or the languages change, not at every step.
    pub(crate) menu_tags: Vec<String>,
}

impl Flows {
    /// The node with this id (ids come from this graph, so it is always there).
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }
    /// The node's `flow:node` name, the form positions are stored in.
    pub fn name(&self, id: NodeId) -> &str {
        &self.names[id.0 as usize]
    }
    /// The node a stored `flow:node` name points at; `None` when an edit removed it.
    pub fn lookup(&self, name: &str) -> Option<NodeId> {
        self.by_name.get(name).copied()
    }
    /// Where each global command leads.
    pub fn commands(&self) -> &Commands {
        &self.commands
    }
    /// Languages the language choice offers, in display order.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }
    /// Set the languages the language choice offers (the locales complete for people).
    pub(crate) fn set_languages(&mut self, languages: Vec<String>) {
        self.languages = languages;
        self.tag_menus();
    }
    /// Compute every node's menu tag again (after the graph or the languages changed).
    pub(crate) fn tag_menus(&mut self) {
        self.menu_tags = (0..self.nodes.len())
            .map(|i| super::engine::compute_menu_tag(self, NodeId(i as u32)))
            .collect();
    }
    /// The node's menu tag, computed when the content was loaded.
    pub(crate) fn menu_tag(&self, id: NodeId) -> &str {
        &self.menu_tags[id.0 as usize]
    }
    /// Every choice's option label (Fluent message ids), each once.
    pub fn option_labels(&self) -> std::collections::BTreeSet<String> {
        self.nodes
            .iter()
            .filter_map(|n| match n {
                Node::Choice { options, .. } => Some(options.iter().map(|o| o.label.clone())),
                _ => None,
            })
            .flatten()
            .collect()
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
        self.danger_words = WordList::new(words);
    }
    pub(crate) fn danger_words(&self) -> &WordList {
        &self.danger_words
    }
    /// How many nodes the graph has.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }
    /// Whether the graph has no node (never true for loaded flows).
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
    /// Every node id, in load order.
    pub(crate) fn node_ids(&self) -> impl Iterator<Item = NodeId> {
        (0..self.nodes.len() as u32).map(NodeId)
    }
}
