"""An import of a module natrix does not provide."""

import re

print(re.findall(r"\d+", "a1b22"))
