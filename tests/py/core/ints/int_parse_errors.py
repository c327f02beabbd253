# Every flavour of int() failure.
bad = [('', 10), ('  ', 10), ('1.5', 10), ('12a', 10), ('0x', 16), ('0x10', 10), ('_1', 10),
       ('1_', 10), ('1__0', 10), ('08', 0), ('0_', 0), ('2', 2), ('9', 8), ('g', 16),
       ('+-1', 10), ('- 1', 10), ('1 2', 10), ('0b2', 0), ('0o8', 0), ('ab', 11), ('abc', 36) ,
       ('\x00', 10), ('１２x', 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1, 100):
    try:
        int('1', base)
    except ValueError as e:
        print(type(e).__name__, e)
for args in ((1, 10), (1.5, 2), (None,), ([],), ('1', '2'), ('1', 2.0)):
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int('x' * 100)
except ValueError as e:
    print(type(e).__name__, str(e)[:60], len(str(e)))
try:
    int(b'1.0')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
