// Limits a host sets on scripts: an uncatchable interrupt from another thread, a step
// budget, and a memory limit that scripts meet as MemoryError. After each, the interpreter
// must go on working.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "krait/krait.hpp"

namespace {

// Runs `source` in py while another thread interrupts it once the script has called
// started() (and `delay` has passed, for a script that must be inside a blocking call by
// then); returns what the host caught. The thread waits for the script.
std::string interrupt_while_running(krait::Interpreter& py, const std::string& source,
                                    std::chrono::milliseconds delay = std::chrono::milliseconds(0)) {
    std::atomic<bool> started{false};
    py.def("started", [&started] { started.store(true); });
    std::thread t([&] {
        while (!started.load()) std::this_thread::yield();
        std::this_thread::sleep_for(delay);
        py.interrupt();
    });
    std::string caught = "nothing";
    try {
        py.exec(source);
    } catch (const krait::BudgetExceeded& e) {
        caught = "BudgetExceeded";
    } catch (const krait::Interrupted& e) {
        caught = e.type_name() + ": " + e.message();
    } catch (const krait::Error& e) {
        caught = "Error " + e.type_name();
    }
    t.join();
    return caught;
}

const char* const kInterrupted = "Interrupted: interrupted by the host";

TEST(Interrupt, PassesEveryKindOfHandler) {
    const char* scripts[] = {
        "caught = 0\nstarted()\nwhile True:\n    try:\n        pass\n    except BaseException:\n        caught += 1\n",
        "caught = 0\nstarted()\nwhile True:\n    try:\n        pass\n    except:\n        caught += 1\n",
        "caught = 0\nstarted()\nwhile True:\n    try:\n        pass\n    except* BaseException:\n        caught += 1\n",
        "caught = 0\nclass Swallow:\n    def __enter__(self): return self\n"
        "    def __exit__(self, *exc):\n        global caught\n        caught += 1\n        return True\n"
        "started()\nwhile True:\n    with Swallow():\n        while True: pass\n",
        // A finally that would go on looping.
        "caught = 0\nstarted()\nwhile True:\n    try:\n        while True: pass\n    finally:\n        caught += 1\n        continue\n",
        // Deep in calls and a generator.
        "caught = 0\ndef gen():\n    while True:\n        try:\n            yield 1\n        except BaseException:\n            caught += 1\n"
        "def f(n):\n    try:\n        return f(n - 1) if n else sum(gen())\n    except BaseException:\n        global caught\n"
        "        caught += 1\n        return f(n)\nstarted()\nf(50)\n",
    };
    for (const char* source : scripts) {
        krait::Interpreter py;
        EXPECT_EQ(interrupt_while_running(py, source), kInterrupted) << source;
        // No handler ran on the way out, and the interpreter works as before.
        EXPECT_EQ(py.eval<int>("caught"), 0) << source;
        EXPECT_EQ(py.eval<int>("sum(range(10))"), 45);
        py.exec("try:\n    1/0\nexcept ZeroDivisionError:\n    handled = True\n");
        EXPECT_TRUE(py.eval<bool>("handled"));
    }
}

TEST(Interrupt, EndsBlockingWaits) {
    const char* scripts[] = {
        "import time\nstarted()\nwhile True:\n    try:\n        time.sleep(100000)\n    except BaseException:\n        pass\n",
        "import socket\na, b = socket.socketpair()\na.settimeout(100000)\nstarted()\na.recv(1)\n",
    };
    for (const char* source : scripts) {
        krait::Interpreter py;
        EXPECT_EQ(interrupt_while_running(py, source), kInterrupted) << source;
        EXPECT_EQ(py.eval<int>("2 + 2"), 4);
    }
}

// Scripts that keep running inside asyncio.run whatever happens, and call handled() in each
// of their handlers: on an interrupt asyncio.run's own way out (cancelling the tasks and
// letting them finish) cannot run, so the tasks and async generators are closed without it.
const char* const kAsyncioScripts[] = {
    // The main coroutine waiting.
    R"(import asyncio
async def main():
    started()
    while True:
        try:
            await asyncio.sleep(100000)
        except BaseException:
            handled()
asyncio.run(main())
)",
    // A task looping without waiting, and the main coroutine waiting for it.
    R"(import asyncio
async def spin():
    started()
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            handled()
async def main():
    t = asyncio.create_task(spin())
    try:
        await t
    except BaseException:
        handled()
asyncio.run(main())
)",
    // A TaskGroup of a spinning task and a waiting one.
    R"(import asyncio
