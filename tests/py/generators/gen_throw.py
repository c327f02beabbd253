# throw(): raising exceptions inside a suspended generator.
def resilient():
    while True:
        try:
            yield 'working'
        except ValueError as e:
            print('  recovered from', repr(e))
            yield 'recovered'
        except KeyError:
            print('  KeyError: giving up')
            return 'gave up'
g = resilient()
print(next(g))
print(g.throw(ValueError('bad')))
print(next(g))
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration with', e.value)
try:
    g.throw(ValueError('after end'))
except ValueError as e:
    print('finished generator re-raises:', repr(e))
def not_started():
    print('  never runs')
    yield 1
ns = not_started()
try:
    ns.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('throw before start raises immediately:', e)
print(list(ns))
def propagates():
    yield 1
    yield 2
p = propagates()
next(p)
try:
    p.throw(TypeError, 'type and message')
except TypeError as e:
    print('uncaught inside generator:', repr(e))
print(next(p, 'generator is now closed'))
def transforms():
    try:
        yield 'ready'
    except ZeroDivisionError as e:
        raise ArithmeticError('transformed') from e
t = transforms()
next(t)
try:
    t.throw(ZeroDivisionError('div'))
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))
def with_finally():
    try:
        yield 'in try'
    finally:
        print('  finally ran on throw')
w = with_finally()
next(w)
try:
    w.throw(OSError('io'))
except OSError as e:
    print('after finally:', e)
