# A tiny round-robin scheduler driving several coroutines (no asyncio).
class Sleep:
    def __await__(self):
        yield 'sleep'
class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print('  finished', name, '->', e.value)
            else:
                self.ready.append((name, coro))
async def task(name, steps):
    total = 0
    for i in range(steps):
        print(f'  {name} step {i}')
        total += i
        await Sleep()
    return total
async def parent():
    a = await task('child-a', 2)
    b = await task('child-b', 1)
    return a + b
s = Scheduler()
s.spawn('t1', task('t1', 3))
s.spawn('t2', task('t2', 2))
s.spawn('parent', parent())
s.run()
print(s.results)
class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Sleep()
        return self.items.pop(0)
    def put(self, item):
        self.items.append(item)
q = Queue()
async def producer():
    for i in range(3):
        print('  put', i)
        q.put(i)
        await Sleep()
        await Sleep()
    q.put(None)
    return 'produced'
async def consumer():
    got = []
    while (item := await q.get()) is not None:
        print('  got', item)
        got.append(item)
    return got
s = Scheduler()
s.spawn('consumer', consumer())
s.spawn('producer', producer())
s.run()
print(s.results)
