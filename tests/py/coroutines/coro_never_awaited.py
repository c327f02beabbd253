# RuntimeWarning "coroutine '...' was never awaited" for coroutines collected before they start.
import gc
import warnings

class Suspend:
    def __await__(self):
        yield 'suspended'

async def coro():
    return 1

class K:
    async def meth(self):
        return 2
    class Inner:
        async def deep(self):
            return 3

def outer():
    async def local():
        return 4
    return local()

def report(label, records):
    print(label, len(records))
    for r in records:
        print('  ', r.category.__name__, '|', str(r.message), '|', type(r.message).__name__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = coro()
    del c
    gc.collect()
    c = K().meth()
    del c
    gc.collect()
    c = K.Inner().deep()
    del c
    gc.collect()
    c = outer()
    del c
    gc.collect()
    c = coro()
    c.__qualname__ = 'Renamed.qual'
    c.__name__ = 'renamed'
    del c
    gc.collect()
    c = coro()
    aw = c.__await__()
    print(type(aw).__name__)
    del aw, c
    gc.collect()
report('never awaited:', w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = coro()
    c.close()
    del c
    gc.collect()
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        print('finished with', e.value)
    del c
    gc.collect()
    async def suspending():
        await Suspend()
        print('  not reached')
    c = suspending()
    print(c.send(None))
    del c
    gc.collect()
    c = coro()
    try:
        c.throw(ValueError('thrown in'))
    except ValueError as e:
        print('throw before start:', e)
    del c
    gc.collect()
    async def main():
        return await coro() + await K().meth()
    c = main()
    try:
        c.send(None)
    except StopIteration as e:
        print('awaited:', e.value)
    del c
    gc.collect()
    async def agen():
        yield 1
    a = agen()
    del a
    gc.collect()
report('started, closed or awaited:', w)

print('-- filter ignore')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    c = coro()
    del c
    gc.collect()
report('ignored:', w)
