//! `match` statements: lowered to `if` statements before any other expansion, so scoping,
//! variable versions, narrowing and typing see ordinary Python.
//!
//! ```text
//! match command.split():                 $match1 = command.split()
//!     case ["go", direction]:            if isinstance($match1, (list, tuple)) and len($match1) == 2
//!         move(direction)                        and $match1[0] == "go":
//!     case ["say", *words] if words:         direction = $match1[1]
//!         say(words)                         move(direction)
//!     case _:                            else:
//!         print("?")                         $ok1 = False
//!                                            if isinstance($match1, (list, tuple)) and len($match1) >= 1
//!                                                    and $match1[0] == "say":
//!                                                words = list($match1[1:])
//!                                                if words:
//!                                                    $ok1 = True
//!                                                    say(words)
//!                                            if not $ok1:
//!                                                print("?")
//! ```
//!
//! Each pattern becomes steps: tests (`isinstance`, `len`, `==`, `in`, `is None`) and bindings.
//! A case whose tests all come before its bindings (no guard reading a binding, no nested
//! pattern needing a variable of its own) is one condition of an `if`/`elif` chain; the others
//! nest their steps and set a flag the later cases test. The subject is evaluated once (a
//! variable of its own unless it is a name no pattern rebinds), sub-subjects are items
//! (`$s[i]`, `$s[-1]`, `$s[key]`) and attributes (`$s.x`) of it.
//!
//! Sequence patterns match lists and tuples (never strs, as in CPython); mapping patterns
//! dicts; class patterns instances (`isinstance`), positional sub-patterns through the class's
//! `__match_args__`: written as a literal tuple of strs, or generated (dataclasses, named
//! tuples), or the subject itself for `int(x)`, `str(s)` and the other builtin types.

use super::namedtuples;
use crate::diag::{Code, Diagnostic};
use crate::source::SourceMap;
use rustpython_parser::ast::{self, text_size::TextRange, Ranged};
use std::collections::HashMap;

/// The module with every `match` statement (at any depth) lowered, and the located errors of
/// the patterns natrix does not compile.
pub fn expand(module: Vec<ast::Stmt>, map: &SourceMap) -> (Vec<ast::Stmt>, Vec<Diagnostic>) {
    let mut l = Lowerer {
        map,
        classes: class_infos(&module),
        next: 0,
        errors: vec![],
    };
    let out = l.block(module);
    (out, l.errors)
}

/// What a class pattern needs of a program class: its bases (by name) and its
/// `__match_args__`, when known.
struct ClassInfo {
    bases: Vec<String>,
    match_args: Option<Vec<String>>,
    /// `__match_args__` assigned something other than a tuple of strs.
    explicit_unknown: bool,
    /// A named tuple, which sequence patterns match.
    named_tuple: bool,
}

/// The module's classes: explicit `__match_args__ = ("x", "y")`, the fields of dataclasses
/// and named tuples (their generated `__match_args__`).
fn class_infos(module: &[ast::Stmt]) -> HashMap<String, ClassInfo> {
    let mut out: HashMap<String, ClassInfo> = HashMap::new();
    for s in module {
        match s {
            ast::Stmt::ClassDef(c) => {
                let bases: Vec<String> = c
                    .bases
                    .iter()
                    .filter_map(|b| match b {
                        ast::Expr::Name(n) => Some(n.id.to_string()),
                        _ => None,
                    })
                    .collect();
                let explicit = c.body.iter().find_map(|item| {
                    let ast::Stmt::Assign(a) = item else {
                        return None;
                    };
                    let [ast::Expr::Name(n)] = a.targets.as_slice() else {
                        return None;
                    };
                    if n.id.as_str() != "__match_args__" {
                        return None;
                    }
                    let ast::Expr::Tuple(t) = a.value.as_ref() else {
                        return Some(None);
                    };
                    Some(t.elts.iter().map(str_constant).collect::<Option<Vec<_>>>())
                });
                let named_tuple = bases.iter().any(|b| b == "typing.NamedTuple");
                let generated = named_tuple
                    || c.decorator_list
                        .iter()
                        .any(|d| is_dataclass_decorator(d) && !keyword_false(d, "match_args"));
                let explicit_unknown = matches!(explicit, Some(None));
                let match_args = match explicit {
                    Some(m) => m,
                    None if generated => {
                        let inherited = bases
                            .first()
                            .and_then(|b| out.get(b))
                            .and_then(|i| i.match_args.clone())
                            .unwrap_or_default();
                        let mut fields = inherited;
                        for f in annotated_fields(c) {
                            if !fields.contains(&f) {
                                fields.push(f);
                            }
                        }
                        Some(fields)
                    }
                    None => None,
                };
                let info = ClassInfo {
                    bases,
                    match_args,
                    explicit_unknown,
                    named_tuple,
                };
                out.insert(c.name.to_string(), info);
            }
            ast::Stmt::Assign(a) => {
                if let Some((name, fields)) = namedtuples::functional_fields(a) {
                    let bases = vec![];
                    let match_args = Some(fields);
                    let (explicit_unknown, named_tuple) = (false, true);
                    let info = ClassInfo {
                        bases,
                        match_args,
                        explicit_unknown,
                        named_tuple,
                    };
                    out.insert(name, info);
                }
            }
            _ => {}
        }
    }
    out
}

