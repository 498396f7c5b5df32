//! `operator.attrgetter`, `operator.itemgetter` and `operator.methodcaller`, called where they
//! are made (`key=attrgetter("age")`, `map(itemgetter(1), pairs)`, `map(methodcaller("strip"),
//! lines)`), become lambdas: natrix looks attributes up
//! by names known when compiling, and a lambda gives each item of `itemgetter(0, 2)` its own
//! type. The arguments of `itemgetter` are evaluated once, where it is called, as CPython does:
//! `(lambda k0, k1: lambda obj: (obj[k0], obj[k1]))(a, b)`. `attrgetter` takes names written
//! out (dotted paths too), `methodcaller` its method's name; any other use of them is a located
//! error (`Renamer::getter_uses`).

use crate::resolve::Relocate;
use rustpython_parser::ast::{self, fold::Fold};
use std::collections::HashMap;

/// The qualified name `operator.attrgetter` has after linking.
pub(super) const ATTRGETTER: &str = "operator.attrgetter";
/// The qualified name `operator.itemgetter` has after linking.
pub(super) const ITEMGETTER: &str = "operator.itemgetter";
/// The qualified name `operator.methodcaller` has after linking.
pub(super) const METHODCALLER: &str = "operator.methodcaller";

/// The getters usable only as calls with the names written out, and what the error says.
pub(super) const NAMED_ONLY: &[(&str, &str)] = &[
    (
        ATTRGETTER,
        "`operator.attrgetter` other than called with the attribute names written out (`attrgetter(\"age\")`)",
    ),
    (
        METHODCALLER,
        "`operator.methodcaller` other than called with the method's name written out (`methodcaller(\"strip\", \"-\")`)",
    ),
];

/// The lambda a call of `attrgetter` or `itemgetter` (its callee already linked) stands for,
/// or `None` when it is neither, or cannot be written as one.
pub(super) fn rewrite(call: &ast::ExprCall) -> Option<ast::Expr> {
    let ast::Expr::Name(f) = call.func.as_ref() else {
        return None;
    };
    // (Keywords only for `methodcaller`, which passes them on.)
    let plain = (call.keywords.is_empty() || f.id.as_str() == METHODCALLER)
        && !call.args.is_empty()
        && !call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        && !call.keywords.iter().any(|k| k.arg.is_none());
    if !plain {
        return None;
    }
    let obj = "__natrix_obj";
    match f.id.as_str() {
        ATTRGETTER => {
            let paths: Vec<String> = call
                .args
                .iter()
                .map(|a| match a {
                    ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(s),
                        ..
                    }) if s.split('.').all(is_identifier) => Some(format!("{obj}.{s}")),
                    _ => None,
                })
                .collect::<Option<_>>()?;
            let body = match paths.as_slice() {
                [one] => one.clone(),
                many => format!("({},)", many.join(", ")),
            };
            Some(template(
                &format!("lambda {obj}: {body}"),
                call.range,
                HashMap::new(),
            ))
        }
        ITEMGETTER => {
            let keys: Vec<String> = (0..call.args.len())
                .map(|i| format!("__natrix_k{i}"))
                .collect();
            let items: Vec<String> = keys.iter().map(|k| format!("{obj}[{k}]")).collect();
            let body = match items.as_slice() {
                [one] => one.clone(),
                many => format!("({},)", many.join(", ")),
            };
            let args: Vec<String> = (0..call.args.len())
                .map(|i| format!("__natrix_arg{i}"))
                .collect();
            let src = format!(
                "(lambda {}: lambda {obj}: {body})({})",
                keys.join(", "),
                args.join(", ")
            );
            let fill = args.into_iter().zip(call.args.iter().cloned()).collect();
            Some(template(&src, call.range, fill))
        }
        // `methodcaller("split", ",", maxsplit=1)`: its arguments evaluated once, here.
        METHODCALLER => {
            let ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(name),
                ..
            }) = &call.args[0]
            else {
                return None;
            };
            if !is_identifier(name) {
                return None;
            }
            let rest = &call.args[1..];
            let params: Vec<String> = (0..rest.len() + call.keywords.len())
                .map(|i| format!("__natrix_k{i}"))
                .collect();
            let mut passed: Vec<String> = params[..rest.len()].to_vec();
            for (k, p) in call.keywords.iter().zip(&params[rest.len()..]) {
                passed.push(format!("{}={p}", k.arg.as_ref()?));
            }
            let args: Vec<String> = (0..params.len())
                .map(|i| format!("__natrix_arg{i}"))
                .collect();
            let src = format!(
                "(lambda {}: lambda {obj}: {obj}.{name}({}))({})",
                params.join(", "),
                passed.join(", "),
                args.join(", ")
            );
            let values = rest
                .iter()
                .cloned()
                .chain(call.keywords.iter().map(|k| k.value.clone()));
            let fill = args.into_iter().zip(values).collect();
            Some(template(&src, call.range, fill))
        }
        _ => None,
    }
}

/// Whether `s` is a Python identifier (ASCII letters, digits, `_`, not starting with a digit;
/// other names keep the call, which is then refused).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// The expression `src` (natrix's own, which parses) placed at `range`, with the names in
/// `fill` replaced by the program's expressions.
fn template(
    src: &str,
    range: ast::text_size::TextRange,
    fill: HashMap<String, ast::Expr>,
) -> ast::Expr {
    let parsed = rustpython_parser::parse(src, rustpython_parser::Mode::Expression, "<natrix>");
    let Ok(ast::Mod::Expression(e)) = parsed else {
        unreachable!("a getter's lambda parses: {src}")
    };
    match Relocate(range, fill).fold_expr(*e.body) {
        Ok(e) => e,
        Err(never) => match never {},
    }
}
