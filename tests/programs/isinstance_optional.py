"""isinstance() of values that may be None: dict.get results, optional returns, fields that
start as None."""


class Shape:
    def area(self):
        return 0.0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def parse_port(text):
    if text.isdigit():
        return int(text)
    return None


def find_error(code):
    if code >= 500:
        return RuntimeError(f"server error {code}")
    if code >= 400:
        return ValueError(f"client error {code}")
    return None


config = {"port": 8080, "retries": 3}
for key in ("port", "timeout"):
    value = config.get(key)
    print(key, isinstance(value, int), isinstance(value, (str, float)), isinstance(value, object))

labels = {"ok": "fine"}
print(isinstance(labels.get("ok"), str), isinstance(labels.get("missing"), str))

for text in ("443", "http"):
    port = parse_port(text)
    print(text, isinstance(port, int), isinstance(port, bool))

for code in (200, 404, 503):
    err = find_error(code)
    print(code, isinstance(err, ValueError), isinstance(err, Exception), isinstance(err, LookupError))

ratios = {"a": 0.5}
print(isinstance(ratios.get("a"), float), isinstance(ratios.get("b"), (int, float)))


class Slot:
    def __init__(self):
        self.shape = None

    def fill(self, shape):
        self.shape = shape


slots = [Slot(), Slot(), Slot()]
slots[1].fill(Square(3))
slots[2].fill(Shape())
for s in slots:
    print(isinstance(s.shape, Shape), isinstance(s.shape, Square))