/// `@dataclass`, `@dataclass(...)`, `@dataclasses.dataclass` (by name: a class pattern only
/// reads the fields).
fn is_dataclass_decorator(d: &ast::Expr) -> bool {
    match d {
        ast::Expr::Name(n) => n.id.as_str() == "dataclass",
        ast::Expr::Attribute(a) => a.attr.as_str() == "dataclass",
        ast::Expr::Call(c) => is_dataclass_decorator(&c.func),
        _ => false,
    }
}

/// Whether decorator call `d` passes `name=False`.
fn keyword_false(d: &ast::Expr, name: &str) -> bool {
    let ast::Expr::Call(c) = d else {
        return false;
    };
    c.keywords.iter().any(|k| {
        k.arg.as_ref().is_some_and(|a| a.as_str() == name)
            && matches!(&k.value, ast::Expr::Constant(v) if matches!(v.value, ast::Constant::Bool(false)))
    })
}

/// A class body's annotated names but `ClassVar`s, in order.
fn annotated_fields(c: &ast::StmtClassDef) -> Vec<String> {
    c.body
        .iter()
        .filter_map(|item| {
            let ast::Stmt::AnnAssign(a) = item else {
                return None;
            };
            let ast::Expr::Name(n) = a.target.as_ref() else {
                return None;
            };
            let annotation = match a.annotation.as_ref() {
                ast::Expr::Subscript(s) => s.value.as_ref(),
                other => other,
            };
            let class_var = match annotation {
                ast::Expr::Name(v) => v.id.as_str().ends_with("ClassVar"),
                ast::Expr::Attribute(v) => v.attr.as_str() == "ClassVar",
                _ => false,
            };
            (!class_var).then(|| n.id.to_string())
        })
        .collect()
}

