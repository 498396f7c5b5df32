//! Compile-time check that every entry point matches the ABI table's signature.
//!
//! The table macro is expanded into one `const` per function, typed as the `extern "C"` pointer
//! type the table describes and initialised with the runtime's definition: a missing function or
//! a mismatched signature is a compile error.

macro_rules! abi_ty {
    (Raw) => { i64 };
    (Int) => { i64 };
    (I8) => { u8 };
    (F64) => { f64 };
    (Obj) => { *mut crate::object::Obj };
    (CStr) => { *const std::ffi::c_char };
    (Bytes) => { *const u8 };
    (Void) => { () };
}

macro_rules! check_signatures {
    ($($name:ident ( $($p:ident),* ) -> $r:ident, $e:ident;)*) => {
        $(
            const _: unsafe extern "C" fn($(abi_ty!($p)),*) -> abi_ty!($r) = crate::$name;
        )*
    };
}

natrix_abi::runtime_functions!(check_signatures);
