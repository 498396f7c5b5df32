"""Module-level template strings, bound once, used with str.format and % inside functions."""
HEADER = "{:<10}{:>8}{:>9}"
ROW = "{name:<10}{qty:>8}{price:>9.2f}"
TOTAL = "%-10s%8d%9.2f"
GREETING = "Hello, {}! You have {} new {}."

STOCK = [("apple", 3, 0.5), ("pear", 10, 0.25), ("fig", 7, 1.125)]


def table(rows):
    lines = [HEADER.format("item", "qty", "price")]
    for name, qty, price in rows:
        lines.append(ROW.format(name=name, qty=qty, price=price))
    qty = sum(q for _, q, _ in rows)
    cost = sum(q * p for _, q, p in rows)
    lines.append(TOTAL % ("total", qty, cost))
    return "\n".join(lines)


def greet(user, n):
    return GREETING.format(user, n, "message" if n == 1 else "messages")


print(table(STOCK))
print(greet("ada", 1))
print(greet("bob", 3))
print(HEADER.format("a", "b", "c").strip() + "|")
