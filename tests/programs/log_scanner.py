# Scanning records with the walrus operator and dict.get, the way Python 3.8+
# code reads: bind a value inside a condition and use it right away.

LINES = [
    "GET /index.html 200 512",
    "GET /missing 404 0",
    "POST /api/login 200 128",
    "",
    "GET /index.html 304 0",
    "POST /api/login 500 64",
    "DELETE /api/item/7 204 0",
]


def parse(line):
    if not (parts := line.split()):
        return None
    method, path, status, size = parts
    return method, path, int(status), int(size)


def chunks(data, n):
    i = 0
    while chunk := data[i:i + n]:
        yield chunk
        i += n


def main():
    hits = {}
    errors = []
    total = 0
    for line in LINES:
        if (rec := parse(line)) is None:
            continue
        method, path, status, size = rec
        if (seen := hits.get(path)) is not None:
            hits[path] = seen + 1
        else:
            hits[path] = 1
        if status >= 400:
            errors.append((status, path))
        total += size
    print(sorted(hits.items()), errors, total)

    sizes = [s for line in LINES if (r := parse(line)) and (s := r[3]) > 0]
    print(sizes, s)
    print([sum(c) for c in chunks(list(range(10)), 4)])
    best = None
    for path, n in hits.items():
        if best is None or n > (b := hits[best]):
            best = path
    print(best, hits[best], hits.get(best), best in hits, hits.get("/nowhere"), hits.get("/nowhere", 0))
    missing = None
    for path in hits:
        if path.startswith("/nope"):
            missing = path
    print(missing in hits, hits.get(missing), hits.get(missing, -1))
    try:
        print(hits[missing])
    except KeyError as e:
        print("KeyError:", e)
    records = [{"path": "/a", "hits": 3}, {"path": "/b", "hits": 5}]
    print(" ".join([r["path"] for r in records]))
    try:
        print(",".join([r["hits"] for r in records]))
    except TypeError as e:
        print("TypeError:", e)
    for path in ("/api/login", "/nope"):
        tags = path.strip("/").split("/") if path in hits else None
        if tags:
            print("+".join(tags))
        try:
            print(":".join(tags))
        except TypeError as e:
            print("TypeError:", e)
    ratios = {"ok": 0.75}
    print(ratios.get("ok"), ratios.get("bad"), (r2 := ratios.get("ok")) and r2 * 2)


main()
