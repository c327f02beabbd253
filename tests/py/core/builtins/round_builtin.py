# round with ints, floats, ndigits, negative ndigits, custom __round__.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.4999), round(-2.675, 2), round(2.675, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0), round(5.5, -1), round(15.5, -1), round(0.0, 3))
print(round(17, -1), round(15, -1), round(25, -1), round(-15, -1), round(123, 1), round(123, -5), round(10 ** 20 + 50, -2))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(15, -1)).__name__, type(round(1.5, None)).__name__)
print(round(1e300, -300), round(1.23456789e-5, 8), round(float('inf'), 1), round(123.456, 400), round(123.456, -400))
for bad in (lambda: round('1'), lambda: round(1.5, '1'), lambda: round(float('inf')), lambda: round(float('nan')), lambda: round()):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(True), round(False, 2), round(-0.0), round(-0.1))
