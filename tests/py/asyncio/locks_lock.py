# asyncio.Lock: acquire/release/locked, async with, FIFO wake-up order, strict
# fairness (a newcomer cannot barge past a woken waiter), RuntimeError on
# releasing an unlocked lock, cancelled waiters are skipped.
import asyncio

def state(lock):
    r = repr(lock)
    return r[r.index('['):]

async def main():
    lock = asyncio.Lock()
    print('locked?', lock.locked(), state(lock))
    print('acquire ->', await lock.acquire())
    print('locked?', lock.locked(), state(lock))
    lock.release()
    print('released; locked?', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    order = []
    async def worker(name):
        order.append(name + ' wants')
        async with lock:
            order.append(name + ' holds')
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            order.append(name + ' releases')
    await asyncio.gather(*(worker(n) for n in 'ABCD'))
    print(order)

    # waiters listed in repr
    await lock.acquire()
    ts = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print('with waiters:', state(lock))
    lock.release()
    # a newcomer arriving right after release must queue behind the woken waiter
    log = []
    async def newcomer():
        log.append('newcomer trying')
        await lock.acquire()
        log.append('newcomer acquired')
        lock.release()
    nc = asyncio.create_task(newcomer())
    await ts[0]
    log.append('first waiter acquired')
    lock.release()
    await ts[1]
    log.append('second waiter acquired')
    lock.release()
    await nc
    print(log)

    # cancelled waiter is skipped
    await lock.acquire()
    log = []
    async def waiter(name):
        try:
            async with lock:
                log.append(name + ' got lock')
        except asyncio.CancelledError:
            log.append(name + ' cancelled')
            raise
    w1 = asyncio.create_task(waiter('w1'))
    w2 = asyncio.create_task(waiter('w2'))
    w3 = asyncio.create_task(waiter('w3'))
    await asyncio.sleep(0)
    w2.cancel()
    lock.release()
    await asyncio.gather(w1, w2, w3, return_exceptions=True)
    print(log, 'locked at end?', lock.locked())

    # async with releases on exception
    try:
        async with lock:
            raise ValueError('inside')
    except ValueError:
        print('after exception, locked?', lock.locked())

    # acquire on a free lock does not yield to the loop
    seq = []
    asyncio.get_running_loop().call_soon(seq.append, 'callback')
    await lock.acquire()
    seq.append('acquired')
    lock.release()
    await asyncio.sleep(0)
    print(seq)

asyncio.run(main())
