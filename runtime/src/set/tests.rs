//! Unit tests of `set.rs`.

use super::*;
use crate::exc::tests::{lock, python, take};
use crate::list::{items, ListObj};
use crate::object::LIVE_OBJECTS;
use crate::str::as_str;
use crate::tuple::{nx_tuple_init, nx_tuple_new};
use num_bigint::BigInt;
use std::sync::atomic::Ordering::Relaxed;

fn live() -> i64 {
    LIVE_OBJECTS.load(Relaxed)
}

fn int(text: &str) -> i64 {
    crate::int::from_big(text.parse::<BigInt>().unwrap())
}

unsafe fn repr(o: *mut Obj) -> String {
    let s = crate::list::nx_obj_repr(o);
    assert!(!s.is_null(), "{:?}", take());
    let t = as_str(s).to_string();
    decref(s);
    t
}

unsafe fn int_set(vals: &[&str]) -> *mut Obj {
    let s = nx_set_new(ElemKind::Int as i64);
    for v in vals {
        let x = int(v);
        nx_set_add(s, x);
        decref_elem(ElemKind::Int, x);
    }
    s
}

unsafe fn small_set(vals: &[i64]) -> *mut Obj {
    let s = nx_set_new(ElemKind::Int as i64);
    for &v in vals {
        nx_set_add(s, v << 1);
    }
    s
}

/// A set display of constants as CPython 3.11 builds it: the compiler folds it into a
/// frozenset (added in source order), rebuilds that frozenset from its own iteration order
/// when merging constants, and the code does `BUILD_SET 0; SET_UPDATE`.
unsafe fn literal(vals: &[i64]) -> *mut Obj {
    let first = small_set(vals);
    let order = nx_set_to_list(first);
    let folded = nx_set_new(ElemKind::Int as i64);
    for &v in items(order as *mut ListObj) {
        nx_set_add(folded, v);
    }
    let s = nx_set_new(ElemKind::Int as i64);
    nx_set_update(s, folded);
    for o in [first, order, folded] {
        decref(o);
    }
    s
}

/// `list(s)` as ints' decimal text.
unsafe fn order(s: *mut Obj) -> String {
    let l = nx_set_to_list(s);
    let v: Vec<String> = items(l as *mut ListObj)
        .iter()
        .map(|&b| crate::int::int_to_string(b).unwrap())
        .collect();
    decref(l);
    format!("[{}]", v.join(", "))
}

