# Coroutine object attributes and state transitions.
import inspect
class Suspend:
    def __await__(self):
        yield 'paused'
async def job(x):
    y = x * 2
    await Suspend()
    return y
c = job(21)
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_frame is not None, c.cr_await)
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, sorted(c.cr_frame.f_locals.items()))
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
class K:
    async def method(self):
        return 'method'
print(K().method.__qualname__)
m = K().method()
print(m.__qualname__)
m.close()
print(bool(job.__code__.co_flags & inspect.CO_COROUTINE), inspect.iscoroutinefunction(job), inspect.iscoroutinefunction(K.method))
