// The generic part of the coroutines that are their own future (see native_wait.hpp): the
// coroutine protocol, its errors as CPython's coroutines give them, and the hand-over to a
// Python coroutine.
#include "stdlib/asyncio/native_wait.hpp"

#include <cstdio>
#include <cstring>

#include "runtime/args.hpp"
#include "runtime/ops.hpp"
#include "stdlib/native_type.hpp"
#include "vm/generator.hpp"

namespace krait::stdlib::aio {

namespace {

Future* wf(Value v) { return static_cast<Future*>(v.as_object()); }

// Sends arg into the delegate, or throws exc in (exc not missing).
SendResult forward(State& st, Value coro, Value arg, Value exc, Value& out) {
    vm::Resume r;
    if (vm::is_resumable(st, coro)) {
        auto* g = static_cast<vm::Generator*>(coro.as_object());
        r = exc.is_missing() ? vm::resume(st, g, arg, false, out) : vm::throw_into(st, g, exc, true, out);
    } else {
        return type_error(st, "a native wait can only hand over to a coroutine"), SendResult::Error;
    }
    switch (r) {
        case vm::Resume::Yielded: return SendResult::Yield;
        case vm::Resume::Returned: return SendResult::Return;
        case vm::Resume::Raised: break;
    }
    return SendResult::Error;
}

// An exception is coming through a parked coroutine: its clean-up runs, then it goes on.
SendResult leave_raising(State& st, Future* w, const WaitOps& ops) {
    Root exc(st.heap, take_raised(st));
    if (!ops.leave(st, w)) return SendResult::Error;
    raise(st, exc.get());
    return SendResult::Error;
}

SendResult finish(Future* w, SendResult r) {
    if (r != SendResult::Yield && w->aux != kDelegating) w->aux = kFinished;
    return r;
}

Value reused(State& st) { return raise(st, st.exc.RuntimeError, "cannot reuse already awaited coroutine"); }

// send() and throw() as methods: a Return becomes StopIteration(value).
Value as_method_result(State& st, SendResult r, Value out) {
    switch (r) {
        case SendResult::Yield: return out;
        case SendResult::Return: return raise_stop_iteration(st, out);
        case SendResult::Error: break;
    }
    return Value::error();
}

}  // namespace

bool wait_finalize_pending(const Object* o) { return static_cast<const Future*>(o)->aux == kUnstarted; }

void wait_finalize(State& st, Object* o) {
    auto* w = static_cast<Future*>(o);
    if (w->aux != kUnstarted) return;
    w->aux = kFinished;
    vm::warn_never_awaited(st, Value::from_object(w));
}

SendResult park_wait(Future* w, Value loop, Value& out) {
    clear_future(w);
    w->loop = loop;
    w->aux = kWaiting;
    w->blocking = true;
    out = Value::from_object(w);
    return SendResult::Yield;
}

SendResult delegate_to(State& st, Future* w, Value* slot, Value coro, Value& out) {
    *slot = coro;
    w->aux = kDelegating;
    SendResult r = forward(st, coro, Value::none(), Value::missing(), out);
    if (r != SendResult::Yield) w->aux = kFinished;
    return r;
}

SendResult wait_send(State& st, Value self, Value arg, Value& out, const WaitOps& ops) {
    Future* w = wf(self);
    switch (w->aux) {
        case kUnstarted:
            if (!arg.is_none())
                return type_error(st, "can't send non-None value to a just-started coroutine"), SendResult::Error;
            return finish(w, ops.start(st, w, out));
        case kWaiting: {
            if (w->state == FutureState::Pending && !w->blocking) {
                w->blocking = true;  // a driver that is not a task: yield again, as Future.__await__ does
                out = self;
                return SendResult::Yield;
            }
            // `await fut` ends, with the future's result or an error.
            Value r = w->state == FutureState::Pending ? raise(st, st.exc.RuntimeError, "await wasn't used with future")
                                                       : future_result(st, w);
            if (r.is_error()) {
                w->aux = kFinished;
                return leave_raising(st, w, ops);
            }
            return finish(w, ops.resume(st, w, r, out));
        }
        case kDelegating: {
            SendResult r = forward(st, *ops.delegate(w), arg, Value::missing(), out);
            if (r != SendResult::Yield) w->aux = kFinished;
            return r;
        }
        case kFinished: break;
    }
    return reused(st), SendResult::Error;
}

// Methods receive self in a.v[0].
Value wait_method_send(State& st, Args a, const WaitOps& ops) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    Value out;
    SendResult r = wait_send(st, a.v[0], a.v[1], out, ops);
    return as_method_result(st, r, out);
}

Value wait_method_throw(State& st, Args a, const WaitOps& ops) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    Value exc = vm::thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    Root keep(st.heap, exc);
    Future* w = wf(a.v[0]);
    switch (w->aux) {
        case kFinished: return reused(st);
        case kDelegating: {
            Value out;
            SendResult r = forward(st, *ops.delegate(w), Value::none(), exc, out);
            if (r != SendResult::Yield) w->aux = kFinished;
            return as_method_result(st, r, out);
        }
        case kWaiting:
            w->aux = kFinished;
            raise(st, exc);
            return leave_raising(st, w, ops), Value::error();
        default:
            w->aux = kFinished;
            return raise(st, exc);
    }
}

Value wait_method_close(State& st, Args a, const WaitOps& ops) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    Future* w = wf(a.v[0]);
    uint8_t step = w->aux;
    w->aux = kFinished;
    if (step == kDelegating) return call_method(st, *ops.delegate(w), intern(st, "close"), {});
    if (step == kWaiting && !ops.leave(st, w)) return Value::error();
    return Value::none();
}

Value wait_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    return a.v[0];
}

Value wait_repr(State& st, Value self, const WaitOps& ops) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "<coroutine object %s at %p>", ops.qualname, static_cast<void*>(self.as_object()));
    return str_value(st, buf);
}

Value wait_name(State& st, const WaitOps& ops, bool qualified) {
    const char* dot = std::strrchr(ops.qualname, '.');
    return str_value(st, qualified || !dot ? ops.qualname : dot + 1);
}

Type* make_wait_type(State& st, size_t size, const GcOps* gc, SendFn send, UnaryFn repr, const MethodDef* methods,
                     const GetSetDef* getsets) {
    Type* t = make_native_type(st, "coroutine", nullptr, size, gc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->new_ = nullptr;
    t->repr = repr;
    t->flags |= kTypeAwaitsItself;
    t->send = send;
    add_methods(st, t, methods);
    add_getsets(st, t, getsets);
    add_future_state_getsets(st, t);
    return ready_builtin_type(st, t) ? t : nullptr;
}

}  // namespace krait::stdlib::aio
