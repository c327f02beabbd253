# Exceptions in coroutines: propagation through await, throw(), close().
class Suspend:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    await Suspend()
    raise ValueError('inside coroutine')
async def caller():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + str(e)
print(run(caller()))
try:
    run(fails())
except ValueError as e:
    print('escaped to driver:', e)
async def guarded():
    try:
        await Suspend()
    except KeyError as e:
        print('  guarded caught', repr(e))
        return 'recovered'
    finally:
        print('  guarded finally')
c = guarded()
c.send(None)
try:
    c.throw(KeyError('thrown'))
except StopIteration as e:
    print('throw result', e.value)
c = guarded()
c.send(None)
c.close()
print('closed')
async def cleanup():
    try:
        await Suspend()
    except GeneratorExit:
        print('  GeneratorExit seen in coroutine')
        raise
c = cleanup()
c.send(None)
c.close()
async def deep(n):
    if n == 0:
        raise LookupError('deep failure')
    await Suspend()
    return await deep(n - 1)
try:
    run(deep(5))
except LookupError as e:
    print(type(e).__name__, e)
async def stop_inside():
    raise StopIteration('not allowed to leak')
try:
    run(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