#[test]
fn literal_orders_match_cpython() {
    let _g = lock();
    unsafe {
        let before = live();
        // python3 -c 'print({100, 3, 1, 2, 50, 8, 9, 16, 24}); print({-1, -2, 7, 10**20})'
        let a = literal(&[100, 3, 1, 2, 50, 8, 9, 16, 24]);
        assert_eq!(repr(a), "{1, 2, 3, 100, 8, 9, 16, 50, 24}");
        // python3 -c 's=set()
        // for x in [-1, -2, 7, 10**20]: s.add(x)
        // print(s, {-1, -2, 7, 10**20}, {5, 13, 21, 2, 3})'
        let b = int_set(&["-1", "-2", "7", "100000000000000000000"]);
        assert_eq!(repr(b), "{100000000000000000000, 7, -1, -2}");
        let b2 = nx_set_to_list(b);
        let folded = nx_set_new(ElemKind::Int as i64);
        for &v in items(b2 as *mut ListObj) {
            nx_set_add(folded, v);
        }
        let lit = nx_set_new(ElemKind::Int as i64);
        nx_set_update(lit, folded);
        assert_eq!(repr(lit), "{100000000000000000000, -2, -1, 7}");
        for o in [b2, folded, lit] {
            decref(o);
        }
        let c = literal(&[5, 13, 21, 2, 3]);
        assert_eq!(repr(c), "{2, 3, 5, 21, 13}");
        decref(c);
        // Floats: python3 -c "print({0.5, 1.5, 2.25, -0.0, 1e300, float('inf'), -3.75, 1e-7})"
        let f = nx_set_new(ElemKind::Float as i64);
        for x in [0.5, 1.5, 2.25, -0.0, 1e300, f64::INFINITY, -3.75, 1e-7] {
            nx_set_add(f, x.to_bits() as i64);
        }
        assert_eq!(repr(f), "{0.5, 1.5, 2.25, -0.0, inf, 1e-07, 1e+300, -3.75}");
        // 1.0 and 1 are one element; 0.0 and -0.0 too.
        assert_eq!(nx_set_contains(f, 0.0f64.to_bits() as i64), 1);
        // Tuples: python3 -c 's=set()
        // for t in [(1, 2), (2, 1), (0,), (), (3, (4, 5)), (-1, -2)]: s.add(t)
        // print(s)'
        let t = nx_set_new(ElemKind::Obj as i64);
        let mk = |v: &[i64]| {
            let t = nx_tuple_new(v.len() as i64);
            for (i, &x) in v.iter().enumerate() {
                nx_tuple_init(t, i as i64, ElemKind::Int as i64, x << 1);
            }
            t
        };
        let inner = mk(&[4, 5]);
        let t345 = nx_tuple_new(2);
        nx_tuple_init(t345, 0, ElemKind::Int as i64, 3 << 1);
        nx_tuple_init(t345, 1, ElemKind::Obj as i64, inner as i64);
        decref(inner);
        for tu in [
            mk(&[1, 2]),
            mk(&[2, 1]),
            mk(&[0]),
            mk(&[]),
            t345,
            mk(&[-1, -2]),
        ] {
            nx_set_add(t, tu as i64);
            decref(tu);
        }
        assert_eq!(repr(t), "{(1, 2), (2, 1), (-1, -2), (0,), (), (3, (4, 5))}");
        let k = mk(&[2, 1]);
        assert_eq!(nx_set_contains(t, k as i64), 1);
        nx_set_add(t, k as i64);
        assert_eq!(nx_set_len(t), 6 << 1);
        decref(k);
        // Bools, None, empty: python3 -c 'print({True, False}, {None}, set())'
        let bs = nx_set_new(ElemKind::Bool as i64);
        nx_set_add(bs, 1);
        nx_set_add(bs, 0);
        assert_eq!(repr(bs), "{False, True}");
        let ns = nx_set_new(ElemKind::None as i64);
        nx_set_add(ns, 0);
        nx_set_add(ns, 0);
        assert_eq!(repr(ns), "{None}");
        let e = nx_set_new(ElemKind::Int as i64);
        assert_eq!(repr(e), "set()");
        // Strs: any order, but membership works and the repr quotes.
        let ss = nx_set_new(ElemKind::Obj as i64);
        for w in ["a", "b", "a"] {
            let o = new_str(w);
            nx_set_add(ss, o as i64);
            decref(o);
        }
        assert_eq!(nx_set_len(ss), 2 << 1);
        let r = repr(ss);
        assert!(r == "{'a', 'b'}" || r == "{'b', 'a'}", "{r}");
        // Unhashable elements: a set of lists.
        let ls = nx_set_new(ElemKind::Obj as i64);
        let l = crate::list::nx_list_new(ElemKind::Int as i64, 0);
        nx_set_add(ls, l as i64);
        assert_eq!(
            take(),
            Some(("TypeError", "unhashable type: 'list'".into()))
        );
        assert_eq!(nx_set_len(ls), 0);
        for o in [a, b, f, t, bs, ns, e, ss, ls, l] {
            decref(o);
        }
        assert_eq!(live(), before);
    }
}

