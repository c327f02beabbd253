// Async with the host: running coroutines to completion, driving the loop one iteration at a
// time, and futures the host resolves while scripts await them.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "krait/krait.hpp"

namespace {

// An interpreter whose print() output is collected.
struct Host {
    std::string out;
    krait::Interpreter py{config()};

    krait::Interpreter::Config config() {
        krait::Interpreter::Config c;
        c.out = [this](std::string_view s) { out += s; };
        return c;
    }
};

TEST(Async, RunsACoroutineToCompletion) {
    krait::Interpreter py;
    py.exec(
        "import asyncio\n"
        "async def twice(n):\n"
        "    await asyncio.sleep(0.001)\n"
        "    return n * 2\n"
        "async def main(n):\n"
        "    a, b = await asyncio.gather(twice(n), twice(n + 1))\n"
        "    return [a, b]\n");
    EXPECT_EQ(py.run<int>(py.global("twice")(21)), 42);
    EXPECT_EQ(py.run<std::vector<int>>(py.global("main")(1)), (std::vector<int>{2, 4}));
    // The loop stays usable: a second run on the same loop.
    EXPECT_EQ(py.run<int>(py.global("twice")(5)), 10);
}

TEST(Async, ExceptionsOfACoroutineReachTheHost) {
    krait::Interpreter py;
    py.exec(
        "import asyncio\n"
        "async def fails():\n"
        "    await asyncio.sleep(0)\n"
        "    raise ValueError('bad level')\n",
        "game.py");
    try {
        py.run(py.global("fails")());
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "ValueError");
        EXPECT_EQ(e.message(), "bad level");
        EXPECT_NE(std::string(e.traceback()).find("File \"game.py\", line 4, in fails"), std::string::npos)
            << e.traceback();
    }
    // run() wants an awaitable.
    try {
        py.run(py.object(3));
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "TypeError");
        EXPECT_EQ(e.message(), "An asyncio.Future, a coroutine or an awaitable is required");
    }
}

TEST(Async, TheHostDrivesTheLoopOneIterationAtATime) {
    Host h;
    krait::Interpreter& py = h.py;
    krait::EventLoop loop = py.event_loop();
    py.exec(
        "import asyncio\n"
        "frames = 0\n"
        "async def animate():\n"
        "    global frames\n"
        "    while frames < 3:\n"
        "        frames += 1\n"
        "        await asyncio.sleep(0)\n"
        "    return 'done'\n");
    // Nothing scheduled: no work due.
    EXPECT_EQ(loop.next_due(), std::nullopt);
    krait::Future task = loop.create_task(py.global("animate")());
    EXPECT_EQ(loop.next_due(), std::optional<double>(0.0));  // the task's first step is ready
    EXPECT_EQ(py.eval<int>("frames"), 0);
    for (int frame = 1; frame <= 3; ++frame) {
        loop.run_once();
        EXPECT_EQ(py.eval<int>("frames"), frame);
    }
    EXPECT_FALSE(task.done());
    loop.run_once();
    ASSERT_TRUE(task.done());
    EXPECT_EQ(task.result<std::string>(), "done");
    EXPECT_EQ(loop.next_due(), std::nullopt);
    // The script's asyncio sees the host's loop.
    EXPECT_TRUE(py.eval("asyncio.get_event_loop()").is(loop));
}

TEST(Async, NextDueIsTheWaitForTheEarliestTimer) {
    krait::Interpreter py;
    krait::EventLoop loop = py.event_loop();
    py.exec(
        "import asyncio\n"
        "async def nap(s):\n"
        "    await asyncio.sleep(s)\n"
        "    return s\n");
    krait::Future slow = loop.create_task(py.global("nap")(1000));
    krait::Future fast = loop.create_task(py.global("nap")(0.01));
    loop.run_once();  // both start and sleep
    std::optional<double> due = loop.next_due();
    ASSERT_TRUE(due.has_value());
    EXPECT_GT(*due, 0.0);
    EXPECT_LE(*due, 0.01);
    // Waiting for the timer: run_once(-1) blocks until there is work, so this ends without
    // spinning however slow the machine is.
    int iterations = 0;
    while (!fast.done() && iterations < 10) loop.run_once(-1), ++iterations;
    EXPECT_TRUE(fast.done());
    EXPECT_EQ(fast.result<double>(), 0.01);
    EXPECT_FALSE(slow.done());
    due = loop.next_due();
    ASSERT_TRUE(due.has_value());
    EXPECT_GT(*due, 900.0);
    EXPECT_TRUE(slow.cancel());
    loop.run_once();
    EXPECT_TRUE(slow.cancelled());
}

