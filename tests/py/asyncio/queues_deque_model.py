# A Queue subclass that works on self._queue as a deque (appendleft, pop, remove, indexing,
# in, len, iteration) through a long pseudo-random sequence of operations, checked
# against a list.
import asyncio


class Deck(asyncio.Queue):
    def _put(self, item):
        if item % 3 == 0:
            self._queue.appendleft(item)
        else:
            self._queue.append(item)

    def _get(self):
        if len(self._queue) % 2:
            return self._queue.pop()
        return self._queue.popleft()


async def main():
    q = Deck()
    model = []
    seed = 12345
    n = 0
    mismatches = 0
    trace = []
    for step in range(3000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = seed % 9
        if op < 4:
            await q.put(n)
            if n % 3 == 0:
                model.insert(0, n)
            else:
                model.append(n)
            n += 1
        elif op < 6 and model:
            item = await q.get()
            want = model.pop() if len(model) % 2 else model.pop(0)
            mismatches += item != want
        elif op == 6 and model:
            victim = model[seed // 16 % len(model)]
            q._queue.remove(victim)
            model.remove(victim)
        elif op == 7 and model:
            i = seed // 16 % (2 * len(model)) - len(model)
            mismatches += q._queue[i] != model[i]
            mismatches += (model[0] in q._queue) is not True
        if list(q._queue) != model or len(q._queue) != len(model) or q.qsize() != len(model):
            mismatches += 1
        if step % 500 == 0:
            trace.append(len(model))
    print('mismatches:', mismatches, 'sizes:', trace, 'final:', len(model))
    print(list(q._queue)[:10], bool(q._queue), q.empty())
    try:
        q._queue.remove(-1)
    except ValueError:
        print('ValueError on a missing item')
    while not q.empty():
        q.get_nowait()
    try:
        q._queue.pop()
    except IndexError as e:
        print('IndexError', e)
    try:
        q._queue[0]
    except IndexError as e:
        print('IndexError', e)


asyncio.run(main())
