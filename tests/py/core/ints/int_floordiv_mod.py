# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (-7, -2.5), (1e300, 1e-300), (5.0, -0.0001)]:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 1e-20 % -1.0)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-5, 0)]:
    for op in ('//', '%', '/'):
        try:
            print(eval(f'{a!r} {op} {b!r}'))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(True // True, True % 2, False // 3)
print((-(10 ** 25)) // 7, (-(10 ** 25)) % 7)
print(2 ** 70 // -3, 2 ** 70 % -3)
print(-7 // 2 * 2 + -7 % 2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2))
print(5 % 3 % 2, 100 // 7 // 2)
