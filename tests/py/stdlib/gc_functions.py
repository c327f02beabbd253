# gc: collection of cycles, switches, thresholds, is_tracked and argument errors.
import gc


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


class Node:
    def __init__(self):
        self.ref = self


def f():
    pass


class A:
    pass


x = [1]
for _ in range(1000):
    Node()
print('freed some', gc.collect() >= 0)
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0, gc.collect(2) >= 0)
gc.disable()
print(gc.isenabled())
for _ in range(1000):
    Node()
print(gc.collect() >= 0, gc.isenabled())
gc.enable()
print(gc.isenabled())
# Objects still reachable survive a collection.
keep = [Node() for _ in range(10)]
d = {'k': keep}
gc.collect()
print(len(keep), keep[3].ref is keep[3], d['k'] is keep)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 6)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, gc.callbacks, type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]), gc.get_freeze_count(), gc.is_finalized(A()))
print(type(gc.get_objects()).__name__, type(gc.get_referrers(x)).__name__, type(gc.get_referents(x)).__name__)
gc.freeze()
gc.unfreeze()
for e in ['gc.is_tracked(1)', 'gc.is_tracked("a")', 'gc.is_tracked(1.5)', 'gc.is_tracked(None)',
          'gc.is_tracked([])', 'gc.is_tracked({})', 'gc.is_tracked({"a": 1})', 'gc.is_tracked({"a": []})',
          'gc.is_tracked({1: {}})', 'gc.is_tracked(())', 'gc.is_tracked((1, x))', 'gc.is_tracked(tuple(x))',
          'gc.is_tracked(A())', 'gc.is_tracked(A)', 'gc.is_tracked(f)', 'gc.is_tracked(set())',
          'gc.is_tracked(frozenset())', 'gc.is_tracked(b"")', 'gc.is_tracked(bytearray())',
          'gc.is_tracked(range(3))', 'gc.is_tracked(2**100)', 'gc.is_tracked(iter([]))', 'gc.is_tracked(gc)',
          'gc.is_tracked(int)', 'gc.is_tracked(True)', 'gc.is_tracked()',
          'gc.set_threshold(1, 2, 3, 4)', 'gc.set_threshold()', 'gc.set_threshold(1.5)',
          'gc.set_threshold(2**70)', 'gc.set_threshold(2**40)', 'gc.set_threshold(x=1)', 'gc.collect(3)',
          'gc.collect(-1)', 'gc.collect("a")', 'gc.collect(1, 2)', 'gc.collect(gen=1)', 'gc.isenabled(1)',
          'gc.enable(1)', 'gc.get_threshold(1)', 'gc.set_debug()', 'gc.set_debug("a")']:
    show(e)
print(gc.get_threshold())