TEST(Async, ScriptsAwaitFuturesTheHostResolves) {
    Host h;
    krait::Interpreter& py = h.py;
    krait::EventLoop loop = py.event_loop();
    std::vector<std::pair<std::string, krait::Future>> requests;
    py.def("load", [&](std::string name) {
        krait::Future f = loop.create_future();
        requests.emplace_back(name, f);
        return f;
    });
    py.exec(
        "import asyncio\n"
        "async def level(name):\n"
        "    try:\n"
        "        data = await load(name)\n"
        "        print(name, 'loaded', data)\n"
        "    except TimeoutError as e:\n"
        "        print(name, 'timed out:', e)\n"
        "    except asyncio.CancelledError as e:\n"
        "        print(name, 'cancelled', e.args)\n"
        "        raise\n");
    krait::Future a = loop.create_task(py.global("level")("a"));
    krait::Future b = loop.create_task(py.global("level")("b"));
    krait::Future c = loop.create_task(py.global("level")("c"));
    loop.run_once();
    ASSERT_EQ(requests.size(), 3u);
    EXPECT_EQ(requests[0].first, "a");
    // Pending host work: nothing to do until the host resolves it.
    EXPECT_EQ(loop.next_due(), std::nullopt);
    for (int i = 0; i < 3; ++i) loop.run_once();
    EXPECT_EQ(h.out, "");

    requests[0].second.set_result(std::vector<int>{1, 2, 3});
    requests[1].second.set_exception(krait::Error("TimeoutError", "no answer"));
    EXPECT_TRUE(requests[2].second.cancel("shutting down"));
    EXPECT_EQ(loop.next_due(), std::optional<double>(0.0));
    loop.run_once();
    EXPECT_EQ(h.out,
              "a loaded [1, 2, 3]\n"
              "b timed out: no answer\n"
              "c cancelled ('shutting down',)\n");
    EXPECT_TRUE(a.done() && b.done() && c.done());
    EXPECT_TRUE(a.result().is_none());
    EXPECT_TRUE(c.cancelled());
    try {
        c.result();
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "CancelledError");
        EXPECT_EQ(e.message(), "shutting down");
    }
}

TEST(Async, FutureMisuseGivesAsyncioErrors) {
    krait::Interpreter py;
    krait::EventLoop loop = py.event_loop();
    krait::Future f = loop.create_future();
    try {
        f.result();
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "InvalidStateError");
        EXPECT_EQ(e.message(), "Result is not set.");
    }
    f.set_result(7);
    EXPECT_EQ(f.result<int>(), 7);
    try {
        f.set_result(8);
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "InvalidStateError");
        EXPECT_EQ(e.message(), "invalid state");
    }
    EXPECT_FALSE(f.cancel());
    // An exception object made by the script, and one the host names.
    krait::Future g = loop.create_future();
    g.set_exception_object(py.eval("KeyError('k')"));
    try {
        g.result();
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "KeyError");
        EXPECT_EQ(e.message(), "'k'");
    }
    // Only futures are futures.
    try {
        krait::Future(py.object(1));
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "TypeError");
        EXPECT_EQ(e.message(), "an asyncio.Future is required, not int");
    }
}

TEST(Async, AClosedLoopIsReplaced) {
    krait::Interpreter py;
    krait::EventLoop first = py.event_loop();
    py.exec("import asyncio\nasyncio.get_event_loop().close()\n");
    krait::EventLoop second = py.event_loop();
    EXPECT_FALSE(second.is(first));
    py.exec("async def one():\n    return 1\n");
    EXPECT_EQ(py.run<int>(py.global("one")()), 1);
}

}  // namespace
