//! The flow engine: `step(&flows, &state, &input, now) -> (state, effects)`. It owns what the
//! bot says and does next. It must stay pure: no I/O, no clock, no randomness, no
//! rendering — callers carry out the returned [`Effect`]s.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{Flows, Node, NodeId, Priority};

/// Message ids the engine itself uses; the loader insists the reference locale has them.
pub const SYSTEM_MESSAGES: &[&str] = &[
    "sys-unknown-command",
    "sys-choose-number",
    "sys-empty",
    "sys-too-long",
    "sys-media",
    "sys-edited",
    "sys-slow-down",
    "sys-not-understood",
    "sys-waiting-operator",
    "sys-no-operator",
    // A case opened while the operators' channel is configured but down.
    "sys-operators-down",
    "sys-left-queue",
    // `/menu` while a case is open: leave it or keep waiting?
    "sys-leave-ask",
    "sys-leave-opt-stay",
    "sys-leave-opt-menu",
    "sys-still-waiting",
    "sys-referral-entry",
    "sys-referral-via-helpline",
    "sys-referral-none",
    "language-name",
    // The operator's side of a handoff (conversation/desk.rs).
    "sys-operator-joined",
    // `!takeover` of a case from an owner who left the person waiting.
    "sys-operator-changed",
    "sys-operator-left",
    "sys-case-closed",
    "sys-nobody-on-duty",
    "sys-nobody-answered",
    // A file too large to pass on to the operator (conversation/service.rs).
    "sys-media-too-large",
    // A button pressed on a menu that is no longer the current one.
    "sys-stale-menu",
    // The person's safe word and "not safe now" (conversation/safety.rs).
    "sys-safeword-ask",
    "sys-safeword-set",
    "sys-safeword-invalid",
    "sys-notsafe-ok",
    // A sentence clearly in another supported language: switch? (rendered in that one).
    "sys-switch-ask",
    "sys-switch-yes",
    "sys-switch-no",
    // The node a person waited at is gone after a reload: back to the menu.
    "sys-node-gone",
];

/// Variables every conversation has without an `ask` writing them.
pub(crate) const BUILTIN_VARIABLES: &[&str] = &["lang", "channel", "campaign"];

/// Longest message accepted (Telegram's own limit, in characters).
pub(crate) const MAX_TEXT_CHARS: usize = 4096;
/// Longest value kept in a variable; the rest is cut.
pub(crate) const MAX_VAR_CHARS: usize = 200;
/// Longest `/start` campaign tag kept (Telegram deep links allow 64).
const MAX_CAMPAIGN_CHARS: usize = 64;
/// Safety net against a loop the loader failed to catch.
const MAX_TRANSITIONS: usize = 128;

/// A conversation's position and memory. Serialised (encrypted) by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// Language texts are rendered in; set by negotiation or by the person.
    pub lang: Option<String>,
    /// The person chose the language: hints never override it again.
    #[serde(default)]
    pub lang_chosen: bool,
    /// The node waiting for the person's answer (`flow:node`); `None` before the start
    /// and after the end.
    pub at: Option<String>,
    /// What `branch` nodes read: answers to `ask` nodes (cut to a bounded length), values
    /// set by chosen options, and the `/start` campaign tag.
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// Set while a case is open: the engine relays instead of answering.
    pub handoff: Option<OpenCase>,
    /// Answers in a row the engine could not use.
    #[serde(default)]
    pub misunderstood: u8,
    /// The person typed `/menu` while a case is open and was asked whether to leave it
    /// (`sys-leave-ask`): a request for a person is never dropped by one command.
    #[serde(default)]
    pub asked_to_leave: bool,
    /// The language the person was just asked to switch to (`sys-switch-ask`): a sentence
    /// clearly written in it. Never switched without a yes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered_lang: Option<String>,
    /// Where `/lang` was typed (`flow:node`, a question): the person is brought back there
    /// once the language is chosen, instead of to the menu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume: Option<String>,
    /// Languages the person said no to: not offered again in this conversation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined_langs: Vec<String>,
}

/// A case the conversation is in, as the engine remembers it (the case book has the rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCase {
    /// How urgently it needs an operator.
    pub priority: Priority,
    /// The flow's short tag for why the case was opened; never the person's words.
    pub reason: String,
    /// When the person asked (seconds since the epoch, from the caller's clock).
    pub since: u64,
}

