//! The terminal channel behind `varco chat`: stdin lines in, printed replies out. It owns
//! the terminal's presentation (numbered choices, the operator view) and must not decide
//! what to say — every line goes through the same service, store and outbox as a
//! platform message.

use std::io::{self, BufRead, Read, Write};

use crate::conversation::{Body, Inbound, Outbound, Service, Speaker, OPERATORS};
use crate::flow::Input;
use crate::store::{self, Store};

/// The terminal's channel name, in its `Inbound`s and its outbox.
pub const CHANNEL: &str = "terminal";
/// The one chat a terminal has.
const CHAT: &str = "local";
/// Longest line read from stdin; the rest of a longer line is dropped (the engine then
/// answers that the message was too long).
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Why `varco chat` stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading the outbox or marking it delivered failed.
    #[error(transparent)]
    Store(#[from] store::Error),
    /// A turn could not be run or committed.
    #[error(transparent)]
    Conversation(#[from] crate::conversation::Error),
    /// Reading stdin or writing stdout failed.
    #[error("terminal: {0}")]
    Io(#[from] io::Error),
}

/// How `varco chat` plays the person (its command-line options).
pub struct Options {
    /// Language hint, as a platform would give one.
    pub lang: Option<String>,
    /// Distinguishes this run's update ids from earlier runs on the same store.
    pub run_id: String,
    /// Begin with `/start`, as a person opening the bot would — unless the store already
    /// holds a conversation (`--data` from an earlier run), which then simply continues.
    pub greet: bool,
}

/// One terminal conversation: each line is one update, stored, stepped, committed and
/// flushed before its replies are printed from the outbox.
pub struct Session<'a, S: Store> {
    service: &'a Service<S>,
    opts: &'a Options,
    updates: u64,
}

impl<'a, S: Store> Session<'a, S> {
    /// A session over `service`, before its first line.
    pub fn new(service: &'a Service<S>, opts: &'a Options) -> Self {
        Session {
            service,
            opts,
            updates: 0,
        }
    }

    /// Handle one line the person typed and print what the outbox then holds.
    pub fn line(&mut self, text: String, now: u64, out: &mut dyn Write) -> Result<(), Error> {
        self.updates += 1;
        let inbound = Inbound {
            channel: CHANNEL.into(),
            chat: CHAT.into(),
            update_id: format!("{}-{}", self.opts.run_id, self.updates),
            input: Input::Text(text),
            lang_hint: self.opts.lang.clone(),
            message_id: None,
            attachment: None,
        };
        self.service.handle(&inbound, now)?;
        self.service.store().flush()?;
        deliver(self.service.store().as_ref(), out)
    }
}

/// [`run`] on this process's standard input and output with the real store and clock.
/// Not generic, so the binary links it from the library instead of compiling the whole
/// turn pipeline a second time (at opt-level 3 generic code is not shared across crates;
/// BENCHMARKS.md, "Build times").
pub fn run_stdio(service: &Service<store::SledStore>, opts: &Options) -> Result<(), Error> {
    let stdin = io::stdin().lock();
    let stdout = io::stdout().lock();
    run(service, stdin, stdout, opts, crate::clock::now_secs)?;
    io::stdout().flush()?;
    Ok(())
}

/// Converse until the input ends.
pub fn run<S: Store>(
    service: &Service<S>,
    mut input: impl BufRead,
    mut out: impl Write,
    opts: &Options,
    now: impl Fn() -> u64,
) -> Result<(), Error> {
    let mut session = Session::new(service, opts);
    if opts.greet && !service.has_conversation(CHANNEL, CHAT)? {
        session.line("/start".into(), now(), &mut out)?;
    }
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let read = input.by_ref().take(MAX_LINE_BYTES as u64).read_until(b'\n', &mut buf)?;
        if read == 0 {
            break;
        }
        if read == MAX_LINE_BYTES && buf.last() != Some(&b'\n') {
            // Discard the rest of an over-long line.
            let mut rest = Vec::new();
            input.read_until(b'\n', &mut rest)?;
        }
        let line = String::from_utf8_lossy(&buf).trim_end_matches(['\n', '\r']).to_owned();
        session.line(line, now(), &mut out)?;
    }
    Ok(())
}

/// Print and mark delivered everything queued for this terminal and for operators.
fn deliver<S: Store + ?Sized>(store: &S, out: &mut dyn Write) -> Result<(), Error> {
    for channel in [CHANNEL, OPERATORS] {
        for item in store.outbox_pending(channel, usize::MAX)? {
            if let Ok(message) = serde_json::from_slice::<Outbound>(&item.payload) {
                print(&message, out)?;
            }
            store.mark_delivered(channel, item.id)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn print(message: &Outbound, out: &mut dyn Write) -> io::Result<()> {
    match &message.body {
        Body::Text { text, choices, .. } => {
            writeln!(out, "{text}")?;
            for (i, c) in choices.iter().enumerate() {
                writeln!(out, "  {}. {c}", i + 1)?;
            }
        }
        Body::Wipe => writeln!(
            out,
            "[this chat is deleted from the device where the platform allows it]"
        )?,
        Body::CaseOpened(n) => {
            writeln!(out, "┌─ operators see: case #{} opened", n.case)?;
            writeln!(
                out,
                "│ channel {}, language {}, caller {}, priority {}, reason {}{}",
                n.channel,
                n.lang,
                n.caller.as_deref().unwrap_or("unknown"),
                n.priority.as_str(),
                n.reason,
                n.region
                    .as_deref()
                    .map(|r| format!(", place \"{r}\""))
                    .unwrap_or_default()
            )?;
            writeln!(out, "│ transcript so far:")?;
            for line in &n.transcript {
                let who = match line.from {
                    Speaker::Person => "person",
                    Speaker::Bot => "bot",
                    Speaker::Operator => "operator",
                };
                for (i, l) in line.text.lines().enumerate() {
                    let lead = if i == 0 { format!("{who}:") } else { String::new() };
                    writeln!(out, "│   {lead:<7} {l}")?;
                }
            }
            writeln!(
                out,
                "└─ (no operator is connected in the terminal; messages you write now are relayed)"
            )?;
        }
        Body::Media { attachment, .. } => writeln!(out, "[the operator sent a {}]", attachment.kind_name())?,
        Body::Relay { case, text, media, .. } => {
            let what = text
                .clone()
                .or_else(|| media.as_ref().map(|m| format!("({m})")))
                .unwrap_or_default();
            writeln!(out, "[relayed to the operator of case #{case}] {what}")?;
        }
        Body::ToRoom { case, text } => {
            let place = case.map(|c| format!("case #{c}")).unwrap_or_else(|| "the lobby".into());
            writeln!(out, "[operators see in {place}: {text}]")?;
        }
        Body::Invite { case, user } => writeln!(out, "[{user} is invited to case #{case}]")?,
        Body::CaseWithdrawn { case, quick_exit, .. } => {
            let how = if *quick_exit {
                "used the quick exit"
            } else {
                "left the queue"
            };
            writeln!(out, "[operators see: case #{case} — the person {how}]")?;
        }
    }
    Ok(())
}
