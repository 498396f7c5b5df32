"""A particle simulation: positions start as ints, velocities are floats."""
import math
import random


class Particle:
    def __init__(self, x, y, vx=0, vy=0):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy

    def speed(self):
        return math.hypot(self.vx, self.vy)

    def __repr__(self):
        return f"P({self.x:.2f}, {self.y:.2f})"


random.seed(7)
ps = [Particle(random.randint(0, 100), random.randint(0, 100), random.uniform(-5, 5), random.uniform(-5, 5)) for _ in range(5)]
ps.append(Particle(50, 50))
for t in range(100):
    for p in ps:
        p.step(0.5)
print(ps)
print(max(p.speed() for p in ps), min(p.x for p in ps))
center = (sum(p.x for p in ps) / len(ps), sum(p.y for p in ps) / len(ps))
print(f"center {center[0]:.3f} {center[1]:.3f}")
still = [p for p in ps if p.speed() == 0]
print(still, still[0].x, still[0].y)
