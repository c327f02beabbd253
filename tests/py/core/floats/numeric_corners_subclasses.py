# Corner cases of int, bool and float: results and CPython's exact error messages.
def t(s):
    try:
        r = eval(s)
        print(s, '=>', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '->', type(e).__name__, e)
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
class MyFloat(float): pass
class Idx:
    def __index__(self): return 5
class IntOnly:
    def __int__(self): return 7
class Trunc:
    def __trunc__(self): return 9
class TruncIdx:
    def __trunc__(self): return Idx()
class TruncBad:
    def __trunc__(self): return 'x'
class BadInt:
    def __int__(self): return 1.5
class FloatOnly:
    def __float__(self): return 2.5
class SubF(float):
    def __float__(self): return 9.0
for s in ['MyInt(5)', 'MyInt(5) + 1', 'str(MyInt(5))', 'MyInt("ff", 16)', 'MyInt()', 'MyInt(5) == 5', 'hash(MyInt(5))', '-MyInt(5)', '+MyInt(5)', 'abs(MyInt(-5))',
          'MyInt(2**100)', 'MyInt(2**100) >> 99', 'MyInt(3).bit_length()', 'format(MyInt(5), "")', 'format(MyInt(5), "x")', 'f"{MyInt(5)}"', 'MyInt(5).real', 'type(MyInt(5).real)',
          'MyFloat(1.5)', 'MyFloat(1.5) + 1', 'MyFloat("2.5")', 'type(MyFloat(1.5) * 2)', 'MyFloat(1.5).hex()', 'MyFloat.fromhex("0x1p1")', 'type(MyFloat.fromhex("0x1p1"))',
          'MyInt.from_bytes(b"\\x01\\x00", "little")', 'float(SubF(1.0))', 'int(Idx())', 'int(IntOnly())', 'int(BadInt())', 'float(FloatOnly())', 'float(Idx())',
          'float(IntOnly())', '[1,2,3][Idx()]', 'range(10)[Idx()]', 'divmod(MyInt(7), 2)', 'pow(MyInt(3), 2, 5)', 'round(MyInt(15), -1)', 'round(2.5)', 'round(-0.5)', 'round(0.5, 0)', 'round(-0.5, 0)',
          'round(1234.5678, -2)', 'round(1e22, -21)', 'round(123.456, 1)', 'round(5e-324, 323)', 'round(5e-324, 324)', 'round(1.5, -1000)', 'round(-1.5, 1000)', 'round(7, 1000)',
          '(1.5).as_integer_ratio()', '(1e300).as_integer_ratio()[1]', '(5e-324).as_integer_ratio()[0]', '(0.0).as_integer_ratio()', '(-0.0).hex()', '(2.5).hex()', '(-1e-310).hex()', 'float.fromhex("0x1.0000000000000801p0")',
          'float.fromhex("0x1.00000000000008p0")', 'float.fromhex("0x1.00000000000018p0")', 'float.fromhex("0x.0000000000001p-1022")', 'float.fromhex("0x0.00000000000008p-1022")', 'float.fromhex("0x0.0000000000000800001p-1022")',
          'float.fromhex("-0x1p+1024")', 'float.fromhex("0x1p-99999999999999999999")', 'float.fromhex("0x0p99999999999999")', 'float.fromhex("1e5")', 'float.fromhex("0xg")', 'float.fromhex(" -nan ")', 'float.fromhex("+Infinity")',
          'hash(1.5)', 'hash(-2.5)', 'hash(1e-300)', 'hash(2**70)', 'hash(-2**70)', 'hash(2.0**70)', 'hash(-(2**61))', 'hash(2**61-2)', 'hash(-1)', 'hash(True)', 'hash(float("-inf"))', 'hash(5e-324)',
          'format(1234567, ",")', 'format(1234567, "_x")', 'format(255, "#010b")', 'format(-255, "+#x")', 'format(65, "c")', 'format(3, "%")', 'format(3, ".2f")', 'format(2**1030, ".2e")', 'format(True, "^5")', 'format(1.5, "")', 'format(1.5, "10.3f")', 'format(float("nan"), "+")', 'format(-0.0, "z.1f")',
          '(3).__format__("d")', 'int.__format__(3, "")', 'float.__format__(MyFloat(2.0), "")',
          '(10).to_bytes()', '(10).to_bytes(2)', '(-10).to_bytes(2, signed=True)', '(128).to_bytes(1, "big", signed=True)', '(-129).to_bytes(1, "little", signed=True)', 'int.from_bytes(b"\\xff", signed=True)', 'int.from_bytes(bytearray(b"\\x01\\x02"), "little")',
          '(3).to_bytes(1, byteorder="big", signed=False)', '(3).to_bytes(length=2, byteorder="little")', 
          'int("0b_1", 0)', 'int("0B1", 2)', 'int("0o_7", 8)', 'int(" \\u2003 12 \\u3000")', 'int("١_٢")', 'int("1" * 4300)  % 7', 'int("0" * 4301)', 'int("1" * 5000, 16) % 7', 'int("1"*4301, 3)',
          'float("  \\u2003 1.5 ")', 'float("1e1_0")', 'float("1_e10")', 'float("1.5_")', 'float("0e99999999999")', 'float("-0e-9999999999999")', 'float("2.5e-320")', 'float("5e-324")', 'float("1e-324")', 'float("-1e-400")',
          'float(".5")', 'float("5.")', 'float("+.5e+1")', 'float(b" 1.5 ")', 'float(bytearray(b"x"))', 'float(memoryview(b"1"))' if False else '0', 'float("1e500")', 'float("-iNfInItY")', 'float("nan")', 'float("-nan")',
          '1e308 * 10', '-(10**400) < 1e308', '10**400 > float("inf")', '(2**53+1) == 2.0**53', '2**53+1 > 2.0**53', '1.0 == MyInt(1)', 'float("nan") != 5', '5 == float("nan")', '5 < float("nan")', '2**70 < float("nan")',
          '0.1 + 0.2', '1/3', '2**0.5', '10**-2', '(-2)**-1', '0**0', '0.0**0', 'float("nan")**0', '1**float("nan")', '(-1)**float("inf")', '(-0.0)**3', '(-0.0)**-3' , '(-0.0)**2', 'float("-inf")**3', 'float("-inf")**-3', 'float("-inf")**2', 'float("-inf")**0.5',
          '2.0**-1074', '2.0**-1080', '(-2.0)**1025', '1.5 % -0.0', '-7 // 2.0', '7.5 // -2', '-0.0 // 1', '0.0 // -1', '5 % -3.0', '-1e-300 % 1e300', 'divmod(-7, 2.5)', 'divmod(7.5, -2)', 'divmod(float("inf"), 1)', 'float("inf") // 1', 'float("inf") % 1',
          '1 // 0.0', '1 % 0.0', 'divmod(1, 0.0)', '2 ** 1024.0', '10 ** 400 * 1.0', '1.0 + 10**400', '10**400 + "a"', 'True / 2', 'True // True', 'True ** -1', 'False ** -1', '(-2) ** 63', '(-2) ** 64', '3 ** 40', '(-3) ** 41', '7 ** 0',
          '1 << 62', '1 << 63', '-1 << 63', '-(1 << 49) << 1', '(1<<49) << 12', '5 >> 63', '-5 >> 62', '(-2**70) >> 1', '2**70 >> 200', '-(2**70) >> 200', '~(2**70)', '-(2**70) & 255', '(2**70) | -1', '(2**64) ^ (2**64+1)',
          '-(-2**49)', 'abs(-2**49)', '(-2**63) // -1', '(-2**63) % -1', '(2**49) * (2**49)', '(2**62) * 2', '(2**63-1) + 1', '-(2**63) - 1', '(2**49-1) * (2**14+1)', '2**49 + 2**49',
          'True + 1', 'True - True', '~True', '-False', 'True << 2', 'True ^ 3', 'True & 3', 'type(True & True)', 'type(True | 0)', 'bool(3)', 'bool()', 'True.__and__(2)', 'True.__xor__(True)', 'True.__rand__(False)', 'int.__and__(True, True)',
          'int.__add__(1, 2.0)', 'float.__add__(1.0, 2)', 'float.__radd__(1.0, 2)', 'float.__rsub__(1.0, 2)', 'float.__rpow__(2.0, 3)', 'int.__rpow__(2, 3)', 'float.__rtruediv__(2.0, 1)', 'float.__rfloordiv__(2.0, 7)', 'float.__rmod__(2.0, 7)',
          '(5).__rtruediv__(2)', '(5).__rfloordiv__(12)', '(5).__rlshift__(1)', '(2).__rpow__(5)', '(5).__sub__(True)', '(5).__lt__(6)', '(5).__eq__(5.0)', '(5.0).__eq__(5)', '(5.0).__ge__(True)', '(5.0).__gt__("x")',
          '1 < "a"', '1.5 < "a"', '[] < 1.5', '1 + None', '1.5 + None', 'None + 1.5', '1.5 + []', '- "x"', '~1.5', 'abs("x")', 'int.bit_length(True)', '(255).bit_count()', '(-1).bit_length()',
          'int.bit_length("x")', '(5).bit_length(1)', '(5).__format__()', '(5).__format__(1, 2)', '(5).as_integer_ratio()', 'True.as_integer_ratio()', '(5).conjugate()', 'True.conjugate()', '(7).__trunc__()', '(7).__floor__()', '(7).__ceil__()',
          '(5).numerator', '(5).denominator', '(5).imag', 'True.imag', '(1.5).real', '(1.5).imag', 'MyFloat(2.5).real', 'type(MyFloat(2.5).real)',
          'int("  12  ", base=10)', 'int(x="12")', 'int("12", 10, base=10)', 'int(base=10)', 'int("12", base=None)', 'int(12.9)', 'int(-12.9)', 'int(1e100)', 'int(-0.0)', 'int(float("nan"))', 'int("٣")', 'int(" ")', 'int("")',
          'int(b"  12  ")', 'int(b"\\xd9\\xa3")', 'int(bytearray(b"1.5"))', 'int("12", 36)', 'int("z", 35)', 'int("Z", 36)', 'int(True)', 'type(int(True))', 'int(MyInt(3))', 'type(int(MyInt(3)))', 'int(MyFloat(3.7))',
          'float()', 'float(True)', 'float(MyInt(3))', 'float(2**1023 * 2)', 'float("1" * 400)', 'float(None)', 'float([])', 'float("")', 'float("\\x00")', 'float("0x1p1")', 'float("in f")',
          'str(2**64)', 'repr(-2**64)', 'hex(-2**64)', 'oct(2**64)', 'bin(-5)', 'hex(True)', 'hex(0)', 'str(-0)', 'str(10**4299)[:3]', 'len(str(-10**4299))', 'str(-10**4300)',
          'repr(1e16)', 'repr(1e-5)', 'repr(123456789.123)', 'str(-0.0)', 'repr(float("-nan"))', 'repr(2.0**63)', 'repr(MyFloat(1.5))', 'str(MyInt(5))',
          'sorted([3, 1.5, True, -2**70, 2.0**70])', 'max(1, 1.0)', 'min(0.0, -0.0)', '{1, 1.0, True}', '{2**70: 1}[2.0**70]', '{0.5: "x"}[0.5]',
          ]:
    t(s)
class P(int):
    def __pow__(self, e, m=None): return ('pow', e, m)
class Q:
    def __pow__(self, e, m=None): return ('Qpow', e, m)
    def __rpow__(self, b, m=None): return ('Qrpow', b, m)
for s in ['pow(P(2), 3, 5)', 'pow(Q(), 3, 5)', 'pow(2, Q(), 5)', 'pow(2, "a", 3)', 'pow("a", 2, 3)', 'pow(2, 5, 3.0)', 'pow(2, 5, None)', 'pow(MyFloat(2.0), 2, 3)', 'pow(True, 2, 3)', 'pow(-2, 3, 7)', 'pow(2, -1, 7)', 'pow(2**100, 2**100, 10**30+7)', 'pow(3, 2**70, -7)', 'pow(0, -1, 5)', 'pow(5, -2, 1)']:
    t(s)
