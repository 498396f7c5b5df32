# User exceptions whose __init__ keeps its own fields (with or without calling
# super().__init__) and whose __str__ builds the message: e.args is what the constructor got,
# whichever clause catches it, and an uncaught one prints its __str__.


class FieldError(Exception):
    def __init__(self, field):
        self.field = field

    def __str__(self):
        return f"invalid field {self.field!r}"


class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url


class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b


def attempt(k):
    if k == 0:
        raise FieldError("age")
    if k == 1:
        raise HttpError(404, "/missing")
    if k == 2:
        raise Quiet(2, 3)
    if k == 3:
        raise ValueError("plain")
    raise KeyError("k")


for k in range(5):
    try:
        attempt(k)
    except Exception as e:
        print(k, type(e).__name__, e.args, len(e.args), str(e), repr(e))
        print("   first:", e.args[0] if e.args else None)

try:
    attempt(1)
except HttpError as e:
    status, url = e.args
    print(status + 1, url.upper(), e.status, e.url)

try:
    attempt(2)
except Quiet as q:
    print(q.total, q.args)



class Parse(Exception):
    pass


def parse(text):
    if not text:
        raise Parse(0.5)
    raise Parse("unexpected", text[0], len(text))


for text in ("", "xyz"):
    try:
        parse(text)
    except Parse as p:
        print(p.args, len(p.args), p.args[0], str(p))

attempt(0)
