# divmod for ints, floats, bools and errors.
for a in (17, -17, 0, 5):
    for b in (5, -5, 3, 1, -1):
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1e308, 1e-308)[1])
print(divmod(True, 2), divmod(10 ** 40, 7), divmod(-(10 ** 40), 7))
for args in ((1, 0), (1.0, 0.0), (0, 0)):
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for args in (('a', 1), (1, 'b'), (None, None), ([], 2)):
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__, e)
q, r = divmod(1234567, 1000)
print(q, r, q * 1000 + r)
print(type(divmod(4, 2)).__name__, type(divmod(4.0, 2)[0]).__name__)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0))