/// What a person sent, already translated from the platform by a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Input {
    /// Typed text, including `/commands`.
    Text(String),
    /// A pressed button: the 0-based option index of the choice on screen.
    Choice(u32),
    /// A pressed button that names its menu: the tag of the menu it was shown with
    /// ([`Effect::AskChoice`]'s `menu`) and its 0-based option index. A button from any
    /// other menu than the one waiting is old: it is never taken as an answer.
    Button {
        /// The menu's tag, as the channel read it back from the button.
        menu: String,
        /// The 0-based option index.
        index: u32,
    },
    /// A photo, voice note, file… the bot cannot read.
    Media(MediaKind),
}

/// The kind of a message that is not text. The engine answers it with a fixed text, or
/// relays it while a case is open; the kind itself carries no content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    /// A photo.
    Photo,
    /// A voice note.
    Voice,
    /// A video, video note or animation.
    Video,
    /// A file or an audio track.
    Document,
    /// A sticker.
    Sticker,
    /// A shared location.
    Location,
    /// A shared contact card.
    Contact,
    /// An edit of an earlier message: only new messages are read.
    Edited,
    /// Any other message a person writes that is not text (a poll, a dice…).
    Other,
}

/// A message to render: a Fluent id, its arguments, and optionally a fixed language (the
/// language choice shows each language in its own words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// The Fluent message id.
    pub id: String,
    /// Fluent arguments, name and value (e.g. `case` for a case number).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
    /// A language to render in regardless of the person's (each language names itself in the
    /// language choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Text {
    /// A message without arguments, rendered in the conversation's language.
    pub fn new(id: &str) -> Text {
        Text {
            id: id.to_owned(),
            args: Vec::new(),
            lang: None,
        }
    }
    fn arg(mut self, name: &str, value: impl ToString) -> Text {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }
}

/// What the engine asks the outside world to do, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    /// Say one message.
    Say(Text),
    /// A question with numbered options (buttons where the channel has them).
    AskChoice {
        /// The question.
        text: Text,
        /// One label per option, numbered from 1 in the order given.
        options: Vec<Text>,
        /// A short tag naming this menu (its node and options, [`menu_tag`]): a channel
        /// with buttons puts it in each button, and gives it back with a press.
        menu: String,
    },
    /// Open a case for an operator; `texts` tell the person (rendered with `$case`).
    Handoff {
        /// How urgently the case needs an operator.
        priority: Priority,
        /// The flow's short tag for why (counted in the statistics, shown to operators).
        reason: String,
        /// What the person is told once the case is open.
        texts: Vec<Text>,
    },
    /// While a case is open: pass the person's message to the operator.
    Relay(Input),
    /// The person left the operator queue.
    LeaveQueue,
    /// Show local projects for a region (`None`: the person gave none).
    Referrals {
        /// The region the person gave, as typed (matched against the directory's places).
        region: Option<String>,
    },
    /// An anonymous event for the statistics.
    Record(Event),
    /// Quick exit: delete what the channel can, forget the conversation, then optionally
    /// leave one neutral line.
    Wipe {
        /// The one neutral line to leave in the chat afterwards, if any.
        text: Option<Text>,
    },
    /// The conversation ended; the next message starts again.
    End,
    /// The conversation may need a person although nobody asked (a danger word, or not
    /// understood twice): operators are told and may take it over. The bot goes on.
    Flag {
        /// Why, as a short tag (e.g. `danger-word`); never the words that triggered it.
        reason: String,
        /// How urgently operators should look.
        priority: Priority,
    },
}

/// Anonymous events for monitoring; never content, never identities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// A conversation started: `/start`, or the first message of a new or ended one.
    Started {
        /// The `/start` campaign tag (deep link), if any, cut to 64 characters.
        campaign: Option<String>,
    },
    /// A global command was typed (not counted: too fine-grained).
    Command {
        /// The command's name (`menu`, `exit`, `unknown`…).
        name: String,
    },
    /// A case was opened for an operator.
    Handoff {
        /// How urgently.
        priority: Priority,
        /// The flow's short tag for why.
        reason: String,
    },
    /// The person left an open case with `/start` or `/menu` (queued or already taken).
    LeftQueue,
    /// The person used the quick exit.
    QuickExit,
    /// Two answers in a row the engine could not use: operators may want to take over.
    NotUnderstoodTwice,
    /// The person chose a language (counted per language).
    LanguageChosen {
        /// The chosen language tag.
        lang: String,
    },
}

