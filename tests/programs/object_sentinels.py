# Sentinels made by object(): defaults that tell "not given" from None, markers in
# containers, and end-of-stream values.

_MISSING = object()
_DELETED = object()


class Registry:
    _unset = object()

    def __init__(self):
        self.entries = {}

    def register(self, name, value=_MISSING):
        if value is _MISSING:
            value = name.upper()
        self.entries[name] = value

    def get(self, name, default=_unset):
        value = self.entries.get(name, _MISSING)
        if value is _MISSING:
            if default is self._unset:
                raise KeyError(name)
            return default
        return value

    def remove(self, name):
        self.entries[name] = _DELETED

    def live(self):
        return sorted(k for k, v in self.entries.items() if v is not _DELETED)


def first_match(items, pred):
    found = _MISSING
    for item in items:
        if pred(item):
            found = item
            break
    if found is _MISSING:
        return "no match"
    return "match: " + str(found)


def drain(queue):
    out = []
    while True:
        item = queue.pop(0) if queue else _MISSING
        if item is _MISSING:
            break
        out.append(item * 2)
    return out


reg = Registry()
reg.register("alpha")
reg.register("beta", None)
reg.register("gamma", 3)
print(reg.get("alpha"), reg.get("beta"), reg.get("gamma"))
print(reg.get("delta", "fallback"), reg.get("beta", "unused"))
reg.remove("alpha")
print(reg.live())
try:
    reg.get("omega")
except KeyError as e:
    print("KeyError", e)

print(first_match([1, 3, 8, 5], lambda n: n % 2 == 0))
print(first_match([1, 3, 5], lambda n: n % 2 == 0))
print(drain([1, 2, 3]))

a = object()
b = object()
print(a is a, a is b, a == a, a == b, a != b)
markers = {a: "first", b: "second"}
print(markers[a], markers[b], len({a, b, a}))
print(type(a).__name__, type(a), isinstance(a, object), isinstance(reg, object))
text = repr(a)
print(text.startswith("<object object at 0x"), text.endswith(">"), str(b) == repr(b))
print(hash(a) == hash(a))
print(reg.get("zeta"))
