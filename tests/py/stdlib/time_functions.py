# time: clocks (types and relations only), struct_time, conversions, strftime and errors.
import time


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9, time.time_ns() > 1.6e18)
for name in ['monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f, g = getattr(time, name), getattr(time, name + '_ns')
    a = f()
    b = f()
    print(name, type(a).__name__, type(g()).__name__, b >= a, g() >= 0)
t0 = time.monotonic()
time.sleep(0.02)
print('slept', time.monotonic() - t0 >= 0.015)
time.sleep(0)
time.sleep(True)

tests = [
    'time.gmtime(0)', 'time.gmtime(-1.5)', 'time.gmtime(1.99)', 'time.gmtime(1234567890)', 'time.gmtime(10**12)',
    'time.gmtime(0).tm_zone', 'time.gmtime(0).tm_gmtoff', 'time.gmtime(0).tm_year', 'time.gmtime(0)[-1]',
    'time.gmtime(0)[::2]', 'time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)', 'len(time.gmtime(0))',
    'time.gmtime(0).n_fields', 'time.gmtime(0).n_sequence_fields', 'time.gmtime(0).n_unnamed_fields',
    'hash(time.gmtime(0)) == hash(tuple(time.gmtime(0)))', 'time.gmtime(0) + (1,)', 'list(time.gmtime(0))',
    'time.gmtime(0).count(0)', 'time.gmtime(0).index(3)', 'time.gmtime(0) < time.gmtime(1)',
    'isinstance(time.gmtime(0), tuple)', 'str(time.gmtime(5))', 'time.gmtime()[0] > 2000',
    'time.localtime()[0] > 2000', 'time.struct_time.__mro__[1:]', 'time.struct_time.__name__',
    'time.struct_time(range(9))', 'time.struct_time(range(11)).tm_zone', 'time.struct_time(range(9)).tm_zone',
    'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9), {})', 'time.struct_time([1] * 10).tm_zone',
    'time.struct_time((1, 2, 3))', 'time.struct_time(range(12))', 'time.struct_time(5)',
    'time.mktime(time.localtime(1000))', 'time.mktime(time.localtime(1234567890))',
    'time.localtime(time.mktime((2000, 6, 15, 12, 30, 0, 0, 0, -1)))[:6]',
    'time.mktime((1, 2))', 'time.mktime(5)', 'time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, "a"))',
    'time.mktime((10**10, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.mktime((-2**40, 1, 1, 0, 0, 0, 0, 1, 0))',
    'time.mktime()',
    'time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365))', 'time.strftime("")',
    'time.strftime("%Y %m %d", (2000, 0, 0, 0, 0, 0, 0, 0, 0))', 'time.strftime("%Z|%z", time.gmtime(0))',
    'time.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%", time.gmtime(1234567890))',
    'time.strftime("é%Yü", time.gmtime(0))', 'time.strftime("%Y", (-5, 1, 1, 0, 0, 0, 0, 1, 0))',
    'time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))',
    'time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))',
    'time.strftime("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, -2, 1, 0))',
    'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))', 'time.strftime("%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0))',
    'time.strftime("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])', 'time.strftime(5)', 'time.strftime()',
    'time.strftime("a", 1, 2)', 'time.strftime("%Y", 5)', 'time.strftime(x=1)', 'time.strftime("a\\0b")',
    'time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.asctime((2000, 1, 1, 0, 0, 0, 9, 1, 0))',
    'time.asctime(time.gmtime(10**10))', 'time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.asctime(5)',
    'time.asctime(1, 2)', 'len(time.asctime())', 'time.ctime(0)', 'len(time.ctime())', 'time.ctime(1, 2)',
    'time.gmtime(float("nan"))', 'time.gmtime(1e20)', 'time.gmtime("x")', 'time.gmtime(10**17)',
    'time.gmtime(1, 2)', 'time.gmtime(x=1)', 'time.localtime(1, 2)',
    'time.sleep("x")', 'time.sleep(float("nan"))', 'time.sleep()', 'time.sleep(-0.5)', 'time.sleep(-1)',
    'time.sleep(10**30)', 'time.sleep(1e300)', 'time.time(1)', 'time.time_ns(1)', 'time.monotonic(x=1)',
    'type(time.timezone)', 'type(time.altzone)', 'type(time.daylight)', 'type(time.tzname)', 'len(time.tzname)',
]
for e in tests:
    show(e)
lt = time.gmtime(0)
for stmt in ['lt.tm_year = 5', 'lt.foo = 5']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '!!', e)
y, m, *rest = lt
print(y, m, rest)
