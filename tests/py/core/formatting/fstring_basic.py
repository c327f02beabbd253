# f-string basics: expressions, conversions, nested quotes, braces.
name, n, pi = 'World', 42, 3.14159
print(f'Hello, {name}!', f'{n + 1}', f'{n * 2}', f'{pi:.2f}', f'{{literal}}', f'{{{n}}}')
print(f'{name!r} {name!s} {name!a} {"é"!a} {n!r}')
print(f"{'single'} {'x' + 'y'}", f'{"double"}', f'''{'tri' "ple"}''')
d = {'key': 'value', 1: 'one'}
l = [10, 20, 30]
print(f'{d["key"]} {d[1]} {l[-1]} {l[1:]} {len(l)} {l.index(20)}')
class O:
    attr = 'attribute'
    def method(self, x):
        return x * 2
o = O()
print(f'{o.attr} {o.method(21)} {O.__name__} {type(o).__name__}')
print(f'{"multi" "part"}', f'{3 if n > 40 else 4}', f'{(lambda x: x + 1)(1)}', f'{[i for i in range(3)]}', f'{ {"a": 1} }')
print(f'{n:>10}|{n:<10}|{n:^10}|{n:*^10}|{n:010}|{n:+}|{-n:+}|{n: }')
print(f'{name:>{n // 4}}|{pi:.{2}f}|{pi:{"<"}{10}.{3}}|')
x = 5
print(f'{x=}', f'{x = }', f'{x=!r}', f'{x=:>5}', f'{name=}', f'{pi=:.1f}', f'{x + 1=}', f'{l[0]=}')
print(F'capital F', rf'raw {n}\n', fr'{n}\t', f'newline\n'.strip(), f'tab\t|')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:e} {n:%} {n:,} {10**7:_}')
print(f'{None} {True} {[1, "a"]} {(1,)} {set()} {b"by"}')
print(f'''triple
quoted {n}''')
s = 'abc'
print(f'{s[::-1]} {s.upper()} {s * 2} {len(s)}')
def fn():
    return 'called'
print(f'{fn()} {fn.__name__} {print.__name__}')
print(f'{"nested {} braces in string"}', f'{"{x}"}')
width = 8
print(f'{"wide":{width}}|', f'{3.14159:{width}.{3}f}|', f'{42:{"0"}{width}}')
print(f'{"%s" % "percent inside"}', f'{"{}".format("format inside")}')
