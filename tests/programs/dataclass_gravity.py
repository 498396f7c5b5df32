"""Dataclass vectors and bodies: operator dunders, == on attributes and on -v, sum of a
generator over method results (typed float once inference settles)."""
import math
from dataclasses import dataclass

@dataclass
class Vec:
    x: float
    y: float

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def norm(self):
        return math.hypot(self.x, self.y)

@dataclass
class Body:
    name: str
    pos: Vec
    vel: Vec
    mass: float = 1.0

def step(bodies, dt):
    for b in bodies:
        acc = Vec(0.0, 0.0)
        for o in bodies:
            if o is b:
                continue
            d = o.pos - b.pos
            r = max(d.norm(), 0.1)
            acc = acc + d * (o.mass / r ** 3)
        b.vel = b.vel + acc * dt
    for b in bodies:
        b.pos = b.pos + b.vel * dt

bodies = [Body("sun", Vec(0.0, 0.0), Vec(0.0, 0.0), 1000.0),
          Body("earth", Vec(100.0, 0.0), Vec(0.0, 3.0)),
          Body("moon", Vec(102.0, 0.0), Vec(0.0, 3.5), 0.01)]
for t in range(100):
    step(bodies, 0.1)
for b in bodies:
    print(f"{b.name:6} ({b.pos.x:9.3f}, {b.pos.y:9.3f}) |v|={b.vel.norm():.4f}")
print(bodies[1].pos == bodies[1].pos, Vec(1.0, 2.0))
energy = sum(0.5 * b.mass * b.vel.norm() ** 2 for b in bodies)
print(f"{energy:.6e}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __neg__(self):
        return Money(-self.cents)

    @property
    def refund(self):
        return Money(-self.cents)


m = Money(250)
print(m == -m, -m == m.refund, m.refund == -m, m != m.refund)
