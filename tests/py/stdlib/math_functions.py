# math: every function on ordinary, special and extreme arguments, with CPython's errors.
import math

inf, nan = math.inf, math.nan
print(sorted([n for n in dir(math) if not n.startswith('_')]))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


unary = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp',
         'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'degrees', 'radians',
         'gamma', 'lgamma', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'ulp', 'log', 'log2', 'log10',
         'floor', 'ceil', 'trunc']
args = ['0', '-0.0', '0.5', '1', '-1', '2', '-2.5', '10', '1e-320', '1e308', '-1e308', '1000', '-1000',
        'inf', '-inf', 'nan', 'True', '2**1100', '-2**1100']
# Krait's gamma and lgamma come from the C library, CPython's from its own Lanczos sum: they
# may differ in the last bits, so those results are rounded.
for f in unary:
    for x in args:
        show(('round(math.%s(%s), 11)' if 'gamma' in f else 'math.%s(%s)') % (f, x))

binary = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'log']
pairs = ['0, 0', '1, 0', '0, 1', '-0.0, -1', '2, 3', '-8, 1/3', '7, -2', '1e308, 10', 'inf, 1', '1, inf',
         'inf, inf', '-inf, 2', 'nan, 0', '1, nan', 'nan, nan', '0, -1', '-2, 0.5', '5, 2', '-5, 2', '10, 1']
for f in binary:
    for p in pairs:
        show('math.%s(%s)' % (f, p))

for e in ['math.sqrt("x")', 'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.copysign(1)',
          'math.log()', 'math.log(1, 2, 3)', 'math.log(x=1)', 'math.pow(1)', 'math.floor("a")',
          'math.trunc("a")', 'math.ceil(None)', 'math.fabs([])', 'math.exp(2**2000)', 'math.log(0)',
          'math.log(-10**400)', 'math.log(10**400)', 'math.log2(2**2000)', 'math.log10(10**400)',
          'math.log(2**1100, 2)', 'math.log(8, 2.0)', 'math.log(100, 10)', 'math.log(10, 1)', 'math.log(1, 10)',
          'math.log(0.0)', 'math.log(-1.5)', 'math.log(True)', 'math.log10(2**1023 * 3)']:
    show(e)

print('--- ldexp frexp')
for e in ['math.ldexp(1, 2)', 'math.ldexp(1.0, 2.0)', 'math.ldexp(1.0, 10**30)', 'math.ldexp(1.0, -10**30)',
          'math.ldexp(0.0, 10**30)', 'math.ldexp(inf, -5)', 'math.ldexp(nan, 5)', 'math.ldexp(1.0, 1024)',
          'math.ldexp(1.0, -1074)', 'math.ldexp(1.0, -1075)', 'math.ldexp(-1.5, True)', 'math.ldexp(x=1, i=2)',
          'math.frexp(0.0)', 'math.frexp(-0.0)', 'math.frexp(inf)', 'math.frexp(1e-320)', 'math.frexp(3)',
          'math.modf(-0.0)', 'math.modf(-inf)', 'math.modf(nan)', 'math.modf(2.5)']:
    show(e)

print('--- floor ceil trunc')
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
class G:
    def __float__(self): return -2.5
class I:
    def __index__(self): return 7
class FS(float): pass
class IS(int): pass
for e in ['math.floor(F())', 'math.ceil(F())', 'math.trunc(F())', 'math.floor(G())', 'math.ceil(G())',
          'math.trunc(G())', 'math.floor(I())', 'math.sqrt(I())', 'math.floor(FS(2.5))', 'math.ceil(FS(-2.5))',
          'math.trunc(FS(-2.5))', 'math.floor(IS(5))', 'type(math.floor(IS(5)))', 'math.floor(True)',
          'math.floor(2**70 + 0.0)', 'math.floor(-2**70)', 'math.ceil(1e300)', 'math.floor(inf)',
          'math.ceil(nan)', 'math.trunc(-inf)', 'math.trunc(1.9999)', 'math.floor(-0.5)', 'math.ceil(-0.5)']:
    show(e)

