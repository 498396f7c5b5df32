"""`e.code` of exceptions caught as BaseException: a user class's own `code` attribute, a
SystemExit's code, or AttributeError."""
import sys
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class Quit(SystemExit):
    pass
def run(k):
    if k == 0:
        raise AppError("bad", 42)
    if k == 1:
        sys.exit(5)
    if k == 2:
        raise Quit("q")
    raise ValueError("v")
for k in range(4):
    try:
        run(k)
    except BaseException as e:
        try:
            print(k, e.code)
        except AttributeError as err:
            print(k, "AttributeError:", err)
