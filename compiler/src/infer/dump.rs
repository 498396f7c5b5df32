//! `--emit types`: the types inference found, for snapshots and debugging.

use super::*;

/// `--emit types`: every specialization with the type of each variable.
pub fn dump(prog: &Program, t: &Typed) -> String {
    let mut out = String::new();
    for (g, ty) in t.globals.iter().enumerate() {
        out.push_str(&format!(
            "global {}: {}\n",
            prog.globals[g].name,
            t.types.display(*ty)
        ));
    }
    for (class, fields) in prog.classes.iter().zip(&t.fields) {
        // A hierarchy shares its root's attribute slots.
        let mut bases: Vec<&str> = class
            .bases
            .iter()
            .map(|b| prog.class(*b).name.as_str())
            .collect();
        bases.extend(
            class
                .exc_base
                .filter(|_| class.bases.is_empty())
                .map(|k| k.name()),
        );
        match bases.is_empty() {
            true => out.push_str(&format!("\nclass {}\n", class.name)),
            false => out.push_str(&format!("\nclass {}({})\n", class.name, bases.join(", "))),
        }
        for (slot, (name, ty)) in fields.iter().enumerate() {
            out.push_str(&format!(
                "    .{name}: {} (slot {slot})\n",
                t.types.display(*ty)
            ));
        }
    }
    for (i, spec) in t.specs.iter().enumerate() {
        let f = prog.func(spec.func);
        out.push_str(&format!(
            "\n{} -> {}\n",
            t.spec_name(prog, SpecId(i as u32)),
            t.types.display(spec.ret)
        ));
        for (l, ty) in spec.locals.iter().enumerate() {
            out.push_str(&format!(
                "    {}: {}\n",
                f.locals[l].name,
                t.types.display(*ty)
            ));
        }
    }
    out.push_str(&format!(
        "\n# {} specializations, {} iterations\n",
        t.specs.len(),
        t.iterations
    ));
    out
}
