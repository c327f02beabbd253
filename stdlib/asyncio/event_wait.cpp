// Event.wait() as a native coroutine that is also the future it waits on.
//
// CPython's Event.wait is a coroutine that makes a future, queues it in the event's waiters,
// awaits it and takes it out again in a `finally`. A task blocked there holds that coroutine's
// frame and the future; with 100,000 tasks on one Event they are most of the memory. Here the
// coroutine object carries the future's state itself: the task waits on it as on a future
// (it is yielded, woken, cancelled as one), set() resolves it, and the coroutine part takes
// it out of the waiters when it resumes, is thrown into or is closed, as the `finally` would.
// The order of events is CPython's: one future per waiter, woken in the order they waited.
//
// Python sees a coroutine (send, throw, close, __await__; repr "<coroutine object Event.wait
// ...>"); asyncio.isfuture() is false for it, as for CPython's coroutine. A task's repr shows
// it as the future it stands for.
#include <string>

#include "runtime/args.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/native_type.hpp"
#include "vm/generator.hpp"

namespace krait::stdlib::aio {

namespace {

// Kept in Future::aux.
enum Step : uint8_t { kUnstarted, kWaiting, kFinished };

struct EventWait : Future {
    Value event;
    void trace(Tracer& t) {
        Future::trace(t);
        t.mark(event);
    }
};

EventWait* ew(Value v) { return static_cast<EventWait*>(v.as_object()); }

Value attr(State& st, Value obj, const char* name) {
    Str* n = intern(st, name);
    return n ? getattr(st, obj, n) : Value::error();
}

// The `finally` of CPython's Event.wait: self._waiters.remove(fut).
bool leave_waiters(State& st, EventWait* w) {
    Value waiters = attr(st, w->event, "_waiters");
    if (waiters.is_error()) return false;
    Root keep(st.heap, waiters);
    return !call_method(st, waiters, intern(st, "remove"), {Value::from_object(w)}).is_error();
}

// The first send: True at once if the event is set, else wait (yield self, as a future).
SendResult start(State& st, EventWait* w, Value& out) {
    Value self = Value::from_object(w);
    Value value = attr(st, w->event, "_value");
    if (value.is_error()) return SendResult::Error;
    int set = truthy(st, value);
    if (set < 0) return SendResult::Error;
    if (set) {
        w->aux = kFinished;
        out = Value::from_bool(true);
        return SendResult::Return;
    }
    Value loop = call_method(st, w->event, intern(st, "_get_loop"), {});
    if (loop.is_error()) return SendResult::Error;
    // CPython calls loop.create_future() here: the same error when there is no loop.
    if (loop.is_none()) {
        raise(st, st.exc.AttributeError, "'NoneType' object has no attribute 'create_future'");
        return SendResult::Error;
    }
    w->loop = loop;
    Value waiters = attr(st, w->event, "_waiters");
    if (waiters.is_error()) return SendResult::Error;
    Root keep(st.heap, waiters);
    Value back = attr(st, waiters, "_back");
    if (back.is_error()) return SendResult::Error;
    if (!isinstance(st, back, st.list_type)) return type_error(st, "Event._waiters is not a _Fifo"), SendResult::Error;
    if (!list_append(st, static_cast<List*>(back.as_object()), self)) return SendResult::Error;
    w->aux = kWaiting;
    w->blocking = true;
    out = self;
    return SendResult::Yield;
}

SendResult wait_send(State& st, Value self, Value arg, Value& out) {
    EventWait* w = ew(self);
    switch (w->aux) {
        case kUnstarted:
            if (!arg.is_none())
                return type_error(st, "can't send non-None value to a just-started coroutine"), SendResult::Error;
            return start(st, w, out);
        case kWaiting: {
            if (w->state == FutureState::Pending && !w->blocking) {
                w->blocking = true;  // a driver that is not a task: yield again, as FutureIter does
                out = self;
                return SendResult::Yield;
            }
            // `await fut` ends, with its result or an error, and the `finally` runs.
            w->aux = kFinished;
            Value r = w->state == FutureState::Pending ? raise(st, st.exc.RuntimeError, "await wasn't used with future")
                                                       : future_result(st, w);
            if (r.is_error()) {
                Root keep(st.heap, take_raised(st));
                if (!leave_waiters(st, w)) return SendResult::Error;
                raise(st, keep.get());
                return SendResult::Error;
            }
            if (!leave_waiters(st, w)) return SendResult::Error;
            out = Value::from_bool(true);
            return SendResult::Return;
        }
        case kFinished: break;
    }
    return raise(st, st.exc.RuntimeError, "cannot reuse already awaited coroutine"), SendResult::Error;
}

// Methods receive self in a.v[0].
Value m_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    Value out;
    switch (wait_send(st, a.v[0], a.v[1], out)) {
        case SendResult::Yield: return out;
        case SendResult::Return: return raise_stop_iteration(st, out);
        case SendResult::Error: break;
    }
    return Value::error();
}

Value m_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    Value exc = vm::thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    Root keep(st.heap, exc);
    EventWait* w = ew(a.v[0]);
    if (w->aux == kFinished) return raise(st, st.exc.RuntimeError, "cannot reuse already awaited coroutine");
    bool waiting = w->aux == kWaiting;
    w->aux = kFinished;
    if (waiting && !leave_waiters(st, w)) return Value::error();
    return raise(st, exc);
}

