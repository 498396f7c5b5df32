"""Future statements (CPython's `__future__`): natrix compiles every program with Python 3.11's
semantics and reads no annotations, so the features only need to exist for
`from __future__ import annotations` to link."""

annotations = None
division = None
absolute_import = None
print_function = None
unicode_literals = None
generator_stop = None
nested_scopes = None
generators = None
with_statement = None
