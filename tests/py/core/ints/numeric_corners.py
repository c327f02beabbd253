# Corner cases of int, bool and float: results and CPython's exact error messages.
def t(s):
    try:
        r = eval(s)
        print(s, '=>', repr(r))
    except Exception as e:
        print(s, '->', type(e).__name__, e, e.args)
for s in ['1 << (1 << 70)', '1 << (1<<62)', '1 << (1<<40)', '0 << (1<<70)', '1 >> (1<<70)', '-1 >> (1<<70)',
 '1.0/0', '1.0//0', '1.0%0', 'divmod(1.0,0)', '1//0', '1%0', 'divmod(1,0)', '1/0', '10**400/1', '1/10**400', 
 '10.0**309', '2**(-(10**400))', 'pow(2,-(10**400), 7)', 'pow(2,-1,4)', 'pow(2,5,0)', 'pow(2.0,5,3)',
 'int("1"*5000)', 'int("1"*5000+"x")', 'int("1_"*3000)', 'str(10**5000)', 'int(1e400)', "0.0**-1.5", "0**-1.5",
 "2.0**(10**400)", "(10**400)**0.5", "round(1e308, -308)", "round(1.7e308, -308)", "round(5.5, 10**20)", "round(5.5, -10**20)",
 "hash(float('nan'))==hash(float('nan'))", "int.__round__(5, None)", "(5).__round__('a')", "round(5.5, 'a')", "(5).to_bytes(-1,'big')", "(5).to_bytes(1, 5)",
 "int.from_bytes('ab', 'big')", "int.from_bytes([256], 'big')", "int.from_bytes(['a'], 'big')","int.from_bytes(5, 'big')", "float.fromhex('0x1.fffffffffffff8p+1023')",
 "float.fromhex(' 0x1p-1074 ')", "float.fromhex('0x1p-1075')", "float.fromhex('0x1.8p-1075')", "float.fromhex('-0X.8p+1')", "float.fromhex('1')","float.fromhex('0x.p1')","float.fromhex('infinity')",
 "(5e-324).hex()", "(-0.0).hex()", "(1e308).hex()", "int(x=5)", "int('5', bas=3)", "int(5, base=10)", "int('5', 10, 3)", "bool(x=1)", "bool(1,2)", "float(x=1)", "float(1,2)",
 "int('1', 2.0)", "int('1', 2**100)", "int('1', -2**100)", "True.__index__()", "type(True.__index__())", "int.__index__(True)", "(5).__trunc__()", "int.__trunc__(True)", "type(int.__trunc__(True))",
 "True.__round__()", "True.real", "True.numerator","True.conjugate()", "True.__getnewargs__()", "(1.5).__getnewargs__()", "1.5.__round__(None)", "1.5.__round__(-400)", "(-1.5).__round__(-400)",
 "float.__round__(1.5, 'a')", "(7.0).__trunc__()", "float('nan').__floor__()", "float('inf').__ceil__()", "(1.5).__divmod__(0)","(1).__divmod__(0)","(1).__divmod__(1.5)","(1.5).__rdivmod__(1)",
 "(1.5).__format__(5)", "format(5, 'x'*3)", "format(1.5, 'd')", "format(True, '')", "format(True, 'd')", "format(10**5000, 'd')", "format(10**5000, 'x')[:5]", "format(10**500, 'e')", "format(10**400, 'e')",
 "int('١٢٣')", "int('12', 0)", "int(' 0x_1_f ', 0)", "int('0_x1', 0)", "int('0b', 0)", "int('0', 16)", "int('0x', 0)",
 "float('1_000.5')", "float('1__0')", "float('  nan  ')", "float('-iNF')", "float('infinity ')", "float('+nan')", "float('١٢.٥')", "float('x'*300)[:3]", "int('x'*300)",
 "(1).__add__(1.0)", "(1).__lt__(1.5)", "(1.5).__lt__(2)", "float.__lt__(1.5, 'a')", "int.__eq__(1, 1.0)", "1 < 'a'", "1 & 1.0", "~1.5", "-'a'", "1 << 1.0",
 "pow(2, 1000000000000, 1)", "hash(-1.0)", "hash(2**61-1.0)", "hash(1e300)", "hash(-1e-300)", "hash(0.1)",
 ]:
    t(s)
