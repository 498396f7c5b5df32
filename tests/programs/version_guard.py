"""A script that guards on the running Python's version the usual ways, then reports which
optional features it would use."""
import sys

MIN = (3, 8)
if sys.version_info < MIN:
    sys.exit(f"needs Python {MIN[0]}.{MIN[1]} or newer")

features = {
    "walrus": sys.version_info >= (3, 8),
    "match": sys.version_info >= (3, 10),
    "exception notes": sys.version_info[:2] >= (3, 11),
    "type statements": sys.version_info >= (3, 12),
}
for name, ok in features.items():
    print(f"{name:<16} {'yes' if ok else 'no'}")
major, minor = sys.version_info[:2]
print(f"running on {major}.{minor}", sys.version_info.major == 3, sys.version_info.releaselevel)
if sys.version_info.minor < 11:
    print("no tomllib")
else:
    print("tomllib available")
