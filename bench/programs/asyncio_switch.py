"""Task switches through `await asyncio.sleep(0)`: a few tasks take turns on the event
loop, each step doing a little arithmetic, so the figure is dominated by the cost of
suspending a task, queueing its next step and resuming it.

Usage: asyncio_switch.py [N]    N is the number of switches per task (default 150000).
The last line printed is a checksum.
"""
import asyncio
import sys

TASKS = 4


async def worker(k, n, acc):
    x = k
    for i in range(n):
        x = (x * 31 + i) % 1000003
        await asyncio.sleep(0)
    acc.append(x)


async def main(n):
    acc = []
    await asyncio.gather(*(worker(k, n, acc) for k in range(TASKS)))
    return sum(acc) % 1000003


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
print(asyncio.run(main(n)))
