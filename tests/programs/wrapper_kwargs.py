# Decorator wrappers forwarding `*args, **kwargs` with keywords in them: bound by name in the
# wrapped function, its defaults for the rest, its own `**options`, and CPython's TypeErrors.
import functools
def forward(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@forward
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
@forward
def configure(host, port=80, **options):
    return f"{host}:{port} {sorted(options.items())}"
@forward
def scale(x, factor=None):
    return x * (2 if factor is None else factor)
print(greet("ann"), greet("bob", punct="?"), greet(name="cy", greeting="Hi"))
print(configure("h"), configure("h", port=8080), configure("h", debug=1, retries=3))
print(scale(3), scale(3, factor=5))
for bad in [lambda: greet("x", colour="red"), lambda: greet("x", name="y"), lambda: greet(greeting="Yo")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(configure("db", port=5432, user="admin"))
