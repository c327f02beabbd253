# Tokens made in a task's steps: a task's context keeps its identity from step to step
# (a token set in one step resets in a later one), but is its own (a token from another
# task, or from the creator, is refused). Tasks that never set a variable see the creator's
# values; setting one in a task does not leak into siblings or the creator.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')
other = contextvars.ContextVar('other')
tokens = {}


async def setter(name, value):
    tok = var.set(value)
    tokens[name] = tok
    print(name, 'set', var.get())
    await asyncio.sleep(0)
    print(name, 'after sleep', var.get())
    var.reset(tok)
    print(name, 'reset', var.get())
    await asyncio.sleep(0)
    tok2 = var.set(value + '!')
    tokens[name + '2'] = tok2
    await asyncio.sleep(0)
    return var.get()


async def reader(name):
    for _ in range(3):
        print(name, 'reads', var.get())
        await asyncio.sleep(0)


async def thief(name, victim):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        var.reset(tokens[victim])
    except ValueError as e:
        print(name, 'ValueError', 'different Context' in str(e))
    except RuntimeError as e:
        print(name, 'RuntimeError', 'used' in str(e))


async def main():
    print('main', var.get())
    t1 = asyncio.create_task(setter('a', 'A'))
    t2 = asyncio.create_task(reader('r'))
    t3 = asyncio.create_task(thief('t', 'a2'))
    print(await t1, await t2, await t3)
    print('main', var.get())
    tok = var.set('M')
    t4 = asyncio.create_task(reader('r2'))
    t5 = asyncio.create_task(setter('b', 'B'))
    await asyncio.gather(t4, t5)
    print('main', var.get())
    try:
        var.reset(tokens['b2'])
    except ValueError as e:
        print('main ValueError', 'different Context' in str(e))
    var.reset(tok)
    print('main', var.get())
    # A context given explicitly is used as it is (and cannot be entered twice).
    ctx = contextvars.copy_context()
    ctx.run(other.set, 'in ctx')
    t6 = asyncio.create_task(reader('r3'), context=ctx)
    await t6
    print(ctx.get(other), other.get('no other'))
    t7 = asyncio.create_task(asyncio.sleep(0), context=ctx)
    t8 = asyncio.create_task(asyncio.sleep(0), context=ctx)
    try:
        await asyncio.gather(t7, t8)
    except RuntimeError as e:
        print('RuntimeError', e.__class__.__name__)
    print(t7.done(), t8.done())


asyncio.run(main())
