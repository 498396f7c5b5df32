//! `os.path` is an object of `stdlib/os.py` (`path = _Path()`), whose functions are that
//! module's `_path_*`: the imports that name it as a module are rewritten to reach those.
//!
//! ```python
//! import os.path                    →  import os
//! import os.path as osp             →  from os import path as osp
//! from os.path import join, exists  →  from os import _path_join as join, _path_exists as exists
//! ```

use rustpython_parser::ast;

/// `stmts` with their imports of `os.path` rewritten.
pub fn rewrite(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    stmts.into_iter().map(rewrite_stmt).collect()
}

fn alias(range: ast::text_size::TextRange, name: &str, asname: Option<String>) -> ast::Alias {
    ast::Alias {
        range,
        name: ast::Identifier::new(name),
        asname: asname.map(ast::Identifier::new),
    }
}

fn from_os(range: ast::text_size::TextRange, names: Vec<ast::Alias>) -> ast::Stmt {
    ast::Stmt::ImportFrom(ast::StmtImportFrom {
        range,
        module: Some(ast::Identifier::new("os")),
        names,
        level: Some(ast::Int::new(0)),
    })
}

fn rewrite_stmt(s: ast::Stmt) -> ast::Stmt {
    match s {
        ast::Stmt::Import(mut i) if i.names.iter().any(|a| a.name.as_str() == "os.path") => {
            // `import os.path as osp` binds the object; a plain one binds `os`.
            let (bound, plain): (Vec<ast::Alias>, Vec<ast::Alias>) = i
                .names
                .drain(..)
                .partition(|a| a.name.as_str() == "os.path" && a.asname.is_some());
            let plain: Vec<ast::Alias> = plain
                .into_iter()
                .map(|a| match a.name.as_str() {
                    "os.path" => alias(a.range, "os", None),
                    _ => a,
                })
                .collect();
            if bound.is_empty() {
                i.names = plain;
                return ast::Stmt::Import(i);
            }
            let names = bound
                .into_iter()
                .map(|a| alias(a.range, "path", a.asname.map(|n| n.to_string())))
                .collect();
            if plain.is_empty() {
                return from_os(i.range, names);
            }
            // Both forms in one statement: the module first, then the object.
            ast::Stmt::If(ast::StmtIf {
                range: i.range,
                test: Box::new(ast::Expr::Constant(ast::ExprConstant {
                    range: i.range,
                    value: ast::Constant::Bool(true),
                    kind: None,
                })),
                body: vec![
                    ast::Stmt::Import(ast::StmtImport {
                        range: i.range,
                        names: plain,
                    }),
                    from_os(i.range, names),
                ],
                orelse: vec![],
            })
        }
        ast::Stmt::ImportFrom(i)
            if i.module.as_ref().is_some_and(|m| m.as_str() == "os.path")
                && i.level.map_or(true, |l| l.to_u32() == 0)
                && !i.names.iter().any(|a| a.name.as_str() == "*") =>
        {
            let names = i
                .names
                .iter()
                .map(|a| {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    alias(a.range, &format!("_path_{}", a.name), Some(bound))
                })
                .collect();
            from_os(i.range, names)
        }
        s => s,
    }
}