/// What the engine may know of the world outside the conversation, as the caller gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    /// The caller's clock, in seconds since the epoch.
    pub now: u64,
    /// Whether a channel carries cases to operators. When none does, a handoff node gives
    /// the honest answer (`sys-no-operator`: nobody can answer here, with the numbers) and
    /// the menu, and opens no case.
    pub operators_reachable: bool,
    /// That channel is configured but not connected now (its server is down). A handoff
    /// still opens the case, which waits for the channel; the person is told honestly
    /// that nobody can read the chat yet (`sys-operators-down`, with the numbers) instead
    /// of the handoff's own texts, never that a person is coming.
    pub operators_down: bool,
}

/// Advance a conversation by one input, with operators reachable. Pure: same arguments,
/// same result.
pub fn step(flows: &Flows, state: &State, input: &Input, now: u64) -> (State, Vec<Effect>) {
    let situation = Situation {
        now,
        operators_reachable: true,
        operators_down: false,
    };
    step_in(flows, state, input, &situation)
}

/// Advance a conversation by one input in the given situation. Pure.
pub fn step_in(flows: &Flows, state: &State, input: &Input, situation: &Situation) -> (State, Vec<Effect>) {
    let mut run = Run {
        flows,
        st: state.clone(),
        fx: Vec::new(),
        now: situation.now,
        operators_reachable: situation.operators_reachable,
        operators_down: situation.operators_down,
    };
    run.input(input);
    (run.st, run.fx)
}

/// The tag of the built-in question "keep waiting or go to the menu?" (`/menu` while a
/// case is open). Not hex, so no node's tag can equal it.
const LEAVE_MENU: &str = "leave";

/// The tag of the built-in question "switch to the language you wrote in?". Not hex either.
const SWITCH_MENU: &str = "switch";

/// The tag of the menu node `id` shows: 8 hex digits of a stable hash (FNV-1a, the same in
/// every build) of the node's name and its options (labels, targets and values set; for a
/// language choice, the languages). A menu changed by a flow edit gets a new tag, so a
/// button sent before the edit is old too. Fits Telegram's 64 bytes of button data.
/// Computed once per node when the content is loaded ([`Flows::tag_menus`]).
pub fn menu_tag(flows: &Flows, id: NodeId) -> String {
    flows.menu_tag(id).to_owned()
}

/// [`menu_tag`], computed from the graph.
pub(crate) fn compute_menu_tag(flows: &Flows, id: NodeId) -> String {
    let mut hash = Fnv::default();
    hash.field(flows.name(id));
    match flows.node(id) {
        Node::Choice { options, .. } => {
            for option in options {
                hash.field(&option.label);
                hash.field(flows.name(option.goto));
                for (k, v) in &option.set {
                    hash.field(k);
                    hash.field(v);
                }
            }
        }
        Node::Language { .. } => flows.languages().iter().for_each(|l| hash.field(l)),
        _ => {}
    }
    format!("{:08x}", hash.finish())
}

/// 64-bit FNV-1a, folded to 32 bits: short, stable and dependency-free (not a defence
/// against forgery: a forged tag can only name the current menu, as a typed number can).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Hash `s` and a separator, so `("ab", "c")` and `("a", "bc")` differ.
    fn field(&mut self, s: &str) {
        for byte in s.bytes().chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

struct Run<'f> {
    flows: &'f Flows,
    st: State,
    fx: Vec<Effect>,
    now: u64,
    operators_reachable: bool,
    operators_down: bool,
}

enum Command<'a> {
    Start(Option<&'a str>),
    Menu,
    Lang,
    Help,
    Operator,
    Exit,
    Unknown,
}

