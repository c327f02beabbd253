// Event.wait() as a native coroutine that is also the future it waits on (native_wait.hpp).
//
// CPython's Event.wait makes a future, queues it in the event's waiters, awaits it and takes
// it out again in a `finally`. A task blocked there holds that coroutine's frame and the
// future; with 100,000 tasks on one Event they are most of the memory. Here one 64-byte object
// is both. The order of events is CPython's: one future per waiter, woken in the order they
// waited.
#include <string>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "stdlib/asyncio/attrs.hpp"
#include "stdlib/asyncio/native_wait.hpp"
#include "stdlib/deque.hpp"

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

// The `finally` of CPython's Event.wait: self._waiters.remove(fut).
bool leave_waiters(State& st, Future* f) {
    EventWait* w = ew(f);
    Value waiters = Obj(st, w->event).get(st, names(st).waiters);
    if (waiters.is_error()) return false;
    Root keep(st.heap, waiters);
    Value self = Value::from_object(w);
    if (is_exact_deque(st, waiters)) return deque_remove(st, waiters, self);
    return !call_method(st, waiters, names(st).remove.str, {self}).is_error();
}

// The first send: True at once if the event is set, else wait (yield self, as a future).
SendResult start(State& st, Future* f, Value& out) {
    EventWait* w = ew(f);
    Value self = Value::from_object(w);
    Obj event(st, w->event);
    Value value = event.get(st, names(st).value);
    if (value.is_error()) return SendResult::Error;
    int set = truthy(st, value);
    if (set < 0) return SendResult::Error;
    if (set) {
        out = Value::from_bool(true);
        return SendResult::Return;
    }
    Value loop = call_method(st, w->event, names(st).get_loop.str, {});
    if (loop.is_error()) return SendResult::Error;
    // CPython calls loop.create_future() here: the same error when there is no loop.
    if (loop.is_none()) {
        raise(st, st.exc.AttributeError, "'NoneType' object has no attribute 'create_future'");
        return SendResult::Error;
    }
    Root keep_loop(st.heap, loop);
    Value waiters = event.get(st, names(st).waiters);
    if (waiters.is_error()) return SendResult::Error;
    Root keep(st.heap, waiters);
    bool appended = is_exact_deque(st, waiters) ? deque_append(st, waiters, self)
                                                : !call_method(st, waiters, names(st).append.str, {self}).is_error();
    if (!appended) return SendResult::Error;
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
    Value waiters = Obj(st, a.v[0]).get(st, names(st).waiters);
    if (waiters.is_error()) return waiters;
    Root keep(st.heap, waiters);
    if (!is_exact_deque(st, waiters)) return type_error(st, "Event._waiters is not a deque");
    // Oldest first. Resolving a native waiter only queues its callbacks; another future's
    // methods may run code, which finds the deque mutated as CPython's loop would.
    for (size_t i = 0; i < deque_size(waiters); ++i) {
        Value v = deque_at(waiters, i);
        if (is_native_future(st, v)) {
            Future* f = static_cast<Future*>(v.as_object());
            if (f->state == FutureState::Pending && !future_set_result(st, f, Value::from_bool(true))) return Value::error();
            continue;
        }
        Root keep_v(st.heap, v);
        Value done = call_method(st, v, names(st).done.str, {});
        int d = done.is_error() ? -1 : truthy(st, done);
        if (d < 0) return Value::error();
        if (!d && call_method(st, v, names(st).set_result.str, {Value::from_bool(true)}).is_error()) return Value::error();
    }
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
