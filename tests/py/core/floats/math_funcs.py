# A tour of the math module (results chosen to be exact or stable).
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.perm(10, 3), math.perm(5), math.comb(100, 50))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(0, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.copysign(3, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.remainder(7, 2), math.remainder(5, 2), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.atan(1) * 4, 15))
print(math.erf(0), math.gamma(5), math.lgamma(1), math.expm1(0))
for expr in ('math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.factorial(-1)', 'math.factorial(2.5)',
             'math.acos(2)', 'math.exp(1000)', 'math.isqrt(-1)', 'math.comb(3, -1)', 'math.fmod(1, 0)',
             'math.sqrt("x")', 'math.gcd(1.5, 2)', 'math.pow(0, -1)', 'math.ldexp(1.0, 5000)'):
    try:
        print(eval(expr))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.gcd(2, 4)).__name__)
