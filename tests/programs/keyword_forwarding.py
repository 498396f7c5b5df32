# Keyword arguments forwarded through `**kwargs`: in the order they were written, and into
# builtins held in variables.
import functools


def options(**kw):
    return kw


def render(template, width=10, **extra):
    return f"{template:>{width}}", extra


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__} args={args} kwargs={kwargs}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def connect(host, port=80, **settings):
    return f"{host}:{port} {sorted(settings.items())}"


defaults = {"retries": 3, "timeout": 1.5}
print(options(verbose=True, **{"level": 2, "color": False}))
print(options(a=1, **{"b": 2}))
print(render("x", align="left", **{"width": 4, "fill": "."}))
print(render("y", note="n", **{"mode": "m"}))
print(connect("example.org", secure=True, **{"port": 443, "agent": "natrix"}))


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


readings = [3, -11, 7, -2]
print(apply(max, readings, key=abs), apply(min, readings, key=abs))
print(apply(max, readings), apply(min, 4, 9, 2))
print(apply(sorted, readings, key=abs))
print(apply(sorted, readings, reverse=True))
print(apply(sorted, ["pear", "Fig", "apple"], key=str.lower))
apply(print, "a", "b", "c", sep=" | ", end=" <end>\n")
apply(print, "done")

pick = max
order = sorted
say = print
print(pick(readings, key=abs), order(readings, key=lambda r: -r))
say("x", 1, sep="=")
