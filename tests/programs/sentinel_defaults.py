"""A sentinel default (`default=_MISSING`) tested with `is` against values of other types: a
number or str is never the sentinel object."""


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default


def first(items, default=_MISSING):
    for x in items:
        return x
    if default is not _MISSING:
        return default
    raise ValueError("empty and no default")


cfg = {"host": "db", "port": 5432}
print(get(cfg, "host"), get(cfg, "port", 0), get(cfg, "user", "admin"), get(cfg, "tries", 3))
try:
    get(cfg, "password")
except KeyError as e:
    print("KeyError:", e)
print(first([7, 8]), first([], 0.5), first("xy"), first([], "none"))
try:
    first([])
except ValueError as e:
    print("ValueError:", e)
print(_MISSING, get(cfg, "ratio", 1.5) is _MISSING)
