"""Context managers that see the exception: rollback on error, suppression, nesting, and exits
on return/break/continue."""


class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        self.pending = {}
        return self

    def set(self, key, value):
        self.pending[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("  commit", sorted(self.pending))
        else:
            print(f"  rollback after {exc_type.__name__}: {exc}")
        return False


class suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        self.caught += 1
        print("  suppressed", exc_type, repr(exc))
        return True


class Indent:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Indent.depth += 1
        print("  " * Indent.depth + "enter " + self.label)
        return self.label

    def __exit__(self, *exc_info):
        print("  " * Indent.depth + "exit " + self.label + (" (error)" if exc_info[0] else ""))
        Indent.depth -= 1


class ValidationError(ValueError):
    pass


store = {}
for batch in ([("a", 1), ("b", 2)], [("c", 3), ("bad", -1)], [("d", 4)]):
    try:
        with Transaction(store) as tx:
            for key, value in batch:
                if value < 0:
                    raise ValidationError(f"negative value for {key!r}")
                tx.set(key, value)
    except ValueError as e:
        print("caught", type(e).__name__, e)
print(store)

quiet = suppress()
for text in ("12", "x", "7"):
    with quiet:
        print("parsed", int(text))
with quiet:
    {}["missing"]
print("suppressed", quiet.caught)


def first_negative(rows):
    for row in rows:
        with Indent("row"):
            if not row:
                continue
            if row[0] < 0:
                return row[0]
            if row[0] > 100:
                break
    return None


print(first_negative([[], [5], [-3], [7]]))
print(first_negative([[200], [-1]]))

try:
    with Indent("outer") as outer, Indent("inner") as inner:
        print("body", outer, inner)
        raise KeyError("deep")
except KeyError as e:
    print("caught", repr(e))

with Transaction(store):
    raise SystemExit(4)
