"""Tuples indexed by values known only at run time: constant tables of one item type
(direction vectors, weekday names), records whose fields have different types read by a
computed column, and IndexError past either end."""

DIRECTIONS = ((0, 1), (1, 0), (0, -1), (-1, 0))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def walk(moves):
    x = y = 0
    facing = 0
    for m in moves:
        if m == "L":
            facing = (facing - 1) % 4
        elif m == "R":
            facing = (facing + 1) % 4
        else:
            dx, dy = DIRECTIONS[facing]
            x += dx * int(m)
            y += dy * int(m)
    return x, y


def format_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print(" | ".join(str(r[i]).ljust(widths[i]) for i in range(len(r))))


def main():
    print(walk(["3", "R", "2", "R", "5", "L", "1"]))
    for day in range(0, 30, 6):
        print(day, WEEKDAYS[day % 7], WEEKDAYS[-1 - day % 7])
    format_table([("name", "qty", "price"), ("apple", 3, 0.5), ("kiwi", 12, 0.25)])
    record = ("widget", 4, 2.5, True)
    for i in range(len(record)):
        print(i, repr(record[i]), type(record[i]).__name__)
    for k in (-4, 3, 4, -5):
        try:
            print(k, record[k])
        except IndexError as e:
            print(k, "IndexError:", e)
    pair = (10, 20)
    total = 0
    for i in range(2):
        total += pair[i] * (i + 1)
    print(total)


main()
