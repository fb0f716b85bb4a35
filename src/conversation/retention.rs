//! Retention: how long each class of record is kept, and the purge that removes what is
//! older (`varco purge`, and periodically in `serve`). Idle conversations are forgotten
//! as a quick exit forgets them (state with its transcript, outbox entries, tracked ids;
//! an open case withdrawn and its room told), without a word to the person. The purge
//! reports what it removes by class and count, never by content. It owns the limits and
//! the order of the purge; it must not read a clock (the caller passes `now`) nor log
//! content or ids.

use serde::Serialize;

use super::cases::{case_key, DeskChange, Withdrawal};
use super::desk::DESK;
use super::error::{decode, Result};
use super::outgoing::Outgoing;
use super::{Outbound, Record, Service};
use crate::handoff::{Case, Status};
use crate::store::{ConvId, StateChange, Store};

const DAY: u64 = 86_400;

/// How long each class is kept, in seconds (statistics in months).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// A conversation nobody wrote in for this long is forgotten.
    pub idle_conversation: u64,
    /// Tracked message ids (for the quick exit's deletions) older than this are dropped.
    pub message_ids: u64,
    /// Closed case records, from their closing.
    pub closed_cases: u64,
    /// Marks of handled updates (duplicate detection).
    pub update_marks: u64,
    /// Entries of the operators' audit log.
    pub audit_log: u64,
    /// Months of monitoring counters kept, the current one included.
    pub statistics_months: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            idle_conversation: 30 * DAY,
            message_ids: 48 * 3600,
            closed_cases: 90 * DAY,
            update_marks: 7 * DAY,
            audit_log: 730 * DAY,
            statistics_months: 36,
        }
    }
}

/// What a purge removed (or, dry, would remove), by class.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    /// Conversations forgotten for being idle.
    pub idle_conversations: usize,
    /// Tracked message ids dropped.
    pub message_ids: usize,
    /// Closed case records removed.
    pub closed_cases: usize,
    /// Update marks removed.
    pub update_marks: usize,
    /// Audit log entries removed.
    pub audit_entries: usize,
    /// Monitoring counters removed.
    pub statistics: usize,
}

impl PurgeReport {
    /// Each class with its count, in a fixed order, for printing and logging.
    pub fn classes(&self) -> [(&'static str, usize); 6] {
        [
            ("idle conversations", self.idle_conversations),
            ("message ids", self.message_ids),
            ("closed cases", self.closed_cases),
            ("update marks", self.update_marks),
            ("audit entries", self.audit_entries),
            ("statistics", self.statistics),
        ]
    }
}

impl<S: Store> Service<S> {
    /// Remove everything older than `limits` allow at `now`; with `apply` false, only
    /// count. The caller flushes.
    pub fn purge(&self, limits: &Retention, now: u64, apply: bool) -> Result<PurgeReport> {
        let before = |age: u64| now.saturating_sub(age);
        Ok(PurgeReport {
            idle_conversations: self.purge_idle(limits.idle_conversation, now, apply)?,
            message_ids: self.store.prune_tracked(before(limits.message_ids), apply)?,
            closed_cases: self.purge_closed_cases(limits.closed_cases, now, apply)?,
            update_marks: self.store.prune_updates(before(limits.update_marks), apply)?,
            audit_entries: self.store.purge_audit(before(limits.audit_log), apply)?,
            statistics: self.purge_statistics(limits.statistics_months, now, apply)?,
        })
    }

    /// Forget the conversations idle for `idle` seconds; a record written before the time
    /// was kept is dated now (its idle time starts with this purge).
    fn purge_idle(&self, idle: u64, now: u64, apply: bool) -> Result<usize> {
        let mut forgotten = 0;
        for conv in self.store.conversations()? {
            let _turn = self.turns.lock(conv);
            let Some(mut record) = self.existing_record(conv)? else {
                continue;
            };
            if record.last_active == 0 {
                if apply {
                    record.last_active = now;
                    let out = Outgoing::new(DESK, "retention", now);
                    self.commit(conv, None, super::service::keep(&record)?, None, out)?;
                }
                continue;
            }
            if record.last_active.saturating_add(idle) > now {
                continue;
            }
            forgotten += 1;
            if apply {
                self.expire_idle(conv, &record, now)?;
            }
        }
        Ok(forgotten)
    }

    /// Forget one idle conversation as the quick exit does, in one write (the caller holds
    /// its lock): its case withdrawn, its state deleted; then its undelivered messages and
    /// tracked ids.
    fn expire_idle(&self, conv: ConvId, record: &Record, now: u64) -> Result<()> {
        let channel = record.engine.vars.get("channel").cloned().unwrap_or_default();
        let mut out = Outgoing::new(&channel, "", now);
        if let Some(case) = record.case {
            self.withdraw(case, &mut out, Withdrawal::Expired)?;
        }
        self.commit(conv, None, StateChange::Delete, None, out)?;
        self.store.take_tracked(conv, now)?;
        for item in self.store.outbox_pending(&channel, usize::MAX)? {
            let Ok(message) = decode::<Outbound>("outbox entry", &item.payload) else {
                continue;
            };
            if self.store.conv_id(&channel, &message.chat) == conv {
                self.store.mark_delivered(&channel, item.id)?;
            }
        }
        Ok(())
    }

    /// Remove the case records closed for `keep` seconds, with their room's record.
    fn purge_closed_cases(&self, keep: u64, now: u64, apply: bool) -> Result<usize> {
        let mut out = Outgoing::new(DESK, "retention", now);
        let mut removed = 0;
        for (_, bytes) in self.store.desk_entries("case/")? {
            let Ok(case) = decode::<Case>("case record", &bytes) else {
                continue;
            };
            let closed = matches!(case.status, Status::Closed { .. });
            let since = case.closed_at.unwrap_or(case.opened_at);
            if !closed || since.saturating_add(keep) > now {
                continue;
            }
            removed += 1;
            out.desk.push(DeskChange::Forget(case_key(case.number)));
            if let Some(room) = &case.room {
                out.desk.push(DeskChange::Forget(format!("room/{room}")));
            }
        }
        if apply && removed > 0 {
            let conv = self.store.conv_id(DESK, "lobby");
            let _turn = self.turns.lock(conv);
            self.commit(conv, None, StateChange::Keep, None, out)?;
        }
        Ok(removed)
    }

    /// Remove the monitoring counters of months before the last `months`.
    fn purge_statistics(&self, months: u32, now: u64, apply: bool) -> Result<usize> {
        let cutoff = months_back(&crate::stats::month(now), months.saturating_sub(1));
        let old: Vec<String> = self
            .store
            .counters()?
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| name.split('|').next().is_some_and(|month| month < cutoff.as_str()))
            .collect();
        if apply && !old.is_empty() {
            self.store.remove_counters(&old)?;
        }
        Ok(old.len())
    }
}

/// `YYYY-MM` that many months before `month` (`YYYY-MM`).
fn months_back(month: &str, back: u32) -> String {
    let (y, m) = month.split_once('-').unwrap_or(("0", "1"));
    let index = y.parse::<i64>().unwrap_or(0) * 12 + m.parse::<i64>().unwrap_or(1) - 1 - i64::from(back);
    format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
}

#[cfg(test)]
mod tests {
    use super::months_back;

    #[test]
    fn months_back_crosses_years() {
        assert_eq!(months_back("2026-11", 0), "2026-11");
        assert_eq!(months_back("2026-11", 11), "2025-12");
        assert_eq!(months_back("2026-01", 1), "2025-12");
        assert_eq!(months_back("2026-03", 35), "2023-04");
    }
}
