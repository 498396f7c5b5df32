"""Calling instances held in a value of their common base: each class's own __call__, and
CPython's TypeError for a class without one."""


class Step:
    def __init__(self, name):
        self.name = name


class Double(Step):
    def __call__(self, x):
        return x * 2


class AddN(Step):
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n

    def __call__(self, x):
        return x + self.n


class Label(Step):
    pass


pipeline = [Double("double"), AddN("add3", 3), Double("again")]
value = 5
for step in pipeline:
    value = step(value)
    print(step.name, value)

steps = [Double("d"), Label("l")]
for s in steps:
    try:
        print(s.name, s(10))
    except TypeError as e:
        print("TypeError:", e)


class Ctx:
    def __init__(self, **kwargs):
        self.kwargs = kwargs


class View:
    def context(self, **kwargs):
        return dict(kwargs)

    def render(self, **kwargs):
        return self.context(**kwargs)


class TitleMixin:
    def context(self, **kwargs):
        ctx = super().context(**kwargs)
        ctx["title"] = "Home"
        return ctx


class Page(TitleMixin, View):
    pass


print(View().render(a=1), Page().render(a=2))
