"""A small ray tracer: spheres, a light, diffuse shading into an N x N grid of brightness
levels (float arithmetic, small vector objects, dunder operators)."""

import math

N = 300


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else -1.0


def trace(spheres, light, origin, direction):
    best = -1.0
    hit = None
    for s in spheres:
        t = s.hit(origin, direction)
        if t > 0.0 and (best < 0.0 or t < best):
            best = t
            hit = s
    if hit is None:
        return 0.0
    point = origin + direction.scale(best)
    normal = (point - hit.center).norm()
    to_light = (light - point).norm()
    return max(0.0, normal.dot(to_light)) * hit.shade


def render(n):
    spheres = [
        Sphere(Vec(0.0, 0.0, 3.0), 1.0, 1.0),
        Sphere(Vec(1.5, 0.5, 4.0), 0.7, 0.8),
        Sphere(Vec(-1.5, -0.5, 4.5), 0.9, 0.6),
    ]
    light = Vec(-3.0, 4.0, -1.0)
    origin = Vec(0.0, 0.0, 0.0)
    levels = " .:-=+*#%@"
    total = 0.0
    rows = []
    for j in range(n):
        row = []
        for i in range(n):
            d = Vec((i - n / 2) / n, (n / 2 - j) / n, 1.0).norm()
            v = trace(spheres, light, origin, d)
            total += v
            row.append(levels[min(9, int(v * 9.99))])
        rows.append("".join(row))
    return total, rows


total, rows = render(N)
print(round(total, 6))
print(rows[N // 2])
