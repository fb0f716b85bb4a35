//! Loads and validates flow files into a [`Flows`] graph. It owns every check a volunteer's
//! edit must pass (syntax, references, reachability, message ids, variables, loops) and
//! reports each as a [`Diagnostic`] with file, line and node. It must not read the disk
//! itself (callers pass [`Source`]s) nor know how texts are rendered.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use toml::Spanned;

use super::definition::{FlowFile, NodeDef, NodeKind, OptionDef, FLOW_FORMAT_VERSION};
use super::diagnostic::{Diagnostic, LineCol};
use super::engine::{BUILTIN_VARIABLES, SYSTEM_MESSAGES};
use super::model::{ChoiceOption, Commands, Flows, Node, NodeId};

/// A flow file's name (as shown in diagnostics) and contents.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file's name as diagnostics show it (e.g. `flows/main.toml`).
    pub name: String,
    /// The file's TOML text.
    pub text: String,
}

/// What the loader needs to know about the locales.
pub struct Catalog<'a> {
    /// Whether the reference locale has this message id.
    pub has_message: &'a dyn Fn(&str) -> bool,
    /// Languages available for the language choice and `set_language`.
    pub languages: &'a [String],
}

/// A successful load: the graph, and warnings that do not stop it.
#[derive(Debug)]
pub struct Loaded {
    /// The compiled graph, ready for the engine.
    pub flows: Flows,
    /// Problems that do not stop the load, for the volunteer to fix.
    pub warnings: Vec<Diagnostic>,
}

const COMMAND_NAMES: [&str; 6] = ["start", "menu", "lang", "help", "operator", "exit"];
const MAIN_FLOW: &str = "main";

struct ParsedFile<'s> {
    source: &'s Source,
    flow: String,
    file: FlowFile,
}

/// Where a node came from, for diagnostics.
struct Origin<'s> {
    source: &'s Source,
    offset: usize,
}

/// Stands in for a reference that does not resolve. Its error stops the load, so the
/// compiled graph never follows it.
const PLACEHOLDER: NodeId = NodeId(0);

/// Pass 1's result: every node's id, full name (`flow:node`) and origin, and each flow's
/// `start`.
struct Index<'s> {
    by_name: HashMap<String, NodeId>,
    names: Vec<String>,
    origins: Vec<Origin<'s>>,
    flow_start: HashMap<String, Spanned<String>>,
}

/// What the nodes use, for the checks that can only run once every file is compiled.
#[derive(Default)]
struct Uses {
    /// Variables something writes: the built-in ones, `ask` nodes and options' `set`.
    var_writes: BTreeSet<String>,
    /// Variables read: (node's full name, node index, its `var`).
    var_reads: Vec<(String, usize, Spanned<String>)>,
    /// Message ids used: (node index, id, offset).
    messages: Vec<(usize, String, usize)>,
}

/// Pass 2's result: the nodes in id order, where a new conversation begins (what main's
/// `start` resolves to, wherever it points) and what the nodes use.
struct Compiled {
    nodes: Vec<Node>,
    entry: Option<NodeId>,
    uses: Uses,
}

