# Infinity and NaN behaviour.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(nan), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(inf // 1, inf % 2 if False else 'skip', 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
print(nan + 1, nan * 0, max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan))
x = float('nan')
print(x in [float('nan')], x == float('nan'))
print(float('Infinity'), float('-INF'), float('NaN'), float(' +inf '), float('-nan'))
print(sorted([3.0, inf, -inf, 0.0]))
print(abs(-inf), -(-inf), inf ** 0, nan ** 0, 1 ** nan, 0 ** inf, 2 ** inf, 0.5 ** inf, 2 ** -inf)
for op in ('int(inf)', 'int(nan)', 'round(inf)', 'round(nan)', 'inf % 0'):
    try:
        print(eval(op))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(op, type(e).__name__, e)
print(round(inf, 2), round(nan, 2))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(math.inf == inf, math.isnan(math.nan), math.copysign(1, -0.0), math.copysign(1, nan) in (1, -1))
print(inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(f'{inf:.3f} {nan:5} {-inf:e} {inf:%} {nan:g}|{inf:+}')