fn str_constant(e: &ast::Expr) -> Option<String> {
    match e {
        ast::Expr::Constant(k) => match &k.value {
            ast::Constant::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The builtin classes whose one positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// One step of a pattern: a test the match needs, or a statement (a binding) run once the
/// tests before it passed.
enum Step {
    Test(ast::Expr),
    Do(ast::Stmt),
}

struct Lowerer<'a> {
    map: &'a SourceMap,
    classes: HashMap<String, ClassInfo>,
    /// The counter that names the hidden variables (`$match3`, `$ok3`, `$item4`).
    next: usize,
    errors: Vec<Diagnostic>,
}

impl Lowerer<'_> {
    fn fresh(&mut self, what: &str) -> String {
        self.next += 1;
        format!("${what}{}", self.next)
    }

    fn unsupported(&mut self, r: TextRange, what: &str) {
        let span = self.map.span(r.start().into(), r.end().into());
        self.errors.push(Diagnostic::unsupported(span, what));
    }

    fn block(&mut self, stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, s: ast::Stmt, out: &mut Vec<ast::Stmt>) {
        let s = match s {
            ast::Stmt::Match(m) => return self.lower(m, out),
            ast::Stmt::FunctionDef(mut f) => {
                f.body = self.block(f.body);
                ast::Stmt::FunctionDef(f)
            }
            ast::Stmt::ClassDef(mut c) => {
                c.body = self.block(c.body);
                ast::Stmt::ClassDef(c)
            }
            ast::Stmt::If(mut i) => {
                i.body = self.block(i.body);
                i.orelse = self.block(i.orelse);
                ast::Stmt::If(i)
            }
            ast::Stmt::While(mut w) => {
                w.body = self.block(w.body);
                w.orelse = self.block(w.orelse);
                ast::Stmt::While(w)
            }
            ast::Stmt::For(mut f) => {
                f.body = self.block(f.body);
                f.orelse = self.block(f.orelse);
                ast::Stmt::For(f)
            }
            ast::Stmt::With(mut w) => {
                w.body = self.block(w.body);
                ast::Stmt::With(w)
            }
            ast::Stmt::Try(mut t) => {
                t.body = self.block(t.body);
                t.orelse = self.block(t.orelse);
                t.finalbody = self.block(t.finalbody);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.body = self.block(std::mem::take(&mut h.body));
                }
                ast::Stmt::Try(t)
            }
            other => other,
        };
        out.push(s);
    }

    /// One `match` statement.
    fn lower(&mut self, m: ast::StmtMatch, out: &mut Vec<ast::Stmt>) {
        let r = m.range;
        // A name no pattern binds is its own subject (so `isinstance` narrows it for the
        // bodies); anything else is evaluated once, into a variable of its own.
        let subject = match m.subject.as_ref() {
            ast::Expr::Name(n) if !m.cases.iter().any(|c| binds(&c.pattern, n.id.as_str())) => {
                name(n.id.as_str(), n.range)
            }
            _ => {
                let s = self.fresh("match");
                out.push(assign(&s, *m.subject, r));
                name(&s, r)
            }
        };
        let flag = self.fresh("ok");
        let mut cases = m.cases;
        cases.reverse();
        out.extend(self.cases(&subject, cases, &flag, false));
    }

    /// The statements for `cases` (in reverse order: the next is the last), none of which
    /// matched before; `flag_set` says whether `flag` holds False already.
    fn cases(
        &mut self,
        subject: &ast::Expr,
        mut cases: Vec<ast::MatchCase>,
        flag: &str,
        flag_set: bool,
    ) -> Vec<ast::Stmt> {
        let Some(case) = cases.pop() else {
            return vec![];
        };
        let r = case.pattern.range();
        let mut steps = vec![];
        self.pattern(&case.pattern, subject, &mut steps);
        if let Some(g) = case.guard {
            steps.push(Step::Test(*g));
        }
        let body = self.block(case.body);
        let first_do = steps.iter().position(|s| matches!(s, Step::Do(_)));
        let flat = first_do.map_or(true, |i| {
            steps[i..].iter().all(|s| matches!(s, Step::Do(_)))
        });
        if flat {
            let mut tests = vec![];
            let mut stmts = vec![];
            for s in steps {
                match s {
                    Step::Test(t) => tests.push(t),
                    Step::Do(d) => stmts.push(d),
                }
            }
            stmts.extend(body);
            if tests.is_empty() {
                // Irrefutable: CPython refuses cases after it.
                if let Some(next) = cases.last() {
                    let what = match &case.pattern {
                        ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
                            format!("name capture `{n}` makes remaining patterns unreachable")
                        }
                        _ => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    let span = self.map.span(r.start().into(), r.end().into());
                    let later = next.pattern.range();
                    let later = self.map.span(later.start().into(), later.end().into());
                    self.errors.push(
                        Diagnostic::new(Code::SyntaxError, span, what)
                            .label("matches everything")
                            .note(later, "this case can never run"),
                    );
                }
                return stmts;
            }
            let orelse = self.cases(subject, cases, flag, flag_set);
            return vec![if_stmt(and(tests, r), stmts, orelse, r)];
        }
        if cases.is_empty() {
            return nest(steps, body, r);
        }
        let mut out = vec![];
        if !flag_set {
            out.push(assign(flag, bool_constant(false, r), r));
        }
        let mut inner = vec![assign(flag, bool_constant(true, r), r)];
        inner.extend(body);
        out.extend(nest(steps, inner, r));
        let rest = self.cases(subject, cases, flag, true);
        out.push(if_stmt(not(name(flag, r), r), rest, vec![], r));
        out
    }

    /// The steps that match `p` against `subject` (an expression without side effects).
    fn pattern(&mut self, p: &ast::Pattern, subject: &ast::Expr, steps: &mut Vec<Step>) {
        let r = p.range();
        match p {
            ast::Pattern::MatchValue(v) => {
                steps.push(Step::Test(compare(
                    subject.clone(),
                    ast::CmpOp::Eq,
                    (*v.value).clone(),
                    r,
                )));
            }
            ast::Pattern::MatchSingleton(s) => {
                let test = match s.value {
                    ast::Constant::Bool(b) => {
                        // `case True:` is `is True`: an int 1 does not match.
                        let is_bool = isinstance(subject.clone(), name("bool", r), r);
                        let truth = if b {
                            subject.clone()
                        } else {
                            not(subject.clone(), r)
                        };
                        and(vec![is_bool, truth], r)
                    }
                    _ => compare(subject.clone(), ast::CmpOp::Is, none(r), r),
                };
                steps.push(Step::Test(test));
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, subject, steps);
                }
                if let Some(n) = &a.name {
                    steps.push(Step::Do(assign(n.as_str(), subject.clone(), r)));
                }
            }
            ast::Pattern::MatchOr(o) => self.alternatives(&o.patterns, subject, steps, r),
            ast::Pattern::MatchSequence(s) => self.sequence(&s.patterns, subject, steps, r),
            ast::Pattern::MatchMapping(m) => {
                steps.push(Step::Test(isinstance(subject.clone(), name("dict", r), r)));
                for (key, sub) in m.keys.iter().zip(&m.patterns) {
                    let present = compare(key.clone(), ast::CmpOp::In, subject.clone(), r);
                    steps.push(Step::Test(present));
                    let item = subscript(subject.clone(), key.clone(), r);
                    self.sub_pattern(sub, item, steps);
                }
                if let Some(rest) = &m.rest {
                    // `{k: s[k] for k in s if k not in (keys)}`: the other items, in order.
                    let k = self.fresh("key");
                    let mut ifs = vec![];
                    if !m.keys.is_empty() {
                        let keys = ast::Expr::Tuple(ast::ExprTuple {
                            elts: m.keys.clone(),
                            ctx: ast::ExprContext::Load,
                            range: r,
                        });
                        ifs.push(compare(name(&k, r), ast::CmpOp::NotIn, keys, r));
                    }
                    let target = ast::Expr::Name(ast::ExprName {
                        id: ast::Identifier::new(k.as_str()),
                        ctx: ast::ExprContext::Store,
                        range: r,
                    });
                    let others = ast::Expr::DictComp(ast::ExprDictComp {
                        key: Box::new(name(&k, r)),
                        value: Box::new(subscript(subject.clone(), name(&k, r), r)),
                        generators: vec![ast::Comprehension {
                            target,
                            iter: subject.clone(),
                            ifs,
                            is_async: false,
                            range: Default::default(),
                        }],
                        range: r,
                    });
                    steps.push(Step::Do(assign(rest.as_str(), others, r)));
                }
            }
            ast::Pattern::MatchClass(c) => self.class(c, subject, steps),
            ast::Pattern::MatchStar(_) => {
                // The parser only accepts a star inside a sequence pattern.
                self.unsupported(r, "a star pattern outside a sequence pattern");
            }
        }
    }

    /// A sub-pattern of an item or attribute `item` of the subject: simple patterns read it
    /// where they test it, the others from a variable of its own.
    fn sub_pattern(&mut self, p: &ast::Pattern, item: ast::Expr, steps: &mut Vec<Step>) {
        let simple = match p {
            ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_) => true,
            ast::Pattern::MatchAs(a) => a.pattern.is_none(),
            ast::Pattern::MatchOr(o) => o.patterns.iter().all(|q| {
                matches!(
                    q,
                    ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_)
                )
            }),
            _ => false,
        };
        if simple {
            return self.pattern(p, &item, steps);
        }
        let r = p.range();
        let v = self.fresh("item");
        steps.push(Step::Do(assign(&v, item, r)));
        self.pattern(p, &name(&v, r), steps);
    }

    /// `[a, b, *rest, z]`: a list or tuple of the right length, then each item.
    fn sequence(
        &mut self,
        pats: &[ast::Pattern],
        subject: &ast::Expr,
        steps: &mut Vec<Step>,
        r: TextRange,
    ) {
        // Lists, tuples and the program's named tuples (sorted: the output is stable).
        let mut named: Vec<&String> = self
            .classes
            .iter()
            .filter(|(_, c)| c.named_tuple)
            .map(|(n, _)| n)
            .collect();
        named.sort();
        let mut elts = vec![name("list", r), name("tuple", r)];
        elts.extend(named.into_iter().map(|n| name(n, r)));
        let seq = ast::Expr::Tuple(ast::ExprTuple {
            elts,
            ctx: ast::ExprContext::Load,
            range: r,
        });
        steps.push(Step::Test(isinstance(subject.clone(), seq, r)));
        let star = pats
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        let n = pats.len();
        let len = call(name("len", r), vec![subject.clone()], r);
        let (op, want) = match star {
            Some(_) => (ast::CmpOp::GtE, n - 1),
            None => (ast::CmpOp::Eq, n),
        };
        if !(star.is_some() && want == 0) {
            steps.push(Step::Test(compare(len, op, int(want as i64, r), r)));
        }
        for (i, p) in pats.iter().enumerate() {
            let index = match star {
                Some(k) if i > k => -((n - i) as i64),
                _ => i as i64,
            };
            if let ast::Pattern::MatchStar(s) = p {
                let Some(target) = &s.name else {
                    continue;
                };
                let after = n - 1 - i;
                let upper = (after > 0).then(|| Box::new(int(-(after as i64), r)));
                let slice = ast::Expr::Slice(ast::ExprSlice {
                    lower: (i > 0).then(|| Box::new(int(i as i64, r))),
                    upper,
                    step: None,
                    range: r,
                });
                let items = call(
                    name("list", r),
                    vec![subscript(subject.clone(), slice, r)],
                    r,
                );
                steps.push(Step::Do(assign(target.as_str(), items, p.range())));
                continue;
            }
            let item = subscript(subject.clone(), int(index, r), r);
            self.sub_pattern(p, item, steps);
        }
    }

    /// `A | B | C`: tests alone are one `or`; alternatives that bind names set a flag of
    /// their own, which the match then tests.
    fn alternatives(
        &mut self,
        pats: &[ast::Pattern],
        subject: &ast::Expr,
        steps: &mut Vec<Step>,
        r: TextRange,
    ) {
        let mut compiled = vec![];
        for p in pats {
            let mut s = vec![];
            self.pattern(p, subject, &mut s);
            compiled.push(s);
        }
        if compiled
            .iter()
            .all(|s| s.iter().all(|x| matches!(x, Step::Test(_))))
        {
            let tests = compiled
                .into_iter()
                .map(|s| {
                    let tests = s
                        .into_iter()
                        .map(|x| match x {
                            Step::Test(t) => t,
                            Step::Do(_) => unreachable!("only tests"),
                        })
                        .collect::<Vec<_>>();
                    and(tests, r)
                })
                .collect();
            steps.push(Step::Test(or(tests, r)));
            return;
        }
        let flag = self.fresh("alt");
        steps.push(Step::Do(assign(&flag, bool_constant(false, r), r)));
        for (i, s) in compiled.into_iter().enumerate() {
            let body = nest(s, vec![assign(&flag, bool_constant(true, r), r)], r);
            if i == 0 {
                steps.extend(body.into_iter().map(Step::Do));
            } else {
                steps.push(Step::Do(if_stmt(not(name(&flag, r), r), body, vec![], r)));
            }
        }
        steps.push(Step::Test(name(&flag, r)));
    }

    /// `Point(x, y=0)`: an instance of the class, then its attributes (positional ones
    /// through `__match_args__`).
    fn class(&mut self, c: &ast::PatternMatchClass, subject: &ast::Expr, steps: &mut Vec<Step>) {
        let r = c.range;
        steps.push(Step::Test(isinstance(subject.clone(), (*c.cls).clone(), r)));
        let class_name = match c.cls.as_ref() {
            ast::Expr::Name(n) => n.id.to_string(),
            ast::Expr::Attribute(a) => a.attr.to_string(),
            _ => String::new(),
        };
        let given = c.patterns.len();
        let builtin = SELF_MATCHING.contains(&class_name.as_str());
        let accepts = if given == 0 {
            None
        } else if builtin {
            Some(vec![])
        } else {
            match self.match_args(&class_name) {
                MatchArgs::Known(args) => Some(args),
                MatchArgs::Unknown => {
                    self.unsupported(
                        r,
                        "a positional sub-pattern of a class whose `__match_args__` is computed (not a tuple of strs in its body)",
                    );
                    return;
                }
            }
        };
        match accepts {
            None => {}
            Some(_) if builtin && given == 1 => {
                // A builtin type: the subject itself.
                self.pattern(&c.patterns[0], subject, steps);
            }
            Some(args) if args.len() >= given => {
                for (attr, p) in args.iter().zip(&c.patterns) {
                    let item = attribute(subject.clone(), attr, r);
                    self.sub_pattern(p, item, steps);
                }
            }
            Some(args) => {
                // CPython's TypeError, when the class matches.
                let n = if builtin { 1 } else { args.len() };
                let plural = if n == 1 { "" } else { "s" };
                let text = format!(
                    "{class_name}() accepts {n} positional sub-pattern{plural} ({given} given)"
                );
                let exc = call(
                    name("TypeError", r),
                    vec![constant(ast::Constant::Str(text), r)],
                    r,
                );
                steps.push(Step::Do(ast::Stmt::Raise(ast::StmtRaise {
                    exc: Some(Box::new(exc)),
                    cause: None,
                    range: r,
                })));
                // (The names the pattern would bind stay names of the function.)
                let mut names = vec![];
                c.patterns.iter().for_each(|p| bound_names(p, &mut names));
                for n in names {
                    steps.push(Step::Do(assign(&n, none(r), r)));
                }
                return;
            }
        }
        for (attr, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
            let item = attribute(subject.clone(), attr.as_str(), r);
            self.sub_pattern(p, item, steps);
        }
    }

    /// A class's `__match_args__`, its own or its nearest base's; none (an empty tuple) for
    /// classes that derive from `object` or an exception class only.
    fn match_args(&self, class: &str) -> MatchArgs {
        let mut at = class;
        for _ in 0..64 {
            let Some(info) = self.classes.get(at) else {
                let none = at == "object" || natrix_abi::ExcKind::from_name(at).is_some();
                return if none {
                    MatchArgs::Known(vec![])
                } else {
                    MatchArgs::Unknown
                };
            };
            if let Some(m) = &info.match_args {
                return MatchArgs::Known(m.clone());
            }
            if info.explicit_unknown {
                return MatchArgs::Unknown;
            }
            let Some(base) = info.bases.first() else {
                return MatchArgs::Known(vec![]);
            };
            at = base;
        }
        MatchArgs::Unknown
    }
}