impl Run<'_> {
    fn input(&mut self, input: &Input) {
        if self.st.handoff.is_none() {
            // The operators' side may have ended the case since the question was asked.
            self.st.asked_to_leave = false;
        }
        if self.answered_switch(input) {
            return;
        }
        match input {
            Input::Text(raw) => {
                let text = clean(raw);
                if text.chars().count() > MAX_TEXT_CHARS {
                    self.say(Text::new("sys-too-long").arg("max", MAX_TEXT_CHARS));
                    return self.reprompt_or_start();
                }
                if let Some(cmd) = parse_command(&text) {
                    return self.command(cmd);
                }
                if is_exit_word(self.flows, &text) {
                    return self.command(Command::Exit);
                }
                let lower = text.to_lowercase();
                if self.st.handoff.is_none() && self.flows.danger_words().found_in(&lower) {
                    self.fx.push(Effect::Flag {
                        reason: "danger-word".into(),
                        priority: Priority::Urgent,
                    });
                }
                if self.st.handoff.is_some() {
                    if self.st.asked_to_leave {
                        if let Some(n) = parse_number(&text).filter(|n| (1..=2).contains(n)) {
                            return self.answer_leave(n - 1);
                        }
                        // Anything else is for the operator: the question lapses.
                        self.st.asked_to_leave = false;
                    }
                    if text.is_empty() {
                        return self.say(Text::new("sys-empty"));
                    }
                    return self.fx.push(Effect::Relay(Input::Text(text)));
                }
                self.answer_text(&text)
            }
            Input::Choice(i) => {
                if self.st.handoff.is_some() {
                    if self.st.asked_to_leave && *i < 2 {
                        return self.answer_leave(*i as usize);
                    }
                    return self.say_waiting("sys-waiting-operator");
                }
                self.answer_choice(*i as usize)
            }
            Input::Button { menu, index } => {
                if self.st.handoff.is_some() {
                    if self.st.asked_to_leave && menu == LEAVE_MENU && *index < 2 {
                        return self.answer_leave(*index as usize);
                    }
                    return self.say_waiting("sys-waiting-operator");
                }
                if self.waiting().map(|at| menu_tag(self.flows, at)).as_ref() == Some(menu) {
                    return self.answer_choice(*index as usize);
                }
                // An old menu's button: never an action on whatever is current.
                self.say(Text::new("sys-stale-menu"));
                self.reprompt_or_start()
            }
            Input::Media(kind) => {
                if self.st.handoff.is_some() {
                    return self.fx.push(Effect::Relay(Input::Media(*kind)));
                }
                self.say(Text::new(if *kind == MediaKind::Edited {
                    "sys-edited"
                } else {
                    "sys-media"
                }));
                self.reprompt_or_start()
            }
        }
    }

    fn command(&mut self, cmd: Command<'_>) {
        let c = *self.flows.commands();
        let name = match cmd {
            Command::Start(_) => "start",
            Command::Menu => "menu",
            Command::Lang => "lang",
            Command::Help => "help",
            Command::Operator => "operator",
            Command::Exit => "exit",
            Command::Unknown => "unknown",
        };
        self.record(Event::Command { name: name.to_owned() });
        // `/lang` remembers the question it interrupted; any other command forgets it.
        self.st.resume = match cmd {
            Command::Lang => self
                .waiting()
                .filter(|at| !matches!(self.flows.node(*at), Node::Language { .. }))
                .map(|at| self.flows.name(at).to_owned()),
            _ => None,
        };
        if self.st.handoff.is_some() {
            match cmd {
                Command::Exit => {}
                // Asked first: one tap on /menu must not cancel a request for a person.
                // A second /menu while asked is the answer.
                Command::Menu if !self.st.asked_to_leave => return self.ask_to_leave(),
                Command::Start(_) | Command::Menu => self.leave_queue(),
                _ => return self.say_waiting("sys-waiting-operator"),
            }
        }
        match cmd {
            Command::Start(payload) => {
                let campaign = payload.and_then(campaign_tag);
                if let Some(tag) = &campaign {
                    self.st.vars.insert("campaign".into(), tag.clone());
                }
                self.record(Event::Started { campaign });
                self.enter(c.start)
            }
            Command::Menu => self.enter(c.menu),
            Command::Lang => self.enter(c.lang),
            Command::Help => self.enter(c.help),
            Command::Operator => self.enter(c.operator),
            Command::Exit => self.enter(c.exit),
            Command::Unknown => {
                self.say(Text::new("sys-unknown-command"));
                self.reprompt_or_start()
            }
        }
    }

    /// `/menu` while a case is open: keep waiting (1) or leave for the menu (2)?
    fn ask_to_leave(&mut self) {
        self.st.asked_to_leave = true;
        self.fx.push(Effect::AskChoice {
            text: Text::new("sys-leave-ask"),
            options: vec![Text::new("sys-leave-opt-stay"), Text::new("sys-leave-opt-menu")],
            menu: LEAVE_MENU.into(),
        });
    }

    /// The answer to [`Run::ask_to_leave`]: 0 keeps the case, 1 leaves it for the menu.
    fn answer_leave(&mut self, index: usize) {
        self.st.asked_to_leave = false;
        if index == 0 {
            return self.say_waiting("sys-still-waiting");
        }
        self.leave_queue();
        let menu = self.flows.commands().menu;
        self.enter(menu)
    }

    /// A sentence clearly in another supported language, where the bot waits for a choice
    /// (not for typed words: those are kept as written): ask, in that language, whether to
    /// switch. True if asked. Never during a case (the caller relays first).
    fn offer_switch(&mut self, text: &str) -> bool {
        let Some(at) = self.waiting() else { return false };
        let waits_for_choice = matches!(
            self.flows.node(at),
            Node::Choice { typed: None, .. } | Node::Language { .. }
        );
        if !waits_for_choice || parse_number(text).is_some() {
            return false;
        }
        let Some(lang) = crate::l10n::detect::detect(text, self.flows.languages()) else {
            return false;
        };
        if self.st.lang.as_ref() == Some(&lang) || self.st.declined_langs.contains(&lang) {
            return false;
        }
        let in_lang = |id: &str| Text {
            id: id.to_owned(),
            args: Vec::new(),
            lang: Some(lang.clone()),
        };
        let options = vec![in_lang("sys-switch-yes"), in_lang("sys-switch-no")];
        let text = in_lang("sys-switch-ask");
        self.st.offered_lang = Some(lang);
        let menu = SWITCH_MENU.into();
        self.fx.push(Effect::AskChoice { text, options, menu });
        true
    }

    /// While the switch question is open (never during a case): its answer (a button of it,
    /// or 1 or 2 typed) is carried out, and true returned; anything else lets it lapse and
    /// goes on as usual (a command, an answer to the flow).
    fn answered_switch(&mut self, input: &Input) -> bool {
        if self.st.offered_lang.is_none() || self.st.handoff.is_some() {
            return false;
        }
        let index = match input {
            Input::Text(t) => parse_number(&clean(t)).filter(|n| (1..=2).contains(n)).map(|n| n - 1),
            Input::Choice(i) => Some(*i as usize).filter(|i| *i < 2),
            Input::Button { menu, index } if menu == SWITCH_MENU => Some(*index as usize).filter(|i| *i < 2),
            _ => None,
        };
        match index {
            Some(i) => self.answer_switch(i),
            None => self.st.offered_lang = None,
        }
        index.is_some()
    }

    /// The answer to [`Run::offer_switch`]: 0 switches (a language menu waiting is then
    /// answered), 1 keeps the language and never offers that one again; then the question
    /// the person was at, in the language now in use.
    fn answer_switch(&mut self, index: usize) {
        let Some(lang) = self.st.offered_lang.take() else {
            return self.reprompt_or_start();
        };
        if index == 1 {
            self.st.declined_langs.push(lang);
            return self.reprompt_or_start();
        }
        self.st.misunderstood = 0;
        self.set_language(lang, true);
        if let Some(Node::Language { next, .. }) = self.waiting().map(|at| self.flows.node(at)) {
            let next = *next;
            return self.enter(next);
        }
        self.reprompt_or_start()
    }

    /// Withdraw the open case (the person chose to go): operators are told by the caller.
    fn leave_queue(&mut self) {
        self.st.handoff = None;
        self.st.asked_to_leave = false;
        self.fx.push(Effect::LeaveQueue);
        self.record(Event::LeftQueue);
        self.say(Text::new("sys-left-queue"));
    }

    /// The node the person waited at no longer exists (the flows were reloaded without
    /// it): they are told so and brought to the menu, never dropped at the start. True if
    /// so.
    fn node_gone(&mut self) -> bool {
        if self.st.at.is_none() || self.waiting().is_some() {
            return false;
        }
        self.st.at = None;
        self.st.misunderstood = 0;
        self.say(Text::new("sys-node-gone"));
        let menu = self.flows.commands().menu;
        self.enter(menu);
        true
    }

    fn waiting(&self) -> Option<NodeId> {
        self.st.at.as_deref().and_then(|n| self.flows.lookup(n))
    }

    /// Free text answering an `ask` (or a `choice` that takes it): kept in `var`, cut to
    /// the length limit, and the flow goes on at `next`.
    fn keep_typed(&mut self, var: String, next: NodeId, text: &str) {
        let value: String = text.chars().take(MAX_VAR_CHARS).collect();
        self.st.vars.insert(var, value);
        self.st.misunderstood = 0;
        self.enter(next)
    }

    fn answer_text(&mut self, text: &str) {
        if self.node_gone() || self.offer_switch(text) {
            return;
        }
        let Some(at) = self.waiting() else {
            // A new (or ended) conversation: whatever was written, begin at the start.
            self.record(Event::Started { campaign: None });
            let entry = self.flows.entry;
            return self.enter(entry);
        };
        match self.flows.node(at) {
            Node::Choice { options, typed, .. } => match (parse_number(text), typed) {
                (Some(n), _) if (1..=options.len()).contains(&n) => self.answer_choice(n - 1),
                (Some(_), _) => {
                    let max = options.len();
                    self.say(Text::new("sys-choose-number").arg("max", max));
                    self.reprompt(at)
                }
                (None, Some((var, next))) if !text.trim().is_empty() => self.keep_typed(var.clone(), *next, text),
                (None, _) => self.not_understood(at),
            },
            Node::Language { .. } => match parse_number(text) {
                Some(n) if (1..=self.flows.languages().len()).contains(&n) => self.answer_choice(n - 1),
                Some(_) => {
                    let max = self.flows.languages().len();
                    self.say(Text::new("sys-choose-number").arg("max", max));
                    self.reprompt(at)
                }
                None => self.not_understood(at),
            },
            Node::Ask { var, next, .. } => {
                if text.is_empty() {
                    self.say(Text::new("sys-empty"));
                    return self.reprompt(at);
                }
                self.keep_typed(var.clone(), *next, text)
            }
            // Only nodes that wait are ever stored in `at`; anything else means the flows
            // changed under a saved conversation. Start again rather than guess.
            _ => {
                let entry = self.flows.entry;
                self.enter(entry)
            }
        }
    }

    fn answer_choice(&mut self, index: usize) {
        if self.node_gone() {
            return;
        }
        let Some(at) = self.waiting() else {
            let entry = self.flows.entry;
            return self.enter(entry);
        };
        match self.flows.node(at) {
            Node::Choice { options, .. } => match options.get(index) {
                Some(opt) => {
                    for (k, v) in &opt.set {
                        self.st.vars.insert(k.clone(), v.clone());
                    }
                    self.st.misunderstood = 0;
                    let goto = opt.goto;
                    self.enter(goto)
                }
                None => {
                    let max = options.len();
                    self.say(Text::new("sys-choose-number").arg("max", max));
                    self.reprompt(at)
                }
            },
            Node::Language { next, .. } => match self.flows.languages().get(index) {
                Some(lang) => {
                    let (lang, next) = (lang.clone(), *next);
                    self.st.misunderstood = 0;
                    self.set_language(lang, true);
                    // After `/lang` in the middle of a flow: back to that question.
                    let back = self.st.resume.take().and_then(|n| self.flows.lookup(&n));
                    self.enter(back.unwrap_or(next))
                }
                None => {
                    let max = self.flows.languages().len();
                    self.say(Text::new("sys-choose-number").arg("max", max));
                    self.reprompt(at)
                }
            },
            // A button from an old message while the bot waits for something else.
            _ => self.reprompt(at),
        }
    }

    fn not_understood(&mut self, at: NodeId) {
        self.st.misunderstood = self.st.misunderstood.saturating_add(1);
        if self.st.misunderstood >= 2 {
            self.st.misunderstood = 0;
            self.record(Event::NotUnderstoodTwice);
            self.fx.push(Effect::Flag {
                reason: "not-understood-twice".into(),
                priority: Priority::Normal,
            });
            self.say(Text::new("sys-not-understood"));
        } else if let Node::Choice { options, .. } = self.flows.node(at) {
            let max = options.len();
            self.say(Text::new("sys-choose-number").arg("max", max));
        } else {
            let max = self.flows.languages().len();
            self.say(Text::new("sys-choose-number").arg("max", max));
        }
        self.reprompt(at)
    }

    fn reprompt_or_start(&mut self) {
        if self.node_gone() {
            return;
        }
        match self.waiting() {
            Some(at) => self.reprompt(at),
            None if self.st.handoff.is_some() => {}
            None => {
                let entry = self.flows.entry;
                self.enter(entry)
            }
        }
    }

    /// Show the waiting node's question again (its last text, with its options).
    fn reprompt(&mut self, at: NodeId) {
        match self.flows.node(at) {
            Node::Choice { texts, options, .. } => {
                let text = Text::new(texts.last().map_or("sys-not-understood", String::as_str));
                let options = options.iter().map(|o| Text::new(&o.label)).collect();
                let menu = menu_tag(self.flows, at);
                self.fx.push(Effect::AskChoice { text, options, menu });
            }
            Node::Language { texts, .. } => {
                let text = Text::new(texts.last().map_or("sys-not-understood", String::as_str));
                self.ask_language(text, at)
            }
            Node::Ask { texts, .. } => {
                if let Some(last) = texts.last() {
                    self.say(Text::new(last));
                }
            }
            _ => {}
        }
    }

    fn enter(&mut self, mut id: NodeId) {
        let flows = self.flows;
        for _ in 0..MAX_TRANSITIONS {
            match flows.node(id) {
                Node::Say { texts, next } => {
                    self.say_all(texts);
                    id = *next;
                }
                Node::Choice { texts, options, .. } => {
                    let (last, before) = split_last(texts);
                    self.say_all(before);
                    let options = options.iter().map(|o| Text::new(&o.label)).collect();
                    self.fx.push(Effect::AskChoice {
                        text: Text::new(last),
                        options,
                        menu: menu_tag(flows, id),
                    });
                    return self.wait_at(id);
                }
                Node::Ask { texts, .. } => {
                    self.say_all(texts);
                    return self.wait_at(id);
                }
                Node::Language { texts, .. } => {
                    let (last, before) = split_last(texts);
                    self.say_all(before);
                    self.ask_language(Text::new(last), id);
                    return self.wait_at(id);
                }
                Node::Branch { var, cases, default } => {
                    let value = self.st.vars.get(var);
                    id = cases
                        .iter()
                        .find(|(v, _)| Some(v) == value)
                        .map_or(*default, |(_, n)| *n);
                }
                Node::SetLanguage { lang, next } => {
                    self.set_language(lang.clone(), true);
                    id = *next;
                }
                Node::Referrals { texts, var, next } => {
                    self.say_all(texts);
                    let region = self.st.vars.get(var).cloned();
                    self.fx.push(Effect::Referrals { region });
                    id = *next;
                }
                Node::Handoff {
                    texts,
                    priority,
                    reason,
                } => match self.hand_off(texts, *priority, reason) {
                    Some(next) => id = next,
                    None => return,
                },
                Node::Wipe { texts } => {
                    self.record(Event::QuickExit);
                    // The neutral line is rendered after the state is gone: it keeps the
                    // language the conversation had, not the default one.
                    let lang = self.st.lang.take();
                    self.st = State::default();
                    let text = texts.first().map(|t| Text { lang, ..Text::new(t) });
                    self.fx.push(Effect::Wipe { text });
                    return;
                }
                Node::End { texts } => {
                    self.say_all(texts);
                    self.st.at = None;
                    self.st.misunderstood = 0;
                    self.fx.push(Effect::End);
                    return;
                }
            }
        }
        // Unreachable with validated flows; never spin or panic on a running helpline.
        self.st.at = None;
        self.say(Text::new("sys-not-understood"));
    }

    /// A handoff node: the case is asked for and the engine waits, relaying. With no
    /// operator reachable, the honest answer instead and the menu next (returned); with
    /// the operators' channel down, the case still opens, told honestly.
    fn hand_off(&mut self, texts: &[String], priority: Priority, reason: &str) -> Option<NodeId> {
        // Counted as asked for either way.
        self.record(Event::Handoff {
            priority,
            reason: reason.to_owned(),
        });
        if !self.operators_reachable {
            // Never a promise nobody can keep: the numbers, then the menu.
            self.say(Text::new("sys-no-operator"));
            return Some(self.flows.commands().menu);
        }
        self.st.at = None;
        self.st.asked_to_leave = false;
        self.st.handoff = Some(OpenCase {
            priority,
            reason: reason.to_owned(),
            since: self.now,
        });
        let texts = match self.operators_down {
            true => vec![Text::new("sys-operators-down")],
            false => texts.iter().map(|t| Text::new(t)).collect(),
        };
        self.fx.push(Effect::Handoff {
            priority,
            reason: reason.to_owned(),
            texts,
        });
        None
    }

    fn wait_at(&mut self, id: NodeId) {
        self.st.at = Some(self.flows.name(id).to_owned());
    }

    fn ask_language(&mut self, text: Text, at: NodeId) {
        let options = self
            .flows
            .languages()
            .iter()
            .map(|l| Text {
                id: "language-name".into(),
                args: Vec::new(),
                lang: Some(l.clone()),
            })
            .collect();
        let menu = menu_tag(self.flows, at);
        self.fx.push(Effect::AskChoice { text, options, menu });
    }

    fn set_language(&mut self, lang: String, chosen: bool) {
        self.st.lang = Some(lang.clone());
        self.st.lang_chosen |= chosen;
        self.st.vars.insert("lang".into(), lang.clone());
        self.record(Event::LanguageChosen { lang });
    }

    fn say(&mut self, text: Text) {
        self.fx.push(Effect::Say(text));
    }

    /// A text for a person waiting for their case (`id` promises that a person answers):
    /// while the operators' channel is down nobody can, so the honest text instead.
    fn say_waiting(&mut self, id: &str) {
        let id = if self.operators_down { "sys-operators-down" } else { id };
        self.say(Text::new(id));
    }

    fn say_all(&mut self, ids: &[String]) {
        for id in ids {
            self.say(Text::new(id));
        }
    }

    fn record(&mut self, event: Event) {
        self.fx.push(Effect::Record(event));
    }
}

