//! Calls of function values whose arguments are known only at run time: `f(*args, **kwargs)`
//! with a dict that holds entries (how a decorator's wrapper forwards the keywords it was
//! given) — the checks CPython makes when it binds them, and the dict the callee's own
//! `**kwargs` gets — and `f(*xs)` of a list, whose length is checked against the parameters.

use crate::exc::raise;
use crate::object::Obj;
use crate::str::as_str;
use natrix_abi::{ElemKind, ExcKind};

/// The keys of a dict of str keys.
unsafe fn keys(d: *mut Obj) -> Vec<String> {
    let l = crate::dict_views::nx_dict_keys(d);
    if l.is_null() {
        return vec![];
    }
    let out = crate::list::items(l as *const crate::list::ListObj)
        .iter()
        .map(|&k| as_str(k as *mut Obj).to_string())
        .collect();
    crate::list::decref(l);
    out
}

/// Checks the keys of `d` against a call of `func`, in CPython's order: a key also given as
/// an explicit keyword (`keywords`, space-separated) is "got multiple values for keyword
/// argument" (found when the call's keywords are merged, so the function is named
/// `__main__.func`); then, key by key, one naming a positional parameter the positional
/// arguments reach (the first `given` of `positional`) is "got multiple values for argument",
/// and with `open` 0 (no `**kwargs` parameter) one naming none of `allowed` is "got an
/// unexpected keyword argument".
///
/// # Safety
/// `d` must be a live dict of str keys; the strs live; `given` a small tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_check(
    d: *mut Obj,
    allowed: *mut Obj,
    positional: *mut Obj,
    given: i64,
    keywords: *mut Obj,
    func: *mut Obj,
    open: u8,
) {
    let allowed: Vec<&str> = as_str(allowed).split_whitespace().collect();
    let taken: Vec<&str> = as_str(positional)
        .split_whitespace()
        .take((given >> 1).max(0) as usize)
        .collect();
    let keywords: Vec<&str> = as_str(keywords).split_whitespace().collect();
    let func = as_str(func);
    let keys = keys(d);
    if let Some(k) = keys.iter().find(|k| keywords.contains(&k.as_str())) {
        raise(
            ExcKind::TypeError,
            format!("__main__.{func}() got multiple values for keyword argument '{k}'"),
        );
        return;
    }
    for k in keys {
        if taken.contains(&k.as_str()) {
            raise(
                ExcKind::TypeError,
                format!("{func}() got multiple values for argument '{k}'"),
            );
            return;
        }
        if open == 0 && !allowed.contains(&k.as_str()) {
            raise(
                ExcKind::TypeError,
                format!("{func}() got an unexpected keyword argument '{k}'"),
            );
            return;
        }
    }
}

/// CPython's TypeError when the positional arguments of a call of `func` (`given`) reach the
/// parameter `name` that a keyword also gives (the `limit`-th): "got multiple values for
/// argument". Nothing when they stop short of it.
///
/// # Safety
/// `func` and `name` must be live strs, `given` and `limit` small tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_args_taken_check(
    func: *mut Obj,
    given: i64,
    limit: i64,
    name: *mut Obj,
) {
    if given > limit {
        raise(
            ExcKind::TypeError,
            format!(
                "{}() got multiple values for argument '{}'",
                as_str(func),
                as_str(name)
            ),
        );
    }
}

/// A new dict of the entries of `d` whose keys are not among `named` (space-separated): what
/// the callee's `**kwargs` receives, with its key and value kinds (small tagged ints; a value
/// of another kind is boxed into a dynamic one).
///
/// # Safety
/// `d` must be a live dict of str keys, `named` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_rest(
    d: *mut Obj,
    named: *mut Obj,
    key_kind: i64,
    val_kind: i64,
) -> *mut Obj {
    let (Some(kk), Some(vk)) = (
        ElemKind::from_code(key_kind >> 1),
        ElemKind::from_code(val_kind >> 1),
    ) else {
        crate::exc::fatal("nx_kwargs_rest: bad element kind");
    };
    let named: Vec<&str> = as_str(named).split_whitespace().collect();
    let skip = |k: i64| named.contains(&as_str(k as *mut Obj));
    crate::dict::copy_as(d, kk, vk, &skip)
}

