def connect(host, port=80, timeout=1.5, *, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


opts = {"host": "example.org", "port": 8080}
print(connect(**opts))
print(connect(**{"host": "a", "secure": True, "timeout": 3}))
print(connect("b", **{"port": 1}))
print(Point(**{"x": 1, "y": 2}), Point(**{"x": 5}))
for bad in [{"host": "x", "colour": "red"}, {"port": 1}, {}]:
    try:
        print(connect(**bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    connect("h", **{"host": "again"})
except TypeError as e:
    print("TypeError:", e)
