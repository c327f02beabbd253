"""asyncio.gather of 10,000 tasks, several rounds: each task awaits a shared future
that is resolved once all are started, then returns a value; gather collects the
results in order. Measures creating tasks, blocking them on a future, waking them all
and collecting their results.

Usage: asyncio_gather.py [ROUNDS]    (default 12 rounds of 10,000 tasks).
The last line printed is a checksum.
"""
import asyncio
import sys

TASKS = 10000


async def job(i, gate):
    await gate
    return i * i % 997


async def round_(loop):
    gate = loop.create_future()
    pending = asyncio.gather(*(job(i, gate) for i in range(TASKS)))
    await asyncio.sleep(0)
    gate.set_result(None)
    results = await pending
    return sum(results)


async def main(rounds):
    loop = asyncio.get_running_loop()
    total = 0
    for _ in range(rounds):
        total = (total + await round_(loop)) % 1000003
    return total


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
print(asyncio.run(main(rounds)))
