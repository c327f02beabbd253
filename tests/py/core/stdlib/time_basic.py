# time module: only types and sanity relations.
import time
t = time.time()
print(type(t).__name__, t > 0, t > 1_600_000_000)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, type(time.perf_counter()).__name__, type(time.time_ns()).__name__, time.time_ns() > 0)
time.sleep(0)
time.sleep(0.001)
print(type(time.process_time()).__name__)
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, tuple(lt)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)))
print(time.gmtime(1_000_000_000)[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
