# Division by zero messages for all numeric combinations.
cases = ['1 / 0', '1.0 / 0', '1 / 0.0', '1.0 / 0.0', '1 // 0', '1.0 // 0', '1 // 0.0', '1 % 0', '1.0 % 0',
         '1 % 0.0', 'divmod(1, 0)', 'divmod(1.0, 0)', 'divmod(1, 0.0)', '0 / 0', '0.0 / 0', '0 ** -1',
         '0.0 ** -1', '0 ** -1.5', 'pow(0, -2)', 'True / False', '10 ** 100 / 0', '10 ** 100 // 0',
         '10 ** 100 % 0', '-1.5 % 0.0', 'float("inf") / 0']
for c in cases:
    try:
        print(c, eval(c))
    except ZeroDivisionError as e:
        print(c, '->', type(e).__name__ + ':', e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('augmented', e, x)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print('augmented', e, x)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
