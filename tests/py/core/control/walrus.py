# Assignment expressions.
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long list', n)
while (item := data.pop()) != 3:
    print('popped', item)
print(data, item)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
results = [(s := s + v) for v in range(5)] if (s := 0) == 0 else None
print(results, s)
def f(x):
    return x * 10
print([y := f(2), y ** 2])
print((z := 5) + z)
total = 0
print(any([(total := total + v) > 6 for v in [1, 2, 3, 4, 5]]), total)
print(all([(last := v) < 3 for v in [1, 2, 3, 4]]), last)
def scope():
    [w := i for i in range(3)]
    return w
print(scope())
def match(s):
    return s.split('-') if '-' in s else None
if (m := match('12-34')) is not None:
    print(m[0], m[1])
if (m := match('1234')) is None:
    print('no match', m)
print(f'{(q := 7)} and {q}')
l = [a := 1, a + 1]
print(l, a)
def counter():
    c = 0
    def inc():
        nonlocal c
        return (c := c + 1)
    return inc
inc = counter()
print(inc(), inc(), inc())
