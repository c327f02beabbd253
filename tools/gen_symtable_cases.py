#!/usr/bin/env python3.11
"""Writes tests/unit/data/symtable_cases.txt: Python's scoping decisions for a set of
snippets, taken from CPython 3.11's own symtable module, for tests/unit/symtable_test.cpp.

Each case is:
    == <source, with \\n escaped>
    <scope lines, pre-order: "kind name: sym=scope sym=scope ..." with symbols sorted>
or, for a snippet CPython rejects,
    error: <SyntaxError message> @ <line>:<col>
Run: python3.11 tools/gen_symtable_cases.py
"""
import os
import symtable
import sys

SCOPES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}

CASES = [
    "x = 1\nprint(x)\n",
    "def f(a, b=1, *c, d, e=2, **g):\n    return a + h\n",
    "def f(a, /, b):\n    pass\n",
    "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
    "def outer():\n    x = 1\n    def mid():\n        def inner():\n            return x\n        return inner\n    return mid\n",
    "def f():\n    global g\n    g = 1\n    def h():\n        return g\n",
    "def f():\n    y = 1\n    def g():\n        nonlocal y\n        y = 2\n    return g\n",
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "class C:\n    def m(self):\n        def inner():\n            return super()\n        return inner\n",
    "squares = [i * i for i in range(10)]\n",
    "def f(n):\n    return [x + n for x in range(n) if x % n]\n",
    "def f(rows):\n    return {k: v for k, v in rows}, {a for a in rows}, (b for b in rows)\n",
    "def f(m):\n    return [[x * y for y in m] for x in m]\n",
    "def f(data):\n    if any((found := x) > 3 for x in data):\n        return found\n",
    "total = [(last := i) for i in range(3)]\n",
    "f = lambda x, y=2: x + y + z\n",
    "def f():\n    return lambda: f\n",
    "import os.path\nimport sys as system\nfrom a import b, c as d\n",
    "def f():\n    import json\n    return json\n",
    "def f():\n    try:\n        pass\n    except Exception as e:\n        pass\n",
    "def f():\n    with open(p) as (a, b):\n        pass\n",
    "def f():\n    for i, (j, *k) in pairs:\n        pass\n",
    "def f():\n    x: int\n    y: int = 1\n    return y\n",
    "def f():\n    del x\n",
    "def f():\n    x += 1\n",
    "async def f():\n    async with a as b:\n        await b\n    return [c async for c in b]\n",
    "def gen():\n    yield 1\n    y = yield\n",
    "def f():\n    def g():\n        def h():\n            nonlocal v\n            v = 3\n        return h\n    v = 1\n    return g\n",
    "class A:\n    class B:\n        def m(self):\n            return A, B\n",
    "def f(a):\n    def g(a):\n        return a\n    return g\n",
    "def deco(fn):\n    return fn\n@deco\ndef f(x=y):\n    pass\n",
    "def f():\n    print(locals())\n    x = [y for y in z]\n",
    "def f():\n    global G\n    [G := 1 for _ in range(1)]\n",
    "def test():\n    v = 1\n    class T:\n        def v(self): pass\n        def t(self): return v\n    return T\n",
    # errors
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "lambda a, a: 1\n",
    "[i for i in range(3) if (i := 2)]\n",
    "class C:\n    [(y := x) for x in range(3)]\n",
    "[x for x in (y := [1, 2])]\n",
    "def f():\n    from os import *\n",
    "[(yield 1) for x in y]\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
]


def describe(table, out):
    name = table.get_name()
    syms = []
    for s in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        syms.append(f"{s.get_name()}={SCOPES[s._Symbol__scope]}")
    out.append(f"{table.get_type()} {name}: " + " ".join(syms))
    for c in table.get_children():
        describe(c, out)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with python3.11")
    lines = []
    for src in CASES:
        lines.append("== " + src.replace("\\", "\\\\").replace("\n", "\\n"))
        try:
            t = symtable.symtable(src, "case.py", "exec")
        except SyntaxError as e:
            lines.append(f"error: {e.msg} @ {e.lineno}:{e.offset - 1 if e.offset else 0}")
            continue
        describe(t, lines)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "tests", "unit", "data", "symtable_cases.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
