def make_logger(prefix):
    def log(*parts):
        print(prefix, *parts)
        return len(parts)

    return log


log = make_logger("[app]")
print(log("start"), log("x", 1, 2.5), log())
join = lambda *xs: "-".join(str(x) for x in xs)
print(join(1, 2, 3), join(), join("a"))


def outer():
    count = 0

    def add(*nums):
        nonlocal count
        for n in nums:
            count += n
        return count

    add(1, 2)
    add(3)
    return add()


print(outer())
