"""A module logger named by `__name__` under basicConfig(level=DEBUG) on stderr, with a second
handler on stdout at INFO with its own format: each record reaches both by level."""
import logging
import sys

logger = logging.getLogger(__name__)
logging.basicConfig(level=logging.DEBUG, format="%(name)s:%(levelname)s:%(message)s")
handler = logging.StreamHandler(sys.stdout)
handler.setLevel(logging.INFO)
handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
logger.addHandler(handler)

def process(items):
    logger.debug("processing %d items", len(items))
    results = []
    for i, item in enumerate(items):
        try:
            results.append(100 // item)
            logger.info(f"item {i}: ok")
        except ZeroDivisionError as exc:
            logger.error("item %d failed: %s", i, exc)
    return results

print(process([5, 0, 20]))
logger.critical("done with %s", {"a": 1})
print(repr(handler), logger.name)
logging.shutdown()
