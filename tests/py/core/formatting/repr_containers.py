# repr/str of nested containers and builtin types.
data = {
    'ints': [0, -1, 10 ** 25],
    'floats': (0.1, -2.5e-7, 1e16, float('inf')),
    'strs': ['', "'", '"', '\\', '\x00', '\x7f', 'é', '\u2028', '😀', 'tab\t'],
    'bytes': [b'', b"'", b'"\'', b'\x00\xff', bytearray(b'ab')],
    'nested': [[[]], ((),), {(): {}}, [{1: [2, (3, {4})]}]],
    'misc': [None, True, Ellipsis, NotImplemented, range(0, 6, 2), slice(1, None)],
    'sets': [set(), {1}, frozenset(), frozenset({0, 1})],
}
for k, v in data.items():
    print(k, v)
    print(k, repr(v) == str(v))
print(str('top-level str is not quoted'), repr('top-level repr is'), str(['but inside containers it is']))
print(str(b'bytes str is repr'), str(1.0), repr(1.0), str(-0.0), str(1e-7), str(123456789.0 * 10 ** 10))
print([1.0, 2.50, 1e100, 1.1 + 2.2], (1 / 3,), {0.1: 0.2})
print(str((1, 'a', [b'b'])), repr({'k': ('v',)}), str({None: [None]}))
