"""A template rebound elsewhere is not a constant, so `.format` on it is rejected."""
TEMPLATE = "{} + {}"
if input() == "long":
    TEMPLATE = "{} plus {}"
print(TEMPLATE.format(1, 2))
