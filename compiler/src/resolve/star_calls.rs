//! Calls with `*xs` or `**d` among their arguments.
//!
//! `f(*xs)`, `f(a, *xs)`, `Point(*coords)` of the program's own function or class: the
//! sequence (a list, a tuple, anything `len()` and indexing accept) is held in a hidden
//! variable, its length checked against the parameters with CPython's `TypeError` messages,
//! then the call passes `xs[0]`, `xs[1]`, …: one call per length the parameters with defaults
//! allow, picked by the length (for a tuple, whose length is in its type, statically). `f(**d)`
//! passes `d[name]` to each parameter the dict has a key for, its default otherwise, after
//! CPython's checks. `func(a, *t)` of a variable holding a function spreads a tuple into the
//! last arguments (`ExprKind::Spread`).

use super::calls::{hoist, type_error_if};
use super::*;

/// A parameter after the positional ones, in a call that spreads `*xs` into them.
#[derive(Clone, Copy, PartialEq)]
enum Trailing {
    /// `*args`: the items beyond the positional parameters, as a tuple.
    VarArgs,
    /// A keyword-only parameter: its default.
    Default(GlobalId),
    /// A keyword-only parameter given by the call's keyword argument `i`.
    Given(usize),
    /// `**kwargs`: an empty dict.
    VarKw,
}

