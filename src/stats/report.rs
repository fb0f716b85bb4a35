//! `varco stats report`: the monthly counters of a span of months as one table per topic
//! (conversations, languages, caller types, handoffs, time to claim, outcomes, quick exits,
//! campaigns), written as CSV, JSON or one self-contained HTML page ([`super::html`]). It
//! owns which counter belongs to which topic and the suppression of every cell under
//! [`SMALL_CELL`]; it must not print a total, a share or any figure from which a suppressed
//! cell could be worked back.

use std::collections::BTreeMap;

use serde::Serialize;

use super::SMALL_CELL;

/// Topics in report order: title and the counter names (or `prefix:` families) they hold.
const TOPICS: &[(&str, &[&str])] = &[
    ("Conversations", &["started"]),
    ("Languages", &["language:"]),
    ("Caller types", &["caller:"]),
    ("Handoffs", &["handoff:", "priority:"]),
    ("Time to claim (minutes)", &["claim_minutes:"]),
    ("Outcomes", &["outcome:"]),
    (
        "Quick exits and drop-outs",
        &["quick_exit", "left_queue", "not_understood_twice"],
    ),
    ("Campaigns", &["campaign:"]),
];

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `--from` or `--to` is not `YYYY-MM`.
    #[error("`{0}` is not a month (YYYY-MM)")]
    BadMonth(String),
    /// `--from` is after `--to`.
    #[error("--from {0} is after --to {1}")]
    Backwards(String, String),
}

/// A cell as shown: a count of at least [`SMALL_CELL`], or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The count, at least [`SMALL_CELL`].
    Count(u64),
    /// Under [`SMALL_CELL`] (zero included): shown as `<5`.
    Suppressed,
}

impl Cell {
    fn of(n: u64) -> Cell {
        if n >= SMALL_CELL {
            Cell::Count(n)
        } else {
            Cell::Suppressed
        }
    }

    /// `<5` or the number.
    pub fn text(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Suppressed => format!("<{SMALL_CELL}"),
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u64(*n),
            Cell::Suppressed => s.serialize_str(&self.text()),
        }
    }
}

/// One counter's cells, one per month of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// The counter without its family prefix (`it` for `language:it`; `started`).
    pub label: String,
    /// One cell per month, in month order.
    pub cells: Vec<Cell>,
}

/// A topic's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// Its heading.
    pub title: String,
    /// Its counters, by label; empty when nothing was counted in the span.
    pub lines: Vec<Line>,
}

/// A report over `months`, already suppressed: nothing in it is under [`SMALL_CELL`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// `YYYY-MM`, from `--from` to `--to` inclusive.
    pub months: Vec<String>,
    /// Cells under this are shown as `<5`.
    pub suppressed_below: u64,
    /// The topics, in report order.
    pub topics: Vec<Topic>,
}

/// Build the report of `from..=to` from the store's counters (`YYYY-MM|name` → count).
pub fn build(counters: &[(String, u64)], from: &str, to: &str) -> Result<Report, ReportError> {
    let months = months_between(from, to)?;
    let mut by_name: BTreeMap<&str, BTreeMap<&str, u64>> = BTreeMap::new();
    for (key, n) in counters {
        if let Some((month, name)) = key.split_once('|') {
            *by_name.entry(name).or_default().entry(month).or_default() += n;
        }
    }
    let topics = TOPICS
        .iter()
        .map(|(title, families)| Topic {
            title: (*title).to_owned(),
            lines: by_name
                .iter()
                .filter_map(|(name, per_month)| {
                    let label = label_in(name, families)?;
                    let cells: Vec<Cell> = months
                        .iter()
                        .map(|m| Cell::of(per_month.get(m.as_str()).copied().unwrap_or(0)))
                        .collect();
                    // A counter with no event at all in the span is left out.
                    let any = months.iter().any(|m| per_month.contains_key(m.as_str()));
                    any.then_some(Line { label, cells })
                })
                .collect(),
        })
        .collect();
    Ok(Report {
        months,
        suppressed_below: SMALL_CELL,
        topics,
    })
}

fn label_in(name: &str, families: &[&str]) -> Option<String> {
    families.iter().find_map(|f| match f.strip_suffix(':') {
        Some(_) => name.strip_prefix(f).map(|rest| {
            // A topic with two families (handoffs) keeps the family in the label.
            if families.len() > 1 {
                name.to_owned()
            } else {
                rest.to_owned()
            }
        }),
        None => (name == *f).then(|| name.to_owned()),
    })
}

fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
    (1..=12).contains(&m).then_some((y, m))
}

/// Every month from `from` to `to` inclusive.
pub fn months_between(from: &str, to: &str) -> Result<Vec<String>, ReportError> {
    let start = parse_month(from).ok_or_else(|| ReportError::BadMonth(from.to_owned()))?;
    let end = parse_month(to).ok_or_else(|| ReportError::BadMonth(to.to_owned()))?;
    if start > end {
        return Err(ReportError::Backwards(from.to_owned(), to.to_owned()));
    }
    let mut out = Vec::new();
    let (mut y, mut m) = start;
    while (y, m) <= end {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    Ok(out)
}

/// The report as CSV: `topic,counter,month,count`, one row per cell, `<5` for suppressed.
pub fn csv(report: &Report) -> String {
    let mut out = String::from("topic,counter,month,count\n");
    for topic in &report.topics {
        for line in &topic.lines {
            for (month, cell) in report.months.iter().zip(&line.cells) {
                out.push_str(&format!(
                    "{},{},{},{}\n",
                    csv_field(&topic.title),
                    csv_field(&line.label),
                    month,
                    cell.text()
                ));
            }
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The report as pretty JSON (suppressed cells are the string `"<5"`).
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_topics() {
        assert_eq!(months_between("2025-11", "2026-02").unwrap().len(), 4);
        assert!(months_between("2026-13", "2026-12").is_err());
        assert!(months_between("2026-03", "2026-02").is_err());
        let counters = vec![
            ("2026-01|language:it".to_owned(), 7),
            ("2026-02|language:it".to_owned(), 3),
            ("2026-01|started".to_owned(), 12),
        ];
        let r = build(&counters, "2026-01", "2026-02").unwrap();
        assert_eq!(r.topics[0].lines[0].cells, vec![Cell::Count(12), Cell::Suppressed]);
        assert_eq!(r.topics[1].lines[0].label, "it");
        let csv = csv(&r);
        assert!(csv.contains("Languages,it,2026-02,<5\n"), "{csv}");
        assert!(!csv.contains(",3\n"));
        assert!(json(&r).contains("\"<5\""));
    }
}
