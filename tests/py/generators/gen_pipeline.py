# Lazy generator pipelines and infinite generators.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def evens(it):
    return (v for v in it if v % 2 == 0)
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(numbers())))))
def read_lines():
    data = 'alpha 1\nbeta 2\n\ngamma 3\n# comment\ndelta 4'
    for line in data.split('\n'):
        yield line
def non_blank(lines):
    return (l for l in lines if l.strip() and not l.startswith('#'))
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
pipeline = parse(non_blank(read_lines()))
print(dict(pipeline))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter('abc'), iter([1, 2]), iter('XYZW'))))
big = sum(x for x in take(10 ** 6, numbers()))
print(big)