/// What a class pattern's positional sub-patterns name.
enum MatchArgs {
    Known(Vec<String>),
    Unknown,
}

/// The names pattern `p` binds, in order.
fn bound_names(p: &ast::Pattern, out: &mut Vec<String>) {
    let mut add = |n: &ast::Identifier| {
        if !out.iter().any(|x| x == n.as_str()) {
            out.push(n.to_string());
        }
    };
    match p {
        ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_) => {}
        ast::Pattern::MatchSequence(s) => s.patterns.iter().for_each(|q| bound_names(q, out)),
        ast::Pattern::MatchMapping(m) => {
            if let Some(rest) = &m.rest {
                add(rest);
            }
            m.patterns.iter().for_each(|q| bound_names(q, out));
        }
        ast::Pattern::MatchClass(c) => c
            .patterns
            .iter()
            .chain(&c.kwd_patterns)
            .for_each(|q| bound_names(q, out)),
        ast::Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                add(n);
            }
        }
        ast::Pattern::MatchAs(a) => {
            if let Some(n) = &a.name {
                add(n);
            }
            if let Some(q) = &a.pattern {
                bound_names(q, out);
            }
        }
        ast::Pattern::MatchOr(o) => o.patterns.iter().for_each(|q| bound_names(q, out)),
    }
}

