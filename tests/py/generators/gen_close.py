# close(): GeneratorExit, finally blocks, and ignoring GeneratorExit.
def tidy():
    try:
        print('  start')
        yield 1
        yield 2
    finally:
        print('  cleanup')
g = tidy()
print(next(g))
g.close()
print('closed; next gives', next(g, 'nothing'))
g.close()
print('double close is fine')
fresh = tidy()
fresh.close()
print('closing an unstarted generator runs nothing')
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  saw GeneratorExit')
        raise
c = catches_exit()
next(c)
c.close()
def swallows_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  swallowing and yielding again')
        yield 2
s = swallows_exit()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored return value'
r = returns_on_exit()
next(r)
print(r.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('raised during close')
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
def finished():
    yield 1
f = finished()
list(f)
print(f.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