async def spin():
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            handled()
async def wait():
    started()
    while True:
        try:
            await asyncio.sleep(1000)
        except BaseException:
            handled()
async def main():
    while True:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(spin())
                tg.create_task(wait())
        except BaseException:
            handled()
asyncio.run(main())
)",
    // gather().
    R"(import asyncio
async def spin(n):
    if n == 2:
        started()
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            handled()
async def main():
    while True:
        try:
            await asyncio.gather(*(spin(i) for i in range(4)))
        except BaseException:
            handled()
asyncio.run(main())
)",
    // An async generator whose finally would go on awaiting.
    R"(import asyncio
async def agen():
    try:
        while True:
            yield 1
            await asyncio.sleep(0.001)
    finally:
        handled()
        while True:
            try:
                await asyncio.sleep(0)
            except BaseException:
                handled()
async def main():
    started()
    async for x in agen():
        pass
asyncio.run(main())
)",
    // async with, whose __aexit__ would go on awaiting.
    R"(import asyncio
class Stubborn:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        handled()
        while True:
            try:
                await asyncio.sleep(0)
            except BaseException:
                handled()
async def main():
    async with Stubborn():
        started()
        while True:
            await asyncio.sleep(0.001)
asyncio.run(main())
)",
    // A callback that loops, and a done callback that does.
    R"(import asyncio
def runaway():
    started()
    while True:
        try:
            pass
        except BaseException:
            handled()
async def main():
    asyncio.get_running_loop().call_soon(runaway)
    while True:
        try:
            await asyncio.sleep(1)
        except BaseException:
            handled()
asyncio.run(main())
)",
    R"(import asyncio
def runaway(fut):
    started()
    while True:
        pass
async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(runaway)
    f.set_result(1)
    try:
        await asyncio.sleep(1000)
    finally:
        handled()
asyncio.run(main())
)",
    // asyncio.run's shutdown: a task that will not be cancelled, an async generator whose
    // finally will not end.
    R"(import asyncio
async def stubborn():
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            started()
async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
asyncio.run(main())
)",
    R"(import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        started()
        while True:
            try:
                await asyncio.sleep(0)
            except BaseException:
                handled()
async def main():
    global g
    g = agen()
    await g.__anext__()
asyncio.run(main())
)",
    // A Runner used directly.
    R"(import asyncio
async def main():
    started()
    while True:
        try:
            await asyncio.sleep(100)
        except BaseException:
            handled()
runner = asyncio.Runner()
runner.run(main())
)",
};

// What asyncio.run sets up for its run is given back: a later run works.
void expect_asyncio_usable(krait::Interpreter& py) {
    EXPECT_EQ(py.eval<int>("2 + 2"), 4);
    py.exec(R"(import asyncio, sys
hooks = tuple(sys.get_asyncgen_hooks())
running = asyncio._get_running_loop()
async def agen():
    yield 5
async def answer():
    await asyncio.sleep(0)
    async for x in agen():
        pass
    return x + await asyncio.create_task(asyncio.sleep(0, 37))
r = asyncio.run(answer())
)");
    EXPECT_EQ(py.eval<int>("r"), 42);
    EXPECT_TRUE(py.eval<bool>("hooks == (None, None) and running is None"));
    EXPECT_EQ(py.eval<int>("len([t for t in asyncio._asyncio._pending_tasks() if not t.get_loop().is_closed()])"), 0);
}

