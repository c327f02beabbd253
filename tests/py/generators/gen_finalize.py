# Generator finalization: unreachable suspended generators are closed (finally runs) when collected.
import gc
import sys

def worker(tag):
    try:
        print('  start', tag)
        yield 1
        yield 2
    finally:
        print('  finally', tag)

print('-- suspended generator dropped')
g = worker('a')
print(next(g))
del g
gc.collect()
print('after collect a')

print('-- generator in a reference cycle')
def cyclic(tag):
    me = yield 'started'
    try:
        yield 'holding', len(me)
    finally:
        print('  finally', tag, 'holder len', len(me))
holder = []
g = cyclic('b')
print(next(g))
holder.append(g)
print(g.send(holder))
del g, holder
gc.collect()
print('after collect b')

print('-- unstarted generator: finally does not run')
g = worker('c')
del g
gc.collect()
print('after collect c')

print('-- finished generator: nothing to do')
g = worker('d')
print(list(g))
del g
gc.collect()
print('after collect d')

print('-- GeneratorExit observed while collected')
def observer():
    try:
        yield 1
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
    finally:
        print('  observer finally')
g = observer()
next(g)
del g
gc.collect()

print('-- exception in finally during collection is ignored (reported on stderr)')
def raiser():
    try:
        yield 1
    finally:
        print('  raiser finally')
        raise ValueError('from finally')
old_hook = sys.unraisablehook
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
g = raiser()
next(g)
del g
gc.collect()
sys.unraisablehook = old_hook
print('  unraisable:', seen)
g = raiser()
next(g)
del g
gc.collect()
print('still running after the ignored exception')

print('-- yield in finally during collection')
def stubborn():
    try:
        yield 1
    finally:
        print('  stubborn finally')
        yield 2
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
g = stubborn()
next(g)
del g
gc.collect()
sys.unraisablehook = old_hook
print('  unraisable:', seen)

print('-- nested generators: inner closed with outer')
def outer():
    try:
        yield from worker('inner')
    finally:
        print('  outer finally')
g = outer()
print(next(g))
del g
gc.collect()

print('-- generator kept in a global until exit')
kept = worker('at exit')
print(next(kept))
print('last line of the script')