#[test]
fn pop_remove_and_errors() {
    let _g = lock();
    unsafe {
        let before = live();
        // python3 -c 's=set()
        // for x in [5, 13, 21, 2, 3]: s.add(x)
        // print([s.pop() for _ in range(3)], s); s.add(29); s.add(0); print(s.pop(), s)'
        // [2, 3, 5] {13, 21} / 13 {0, 21, 29}
        let s = small_set(&[5, 13, 21, 2, 3]);
        let pops: Vec<i64> = (0..3).map(|_| nx_set_pop(s) >> 1).collect();
        assert_eq!(pops, [2, 3, 5]);
        assert_eq!(repr(s), "{13, 21}");
        nx_set_add(s, 29 << 1);
        nx_set_add(s, 0);
        assert_eq!(nx_set_pop(s) >> 1, 13);
        assert_eq!(repr(s), "{0, 21, 29}");
        nx_set_add(s, 13 << 1);
        // Dummies: the last one on the probe sequence is reused.
        // python3 -c 's=set(); s.add(55834574849); s.pop(); s.add(48); s.pop(); s.add(8); s.add(-15); s.add(2); print(s, s.pop())'
        let d = small_set(&[55834574849]);
        nx_set_pop(d);
        nx_set_add(d, 48 << 1);
        nx_set_pop(d);
        for v in [8, -15, 2] {
            nx_set_add(d, v << 1);
        }
        assert_eq!(repr(d), "{8, 2, -15}");
        assert_eq!(nx_set_pop(d) >> 1, 8);
        decref(d);
        nx_set_remove(s, 13 << 1);
        nx_set_remove(s, 13 << 1);
        assert_eq!(take(), Some(("KeyError", "13".into())));
        nx_set_discard(s, 13 << 1);
        assert_eq!(take(), None);
        nx_set_clear(s);
        assert_eq!(repr(s), "set()");
        nx_set_pop(s);
        assert_eq!(take(), Some(("KeyError", "'pop from an empty set'".into())));
        let ss = nx_set_new(ElemKind::Obj as i64);
        let k = new_str("missing");
        nx_set_remove(ss, k as i64);
        assert_eq!(take(), Some(("KeyError", "'missing'".into())));
        // Big ints: pop moves the reference out.
        let b = int_set(&["100000000000000000000", "-100000000000000000001"]);
        let x = nx_set_pop(b);
        assert_eq!(
            crate::int::int_to_string(x).unwrap(),
            "100000000000000000000"
        );
        decref_elem(ElemKind::Int, x);
        for o in [s, ss, k, b] {
            decref(o);
        }
        assert_eq!(live(), before);
    }
}

#[test]
fn algebra_matches_cpython() {
    let _g = lock();
    unsafe {
        let before = live();
        // python3 -c 'a={1,2,3,40,17,9,33}; b={3,4,9,41,17,100,8,16}; print(a|b, a&b, b&a, a-b, b-a, a^b, b^a)'
        // (constant displays: built as `literal` builds them)
        let a = literal(&[1, 2, 3, 40, 17, 9, 33]);
        let b = literal(&[3, 4, 9, 41, 17, 100, 8, 16]);
        let got: Vec<String> = [
            nx_set_union(a, b),
            nx_set_intersection(a, b),
            nx_set_intersection(b, a),
            nx_set_difference(a, b),
            nx_set_difference(b, a),
            nx_set_symmetric_difference(a, b),
            nx_set_symmetric_difference(b, a),
        ]
        .into_iter()
        .map(|s| {
            let r = repr(s);
            decref(s);
            r
        })
        .collect();
        assert_eq!(
            got.join(" "),
            "{1, 2, 3, 33, 100, 4, 40, 9, 8, 41, 16, 17} {17, 3, 9} {17, 3, 9} {40, 1, 2, 33} \
             {100, 4, 8, 41, 16} {1, 2, 33, 100, 4, 8, 41, 40, 16} {1, 2, 4, 8, 16, 33, 100, 40, 41}"
        );
        assert_eq!(nx_set_issubset(a, b), 0);
        let c = small_set(&[9, 3]);
        assert_eq!(nx_set_issubset(c, a), 1);
        assert_eq!(nx_set_issuperset(a, c), 1);
        assert_eq!(nx_set_issuperset(c, a), 0);
        let d = small_set(&[33, 9, 17, 40, 3, 2, 1]);
        assert_eq!(nx_set_eq(a, d), 1);
        assert_eq!(nx_set_eq(a, c), 0);
        // == across kinds: {1, 2} == {1.0, 2.0}
        let f = nx_set_new(ElemKind::Float as i64);
        nx_set_add(f, 1.0f64.to_bits() as i64);
        nx_set_add(f, 2.0f64.to_bits() as i64);
        let i12 = small_set(&[2, 1]);
        assert_eq!(nx_set_eq(i12, f), 1);
        // Self operations.
        let u = nx_set_union(a, a);
        assert_eq!(nx_set_eq(u, a), 1);
        nx_set_symmetric_difference_update(u, u);
        assert_eq!(repr(u), "set()");
        // Mixed kinds where elements would be stored in the other kind: RuntimeError.
        nx_set_update(i12, f);
        assert_eq!(take().map(|e| e.0), Some("RuntimeError"));
        for o in [a, b, c, d, f, i12, u] {
            decref(o);
        }
        assert_eq!(live(), before);
    }
}