TEST(Interrupt, EndsBlockingSocketCalls) {
    // Sockets without a timeout: each call waits for readiness in slices. The socket works as
    // before afterwards.
    const char* scripts[] = {
        "a, b = socket.socketpair()\nstarted()\na.recv(1)\n",
        "a, b = socket.socketpair()\nbuf = bytearray(4)\nstarted()\na.recv_into(buf)\n",
        "a, b = socket.socketpair()\nstarted()\na.recv(4, socket.MSG_WAITALL)\n",
        // More than the buffers hold, and nobody reads.
        "a, b = socket.socketpair()\nstarted()\na.send(b'x' * (1 << 24))\n",
        "a, b = socket.socketpair()\nstarted()\na.sendall(b'x' * (1 << 24))\n",
        "a = socket.socket()\na.bind(('127.0.0.1', 0))\na.listen()\nstarted()\na.accept()\n",
        // A listener whose backlog is full lets the next connect wait.
        "a = socket.socket()\na.bind(('127.0.0.1', 0))\na.listen(0)\nfirst = socket.socket()\n"
        "first.connect(a.getsockname())\nb = socket.socket()\nstarted()\nb.connect(a.getsockname())\n",
    };
    for (const char* script : scripts) {
        krait::Interpreter py;
        py.exec("import socket");
        EXPECT_EQ(interrupt_while_running(py, script, std::chrono::milliseconds(100)), kInterrupted) << script;
        EXPECT_EQ(py.eval<int>("2 + 2"), 4);
        EXPECT_EQ(py.eval<std::string>("repr(a.gettimeout())"), "None") << script;
    }
    // A socketpair used after the interrupt of its recv.
    krait::Interpreter py;
    EXPECT_EQ(interrupt_while_running(py,
                                      "import socket\na, b = socket.socketpair()\nstarted()\n"
                                      "while True:\n    try:\n        a.recv(1)\n    except BaseException:\n"
                                      "        pass\n",
                                      std::chrono::milliseconds(100)),
              kInterrupted);
    py.exec("b.sendall(b'after')\ngot = a.recv(5)\n");
    EXPECT_EQ(py.eval<std::string>("got.decode()"), "after");
}

TEST(Interrupt, EndsAsyncioWaitsAndTasks) {
    for (const char* source : kAsyncioScripts) {
        int handled = 0;
        {
            krait::Interpreter py;
            py.def("handled", [&handled] { ++handled; });
            EXPECT_EQ(interrupt_while_running(py, source), kInterrupted) << source;
            // The run's tasks are gone, its loop is closed and no longer the current one.
            py.exec("import asyncio, gc\ngc.collect()");
            EXPECT_EQ(py.eval<int>("len(asyncio._asyncio._pending_tasks())"), 0) << source;
            EXPECT_TRUE(py.eval<bool>("asyncio.get_event_loop_policy()._loop is None")) << source;
            expect_asyncio_usable(py);
        }
        // No handler ran: not on the way out, not later, not when the interpreter went.
        EXPECT_EQ(handled, 0) << source;
    }
}

TEST(Interrupt, StepBudgetEndsAsyncioRun) {
    krait::Interpreter py;
    py.set_step_budget(100000);
    EXPECT_THROW(py.exec(R"(import asyncio
async def spin():
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            pass
async def main():
    await asyncio.gather(spin(), spin())
asyncio.run(main())
)"),
                 krait::BudgetExceeded);
    expect_asyncio_usable(py);
}

TEST(Interrupt, HostLoopRunsOnAfterAnInterruptedTask) {
    // A host driving its loop: the interrupted task ends (cancelled); the others go on.
    krait::Interpreter py;
    krait::EventLoop loop = py.event_loop();
    std::atomic<bool> started{false};
    py.def("started", [&started] { started.store(true); });
    py.exec(R"(import asyncio
log = []
async def runaway():
    await asyncio.sleep(0)
    started()
    while True:
        try:
            pass
        except BaseException:
            log.append('handled')
async def watcher(t):
    try:
        await t
    except asyncio.CancelledError:
        log.append('cancelled')
async def ticker():
    for i in range(3):
        await asyncio.sleep(0)
    return 'ticked'
)");
    krait::Future runaway = loop.create_task(py.global("runaway")());
    krait::Future watcher = loop.create_task(py.global("watcher")(runaway));
    krait::Future ticker = loop.create_task(py.global("ticker")());
    std::thread t([&] {
        while (!started.load()) std::this_thread::yield();
        py.interrupt();
    });
    EXPECT_THROW(
        {
            for (int i = 0; i < 10; ++i) loop.run_once();
        },
        krait::Interrupted);
    t.join();
    EXPECT_TRUE(runaway.cancelled());
    for (int i = 0; i < 10 && !(watcher.done() && ticker.done()); ++i) loop.run_once();
    EXPECT_TRUE(watcher.done());
    EXPECT_EQ(ticker.result<std::string>(), "ticked");
    EXPECT_EQ(py.eval<std::string>("repr(log)"), "['cancelled']");
    EXPECT_TRUE(py.eval<bool>("asyncio._get_running_loop() is None"));
    // py.run goes on with the same loop; asyncio.run works as well.
    py.exec("async def seven():\n    await asyncio.sleep(0)\n    return 7\n");
    EXPECT_EQ(py.run<int>(py.global("seven")()), 7);
    expect_asyncio_usable(py);
}