/// Compile `sources` into one graph, or return every error found (and warnings).
pub fn load(sources: &[Source], catalog: &Catalog<'_>) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let (parsed, broken) = parse_files(sources, &mut diags);
    check_main_exists(sources, &parsed, &broken, &mut diags);
    let index = index_nodes(&parsed, &mut diags);
    let Compiled { nodes, entry, uses } = compile_files(&parsed, &index, &broken, catalog, &mut diags);
    // The only writer of a variable may be in a file that does not parse: say nothing then.
    if broken.is_empty() {
        check_variables(&uses, &index.origins, &mut diags);
    }
    check_messages(&uses, &index, catalog, &mut diags);
    check_system_messages(&parsed, catalog, &mut diags);
    let commands = parsed
        .iter()
        .find(|p| p.flow == MAIN_FLOW)
        .and_then(|p| commands(p, &index.by_name, &index.flow_start, &broken, &mut diags));
    check_commands_only_in_main(&parsed, &mut diags);

    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    let (Some(commands), Some(entry)) = (commands, entry) else {
        return Err(diags);
    };
    let Index {
        by_name,
        names,
        origins,
        ..
    } = index;
    let mut flows = Flows {
        nodes,
        names,
        by_name,
        commands,
        entry,
        languages: catalog.languages.to_vec(),
        exit_words: Vec::new(),
        danger_words: Default::default(),
        menu_tags: Vec::new(),
    };
    flows.tag_menus();
    check_graph(&flows, &origins, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    Ok(Loaded { flows, warnings: diags })
}

/// Parse every source whose file name gives a valid flow name not taken by an earlier file.
/// Also returns the flows whose file does not parse (or has an unsupported version): the
/// file's own error says so, and references into them from other files are not reported as
/// missing.
fn parse_files<'s>(sources: &'s [Source], diags: &mut Vec<Diagnostic>) -> (Vec<ParsedFile<'s>>, HashSet<String>) {
    let mut parsed: Vec<ParsedFile<'_>> = Vec::new();
    let mut seen_flows: HashMap<String, &str> = HashMap::new();
    let mut broken: HashSet<String> = HashSet::new();
    for source in sources {
        let flow = flow_name(&source.name);
        if !valid_ident(&flow) {
            diags.push(Diagnostic::error(
                &source.name,
                LineCol::WHOLE_FILE,
                None,
                format!("flow name `{flow}` (from the file name) may only use a-z, 0-9, `-` and `_`"),
            ));
            continue;
        }
        if let Some(other) = seen_flows.insert(flow.clone(), &source.name) {
            diags.push(Diagnostic::error(
                &source.name,
                LineCol::WHOLE_FILE,
                None,
                format!("flow `{flow}` is also defined by {other}"),
            ));
            continue;
        }
        match parse_file(source, &flow) {
            Ok(file) => parsed.push(ParsedFile { source, flow, file }),
            Err(diag) => {
                diags.push(diag);
                broken.insert(flow);
            }
        }
    }
    (parsed, broken)
}

/// One flow file's TOML in a format version this build reads; the error otherwise, at
/// the place (and node) where the file goes wrong.
fn parse_file(source: &Source, flow: &str) -> Result<FlowFile, Diagnostic> {
    match toml::from_str::<FlowFile>(&source.text) {
        Ok(file) if *file.version.get_ref() != FLOW_FORMAT_VERSION => Err(Diagnostic::error(
            &source.name,
            pos(source, file.version.span().start),
            None,
            format!(
                "flow format version {} is not supported (this build reads version {FLOW_FORMAT_VERSION})",
                file.version.get_ref()
            ),
        )),
        Ok(file) => Ok(file),
        Err(err) => {
            let (at, node) = match err.span() {
                Some(s) => (
                    pos(source, s.start),
                    node_at(&source.text, s.start).map(|n| format!("{flow}:{n}")),
                ),
                None => (LineCol::WHOLE_FILE, None),
            };
            Err(Diagnostic::error(&source.name, at, node, toml_message(&err)))
        }
    }
}

/// An error when there is no `main` flow, unless an earlier error explains it: a main.toml
/// that does not parse has said so already; no cascade of "no main".
fn check_main_exists(
    sources: &[Source],
    parsed: &[ParsedFile<'_>],
    broken: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    if !parsed.iter().any(|p| p.flow == MAIN_FLOW) && !broken.contains(MAIN_FLOW) && diags.is_empty() {
        let file = sources.first().map_or("flows", |s| s.name.as_str());
        diags.push(Diagnostic::error(
            file,
            LineCol::WHOLE_FILE,
            None,
            "no `main` flow: a file named main.toml must declare the start and the commands",
        ));
    }
}

/// Pass 1: give every node an id, in file then node order, and check node names.
fn index_nodes<'s>(parsed: &[ParsedFile<'s>], diags: &mut Vec<Diagnostic>) -> Index<'s> {
    let mut index = Index {
        by_name: HashMap::new(),
        names: Vec::new(),
        origins: Vec::new(),
        flow_start: HashMap::new(),
    };
    for p in parsed {
        index.flow_start.insert(p.flow.clone(), p.file.start.clone());
        for key in p.file.nodes.keys() {
            let node = key.get_ref();
            if !valid_ident(node) {
                diags.push(Diagnostic::error(
                    &p.source.name,
                    pos(p.source, key.span().start),
                    Some(format!("{}:{node}", p.flow)),
                    "node names may only use a-z, 0-9, `-` and `_`",
                ));
            }
            let full = format!("{}:{node}", p.flow);
            index.by_name.insert(full.clone(), NodeId(index.names.len() as u32));
            index.names.push(full);
            index.origins.push(Origin {
                source: p.source,
                offset: key.span().start,
            });
        }
    }
    index
}

