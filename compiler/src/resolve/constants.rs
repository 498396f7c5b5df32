//! Module-level str constants, and the values of `range` over int literals (`RED, GREEN =
//! range(2)`). Str constants: `ROW = "{:<10}{:>8}"` bound once and never rebound. Their uses
//! as a `str.format` template or the left side of `%` are compiled like the literal itself.

use super::*;

/// The str constants of a module: names bound exactly once, by `NAME = "literal"` directly in
/// the module body, and never declared `global` in a function.
pub(super) fn str_constants(module: &[ast::Stmt]) -> HashMap<String, String> {
    let mut bindings: HashMap<String, usize> = HashMap::new();
    count_bindings(module, &mut bindings);
    let mut declared = HashSet::new();
    global_decls(module, &mut declared);
    let mut out = HashMap::new();
    for s in module {
        let ast::Stmt::Assign(a) = s else { continue };
        let [ast::Expr::Name(n)] = a.targets.as_slice() else {
            continue;
        };
        let ast::Expr::Constant(k) = a.value.as_ref() else {
            continue;
        };
        let ast::Constant::Str(text) = &k.value else {
            continue;
        };
        let name = n.id.as_str();
        if bindings.get(name) == Some(&1) && !declared.contains(name) {
            out.insert(name.to_string(), text.clone());
        }
    }
    out
}

/// Counts every binding of each name in a block (not inside functions or classes, whose
/// names are their own, except that a `def`/`class` itself binds its name).
fn count_bindings(stmts: &[ast::Stmt], out: &mut HashMap<String, usize>) {
    fn target(t: &ast::Expr, out: &mut HashMap<String, usize>) {
        match t {
            ast::Expr::Name(n) => *out.entry(n.id.to_string()).or_default() += 1,
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::Starred(s) => target(&s.value, out),
            _ => {}
        }
    }
    let bind = |name: &str, out: &mut HashMap<String, usize>| {
        *out.entry(name.to_string()).or_default() += 1;
    };
    for s in stmts {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::FunctionDef(f) => bind(f.name.as_str(), out),
            ast::Stmt::ClassDef(c) => bind(c.name.as_str(), out),
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    bind(bound.as_str().split('.').next().unwrap_or(""), out);
                }
            }
            ast::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    bind(a.asname.as_ref().unwrap_or(&a.name).as_str(), out);
                }
            }
            ast::Stmt::For(f) => {
                target(&f.target, out);
                count_bindings(&f.body, out);
                count_bindings(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                count_bindings(&w.body, out);
                count_bindings(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                count_bindings(&i.body, out);
                count_bindings(&i.orelse, out);
            }
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        target(v, out);
                    }
                }
                count_bindings(&w.body, out);
            }
            ast::Stmt::Try(t) => {
                count_bindings(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        bind(n.as_str(), out);
                    }
                    count_bindings(&h.body, out);
                }
                count_bindings(&t.orelse, out);
                count_bindings(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// Every name declared `global` anywhere (in any function or method, at any depth).
fn global_decls(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in stmts {
        match s {
            ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            ast::Stmt::FunctionDef(f) => global_decls(&f.body, out),
            ast::Stmt::ClassDef(c) => global_decls(&c.body, out),
            ast::Stmt::For(f) => {
                global_decls(&f.body, out);
                global_decls(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                global_decls(&w.body, out);
                global_decls(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                global_decls(&i.body, out);
                global_decls(&i.orelse, out);
            }
            ast::Stmt::With(w) => global_decls(&w.body, out),
            ast::Stmt::Try(t) => {
                global_decls(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    global_decls(&h.body, out);
                }
                global_decls(&t.orelse, out);
                global_decls(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

impl Resolver<'_> {
    /// The text of a str literal, or of a module str constant not shadowed here.
    pub(super) fn literal_str(&self, e: &ast::Expr, scope: &Scope) -> Option<String> {
        match e {
            ast::Expr::Constant(k) => match &k.value {
                ast::Constant::Str(s) => Some(s.clone()),
                _ => None,
            },
            ast::Expr::Name(n) if !scope.local_ids.contains_key(n.id.as_str()) => {
                self.str_constants.get(n.id.as_str()).cloned()
            }
            _ => None,
        }
    }
}

/// The values of `range(args)` when its arguments are int literals (at most a few hundred).
pub(super) fn constant_range(args: &[ast::Expr]) -> Option<Vec<i64>> {
    fn literal(e: &ast::Expr) -> Option<i64> {
        match e {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Int(i) => i.to_string().parse().ok(),
                _ => None,
            },
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => {
                literal(&u.operand)?.checked_neg()
            }
            _ => None,
        }
    }
    let v = args.iter().map(literal).collect::<Option<Vec<i64>>>()?;
    let (start, stop, step) = match v[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] if step != 0 => (start, stop, step),
        _ => return None,
    };
    let mut out = vec![];
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        if out.len() >= 256 {
            return None;
        }
        out.push(i);
        i = i.checked_add(step)?;
    }
    Some(out)
}
