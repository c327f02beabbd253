# enumerate and zip, including zip(strict=True).
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], 5)), list(enumerate('xy', start=-1)))
e = enumerate('ab')
print(type(e).__name__, next(e), next(e), next(e, 'end'))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2], (True, False, None))), list(zip(range(3), range(10, 13))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])), list(zip(*[])))
print(list(zip('ab', 'xy', strict=True)))
for args in (('abc', 'xy'), ('ab', 'xyz'), ('ab', 'xy', 'z'), ('a', 'x', 'yz')):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], 'ab', strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
for bad in (lambda: zip(1), lambda: enumerate(1), lambda: enumerate('a', 'b'), lambda: zip('a', strict=1, other=2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
it = iter(range(6))
print(list(zip(it, it)))
