"""Default and keyword arguments."""


def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def box_volume(length, width=1, height=1):
    return length * width * height


def describe_point(x, y=0.0, z=0.0, label="P"):
    print(label, "=", x, y, z)


def clamp(value, lo=0, hi=100):
    if value < lo:
        return lo
    if value > hi:
        return hi
    return value


def interest(principal, rate=0.05, years=1):
    return round(principal * (1 + rate) ** years, 2)


def main():
    print(greet("World"))
    print(greet("Ada", "Hi"))
    print(greet("Grace", punctuation="?"))
    print(greet(greeting="Welcome", name="Linus"))
    print(greet("Guido", "Goodbye", "."))
    print(box_volume(2), box_volume(2, 3), box_volume(2, 3, 4))
    print(box_volume(2, height=5), box_volume(height=2, length=3, width=4))
    print(box_volume(1.5, 2), box_volume(0.5, height=0.5, width=4))
    describe_point(1.0)
    describe_point(1.0, 2.0)
    describe_point(1.0, z=3.0)
    describe_point(x=4.0, label="Q", y=-1.0)
    print(clamp(-5), clamp(50), clamp(500), clamp(500, hi=1000), clamp(5, lo=10))
    print(clamp(1.5, 0.0, 1.0), clamp(-2.5, lo=-1.0, hi=1.0))
    print(interest(1000), interest(1000, 0.1), interest(1000, years=10), interest(rate=0.02, principal=500, years=3))


main()
