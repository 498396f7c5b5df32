"""Sums, differences and products of ints of every sign and size around the 64-bit limb
boundary, checked against identities and printed (exact integers, never wrapped)."""


def samples():
    values = [0, 1, -1, 7, -7, 2**31, 2**62 - 1, -(2**62), 2**63, -(2**63), 2**64 - 1, 2**64,
              -(2**64), 2**64 + 1, 2**127, -(2**128) + 3, 3**100, -(5**60), 10**40 + 1]
    return values


def check(values):
    bad = 0
    digest = 0
    for a in values:
        for b in values:
            s, d, p = a + b, a - b, a * b
            if s - b != a or d + b != a or s != b + a:
                bad += 1
            if b != 0 and (p // b != a or p % b != 0):
                bad += 1
            if p != b * a or -p != (-a) * b:
                bad += 1
            digest = (digest * 31 + s + 3 * d + 7 * p) % (2**89 - 1)
    return bad, digest


values = samples()
print(check(values))
for a in (2**64 - 1, -(2**64), 3**50):
    for b in (1, -1, 2**64, -(2**63), 12345678901234567890):
        print(a + b, a - b, b - a, a * b)
acc = 1
for k in range(1, 60):
    acc = acc * k - (acc >> 3) + k * k
    acc -= 2**70 if k % 7 == 0 else -(2**65)
print(acc)
print(sum(range(2**64, 2**64 + 1000)), 2**64 * -1, -1 * 2**64, (2**64) * 0, 0 - 2**64)
