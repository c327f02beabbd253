# pow builtin (incl. modular inverse) and ** on mixed types.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(10, 2, 7), pow(10, -1, 7), pow(-1, -1, 5))
print(pow(True, 3), pow(3, True), pow(0, 0), pow(0.0, 0), pow(1, 10 ** 20), pow(2, 64, 2 ** 64 + 1))
print(pow(123456789, 987654321, 1000000007), pow(5, -3, 13) * pow(5, 3, 13) % 13)
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 5), 2 ** P(), pow(3, P()))
for bad in (lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow('2', 3), lambda: pow(2),
            lambda: pow(0, -1), lambda: pow(0.0, -0.5)):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__, type(pow(2.0, 2)).__name__)
