"""An order pipeline that logs the way applications do: a configured root logger writing to
stdout, module loggers in a dotted hierarchy, levels per logger and per handler, a second
handler into a StringIO with its own format, filters, a custom handler that collects records,
`{`-style formats, `logger.exception` in an except block, and warnings to stderr."""
import io
import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.INFO,
    format="%(levelname)-8s %(name)s: %(message)s",
)
log = logging.getLogger("shop")
db = logging.getLogger("shop.db")
api = logging.getLogger("shop.api.v2")


class Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, record.getMessage()))


class OnlyDb(logging.Filter):
    def filter(self, record):
        return "db" in record.name


collector = Collector()
log.addHandler(collector)

buffer = io.StringIO()
side = logging.StreamHandler(buffer)
side.setLevel(logging.DEBUG)
side.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
side.addFilter(OnlyDb())
db.addHandler(side)
db.setLevel(logging.DEBUG)

orders = [("A-1", 3, 9.5), ("B-2", 0, 4.0), ("C-3", 12, 1.25), ("D-4", -1, 2.0)]
total = 0.0
for sku, qty, price in orders:
    db.debug("lookup %s", sku)
    if qty < 0:
        log.error("order %s has a negative quantity (%d)", sku, qty)
        continue
    if qty == 0:
        log.warning("order %s is empty", sku)
        continue
    amount = qty * price
    total += amount
    log.info("order %s: %d x %.2f = %.2f", sku, qty, price, amount)
api.info("%(count)d orders, total %(total).2f", {"count": len(orders), "total": total})

log.log(25, "custom level %s", logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
log.log(25, "now named")
api.debug("hidden: api's level is the root's")
api.setLevel("DEBUG")
api.debug("shown: api has its own level")
print(api.getEffectiveLevel(), db.getEffectiveLevel(), log.getEffectiveLevel())
print(api.parent is None, logging.getLogger("shop") is log, log.hasHandlers())

quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("nobody hears this: no handlers, not propagated")
quiet.addHandler(logging.NullHandler())
quiet.error("nor this")

print("collected:")
for rec in collector.records:
    print("  ", rec)
print("side buffer:")
print(buffer.getvalue(), end="")
print(logging.getLevelName(logging.CRITICAL), logging.getLevelName("NOTICE"), logging.getLevelName(33))

logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still shown")
logging.disable(logging.NOTSET)

errors = logging.getLogger("errors")
errors.propagate = False
to_stderr = logging.StreamHandler()
to_stderr.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(message)s"))
errors.addHandler(to_stderr)
errors.critical("pipeline finished with %d problems", len(collector.records))
try:
    ratio = total / 0
except ZeroDivisionError as e:
    errors.exception("could not compute the ratio")
    print("handled", type(e).__name__)
