//! The indicator check ("Is this exploitation?" in `flows/topics.toml`) as the operator
//! reads it: which questions the person answered yes, no or preferred not to say, and a
//! suggested priority for the case. The answers are conversation variables
//! (`check-<indicator>` = `yes` | `no` | `skip`); a question never answered is left out.
//! Pure: it reads variables and returns data. It must not render texts, do I/O, or change
//! a case's priority (the suggestion is advice for the operator, and the person never sees
//! it).

use std::collections::BTreeMap;

use crate::flow::Priority;

/// One question of the check: a sign that the person may be exploited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Indicator {
    /// Someone else keeps their passport or documents.
    Documents,
    /// A debt to the people who brought them or found them the work.
    Debt,
    /// Not free to leave work or home, or to move.
    Movement,
    /// Threats or violence against them or people close to them.
    Threats,
    /// Pay kept back, or far less than agreed.
    Pay,
    /// Deceived about the job.
    Deceived,
    /// Living where they work, or where the employer decides.
    Housing,
    /// Under 18.
    Minor,
}

impl Indicator {
    /// Every question, in the order the flow asks them.
    pub const ALL: [Indicator; 8] = [
        Indicator::Documents,
        Indicator::Debt,
        Indicator::Movement,
        Indicator::Threats,
        Indicator::Pay,
        Indicator::Deceived,
        Indicator::Housing,
        Indicator::Minor,
    ];

    /// The short name used in the variable (`check-<name>`) and in the desk text's id
    /// (`desk-indicator-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Indicator::Documents => "documents",
            Indicator::Debt => "debt",
            Indicator::Movement => "movement",
            Indicator::Threats => "threats",
            Indicator::Pay => "pay",
            Indicator::Deceived => "deceived",
            Indicator::Housing => "housing",
            Indicator::Minor => "minor",
        }
    }

    /// The conversation variable the flow sets when the person answers.
    pub fn var(self) -> String {
        format!("check-{}", self.name())
    }

    /// Signs that, on their own, suggest someone may not be safe or is a child.
    fn is_strong(self) -> bool {
        matches!(self, Indicator::Movement | Indicator::Threats | Indicator::Minor)
    }
}

/// What the person chose for one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The sign is there.
    Yes,
    /// It is not.
    No,
    /// "I prefer not to say".
    Skipped,
}

impl Answer {
    fn parse(value: &str) -> Option<Answer> {
        match value {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "skip" => Some(Answer::Skipped),
            _ => None,
        }
    }
}

/// The answers the person gave, in the flow's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Each question answered, with what the person chose; unanswered ones are absent.
    pub answers: Vec<(Indicator, Answer)>,
}

impl Assessment {
    /// The answers among a conversation's variables; `None` when the person answered no
    /// question (or never took the check). Unknown values are left out.
    pub fn from_vars(vars: &BTreeMap<String, String>) -> Option<Assessment> {
        let answers: Vec<(Indicator, Answer)> = Indicator::ALL
            .iter()
            .filter_map(|&i| Some((i, Answer::parse(vars.get(&i.var())?)?)))
            .collect();
        (!answers.is_empty()).then_some(Assessment { answers })
    }

    /// The questions answered with `answer`, in the flow's order.
    pub fn with(&self, answer: Answer) -> Vec<Indicator> {
        self.answers
            .iter()
            .filter(|(_, a)| *a == answer)
            .map(|(i, _)| *i)
            .collect()
    }

    /// How many questions the person answered yes or no (not "prefer not to say").
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|(_, a)| *a != Answer::Skipped).count()
    }

    /// The priority the answers suggest to the operator:
    /// - urgent: a child with any other sign, or threats together with restricted movement;
    /// - high: a child, threats, restricted movement, or three or more signs;
    /// - normal: one or two other signs, or no sign but some questions not answered;
    /// - low: every question answered, and answered no.
    pub fn suggested_priority(&self) -> Priority {
        let yes = self.with(Answer::Yes);
        let has = |i: Indicator| yes.contains(&i);
        let minor_and_more = has(Indicator::Minor) && yes.len() > 1;
        if minor_and_more || (has(Indicator::Threats) && has(Indicator::Movement)) {
            Priority::Urgent
        } else if yes.iter().any(|i| i.is_strong()) || yes.len() >= 3 {
            Priority::High
        } else if !yes.is_empty() || self.answers.iter().any(|(_, a)| *a == Answer::Skipped) {
            Priority::Normal
        } else {
            Priority::Low
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn priority(pairs: &[(&str, &str)]) -> Priority {
        Assessment::from_vars(&vars(pairs)).unwrap().suggested_priority()
    }

    #[test]
    fn no_answer_means_no_assessment() {
        assert_eq!(Assessment::from_vars(&vars(&[("role", "victim")])), None);
        assert_eq!(Assessment::from_vars(&vars(&[("check-debt", "maybe")])), None);
    }

    #[test]
    fn answers_are_read_in_the_flows_order_and_unknown_ones_left_out() {
        let a = Assessment::from_vars(&vars(&[
            ("check-minor", "no"),
            ("check-documents", "yes"),
            ("check-pay", "skip"),
            ("check-debt", "perhaps"),
        ]))
        .unwrap();
        assert_eq!(
            a.answers,
            [
                (Indicator::Documents, Answer::Yes),
                (Indicator::Pay, Answer::Skipped),
                (Indicator::Minor, Answer::No),
            ]
        );
        assert_eq!(a.with(Answer::Yes), [Indicator::Documents]);
        assert_eq!(a.answered(), 2);
    }

    #[test]
    fn every_no_is_low_and_not_saying_is_not_low() {
        let all_no: Vec<(String, &str)> = Indicator::ALL.iter().map(|i| (i.var(), "no")).collect();
        let pairs: Vec<(&str, &str)> = all_no.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(priority(&pairs), Priority::Low);
        assert_eq!(
            priority(&[("check-debt", "no"), ("check-threats", "skip")]),
            Priority::Normal
        );
    }

    #[test]
    fn one_or_two_weaker_signs_are_normal_three_are_high() {
        assert_eq!(priority(&[("check-documents", "yes")]), Priority::Normal);
        assert_eq!(
            priority(&[("check-documents", "yes"), ("check-pay", "yes")]),
            Priority::Normal
        );
        assert_eq!(
            priority(&[
                ("check-documents", "yes"),
                ("check-pay", "yes"),
                ("check-housing", "yes")
            ]),
            Priority::High
        );
    }

    #[test]
    fn a_strong_sign_alone_is_high() {
        for strong in ["check-movement", "check-threats", "check-minor"] {
            assert_eq!(
                priority(&[(strong, "yes"), ("check-debt", "no")]),
                Priority::High,
                "{strong}"
            );
        }
    }

    #[test]
    fn a_child_with_another_sign_or_threats_with_confinement_are_urgent() {
        assert_eq!(
            priority(&[("check-minor", "yes"), ("check-debt", "yes")]),
            Priority::Urgent
        );
        assert_eq!(
            priority(&[("check-threats", "yes"), ("check-movement", "yes")]),
            Priority::Urgent
        );
        assert_eq!(
            priority(&[("check-threats", "yes"), ("check-pay", "yes")]),
            Priority::High
        );
    }
}
