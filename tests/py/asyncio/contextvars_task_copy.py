# Each task runs in a copy of the context current when it was created: later
# changes by the creator are invisible to it, its own changes do not leak out,
# child tasks inherit the parent task's values at creation time.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='default')
other = contextvars.ContextVar('other')

async def child(tag):
    print(tag, 'sees', var.get())
    var.set(tag + '-modified')
    await asyncio.sleep(0)
    print(tag, 'after own set sees', var.get())
    return var.get()

async def parent():
    var.set('parent-value')
    t = asyncio.create_task(child('grandchild'))
    var.set('parent-changed-after-create')
    r = await t
    print('parent still sees', var.get(), '| grandchild returned', r)

async def main():
    var.set('main-1')
    t1 = asyncio.create_task(child('t1'))
    var.set('main-2')
    t2 = asyncio.create_task(child('t2'))
    await asyncio.gather(t1, t2)
    print('main sees', var.get())
    await asyncio.create_task(parent())
    print('main after parent sees', var.get())
    try:
        other.get()
    except LookupError:
        print('other unset in main')
    async def setter():
        other.set('set in task')
    await asyncio.create_task(setter())
    print('other after task set:', other.get('still unset'))
    # coroutines awaited directly share the caller's context
    async def direct():
        var.set('set by directly awaited coroutine')
    await direct()
    print('after direct await:', var.get())
    # gather wraps coroutines in tasks -> copies
    await asyncio.gather(direct())
    print('after gather(direct()):', var.get())

var.set('top-level')
asyncio.run(main())
print('top level after asyncio.run:', var.get())
