// Event.wait() as a native coroutine that is also the future it waits on (native_wait.hpp).
//
// CPython's Event.wait makes a future, queues it in the event's waiters, awaits it and takes
// it out again in a `finally`. A task blocked there holds that coroutine's frame and the
// future; with 100,000 tasks on one Event they are most of the memory. Here one 64-byte object
// is both. The order of events is CPython's: one future per waiter, woken in the order they
// waited.
#include <string>

#include "runtime/args.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/exception.hpp"
#include "runtime/str.hpp"
#include "stdlib/asyncio/native_wait.hpp"

namespace krait::stdlib::aio {

namespace {

struct EventWait : Future {
    Value event;
    void trace(Tracer& t) {
        Future::trace(t);
        t.mark(event);
    }
};

EventWait* ew(Future* f) { return static_cast<EventWait*>(f); }

Value attr(State& st, Value obj, const char* name) {
    Str* n = intern(st, name);
    return n ? getattr(st, obj, n) : Value::error();
}

// The `finally` of CPython's Event.wait: self._waiters.remove(fut).
bool leave_waiters(State& st, Future* f) {
    EventWait* w = ew(f);
    Value waiters = attr(st, w->event, "_waiters");
    if (waiters.is_error()) return false;
    Root keep(st.heap, waiters);
    return !call_method(st, waiters, intern(st, "remove"), {Value::from_object(w)}).is_error();
}

// The first send: True at once if the event is set, else wait (yield self, as a future).
SendResult start(State& st, Future* f, Value& out) {
    EventWait* w = ew(f);
    Value self = Value::from_object(w);
    Value value = attr(st, w->event, "_value");
    if (value.is_error()) return SendResult::Error;
    int set = truthy(st, value);
    if (set < 0) return SendResult::Error;
    if (set) {
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
    Root keep_loop(st.heap, loop);
    Value waiters = attr(st, w->event, "_waiters");
    if (waiters.is_error()) return SendResult::Error;
    Root keep(st.heap, waiters);
    Value back = attr(st, waiters, "_back");
    if (back.is_error()) return SendResult::Error;
    if (!isinstance(st, back, st.list_type)) return type_error(st, "Event._waiters is not a _Fifo"), SendResult::Error;
    if (!list_append(st, static_cast<List*>(back.as_object()), self)) return SendResult::Error;
    return park_wait(w, loop, out);
}

// `await fut` returned: the `finally` runs, and wait() returns True.
SendResult resume(State& st, Future* w, Value, Value& out) {
    if (!leave_waiters(st, w)) return SendResult::Error;
    out = Value::from_bool(true);
    return SendResult::Return;
}

constexpr WaitOps kOps{"Event.wait", start, resume, leave_waiters, nullptr};

}  // namespace

Value event_wait(State& st, Args a) {
    if (!check_count(st, a, "_event_wait", 1, 1)) return Value::error();
    auto* w = new_wait<EventWait>(st, module_state(st)->event_wait_type);
    if (!w) return raise_no_memory(st);
    w->event = a.v[0];
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

void trace_wait(Object* o, Tracer& t) { static_cast<EventWait*>(o)->trace(t); }

}  // namespace

Type* make_event_wait_type(State& st) {
    static constexpr GcOps kGc{trace_wait, nullptr, wait_finalize_pending, wait_finalize};
    return make_wait_type<kOps>(st, sizeof(EventWait), &kGc);
}

}  // namespace krait::stdlib::aio