TEST(Interrupt, PassesThroughBoundFunctions) {
    // A host function that runs Python code itself: the stop goes through it and on out, even
    // when the function swallows the exception.
    krait::Interpreter py;
    std::atomic<bool> started{false};
    py.def("started", [&started] { started.store(true); });
    py.def("inner", [&py] {
        try {
            py.exec("while True: pass");
        } catch (const krait::Interrupted&) {
        }
    });
    std::thread t([&] {
        while (!started.load()) std::this_thread::yield();
        py.interrupt();
    });
    EXPECT_THROW(py.exec("started()\nwhile True:\n    try:\n        inner()\n    except BaseException:\n        pass\n"),
                 krait::Interrupted);
    t.join();
    EXPECT_EQ(py.eval<int>("3 * 3"), 9);
}

TEST(Interrupt, WhenNothingRunsHasNoEffect) {
    krait::Interpreter py;
    py.interrupt();
    EXPECT_EQ(py.eval<int>("sum(i for i in range(100))"), 4950);
}

TEST(KeyboardInterrupt, IsAnOrdinaryException) {
    krait::Interpreter py;
    std::atomic<bool> started{false};
    py.def("started", [&started] { started.store(true); });
    std::thread t([&] {
        while (!started.load()) std::this_thread::yield();
        py.keyboard_interrupt();
    });
    py.exec("try:\n    started()\n    while True: pass\nexcept KeyboardInterrupt as e:\n    result = repr(e)\n");
    t.join();
    EXPECT_EQ(py.eval<std::string>("result"), "KeyboardInterrupt()");
    // Uncaught, it reaches the host as the Python exception it is.
    py.keyboard_interrupt();
    try {
        py.exec("while True: pass");
        FAIL() << "not interrupted";
    } catch (const krait::Interrupted&) {
        FAIL() << "a KeyboardInterrupt is not a stop";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "KeyboardInterrupt");
    }
}

TEST(StepBudget, StopsLikeAnInterrupt) {
    krait::Interpreter py;
    py.set_step_budget(1000);
    try {
        py.exec("n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n");
        FAIL() << "not stopped";
    } catch (const krait::BudgetExceeded& e) {
        EXPECT_EQ(e.type_name(), "BudgetExceeded");
        EXPECT_EQ(e.message(), "step budget exhausted");
    }
    // One step per iteration of the loop (its back edge): the budget bounds the count.
    int n = py.eval<int>("n");
    EXPECT_LE(n, 1000);
    EXPECT_GE(n, 990);
    // Used up, the budget is gone.
    py.exec("for i in range(100000): pass");
}

TEST(StepBudget, CountsCallsAndIsShared) {
    krait::Interpreter::Config config;
    config.step_budget = 500;
    krait::Interpreter py(config);
    py.exec("calls = 0\ndef f():\n    global calls\n    calls += 1\n");
    // Each call is a step; the budget is shared by the runs until it is used up.
    py.exec("for i in range(100): f()");  // 200 steps: 100 calls, 100 iterations
    EXPECT_THROW(py.exec("while True: f()"), krait::BudgetExceeded);
    int calls = py.eval<int>("calls");
    EXPECT_GE(calls, 240);
    EXPECT_LE(calls, 251);
    // A budget set again applies to what runs next, and a large one is no limit on small code.
    py.set_step_budget(1000000);
    EXPECT_EQ(py.eval<int>("sum(range(1000))"), 499500);
    py.set_step_budget(0);
    py.exec("for i in range(2000000): pass");
}

krait::Interpreter::Config limited(size_t bytes) {
    krait::Interpreter::Config config;
    config.memory_limit = bytes;
    return config;
}

