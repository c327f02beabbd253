# current_task() inside tasks and callbacks, all_tasks() contents (pending only),
# current_task() outside a running loop raises, passing loop= explicitly.
import asyncio

async def child(ev):
    me = asyncio.current_task()
    print('child current is itself:', me is holder[0])
    await ev.wait()

holder = []

async def main():
    main_task = asyncio.current_task()
    print('main current:', main_task.get_name())
    ev = asyncio.Event()
    t = asyncio.create_task(child(ev), name='child')
    holder.append(t)
    tasks = asyncio.all_tasks()
    print('all_tasks:', sorted(x.get_name() for x in tasks), type(tasks).__name__)
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    print('current_task(loop):', asyncio.current_task(loop) is main_task)
    print('all_tasks(loop) size:', len(asyncio.all_tasks(loop)))
    loop.call_soon(lambda: print('in callback current_task:', asyncio.current_task()))
    await asyncio.sleep(0)
    ev.set()
    await t
    print('after child done:', sorted(x.get_name() for x in asyncio.all_tasks()))
    done_task = asyncio.create_task(asyncio.sleep(0), name='soon-done')
    await done_task
    print('done task not listed:', 'soon-done' not in {x.get_name() for x in asyncio.all_tasks()})

asyncio.run(main())

try:
    asyncio.current_task()
except RuntimeError as e:
    print('outside loop current_task:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('outside loop all_tasks:', e)
loop = asyncio.new_event_loop()
print('current_task(loop) of idle loop:', asyncio.current_task(loop))
print('all_tasks(idle loop):', asyncio.all_tasks(loop))
loop.close()
