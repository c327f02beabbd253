# int() from strings with bases, prefixes, underscores and whitespace.
cases = [('42', 10), ('  -42  ', 10), ('+7', 10), ('0', 10), ('000', 10), ('1_000', 10),
         ('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0), ('0o17', 0), ('0b101', 0),
         ('0b101', 2), ('101', 2), ('z', 36), ('Zz', 36), ('10', 36), ('0', 0), ('00', 0),
         ('0_0', 0), ('1_2_3', 0), ('-0x10', 0), ('  0o7_7\n', 0), ('777', 8), ('12', 3),
         ('\t\n 99 \x0c', 10), ('\u0663\u0664', 10), ('١٢٣', 10), ('１２', 10)]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int('12345678901234567890123456789'), int('-' + 'f' * 40, 16))
print(int(), int(5), int(-5.9), int(5.9), int(True), int('  12 '), int(b'42'), int(bytearray(b'17')))
print(int('10', base=2), int('z', base=36))
