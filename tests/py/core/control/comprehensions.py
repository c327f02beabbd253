# List, set and dict comprehensions (generator expressions are tested under resumable/).
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for c in 'hello' if c not in 'l'])
print({x % 4 for x in range(10)})
print({w: len(w) for w in ['a', 'bb', 'ccc']})
print(sum([x for x in range(101)]), max([len(w) for w in ['a', 'abc']]), list([x for x in 'ab']))
print([x if x % 2 else -x for x in range(6)])
print([y for x in [[1, 2], [3], []] for y in x])
print([i for i in range(3)] + [i for i in range(3, 0, -1)])
x = 'global x'
print([x for x in range(3)], x)
vals = [1, 2, 3]
print([v * k for v in vals for k in (10, 100)])
print([f'{a}{b}' for a in 'ab' for b in '12' if (a, b) != ('b', '1')])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class A:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        scaled = [d * factor for d in data for factor in [data[0]]]
    except NameError as e:
        scaled = str(e)
print(A.doubled, A.scaled)
print([(lambda y: y * 2)(z) for z in range(3)])
print([[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)])
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(sorted({c for c in 'mississippi'}), len({c: 1 for c in 'mississippi'}))
print([n for n in range(2, 30) if all([n % d for d in range(2, n)])])
print([(yield_ := i) for i in range(2)], yield_ if False else 'walrus leaked:', yield_)
