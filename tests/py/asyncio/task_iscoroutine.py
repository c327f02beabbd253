# iscoroutine / iscoroutinefunction on coroutine objects and functions, async
# generators, plain functions, methods, lambdas, generators (accepted in 3.11).
import asyncio

async def cf():
    return 1

async def agf():
    yield 1

def gf():
    yield 1

def plain():
    return 1

class C:
    async def am(self):
        pass
    def m(self):
        pass

c = cf()
print('iscoroutine(coro):', asyncio.iscoroutine(c))
c.close()
print('iscoroutine(func):', asyncio.iscoroutine(cf))
ag = agf()
print('iscoroutine(asyncgen):', asyncio.iscoroutine(ag))
g = gf()
print('iscoroutine(generator):', asyncio.iscoroutine(g))
print('iscoroutine(1):', asyncio.iscoroutine(1))

print('iscoroutinefunction(cf):', asyncio.iscoroutinefunction(cf))
print('iscoroutinefunction(agf):', asyncio.iscoroutinefunction(agf))
print('iscoroutinefunction(gf):', asyncio.iscoroutinefunction(gf))
print('iscoroutinefunction(plain):', asyncio.iscoroutinefunction(plain))
print('iscoroutinefunction(C().am):', asyncio.iscoroutinefunction(C().am))
print('iscoroutinefunction(C.am):', asyncio.iscoroutinefunction(C.am))
print('iscoroutinefunction(C().m):', asyncio.iscoroutinefunction(C().m))
print('iscoroutinefunction(lambda):', asyncio.iscoroutinefunction(lambda: cf()))
print('iscoroutinefunction(None):', asyncio.iscoroutinefunction(None))

import collections.abc
class MyCoro(collections.abc.Coroutine):
    def send(self, v):
        raise StopIteration('custom done')
    def throw(self, *a):
        raise StopIteration
    def close(self):
        pass
    def __await__(self):
        return iter(())
print('iscoroutine(Coroutine subclass):', asyncio.iscoroutine(MyCoro()))

async def main():
    t = asyncio.create_task(MyCoro())
    print('task from Coroutine subclass ->', await t)
asyncio.run(main())
