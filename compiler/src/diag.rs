//! Diagnostics: the catalogue of error kinds, the error value every stage reports, and the one
//! renderer.
//!
//! **Invariant:** stages produce [`Diagnostic`] values as plain data; only [`render`] turns them
//! into text. A stage reports every error it finds, not only the first.

use crate::source::{SourceMap, Span};
use annotate_snippets::{Level, Renderer, Snippet};

/// The kinds of error natrix reports. Each has a stable kebab-case id, shown in the message and
/// documented in `docs/DIAGNOSTICS.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The file does not parse as Python 3.11.
    SyntaxError,
    /// Valid Python that natrix does not compile (yet, or ever: `eval`, `exec`).
    UnsupportedConstruct,
    /// A name that is neither local, global nor builtin.
    UndefinedName,
    /// A variable, return value or operand whose type cannot be one static type.
    TypeConflict,
    /// An operation Python itself rejects for these types (`"a" - 1`).
    InvalidOperation,
    /// A call whose arguments do not match the function's parameters.
    ArgumentMismatch,
    /// A function needs more specializations than the inference bound allows.
    TooManySpecializations,
    /// A bug in natrix.
    Internal,
}

impl Code {
    pub fn id(self) -> &'static str {
        match self {
            Code::SyntaxError => "syntax-error",
            Code::UnsupportedConstruct => "unsupported-construct",
            Code::UndefinedName => "undefined-name",
            Code::TypeConflict => "type-conflict",
            Code::InvalidOperation => "invalid-operation",
            Code::ArgumentMismatch => "argument-mismatch",
            Code::TooManySpecializations => "too-many-specializations",
            Code::Internal => "internal-error",
        }
    }
}

/// One located error.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub span: Span,
    /// The label under the underlined source.
    pub label: String,
    /// Further spans that explain the error (e.g. where a conflicting type came from).
    pub notes: Vec<(Span, String)>,
    /// A warning: the program still compiles.
    pub warning: bool,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            message: message.into(),
            span,
            label: String::new(),
            notes: vec![],
            warning: false,
        }
    }

    /// This diagnostic as a warning.
    pub fn warning(mut self) -> Diagnostic {
        self.warning = true;
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    pub fn note(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.notes.push((span, text.into()));
        self
    }

    /// The construct `what` is valid Python that natrix does not compile.
    pub fn unsupported(span: Span, what: &str) -> Diagnostic {
        Diagnostic::new(
            Code::UnsupportedConstruct,
            span,
            format!("{what} is not supported by natrix"),
        )
        .label(format!("{what} used here"))
    }
}

/// The result of a stage: a value, or every error it found.
pub type Result<T> = std::result::Result<T, Vec<Diagnostic>>;

/// Renders one diagnostic as `error[code]: message` (or `warning[code]`) with `--> file:line:col`, the source line and
/// an underline. Plain text, no colour, so snapshots are stable.
pub fn render(map: &SourceMap, d: &Diagnostic) -> String {
    let file = map.file(d.span.file);
    let level = if d.warning {
        Level::Warning
    } else {
        Level::Error
    };
    let clamp = |s: Span| {
        let len = file.text.len();
        let start = (s.start as usize).min(len);
        let end = (s.end as usize).min(len).max(start);
        start..end
    };
    let mut snippet = Snippet::source(&file.text)
        .line_start(1)
        .origin(&file.path)
        .fold(true)
        .annotation(level.span(clamp(d.span)).label(&d.label));
    for (span, text) in &d.notes {
        if span.file == d.span.file {
            snippet = snippet.annotation(Level::Info.span(clamp(*span)).label(text));
        }
    }
    let message = level.title(&d.message).id(d.code.id()).snippet(snippet);
    format!("{}", Renderer::plain().render(message))
}
