"""A bytecode interpreter: a stack machine with a dispatch loop over (opcode, argument) pairs,
running a program that counts primes by trial division (int lists as stacks, if/elif dispatch,
the shape of every toy VM)."""

N = 16000

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JUMP, JUMP_IF_FALSE, HALT, DUP, POP = range(13)


SOURCE = """
    push 2
    store n
    push 0
    store count
loop:
    load n
    push LIMIT
    lt
    jump_if_false end
    push 1
    store is_prime
    push 2
    store d
inner:
    load d
    load d
    mul
    load n
    push 1
    add
    lt
    jump_if_false tally
    load n
    load d
    mod
    jump_if_false composite
    load d
    push 1
    add
    store d
    jump inner
composite:
    push 0
    store is_prime
tally:
    load count
    load is_prime
    add
    store count
    load n
    push 1
    add
    store n
    jump loop
end:
    halt
"""

OPCODES = {"push": PUSH, "load": LOAD, "store": STORE, "add": ADD, "sub": SUB, "mul": MUL,
           "mod": MOD, "lt": LT, "jump": JUMP, "jump_if_false": JUMP_IF_FALSE, "halt": HALT,
           "dup": DUP, "pop": POP}


def assemble(source, limit):
    """Two passes: label addresses, then (opcode, argument) pairs with names resolved."""
    labels = {}
    lines = []
    for raw in source.strip().splitlines():
        line = raw.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    variables = {}
    code = []
    for words in lines:
        op = OPCODES[words[0]]
        arg = 0
        if len(words) > 1:
            name = words[1]
            if op == PUSH:
                arg = limit if name == "LIMIT" else int(name)
            elif op == JUMP or op == JUMP_IF_FALSE:
                arg = labels[name]
            else:
                arg = variables.setdefault(name, len(variables))
        code.append((op, arg))
    return code, variables


def run(code):
    stack = []
    variables = [0] * 8
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(variables[arg])
        elif op == STORE:
            variables[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == JUMP:
            pc = arg
        elif op == JUMP_IF_FALSE:
            if stack.pop() == 0:
                pc = arg
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == HALT:
            return variables, steps
        else:
            raise ValueError(f"bad opcode {op}")


code, names = assemble(SOURCE, N)
variables, steps = run(code)
print(len(code), variables[names["count"]], steps)
