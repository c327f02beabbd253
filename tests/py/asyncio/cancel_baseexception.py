# CancelledError hierarchy: a BaseException (not Exception), so `except Exception`
# does not catch it; TimeoutError/InvalidStateError classes; identity of aliases.
import asyncio
import asyncio.exceptions

print('CancelledError bases:', [c.__name__ for c in asyncio.CancelledError.__mro__])
print('is Exception subclass:', issubclass(asyncio.CancelledError, Exception))
print('is BaseException subclass:', issubclass(asyncio.CancelledError, BaseException))
print('module alias:', asyncio.CancelledError is asyncio.exceptions.CancelledError)
print('TimeoutError is builtin:', asyncio.TimeoutError is TimeoutError)
print('InvalidStateError mro:', [c.__name__ for c in asyncio.InvalidStateError.__mro__])

async def body(log):
    try:
        await asyncio.sleep(10)
    except Exception as e:
        log.append('except Exception caught ' + type(e).__name__)
    except BaseException as e:
        log.append('except BaseException caught ' + type(e).__name__)
        raise

async def broad(log):
    try:
        try:
            await asyncio.sleep(10)
        except Exception:
            log.append('not reached')
    finally:
        log.append('finally ran')

async def bare(log):
    try:
        await asyncio.sleep(10)
    except:
        log.append('bare except caught it')
        raise

async def main():
    for fn in (body, broad, bare):
        log = []
        t = asyncio.create_task(fn(log))
        await asyncio.sleep(0)
        t.cancel()
        res = await asyncio.gather(t, return_exceptions=True)
        print(fn.__name__, log, type(res[0]).__name__, 'cancelled()', t.cancelled())

    e = asyncio.CancelledError('m1', 'm2')
    print('constructed:', e.args, str(e), repr(e))
    print('isinstance checks:', isinstance(e, Exception), isinstance(e, BaseException))

asyncio.run(main())
