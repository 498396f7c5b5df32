"""Exceptions made with several arguments (or a container) keep them as `args`; a user
exception's `args` are the arguments its call passed by position."""


def check(v):
    if v < 0:
        raise ValueError("negative", v)
    return v


for v in (3, -2):
    try:
        print(check(v))
    except ValueError as e:
        msg, val = e.args
        print("bad:", msg, val, "|", e, "|", repr(e))

e = KeyError("k", 1)
print(str(e), repr(e), e.args, len(e.args))
x = Exception((1, 2))
print(x.args, str(x), repr(x), type(x.args[0]).__name__)
try:
    raise KeyError((1, 2))
except KeyError as k:
    print(k, repr(k), k.args, k.args[0][1])
try:
    assert 1 > 2, ("got", 1)
except AssertionError as a:
    print(a, a.args)
print(repr(RuntimeError("a", [1, 2])), str(RuntimeError()), RuntimeError("x", None).args)
errors = [ValueError("a", 1), TypeError("b", 2.5), LookupError([1], {"k": 2})]
for err in errors:
    print(type(err).__name__, err.args, err)


class HTTPError(Exception):
    def __init__(self, url, status=500, retry=False):
        self.url = url
        self.status = status


class Wrapped(Exception):
    def __init__(self, what, code=1):
        super().__init__(f"{what} failed")
        self.code = code


print(HTTPError("/a").args, HTTPError("/a", 404).args, HTTPError("/b", status=404).args)
h = HTTPError("/c", 503, retry=True)
print(h, repr(h), h.status)
w = Wrapped("load", code=7)
print(w.args, w, w.code)
raise ValueError("bad value", 42)
