# A library catalogue: loans, overdue fines, search, reports.
from dataclasses import dataclass, field
from collections import defaultdict


class LoanError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    year: int
    tags: list = field(default_factory=list)

    def matches(self, query):
        q = query.lower()
        return q in self.title.lower() or q in self.author.lower() or q in self.tags


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.history = defaultdict(list)

    def add(self, *books):
        for b in books:
            if b.isbn in self.books:
                raise ValueError(f"duplicate isbn {b.isbn}")
            self.books[b.isbn] = b

    def lend(self, isbn, member, day):
        if isbn not in self.books:
            raise LoanError(f"no such book: {isbn}")
        if isbn in self.loans:
            raise LoanError(f"{self.books[isbn].title!r} is already lent to {self.loans[isbn][0]}")
        self.loans[isbn] = (member, day)
        self.history[member].append(isbn)

    def give_back(self, isbn, day, limit=14):
        try:
            member, start = self.loans.pop(isbn)
        except KeyError:
            raise LoanError(f"{isbn} was not lent") from None
        late = max(0, day - start - limit)
        return member, late * self.FINE_PER_DAY

    def search(self, query):
        return sorted((b for b in self.books.values() if b.matches(query)), key=lambda b: (b.year, b.title))


lib = Library()
lib.add(
    Book("111", "Dune", "Frank Herbert", 1965, ["scifi", "classic"]),
    Book("222", "Neuromancer", "William Gibson", 1984, ["scifi", "cyberpunk"]),
    Book("333", "Emma", "Jane Austen", 1815, ["classic"]),
    Book("444", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969),
)
for isbn, member, day in [("111", "ann", 1), ("333", "bob", 2), ("111", "cy", 3), ("999", "ann", 4)]:
    try:
        lib.lend(isbn, member, day)
        print(f"day {day:>2}: {member} borrows {lib.books[isbn].title}")
    except LoanError as e:
        print(f"day {day:>2}: refused: {e}")

for isbn, day in [("111", 30), ("333", 10), ("444", 11)]:
    try:
        member, fine = lib.give_back(isbn, day)
        print(f"{member} returns {isbn}, fine ${fine:.2f}")
    except LoanError as e:
        print("error:", e, "| context suppressed:", e.__suppress_context__ if False else e.__context__ is None)

print([b.title for b in lib.search("classic")], [b.isbn for b in lib.search("GIB")])
by_decade = defaultdict(list)
for b in lib.books.values():
    by_decade[b.year // 10 * 10].append(b.title)
for decade, titles in sorted(by_decade.items()):
    print(f"{decade}s: {', '.join(sorted(titles))}")
tags = {t for b in lib.books.values() for t in b.tags}
print(sorted(tags), dict(lib.history), lib.books["444"])
totals = {m: len(isbns) for m, isbns in lib.history.items()}
print(max(totals, key=totals.get), sum(totals.values()))
