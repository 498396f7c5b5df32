"""Methods of the program's exception classes called on an exception caught by a builtin
class (`except OSError as e: e.describe()`)."""

class AppError(Exception):
    def describe(self):
        return f"{type(self).__name__}: {self}"

    def code(self):
        return 1


class NetError(OSError):
    def __init__(self, host):
        super().__init__(f"cannot reach {host}")
        self.host = host

    def describe(self):
        return f"network problem with {self.host}"

    def code(self):
        return 2


def risky(i):
    if i == 0:
        raise AppError("bad input")
    if i == 1:
        raise NetError("example.org")
    if i == 2:
        raise ValueError("plain")
    return i


for i in range(4):
    try:
        print(risky(i))
    except (AppError, OSError) as e:
        print("handled", e.describe(), e.code())
    except Exception as e:
        print("other", repr(e))
try:
    risky(2)
except Exception as e:
    print(e.describe())
