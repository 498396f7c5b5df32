//! Resolve: the members of `sys` natrix provides (`sys.argv`, `sys.exit(…)`, the standard
//! streams, `sys.exc_info()`, `sys.version_info`), as values and called.

use super::calls::hoist;
use super::*;

/// The members of `sys` natrix provides.
pub(super) const SYS_MEMBERS: &[&str] = &[
    "exit",
    "argv",
    "setrecursionlimit",
    "getrecursionlimit",
    "maxsize",
    "platform",
    "stdout",
    "stderr",
    "stdin",
    "exc_info",
    "version_info",
];

/// `sys.version_info`: the version whose behaviour natrix follows (CPython 3.11, the release
/// its tests compare with), by field.
pub(super) const VERSION_INFO: [(&str, &str); 5] = [
    ("major", "3"),
    ("minor", "11"),
    ("micro", "7"),
    ("releaselevel", "\"final\""),
    ("serial", "0"),
];

impl Resolver<'_> {
    /// `sys.name` (the module not shadowed by a variable): the member's name.
    pub(super) fn sys_member_of(&self, a: &ast::ExprAttribute, scope: &Scope) -> Option<String> {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return None;
        };
        let alias = self.sys_aliases.contains(n.id.as_str())
            && !scope.local_ids.contains_key(n.id.as_str())
            && !self.global_ids.contains_key(n.id.as_str());
        alias.then(|| a.attr.to_string())
    }

    /// Whether `e` is `sys.stdin`.
    pub(super) fn std_stream_in(&self, e: &ast::Expr, scope: &Scope) -> bool {
        matches!(e, ast::Expr::Attribute(a) if self.sys_member_of(a, scope).as_deref() == Some("stdin"))
    }

    /// `"stdout"` or `"stderr"` for `sys.stdout` / `sys.stderr`.
    pub(super) fn std_stream(&self, e: &ast::Expr, scope: &Scope) -> Option<&'static str> {
        let ast::Expr::Attribute(a) = e else {
            return None;
        };
        match self.sys_member_of(a, scope)?.as_str() {
            "stdout" => Some("stdout"),
            "stderr" => Some("stderr"),
            _ => None,
        }
    }

    /// `sys.argv`, `sys.maxsize`, `sys.platform`, `sys.stdin` (its lines), `sys.stdout` and
    /// `sys.stderr` as values.
    pub(super) fn sys_value(&mut self, member: &str, span: Span, scope: &mut Scope) -> Expr {
        match member {
            "argv" => self.expr_node(scope, span, ExprKind::Builtin(Builtin::SysArgv, vec![])),
            "platform" => {
                self.expr_node(scope, span, ExprKind::Builtin(Builtin::SysPlatform, vec![]))
            }
            "maxsize" => self.expr_node(scope, span, ExprKind::BigInt(i64::MAX.to_string())),
            // `for line in sys.stdin`: its lines, read when it is used.
            "stdin" => self.expr_node(
                scope,
                span,
                ExprKind::Builtin(Builtin::StdinReadlines, vec![]),
            ),
            // `sys.version_info`: a tuple of its fields (`>= (3, 8)`, `[:2]`).
            "version_info" => {
                let items = VERSION_INFO
                    .iter()
                    .map(|(_, v)| match v.parse::<i64>() {
                        Ok(n) => self.expr_node(scope, span, ExprKind::Int(n)),
                        Err(_) => {
                            self.expr_node(scope, span, ExprKind::Str(v.trim_matches('"').into()))
                        }
                    })
                    .collect();
                self.expr_node(scope, span, ExprKind::Tuple(items))
            }
            // `out = sys.stderr`: the library's stream object.
            "stdout" | "stderr" => {
                let name = if member == "stdout" {
                    crate::modules::STDOUT_VALUE
                } else {
                    crate::modules::STDERR_VALUE
                };
                let load = ast::Expr::Name(ast::ExprName {
                    range: Default::default(),
                    id: ast::Identifier::new(name),
                    ctx: ast::ExprContext::Load,
                });
                let mut e = self.expr(&load, scope, &[]);
                e.span = span;
                e
            }
            other => self.unsupported(span, &format!("`sys.{other}` as a value"), scope),
        }
    }

    /// `sys.exit(…)`, `sys.setrecursionlimit(n)`, `sys.getrecursionlimit()`,
    /// `sys.stdout.write(s)`.
    pub(super) fn sys_call(
        &mut self,
        member: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments to a `sys` function", scope);
        }
        let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        let (b, n) = match member {
            "exit" => (Builtin::SysExit, 0..=1),
            "setrecursionlimit" => (Builtin::SetRecursionLimit, 1..=1),
            "getrecursionlimit" => (Builtin::GetRecursionLimit, 0..=0),
            "stdin.read" => (Builtin::StdinRead, 0..=0),
            "stdin.readline" => (Builtin::StdinReadline, 0..=0),
            "stdin.readlines" => (Builtin::StdinReadlines, 0..=0),
            // `sys.exc_info()`: the library's tuple of the exception being handled.
            "exc_info" if args.is_empty() => {
                let call = ast::Expr::Call(ast::ExprCall {
                    range: c.range,
                    func: Box::new(ast::Expr::Name(ast::ExprName {
                        range: c.range,
                        id: ast::Identifier::new(crate::modules::EXC_INFO),
                        ctx: ast::ExprContext::Load,
                    })),
                    args: vec![],
                    keywords: vec![],
                });
                return self.expr(&call, scope, sigs);
            }
            // `sys.stdin.isatty()`: of its descriptor.
            "stdin.isatty" | "stdout.isatty" | "stderr.isatty" if args.is_empty() => {
                let fd = match member {
                    "stdin.isatty" => 0,
                    "stdout.isatty" => 1,
                    _ => 2,
                };
                let fd = self.expr_node(scope, span, ExprKind::Int(fd));
                return self.expr_node(scope, span, ExprKind::Builtin(Builtin::IsATty, vec![fd]));
            }
            // `sys.stdout.write(s)`, `sys.stderr.flush()`: prints without a newline.
            "stdout.write" | "stderr.write" | "stdout.flush" | "stderr.flush" => {
                let write = member.ends_with("write");
                if args.len() != usize::from(write) {
                    let msg = format!("`sys.{member}()` with this many arguments");
                    return self.unsupported(span, &msg, scope);
                }
                let end = Box::new(self.expr_node(scope, span, ExprKind::Str(String::new())));
                let flush =
                    (!write).then(|| Box::new(self.expr_node(scope, span, ExprKind::Bool(true))));
                // `write(s)` returns the number of characters written.
                let mut prelude = vec![];
                let text = args
                    .into_iter()
                    .next()
                    .map(|t| hoist(t, "$write", scope, &mut prelude));
                let print = ExprKind::Print {
                    args: text.iter().map(|t| self.load(scope, span, *t)).collect(),
                    sep: None,
                    end: Some(end),
                    stderr: member.starts_with("stderr"),
                    flush,
                };
                let print = self.expr_node(scope, span, print);
                let Some(text) = text else {
                    return print;
                };
                prelude.push(Stmt {
                    span,
                    kind: StmtKind::Expr(print),
                });
                let n = ExprKind::Builtin(Builtin::Len, vec![self.load(scope, span, text)]);
                return self.with_prelude(prelude, n, span, scope);
            }
            other => return self.unsupported(span, &format!("`sys.{other}()`"), scope),
        };
        if !n.contains(&args.len()) {
            return self.unsupported(
                span,
                &format!("`sys.{member}()` with {} arguments", args.len()),
                scope,
            );
        }
        self.expr_node(scope, span, ExprKind::Builtin(b, args))
    }
}
