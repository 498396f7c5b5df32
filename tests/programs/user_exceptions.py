class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class LimitError(ValueError):
    def __init__(self, limit):
        self.limit = limit

    def __str__(self):
        return f"over the limit of {self.limit}"


def parse(text, n):
    if not text:
        raise ParseError(n, "empty")
    if text == "boom":
        raise AppError("boom!", 42)
    if text == "bare":
        raise AppError
    value = int(text)
    if value > 100:
        raise LimitError(100)
    return value


for i, text in enumerate(["5", "", "boom", "500", "x", "bare", "7"]):
    try:
        print("ok", parse(text, i))
    except ParseError as e:
        print("parse error at", e.line, "-", e, repr(e))
    except LimitError as e:
        print("limit", e.limit, str(e), repr(e))
    except AppError as e:
        print("app error:", e, repr(e))
    except ValueError as e:
        print("value error:", e)

try:
    parse("900", 0)
except Exception as e:
    print("caught as Exception:", e, repr(e))

try:
    try:
        parse("", 3)
    except AppError:
        print("re-raising")
        raise
except ParseError as e:
    print("outer", e.line)

errors = []
for t in ["", "boom"]:
    try:
        parse(t, 9)
    except AppError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])


class Timeout(RuntimeError):
    pass


try:
    raise Timeout("slow", 30)
except RuntimeError as e:
    print("runtime:", e)
try:
    raise Timeout("slower", 60)
except Timeout as e:
    print("args:", e.args, e.args[1] * 2)
parse("", 12)
