// The event loop as a host drives it (the embedding API builds on this): one iteration at a
// time without blocking, and when the loop next has work. CPython has no such methods, so
// these are unit tests rather than scripts with CPython's output.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tests/unit/script_fixture.hpp"

namespace krait {
namespace {

double number(ScriptFixture& f, const char* expr) {
    Value v = f.eval(expr);
    if (v.is_error()) {
        ADD_FAILURE() << f.raised() << " from: " << expr;
        return -1;
    }
    return v.is_int() ? static_cast<double>(v.as_int()) : v.as_double();
}

TEST(AsyncioHost, RunsOneIterationAtATime) {
    ScriptFixture f;
    f.exec(
        "import asyncio\n"
        "log = []\n"
        "loop = asyncio.new_event_loop()\n"
        "async def job():\n"
        "    log.append('start')\n"
        "    await asyncio.sleep(0)\n"
        "    log.append('after sleep(0)')\n"
        "    await asyncio.sleep(0.05)\n"
        "    log.append('after timer')\n"
        "    return 7\n"
        "task = loop.create_task(job())\n");
    // The task's first step is ready: the loop has work now.
    EXPECT_TRUE(f.eval("loop.next_deadline() <= loop.time()").is_true());
    f.exec("loop.run_once()");
    EXPECT_EQ(f.str(f.global("log")), "['start']");
    f.exec("loop.run_once()");
    EXPECT_EQ(f.str(f.global("log")), "['start', 'after sleep(0)']");
    // Now only the timer is left: it is due about 50 ms from now, and an iteration with the
    // default timeout of 0 returns at once without running anything.
    double due = number(f, "loop.next_deadline() - loop.time()");
    EXPECT_GT(due, 0.0);
    EXPECT_LE(due, 0.05);
    auto start = std::chrono::steady_clock::now();
    f.exec("loop.run_once()");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(40));
    EXPECT_EQ(f.str(f.global("log")), "['start', 'after sleep(0)']");
    EXPECT_TRUE(f.eval("not task.done() and not loop.is_running()").is_true());
    // The host sleeps until the deadline, then the iterations finish the task.
    std::this_thread::sleep_for(std::chrono::duration<double>(number(f, "loop.next_deadline() - loop.time()")));
    f.exec("for _ in range(3): loop.run_once()");
    EXPECT_EQ(f.str(f.global("log")), "['start', 'after sleep(0)', 'after timer']");
    EXPECT_EQ(f.str(f.eval("task.result()")), "7");
    EXPECT_TRUE(f.eval("loop.next_deadline()").is_none());
    f.exec("loop.close()");
}

TEST(AsyncioHost, TimeoutBoundsTheWait) {
    ScriptFixture f;
    f.exec(
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "fired = []\n"
        "loop.call_later(0.02, fired.append, 1)\n"
        "loop.run_once(timeout=1)\n");
    // With room to wait, the iteration waited for the timer and ran it.
    EXPECT_EQ(f.str(f.global("fired")), "[1]");
    f.exec(
        "inside = []\n"
        "loop.call_soon(lambda: inside.append((asyncio.get_running_loop() is loop, loop.is_running())))\n"
        "loop.run_once()\n"
        "loop.close()\n");
    EXPECT_EQ(f.str(f.global("inside")), "[(True, True)]");
}

}  // namespace
}  // namespace krait
