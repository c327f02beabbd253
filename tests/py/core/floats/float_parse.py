# float() parsing of strings and other objects.
good = ['1', '1.5', '  -2.5  ', '+.5', '5.', '1e3', '1E-3', '-1.5e+10', '1_000.5', '1_0e1_0', 'inf', 'nan',
        '  InFiNiTy\n', '0x10' if False else '16', '00012', '.0', '0.', '1e-400', '1e400', '\t7\t',
        '١٢.٥', '123456789012345678901234567890', '0.1e1', '3.14159265358979323846264338327950288']
for s in good:
    print(repr(s), float(s))
bad = ['', ' ', '1.5.2', 'e5', '1e', '1e+', '_1', '1_', '1__0', '1_.5', '1._5', 'infi', 'na', '0x10',
       '1,5', '- 1', '++1', '1 2', '\x00', 'nan(1)', '.', 'e']
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(5), float(-3), float(True), float(2 ** 60), float(b'2.5'), float(bytearray(b'-1')))
for v in (None, [], {}, 'x'.encode() * 0 or object()):
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 'no'
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float('-0'), float('-0.0'), float('0e0'))