/// Whether pattern `p` binds `n`.
fn binds(p: &ast::Pattern, n: &str) -> bool {
    let mut names = vec![];
    bound_names(p, &mut names);
    names.iter().any(|x| x == n)
}

/// `steps` nested around `body`: consecutive tests are one `if … and …:`.
fn nest(steps: Vec<Step>, body: Vec<ast::Stmt>, r: TextRange) -> Vec<ast::Stmt> {
    let mut steps = steps.into_iter().peekable();
    let mut out = vec![];
    while let Some(s) = steps.next() {
        match s {
            Step::Do(d) => out.push(d),
            Step::Test(t) => {
                let mut tests = vec![t];
                while let Some(Step::Test(_)) = steps.peek() {
                    let Some(Step::Test(t)) = steps.next() else {
                        unreachable!("peeked a test")
                    };
                    tests.push(t);
                }
                let inner = nest(steps.collect(), body, r);
                out.push(if_stmt(and(tests, r), inner, vec![], r));
                return out;
            }
        }
    }
    out.extend(body);
    out
}

fn name(id: &str, range: TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        id: ast::Identifier::new(id),
        ctx: ast::ExprContext::Load,
        range,
    })
}

fn assign(target: &str, value: ast::Expr, range: TextRange) -> ast::Stmt {
    let target = ast::Expr::Name(ast::ExprName {
        id: ast::Identifier::new(target),
        ctx: ast::ExprContext::Store,
        range,
    });
    ast::Stmt::Assign(ast::StmtAssign {
        targets: vec![target],
        value: Box::new(value),
        type_comment: None,
        range,
    })
}

