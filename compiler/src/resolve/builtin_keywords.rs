//! Keyword arguments of builtins that resolve puts in their places or rewrites: the codec
//! of `bytes(s, encoding=…)` and `str(b, encoding=…)`, and `print(…, file=f)` to a file other
//! than sys.stdout and sys.stderr.

use super::*;

impl Resolver<'_> {
    /// `bytes(s, encoding="ascii")`, `str(b, errors="ignore")`: the keywords appended to
    /// `args` in their places; any other keyword of builtin `b` (called `name`) is reported.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn codec_keywords(
        &mut self,
        b: Builtin,
        name: &str,
        args: &mut Vec<Expr>,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) {
        fn codec(k: &ast::Keyword) -> Option<&str> {
            k.arg.as_ref().map(|a| a.as_str())
        }
        let encoding_given = c.keywords.iter().any(|k| codec(k) == Some("encoding"));
        if matches!(b, Builtin::Bytes | Builtin::Str)
            && (1..=2).contains(&args.len())
            && (b == Builtin::Str || args.len() == 2 || encoding_given)
            && !c.keywords.is_empty()
            && c.keywords
                .iter()
                .all(|k| matches!(codec(k), Some("encoding" | "errors")))
        {
            for (i, param) in [(1, "encoding"), (2, "errors")] {
                let value = c.keywords.iter().find(|k| codec(k) == Some(param));
                match value {
                    Some(k) if args.len() == i => args.push(self.expr(&k.value, scope, sigs)),
                    None if args.len() == i && i == 1 => {
                        args.push(self.expr_node(scope, span, ExprKind::Str("utf-8".into())))
                    }
                    _ => {}
                }
            }
        } else if let Some(k) = c.keywords.first() {
            let ks = self.span(k.range);
            self.errors.push(Diagnostic::unsupported(
                ks,
                &format!("keyword arguments to `{name}()`"),
            ));
        }
    }

    /// `print(*args, sep=…, end=…, file=f, flush=…)` to a file other than sys.stdout and
    /// sys.stderr (an `open()` file, a `StringIO`, any object with `write`): the library's
    /// `_print_to(f, [str(a), …], sep, end, flush)`, which writes the line with `f.write`.
    pub(super) fn print_to_file(
        &mut self,
        c: &ast::ExprCall,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let keyword = |name: &str| {
            c.keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name))
                .map(|k| k.value.clone())
        };
        let file = keyword("file")?;
        if self.std_stream(&file, scope).is_some() {
            return None;
        }
        let r = c.range;
        let name = |id: &str| {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(id),
                ctx: ast::ExprContext::Load,
            })
        };
        let call = |func: ast::Expr, args: Vec<ast::Expr>| {
            ast::Expr::Call(ast::ExprCall {
                range: r,
                func: Box::new(func),
                args,
                keywords: vec![],
            })
        };
        let constant = |value: ast::Constant| {
            ast::Expr::Constant(ast::ExprConstant {
                range: r,
                value,
                kind: None,
            })
        };
        // Each argument's str (a starred one's items', each).
        let texts = c
            .args
            .iter()
            .map(|a| match a {
                ast::Expr::Starred(s) => {
                    let items = call(name("map"), vec![name("str"), (*s.value).clone()]);
                    ast::Expr::Starred(ast::ExprStarred {
                        range: s.range,
                        value: Box::new(items),
                        ctx: ast::ExprContext::Load,
                    })
                }
                a => call(name("str"), vec![a.clone()]),
            })
            .collect();
        let texts = ast::Expr::List(ast::ExprList {
            range: r,
            elts: texts,
            ctx: ast::ExprContext::Load,
        });
        let none = || constant(ast::Constant::None);
        let args = vec![
            file,
            texts,
            keyword("sep").unwrap_or_else(none),
            keyword("end").unwrap_or_else(none),
            keyword("flush").unwrap_or_else(|| constant(ast::Constant::Bool(false))),
        ];
        Some(self.expr(&call(name(crate::modules::PRINT_TO), args), scope, sigs))
    }
}
