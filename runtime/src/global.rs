//! Mutable global state for single-threaded programs: a `static`-friendly cell.

use std::cell::UnsafeCell;

/// A global cell. Compiled programs are single-threaded, so the runtime's global state (pending
/// exception, stdout buffer, argv) lives in these without locks.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: compiled programs run the runtime on one thread only.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// Mutable access to the value.
    ///
    /// # Safety
    /// Single-threaded use only, and the returned reference must not outlive a call that could
    /// access the same global again (keep uses short and non-reentrant).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get(&self) -> &mut T {
        &mut *self.0.get()
    }
}
