//! Operators' commands as typed in a Matrix client (`!claim`, `!close referral`, …): parsing
//! only, with an error that says what was expected. It must not decide whether a command is
//! allowed or what it does (that is `super::decide`).

use std::fmt;

use super::Outcome;

/// What an operator asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Take the case: from now on the owner's plain messages go to the person.
    Claim,
    /// Give the case back to the bot, which resumes with a neutral line.
    Release,
    /// Hand the case to another roster operator (`!transfer @user:server`).
    Transfer(String),
    /// End the case with an outcome from the fixed list.
    Close(Outcome),
    /// A note for the case room only; never relayed.
    Note(String),
    /// Send a canned reply, rendered in the person's language (`!say safe-now`).
    Say(String),
    /// `!say` alone: the canned replies, each with its text in the operator's language.
    SayList,
    /// Which language the person writes in.
    Lang,
    /// The command list.
    Help,
    /// Come on or go off duty (lobby).
    Duty(bool),
    /// Take over a case from the lobby (`!takeover 12`).
    Takeover(u64),
    /// Trust a roster operator's new cross-signing identity (lobby, `!trust @user:server`).
    Trust(String),
}

/// Why a `!…` message is not a command Varco knows. Shown to the operator as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// No command of this name: its first 32 characters as typed (`…` for an overlong line).
    Unknown(String),
    /// The command needs an argument of this shape.
    Missing {
        /// The command's name, without `!`.
        command: &'static str,
        /// What it needs, in words (`` `on` or `off` ``).
        expected: &'static str,
    },
    /// The command's argument does not have the shape it needs.
    Invalid {
        /// The command's name, without `!`.
        command: &'static str,
        /// What it expects, in words.
        expected: &'static str,
    },
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::Unknown(name) => write!(f, "unknown command `!{name}`; `!help` lists them"),
            CommandError::Missing { command, expected } => write!(f, "`!{command}` needs {expected}"),
            CommandError::Invalid { command, expected } => write!(f, "`!{command}` expects {expected}"),
        }
    }
}

/// Longest command line looked at; anything longer is not a command.
const MAX_LINE: usize = 4096;

/// `None` when the text is not a command (it does not start with `!`): a plain message.
pub fn parse(text: &str) -> Option<Result<Command, CommandError>> {
    let text = text.trim();
    let rest = text.strip_prefix('!')?;
    if text.len() > MAX_LINE {
        return Some(Err(CommandError::Unknown("…".into())));
    }
    let (name, arg) = match rest.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (rest, ""),
    };
    let name = name.to_lowercase();
    Some(match name.as_str() {
        "claim" => Ok(Command::Claim),
        "release" => Ok(Command::Release),
        "lang" => Ok(Command::Lang),
        "help" => Ok(Command::Help),
        "transfer" => user_arg("transfer", arg).map(Command::Transfer),
        "trust" => user_arg("trust", arg).map(Command::Trust),
        "close" => with_arg(
            "close",
            "an outcome: information, advice, referral, emergency, no-contact, out-of-scope, hoax",
            arg,
            |a| Outcome::parse(a).map(Command::Close),
        ),
        "note" => with_arg("note", "the note's text", arg, |a| Some(Command::Note(a.to_owned()))),
        "say" if arg.is_empty() => Ok(Command::SayList),
        "say" => with_arg(
            "say",
            "a canned reply's name (`!say` alone lists them)",
            arg,
            canned_reply,
        ),
        "duty" => with_arg("duty", "`on` or `off`", arg, duty),
        "takeover" => with_arg("takeover", "a case number, e.g. `!takeover 12`", arg, |a| {
            a.trim_start_matches('#').parse::<u64>().ok().map(Command::Takeover)
        }),
        _ => {
            let shown: String = name.chars().take(32).collect();
            Err(CommandError::Unknown(shown))
        }
    })
}

/// `!command` with its argument read by `read`: `Missing` when there is no argument,
/// `Invalid` when `read` finds no command in it; both name what was `expected`.
fn with_arg(
    command: &'static str,
    expected: &'static str,
    arg: &str,
    read: impl FnOnce(&str) -> Option<Command>,
) -> Result<Command, CommandError> {
    if arg.is_empty() {
        return Err(CommandError::Missing { command, expected });
    }
    read(arg).ok_or(CommandError::Invalid { command, expected })
}

/// `!say`'s canned reply name: ASCII letters, digits and `-`, at most 64 bytes; lowercased.
fn canned_reply(arg: &str) -> Option<Command> {
    let valid = arg.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && arg.len() <= 64;
    valid.then(|| Command::Say(arg.to_lowercase()))
}

/// `!duty`'s argument: `on` or `off`, in any case.
fn duty(arg: &str) -> Option<Command> {
    match arg.to_lowercase().as_str() {
        "on" => Some(Command::Duty(true)),
        "off" => Some(Command::Duty(false)),
        _ => None,
    }
}

fn user_arg(command: &'static str, arg: &str) -> Result<String, CommandError> {
    const EXPECTED: &str = "a Matrix user id, e.g. `@anna:example.org`";
    if arg.is_empty() {
        return Err(CommandError::Missing {
            command,
            expected: EXPECTED,
        });
    }
    let ok = arg.starts_with('@')
        && arg[1..]
            .split_once(':')
            .is_some_and(|(l, s)| !l.is_empty() && !s.is_empty())
        && !arg.contains(char::is_whitespace);
    if ok {
        Ok(arg.to_owned())
    } else {
        Err(CommandError::Invalid {
            command,
            expected: EXPECTED,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_not_a_command() {
        assert_eq!(parse("hello"), None);
        assert_eq!(parse("  hi !claim"), None);
    }

    #[test]
    fn commands_and_arguments() {
        assert_eq!(parse("!claim"), Some(Ok(Command::Claim)));
        assert_eq!(parse("  !CLAIM  "), Some(Ok(Command::Claim)));
        assert_eq!(
            parse("!transfer @anna:example.org"),
            Some(Ok(Command::Transfer("@anna:example.org".into())))
        );
        assert_eq!(parse("!close referral"), Some(Ok(Command::Close(Outcome::Referral))));
        assert_eq!(
            parse("!trust @anna:example.org"),
            Some(Ok(Command::Trust("@anna:example.org".into())))
        );
        assert!(matches!(parse("!trust anna"), Some(Err(CommandError::Invalid { .. }))));
        assert_eq!(
            parse("!note called back tomorrow"),
            Some(Ok(Command::Note("called back tomorrow".into())))
        );
        assert_eq!(parse("!say safe-now"), Some(Ok(Command::Say("safe-now".into()))));
        assert_eq!(parse("!duty off"), Some(Ok(Command::Duty(false))));
        assert_eq!(parse("!takeover #12"), Some(Ok(Command::Takeover(12))));
    }

    #[test]
    fn bad_arguments_say_what_was_expected() {
        for (text, shown) in [
            ("!transfer anna", "expects a Matrix user id"),
            ("!transfer", "needs a Matrix user id"),
            ("!close", "needs an outcome"),
            ("!close maybe", "expects an outcome: information"),
            ("!duty sometimes", "expects `on` or `off`"),
            ("!takeover x", "expects a case number"),
            ("!say ../../etc", "expects a canned reply"),
            ("!note", "needs the note's text"),
            ("!frobnicate", "unknown command `!frobnicate`"),
        ] {
            let err = parse(text).unwrap().unwrap_err();
            assert!(err.to_string().contains(shown), "{text}: {err}");
        }
    }
}
