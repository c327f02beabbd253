// Async with the host (async.hpp): the interpreter's host event loop and the futures a host
// resolves. Everything goes through asyncio's own Python-level API, so a host future behaves
// exactly as one a script made (callbacks, cancellation messages, "never retrieved").
#include "api/runtime.hpp"

namespace krait {

namespace {

Handle asyncio(Interpreter& py) { return py.import("asyncio"); }

}  // namespace

// ---- Future ----

Future::Future(Handle o) : Handle(std::move(o)) {
    if (!asyncio(interpreter()).call_method("isfuture", static_cast<const Handle&>(*this)).truthy())
        throw Error("TypeError", "an asyncio.Future is required, not " + type_name());
}

bool Future::done() const { return call_method("done").truthy(); }

bool Future::cancelled() const { return call_method("cancelled").truthy(); }

void Future::set_result_object(const Handle& value) const { call_method("set_result", value); }

void Future::set_exception(const Error& e) const {
    if (!e.exception().empty()) {
        set_exception_object(e.exception());
        return;
    }
    Interpreter& py = interpreter();
    Handle type = py.builtins().has_attr(e.type_name()) ? py.builtins().attr(e.type_name())
                                                        : py.builtins().attr("RuntimeError");
    set_exception_object(type(e.message()));
}

void Future::set_exception_object(const Handle& exception) const { call_method("set_exception", exception); }

bool Future::cancel(std::string_view msg) const {
    if (msg.empty()) return call_method("cancel").truthy();
    return call_method("cancel", msg).truthy();
}

Handle Future::result() const { return call_method("result"); }

// ---- EventLoop ----

void EventLoop::run_once(double max_wait) const {
    if (max_wait < 0)
        call_method("run_once", nullptr);
    else
        call_method("run_once", max_wait);
}

std::optional<double> EventLoop::next_due() const {
    Handle deadline = call_method("next_deadline");
    if (deadline.is_none()) return std::nullopt;
    double wait = deadline.as<double>() - time();
    return wait > 0 ? wait : 0.0;
}

double EventLoop::time() const { return call_method("time").as<double>(); }

Handle EventLoop::run_until_complete(const Handle& awaitable) const {
    return call_method("run_until_complete", awaitable);
}

Future EventLoop::create_task(const Handle& coroutine) const { return Future(call_method("create_task", coroutine)); }

Future EventLoop::create_future() const { return Future(call_method("create_future")); }

// ---- Interpreter ----

EventLoop Interpreter::event_loop() {
    Handle& loop = impl_->event_loop;
    if (loop.empty() || loop.call_method("is_closed").truthy()) {
        Handle aio = asyncio(*this);
        loop = aio.call_method("new_event_loop");
        aio.call_method("set_event_loop", loop);
    }
    return EventLoop(loop);
}

Handle Interpreter::run(const Handle& awaitable) { return event_loop().run_until_complete(awaitable); }

}  // namespace krait
