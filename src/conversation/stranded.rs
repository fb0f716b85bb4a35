//! Cases left waiting too long, as turns driven by the channel's periodic tick (the time is
//! an input): a claimed case whose owner has not answered the person for `owner_silence`
//! seconds (the person wrote last) is announced once in the lobby and its room, after which
//! any operator on duty may `!takeover` it; a flagged case nobody took expires after
//! `flag_expiry` seconds, closed as `expired`, the lobby told once. It must not decide who
//! may take a case (`handoff::decide` does) nor know any platform.

use super::cases::{outcome_counter, DeskChange};
use super::desk::mark;
use super::error::Result;
use super::outgoing::Outgoing;
use super::service::keep;
use super::Service;
use crate::handoff::{self, Case, Decision, Outcome};
use crate::store::{StateChange, Store};

impl<S: Store> Service<S> {
    /// The person's message went to their case: while an operator owns it, the owner's
    /// silence counts from the first message since the owner last wrote. Part of the
    /// person's turn (the caller holds its lock and commits `out`).
    pub(super) fn person_waits(&self, number: u64, out: &mut Outgoing<'_>) -> Result<()> {
        let Some(mut case) = self.cases.case(number)? else {
            return Ok(());
        };
        if case.owner().is_none() || case.waiting_since.is_some() {
            return Ok(());
        }
        case.waiting_since = Some(out.now);
        out.desk.push(DeskChange::Case(case));
        Ok(())
    }

    /// Claimed cases whose owner has left the person waiting `silence` seconds: the lobby
    /// (and the room) told once per wait. Returns how many; the caller flushes.
    pub fn announce_silent_owners(&self, silence: u64, now: u64) -> Result<usize> {
        self.each_due_case(
            |c| c.owner_silent(silence, now),
            |n| self.announce_silent(n, silence, now),
        )
    }

    /// One silent owner's case announced, in one write, decided on the case as it is while
    /// no other turn of its conversation runs. False if the owner answered meanwhile.
    fn announce_silent(&self, number: u64, silence: u64, now: u64) -> Result<bool> {
        let Some(conv) = self.case_conv(number)? else {
            return Ok(false);
        };
        let _turn = self.turns.lock(conv);
        let Some(mut case) = self.cases.case(number)?.filter(|c| c.owner_silent(silence, now)) else {
            return Ok(false);
        };
        let waited = now.saturating_sub(case.waiting_since.unwrap_or(now)) / 60;
        let args = [
            ("case".to_owned(), number.to_string()),
            ("owner".into(), case.owner().unwrap_or_default().to_owned()),
            ("minutes".into(), waited.to_string()),
        ];
        let text = self.desk_text("desk-owner-silent", &args);
        let mut out = Outgoing::new(&case.channel, &case.chat, now);
        out.in_room(Some(number), text.clone());
        out.in_room(None, text);
        case.stranded = true;
        out.desk.push(DeskChange::Case(case));
        self.commit(
            conv,
            Some(mark(&format!("silent:{number}:{now}"))),
            StateChange::Keep,
            None,
            out,
        )?;
        Ok(true)
    }

    /// Flagged cases nobody took within `expiry` seconds: closed as expired, the lobby
    /// (and the room) told once; the person, who never asked, is told nothing, and a later
    /// flag or request opens a new case. Returns how many; the caller flushes.
    pub fn expire_flagged(&self, expiry: u64, now: u64) -> Result<usize> {
        self.each_due_case(|c| c.flag_expired(expiry, now), |n| self.expire(n, expiry, now))
    }

    /// Each open case that `due` picks, carried out by `act` (which decides again under the
    /// case's lock, and says whether it acted). Returns how many it acted on.
    pub(super) fn each_due_case(
        &self,
        due: impl Fn(&Case) -> bool,
        mut act: impl FnMut(u64) -> Result<bool>,
    ) -> Result<usize> {
        let mut acted = 0;
        for case in self.cases.open_cases()? {
            if due(&case) && act(case.number)? {
                acted += 1;
            }
        }
        Ok(acted)
    }

    /// One flagged case expired, in one write, while no other turn of its conversation
    /// runs. False if it was taken meanwhile.
    fn expire(&self, number: u64, expiry: u64, now: u64) -> Result<bool> {
        let Some(conv) = self.case_conv(number)? else {
            return Ok(false);
        };
        let _turn = self.turns.lock(conv);
        let Some(mut case) = self.cases.case(number)?.filter(|c| c.flag_expired(expiry, now)) else {
            return Ok(false);
        };
        let state = match self.existing_record(conv)? {
            Some(mut record) if record.case == Some(number) => {
                record.case = None;
                keep(&record)?
            }
            _ => StateChange::Keep,
        };
        let mut out = Outgoing::new(&case.channel, &case.chat, now);
        handoff::apply(&mut case, &Decision::Closed(Outcome::Expired));
        out.counters.push(outcome_counter(Outcome::Expired, now));
        let args = [("case".to_owned(), number.to_string()), ("hours".into(), hours(expiry))];
        let text = self.desk_text("desk-flag-expired", &args);
        out.in_room(Some(number), text.clone());
        out.in_room(None, text);
        out.desk.push(DeskChange::Case(case));
        self.commit(conv, Some(mark(&format!("expired:{number}"))), state, None, out)?;
        Ok(true)
    }
}

/// `expiry` seconds in hours as the desk reads them: whole, or with up to three decimals
/// when `matrix.flag_expiry_hours` is a fraction (`0.25`), not rounded down to `0`.
fn hours(expiry: u64) -> String {
    if expiry % 3600 == 0 {
        return (expiry / 3600).to_string();
    }
    let text = format!("{:.3}", expiry as f64 / 3600.0);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fractions_of_an_hour_are_shown_not_rounded_to_nothing() {
        assert_eq!(super::hours(72 * 3600), "72");
        assert_eq!(super::hours(900), "0.25");
        assert_eq!(super::hours(1800), "0.5");
        assert_eq!(super::hours(7), "0.002");
    }
}
