# Dict comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: 'abcabc'.count(c) for c in 'abcabc'})
print({k: {kk: kk * 2 for kk in range(k)} for k in range(4)})
x = 'outer'
d = {x: 1 for x in range(2)}
print(d, x)
print({str(i): [j for j in range(i)] for i in range(3)})
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
keys = ['a', 'b', 'a']
print({k: i for i, k in enumerate(keys)})
print(dict([(n, n ** 2) for n in range(4)]))
