# Subclasses forwarding their arguments to the base class: super().__init__(*args, **kwargs),
# super().info(*extra), and Base.__init__(self, *args, **kw) bind them when they run.

class Base:
    def __init__(self, name, *tags, **opts):
        self.name = name
        self.tags = tags
        self.opts = opts
    def info(self, *extra):
        return f"{self.name} {self.tags} {sorted(self.opts.items())} {extra}"
class Child(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = "child"
    def info(self, *extra):
        return "C:" + super().info(*extra)
c = Child("x", "a", "b", size=3)
print(c.info(1, 2), c.kind)
class Other(Base):
    def info(self, *extra):
        return "O:" + Base.info(self, *extra)
    def __init__(self, *args, **kw):
        Base.__init__(self, *args, **kw)
o = Other("y", "t", color="red")
print(o.info(), o.info(*[7, 8]))
