# A task whose exception nobody retrieved is reported (through the default handler) as
# asyncio.run() finishes, before run() returns: CPython frees the task when the main
# coroutine's frame goes.
import asyncio
import sys

async def fail(msg):
    raise ValueError(msg)


class Out:
    # The report names this file; keep only its base name, as Krait and CPython spell
    # the script's path differently.
    def write(self, text):
        sys.__stdout__.write(text.replace(__file__, __file__.rsplit('/', 1)[-1]))

    def flush(self):
        sys.__stdout__.flush()


async def main():
    t = asyncio.create_task(fail('never retrieved'))
    await asyncio.sleep(0)
    print('main ends')


sys.stderr = Out()
asyncio.run(main())
print('after run')
