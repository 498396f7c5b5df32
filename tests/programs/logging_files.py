"""Logging to a file with a date format, a Formatter subclass, a Handler that keeps its
lines, records made from dicts, `$`-style formats, child loggers, a bad level name, and the
module-level functions before any configuration (CPython's implicit basicConfig)."""
import logging
import re
import os

logging.warning("before any configuration: %d", 1)
root = logging.getLogger()
print(root.name, len(root.handlers), repr(root))
path = "/tmp/natrix_test_logging_files.log"
if os.path.exists(path):
    os.remove(path)
h = logging.FileHandler(path, mode="w")
h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", datefmt="%Y/%m/%d"))
log = logging.getLogger("files")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.INFO)
log.info("first")
log.warning("second %s", "line")
h.close()
text = open(path).read()
print(len(text.splitlines()))
for line in text.splitlines():
    print(bool(re.fullmatch(r"\d{4}/\d\d/\d\d (INFO|WARNING) .*", line)), line.split(" ", 1)[1])

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.lines = []
    def emit(self, record):
        self.lines.append(self.format(record))

lh = ListHandler()
lh.setFormatter(Upper("%(name)s - %(message)s"))
other = logging.getLogger("other")
other.addHandler(lh)
other.propagate = False
other.warning("shout %s", "this")
fmt = logging.Formatter("%(asctime)s|%(message)s")
rec = logging.makeLogRecord({"msg": "hello", "levelno": logging.ERROR})
out = fmt.format(rec)
print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\|hello", out)), rec.levelname)
print(lh.lines, repr(lh))
child = other.getChild("sub")
print(child.name, child.parent.name, repr(child))
d = logging.Formatter("$levelname: ${message}", style="$")
rec2 = logging.makeLogRecord({"msg": "dollar", "levelno": logging.INFO})
print(d.format(rec2))
try:
    logging.getLogger("x").setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.error("plain %s", "end")
os.remove(path)
