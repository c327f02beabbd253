# Task.get_stack() and Task.print_stack(): the frames of a suspended task (innermost last,
# limit keeps the innermost), of a failed task (its traceback, limit keeps the outermost),
# and "No stack for" a cancelled task; print_stack writes to sys.stderr unless given file.
import asyncio
import sys



class Out:
    # Tracebacks name this file; keep only its base name, as Krait and CPython spell the
    # script's path differently.
    def write(self, text):
        sys.__stdout__.write(text.replace(__file__, __file__.rsplit('/', 1)[-1]))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = sys.stderr = Out()


async def lvl2(ev):
    await ev.wait()
    raise ValueError('deep')


async def lvl1(ev):
    await lvl2(ev)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(lvl1(ev))
    print('before start:', [f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0)
    print('suspended:', [f.f_code.co_name for f in t.get_stack()])
    print('limit=1:', [f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack()
    ev.set()
    await asyncio.sleep(0)
    print('failed:', [f.f_code.co_name for f in t.get_stack()])
    print('limit=1:', [f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=1)
    t.exception()

    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print('cancelled:', c.get_stack())
    try:
        t.get_stack(1)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
