//! Nested functions that call each other (`expr` → `term` → `factor` → `expr` in a parser
//! written inside a function). Captured the usual way, each would hold the other's variable,
//! whose closure type holds the first one's: a type without end. Instead the functions of such
//! a group share one environment — every variable of the enclosing function any of them uses,
//! in one order — and each one, when it starts, builds the closures of the others it names from
//! its own cells (`term = <closure of term over these cells>`). A call `term(…)` is then a call
//! of a closure whose function is known, and no closure type mentions itself.
//!
//! A group is formed from `def`s directly in the enclosing body, undecorated, whose names
//! nothing else assigns, whose default values are constants (each member re-evaluates the
//! others' defaults when it makes their closures), and which nothing before the last of them
//! names (so that no member runs before all are defined).

use super::closures::{free_vars, scan};
use super::*;

/// A group of mutually recursive nested functions.
pub(super) struct DefGroup {
    /// Each member's name and the `FuncId` reserved for it.
    pub members: Vec<(String, FuncId)>,
    /// The enclosing function's variables the members use: every member's leading cells.
    pub env: Vec<String>,
    /// Each member's default values (constants), in the order of `members`.
    pub defaults: Vec<Vec<ast::Expr>>,
}

/// The groups of functions defined directly in `body` that call each other.
fn find(body: &[ast::Stmt]) -> Vec<Vec<&ast::StmtFunctionDef>> {
    let names = scan(body);
    let defs: Vec<&ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(d) => Some(d),
            _ => None,
        })
        .filter(|d| {
            let name = d.name.to_string();
            d.decorator_list.is_empty()
                && names.bound.iter().filter(|b| **b == name).count() == 1
                && !names.globals.contains(&name)
                && !names.nonlocals.contains(&name)
                && d.args.posonlyargs.is_empty()
                && d.args
                    .args
                    .iter()
                    .chain(&d.args.kwonlyargs)
                    .filter_map(|a| a.default.as_deref())
                    .all(is_constant)
        })
        .collect();
    let n = defs.len();
    // reach[i][j]: function i names function j, directly or through others.
    let mut reach = vec![vec![false; n]; n];
    for (i, d) in defs.iter().enumerate() {
        let free = free_vars(&d.args, &d.body);
        for (j, e) in defs.iter().enumerate() {
            reach[i][j] = i != j && free.iter().any(|f| f == e.name.as_str());
        }
    }
    for k in 0..n {
        for i in 0..n {
            if reach[i][k] {
                for j in 0..n {
                    reach[i][j] |= reach[k][j];
                }
            }
        }
    }
    let mut grouped = vec![false; n];
    let mut groups = vec![];
    for i in 0..n {
        if grouped[i] {
            continue;
        }
        let members: Vec<usize> = (0..n)
            .filter(|&j| j == i || (reach[i][j] && reach[j][i]))
            .collect();
        if members.len() > 1 {
            for &j in &members {
                grouped[j] = true;
            }
            let group: Vec<&ast::StmtFunctionDef> = members.into_iter().map(|j| defs[j]).collect();
            if all_defined_before_use(body, &group) {
                groups.push(group);
            }
        }
    }
    groups
}

/// Whether nothing in `body` before the last of `group`'s definitions (but those definitions)
/// names a member: then every member exists whenever one runs, as the closures each member
/// builds of the others assume (in CPython, calling a member not yet defined is a NameError).
fn all_defined_before_use(body: &[ast::Stmt], group: &[&ast::StmtFunctionDef]) -> bool {
    let is_member = |s: &ast::Stmt| matches!(s, ast::Stmt::FunctionDef(d) if group.iter().any(|g| std::ptr::eq(*g, d)));
    let Some(last) = body.iter().rposition(is_member) else {
        return true;
    };
    let names: Vec<String> = group.iter().map(|d| d.name.to_string()).collect();
    body[..last].iter().filter(|s| !is_member(s)).all(|s| {
        let used = scan(std::slice::from_ref(s));
        !used
            .used
            .iter()
            .chain(&used.nested_free)
            .any(|n| names.contains(n))
    })
}

/// A literal (`0`, `"x"`, `None`, `-1.5`): the same value wherever it is evaluated.
fn is_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub) && is_constant(&u.operand),
        _ => false,
    }
}

impl Resolver<'_> {
    /// Finds the groups of mutually recursive functions `body` (of the function whose scope
    /// is `scope`) defines, and reserves their `FuncId`s.
    pub(super) fn prepare_def_groups(&mut self, body: &[ast::Stmt], scope: &mut Scope) {
        for defs in find(body) {
            let names: Vec<String> = defs.iter().map(|d| d.name.to_string()).collect();
            let mut env: Vec<String> = vec![];
            for d in &defs {
                for v in free_vars(&d.args, &d.body) {
                    if !names.contains(&v) && !env.contains(&v) && scope.local_ids.contains_key(&v)
                    {
                        env.push(v);
                    }
                }
            }
            let members = names
                .into_iter()
                .map(|n| {
                    let fid = FuncId((self.n_top + 1 + self.nested.len()) as u32);
                    self.nested.push(None);
                    (n, fid)
                })
                .collect();
            let defaults = defs
                .iter()
                .map(|d| {
                    d.args
                        .args
                        .iter()
                        .chain(&d.args.kwonlyargs)
                        .filter_map(|a| a.default.as_deref().cloned())
                        .collect()
                })
                .collect();
            scope.groups.push(DefGroup {
                members,
                env,
                defaults,
            });
        }
    }

    /// The group (in `scope`) that nested function `name` belongs to.
    pub(super) fn def_group<'s>(&self, name: &str, scope: &'s Scope) -> Option<&'s DefGroup> {
        scope
            .groups
            .iter()
            .find(|g| g.members.iter().any(|(m, _)| m == name))
    }
}

/// What a member of a group needs to build the closures of the others it names.
pub(super) struct Siblings {
    /// Each other member it names: name, function, default values.
    pub named: Vec<(String, FuncId, Vec<ast::Expr>)>,
}

impl DefGroup {
    /// The other members that function `name` (of this group, with free names `free`) names.
    pub(super) fn siblings(&self, name: &str, free: &[String]) -> Siblings {
        let named = self
            .members
            .iter()
            .zip(&self.defaults)
            .filter(|((m, _), _)| m != name && free.contains(m))
            .map(|((m, fid), d)| (m.clone(), *fid, d.clone()))
            .collect();
        Siblings { named }
    }
}