/// The "missing argument" TypeError of a call of `func` whose dict did not hold `name`.
///
/// # Safety
/// Both must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_missing(func: *mut Obj, name: *mut Obj) {
    raise(
        ExcKind::TypeError,
        format!(
            "{}() missing 1 required positional argument: '{}'",
            as_str(func),
            as_str(name)
        ),
    );
}

/// The TypeError of a call of `func` given `given` positional arguments when it takes from
/// `least` to `takes` (its positional parameters named by `names`, space-separated; the
/// counts are small tagged ints, as are `kwonly`, the keyword-only arguments given, and
/// `shown`, the parameters without defaults: CPython's "takes from 1 to 2" counts them even
/// where a `**d` may fill them, which makes `least` 0); nothing when `given` is in range. CPython's messages: "f() takes 2 positional arguments but 3 were
/// given", "f() takes from 1 to 2 positional arguments but 3 were given", "f() missing 2
/// required positional arguments: 'a' and 'b'".
///
/// # Safety
/// `func` and `names` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_args_count_check(
    func: *mut Obj,
    given: i64,
    least: i64,
    takes: i64,
    names: *mut Obj,
    kwonly: i64,
    shown: i64,
) {
    let (given, least, takes) = (given >> 1, least >> 1, takes >> 1);
    if (least..=takes).contains(&given) {
        return;
    }
    let least = if given > takes { shown >> 1 } else { least };
    let mut msg = args_count_message(as_str(func), given, least, takes, as_str(names));
    let kwonly = kwonly >> 1;
    if given > takes && kwonly > 0 {
        // CPython counts the keyword-only arguments given too: "but 3 positional arguments
        // (and 1 keyword-only argument) were given".
        let s = if given == 1 { "" } else { "s" };
        let ks = if kwonly == 1 { "" } else { "s" };
        let head = msg.rsplit_once(" but ").map_or("", |(h, _)| h).to_string();
        msg = format!(
            "{head} but {given} positional argument{s} (and {kwonly} keyword-only argument{ks}) were given"
        );
    }
    raise(ExcKind::TypeError, msg);
}

fn args_count_message(func: &str, given: i64, least: i64, takes: i64, names: &str) -> String {
    if given > takes {
        let verb = if given == 1 { "was" } else { "were" };
        return if least < takes {
            format!("{func}() takes from {least} to {takes} positional arguments but {given} {verb} given")
        } else {
            let s = if takes == 1 { "" } else { "s" };
            format!("{func}() takes {takes} positional argument{s} but {given} {verb} given")
        };
    }
    let missing: Vec<String> = names
        .split_whitespace()
        .skip(given.max(0) as usize)
        .take((least - given) as usize)
        .map(|n| format!("'{n}'"))
        .collect();
    let listed = match missing.len() {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{func}() missing {} required positional argument{s}: {listed}",
        missing.len()
    )
}

#[cfg(test)]
mod tests {
    use super::args_count_message;

    #[test]
    fn messages_are_cpythons() {
        assert_eq!(
            args_count_message("f", 3, 2, 2, "a b"),
            "f() takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            args_count_message("f", 1, 0, 0, ""),
            "f() takes 0 positional arguments but 1 was given"
        );
        assert_eq!(
            args_count_message("f", 3, 1, 2, "a b"),
            "f() takes from 1 to 2 positional arguments but 3 were given"
        );
        assert_eq!(
            args_count_message("f", 0, 1, 1, "a"),
            "f() missing 1 required positional argument: 'a'"
        );
        assert_eq!(
            args_count_message("f", 1, 4, 4, "a b c d"),
            "f() missing 3 required positional arguments: 'b', 'c', and 'd'"
        );
    }
}
