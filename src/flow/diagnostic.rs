//! Diagnostics for volunteers and admins: a problem in a file, with file, line and node.
//! Owns the format (`file:line:col: error: node `x`: message`); must not print anything.

use std::fmt;

/// How bad a [`Diagnostic`] is: only errors stop content from loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing, but the helpline can run with it.
    Warning,
    /// The content is refused: `chat` and `serve` will not start with it.
    Error,
}

/// One problem found in a flow or locale file, for the volunteer who edits it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Whether the problem stops the content from loading.
    pub severity: Severity,
    /// File as the person named it (e.g. `flows/main.toml`).
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, counted in characters; 0 when the problem concerns the whole file.
    pub column: usize,
    /// `flow:node` when the problem belongs to a node.
    pub node: Option<String>,
    /// What is wrong, in lowercase without a trailing period.
    pub message: String,
}

impl Diagnostic {
    /// An error at `pos` in `file`, optionally about one node.
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
    /// A warning at `pos` in `file`, optionally about one node.
    pub fn warning(file: &str, pos: LineCol, node: Option<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, node, message)
        }
    }
    /// Whether this diagnostic stops the content from loading.
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
    /// 1-based line; 0 for the whole file.
    pub line: usize,
    /// 1-based column, in characters; 0 for the whole file.
    pub column: usize,
}

impl LineCol {
    /// The position used when a problem concerns the whole file (printed without line and
    /// column).
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