/// Pass 2: compile every node, resolving references, and note what each one uses.
fn compile_files<'s>(
    parsed: &[ParsedFile<'s>],
    index: &Index<'s>,
    broken: &HashSet<String>,
    catalog: &Catalog<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Compiled {
    let mut nodes: Vec<Node> = Vec::with_capacity(index.names.len());
    let mut uses = Uses {
        var_writes: BUILTIN_VARIABLES.iter().map(|s| s.to_string()).collect(),
        ..Uses::default()
    };
    let mut entry: Option<NodeId> = None;
    for p in parsed {
        let mut ctx = Ctx {
            p,
            by_name: &index.by_name,
            flow_start: &index.flow_start,
            broken,
            diags: &mut *diags,
        };
        let start = ctx.resolve(&p.file.start, None);
        if p.flow == MAIN_FLOW {
            entry = start;
        }
        for (key, def) in &p.file.nodes {
            let full = format!("{}:{}", p.flow, key.get_ref());
            let node = ctx.compile_node(&full, def, catalog);
            uses.note(nodes.len(), full, def.get_ref());
            nodes.push(node);
        }
    }
    Compiled { nodes, entry, uses }
}

impl Uses {
    /// Note the message ids node `index` (named `full`) shows, the variables it writes and
    /// the variable it reads.
    fn note(&mut self, index: usize, full: String, d: &NodeDef) {
        if let Some(text) = &d.text {
            for (id, offset) in text.get_ref().with_offsets(text.span().start) {
                self.messages.push((index, id, offset));
            }
        }
        for opt in d.options.iter().flatten() {
            let o = opt.get_ref();
            self.messages
                .push((index, o.label.get_ref().clone(), o.label.span().start));
            self.var_writes.extend(o.set.keys().cloned());
        }
        match d.kind.get_ref() {
            NodeKind::Ask => self.var_writes.extend(d.var.as_ref().map(|v| v.get_ref().clone())),
            NodeKind::Branch | NodeKind::Referrals => {
                if let Some(v) = &d.var {
                    self.var_reads.push((full, index, v.clone()));
                }
            }
            _ => {}
        }
    }
}

/// Every variable read must be written somewhere (or be built in).
fn check_variables(uses: &Uses, origins: &[Origin<'_>], diags: &mut Vec<Diagnostic>) {
    for (node, index, var) in &uses.var_reads {
        if !uses.var_writes.contains(var.get_ref()) {
            let o = &origins[*index];
            diags.push(Diagnostic::error(
                &o.source.name,
                pos(o.source, var.span().start),
                Some(node.clone()),
                format!(
                    "unknown variable `{}`: no `ask` or option `set` writes it (built-in: {})",
                    var.get_ref(),
                    BUILTIN_VARIABLES.join(", ")
                ),
            ));
        }
    }
}

/// Every message id a node uses must be in the reference locale.
fn check_messages(uses: &Uses, index: &Index<'_>, catalog: &Catalog<'_>, diags: &mut Vec<Diagnostic>) {
    for (node, id, offset) in &uses.messages {
        if !(catalog.has_message)(id) {
            let o = &index.origins[*node];
            diags.push(Diagnostic::error(
                &o.source.name,
                pos(o.source, *offset),
                Some(index.names[*node].clone()),
                format!("message `{id}` is not in the reference locale (en)"),
            ));
        }
    }
}

/// Every message the engine says by itself must be in the reference locale; a missing one
/// is reported against main.toml (or the locales when there is none).
fn check_system_messages(parsed: &[ParsedFile<'_>], catalog: &Catalog<'_>, diags: &mut Vec<Diagnostic>) {
    let main_source = parsed.iter().find(|p| p.flow == MAIN_FLOW).map(|p| p.source);
    for id in SYSTEM_MESSAGES {
        if !(catalog.has_message)(id) {
            diags.push(Diagnostic::error(
                main_source.map_or("locales/en", |s| s.name.as_str()),
                LineCol::WHOLE_FILE,
                None,
                format!("built-in message `{id}` is not in the reference locale (en)"),
            ));
        }
    }
}

/// An error for each flow other than main that declares `[commands]`.
fn check_commands_only_in_main(parsed: &[ParsedFile<'_>], diags: &mut Vec<Diagnostic>) {
    for p in parsed {
        if p.flow != MAIN_FLOW {
            if let Some(cmds) = &p.file.commands {
                diags.push(Diagnostic::error(
                    &p.source.name,
                    pos(p.source, cmds.span().start),
                    None,
                    "only main.toml may declare `[commands]`",
                ));
            }
        }
    }
}

struct Ctx<'a, 's> {
    p: &'a ParsedFile<'s>,
    by_name: &'a HashMap<String, NodeId>,
    flow_start: &'a HashMap<String, Spanned<String>>,
    /// Flows whose file does not parse: references into them resolve silently to nothing.
    broken: &'a HashSet<String>,
    diags: &'a mut Vec<Diagnostic>,
}

/// Why a `flow:` reference has no start node to land on.
enum NoStart {
    /// The flow (or one its `start` leads to) is in a file that does not parse.
    Broken,
    /// This flow does not exist.
    Missing(String),
    /// The `start`s lead round in a circle through these flows.
    Circle(String),
}

impl Ctx<'_, '_> {
    fn error(&mut self, offset: usize, node: Option<&str>, message: String) {
        self.diags.push(Diagnostic::error(
            &self.p.source.name,
            pos(self.p.source, offset),
            node.map(str::to_owned),
            message,
        ));
    }

    /// The full name of the node `flow`'s `start` lands on, following `start`s that name
    /// another flow (`other:node` or `other:`).
    fn start_of(&self, flow: &str) -> Result<String, NoStart> {
        let mut flow = flow.to_owned();
        let mut seen: Vec<String> = Vec::new();
        loop {
            if self.broken.contains(&flow) {
                return Err(NoStart::Broken);
            }
            let Some(start) = self.flow_start.get(&flow) else {
                return Err(NoStart::Missing(flow));
            };
            if seen.contains(&flow) {
                seen.push(flow);
                return Err(NoStart::Circle(seen.join(" -> ")));
            }
            seen.push(flow.clone());
            match start.get_ref().split_once(':') {
                None => return Ok(format!("{flow}:{}", start.get_ref())),
                Some((other, "")) => flow = other.to_owned(),
                Some((other, _)) if self.broken.contains(other) => return Err(NoStart::Broken),
                Some(_) => return Ok(start.get_ref().clone()),
            }
        }
    }

    /// Resolve `node`, `flow:node` or `flow:` from this file. References into a flow whose
    /// file does not parse give `None` without a diagnostic (that file has its own error).
    fn resolve(&mut self, r: &Spanned<String>, node: Option<&str>) -> Option<NodeId> {
        let raw = r.get_ref();
        let full = match raw.split_once(':') {
            None => format!("{}:{raw}", self.p.flow),
            Some((flow, "")) => match self.start_of(flow) {
                Ok(full) => full,
                Err(NoStart::Broken) => return None,
                Err(NoStart::Missing(missing)) => {
                    let message = if missing == flow {
                        format!("`{raw}` names flow `{flow}`, which does not exist")
                    } else {
                        format!("`{raw}` leads through `start` to flow `{missing}`, which does not exist")
                    };
                    self.error(r.span().start, node, message);
                    return None;
                }
                Err(NoStart::Circle(path)) => {
                    self.error(
                        r.span().start,
                        node,
                        format!("`{raw}` never reaches a node: the flows' `start`s go round in a circle ({path})"),
                    );
                    return None;
                }
            },
            Some((flow, _)) if self.broken.contains(flow) => return None,
            Some(_) => raw.clone(),
        };
        let found = self.by_name.get(&full).copied();
        if found.is_none() {
            self.error(
                r.span().start,
                node,
                format!("`{raw}` points to node `{full}`, which does not exist"),
            );
        }
        found
    }

    /// Compile one node definition. Every problem is a diagnostic; a reference that does
    /// not resolve becomes [`PLACEHOLDER`] (the load fails then).
    fn compile_node(&mut self, full: &str, def: &Spanned<NodeDef>, catalog: &Catalog<'_>) -> Node {
        let d = def.get_ref();
        let kind = *d.kind.get_ref();
        let here = Here {
            node: Some(full),
            at: def.span().start,
            kind: kind.as_str(),
        };
        let uses = fields_used_by(kind);
        self.check_unused_fields(d, here, uses);
        let optional_text = matches!(kind, NodeKind::Wipe | NodeKind::End);
        let texts = self.texts(d, here, uses.contains(&"text") && !optional_text);
        match kind {
            NodeKind::Say => Node::Say {
                texts,
                next: self.need_target(here, "next", &d.next),
            },
            NodeKind::Language => Node::Language {
                texts,
                next: self.need_target(here, "next", &d.next),
            },
            NodeKind::Ask => {
                let var = self.var(d, here.at, here.node, here.kind);
                let next = self.need_target(here, "next", &d.next);
                Node::Ask { texts, var, next }
            }
            NodeKind::Referrals => {
                let var = self.var(d, here.at, here.node, here.kind);
                let next = self.need_target(here, "next", &d.next);
                Node::Referrals { texts, var, next }
            }
            NodeKind::Choice => Node::Choice {
                texts,
                options: self.options(d, here),
                typed: self.typed(d, here),
            },
            NodeKind::Branch => self.branch(d, here),
            NodeKind::Handoff => self.handoff(d, here, texts),
            NodeKind::SetLanguage => self.set_language(d, here, catalog),
            NodeKind::Wipe => Node::Wipe { texts },
            NodeKind::End => Node::End { texts },
        }
    }

    /// Name every field set on the node that its kind does not use (`uses`).
    fn check_unused_fields(&mut self, d: &NodeDef, here: Here<'_>, uses: &[&str]) {
        for (field, offset) in present_fields(d, here.at) {
            if let Some(offset) = offset {
                if !uses.contains(&field) {
                    self.error(
                        offset,
                        here.node,
                        format!("`{field}` is not used by a `{}` node", here.kind),
                    );
                }
            }
        }
    }

    /// The node's message ids: an empty `text` list is an error, and so is a missing
    /// `text` when the node `needs_text`.
    fn texts(&mut self, d: &NodeDef, here: Here<'_>, needs_text: bool) -> Vec<String> {
        match &d.text {
            Some(t) => {
                let ids = t.get_ref().to_vec();
                if ids.is_empty() {
                    self.error(t.span().start, here.node, "`text` is an empty list".into());
                }
                ids
            }
            None if needs_text => {
                self.error(here.at, here.node, format!("a `{}` node needs `text`", here.kind));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// `value`, with an error at the node when it lacks this `field` its kind needs.
    fn need(&mut self, here: Here<'_>, field: &str, value: &Option<Spanned<String>>) -> Option<Spanned<String>> {
        if value.is_none() {
            self.error(here.at, here.node, format!("a `{}` node needs `{field}`", here.kind));
        }
        value.clone()
    }

    /// The node a required reference `field` points to; [`PLACEHOLDER`] when it is
    /// missing or does not resolve (both reported).
    fn need_target(&mut self, here: Here<'_>, field: &str, value: &Option<Spanned<String>>) -> NodeId {
        self.need(here, field, value)
            .and_then(|r| self.resolve(&r, here.node))
            .unwrap_or(PLACEHOLDER)
    }

    /// A `choice` node's answer to free text, if it takes one: `var` and `next` together.
    fn typed(&mut self, d: &NodeDef, here: Here<'_>) -> Option<(String, NodeId)> {
        if d.var.is_none() && d.next.is_none() {
            return None;
        }
        let var = self.var(d, here.at, here.node, here.kind);
        Some((var, self.need_target(here, "next", &d.next)))
    }

    /// A `choice` node's options: at least one, at most 12 (a phone screen).
    fn options(&mut self, d: &NodeDef, here: Here<'_>) -> Vec<ChoiceOption> {
        let mut options = Vec::new();
        match &d.options {
            Some(list) if !list.is_empty() => {
                for opt in list {
                    options.push(self.option(opt, here));
                }
                if list.len() > 12 {
                    self.error(
                        here.at,
                        here.node,
                        format!("{} options are too many for a phone screen (at most 12)", list.len()),
                    );
                }
            }
            _ => self.error(
                here.at,
                here.node,
                "a `choice` node needs at least one entry in `options`".into(),
            ),
        }
        options
    }

    /// One option of a `choice` node: its `goto` resolved and the names it `set`s checked.
    fn option(&mut self, opt: &Spanned<OptionDef>, here: Here<'_>) -> ChoiceOption {
        let o = opt.get_ref();
        let goto = self.resolve(&o.goto, here.node).unwrap_or(PLACEHOLDER);
        for var in o.set.keys() {
            if !valid_ident(var) {
                self.error(
                    opt.span().start,
                    here.node,
                    format!("variable name `{var}` may only use a-z, 0-9, `-` and `_`"),
                );
            }
        }
        ChoiceOption {
            label: o.label.get_ref().clone(),
            goto,
            set: o.set.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        }
    }

    /// A `branch` node: its `var`, at least one entry in `cases` and a `default`.
    fn branch(&mut self, d: &NodeDef, here: Here<'_>) -> Node {
        let var = self.var(d, here.at, here.node, here.kind);
        let mut cases = Vec::new();
        match &d.cases {
            Some(map) if !map.is_empty() => {
                for (value, target) in map {
                    if let Some(id) = self.resolve(target, here.node) {
                        cases.push((value.clone(), id));
                    }
                }
            }
            _ => self.error(
                here.at,
                here.node,
                "a `branch` node needs at least one entry in `cases`".into(),
            ),
        }
        let default = self.need_target(here, "default", &d.default);
        Node::Branch { var, cases, default }
    }

    /// A `handoff` node: a `priority` and a `reason` tag.
    fn handoff(&mut self, d: &NodeDef, here: Here<'_>, texts: Vec<String>) -> Node {
        let priority = match &d.priority {
            Some(p) => *p.get_ref(),
            None => {
                self.error(
                    here.at,
                    here.node,
                    "a `handoff` node needs `priority` (low, normal, high or urgent)".into(),
                );
                super::definition::Priority::Normal
            }
        };
        let reason = self
            .need(here, "reason", &d.reason)
            .map(Spanned::into_inner)
            .unwrap_or_default();
        if !reason.is_empty() && !valid_ident(&reason) {
            self.error(
                d.reason.as_ref().map_or(here.at, |r| r.span().start),
                here.node,
                "a `reason` is a short tag: a-z, 0-9, `-` and `_`".into(),
            );
        }
        Node::Handoff {
            texts,
            priority,
            reason,
        }
    }

    /// A `set_language` node: a `lang` that has a locale, and a `next`.
    fn set_language(&mut self, d: &NodeDef, here: Here<'_>, catalog: &Catalog<'_>) -> Node {
        let lang = self.need(here, "lang", &d.lang);
        if let Some(l) = &lang {
            if !catalog.languages.iter().any(|x| x == l.get_ref()) {
                self.error(
                    l.span().start,
                    here.node,
                    format!(
                        "language `{}` has no locale (available: {})",
                        l.get_ref(),
                        catalog.languages.join(", ")
                    ),
                );
            }
        }
        let next = self.need_target(here, "next", &d.next);
        Node::SetLanguage {
            lang: lang.map(Spanned::into_inner).unwrap_or_default(),
            next,
        }
    }

    fn var(&mut self, d: &NodeDef, at: usize, node: Option<&str>, kind: &str) -> String {
        match &d.var {
            Some(v) => {
                if !valid_ident(v.get_ref()) {
                    self.error(
                        v.span().start,
                        node,
                        format!("variable name `{}` may only use a-z, 0-9, `-` and `_`", v.get_ref()),
                    );
                }
                v.get_ref().clone()
            }
            None => {
                self.error(at, node, format!("a `{kind}` node needs `var`"));
                String::new()
            }
        }
    }
}

/// The node being compiled, as its diagnostics name it: full name, where its table starts
/// and its kind.
#[derive(Clone, Copy)]
struct Here<'n> {
    node: Option<&'n str>,
    at: usize,
    kind: &'static str,
}

/// The fields a node of `kind` uses; anything else set is a mistake worth naming.
fn fields_used_by(kind: NodeKind) -> &'static [&'static str] {
    match kind {
        NodeKind::Say => &["text", "next"],
        NodeKind::Choice => &["text", "options", "var", "next"],
        NodeKind::Ask => &["text", "var", "next"],
        NodeKind::Branch => &["var", "cases", "default"],
        NodeKind::Handoff => &["text", "priority", "reason"],
        NodeKind::Language => &["text", "next"],
        NodeKind::SetLanguage => &["lang", "next"],
        NodeKind::Referrals => &["text", "var", "next"],
        NodeKind::Wipe | NodeKind::End => &["text"],
    }
}

/// Each field a node can have and, when it is set, the offset to report it at (`at`, the
/// node's own, for an empty list or table).
fn present_fields(d: &NodeDef, at: usize) -> [(&'static str, Option<usize>); 9] {
    [
        ("text", d.text.as_ref().map(|s| s.span().start)),
        ("next", d.next.as_ref().map(|s| s.span().start)),
        (
            "options",
            d.options.as_ref().map(|o| o.first().map_or(at, |s| s.span().start)),
        ),
        ("var", d.var.as_ref().map(|s| s.span().start)),
        (
            "cases",
            d.cases
                .as_ref()
                .map(|c| c.values().next().map_or(at, |s| s.span().start)),
        ),
        ("default", d.default.as_ref().map(|s| s.span().start)),
        ("priority", d.priority.as_ref().map(|s| s.span().start)),
        ("reason", d.reason.as_ref().map(|s| s.span().start)),
        ("lang", d.lang.as_ref().map(|s| s.span().start)),
    ]
}

fn commands(
    main: &ParsedFile<'_>,
    by_name: &HashMap<String, NodeId>,
    flow_start: &HashMap<String, Spanned<String>>,
    broken: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Commands> {
    let Some(table) = &main.file.commands else {
        diags.push(Diagnostic::error(
            &main.source.name,
            LineCol::WHOLE_FILE,
            None,
            format!("main.toml needs a `[commands]` table with {}", COMMAND_NAMES.join(", ")),
        ));
        return None;
    };
    let mut ctx = Ctx {
        p: main,
        by_name,
        flow_start,
        broken,
        diags,
    };
    // Problems with the table as a whole are shown at its `[commands]` header.
    let header = pos(main.source, table.span().start);
    let table = table.get_ref();
    let mut found: BTreeMap<&str, NodeId> = BTreeMap::new();
    for (name, target) in table {
        if !COMMAND_NAMES.contains(&name.get_ref().as_str()) {
            ctx.error(
                name.span().start,
                None,
                format!(
                    "unknown command `{}` (commands: {})",
                    name.get_ref(),
                    COMMAND_NAMES.join(", ")
                ),
            );
            continue;
        }
        if let Some(id) = ctx.resolve(target, None) {
            let key = COMMAND_NAMES
                .iter()
                .find(|c| **c == name.get_ref())
                .copied()
                .unwrap_or("start");
            found.insert(key, id);
        }
    }
    let mut missing = false;
    for c in COMMAND_NAMES {
        if !found.contains_key(c) && !table.keys().any(|k| k.get_ref() == c) {
            ctx.diags.push(Diagnostic::error(
                &main.source.name,
                header,
                None,
                format!("`[commands]` lacks `{c}`"),
            ));
            missing = true;
        }
    }
    if missing || found.len() != COMMAND_NAMES.len() {
        return None;
    }
    Some(Commands {
        start: found["start"],
        menu: found["menu"],
        lang: found["lang"],
        help: found["help"],
        operator: found["operator"],
        exit: found["exit"],
    })
}

/// Reachability from the start and the commands, and loops that never wait for the person.
fn check_graph(flows: &Flows, origins: &[Origin<'_>], diags: &mut Vec<Diagnostic>) {
    let c = flows.commands;
    let mut seen = vec![false; flows.len()];
    let mut queue: VecDeque<NodeId> = [flows.entry, c.start, c.menu, c.lang, c.help, c.operator, c.exit].into();
    while let Some(id) = queue.pop_front() {
        if std::mem::replace(&mut seen[id.0 as usize], true) {
            continue;
        }
        queue.extend(successors(flows.node(id)));
    }
    for id in flows.node_ids() {
        if !seen[id.0 as usize] {
            let o = &origins[id.0 as usize];
            diags.push(Diagnostic::error(
                &o.source.name,
                pos(o.source, o.offset),
                Some(flows.name(id).to_owned()),
                "unreachable: no path leads here from the start or a command",
            ));
        }
    }

    // Nodes that pass straight on (say, branch, set_language, referrals) must not loop
    // among themselves, or a conversation would spin without waiting for the person.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut marks = vec![Mark::New; flows.len()];
    for root in flows.node_ids() {
        if marks[root.0 as usize] != Mark::New || !passes_on(flows.node(root)) {
            continue;
        }
        let mut stack: Vec<(NodeId, Vec<NodeId>)> = vec![(root, successors(flows.node(root)))];
        marks[root.0 as usize] = Mark::Active;
        while let Some((id, rest)) = stack.last_mut() {
            let id = *id;
            match rest.pop() {
                Some(next) if passes_on(flows.node(next)) => match marks[next.0 as usize] {
                    Mark::New => {
                        marks[next.0 as usize] = Mark::Active;
                        stack.push((next, successors(flows.node(next))));
                    }
                    Mark::Active => {
                        let o = &origins[next.0 as usize];
                        diags.push(Diagnostic::error(
                            &o.source.name,
                            pos(o.source, o.offset),
                            Some(flows.name(next).to_owned()),
                            format!(
                                "loop without a question: `{}` leads back here and nothing on the way waits for the person",
                                flows.name(id)
                            ),
                        ));
                    }
                    Mark::Done => {}
                },
                Some(_) => {}
                None => {
                    marks[id.0 as usize] = Mark::Done;
                    stack.pop();
                }
            }
        }
    }
}

/// Whether the engine moves on from this node without waiting for input.
fn passes_on(node: &Node) -> bool {
    matches!(
        node,
        Node::Say { .. } | Node::Branch { .. } | Node::SetLanguage { .. } | Node::Referrals { .. }
    )
}

fn successors(node: &Node) -> Vec<NodeId> {
    match node {
        Node::Say { next, .. }
        | Node::Ask { next, .. }
        | Node::Language { next, .. }
        | Node::SetLanguage { next, .. }
        | Node::Referrals { next, .. } => vec![*next],
        Node::Choice { options, typed, .. } => options
            .iter()
            .map(|o| o.goto)
            .chain(typed.iter().map(|t| t.1))
            .collect(),
        Node::Branch { cases, default, .. } => cases.iter().map(|(_, n)| *n).chain([*default]).collect(),
        Node::Handoff { .. } | Node::Wipe { .. } | Node::End { .. } => Vec::new(),
    }
}

fn flow_name(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    base.strip_suffix(".toml").unwrap_or(base).to_owned()
}

fn valid_ident(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn pos(source: &Source, offset: usize) -> LineCol {
    LineCol::of_offset(&source.text, offset)
}

/// toml's message without its own multi-line snippet (we print file:line ourselves), on one
/// line: toml may put a detail on a line of its own (`invalid table header` + newline +
/// `duplicate key …`), which becomes `invalid table header; duplicate key …`.
fn toml_message(err: &toml::de::Error) -> String {
    let joined = err
        .message()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let m = joined.strip_suffix('.').unwrap_or(&joined);
    let mut chars = m.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
        None => "invalid toml".into(),
    }
}

/// The node (name within its flow) a parse error at byte `offset` lies in: the nearest table
/// header at or before it when that is `[nodes.X]` (or `[nodes.X.…]`), else a key path
/// `nodes.X.…` (at the top level) or `X…` (under `[nodes]`) on the nearest key line.
/// `None` outside any node, or where the text is too broken to tell.
fn node_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_end = text.as_bytes()[offset..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| offset + i);
    let in_nodes = |path: &[String]| match path {
        [table, node, ..] if table == "nodes" => Some(node.clone()),
        _ => None,
    };
    let mut key: Option<Vec<String>> = None;
    for line in text[..line_end].lines().rev() {
        let line = line.trim_start();
        if let Some(header) = line.strip_prefix('[') {
            // A header we cannot read (say `[nodes.end` without its `]`) names no node.
            let header = header.strip_prefix('[').unwrap_or(header);
            let (mut path, rest) = key_path(header)?;
            let rest = rest.strip_prefix(']')?.trim_start();
            let rest = rest.strip_prefix(']').unwrap_or(rest).trim_start();
            if !(rest.is_empty() || rest.starts_with('#')) {
                return None;
            }
            if path.len() < 2 {
                path.extend(key.unwrap_or_default());
            }
            return in_nodes(&path);
        }
        if key.is_none() {
            key = key_path(line)
                .filter(|(_, rest)| rest.starts_with('='))
                .map(|(path, _)| path);
        }
    }
    in_nodes(&key?)
}

/// A TOML key path (`a.b`, `"a".b`, `a . 'b'`) at the start of `s`, and the rest after it
/// (leading blanks trimmed); `None` when `s` does not start with a key.
fn key_path(s: &str) -> Option<(Vec<String>, &str)> {
    let mut path = Vec::new();
    let mut rest = s.trim_start();
    loop {
        let (part, after) = match rest.chars().next()? {
            quote @ ('"' | '\'') => {
                let body = &rest[1..];
                let end = body.find(quote)?;
                (body[..end].to_owned(), &body[end + 1..])
            }
            _ => {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(rest.len());
                if end == 0 {
                    return None;
                }
                (rest[..end].to_owned(), &rest[end..])
            }
        };
        path.push(part);
        rest = after.trim_start();
        match rest.strip_prefix('.') {
            Some(after) => rest = after.trim_start(),
            None => return Some((path, rest)),
        }
    }
}
