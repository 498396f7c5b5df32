"""Attribute stores and loads: in `__init__` a store sets the slot's kind byte; elsewhere a
store to a slot every instance has, of a fixed kind, leaves the byte as it is
(`set_attr_init`), and an optional attribute keeps the full store."""


class Particle:
    def __init__(self, x, name):
        self.x = x
        self.name = name
        self.tag = None

    def step(self, dx):
        self.x += dx
        self.name = self.name + "'"

    def label(self, t):
        self.tag = t


p = Particle(1.5, "p")
for _ in range(3):
    p.step(0.25)
p.label("done")
print(p.x, p.name, p.tag)
