"""Aliasing statements for the fuzz generator (`gen.py`): lists, sets and dicts reached
through several names (or a name and a container item, an object attribute, a function
parameter), changed through one of them and printed through all.

`Gen` mixes `AliasMixin` in; the mixin builds the generator's own records through
`self.Var`, `self.Func`, `self.Ctx` and `self.inv_bounds`, which `Gen` provides.
"""

# Smallest number of items in the list display given to list.extend / set.update (0: an empty
# `[]`, which once failed in LLVM codegen).
EMPTY_ARG = 0
# Whether a set display may repeat a constant item (`{1, 2, 2}`, which once raised IndexError).
SET_DISPLAY_DUPS = True


class AliasMixin:
    # Lists, sets and dicts reached through several names (or a name and a container item, an
    # object attribute, a function parameter), changed through one of them and printed through
    # all. A container's element types are fixed when it is made, so the program stays typed.
    def cont_shape(self):
        r = self.r
        kind = r.choice(["list", "list", "list", "set", "set", "dict", "dict"])
        if kind == "list":
            return (kind, None, r.choice(["int", "int", "str", "float"]))
        if kind == "set":
            return (kind, None, r.choice(["int", "int", "str"]))
        return (kind, r.choice(["str", "str", "int"]), r.choice(["int", "int", "str"]))

    def cont_elem(self, ctx, ty):
        if ty == "int":
            if self.chance(0.7):
                return str(self.r.randint(-3, 12))
            return self.assign_value(ctx, "int", 1)[0]
        if ty == "str":
            if self.chance(0.65):
                return repr(self.r.choice(["a", "b", "c", "x", "", "zz", "ab", "é"]))
            return self.str_expr(ctx, 1, 8)[0]
        # float lists hold literals only: no NaN (identity in `in`/`==` is a documented difference)
        return repr(self.r.choice([0.5, 1.0, -2.5, 3.25, 0.1, 10.0, -0.0, 1e16, 2.675]))

    def cont_key(self, kt):
        if kt == "int":
            return str(self.r.randint(-2, 6))
        return repr(self.r.choice(["a", "b", "k", "x", "zz"]))

    def cont_display(self, ctx, shape, lo=0, hi=4):
        kind, kt, et = shape
        n = self.r.randint(lo, hi)
        if kind == "list":
            return "[%s]" % ", ".join(self.cont_elem(ctx, et) for _ in range(n))
        if kind == "set":
            if n == 0:
                return "set()"
            return self.set_display([self.cont_elem(ctx, et) for _ in range(n)])
        return "{%s}" % ", ".join("%s: %s" % (self.cont_key(kt), self.cont_elem(ctx, et)) for _ in range(n))

    def set_display(self, items):
        if not SET_DISPLAY_DUPS:
            seen, keep = set(), []
            for code in items:
                try:
                    v = ("v", eval(code, {"__builtins__": {}}))
                except Exception:
                    v = ("c", code)
                if v not in seen:
                    seen.add(v)
                    keep.append(code)
            items = keep
        return "{%s}" % ", ".join(items)

    def cont_ann(self, shape):
        kind, kt, et = shape
        if kind == "dict":
            return "dict[%s, %s]" % (kt, et)
        return "%s[%s]" % (kind, et)

    def cont_print(self, shape, paths):
        kind = shape[0]
        shown = ["sorted(%s)" % p if kind == "set" else p for p in paths]
        extra = []
        if len(paths) >= 2:
            extra = ["%s is %s" % (paths[0], paths[-1]), "%s == %s" % (paths[0], paths[-1])]
        return "print(%s)" % ", ".join(shown + extra + ["len(%s)" % paths[0]])

    def cont_op(self, ctx, shape, P, Q, assignable, guard, method=None):
        """Lines (relative indentation) changing the container at path P (Q: another path,
        maybe to the same object). guard: keep growth bounded (loops, functions, globals)."""
        r = self.r
        kind, kt, et = shape
        el = lambda: self.cont_elem(ctx, et)
        grows = doubles = False
        lines = None
        if method is not None and self.chance(0.3):
            grows = True
            if kind == "dict":
                lines = ["%s(%s, %s)" % (method, self.cont_key(kt), el())]
            else:
                lines = ["%s(%s)" % (method, el())]
        elif kind == "list":
            ops = ["append", "extend", "extend_self", "insert", "slice", "pop", "pop_i", "clear",
                   "setitem", "aug_item", "delitem", "sort", "reverse"]
            if et != "float":
                ops.append("remove")
            if assignable:
                ops += ["iadd", "iadd", "iadd", "iadd_self", "iadd_self", "imul", "imul", "rebind"]
            op = r.choice(ops)
            i = r.choice([0, 0, 1, 2, -1])
            if op == "append":
                grows, lines = True, ["%s.append(%s)" % (P, el())]
            elif op == "extend":
                grows, lines = True, ["%s.extend([%s])" % (P, ", ".join(el() for _ in range(r.randint(EMPTY_ARG, 2))))]
            elif op == "extend_self":
                doubles, lines = True, ["%s.extend(%s)" % (P, Q)]
            elif op == "insert":
                grows, lines = True, ["%s.insert(%d, %s)" % (P, r.randint(-6, 6), el())]
            elif op == "slice":
                a = r.randint(-2, 3)
                grows, lines = True, ["%s[%d:%d] = [%s]" % (P, a, a + r.randint(0, 3), ", ".join(el() for _ in range(r.randint(0, 2))))]
            elif op == "pop":
                lines = ["if %s:" % P, "    print('pop', %s.pop())" % P]
            elif op == "pop_i":
                lines = ["if len(%s) > %d:" % (P, abs(i)), "    %s.pop(%d)" % (P, i)]
            elif op == "clear":
                lines = ["%s.clear()" % P]
            elif op == "setitem":
                lines = ["if len(%s) > %d:" % (P, abs(i)), "    %s[%d] = %s" % (P, i, el())]
            elif op == "aug_item":
                if et == "str":
                    lines = ["if len(%s) > %d and len(%s[%d]) < 20:" % (P, abs(i), P, i), "    %s[%d] += %s" % (P, i, el())]
                else:
                    lines = ["if len(%s) > %d:" % (P, abs(i)), "    %s[%d] += %s" % (P, i, el())]
            elif op == "delitem":
                lines = ["if len(%s) > %d:" % (P, abs(i)), "    del %s[%d]" % (P, i)]
            elif op == "sort":
                lines = ["%s.sort()" % P]
            elif op == "reverse":
                lines = ["%s.reverse()" % P]
            elif op == "remove":
                v = el()
                lines = ["if %s in %s:" % (v, P), "    %s.remove(%s)" % (P, v)]
            elif op == "iadd":
                grows, lines = True, ["%s += [%s]" % (P, ", ".join(el() for _ in range(r.randint(0, 2))))]
            elif op == "iadd_self":
                doubles, lines = True, ["%s += %s" % (P, Q)]
            elif op == "imul":
                n = r.choice([0, 1, 2, 2, 3, -1])
                if self.chance(0.2):
                    n = "((%s) %% 3)" % self.int_expr(ctx, 1)[0]
                doubles, lines = True, ["%s *= %s" % (P, n)]
            else:
                grows, lines = True, ["%s = %s + [%s]" % (P, P, el())]
        elif kind == "set":
            ops = ["add", "add", "discard", "remove", "update", "clear", "upd_m"]
            if et == "int":
                ops.append("pop")
            if assignable:
                ops += ["ior", "ior", "iand", "isub", "ixor", "iself", "rebind"]
            op = r.choice(ops)
            lit = lambda: self.set_display([el() for _ in range(r.randint(1, 3))])
            if op == "add":
                grows, lines = True, ["%s.add(%s)" % (P, el())]
            elif op == "discard":
                lines = ["%s.discard(%s)" % (P, el())]
            elif op == "remove":
                v = el()
                lines = ["if %s in %s:" % (v, P), "    %s.remove(%s)" % (P, v)]
            elif op == "update":
                grows, lines = True, ["%s.update([%s])" % (P, ", ".join(el() for _ in range(r.randint(EMPTY_ARG, 3))))]
            elif op == "upd_m":
                m = r.choice(["intersection_update", "difference_update", "symmetric_difference_update"])
                grows, lines = True, ["%s.%s(%s)" % (P, m, r.choice([lit(), Q]))]
            elif op == "clear":
                lines = ["%s.clear()" % P]
            elif op == "pop":
                lines = ["if %s:" % P, "    print('pop', %s.pop())" % P]
            elif op == "iself":
                lines = ["%s %s= %s" % (P, r.choice(["|", "&", "-", "^"]), Q)]
            elif op == "rebind":
                grows, lines = True, ["%s = %s %s %s" % (P, P, r.choice(["|", "-", "&", "^"]), lit())]
            else:
                o = {"ior": "|", "iand": "&", "isub": "-", "ixor": "^"}[op]
                grows, lines = True, ["%s %s= %s" % (P, o, lit())]
        else:
            ops = ["setitem", "setitem", "update", "setdefault", "pop", "delitem", "clear", "popitem",
                   "aug_item", "or_new"]
            if assignable:
                ops += ["ior", "ior", "ior_self", "rebind"]
            op = r.choice(ops)
            kv = lambda: "{%s}" % ", ".join("%s: %s" % (self.cont_key(kt), el()) for _ in range(r.randint(0, 2)))
            k = self.cont_key(kt)
            if op == "setitem":
                lines = ["%s[%s] = %s" % (P, k, el())]
            elif op == "update":
                lines = ["%s.update(%s)" % (P, r.choice([kv(), kv(), Q]))]
            elif op == "setdefault":
                if self.chance(0.5):
                    lines = ["print('sd', %s.setdefault(%s, %s))" % (P, k, el())]
                else:
                    lines = ["%s.setdefault(%s, %s)" % (P, k, el())]
            elif op == "pop":
                if self.chance(0.5):
                    lines = ["print('pop', %s.pop(%s, %s))" % (P, k, el())]
                else:
                    lines = ["if %s in %s:" % (k, P), "    %s.pop(%s)" % (P, k)]
            elif op == "delitem":
                lines = ["if %s in %s:" % (k, P), "    del %s[%s]" % (P, k)]
            elif op == "clear":
                lines = ["%s.clear()" % P]
            elif op == "popitem":
                lines = ["if %s:" % P, "    print('popitem', %s.popitem())" % P]
            elif op == "aug_item":
                if et == "str":
                    lines = ["if %s in %s and len(%s[%s]) < 20:" % (k, P, P, k), "    %s[%s] += %s" % (P, k, el())]
                else:
                    lines = ["if %s in %s:" % (k, P), "    %s[%s] += %s" % (P, k, el())]
            elif op == "or_new":
                nm = self.fresh("u")
                lines = ["%s = %s | %s" % (nm, P, r.choice([kv(), Q])),
                         "%s[%s] = %s" % (nm, self.cont_key(kt), el()),
                         "print(%s, %s == %s, %s is %s)" % (nm, nm, P, nm, P)]
            elif op == "ior":
                lines = ["%s |= %s" % (P, kv())]
            elif op == "ior_self":
                lines = ["%s |= %s" % (P, Q)]
            else:
                lines = ["%s = %s | %s" % (P, P, kv())]
        if doubles or (grows and guard):
            lines = ["if len(%s) < %d:" % (P, 12 if doubles else 24)] + ["    " + l for l in lines]
        return lines

    def alias_stmt(self, ctx, ind):
        r = self.r
        top = ind == 0 and ctx.func is None
        guard = ctx.loops > 0 or ctx.func is not None
        before = len(self.lines)
        if self.gconts and self.chance(0.35):
            a, shape = r.choice(self.gconts)
            # in a function, assigning the global's name would make it a local
            a_assign = ctx.func is None
            guard = True
        else:
            shape = self.cont_shape()
            a, a_assign = self.fresh("a"), True
            self.emit(ind, "%s = %s" % (a, self.cont_display(ctx, shape)))
        kind = shape[0]
        paths = [(a, a_assign)]
        method = None
        forms = ["name", "name", "name", "chain", "elem", "elem"]
        if top:
            forms += ["attr", "func", "func"]
        form = r.choice(forms)
        shown = None
        if form == "name":
            b = self.fresh("b")
            self.emit(ind, "%s = %s" % (b, a))
            paths.append((b, True))
        elif form == "chain":
            b, c = self.fresh("b"), self.fresh("b")
            self.emit(ind, "%s = %s = %s" % (b, c, a))
            paths += [(b, True), (c, True)]
        elif form == "elem":
            h = self.fresh("h")
            sub = r.choice(["pair", "mul", "dict", "tuple"])
            if sub == "pair":
                if self.chance(0.5):
                    self.emit(ind, "%s = [%s, %s]" % (h, a, self.cont_display(ctx, shape)))
                    paths.append(("%s[0]" % h, True))
                else:
                    self.emit(ind, "%s = [%s, %s]" % (h, self.cont_display(ctx, shape), a))
                    paths.append(("%s[-1]" % h, True))
            elif sub == "mul":
                self.emit(ind, "%s = [%s] * %d" % (h, a, r.randint(2, 3)))
                paths += [("%s[0]" % h, True), ("%s[1]" % h, True)]
            elif sub == "dict":
                self.emit(ind, "%s = {'p': %s, 'q': %s}" % (h, a, self.cont_display(ctx, shape)))
                paths.append(("%s['p']" % h, True))
            else:
                self.emit(ind, "%s = (%s, %d)" % (h, a, r.randint(0, 9)))
                paths.append(("%s[0]" % h, False))
            if kind != "set":
                shown = h
        elif form == "attr":
            cls, o = self.fresh("Box"), self.fresh("o")
            self.emit(0, "")
            self.emit(0, "class %s:" % cls)
            self.emit(1, "def __init__(self, items):")
            self.emit(2, "self.items = items")
            if self.chance(0.6):
                self.emit(0, "")
                if kind == "dict":
                    self.emit(1, "def put(self, k, v):")
                    self.emit(2, "self.items[k] = v")
                else:
                    self.emit(1, "def put(self, v):")
                    self.emit(2, "self.items.%s(v)" % ("append" if kind == "list" else "add"))
                method = "%s.put" % o
            self.emit(0, "")
            self.emit(0, "%s = %s(%s)" % (o, cls, a))
            paths.append(("%s.items" % o, True))
        else:
            fn = self.fresh("mut")
            ann = self.annot()
            fx = self.Func(fn, [], None)
            fctx = self.Ctx(fx, [], 200, set(), self.globals_)
            xs = self.fresh("xs")
            et = shape[2]
            v = self.Var(self.fresh("v"), et, *self.inv_bounds(et))
            if et == "float":
                v = None
            else:
                fctx.scopes[0][v.name] = v
            ret = self.chance(0.3)
            params = [xs + (": %s" % self.cont_ann(shape) if ann else "")]
            if v is not None:
                params.append(v.name + (": %s" % et if ann else ""))
            rann = (" -> %s" % (self.cont_ann(shape) if ret else "None")) if ann else ""
            if self.chance(0.5):
                b = self.fresh("b")
                self.emit(0, "%s = %s" % (b, a))
                paths.append((b, True))
            self.emit(0, "")
            self.emit(0, "def %s(%s)%s:" % (fn, ", ".join(params), rann))
            for _ in range(r.randint(1, 3)):
                for l in self.cont_op(fctx, shape, xs, xs, True, True):
                    self.emit(1, l)
            if ret:
                self.emit(1, "return %s" % xs)
            self.emit(0, "")
            for call in range(r.randint(1, 2)):
                args = [r.choice([p for p, _ in paths])]
                if v is not None:
                    args.append(self.cont_elem(ctx, et))
                cc = "%s(%s)" % (fn, ", ".join(args))
                if ret and call == 0:
                    rn = self.fresh("b")
                    self.emit(0, "%s = %s" % (rn, cc))
                    paths.append((rn, True))
                else:
                    self.emit(0, cc)
        cp = None
        if self.chance(0.25):
            cp = self.fresh("cp")
            how = {"list": ["%s.copy()", "list(%s)", "%s[:]"], "set": ["%s.copy()", "set(%s)"],
                   "dict": ["%s.copy()", "dict(%s)"]}[kind]
            self.emit(ind, "%s = %s" % (cp, r.choice(how) % a))
        for _ in range(r.randint(1, 4)):
            P, assignable = r.choice(paths)
            Q = r.choice(paths)[0]
            for l in self.cont_op(ctx, shape, P, Q, assignable, guard, method):
                self.emit(ind, l)
            if self.chance(0.15):
                self.emit(ind, self.cont_print(shape, [P]))
        self.emit(ind, self.cont_print(shape, [p for p, _ in paths]))
        if shown is not None and self.chance(0.5):
            self.emit(ind, "print(%s)" % shown)
        if cp is not None:
            self.emit(ind, self.cont_print(shape, [cp, a]))
        ctx.cost += ctx.mult * (len(self.lines) - before)
