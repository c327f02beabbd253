# Custom awaitables: __await__ returning an iterator; values yielded reach the driver.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        print('  suspending with', self.tag)
        resumed_with = yield self.tag
        print('  resumed with', repr(resumed_with))
        return f'{self.tag} done'
async def worker():
    a = await Suspend('first')
    b = await Suspend('second')
    return a, b
c = worker()
print('driver got', c.send(None))
print('driver got', c.send('value 1'))
try:
    c.send('value 2')
except StopIteration as e:
    print('result', e.value)
import types
@types.coroutine
def legacy_sleep():
    got = yield 'legacy yield'
    return got
async def uses_legacy():
    return await legacy_sleep()
c = uses_legacy()
print(c.send(None))
try:
    c.send('sent into legacy')
except StopIteration as e:
    print('legacy result', e.value)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
c = bad()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
c = bad2()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def await_int():
    await 3
c = await_int()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class Ready:
    def __await__(self):
        return iter([])
async def immediate():
    return await Ready()
c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print('Ready returns', e.value)
