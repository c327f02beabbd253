# asyncio.run shutdown: leftover tasks are cancelled (and awaited, so their finally
# blocks run) after main returns; async generators left suspended are finalized by
# shutdown_asyncgens after that; a leftover task raising during shutdown goes to
# the exception handler. (Leftover tasks are cancelled in all_tasks() set order,
# so per-task logs are printed grouped, not interleaved.)
import asyncio

events = []

async def sleeper(name):
    try:
        events.append((name, 'started'))
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append((name, 'got CancelledError'))
        raise
    finally:
        events.append((name, 'finally'))

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append(('stubborn', 'raising ValueError instead'))
        raise ValueError('from stubborn')

async def agen():
    try:
        events.append(('agen', 'start'))
        yield 1
        yield 2
    finally:
        events.append(('agen', 'finally (aclose)'))

keep = []
tasks = []

def handler(loop, ctx):
    events.append(('handler', ctx['message']))
    print('handler:', ctx['message'], '|', type(ctx['exception']).__name__,
          ctx['exception'], '| keys', sorted(ctx))

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    tasks.append(asyncio.create_task(sleeper('A')))
    tasks.append(asyncio.create_task(sleeper('B')))
    tasks.append(asyncio.create_task(stubborn()))
    g = agen()
    keep.append(g)  # strong reference: only shutdown_asyncgens finalizes it
    print('agen first value', await g.__anext__())
    await asyncio.sleep(0)
    events.append(('main', 'returning'))
    return 'main result'

print(asyncio.run(main()))
for who in ('A', 'B', 'stubborn', 'agen', 'handler', 'main'):
    print(who, [what for w, what in events if w == who])
pos = {w + ':' + what: i for i, (w, what) in enumerate(events)}
print('main returned before cancellations:',
      pos['main:returning'] < min(pos['A:got CancelledError'], pos['B:got CancelledError']))
print('tasks finished before agen finalized:',
      max(pos['A:finally'], pos['B:finally'], pos['stubborn:raising ValueError instead'])
      < pos['agen:finally (aclose)'])
print('handler called before agen finalized:',
      pos['handler:unhandled exception during asyncio.run() shutdown'] < pos['agen:finally (aclose)'])
print('task states:', [(t.cancelled(), t.done()) for t in tasks])
print('stubborn exception:', repr(tasks[2].exception()))
