"""Loggers with context through LoggerAdapter: the adapter's extra fields in the format, a
subclass whose process() rewrites the message, levels answered by the wrapped logger."""
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [job %(job)s] %(message)s"))
base = logging.getLogger("jobs")
base.addHandler(h)
base.setLevel(logging.INFO)
adapter = logging.LoggerAdapter(base, {"job": 7})
adapter.warning("hello %s", 1)
adapter.info("started")
adapter.debug("hidden")
class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return f"[{self.extra['job']}] {msg}", kwargs
p = Prefixed(base, {"job": 9})
p.error("failed after %d tries", 3)
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))
