# `err.__traceback__` of a user exception kept after its handler: natrix has no traceback
# objects, so the attribute is refused (as for a builtin exception's) rather than misread.
class ParseError(Exception):
    pass


def parse(text):
    try:
        raise ParseError(text)
    except ParseError as e:
        return e


err = parse("x")
print(err.__traceback__ is None)
