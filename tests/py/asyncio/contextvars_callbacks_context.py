# Callbacks and contexts: call_soon/call_later/call_at capture a copy of the
# current context by default, context= runs them in a given Context (whose
# changes persist in it), Future.add_done_callback(context=...).
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

def show(tag):
    print(tag, var.get())

def mutate(tag):
    print(tag, 'before', var.get())
    var.set(tag)

async def main():
    loop = asyncio.get_running_loop()
    var.set('A')
    loop.call_soon(show, 'call_soon captured')
    var.set('B')
    loop.call_later(0.01, show, 'call_later captured')
    var.set('C')
    await asyncio.sleep(0.05)

    ctx = contextvars.Context()
    loop.call_soon(mutate, 'first', context=ctx)
    loop.call_soon(mutate, 'second', context=ctx)
    loop.call_soon(show, 'default context sees', )
    await asyncio.sleep(0)
    print('ctx now holds:', ctx[var], '| task still sees', var.get())

    ctx2 = contextvars.copy_context()
    var.set('D')
    loop.call_at(loop.time(), show, 'call_at with copy made at C', context=ctx2)
    await asyncio.sleep(0.01)

    fut = loop.create_future()
    cctx = contextvars.Context()
    cctx.run(var.set, 'in cctx')
    fut.add_done_callback(lambda f: show('done callback (explicit ctx)'), context=cctx)
    var.set('E')
    fut.add_done_callback(lambda f: show('done callback (captured at add time)'))
    var.set('F')
    fut.set_result(None)
    await asyncio.sleep(0)

    # a callback's own var.set() does not leak into the task's context
    loop.call_soon(mutate, 'leak-test')
    await asyncio.sleep(0)
    print('task after callback mutate:', var.get())

asyncio.run(main())