Value m_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    EventWait* w = ew(a.v[0]);
    bool waiting = w->aux == kWaiting;
    w->aux = kFinished;
    if (waiting && !leave_waiters(st, w)) return Value::error();
    return Value::none();
}

Value m_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    return a.v[0];
}

Value wait_repr(State& st, Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<coroutine object Event.wait at %p>", static_cast<void*>(self.as_object()));
    return str_value(st, buf);
}

}  // namespace

Value event_wait(State& st, Args a) {
    if (!check_count(st, a, "_event_wait", 1, 1)) return Value::error();
    auto* w = st.heap.make<EventWait>(as_type(module_state(st)->event_wait_type));
    if (!w) return raise_no_memory(st);
    clear_future(w);
    w->event = a.v[0];
    w->aux = kUnstarted;
    return Value::from_object(w);
}

Value event_set(State& st, Args a) {
    if (!check_count(st, a, "_event_set", 1, 1)) return Value::error();
    Value waiters = attr(st, a.v[0], "_waiters");
    if (waiters.is_error()) return waiters;
    Root keep(st.heap, waiters);
    Value front = attr(st, waiters, "_front");
    if (front.is_error()) return front;
    Root keep_front(st.heap, front);
    Value back = attr(st, waiters, "_back");
    if (back.is_error()) return back;
    Root keep_back(st.heap, back);
    if (!isinstance(st, front, st.list_type) || !isinstance(st, back, st.list_type))
        return type_error(st, "Event._waiters is not a _Fifo");
    // Oldest first: reversed(_front), then _back. Resolving a waiter only queues its
    // callbacks, so the lists do not change under us.
    auto wake = [&](Value v) {
        if (!is_native_future(st, v)) return true;
        Future* f = static_cast<Future*>(v.as_object());
        return f->state != FutureState::Pending || future_set_result(st, f, Value::from_bool(true));
    };
    List* f = static_cast<List*>(front.as_object());
    for (size_t i = f->size; i > 0; --i)
        if (!wake(f->items[i - 1])) return Value::error();
    List* b = static_cast<List*>(back.as_object());
    for (size_t i = 0; i < b->size; ++i)
        if (!wake(b->items[i])) return Value::error();
    return Value::none();
}

namespace {

const MethodDef kMethods[] = {
    {"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__await__", m_await}, {nullptr, nullptr},
};

void trace_wait(Object* o, Tracer& t) { static_cast<EventWait*>(o)->trace(t); }

}  // namespace

Type* make_event_wait_type(State& st) {
    static constexpr GcOps kGc{trace_wait, nullptr};
    Type* t = make_native_type(st, "coroutine", nullptr, sizeof(EventWait), &kGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->new_ = nullptr;
    t->repr = wait_repr;
    t->flags |= kTypeAwaitsItself;
    t->send = wait_send;
    add_methods(st, t, kMethods);
    add_future_state_getsets(st, t);
    return ready_builtin_type(st, t) ? t : nullptr;
}

}  // namespace krait::stdlib::aio