/// Random programs of adds, discards, pops and set algebra on two int sets, against python3.
#[test]
fn random_programs_match_cpython() {
    let _g = lock();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rnd = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let mut input = String::new();
    let mut mine = Vec::new();
    unsafe {
        let before = live();
        for case in 0..400 {
            let mut line = String::new();
            let mut sets = [small_set(&[]), small_set(&[])];
            let mut out: Vec<String> = Vec::new();
            let n_ops = 1 + rnd(match case % 10 {
                0 => 2000,
                1..=3 => 200,
                _ => 40,
            });
            for _ in 0..n_ops {
                let which = (rnd(4) == 0) as usize;
                let op = rnd(100);
                let value = match rnd(7) {
                    0 => format!("{}", rnd(20)),
                    1 => format!("-{}", rnd(20)),
                    2 => format!("{}", rnd(64) * 8),
                    3 => format!("{}", rnd(1000)),
                    4 => format!("{}", (rnd(30) << 32) + rnd(3)),
                    5 => format!("1000000000000000000000{}", rnd(10)),
                    _ => format!("{}", 2305843009213693951u64 + rnd(4)),
                };
                let s = sets[which];
                if op < 55 {
                    line.push_str(&format!("a {which} {value} "));
                    let x = int(&value);
                    nx_set_add(s, x);
                    decref_elem(ElemKind::Int, x);
                } else if op < 75 {
                    line.push_str(&format!("d {which} {value} "));
                    let x = int(&value);
                    nx_set_discard(s, x);
                    decref_elem(ElemKind::Int, x);
                } else if op < 85 {
                    line.push_str(&format!("p {which} "));
                    if nx_set_len(s) == 0 {
                        continue;
                    }
                    let x = nx_set_pop(s);
                    out.push(crate::int::int_to_string(x).unwrap());
                    decref_elem(ElemKind::Int, x);
                } else {
                    let ops = ["u", "i", "m", "x", "U", "I", "M", "X", "c", "C", "S"];
                    let o = ops[rnd(ops.len() as u64) as usize];
                    line.push_str(o);
                    line.push(' ');
                    let (a, b) = (sets[0], sets[1]);
                    let replace = |r: *mut Obj, sets: &mut [*mut Obj; 2]| {
                        decref(sets[0]);
                        sets[0] = r;
                    };
                    match o {
                        "u" => nx_set_update(a, b),
                        "i" => nx_set_intersection_update(a, b),
                        "m" => nx_set_difference_update(a, b),
                        "x" => nx_set_symmetric_difference_update(a, b),
                        "U" => replace(nx_set_union(a, b), &mut sets),
                        "I" => replace(nx_set_intersection(a, b), &mut sets),
                        "M" => replace(nx_set_difference(a, b), &mut sets),
                        "X" => replace(nx_set_symmetric_difference(a, b), &mut sets),
                        "c" => replace(nx_set_copy(a), &mut sets),
                        "C" => nx_set_clear(b),
                        _ => sets.swap(0, 1),
                    }
                }
            }
            assert_eq!(take(), None);
            input.push_str(&line);
            input.push('\n');
            mine.push(format!(
                "[{}] {} {}",
                out.join(", "),
                order(sets[0]),
                order(sets[1])
            ));
            for s in sets {
                decref(s);
            }
        }
        assert_eq!(live(), before);
    }
    let script = r#"
import sys
for line in sys.stdin:
t = line.split(); s = [set(), set()]; out = []; i = 0
while i < len(t):
    o = t[i]
    if o == 'a': s[int(t[i+1])].add(int(t[i+2])); i += 3; continue
    if o == 'd': s[int(t[i+1])].discard(int(t[i+2])); i += 3; continue
    if o == 'p':
        if s[int(t[i+1])]: out.append(s[int(t[i+1])].pop())
        i += 2; continue
    a, b = s
    if o == 'u': a |= b
    elif o == 'i': a &= b
    elif o == 'm': a -= b
    elif o == 'x': a ^= b
    elif o == 'U': s[0] = a | b
    elif o == 'I': s[0] = a & b
    elif o == 'M': s[0] = a - b
    elif o == 'X': s[0] = a ^ b
    elif o == 'c': s[0] = a.copy()
    elif o == 'C': b.clear()
    elif o == 'S': s = [b, a]
    i += 1
print(out, list(s[0]), list(s[1]))
"#;
    if let Some(want) = python(script, &input) {
        let lines: Vec<&str> = input.lines().collect();
        for (i, (m, w)) in mine.iter().zip(&want).enumerate() {
            assert_eq!(m, w, "case {i}: {}", lines[i]);
        }
        assert_eq!(mine.len(), want.len());
    }
}