TEST(MemoryLimit, RaisesCatchableMemoryError) {
#ifdef KRAIT_GC_STRESS
    // Growing the heap to 32 MB one object at a time, with a full collection at every
    // allocation, is quadratic: hours. The other MemoryLimit tests run in that build.
    GTEST_SKIP() << "fills a 32 MB heap object by object";
#endif
    krait::Interpreter py(limited(32 << 20));
    const char* attempts[] = {
        "[0] * 10**9",
        "'x' * 10**10",
        "'x' * (64 << 20)",
        "b'x' * (64 << 20)",
        "l = []\nwhile True:\n    l.append('x' * 1000)",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1",
        "l = [[i] for i in range(10**8)]",
        "s = set(range(10**8))",
        "'-'.join(str(i) for i in range(10**8))",
    };
    for (const char* code : attempts) {
        py.exec(std::string("try:\n    exec(") + "'''" + code + "''')\n    result = 'no error'\n"
                "except MemoryError as e:\n    result = type(e).__name__\n    l = d = s = None\n");
        EXPECT_EQ(py.eval<std::string>("result"), "MemoryError") << code;
        // Still working, with the limit still set: the garbage goes at the next collection.
        py.exec("x = [str(i) for i in range(10000)]\n");
        EXPECT_EQ(py.eval<int>("len(''.join(x))"), 38890) << code;
    }
}

TEST(MemoryLimit, UncaughtReachesTheHostAndGarbageDoesNotCount) {
    krait::Interpreter py(limited(32 << 20));
    try {
        py.exec("x = [0] * 10**9");
        FAIL() << "no MemoryError";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "MemoryError");
    }
    // Much more than the limit over time, little at a time: collections keep up.
    py.exec("total = 0\nfor i in range(2000):\n    block = [i] * 10000\n    total += len(block)\n");
    EXPECT_EQ(py.eval<int>("total"), 20000000);
    // Deep recursion within the limit.
    py.exec("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\ndepth = f(900)\n");
    EXPECT_EQ(py.eval<int>("depth"), 900);
    // The limit can be lifted.
    py.set_memory_limit(0);
    py.exec("big = [0] * (8 << 20)");
    EXPECT_EQ(py.eval<int>("len(big)"), 8 << 20);
}

TEST(MemoryLimit, RepeatedFailuresLeaveNoDebris) {
    krait::Interpreter py(limited(16 << 20));
    py.exec("n = 0\nfor i in range(200):\n    try:\n        x = 'y' * (32 << 20)\n    except MemoryError:\n"
            "        n += 1\n");
    EXPECT_EQ(py.eval<int>("n"), 200);
    // Failing while nearly full: the MemoryError itself and its traceback still get made.
    py.exec("keep = []\ntry:\n    while True:\n        keep.append([0] * 1000)\nexcept MemoryError as e:\n"
            "    kind = type(e).__name__\n    keep = None\n");
    EXPECT_EQ(py.eval<std::string>("kind"), "MemoryError");
    EXPECT_EQ(py.eval<int>("len([0] * 1000)"), 1000);
}

TEST(MemoryLimit, CountsBigIntegers) {
    // A big int's digits are memory like any other: past the limit, MemoryError, and at once
    // when the result is sure not to fit (10 ** 10 ** 8 would otherwise compute for minutes).
    krait::Interpreter py(limited(32 << 20));
    const char* attempts[] = {
        "2 ** (1 << 28)",
        "10 ** 10 ** 8",
        "1 << (1 << 28)",
        "x = 1 << 60_000_000\ny = x * x * x",
        "l = []\nwhile True:\n    l.append((1 << 1_000_000) + len(l))",
        "int('9' * 4000) ** 100_000",
    };
    for (const char* code : attempts) {
        py.exec(std::string("try:\n    exec(") + "'''" + code + "''')\n    result = 'no error'\n"
                "except MemoryError as e:\n    result = type(e).__name__\n    l = x = y = None\n");
        EXPECT_EQ(py.eval<std::string>("result"), "MemoryError") << code;
        // Big ints that fit still work, and the failed ones' memory comes back.
        py.exec("n = (3 ** 1_000_000).bit_length()\n");
        EXPECT_EQ(py.eval<int>("n"), 1584963) << code;
    }
    // Many big ints over time, few at once: collections free their digits.
    py.exec("total = 0\nfor i in range(500):\n    total += ((1 << 4_000_000) + i).bit_length()\n");
    EXPECT_EQ(py.eval<int>("total"), 500 * 4000001);
}

}  // namespace
