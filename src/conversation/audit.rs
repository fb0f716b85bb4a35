//! The operators' audit log as the desk writes and reads it: one [`AuditEntry`] per
//! operator action (claim, takeover, release, transfer, close with its outcome, note, say,
//! a message relayed, duty on and off, a refusal), appended to the store's hash chain in
//! the same atomic write as the desk turn that did it. An entry names the case, the action
//! and the operator as the roster spells them; anyone not on the roster only as a keyed
//! hash. It must not hold message contents, a person's platform id or a room id, and it
//! never writes outside a turn.

use serde::{Deserialize, Serialize};

use super::error::{decode, Result};
use super::Service;
use crate::handoff::{Command, Decision, Refusal};
use crate::store::{audit, Store, Verdict};

/// One operator action, as kept (sealed, chained) in the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// The case acted on; `None` for the lobby (duty).
    pub case: Option<u64>,
    /// The operator as the roster spells them, or `anon:<keyed hash>` for anyone else.
    pub actor: String,
    /// What was done (`claim`, `close`, `refused`…).
    pub action: String,
    /// The outcome of a close, the operator a case went to, a canned reply's name, a
    /// refusal's kind; never words anyone wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// An entry of the log with its place and time, for `varco audit show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// 1-based position in the chain.
    pub position: u64,
    /// Seconds since the epoch.
    pub at: u64,
    /// The action.
    pub entry: AuditEntry,
}

impl AuditEntry {
    pub(super) fn new(case: Option<u64>, actor: String, action: &str, detail: Option<String>) -> Self {
        AuditEntry {
            case,
            actor,
            action: action.to_owned(),
            detail,
        }
    }
}

impl<S: Store> Service<S> {
    /// How the audit log names `user`: as the roster spells an operator, anyone else as a
    /// keyed hash (a person who wrote into a room must not be named in clear).
    pub(super) fn audit_actor(&self, user: &str) -> String {
        if self.cases.is_operator(user) {
            return user.to_owned();
        }
        let id = self.store.conv_id("audit-actor", user);
        format!("anon:{}", hex::encode(&id.0[..8]))
    }
}

/// The action and detail an allowed decision leaves in the log (`None`: a question, not
/// an action). `said` tells a takeover from a claim.
pub(super) fn decision_action(decision: &Decision, said: Option<&Command>) -> Option<(&'static str, Option<String>)> {
    Some(match decision {
        Decision::Claimed { .. } if matches!(said, Some(Command::Takeover(_))) => ("takeover", None),
        Decision::Claimed { .. } => ("claim", None),
        Decision::Transferred { to, .. } => ("transfer", Some(to.clone())),
        Decision::Released => ("release", None),
        Decision::Closed(outcome) => ("close", Some(outcome.as_str().to_owned())),
        Decision::Noted => ("note", None),
        Decision::Say(name) => ("say", Some(name.clone())),
        Decision::Relay(_) => ("message", None),
        Decision::Duty { on: true } => ("duty-on", None),
        Decision::Duty { on: false } => ("duty-off", None),
        Decision::Trusted { user } => ("trust", Some(user.clone())),
        Decision::ShowLang | Decision::ShowHelp | Decision::ShowCanned => return None,
    })
}

/// A refusal's kind, as the log keeps it.
pub(super) fn refusal_kind(refusal: &Refusal) -> &'static str {
    match refusal {
        Refusal::NotOnRoster => "not-on-roster",
        Refusal::NotOwner { .. } => "not-owner",
        Refusal::NotClaimed => "not-claimed",
        Refusal::AlreadyYours => "already-yours",
        Refusal::Closed => "closed",
        Refusal::TargetNotOnRoster(_) => "target-not-on-roster",
        Refusal::NotRelayed { .. } => "not-relayed",
        Refusal::WrongRoom => "wrong-room",
        Refusal::OffDuty => "off-duty",
        Refusal::NotSuspended(_) => "not-suspended",
    }
}

/// Check the whole audit chain (`varco audit verify`).
pub fn verify_audit<S: Store>(store: &S) -> Result<Verdict> {
    Ok(audit::verify(&store.audit_log()?))
}

/// Every entry about case `number`, in order (`varco audit show --case N`). Entries that
/// do not open are left out: `verify_audit` is the one that reports them.
pub fn case_audit<S: Store>(store: &S, number: u64) -> Result<Vec<AuditRow>> {
    let mut rows = Vec::new();
    for link in store.audit_log()?.entries {
        let Some((at, _, body)) = link.entry else { continue };
        let entry: AuditEntry = decode("audit entry", &body)?;
        if entry.case == Some(number) {
            rows.push(AuditRow {
                position: link.seq,
                at,
                entry,
            });
        }
    }
    Ok(rows)
}
