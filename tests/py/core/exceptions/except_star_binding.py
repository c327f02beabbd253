# except* T as name: the name is bound to the clause's part and unbound after the clause,
# whether the clause ends normally or by raising.
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError as g:
    print('bound:', repr(g))
try:
    g
except NameError as e:
    print('after the clause:', e)

# A clause that raises still unbinds its name.
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as h:
        raise KeyError('escaping')
except KeyError:
    pass
print('h' in globals())

# A name unrelated to a clause that did not run is left alone.
k = 'untouched'
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* TypeError as k:
    print('not reached')
except* ValueError:
    pass
print(k)

# Deleting the name inside the clause is fine.
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError as g:
    del g
print('g' in globals())

# In a function the name is a local, unbound afterwards.
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as part:
        first = part
    except* TypeError as part:
        second = part
    print(repr(first), repr(second))
    try:
        return part
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
f()

# global and nonlocal names can be the target.
def uses_global():
    global gname
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as gname:
        print('global bound:', repr(gname))
uses_global()
print('gname' in globals())

def outer():
    captured = 'before'
    def inner():
        nonlocal captured
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* ValueError as captured:
            print('nonlocal bound:', repr(captured))
    inner()
    try:
        return captured
    except NameError as e:
        print('NameError:', e)
outer()

# A closure over the name sees it unbound after the clause.
def closure():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as c:
        read = lambda: c
        print('inside:', repr(read()))
    try:
        read()
    except NameError as e:
        print('NameError:', e)
closure()

# Without `as`, the part is still the handled exception.
import sys
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* TypeError:
    print('no name, exc_info:', repr(sys.exc_info()[1]))
except* ValueError:
    pass

# In a class body.
class C:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as err:
        seen = repr(err)
print(C.seen, hasattr(C, 'err'))