impl Resolver<'_> {
    /// A call of `name` with `*xs` or `**d` among its arguments: of the program's own function
    /// or class ([`Resolver::star_call`], [`Resolver::kw_star_call`]), or of a variable
    /// holding a function with a tuple unpacked last (`ExprKind::Spread`); otherwise an
    /// unsupported-construct error.
    pub(super) fn starred_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let starred = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let kw_starred = c.keywords.iter().any(|k| k.arg.is_none());
        // `cls(*args)` in a `@classmethod` names its class.
        let cls = scope
            .cls
            .as_ref()
            .filter(|(c, _)| c == name)
            .map(|(_, id)| *id);
        let variable = cls.is_none()
            && (scope.local_ids.contains_key(name) || self.global_ids.contains_key(name));
        if (starred || kw_starred) && !variable {
            // `f(*xs)` / `Class(*xs)` of the program's own function or class.
            let class = cls.or_else(|| self.class_ids.get(name).copied());
            let target = match (self.func_ids.get(name).copied(), class) {
                (Some(fid), _) => Some((fid, 0, None)),
                (None, Some(cid)) => self
                    .lookup_method(cid, "__init__")
                    .map(|f| (f, 1, Some(cid))),
                _ => None,
            };
            if let Some(msg) = class.and_then(|cid| self.abstract_class(cid)) {
                return self.raising_call(c, msg, span, scope, sigs);
            }
            if let (None, Some(cid)) = (target, class) {
                if self.class_exc_kind(cid).is_none() {
                    return self.no_init_star_call(cid, c, span, scope, sigs);
                }
            }
            if let Some((fid, skip, cid)) = target {
                let make = |args: Vec<Expr>| match cid {
                    Some(cid) => {
                        let n = args.len();
                        ExprKind::New(cid, args, n)
                    }
                    None => ExprKind::Call(fid, args),
                };
                // CPython's messages name the `__init__` (of the class that defines it).
                let shown = match cid {
                    Some(cid) => self.init_name(cid),
                    None => name.to_string(),
                };
                let e = if starred {
                    self.star_call(&shown, fid, skip, c, span, scope, sigs, &make)
                } else {
                    self.kw_star_call(&shown, fid, skip, c, span, scope, sigs, &make)
                };
                if let Some(e) = e {
                    return e;
                }
                if let Some(cid) = cid.filter(|_| value_args_fit(c)) {
                    // Other forms: the new instance's `__init__` binds them when the
                    // program runs.
                    let args = self.value_args(c, scope, sigs);
                    let n = args.len();
                    return self.expr_node(scope, span, ExprKind::New(cid, args, n));
                }
            }
        }
        // A variable holding a function, or a form the program's own function takes only as
        // a value (`**d` with other keywords, `*xs` with `**d`, into `*args`/`**kwargs`):
        // bound when the program runs, with CPython's checks.
        let function = !variable && cls.is_none() && self.func_ids.contains_key(name);
        if variable || function {
            if let Some(e) = self.value_call(c, span, scope, sigs) {
                return e;
            }
        }
        let builtin = !self.func_ids.contains_key(name) && !self.class_ids.contains_key(name);
        if matches!(name, "max" | "min") && builtin && !variable && c.keywords.is_empty() {
            return self.min_max_star(name, c, span, scope, sigs);
        }
        if let ("range", true, false, [ast::Expr::Starred(st)], []) = (
            name,
            builtin,
            variable,
            c.args.as_slice(),
            c.keywords.as_slice(),
        ) {
            return self.range_star(&st.value, span, scope, sigs);
        }
        self.unsupported(span, "`*` or `**` in a call", scope)
    }

    /// `Empty(*xs)` or `Empty(**d)` of a class without an `__init__` (nor an exception
    /// class): `object.__init__` takes no arguments, so CPython's TypeError unless all that is
    /// spread is empty. The arguments are evaluated first, as CPython does.
    fn no_init_star_call(
        &mut self,
        cid: ClassId,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut prelude = vec![];
        let mut spread = vec![];
        let mut given = false;
        let values = c.args.iter().map(|a| match a {
            ast::Expr::Starred(st) => (st.value.as_ref(), true),
            _ => (a, false),
        });
        let keywords = c.keywords.iter().map(|k| (&k.value, k.arg.is_none()));
        for (a, spreads) in values.chain(keywords).collect::<Vec<_>>() {
            let v = self.expr(a, scope, sigs);
            let tmp = hoist(v, "$arg", scope, &mut prelude);
            match spreads {
                true => spread.push(tmp),
                false => given = true,
            }
        }
        let mut count = self.expr_node(scope, span, ExprKind::Int(i64::from(given)));
        for tmp in spread {
            let v = self.expr_node(scope, span, ExprKind::Load(Place::Local(tmp)));
            let n = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![v]));
            let sum = ExprKind::Binary(BinOp::Add, Box::new(count), Box::new(n));
            count = self.expr_node(scope, span, sum);
        }
        let zero = self.expr_node(scope, span, ExprKind::Int(0));
        let test = ExprKind::Compare(Box::new(count), vec![(CmpOp::Gt, zero)]);
        let test = self.expr_node(scope, span, test);
        let class = crate::hir::py_name(&self.classes[cid.0 as usize].name);
        let msg = format!("{class}() takes no arguments");
        let msg = self.expr_node(scope, span, ExprKind::Str(msg));
        prelude.push(type_error_if(test, msg, span));
        self.with_prelude(prelude, ExprKind::New(cid, vec![], 0), span, scope)
    }

    /// `range(*t)` (`range(*s.indices(n))`): the range of one, two or three arguments by the
    /// length of `t`, with CPython's TypeError for any other.
    fn range_star(
        &mut self,
        t: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut prelude = vec![];
        let value = self.expr(t, scope, sigs);
        let args = hoist(value, "$range_args", scope, &mut prelude);
        let load = |this: &mut Self, scope: &mut Scope| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(args)))
        };
        let len = |this: &mut Self, scope: &mut Scope| {
            let l = load(this, scope);
            this.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![l]))
        };
        let int = |this: &mut Self, scope: &mut Scope, k: i64| {
            this.expr_node(scope, span, ExprKind::Int(k))
        };
        let item = |this: &mut Self, scope: &mut Scope, k: i64| {
            let l = load(this, scope);
            let i = int(this, scope, k);
            this.expr_node(scope, span, ExprKind::Index(Box::new(l), Box::new(i)))
        };
        let len_is = |this: &mut Self, scope: &mut Scope, op: CmpOp, k: i64| {
            let n = len(this, scope);
            let k = int(this, scope, k);
            this.expr_node(scope, span, ExprKind::Compare(Box::new(n), vec![(op, k)]))
        };
        // Too few or too many: CPython's TypeErrors.
        for (op, k, text) in [
            (CmpOp::Eq, 0, "range expected at least 1 argument, got "),
            (CmpOp::Gt, 3, "range expected at most 3 arguments, got "),
        ] {
            let test = len_is(self, scope, op, k);
            let n = len(self, scope);
            let n = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Str, vec![n]));
            let head = self.expr_node(scope, span, ExprKind::Str(text.into()));
            let msg = self.concat(vec![head, n], span, scope);
            prelude.push(type_error_if(test, msg, span));
        }
        let mut ranges = vec![];
        for n in 1..=3 {
            let (start, stop, step) = match n {
                1 => (
                    int(self, scope, 0),
                    item(self, scope, 0),
                    int(self, scope, 1),
                ),
                2 => (
                    item(self, scope, 0),
                    item(self, scope, 1),
                    int(self, scope, 1),
                ),
                _ => (
                    item(self, scope, 0),
                    item(self, scope, 1),
                    item(self, scope, 2),
                ),
            };
            let r = ExprKind::Builtin(Builtin::RangeValue, vec![start, stop, step]);
            ranges.push(self.expr_node(scope, span, r));
        }
        // len 1 ? range(t[0]) : len 2 ? range(t[0], t[1]) : range(t[0], t[1], t[2])
        let three = ranges.pop().expect("three ranges");
        let two = ranges.pop().expect("three ranges");
        let one = ranges.pop().expect("three ranges");
        let is_two = len_is(self, scope, CmpOp::Eq, 2);
        let rest = self.expr_node(
            scope,
            span,
            ExprKind::IfExp(Box::new(is_two), Box::new(two), Box::new(three)),
        );
        let is_one = len_is(self, scope, CmpOp::Eq, 1);
        let kind = ExprKind::IfExp(Box::new(is_one), Box::new(one), Box::new(rest));
        self.with_prelude(prelude, kind, span, scope)
    }

    /// `max(*xs)`, `min(a, *xs)`: the arguments gathered into a list, which must hold two or
    /// more (one is CPython's single iterable argument, which natrix does not take apart).
    fn min_max_star(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let list = starred_list(&c.args, c.range, "$star_item", |v| v);
        let list = list.expect("a starred argument");
        let mut prelude = vec![];
        let value = self.expr(&list, scope, sigs);
        let items = hoist(value, "$star", scope, &mut prelude);
        let load = |this: &mut Self, scope: &mut Scope| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(items)))
        };
        // Too few arguments: CPython's TypeErrors.
        for (n, message) in [(0, None), (1, Some(" object is not iterable"))] {
            let l = load(self, scope);
            let len = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![l]));
            let k = self.expr_node(scope, span, ExprKind::Int(n));
            let test = self.expr_node(
                scope,
                span,
                ExprKind::Compare(Box::new(len), vec![(CmpOp::Eq, k)]),
            );
            let msg = match message {
                None => self.expr_node(
                    scope,
                    span,
                    ExprKind::Str(format!("{name} expected at least 1 argument, got 0")),
                ),
                Some(tail) => {
                    let l = load(self, scope);
                    let zero = self.expr_node(scope, span, ExprKind::Int(0));
                    let first =
                        self.expr_node(scope, span, ExprKind::Index(Box::new(l), Box::new(zero)));
                    let ty =
                        self.expr_node(scope, span, ExprKind::TypeName(Box::new(first), false));
                    let parts = vec![
                        self.expr_node(scope, span, ExprKind::Str("'".into())),
                        ty,
                        self.expr_node(scope, span, ExprKind::Str(format!("'{tail}"))),
                    ];
                    self.concat(parts, span, scope)
                }
            };
            prelude.push(type_error_if(test, msg, span));
        }
        let b = if name == "max" {
            Builtin::Max
        } else {
            Builtin::Min
        };
        let l = load(self, scope);
        self.with_prelude(prelude, ExprKind::Builtin(b, vec![l]), span, scope)
    }

    /// A call of a value (a variable holding a function, `ops[k](…)`, `make()(…)`): positional
    /// arguments, then `*t` (a tuple, `ExprKind::Spread`) last among them; keyword arguments
    /// (`ExprKind::KwArg`) and one `**kwargs` (`ExprKind::SpreadKw`) after them. `None` when
    /// the call has another shape.
    pub(super) fn value_call(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        if !value_args_fit(c) {
            return None;
        }
        // (`getattr(obj, name)(…)`: a method is called.)
        self.getattr_called = matches!(c.func.as_ref(), ast::Expr::Call(g)
            if matches!(g.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "getattr"));
        let callee = Box::new(self.expr(&c.func, scope, sigs));
        self.getattr_called = false;
        let args = self.value_args(c, scope, sigs);
        Some(self.expr_node(scope, span, ExprKind::CallValue(callee, args)))
    }

    /// The arguments of a call bound when the program runs: positional ones, then `*xs` and
    /// what follows as one `ExprKind::Spread`, keywords (`ExprKind::KwArg`) and one `**d`
    /// (`ExprKind::SpreadKw`) after them, for a call that [`value_args_fit`].
    fn value_args(
        &mut self,
        c: &ast::ExprCall,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Vec<Expr> {
        let mut args = self.spread_args(&c.args, scope, sigs, &|this, a, scope| {
            this.expr(a, scope, sigs)
        });
        for k in &c.keywords {
            let v = Box::new(self.expr(&k.value, scope, sigs));
            let sp = self.span(k.range);
            let kind = match &k.arg {
                Some(name) => ExprKind::KwArg(name.to_string(), v),
                None => ExprKind::SpreadKw(v),
            };
            args.push(self.expr_node(scope, sp, kind));
        }
        args
    }

    /// The positional arguments of a call: those before the first `*xs` as `plain` makes
    /// them, then all from it on as one `ExprKind::Spread` of a sequence — `xs` itself when it
    /// is the last, else the list `[*xs, y, *zs]` of the rest.
    pub(super) fn spread_args(
        &mut self,
        args: &[ast::Expr],
        scope: &mut Scope,
        sigs: &[Signature],
        plain: &dyn Fn(&mut Self, &ast::Expr, &mut Scope) -> Expr,
    ) -> Vec<Expr> {
        let first = args
            .iter()
            .position(|a| matches!(a, ast::Expr::Starred(_)))
            .unwrap_or(args.len());
        let mut out: Vec<Expr> = args[..first]
            .iter()
            .map(|a| plain(self, a, scope))
            .collect();
        if first < args.len() {
            let (seq, sp) = self.spread_sequence(&args[first..], scope, sigs);
            out.push(self.expr_node(scope, sp, ExprKind::Spread(Box::new(seq))));
        }
        out
    }

    /// The sequence that the arguments `rest` (from the first `*xs` of a call on) spread:
    /// `xs` when it is alone, else the list display `[*xs, y, *zs]`; with its span.
    fn spread_sequence(
        &mut self,
        rest: &[ast::Expr],
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> (Expr, Span) {
        match rest {
            [ast::Expr::Starred(s)] => {
                let sp = self.span(s.range);
                let seq = self.expr(&s.value, scope, sigs);
                // `f(*map(int, parts))`, `f(*(x for …))`: the iterator's items in a list.
                let lazy = match s.value.as_ref() {
                    ast::Expr::GeneratorExp(_) => true,
                    ast::Expr::Call(call) => matches!(call.func.as_ref(),
                        ast::Expr::Name(n) if matches!(n.id.as_str(), "map" | "filter" | "zip" | "reversed" | "iter" | "enumerate")
                            && !self.is_user_name(n.id.as_str(), scope)),
                    _ => false,
                };
                if lazy {
                    return (
                        self.expr_node(scope, sp, ExprKind::Builtin(Builtin::List, vec![seq])),
                        sp,
                    );
                }
                (seq, sp)
            }
            _ => {
                let start = rest[0].range().start();
                let end = rest[rest.len() - 1].range().end();
                let sp = self.span(ast::text_size::TextRange::new(start, end));
                // A list: its items may differ in type (a tuple of them would need one length).
                let list = super::displays::Display::List;
                let seq = self.starred_display(list, rest, sp, scope, sigs);
                (seq, sp)
            }
        }
    }

    /// `f(pre…, *xs)` of the function `fid` (parameters after the first `skip`), as the
    /// expression `make` builds from a list of arguments; `None` when this form does not fit
    /// (then the caller reports `*` in a call as unsupported).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn star_call(
        &mut self,
        name: &str,
        fid: FuncId,
        skip: usize,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        make: &dyn Fn(Vec<Expr>) -> ExprKind,
    ) -> Option<Expr> {
        // The arguments before the first `*xs`, then the sequence the rest make; keywords
        // only for keyword-only parameters.
        let first = c
            .args
            .iter()
            .position(|a| matches!(a, ast::Expr::Starred(_)))?;
        let (pre, rest) = c.args.split_at(first);
        let sig = &sigs[fid.0 as usize];
        let kinds = &sig.kinds[skip..];
        // The positional parameters, then optionally `*args`, keyword-only parameters (given
        // by keyword or their defaults) and `**kwargs`.
        let total = kinds.iter().take_while(|k| k.is_positional()).count();
        let keyword = |name: &str| {
            c.keywords
                .iter()
                .position(|k| k.arg.as_deref() == Some(name))
        };
        let mut trailing = vec![];
        for (i, k) in kinds.iter().enumerate().skip(total) {
            trailing.push(match k {
                ParamKind::VarArgs if i == total => Trailing::VarArgs,
                ParamKind::KwOnly => match keyword(&sig.names[skip + i]) {
                    Some(j) => Trailing::Given(j),
                    None => Trailing::Default(sig.defaults[skip + i]?),
                },
                ParamKind::VarKw => Trailing::VarKw,
                _ => return None,
            });
        }
        let used = trailing
            .iter()
            .filter(|t| matches!(t, Trailing::Given(_)))
            .count();
        if used != c.keywords.len() {
            return None;
        }
        let varargs = trailing.first() == Some(&Trailing::VarArgs);
        let names: Vec<String> = sig.names[skip..skip + total].to_vec();
        let defaults: Vec<Option<GlobalId>> = sig.defaults[skip..skip + total].to_vec();
        if pre.len() > total && !varargs {
            return None;
        }
        // The fewest and most items the sequence may hold (beyond the most, `*args` takes the
        // rest, after the positional arguments the parameters leave over).
        let required = defaults.iter().take_while(|d| d.is_none()).count();
        let placed = pre.len().min(total);
        let (lo, hi) = (required.saturating_sub(pre.len()), total - placed);
        // Arguments in source order, each in a hidden variable.
        let mut prelude = vec![];
        let mut pre_vars = vec![];
        for a in pre {
            let v = self.expr(a, scope, sigs);
            pre_vars.push(hoist(v, "$arg", scope, &mut prelude));
        }
        let (seq, _) = self.spread_sequence(rest, scope, sigs);
        let seq = hoist(seq, "$star", scope, &mut prelude);
        let mut kw_vars = vec![];
        for k in &c.keywords {
            let v = self.expr(&k.value, scope, sigs);
            kw_vars.push(hoist(v, "$kw", scope, &mut prelude));
        }
        let load = |this: &mut Self, scope: &mut Scope, l: LocalId| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
        };
        let s = load(self, scope, seq);
        let len = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![s]));
        let n = hoist(len, "$n", scope, &mut prelude);
        // The length check, with CPython's messages for too many and too few arguments.
        let given = |this: &mut Self, scope: &mut Scope| {
            let nv = load(this, scope, n);
            let k = this.expr_node(scope, span, ExprKind::Int((pre.len() + skip) as i64));
            this.expr_node(
                scope,
                span,
                ExprKind::Binary(BinOp::Add, Box::new(nv), Box::new(k)),
            )
        };
        let takes = total + skip;
        let s_takes = if takes == 1 { "" } else { "s" };
        let least = required + skip;
        let head = if least < takes {
            format!("{name}() takes from {least} to {takes} positional arguments but ")
        } else {
            format!("{name}() takes {takes} positional argument{s_takes} but ")
        };
        let count = given(self, scope);
        let count = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Str, vec![count]));
        let head = self.expr_node(scope, span, ExprKind::Str(head));
        let mut too_many = self.expr_node(
            scope,
            span,
            ExprKind::Binary(BinOp::Add, Box::new(head), Box::new(count)),
        );
        let was = self.expr_node(scope, span, ExprKind::Str(" were given".into()));
        too_many = self.expr_node(
            scope,
            span,
            ExprKind::Binary(BinOp::Add, Box::new(too_many), Box::new(was)),
        );
        let mut msg = too_many;
        for k in (0..lo).rev() {
            // `k` items: the parameters from `pre.len() + k` on are missing.
            let missing: Vec<&str> = names[pre.len() + k..required]
                .iter()
                .map(|p| p.as_str())
                .collect();
            let text = crate::hir::missing_args(&name, "positional", &missing);
            let text = self.expr_node(scope, span, ExprKind::Str(text));
            let nv = load(self, scope, n);
            let kv = self.expr_node(scope, span, ExprKind::Int(k as i64));
            let is_k = self.expr_node(
                scope,
                span,
                ExprKind::Compare(Box::new(nv), vec![(CmpOp::Eq, kv)]),
            );
            msg = self.expr_node(
                scope,
                span,
                ExprKind::IfExp(Box::new(is_k), Box::new(text), Box::new(msg)),
            );
        }
        let nv = load(self, scope, n);
        let lo_e = self.expr_node(scope, span, ExprKind::Int(lo as i64));
        let mut bounds = vec![(CmpOp::Le, nv)];
        if !varargs {
            bounds.push((
                CmpOp::Le,
                self.expr_node(scope, span, ExprKind::Int(hi as i64)),
            ));
        }
        let fits = self.expr_node(scope, span, ExprKind::Compare(Box::new(lo_e), bounds));
        let raise = Stmt {
            span,
            kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None),
        };
        prelude.push(Stmt {
            span,
            kind: StmtKind::If(fits, vec![], vec![raise]),
        });
        // One call per possible length; the longest is the fallback.
        let mut call: Option<Expr> = None;
        for k in (lo..=hi).rev() {
            let mut args = vec![];
            for &v in &pre_vars[..placed] {
                args.push(load(self, scope, v));
            }
            for i in 0..k {
                let sv = load(self, scope, seq);
                let iv = self.expr_node(scope, span, ExprKind::Int(i as i64));
                args.push(self.expr_node(scope, span, ExprKind::Index(Box::new(sv), Box::new(iv))));
            }
            for d in &defaults[placed + k..] {
                let g = d.expect("parameters after the required ones have defaults");
                args.push(self.expr_node(scope, span, ExprKind::Load(Place::Global(g))));
            }
            for t in &trailing {
                let kind = match t {
                    // The longest call takes the rest of the sequence, as a tuple.
                    Trailing::VarArgs if k == hi => {
                        let sv = load(self, scope, seq);
                        let from = self.expr_node(scope, span, ExprKind::Int(hi as i64));
                        let rest = ExprKind::Slice {
                            obj: Box::new(sv),
                            lower: Some(Box::new(from)),
                            upper: None,
                            step: None,
                            reversed: false,
                            object: None,
                        };
                        let rest = self.expr_node(scope, span, rest);
                        let rest = ExprKind::Builtin(Builtin::Tuple, vec![rest]);
                        if pre.len() == placed {
                            rest
                        } else {
                            // `log("INFO", *args)` into `def log(*parts)`: the positional
                            // arguments left over come first.
                            let first: Vec<Expr> = pre_vars[placed..]
                                .iter()
                                .map(|&v| load(self, scope, v))
                                .collect();
                            let first = self.expr_node(scope, span, ExprKind::Tuple(first));
                            let rest = self.expr_node(scope, span, rest);
                            ExprKind::Binary(BinOp::Add, Box::new(first), Box::new(rest))
                        }
                    }
                    Trailing::VarArgs => ExprKind::Tuple(vec![]),
                    Trailing::Default(g) => ExprKind::Load(Place::Global(*g)),
                    Trailing::Given(j) => ExprKind::Load(Place::Local(kw_vars[*j])),
                    Trailing::VarKw => ExprKind::Dict(vec![]),
                };
                args.push(self.expr_node(scope, span, kind));
            }
            let this = self.expr_node(scope, span, make(args));
            call = Some(match call {
                None => this,
                Some(longer) => {
                    // `len(xs) == k`: decided statically for a tuple (only the call with its
                    // length is typed), when the program runs otherwise.
                    let sv = load(self, scope, seq);
                    let nv = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![sv]));
                    let kv = self.expr_node(scope, span, ExprKind::Int(k as i64));
                    let is_k = self.expr_node(
                        scope,
                        span,
                        ExprKind::Compare(Box::new(nv), vec![(CmpOp::Eq, kv)]),
                    );
                    let kind = ExprKind::IfExp(Box::new(is_k), Box::new(this), Box::new(longer));
                    self.expr_node(scope, span, kind)
                }
            });
        }
        let call = call?;
        Some(self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(call))))
    }

    /// `f(pre…, **d)` of the function `fid` (parameters after the first `skip`): each
    /// parameter not passed by position takes `d[name]` when the dict has that key, else its
    /// default, after CPython's checks (an unexpected key, a value given twice, a required
    /// parameter missing: `TypeError`). `None` when this form does not fit.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn kw_star_call(
        &mut self,
        name: &str,
        fid: FuncId,
        skip: usize,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        make: &dyn Fn(Vec<Expr>) -> ExprKind,
    ) -> Option<Expr> {
        let [kw] = c.keywords.as_slice() else {
            return None;
        };
        if kw.arg.is_some() || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return None;
        }
        let sig = &sigs[fid.0 as usize];
        let kinds = &sig.kinds[skip..];
        if kinds.iter().any(|k| {
            !matches!(
                k,
                ParamKind::PosOnly | ParamKind::Positional | ParamKind::KwOnly
            )
        }) {
            return None;
        }
        let names: Vec<String> = sig.names[skip..].to_vec();
        let defaults: Vec<Option<GlobalId>> = sig.defaults[skip..].to_vec();
        let positional = kinds.iter().filter(|k| k.is_positional()).count();
        if c.args.len() > positional {
            return None;
        }
        let mut prelude = vec![];
        let mut pre_vars = vec![];
        for a in &c.args {
            let v = self.expr(a, scope, sigs);
            pre_vars.push(hoist(v, "$arg", scope, &mut prelude));
        }
        let d = self.expr(&kw.value, scope, sigs);
        let d = hoist(d, "$kw", scope, &mut prelude);
        let load = |this: &mut Self, scope: &mut Scope, l: LocalId| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
        };
        let text = |this: &mut Self, scope: &mut Scope, s: String| {
            this.expr_node(scope, span, ExprKind::Str(s))
        };
        let concat = |this: &mut Self, scope: &mut Scope, a: Expr, b: Expr| {
            this.expr_node(
                scope,
                span,
                ExprKind::Binary(BinOp::Add, Box::new(a), Box::new(b)),
            )
        };
        let raise = |msg: Expr| Stmt {
            span,
            kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None),
        };
        // A key that names no parameter (or one passed by position).
        let key_name = format!("$key{}", scope.locals.len());
        let key = new_local(scope, &key_name, span);
        scope.local_ids.remove(&key_name);
        let by_name: Vec<Expr> = names[c.args.len()..]
            .iter()
            .map(|n| self.expr_node(scope, span, ExprKind::Str(n.clone())))
            .collect();
        let known = self.expr_node(scope, span, ExprKind::Tuple(by_name));
        let k = load(self, scope, key);
        let unknown = self.expr_node(
            scope,
            span,
            ExprKind::Contains {
                item: Box::new(k),
                container: Box::new(known),
                negated: true,
            },
        );
        let mut checks = vec![];
        for n in &names[..c.args.len()] {
            // Passed by position and in the dict.
            let k = load(self, scope, key);
            let is_n = text(self, scope, n.clone());
            let twice = self.expr_node(
                scope,
                span,
                ExprKind::Compare(Box::new(k), vec![(CmpOp::Eq, is_n)]),
            );
            let msg = text(
                self,
                scope,
                format!("{name}() got multiple values for argument '{n}'"),
            );
            checks.push(Stmt {
                span,
                kind: StmtKind::If(twice, vec![raise(msg)], vec![]),
            });
        }
        let head = text(
            self,
            scope,
            format!("{name}() got an unexpected keyword argument '"),
        );
        let k = load(self, scope, key);
        let msg = concat(self, scope, head, k);
        let quote = text(self, scope, "'".into());
        let msg = concat(self, scope, msg, quote);
        checks.push(Stmt {
            span,
            kind: StmtKind::If(unknown, vec![raise(msg)], vec![]),
        });
        let dv = load(self, scope, d);
        prelude.push(Stmt {
            span,
            kind: StmtKind::ForIter {
                var: Place::Local(key),
                iter: dv,
                body: checks,
                orelse: vec![],
            },
        });
        let mut args = vec![];
        for &v in &pre_vars {
            args.push(load(self, scope, v));
        }
        for (i, n) in names.iter().enumerate().skip(c.args.len()) {
            let key = text(self, scope, n.clone());
            let dv = load(self, scope, d);
            let value = self.expr_node(scope, span, ExprKind::Index(Box::new(dv), Box::new(key)));
            let key = text(self, scope, n.clone());
            let dv = load(self, scope, d);
            let present = self.expr_node(
                scope,
                span,
                ExprKind::Contains {
                    item: Box::new(key),
                    container: Box::new(dv),
                    negated: false,
                },
            );
            args.push(match defaults[i] {
                Some(g) => {
                    let dflt = self.expr_node(scope, span, ExprKind::Load(Place::Global(g)));
                    let kind = ExprKind::IfExp(Box::new(present), Box::new(value), Box::new(dflt));
                    self.expr_node(scope, span, kind)
                }
                None => {
                    let what = if kinds[i] == ParamKind::KwOnly {
                        "keyword-only"
                    } else {
                        "positional"
                    };
                    let msg = text(
                        self,
                        scope,
                        format!("{name}() missing 1 required {what} argument: '{n}'"),
                    );
                    prelude.push(Stmt {
                        span,
                        kind: StmtKind::If(present, vec![], vec![raise(msg)]),
                    });
                    value
                }
            });
        }
        let call = self.expr_node(scope, span, make(args));
        Some(self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(call))))
    }
}

