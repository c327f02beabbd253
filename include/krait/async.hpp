// Async with the host: the asyncio event loop a host drives, and futures a host resolves.
//
// Each interpreter has one event loop for its host (Interpreter::event_loop()); it is also
// asyncio's current loop, so a script's asyncio.get_event_loop() finds it. A host either runs
// a coroutine to completion:
//
//   py.exec("async def main(n):\n    await asyncio.sleep(0.1)\n    return n * 2\n");
//   int r = py.run<int>(py.global("main")(21));   // 42
//
// or drives the loop from its own main loop, one iteration per frame:
//
//   krait::EventLoop loop = py.event_loop();
//   loop.create_task(py.global("game")());
//   while (running) {
//       loop.run_once();                 // ready callbacks and due timers, without waiting
//       draw_frame();
//   }
//
// A krait::Future is an asyncio.Future the host resolves later; scripts await it. A bound C++
// function that returns one is awaitable host work:
//
//   std::vector<krait::Future> pending;
//   py.def("load", [&](std::string name) {
//       krait::Future f = loop.create_future();
//       pending.push_back(f);
//       return f;
//   });
//   // script: data = await load("level1")
//   // host, later: pending[0].set_result("...");   (or set_exception, or cancel)
//
// Like every handle, these are used on the thread that uses their interpreter.
#pragma once
#include <optional>
#include <string_view>
#include <utility>

#include "krait/convert.hpp"
#include "krait/error.hpp"
#include "krait/handle.hpp"

namespace krait {

// An asyncio.Future (or Task): a Handle with the operations a host needs.
class Future : public Handle {
public:
    Future() = default;
    // o must be an asyncio future (asyncio.isfuture); TypeError otherwise.
    explicit Future(Handle o);

    bool done() const;
    bool cancelled() const;

    // Resolve it: awaiting scripts resume at the loop's next iteration. Each throws
    // krait::Error (InvalidStateError) if the future is already done.
    template <class V>
    void set_result(V&& value) const {
        set_result_object(to_object(std::forward<V>(value)));
    }
    // The exception e carries, or a new built-in exception of the type it names:
    // `f.set_exception(krait::Error("TimeoutError", "no answer"))`.
    void set_exception(const Error& e) const;
    void set_exception_object(const Handle& exception) const;  // an exception instance or class
    // Cancels it (CancelledError in the awaiting script, with msg if given); false if done.
    bool cancel(std::string_view msg = {}) const;

    // Its result; krait::Error for its exception, CancelledError, or InvalidStateError when
    // it is not done.
    Handle result() const;
    template <class T>
    T result() const {
        return result().as<T>();
    }

private:
    void set_result_object(const Handle& value) const;
};

// The event loop of an interpreter's host (Interpreter::event_loop()).
class EventLoop : public Handle {
public:
    EventLoop() = default;
    // o must be an asyncio event loop.
    explicit EventLoop(Handle o) : Handle(std::move(o)) {}

    // Runs one iteration: the callbacks that are ready, then those whose timers are due and
    // I/O that is ready. When nothing is ready it first waits, at most max_wait seconds, for
    // I/O or the next timer (0: not at all; a negative value: as long as that takes).
    // An exception a task does not handle stays in its task; what reaches the host is only
    // what stops a loop (KeyboardInterrupt, SystemExit, an interrupt).
    void run_once(double max_wait = 0) const;
    // Seconds from now until the loop next has work: 0 when callbacks are ready, the wait for
    // the earliest timer otherwise; nullopt when nothing is scheduled (only I/O may wake it).
    std::optional<double> next_due() const;
    // loop.time(): the loop's monotonic clock, in seconds.
    double time() const;

    // Runs the loop until the awaitable is done; its result, or krait::Error for its exception.
    Handle run_until_complete(const Handle& awaitable) const;
    // Schedules a coroutine as a task, to run as the loop is driven.
    Future create_task(const Handle& coroutine) const;
    // A new pending future for the host to resolve.
    Future create_future() const;
};

template <>
struct Converter<Future> {
    static Handle to_python(Interpreter&, const Future& f) { return f; }
    static Future from_python(const Handle& o) { return Future(o); }
};

template <>
struct Converter<EventLoop> {
    static Handle to_python(Interpreter&, const EventLoop& l) { return l; }
    static EventLoop from_python(const Handle& o) { return EventLoop(o); }
};

}  // namespace krait
