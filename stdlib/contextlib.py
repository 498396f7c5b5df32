"""contextlib: `contextmanager`, which the compiler applies to the generator functions it
decorates, and `suppress`, whose `with` it makes a `try` (both in
`compiler/src/modules/context_managers.rs`), `nullcontext` and `closing`."""


def contextmanager(func):
    raise NotImplementedError(
        "natrix: contextmanager() is supported only as the decorator of a function or method"
    )


def suppress(*exceptions):
    raise NotImplementedError(
        "natrix: suppress() is supported only as a context manager of a `with` statement"
    )


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, typ, value, traceback):
        return False


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, typ, value, traceback):
        self.thing.close()
        return False