fn if_stmt(
    test: ast::Expr,
    body: Vec<ast::Stmt>,
    orelse: Vec<ast::Stmt>,
    range: TextRange,
) -> ast::Stmt {
    let body = if body.is_empty() {
        vec![ast::Stmt::Pass(ast::StmtPass { range })]
    } else {
        body
    };
    ast::Stmt::If(ast::StmtIf {
        test: Box::new(test),
        body,
        orelse,
        range,
    })
}

fn bool_op(op: ast::BoolOp, mut values: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    if values.len() == 1 {
        return values.pop().expect("one value");
    }
    ast::Expr::BoolOp(ast::ExprBoolOp { op, values, range })
}

fn and(values: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    bool_op(ast::BoolOp::And, values, range)
}

fn or(values: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    bool_op(ast::BoolOp::Or, values, range)
}

fn not(operand: ast::Expr, range: TextRange) -> ast::Expr {
    ast::Expr::UnaryOp(ast::ExprUnaryOp {
        op: ast::UnaryOp::Not,
        operand: Box::new(operand),
        range,
    })
}

fn compare(left: ast::Expr, op: ast::CmpOp, right: ast::Expr, range: TextRange) -> ast::Expr {
    ast::Expr::Compare(ast::ExprCompare {
        left: Box::new(left),
        ops: vec![op],
        comparators: vec![right],
        range,
    })
}

