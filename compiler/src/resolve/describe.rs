//! What unsupported statements and expressions are called in diagnostics ("the `del`
//! statement", "a set display").

use super::ast;

pub(super) fn describe_stmt(s: &ast::Stmt) -> &'static str {
    match s {
        ast::Stmt::ClassDef(_) => "a class definition",
        ast::Stmt::AsyncFunctionDef(_) => "an `async def`",
        ast::Stmt::Delete(_) => "the `del` statement",
        ast::Stmt::AnnAssign(_) => "an annotated assignment",
        ast::Stmt::AsyncFor(_) => "`async for`",
        ast::Stmt::With(_) | ast::Stmt::AsyncWith(_) => "the `with` statement",
        ast::Stmt::Match(_) => "the `match` statement",
        ast::Stmt::Raise(_) => "the `raise` statement",
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => "the `try` statement",
        ast::Stmt::Assert(_) => "the `assert` statement",
        // At the top level imports work, and most in functions are moved there
        // (`modules/function_imports.rs`): these are the others.
        ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => {
            "an `import` in a function that cannot move to the top level (a builtin's name, a \
             name bound or read elsewhere, or not a statement of the function's own body)"
        }
        ast::Stmt::Nonlocal(_) => "the `nonlocal` statement",
        ast::Stmt::TypeAlias(_) => "a `type` alias",
        _ => "this statement",
    }
}

pub(super) fn describe_expr(e: &ast::Expr) -> &'static str {
    match e {
        ast::Expr::NamedExpr(_) => "the walrus operator `:=`",
        ast::Expr::Lambda(_) => "a lambda",
        ast::Expr::Dict(_) => "a dict display",
        ast::Expr::Set(_) => "a set display",
        ast::Expr::ListComp(_) => "a list comprehension",
        ast::Expr::SetComp(_) => "a set comprehension",
        ast::Expr::DictComp(_) => "a dict comprehension",
        ast::Expr::GeneratorExp(_) => "a generator expression",
        ast::Expr::Await(_) => "`await`",
        ast::Expr::YieldFrom(_) => "`yield from` as a value other than assigned to a name",
        ast::Expr::FormattedValue(_) | ast::Expr::JoinedStr(_) => "an f-string",
        ast::Expr::Attribute(_) => "attribute access",
        ast::Expr::Subscript(_) => "subscripting",
        ast::Expr::Starred(_) => "a starred expression",
        ast::Expr::List(_) => "a list display",
        ast::Expr::Tuple(_) => "a tuple value",
        ast::Expr::Slice(_) => "a slice",
        _ => "this expression",
    }
}
