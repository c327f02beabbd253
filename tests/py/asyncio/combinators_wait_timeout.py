# asyncio.wait(timeout=...): returns (done, pending) without raising or cancelling
# on timeout; timeout=0 polls; wait_for vs wait difference.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in
          (('quick', 0.01), ('slow', 10), ('slower', 20))]
    await asyncio.sleep(0)  # let the tasks start (register their timers) first
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print('done', names(done), 'pending', names(pending))
    print('pending not cancelled:', [t.cancelled() for t in ts[1:]])
    done, pending = await asyncio.wait(ts, timeout=0)
    print('timeout=0 poll: done', names(done), 'pending', names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print('after cancel: done', names(done), 'cancelled', sorted(t.get_name() for t in done if t.cancelled()))

    t = asyncio.create_task(job('fast', 0), name='fast')
    done, pending = await asyncio.wait([t], timeout=10)
    print('finished before timeout:', names(done), names(pending))

asyncio.run(main())
