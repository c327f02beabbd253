# A catalogue of common runtime error messages.
snippets = [
    "None.attr", "n = None; n()", "n = None; n[0]", "1 + None", "'a' + 1", "[] + ()", "len(5)", "undefined", "int('x')",
    "[].pop()", "{}['k']", "(1,)[5]", "'abc'.nope", "object().x = 1", "1 .real = 2", "del (1).real",
    "import nonexistent_module_xyz", "from sys import nope", "[1, 2].index(3)", "iter(5)", "next(iter([]))",
    "abs('x')", "-'x'", "~1.0", "1 < 'a'", "{} < {}", "[1] * 'a'", "'%d' % 'x'", "'%s %s' % 1", "'{}'.format()",
    "hash([])", "sorted([1, 'a'])", "min([])", "max()", "chr(-1)", "ord('')", "list(1)", "dict(1)",
    "set([[1]])", "frozenset(1)", "range(1.5)", "range(0, 10, 0)", "slice()", "getattr(1, 'x')",
    "setattr(1, 'x', 2)", "type.x", "int.y", "str.mro()[5]", "object.__init__(1, 2)", "super()",
    "print(end=5)", "divmod(1, 'x')", "round('x')", "pow('a', 2)", "format(1, 'z')", "bytes('x')",
    "bytearray(-1)", "zip(1)", "map(1)", "enumerate(1)", "filter(1, 1)", "reversed(1)",
    "isinstance(1, 1)", "issubclass(1, int)", "callable()", "vars(1)", "exec(1)", "eval(1)",
    "globals(1)", "id()", "open()", "a, b = 1", "(lambda: x)()", "[x for x in 1]", "{**1}", "[*1]", "f'{1:z}'",
    "'x'.join(1)", "'a'.replace()", "'a' * 1.5", "i = 1.5; 'abc'[i]", "b'a' + 'a'", "1 / 0", "1 % 0", "2 ** -1 % 0",
]
for s in snippets:
    try:
        exec(s, {})
        print(s, '-> no error')
    except Exception as e:
        print(s, '->', type(e).__name__ + ':', e)
