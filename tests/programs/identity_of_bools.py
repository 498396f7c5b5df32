"""`x is True` / `x is False`: a hand-written JSON encoder that tells bools from ints in a
document of mixed values, and flags compared by identity."""


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(encode(v) for v in value) + "]"
    return "?"


doc = [1, True, 0, False, None, 2.5, "say \"hi\"", [True, 1, [False, 0]]]
print(encode(doc))
print([v is True for v in doc], [v is not False for v in doc])
flag = 3 > 2
done = False
print(flag is True, flag is False, done is False, done is not True, (flag and done) is False)