/// Whether a call's arguments have a shape bound when the program runs: at most one `**d`,
/// after the other keywords.
fn value_args_fit(c: &ast::ExprCall) -> bool {
    let kw_stars = c.keywords.iter().filter(|k| k.arg.is_none()).count();
    kw_stars == 0 || (kw_stars == 1 && c.keywords.last().is_some_and(|k| k.arg.is_none()))
}

/// The arguments of a call with `*xs` among them as one list expression, each value passed
/// through `wrap`: `[wrap(a)] + [wrap(x) for x in xs] + …` (`item` names the comprehension
/// variable). `None` without arguments.
pub(super) fn starred_list(
    args: &[ast::Expr],
    r: ast::text_size::TextRange,
    item: &str,
    wrap: impl Fn(ast::Expr) -> ast::Expr,
) -> Option<ast::Expr> {
    let name = |ctx| {
        ast::Expr::Name(ast::ExprName {
            range: r,
            id: ast::Identifier::new(item),
            ctx,
        })
    };
    let mut list: Option<ast::Expr> = None;
    for a in args {
        let part = match a {
            ast::Expr::Starred(s) => ast::Expr::ListComp(ast::ExprListComp {
                range: r,
                elt: Box::new(wrap(name(ast::ExprContext::Load))),
                generators: vec![ast::Comprehension {
                    range: Default::default(),
                    target: name(ast::ExprContext::Store),
                    iter: s.value.as_ref().clone(),
                    ifs: vec![],
                    is_async: false,
                }],
            }),
            other => ast::Expr::List(ast::ExprList {
                range: r,
                elts: vec![wrap(other.clone())],
                ctx: ast::ExprContext::Load,
            }),
        };
        list = Some(match list {
            None => part,
            Some(left) => ast::Expr::BinOp(ast::ExprBinOp {
                range: r,
                left: Box::new(left),
                op: ast::Operator::Add,
                right: Box::new(part),
            }),
        });
    }
    list
}
