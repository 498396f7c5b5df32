"""callable() over plugin registries, event handlers and mixed values, then exit() with a
status (the interactive helper that scripts use like sys.exit)."""


class Handler:
    def __init__(self, name):
        self.name = name

    def __call__(self, event):
        return f"{self.name} got {event}"


class Plain:
    pass


class Special(Plain):
    def __call__(self):
        return "special"


def shout(s):
    return s.upper()


def pick(flag):
    return Special() if flag else Plain()


registry = {"shout": shout, "twice": lambda s: s * 2}
for key, fn in registry.items():
    print(key, callable(fn), fn("ping"))
hooks = {"shout": shout, "handler": Handler("h1"), "limit": 3}
for key, hook in hooks.items():
    print(key, callable(hook))
print(callable(shout), callable(Handler), callable(Handler("x")), callable(Plain()))
print(callable(42), callable("text"), callable(None), callable([shout]), callable(print))
print(callable(pick(True)), callable(pick(False)))
mixed = [1, "a", shout, Handler("m"), Plain(), None, 2.5, Special, (1, 2)]
print([callable(v) for v in mixed])
maybe = None
for i in range(2):
    print("maybe:", callable(maybe))
    maybe = Handler("late")


def configure(options):
    checked = {}
    for name, value in options.items():
        checked[name] = "hook" if callable(value) else "setting"
    return checked


print(configure({"on_save": shout, "retries": 3, "title": "Report"}))
status = sum(1 for v in mixed if callable(v))
print("callables:", status)
exit(status)
