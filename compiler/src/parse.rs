//! Parse: source text → Python AST (rustpython-parser), and the `tokens`/`ast` dumps.
//!
//! **Invariant:** the parser knows nothing of types or of natrix's subset; a syntax error is a
//! diagnostic, never a panic.

use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, SourceMap, Span};
use rustpython_parser::ast;
use rustpython_parser::lexer::lex;
use rustpython_parser::Mode;

/// Parses one file; its ranges are offsets in the map's shared space (see `source.rs`).
pub fn parse(map: &SourceMap, file: FileId) -> crate::diag::Result<Vec<ast::Stmt>> {
    let f = map.file(file);
    let base = ast::text_size::TextSize::from(f.base);
    match rustpython_parser::parse_starts_at(&f.text, Mode::Module, &f.path, base) {
        Ok(ast::Mod::Module(m)) => {
            // Python 3.11 refuses a backslash inside an f-string's replacement field (3.12's
            // parser, which rustpython follows, allows it).
            let mut fields = FieldExprs(vec![]);
            for s in &m.body {
                rustpython_ast::Visitor::visit_stmt(&mut fields, s.clone());
            }
            let errors: Vec<Diagnostic> = fields
                .0
                .into_iter()
                .filter_map(|r| {
                    let (start, end) = (u32::from(r.start()) - f.base, u32::from(r.end()) - f.base);
                    let text = f.text.get(start as usize..end as usize)?;
                    text.contains('\\').then(|| {
                        Diagnostic::new(
                            Code::SyntaxError,
                            Span::new(file, start, end),
                            "f-string expression part cannot include a backslash",
                        )
                        .label("here")
                    })
                })
                .collect();
            if errors.is_empty() {
                Ok(m.body)
            } else {
                Err(errors)
            }
        }
        Ok(_) => Ok(vec![]),
        Err(e) => {
            let at: u32 = u32::from(e.offset).saturating_sub(f.base);
            let span = Span::new(file, at, at + 1);
            Err(vec![Diagnostic::new(
                Code::SyntaxError,
                span,
                format!("invalid syntax: {}", e.error),
            )
            .label("here")])
        }
    }
}

/// `--emit tokens`: one token per line with its `line:col`.
pub fn dump_tokens(map: &SourceMap, file: FileId) -> crate::diag::Result<String> {
    let f = map.file(file);
    let mut out = String::new();
    for tok in lex(&f.text, Mode::Module) {
        match tok {
            Ok((tok, range)) => {
                let (l, c) = f.line_col(range.start().into());
                out.push_str(&format!("{l}:{c}\t{tok:?}\n"));
            }
            Err(e) => {
                let at: u32 = e.location.into();
                return Err(vec![Diagnostic::new(
                    Code::SyntaxError,
                    Span::new(file, at, at + 1),
                    format!("invalid syntax: {}", e.error),
                )
                .label("here")]);
            }
        }
    }
    Ok(out)
}

/// `--emit ast`: the parser's tree.
pub fn dump_ast(stmts: &[ast::Stmt]) -> String {
    let mut out = String::new();
    for s in stmts {
        out.push_str(&format!("{s:#?}\n"));
    }
    out
}

/// The ranges of the expressions in f-strings' replacement fields.
struct FieldExprs(Vec<ast::text_size::TextRange>);

impl rustpython_ast::Visitor for FieldExprs {
    visit_skipped_parts!();

    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        self.visit_expr(c.iter);
        for e in c.ifs {
            self.visit_expr(e);
        }
    }

    fn visit_expr_formatted_value(&mut self, v: ast::ExprFormattedValue) {
        self.0.push(ast::Ranged::range(v.value.as_ref()));
        self.generic_visit_expr_formatted_value(v);
    }
}
