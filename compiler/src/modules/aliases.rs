//! Type aliases: `Shape = Union[Circle, Square]`, `Grid = List[List[int]]`, `Pair =
//! tuple[int, int]`, `Number = int | float` at the program's top level name types for
//! annotations, which natrix does not read (`docs/LANGUAGE.md`). After linking, `typing`'s
//! names are qualified (`typing.Union`), so an alias is an assignment of a subscripted
//! `typing` name or builtin generic class (`list[…]`, `dict[…]`, of builtins the program does
//! not rebind), or of `|` unions of those, builtin type names and None; it is dropped, and a use
//! of the alias as a value is then an undefined name.

use rustpython_parser::ast;

/// The statements without the type aliases among them.
pub fn drop_aliases(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let bound = crate::modules::top_level_names(&stmts);
    stmts.into_iter().filter(|s| !is_alias(s, &bound)).collect()
}

/// The builtin classes that take type parameters (`list[int]`).
const GENERIC: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

/// The builtin classes a `|` union names.
const TYPES: &[&str] = &[
    "int",
    "float",
    "complex",
    "str",
    "bool",
    "bytes",
    "object",
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
];

fn is_alias(stmt: &ast::Stmt, bound: &[String]) -> bool {
    let value = match stmt {
        ast::Stmt::Assign(a) if matches!(a.targets.as_slice(), [ast::Expr::Name(_)]) => &a.value,
        // `Shape: TypeAlias = Union[…]`.
        ast::Stmt::AnnAssign(a) if matches!(a.target.as_ref(), ast::Expr::Name(_)) => {
            match &a.value {
                Some(v) => v,
                None => return false,
            }
        }
        _ => return false,
    };
    is_typing_form(value, bound)
}

/// A name of one of `names` the program does not rebind.
fn builtin_name(e: &ast::Expr, names: &[&str], bound: &[String]) -> bool {
    matches!(e, ast::Expr::Name(n)
        if names.contains(&n.id.as_str()) && !bound.iter().any(|b| b == n.id.as_str()))
}

/// `typing.X[…]` (for any `X` of `typing` or of `collections.abc`) or `list[…]` (of a builtin generic class), or a
/// `|` union with one of those, or of builtin classes and None only (`int | None`).
fn is_typing_form(e: &ast::Expr, bound: &[String]) -> bool {
    match e {
        ast::Expr::Subscript(s) => {
            matches!(s.value.as_ref(), ast::Expr::Name(n)
                if n.id.as_str().starts_with("typing.")
                    || n.id.as_str().starts_with("_collections_abc."))
                || builtin_name(&s.value, GENERIC, bound)
        }
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            is_typing_form(&b.left, bound)
                || is_typing_form(&b.right, bound)
                || (builtin_union(&b.left, bound) && builtin_union(&b.right, bound))
        }
        _ => false,
    }
}

/// A builtin class, None, or a `|` union of them.
fn builtin_union(e: &ast::Expr, bound: &[String]) -> bool {
    match e {
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            builtin_union(&b.left, bound) && builtin_union(&b.right, bound)
        }
        ast::Expr::Constant(c) => c.value.is_none(),
        _ => builtin_name(e, TYPES, bound),
    }
}
