# A tiny key-value store with an append-only binary log: records are encoded to bytes,
# replayed on startup, and corrupt records raise errors chained to their cause.
import sys


class StoreError(Exception):
    pass


class CorruptRecord(StoreError):
    def __init__(self, offset, reason):
        super().__init__(f"corrupt record at byte {offset}: {reason}")
        self.offset = offset


def audited(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"[audit] {fn.__name__}", file=sys.stderr)
        return result

    return wrapper


def encode_record(op, key, value=""):
    body = f"{op}|{key}|{value}".encode("utf-8")
    return bytes([len(body) // 256, len(body) % 256]) + body


class Store:
    def __init__(self):
        self.data = {}
        self.log = b""
        self.tombstones = set()

    @audited
    def put(self, key, value):
        self.log += encode_record("P", key, value)
        self.data[key] = value

    @audited
    def delete(self, key):
        if key not in self.data:
            raise KeyError(key)
        self.log += encode_record("D", key)
        del self.data[key]
        self.tombstones.add(key)

    def replay(self, log):
        data = {}
        pos = 0
        while pos < len(log):
            if pos + 2 > len(log):
                raise CorruptRecord(pos, "truncated header")
            size = log[pos] * 256 + log[pos + 1]
            chunk = log[pos + 2 : pos + 2 + size]
            if len(chunk) != size:
                raise CorruptRecord(pos, f"expected {size} bytes, found {len(chunk)}")
            try:
                op, key, value = chunk.decode("utf-8").split("|")
            except UnicodeDecodeError as e:
                raise CorruptRecord(pos, "not utf-8") from e
            if op == "P":
                data[key] = value
            elif op == "D":
                data.pop(key, None)
            pos += 2 + size
        return data


store = Store()
store.put("name", "natrix")
store.put("lang", "Python → native")
store.put("temp", "x")
store.delete("temp")
try:
    store.delete("missing")
except KeyError as e:
    print("cannot delete", e)

print(len(store.log), store.log[:12])
print(store.replay(store.log) == store.data, sorted(store.data.items()))
print("%-6s %s" % ("keys", ", ".join(sorted(store.data))))
print(frozenset(store.tombstones), sorted(frozenset(store.data) | frozenset(store.tombstones)))

broken = store.log[:-3]
try:
    store.replay(broken)
except CorruptRecord as e:
    print(type(e).__name__, e.offset, e)

bad = store.log[:2] + b"\xff" + store.log[3:]
try:
    store.replay(bad)
except StoreError as e:
    print("store error:", e, "| cause:", type(e.__cause__).__name__)

store.replay(bad)