fn split_last(texts: &[String]) -> (&str, &[String]) {
    match texts.split_last() {
        Some((last, before)) => (last, before),
        None => ("sys-not-understood", &[]),
    }
}

/// Drop control characters (keeping line breaks and tabs) and surrounding blanks.
fn clean(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_owned()
}

impl Flows {
    /// Whether `input` is the quick exit (`/exit`, `/stop`, or an exit word of any
    /// locale alone), which runs in every state. Channels ask this before anything that
    /// could hold a message back (a flood limit): nothing may delay the quick exit.
    pub fn is_quick_exit(&self, input: &Input) -> bool {
        let Input::Text(raw) = input else {
            return false;
        };
        let text = clean(raw);
        if text.chars().count() > MAX_TEXT_CHARS {
            return false;
        }
        match parse_command(&text) {
            Some(cmd) => matches!(cmd, Command::Exit),
            None => is_exit_word(self, &text),
        }
    }
}

/// A localized exit word, alone, is the quick exit too (someone in a hurry may not
/// remember the slash).
fn is_exit_word(flows: &Flows, text: &str) -> bool {
    flows.exit_words().contains(&text.to_lowercase())
}

fn parse_command(text: &str) -> Option<Command<'_>> {
    let rest = text.strip_prefix('/')?;
    let (word, arg) = match rest.split_once(char::is_whitespace) {
        Some((w, a)) => (w, Some(a.trim()).filter(|a| !a.is_empty())),
        None => (rest, None),
    };
    // Telegram appends the bot's name in groups: `/menu@varco_bot`.
    let word = word.split('@').next().unwrap_or(word);
    Some(match word.to_lowercase().as_str() {
        "start" => Command::Start(arg),
        "menu" => Command::Menu,
        "lang" | "language" => Command::Lang,
        "help" => Command::Help,
        "operator" => Command::Operator,
        "exit" | "stop" => Command::Exit,
        _ => Command::Unknown,
    })
}

