"""A task scheduler simulation in the spirit of the Richards benchmark (an
original design, not a port): a kernel runs prioritized processes that talk
through linked-list mailboxes. Producers create jobs, a dispatcher balances
them across workers, workers compute on the payload and sometimes ask a
simulated disk for I/O (which sleeps for some ticks before replying), and a
collector gathers the results. Exercises method dispatch, attribute access,
small objects and linked lists.

Usage: scheduler.py [N]    N is the number of jobs per producer (default 30000).
The last line printed is a checksum.
"""
import sys

READY = 0
BLOCKED = 1
SLEEPING = 2
DONE = 3


class Message:
    def __init__(self, sender, kind, payload):
        self.sender = sender
        self.kind = kind
        self.payload = payload
        self.link = None


class Mailbox:
    def __init__(self):
        self.head = None
        self.tail = None
        self.count = 0

    def put(self, msg):
        msg.link = None
        if self.tail is None:
            self.head = msg
        else:
            self.tail.link = msg
        self.tail = msg
        self.count += 1

    def take(self):
        msg = self.head
        self.head = msg.link
        if self.head is None:
            self.tail = None
        self.count -= 1
        return msg


class Process:
    def __init__(self, kernel, name, priority):
        self.kernel = kernel
        self.name = name
        self.priority = priority
        self.state = READY
        self.wake_at = 0
        self.mailbox = Mailbox()
        self.steps = 0
        kernel.add(self)

    def send(self, target, kind, payload):
        target.mailbox.put(Message(self, kind, payload))
        self.kernel.messages += 1
        if target.state == BLOCKED:
            target.state = READY

    def sleep(self, ticks):
        self.state = SLEEPING
        self.wake_at = self.kernel.time + ticks

    def receive(self):
        # Take the next message, or block (returning None) when there is none.
        if self.mailbox.count == 0:
            self.state = BLOCKED
            return None
        return self.mailbox.take()

    def step(self):
        raise NotImplementedError


class Producer(Process):
    def __init__(self, kernel, name, priority, dispatcher, seed, interval, quota):
        super().__init__(kernel, name, priority)
        self.dispatcher = dispatcher
        self.seed = seed
        self.interval = interval
        self.quota = quota
        self.produced = 0

    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed >> 9

    def step(self):
        if self.produced == self.quota:
            self.state = DONE
            return
        size = 4 + self.rand() % 9
        payload = []
        for _ in range(size):
            payload.append(self.rand() % 1000)
        self.send(self.dispatcher, "job", payload)
        self.produced += 1
        self.sleep(1 + self.rand() % self.interval)


class Dispatcher(Process):
    def __init__(self, kernel, name, priority):
        super().__init__(kernel, name, priority)
        self.workers = []
        self.routed = 0

    def step(self):
        msg = self.receive()
        if msg is None:
            return
        best = self.workers[0]
        best_load = best.load()
        for w in self.workers:
            load = w.load()
            if load < best_load:
                best = w
                best_load = load
        self.routed += 1
        self.send(best, msg.kind, msg.payload)


class Worker(Process):
    def __init__(self, kernel, name, priority, disk, collector):
        super().__init__(kernel, name, priority)
        self.disk = disk
        self.collector = collector
        self.done = 0

    def load(self):
        busy = 1 if self.state == SLEEPING else 0
        return self.mailbox.count * 2 + busy

    def step(self):
        msg = self.receive()
        if msg is None:
            return
        if msg.kind == "job":
            h = 17
            for x in msg.payload:
                h = (h * 31 + x) % 65521
            if h % 3 == 0:
                self.send(self.disk, "read", [h, len(msg.payload)])
            else:
                self.send(self.collector, "result", [h])
                self.done += 1
            # Computing takes time proportional to the payload.
            self.sleep(1 + len(msg.payload) // 3)
        elif msg.kind == "data":
            self.send(self.collector, "result", [msg.payload[0] ^ 0x5A5A])
            self.done += 1


class Disk(Process):
    def __init__(self, kernel, name, priority, latency):
        super().__init__(kernel, name, priority)
        self.latency = latency
        self.current = None
        self.reads = 0

    def step(self):
        if self.current is not None:
            req = self.current
            self.current = None
            self.reads += 1
            self.send(req.sender, "data", [req.payload[0] + req.payload[1]])
            return
        msg = self.receive()
        if msg is None:
            return
        self.current = msg
        self.sleep(self.latency + msg.payload[1] % 3)


class Collector(Process):
    def __init__(self, kernel, name, priority):
        super().__init__(kernel, name, priority)
        self.total = 0
        self.results = 0

    def step(self):
        msg = self.receive()
        if msg is None:
            return
        self.results += 1
        self.total = (self.total * 7 + msg.payload[0] + self.kernel.time % 13) % 1000000007


class Kernel:
    def __init__(self):
        self.processes = []
        self.time = 0
        self.messages = 0
        self.switches = 0
        self.idle_ticks = 0

    def add(self, proc):
        # Keep the list ordered by descending priority (stable for equal ones).
        i = 0
        while i < len(self.processes) and self.processes[i].priority >= proc.priority:
            i += 1
        self.processes.insert(i, proc)

    def pick(self):
        for p in self.processes:
            if p.state == READY:
                return p
            if p.state == SLEEPING and p.wake_at <= self.time:
                p.state = READY
                return p
        return None

    def run(self):
        while True:
            p = self.pick()
            if p is None:
                sleeping = False
                for q in self.processes:
                    if q.state == SLEEPING:
                        sleeping = True
                if not sleeping:
                    return
                self.idle_ticks += 1
            else:
                p.step()
                p.steps += 1
                self.switches += 1
            self.time += 1


def main():
    quota = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    kernel = Kernel()
    collector = Collector(kernel, "collector", 10)
    disk = Disk(kernel, "disk", 50, 4)
    dispatcher = Dispatcher(kernel, "dispatcher", 40)
    for i in range(4):
        dispatcher.workers.append(Worker(kernel, f"worker{i}", 30 - i, disk, collector))
    producers = []
    for i in range(3):
        producers.append(Producer(kernel, f"producer{i}", 60 - i, dispatcher, 7 + i * 1000, 24 + 8 * i, quota))
    kernel.run()
    print("time", kernel.time, "switches", kernel.switches, "idle", kernel.idle_ticks)
    print("messages", kernel.messages, "reads", disk.reads, "results", collector.results)
    steps = []
    for p in kernel.processes:
        steps.append(f"{p.name}:{p.steps}")
    print(" ".join(steps))
    print("checksum", collector.total, kernel.messages + kernel.switches)


main()
