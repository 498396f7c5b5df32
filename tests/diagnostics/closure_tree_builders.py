def a2(x, y):
    return lambda env: x(env) + y(env)
def a3(x, y, z):
    return lambda env: x(env) + y(env) + z(env)
def a4(x, y, z, w):
    return lambda env: x(env) + y(env) + z(env) + w(env)
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "a":
        return a4(parse(tokens), parse(tokens), parse(tokens), parse(tokens))
    if tok == "b":
        return a3(parse(tokens), parse(tokens), parse(tokens))
    if tok == "c":
        return a2(parse(tokens), parse(tokens))
    return lambda env: 1
print(parse("1".split())({}))