print('--- integers')
for e in ['math.factorial(0)', 'math.factorial(1)', 'math.factorial(25)', 'len(str(math.factorial(1000)))',
          'math.factorial(2.0)', 'math.factorial(-1)', 'math.factorial(10**20)', 'math.factorial(-10**20)',
          'math.factorial(True)', 'math.factorial(I())', 'math.factorial("5")',
          'math.gcd()', 'math.gcd(5)', 'math.gcd(-5)', 'math.gcd(0, -7)', 'math.gcd(2**100, 6**50)',
          'math.gcd(12, 18, 27)', 'math.gcd(1.5)', 'math.gcd(a=1)', 'math.gcd(True, 4)',
          'math.lcm()', 'math.lcm(-4)', 'math.lcm(4, 6)', 'math.lcm(4, 0, 6)', 'math.lcm(2**64, 3**40)',
          'math.lcm(-4, 6)', 'math.lcm(1.0)',
          'math.isqrt(0)', 'math.isqrt(15)', 'math.isqrt(16)', 'math.isqrt(10**100)', 'math.isqrt(2**127 - 1)',
          'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.isqrt(True)',
          'math.comb(5, 0)', 'math.comb(5, 6)', 'math.comb(52, 5)', 'math.comb(10**20, 2)', 'math.comb(1000, 500) % 10**20',
          'math.comb(-1, 2)', 'math.comb(5, -1)', 'math.comb(1)', 'math.comb(10**30, 10**20)', 'math.comb(5.0, 2)',
          'math.perm(5)', 'math.perm(5, None)', 'math.perm(5, 2)', 'math.perm(5, 6)', 'math.perm(-1)',
          'math.perm(-5, 1)', 'math.perm(5, -1)', 'math.perm(10**30, 10**20)', 'math.perm(1, 2, 3)',
          'math.perm(20, 20) == math.factorial(20)']:
    show(e)

print('--- fsum prod hypot dist isclose')
for e in ['math.fsum([])', 'math.fsum([0.1] * 10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])',
          'math.fsum([2.0**53, -0.5, -2.0**-54])', 'math.fsum([1, 2, 3])', 'math.fsum(range(10))',
          'math.fsum([1e308, 1e308])', 'math.fsum([inf, -inf])', 'math.fsum([inf, nan])', 'math.fsum([inf, 1, inf])',
          'math.fsum([-0.0, -0.0])', 'math.fsum(["a"])', 'math.fsum(1)', 'math.fsum(1, 2)',
          'math.fsum([1e16, 1., 1e-16])', 'math.fsum([0.3, -0.1, -0.2])',
          'math.prod([])', 'math.prod([1, 2, 3, 4])', 'math.prod([2] * 100)', 'math.prod([1.5, 2])',
          'math.prod([], start=5)', 'math.prod([[1]], start=3)', 'math.prod()', 'math.prod([1], 2)',
          'math.prod(iterable=[1])', 'math.prod([1], stop=2)', 'math.prod("ab")',
          'math.hypot()', 'math.hypot(-3)', 'math.hypot(3, 4)', 'math.hypot(3, 4, 12)', 'math.hypot(1, 1)',
          'math.hypot(1e308, 1e308)', 'math.hypot(1e-320, 1e-320)', 'math.hypot(inf, nan)', 'math.hypot(nan, 1)',
          'math.hypot(*range(10))', 'math.hypot(0.1, 0.2, 0.3)', 'math.hypot("a")', 'math.hypot(x=1)',
          'math.dist((0, 0), (3, 4))', 'math.dist([1, 2], (3, 4))', 'math.dist((1,), (1, 2))',
          'math.dist(1, 2)', 'math.dist("ab", (3, 4))', 'math.dist((), ())',
          'math.isclose(1, 1)', 'math.isclose(0.1 + 0.2, 0.3)', 'math.isclose(1, 1.1, rel_tol=0.2)',
          'math.isclose(0, 1e-10)', 'math.isclose(0, 1e-10, abs_tol=1e-9)', 'math.isclose(inf, inf)',
          'math.isclose(inf, -inf)', 'math.isclose(nan, nan)', 'math.isclose(1, 1, rel_tol=-1)',
          'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.isclose(a=1, b=1)', 'math.isclose(1, 2, tol=1)']:
    show(e)

print('--- ulp nextafter gamma')
for e in ['math.ulp(1.0)', 'math.ulp(-0.0)', 'math.ulp(1e308 * 10)', 'math.ulp(1.7976931348623157e308)',
          'math.ulp(5e-324)', 'math.nextafter(1.0, 2.0)', 'math.nextafter(0.0, -1.0)', 'math.nextafter(1, 1)',
          'math.gamma(5)', 'round(math.gamma(0.5), 11)', 'math.gamma(23)', 'math.gamma(172)', 'math.gamma(171.5) > 9.48e307',
          'round(math.gamma(-0.5), 11)', 'math.gamma(-1)', 'math.gamma(1e-310)', 'math.lgamma(1e308)', 'math.lgamma(-2)',
          'round(math.lgamma(100), 10)', 'round(math.lgamma(-0.5), 11)', 'math.erf(1)', 'math.erfc(30)', 'math.expm1(1e-10)',
          'math.log1p(-1)', 'math.log1p(1e-10)', 'math.atanh(1)', 'math.acosh(0.5)', 'math.cosh(1000)']:
    show(e)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.gcd(2, 4)).__name__)
print(math.sqrt, math.floor.__name__)
