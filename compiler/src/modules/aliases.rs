//! Type aliases: `Shape = Union[Circle, Square]`, `Grid = List[List[int]]` at the program's top
//! level name types for annotations, which natrix does not read (`docs/LANGUAGE.md`). After
//! linking, `typing`'s names are qualified (`typing.Union`), so an alias is an assignment of a
//! subscripted `typing` name (or `Optional`-like chain of them); it is dropped, and a use of the
//! alias as a value is then an undefined name.

use rustpython_parser::ast;

/// The statements without the type aliases among them.
pub fn drop_aliases(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    stmts.into_iter().filter(|s| !is_alias(s)).collect()
}

fn is_alias(stmt: &ast::Stmt) -> bool {
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
    is_typing_form(value)
}

/// `typing.X[…]` (for any `X` of `typing`), or such forms joined by `|`.
fn is_typing_form(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Subscript(s) => {
            matches!(s.value.as_ref(), ast::Expr::Name(n) if n.id.as_str().starts_with("typing."))
        }
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            is_typing_form(&b.left) || is_typing_form(&b.right)
        }
        _ => false,
    }
}
