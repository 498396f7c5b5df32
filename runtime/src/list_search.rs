//! Searching lists by `==` beyond the common case (`list.rs`): a tuple's `index` over the
//! list of its items, and `index`/`count`/`remove` of a value of another kind than the items
//! (`ints.count(2.0)`), compared as CPython compares them.

use crate::dynamic::unbox;
use crate::exc::raise;
use crate::list::{decref_elem, items, val, ListObj};
use crate::object::Obj;
use natrix_abi::{ExcKind, INT_ERROR};

/// `t.index(v)` of a tuple of any length, given as list `l` of its items: ValueError
/// "tuple.index(x): x not in tuple".
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_items_index(l: *mut Obj, v: i64) -> i64 {
    match crate::list::find(l as *mut ListObj, v) {
        Ok(Some(i)) => (i as i64) << 1,
        Ok(None) => {
            raise(ExcKind::ValueError, "tuple.index(x): x not in tuple");
            INT_ERROR
        }
        Err(()) => INT_ERROR,
    }
}

/// `xs.index(x)` (`op` 0), `xs.count(x)` (1) or `xs.remove(x)` (2) of a list of any item kind,
/// or `t.index(x)` (3) of a tuple given as the list of its items, where `x` (a dynamic value) is
/// of another kind than the items: each item compared with `==` as CPython does. The index, the
/// count, or 0 after a removal; CPython's ValueError when `x` is not there.
///
/// # Safety
/// `l` must be a live list, `x` a live dynamic value, `op` a tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_search_dyn(l: *mut Obj, x: *mut Obj, op: i64) -> i64 {
    let (lo, target, op) = (l as *mut ListObj, unbox(x), op >> 1);
    let kind = (*lo).kind;
    let mut count = 0;
    // (Indexed, not iterated: an item's `__eq__` may change the list.)
    let mut i = 0;
    while i < (*lo).len {
        match crate::list::val_eq(val(kind, items(lo)[i]), target) {
            Ok(true) if op == 1 => count += 1,
            Ok(true) if op == 2 => {
                let gone = crate::list::nx_list_pop_at(l, (i as i64) << 1);
                decref_elem(kind, gone);
                return 0;
            }
            Ok(true) => return (i as i64) << 1,
            Ok(false) => {}
            Err(()) => return INT_ERROR,
        }
        i += 1;
    }
    match op {
        1 => (count as i64) << 1,
        2 => {
            raise(ExcKind::ValueError, "list.remove(x): x not in list");
            INT_ERROR
        }
        3 => {
            raise(ExcKind::ValueError, "tuple.index(x): x not in tuple");
            INT_ERROR
        }
        _ => {
            let mut s = String::new();
            if crate::list::val_repr(target, &mut s) {
                s.push_str(" is not in ");
                s.push_str(crate::range::seq_word(l));
                raise(ExcKind::ValueError, s);
            }
            INT_ERROR
        }
    }
}
