"""An uncaught exception whose __str__ reads class attributes and module globals: the
traceback is printed before the program releases them (a generator a global holds is closed
after it, as in CPython)."""

MESSAGES = {404: "Not Found", 500: "Internal Server Error"}


def pending_work():
    try:
        yield "first"
        yield "second"
    finally:
        print("work generator closed")


class HTTPError(Exception):
    prefix = "HTTP"

    def __init__(self, status):
        super().__init__(status)
        self.status = status

    def __str__(self):
        return f"{self.prefix} {self.status}: {MESSAGES[self.status]}"


work = pending_work()
print(next(work))
try:
    raise HTTPError(404)
except HTTPError as e:
    print("caught:", e)
raise HTTPError(500)