/// A number as people type it in a chat: `2`, ` 2 `, `2.`, `2)`, in any script's digits
/// (`٢`, `۲`, `২`, `２`).
fn parse_number(text: &str) -> Option<usize> {
    let ascii = crate::l10n::digits::to_ascii_digits(text);
    let t = ascii.trim().trim_end_matches(['.', ')', '۔', '।', '。']);
    if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// A deep-link campaign tag as Telegram allows it (`A-Za-z0-9_-`, ≤ 64), else nothing.
fn campaign_tag(payload: &str) -> Option<String> {
    let ok = !payload.is_empty()
        && payload.len() <= MAX_CAMPAIGN_CHARS
        && payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| payload.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_typed() {
        assert_eq!(parse_number(" 2 "), Some(2));
        assert_eq!(parse_number("3."), Some(3));
        assert_eq!(parse_number("1)"), Some(1));
        assert_eq!(parse_number("two"), None);
        assert_eq!(parse_number("99999999999999999999"), None);
    }

    #[test]
    fn numbers_in_any_scripts_digits() {
        for three in ["٣", "۳", "৩", "३", "੩", "３", " ٣. ", "۳۔", "३।", "３。"] {
            assert_eq!(parse_number(three), Some(3), "{three:?}");
        }
        assert_eq!(parse_number("١٢"), Some(12));
        assert_eq!(parse_number("三"), None, "a numeral word is not a digit");
    }

    #[test]
    fn commands_parse_with_bot_suffix_and_payload() {
        assert!(matches!(
            parse_command("/start poster-milano"),
            Some(Command::Start(Some("poster-milano")))
        ));
        assert!(matches!(parse_command("/menu@varco_bot"), Some(Command::Menu)));
        assert!(matches!(parse_command("/nope"), Some(Command::Unknown)));
        assert!(parse_command("hello").is_none());
    }

    #[test]
    fn campaign_tags_are_restricted() {
        assert_eq!(campaign_tag("qr_torino-2026").as_deref(), Some("qr_torino-2026"));
        assert_eq!(campaign_tag("<script>"), None);
        assert_eq!(campaign_tag(&"a".repeat(65)), None);
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(clean("\u{0}\u{7}ciao\u{1b}[0m\n"), "ciao[0m");
    }
}
