# contextlib async helpers: asynccontextmanager, AsyncExitStack, aclosing, nullcontext with async with.
import contextlib

class Suspend:
    def __await__(self):
        yield 'suspended'

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@contextlib.asynccontextmanager
async def resource(name, suppress=False):
    print('  enter', name)
    await Suspend()
    try:
        yield name.upper()
    except Exception as e:
        print('  generator saw', type(e).__name__, e)
        if not suppress:
            raise
    finally:
        await Suspend()
        print('  exit', name)

@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield

@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@contextlib.asynccontextmanager
async def yields_again_on_error():
    try:
        yield 1
    except Exception:
        yield 2

async def check(label, body):
    try:
        print(label, '->', await body())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

async def main():
    print('-- asynccontextmanager')
    async with resource('a') as v:
        print('  body got', v)
    async def raising():
        async with resource('b'):
            raise ValueError('in body')
    await check('propagates', raising)
    async def suppressed():
        async with resource('c', suppress=True):
            raise ValueError('swallowed')
        return 'after block'
    await check('suppressed', suppressed)
    async def no_yield_body():
        async with no_yield():
            return 'unreached'
    await check('no yield', no_yield_body)
    async def two_yields_body():
        async with two_yields() as v:
            return v
    await check('two yields', two_yields_body)
    async def again_body():
        async with yields_again_on_error():
            raise KeyError('k')
    await check('yield after athrow', again_body)
    cm = resource('d')
    print(type(cm).__name__)
    async def sync_with():
        with cm:
            pass
    await check('sync with', sync_with)
    await check('close unused', lambda: cm.gen.aclose())

    print('-- AsyncExitStack')
    async def async_cb(tag):
        print('  async callback', tag)
    def sync_cb(tag):
        print('  sync callback', tag)
    async def exit_handler(et, ev, tb):
        print('  push_async_exit saw', et.__name__ if et else None)
        return et is KeyError
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(sync_cb, 1)
        stack.push_async_callback(async_cb, 2)
        print('  entered', await stack.enter_async_context(resource('e')))
        print('  entered', stack.enter_context(contextlib.nullcontext('plain')))
        stack.push_async_exit(exit_handler)
        print('  body done')
    async def suppressing_stack():
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(async_cb, 'outer')
            stack.push_async_exit(exit_handler)
            raise KeyError('suppressed by handler')
        return 'suppressed'
    await check('stack suppress', suppressing_stack)
    async def moving():
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(async_cb, 'moved')
            other = stack.pop_all()
        print('  stack exited, moved one pending')
        await other.aclose()
        return 'moved ok'
    await check('pop_all', moving)
    async def bad_context():
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    await check('not a cm', bad_context)

    print('-- aclosing')
    async def numbers():
        try:
            for i in range(10):
                yield i
        finally:
            print('  numbers closed')
    async with contextlib.aclosing(numbers()) as g:
        async for v in g:
            if v == 2:
                break
        print('  broke at', v)
    print('  after aclosing')

    print('-- nullcontext')
    async with contextlib.nullcontext(42) as v:
        print('  nullcontext value', v)
    async with contextlib.nullcontext() as v:
        print('  nullcontext default', v)

run(main())
