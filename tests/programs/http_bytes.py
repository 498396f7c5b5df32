"""Parsing raw HTTP requests held as bytes: the request line, headers (case-insensitive names),
a hex-encoded body, and the errors a malformed request raises."""

RAW = [
    b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept:  text/html \r\n\r\n",
    b"POST /api/items?id=7 HTTP/1.0\r\nhost: api.local:8080\r\nContent-Type: application/hex\r\n"
    b"X-Trace:   a1b2  \r\n\r\n48656c6c6f2c 20776f726c6421",
    b"BROKEN\r\n\r\n",
    b"PUT /upload HTTP/1.1\r\nHost: files\r\n\r\nzz11",
]


class BadRequest(Exception):
    pass


def parse(raw):
    head, _, body = split_head(raw)
    lines = head.split(b"\r\n")
    parts = lines[0].split()
    if len(parts) != 3:
        raise BadRequest(f"bad request line: {lines[0]!r}")
    method, target, version = parts
    headers = {}
    for line in lines[1:]:
        name, value = line.split(b":", 1)
        headers[name.strip().lower()] = value.strip()
    path, query = target, b""
    if target.find(b"?") >= 0:
        path, query = target.split(b"?", 1)
    return method.upper(), path, query, version, headers, body


def split_head(raw):
    at = raw.find(b"\r\n\r\n")
    if at < 0:
        return raw, b"", b""
    return raw[:at], b"", raw[at + 4:]


def checksum(data):
    total = 0
    for byte in data:
        total = (total * 31 + byte) % 65521
    return total


def main():
    for raw in RAW:
        try:
            method, path, query, version, headers, body = parse(raw)
        except BadRequest as e:
            print("400:", e)
            continue
        print(method, path, query, version.replace(b"HTTP/", b"v"), sorted(headers))
        host, _, port = headers[b"host"].partition(b":")
        print("  host:", host, port or b"80", "segments:", path.count(b"/"), path.rfind(b"."))
        print("  file:", path.rpartition(b"/")[2], path.rpartition(b".")[2])
        if body:
            try:
                decoded = bytes.fromhex(body.decode())
                print("  body:", decoded, decoded.isalpha(), checksum(decoded))
            except ValueError as e:
                print("  bad body:", e)
        for name in (b"accept", b"x-trace"):
            if name in headers:
                print("  ", name.upper(), headers[name], headers[name].isalnum())
    print(b"a-b--c".split(b"-"), b"a-b--c".split(b"-", 1), b"  pad  ".lstrip(), b"--x--".strip(b"-"))


main()
