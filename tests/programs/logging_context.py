"""Context in log records the ways applications add it: `extra=` on the call, a filter that
sets attributes on the record, a plain function as a filter, Formatter `defaults=`, a handler
that reads `record.exc_info`, `sys.exc_info()` in an except clause, and a method's
docstring as the help text of a command."""
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(
    logging.Formatter("%(levelname)s [%(user)s/%(request)s] %(message)s", defaults={"request": "-"})
)
log = logging.getLogger("service")
log.propagate = False
log.addHandler(out)


class UserFilter(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user

    def filter(self, record):
        record.user = self.user
        return True


def no_secrets(record):
    return "password" not in record.getMessage()


log.addFilter(UserFilter("alice"))
log.addFilter(no_secrets)
log.warning("login ok")
log.warning("password is hunter2")
log.warning("fetching %s", "/items", extra={"request": "r-17"})
log.removeFilter(no_secrets)
log.warning("password filter removed")


class ErrorCounter(logging.Handler):
    def __init__(self):
        super().__init__()
        self.kinds = {}

    def emit(self, record):
        if record.exc_info:
            kind = record.exc_info[0].__name__
            self.kinds[kind] = self.kinds.get(kind, 0) + 1


counter = ErrorCounter()
errors = logging.getLogger("service.errors")
errors.propagate = False
errors.addHandler(counter)
for text in ["12", "x", "7", "", "3.5"]:
    try:
        print(int(text) * 2)
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
        print("bad input:", exc_type.__name__, exc)
        errors.error("cannot parse %r", text, exc_info=True)
print(counter.kinds, sys.exc_info())


class Shell:
    def do_list(self, arg):
        """List the items."""

    def do_quit(self, arg):
        """Leave the shell.

        Any argument is ignored."""


print(Shell.do_list.__doc__)
print(Shell.do_quit.__doc__.splitlines()[0])


def show(message, out=None):
    print(message, file=out)


show("to the default stream")
show("to stdout", sys.stdout)
