//! Diagnostics for volunteers and admins: a problem in a file, with file, line and node.
//! Owns the format (`file:line:col: error: node `x`: message`); must not print anything.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// File as the person named it (e.g. `flows/main.toml`).
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    pub column: usize,
    /// `flow:node` when the problem belongs to a node.
    pub node: Option<String>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: &str, pos: LineCol, node: Option<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            line: pos.line,
            column: pos.column,
            node,
            message: message.into(),
        }
    }
    pub fn warning(file: &str, pos: LineCol, node: Option<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, node, message)
        }
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        if self.line > 0 {
            write!(f, "{}:{}:{}: {level}: ", self.file, self.line, self.column)?;
        } else {
            write!(f, "{}: {level}: ", self.file)?;
        }
        if let Some(node) = &self.node {
            write!(f, "node `{node}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineCol {
    pub const WHOLE_FILE: LineCol = LineCol { line: 0, column: 0 };

    /// Position of a byte offset in `text` (clamped to its end).
    pub(crate) fn of_offset(text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        LineCol { line, column }
    }
}
