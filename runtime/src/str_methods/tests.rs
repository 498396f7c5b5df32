//! Unit tests of `str_methods.rs`.

use super::*;
use crate::exc::tests::{lock, take};
use crate::int::from_big;
use crate::list::{is_list, items, nx_list_append, nx_list_new};
use crate::object::LIVE_OBJECTS;
use crate::str::STR_TYPE;
use num_bigint::BigInt;
use std::sync::atomic::Ordering::Relaxed;

/// An argument: an absent slice bound, an int (decimal text), a str, a list of str.
#[derive(Clone, Copy, Debug)]
enum A {
    N,
    I(&'static str),
    S(&'static str),
    L(&'static [&'static str]),
}

/// An expected result: a str, an int, a bool, a list of str, an exception (type, message).
#[derive(Debug)]
enum W {
    WS(&'static str),
    WI(i64),
    WB(bool),
    WL(&'static [&'static str]),
    WE(&'static str, &'static str),
}

/// What a call returned, decoded.
#[derive(Debug, PartialEq)]
enum Got {
    S(String),
    I(i64),
    B(bool),
    L(Vec<String>),
    E(&'static str, String),
}

impl PartialEq<W> for Got {
    fn eq(&self, w: &W) -> bool {
        match (self, w) {
            (Got::S(a), W::WS(b)) => a == b,
            (Got::I(a), W::WI(b)) => a == b,
            (Got::B(a), W::WB(b)) => a == b,
            (Got::L(a), W::WL(b)) => a.iter().map(String::as_str).eq(b.iter().copied()),
            (Got::E(k, m), W::WE(wk, wm)) => k == wk && m == wm,
            _ => false,
        }
    }
}

static CASES: &[(&str, &str, &[A], W)] = &{
    use A::{I, L, N, S};
    use W::{WB, WE, WI, WL, WS};
    include!("str_methods_cases.rs")
};

fn new_int(text: &str) -> i64 {
    from_big(text.parse::<BigInt>().unwrap())
}

unsafe fn release_int(v: i64) {
    if v & 1 == 1 {
        decref((v - 1) as *mut Obj);
    }
}

unsafe fn new_strs(vals: &[&str]) -> *mut Obj {
    let l = nx_list_new(ElemKind::Obj as i64, 0);
    for v in vals {
        let s = new_str(v);
        nx_list_append(l, s as i64);
        decref(s);
    }
    l
}

/// Decodes (and releases) an object result: a str, a list of str, or the pending error.
unsafe fn obj(r: *mut Obj) -> Got {
    if r.is_null() {
        let (k, m) = take().expect("null without an exception");
        return Got::E(k, m);
    }
    assert_eq!(take(), None);
    let got = if std::ptr::eq((*r).ty, &STR_TYPE) {
        let t = as_str(r);
        assert_eq!(char_len(r), t.chars().count(), "cached length of {t:?}");
        Got::S(t.to_string())
    } else {
        assert!(is_list(r));
        Got::L(
            items(r as *const ListObj)
                .iter()
                .map(|&e| {
                    let e = e as *const Obj;
                    assert!(std::ptr::eq((*e).ty, &STR_TYPE));
                    assert_eq!(char_len(e), as_str(e).chars().count());
                    as_str(e).to_string()
                })
                .collect(),
        )
    };
    decref(r);
    got
}

unsafe fn int(r: i64) -> Got {
    if r == INT_ERROR {
        let (k, m) = take().expect("INT_ERROR without an exception");
        return Got::E(k, m);
    }
    assert_eq!(take(), None);
    assert_eq!(r & 1, 0);
    Got::I(r >> 1)
}

unsafe fn boolean(r: u8) -> Got {
    assert_eq!(take(), None);
    assert!(r <= 1);
    Got::B(r == 1)
}

/// Calls `nx_str_<f>` (`nx_chr` for "chr") on `s` with `args`.
unsafe fn call(f: &str, s: *mut Obj, args: &[A]) -> Got {
    // Materialise the arguments as new objects / tagged ints, released after the call.
    let mut objs = Vec::new();
    let mut ints = Vec::new();
    let mut has = 0;
    for (k, a) in args.iter().enumerate() {
        match *a {
            A::N => {
                objs.push(std::ptr::null_mut());
                ints.push(0);
            }
            A::I(t) => {
                has |= 1 << k;
                ints.push(new_int(t));
                objs.push(std::ptr::null_mut());
            }
            A::S(t) => {
                objs.push(new_str(t));
                ints.push(0);
            }
            A::L(v) => {
                objs.push(new_strs(v));
                ints.push(0);
            }
        }
    }
    let (o, i) = (&objs, &ints);
    let got = match f {
        "getitem" => obj(nx_str_getitem(s, i[0])),
        "slice" => obj(nx_str_slice(s, i[0], i[1], i[2], has)),
        "contains" => boolean(nx_str_contains(s, o[0])),
        "find" => int(nx_str_find(s, o[0])),
        "rfind" => int(nx_str_rfind(s, o[0])),
        "index" => int(nx_str_index(s, o[0])),
        "rindex" => int(nx_str_rindex(s, o[0])),
        "count" => int(nx_str_count(s, o[0])),
        "startswith" => boolean(nx_str_startswith(s, o[0])),
        "endswith" => boolean(nx_str_endswith(s, o[0])),
        "upper" => obj(nx_str_upper(s)),
        "lower" => obj(nx_str_lower(s)),
        "capitalize" => obj(nx_str_capitalize(s)),
        "title" => obj(nx_str_title(s)),
        "swapcase" => obj(nx_str_swapcase(s)),
        "strip" => obj(nx_str_strip(s)),
        "lstrip" => obj(nx_str_lstrip(s)),
        "rstrip" => obj(nx_str_rstrip(s)),
        "strip_chars" => obj(nx_str_strip_chars(s, o[0])),
        "lstrip_chars" => obj(nx_str_lstrip_chars(s, o[0])),
        "rstrip_chars" => obj(nx_str_rstrip_chars(s, o[0])),
        "replace" => obj(nx_str_replace(s, o[0], o[1])),
        "replace_count" => obj(nx_str_replace_count(s, o[0], o[1], i[2])),
        "split_ws" => obj(nx_str_split_ws(s)),
        "split" => obj(nx_str_split(s, o[0])),
        "split_max" => obj(nx_str_split_max(s, o[0], i[1])),
        "rsplit_max" => obj(nx_str_rsplit_max(s, o[0], i[1])),
        "splitlines" => obj(nx_str_splitlines(s)),
        "join" => obj(nx_str_join(s, o[0])),
        "isdigit" => boolean(nx_str_isdigit(s)),
        "isalpha" => boolean(nx_str_isalpha(s)),
        "isalnum" => boolean(nx_str_isalnum(s)),
        "isspace" => boolean(nx_str_isspace(s)),
        "isupper" => boolean(nx_str_isupper(s)),
        "islower" => boolean(nx_str_islower(s)),
        "istitle" => boolean(nx_str_istitle(s)),
        "center" => obj(nx_str_center(s, i[0], o[1])),
        "ljust" => obj(nx_str_ljust(s, i[0], o[1])),
        "rjust" => obj(nx_str_rjust(s, i[0], o[1])),
        "zfill" => obj(nx_str_zfill(s, i[0])),
        "ord" => int(nx_str_ord(s)),
        "chr" => obj(nx_chr(i[0])),
        "chars" => obj(nx_str_chars(s)),
        _ => panic!("no such case function {f}"),
    };
    for &p in objs.iter().filter(|p| !p.is_null()) {
        decref(p);
    }
    for &v in ints.iter() {
        release_int(v);
    }
    got
}

#[test]
fn table_against_cpython() {
    let _g = lock();
    let before = LIVE_OBJECTS.load(Relaxed);
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    unsafe {
        for (f, input, args, want) in CASES {
            seen.insert(*f);
            // Mortal receivers, so that a result aliasing its input is refcounted too.
            let s = new_str(input);
            let got = call(f, s, args);
            assert_eq!((*s).refcnt, 1, "{f} {input:?} {args:?} kept a reference");
            decref(s);
            if got != *want {
                failures.push(format!(
                    "{f}({input:?}, {args:?}): got {got:?}, want {want:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(LIVE_OBJECTS.load(Relaxed), before, "leaked objects");
    // Every entry point of the table section is exercised.
    assert_eq!(seen.len(), 43, "{seen:?}");
}

#[test]
fn literal_receivers_and_identity() {
    let _g = lock();
    let before = LIVE_OBJECTS.load(Relaxed);
    unsafe {
        let lit = |t: &str| crate::str::nx_str_literal(t.as_ptr(), t.len() as i64);
        let s = lit("hello");
        // Unchanged results may be the receiver itself, with a new reference.
        let r = nx_str_strip(s);
        assert_eq!(r, s);
        let r = nx_str_slice(s, 0, 0, 0, 0);
        assert_eq!(r, s);
        let w = nx_str_ljust(s, 2 << 1, lit(" "));
        assert_eq!(w, s);
        let one = new_strs(&["only"]);
        let j = nx_str_join(lit(","), one);
        assert_eq!(as_str(j), "only");
        decref(j);
        decref(one);
        // Results from literals are mortal new objects.
        let u = nx_str_upper(s);
        assert_eq!((*u).refcnt, 1);
        decref(u);
        // Long non-ASCII text: positions in code points.
        let long: String = "é日a".repeat(1000);
        let l = new_str(&long);
        let needle = new_str("a");
        assert_eq!(nx_str_rfind(l, needle) >> 1, 2999);
        assert_eq!(nx_str_count(l, needle) >> 1, 1000);
        let g = nx_str_getitem(l, 2998 << 1);
        assert_eq!(as_str(g), "日");
        let sl = nx_str_slice(l, 3 << 1, 0, -3 << 1, 7);
        assert_eq!(as_str(sl), "é");
        for o in [needle, g, sl, l] {
            decref(o);
        }
    }
    assert_eq!(take(), None);
    assert_eq!(LIVE_OBJECTS.load(Relaxed), before);
}