fn call(func: ast::Expr, args: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    ast::Expr::Call(ast::ExprCall {
        func: Box::new(func),
        args,
        keywords: vec![],
        range,
    })
}

fn isinstance(value: ast::Expr, class: ast::Expr, range: TextRange) -> ast::Expr {
    call(name("isinstance", range), vec![value, class], range)
}

fn attribute(value: ast::Expr, attr: &str, range: TextRange) -> ast::Expr {
    ast::Expr::Attribute(ast::ExprAttribute {
        value: Box::new(value),
        attr: ast::Identifier::new(attr),
        ctx: ast::ExprContext::Load,
        range,
    })
}

fn subscript(value: ast::Expr, slice: ast::Expr, range: TextRange) -> ast::Expr {
    ast::Expr::Subscript(ast::ExprSubscript {
        value: Box::new(value),
        slice: Box::new(slice),
        ctx: ast::ExprContext::Load,
        range,
    })
}

fn constant(value: ast::Constant, range: TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant {
        value,
        kind: None,
        range,
    })
}

fn int(v: i64, range: TextRange) -> ast::Expr {
    if v < 0 {
        return ast::Expr::UnaryOp(ast::ExprUnaryOp {
            op: ast::UnaryOp::USub,
            operand: Box::new(int(-v, range)),
            range,
        });
    }
    constant(ast::Constant::Int(ast::bigint::BigInt::from(v)), range)
}

fn bool_constant(b: bool, range: TextRange) -> ast::Expr {
    constant(ast::Constant::Bool(b), range)
}

fn none(range: TextRange) -> ast::Expr {
    constant(ast::Constant::None, range)
}
