def logged(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        return func(*args)
    return wrapper


def make_greeter(greeting, punct="!"):
    def greet(name, loud=False):
        text = f"{greeting}, {name}{punct}"
        return text.upper() if loud else text
    return greet


hello = make_greeter("hello")
print(hello("ada"), hello("bob", loud=True), hello(name="cy"), hello(loud=True, name="dee"))
ops = {"add": lambda a, b=1: a + b, "mul": lambda a, b=2: a * b}
print(ops["add"](1), ops["add"](1, b=5), ops["mul"](a=3), ops["mul"](b=4, a=2))


def collect(**kw):
    return kw


def apply(f, **options):
    return f(**options)


@logged
def area(w, h):
    return w * h


print(area(2, 3))
print(hello.__name__, ops["add"].__name__)
