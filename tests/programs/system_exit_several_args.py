"""An uncaught SystemExit made with several arguments prints their tuple and exits with 1."""
import sys

print("before")
sys.stdout.flush()
raise SystemExit("a", "b")
