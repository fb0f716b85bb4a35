//! Anonymous monitoring counters: which events happen how often per month (conversations
//! started, per campaign tag, per language, handoffs by reason, quick exits). It owns the
//! counter names and small-cell suppression; it must never count anything that identifies
//! a person or carries what they wrote.

pub mod html;
pub mod report;

use serde::Serialize;

use crate::flow::Event;

/// Cells below this are shown as "<5" in reports (GDPR small-cell suppression).
pub(crate) const SMALL_CELL: u64 = 5;

/// Counter names an engine event adds one to, prefixed by the month (`2026-11|…`).
pub(crate) fn counter_names(event: &Event, now: u64) -> Vec<String> {
    let month = month(now);
    let names: Vec<String> = match event {
        Event::Started { campaign } => {
            let mut v = vec!["started".to_owned()];
            if let Some(tag) = campaign {
                v.push(format!("campaign:{tag}"));
            }
            v
        }
        Event::Handoff { priority, reason } => {
            vec![format!("handoff:{reason}"), format!("priority:{}", priority.as_str())]
        }
        Event::LeftQueue => vec!["left_queue".to_owned()],
        Event::QuickExit => vec!["quick_exit".to_owned()],
        Event::NotUnderstoodTwice => vec!["not_understood_twice".to_owned()],
        Event::LanguageChosen { lang } => vec![format!("language:{lang}")],
        // Commands are too fine-grained to be worth keeping.
        Event::Command { .. } => Vec::new(),
    };
    names.into_iter().map(|n| format!("{month}|{n}")).collect()
}

/// Upper bounds (minutes, exclusive) of the time-to-claim buckets; the last bucket is open.
const CLAIM_BUCKETS: &[u64] = &[5, 15, 30, 60, 240];

/// The counter a first claim adds one to: `YYYY-MM|claim_minutes:<bucket>` for the minutes
/// between the case opening and an operator taking it (`0-5`, `5-15`, … `240+`).
pub(crate) fn claim_counter(opened_at: u64, now: u64) -> String {
    let minutes = now.saturating_sub(opened_at) / 60;
    let mut low = 0;
    for &high in CLAIM_BUCKETS {
        if minutes < high {
            return format!("{}|claim_minutes:{low}-{high}", month(now));
        }
        low = high;
    }
    format!("{}|claim_minutes:{low}+", month(now))
}

/// The counter a new case adds one to: `YYYY-MM|caller:<role>`, the flows' caller type
/// (`self`, `other`, `professional`…, a choice's value). Anything that is not a short
/// lowercase word is not counted: a free-text value could identify someone.
pub(crate) fn caller_counter(role: &str, now: u64) -> Option<String> {
    let word = !role.is_empty()
        && role.len() <= 32
        && role
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    word.then(|| format!("{}|caller:{role}", month(now)))
}

/// `YYYY-MM` of a Unix time (UTC), without a date library.
pub fn month(unix_secs: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (unix_secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}")
}

/// One line of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// `YYYY-MM` (UTC).
    pub month: String,
    /// What was counted: `started`, `campaign:<tag>`, `language:<lang>`, `handoff:<reason>`…
    pub counter: String,
    /// `None` when below `SMALL_CELL`.
    pub count: Option<u64>,
}

/// Counters as report rows, small cells suppressed.
pub fn report(counters: &[(String, u64)]) -> Vec<Row> {
    counters
        .iter()
        .filter_map(|(name, n)| {
            let (month, counter) = name.split_once('|')?;
            Some(Row {
                month: month.to_owned(),
                counter: counter.to_owned(),
                count: (*n >= SMALL_CELL).then_some(*n),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_known_dates() {
        assert_eq!(month(0), "1970-01");
        assert_eq!(month(1_790_000_000), "2026-09");
        assert_eq!(month(951_782_400), "2000-02"); // 2000-02-29
    }

    #[test]
    fn campaign_and_small_cells() {
        let names = counter_names(
            &Event::Started {
                campaign: Some("qr-torino".into()),
            },
            0,
        );
        assert_eq!(names, vec!["1970-01|started", "1970-01|campaign:qr-torino"]);
        let rows = report(&[("1970-01|started".into(), 4), ("1970-01|quick_exit".into(), 9)]);
        assert_eq!(rows[0].count, None);
        assert_eq!(rows[1].count, Some(9));
    }

    #[test]
    fn caller_types_are_words_only() {
        assert_eq!(
            caller_counter("professional", 0).as_deref(),
            Some("1970-01|caller:professional")
        );
        assert_eq!(caller_counter("Maria Rossi", 0), None);
        assert_eq!(caller_counter("", 0), None);
    }

    #[test]
    fn claim_buckets() {
        assert_eq!(claim_counter(0, 299), "1970-01|claim_minutes:0-5");
        assert_eq!(claim_counter(0, 300), "1970-01|claim_minutes:5-15");
        assert_eq!(claim_counter(100, 50), "1970-01|claim_minutes:0-5");
        assert_eq!(claim_counter(0, 240 * 60), "1970-01|claim_minutes:240+");
    }
}
