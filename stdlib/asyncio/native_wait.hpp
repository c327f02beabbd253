// Coroutines written in C++ that are also the future they wait on: what Event.wait(),
// Queue.get() and Queue.put() return.
//
// CPython's versions are `async def`s that, when they must block, make a future, queue it where
// it will be woken, await it and clean up in an `except`/`finally`. Here one object is both: it
// runs its fast path at its first send (returning at once, with no frame and no
// StopIteration), and when it must block it resets itself as a pending future, queues itself
// and is yielded to the task, which waits on it as on any future. Woken, it is sent None
// again and goes on; thrown into or closed while parked, it runs its clean-up.
//
// Python sees a coroutine (send, throw, close, __await__; repr "<coroutine object Event.wait
// at ...>"); asyncio.isfuture() is false for it, as for CPython's coroutine. A task's repr
// shows it as the future it stands for.
#pragma once
#include "runtime/function.hpp"
#include "stdlib/asyncio/asyncio.hpp"

namespace krait::stdlib::aio {

// The coroutine's progress, kept in Future::aux.
enum WaitStep : uint8_t { kUnstarted, kWaiting, kFinished, kDelegating };

// What a kind of waiting coroutine does at each point. The generic part (native_wait.cpp)
// keeps aux: Return or Error finish the coroutine, Yield leaves it where the hook put it.
struct WaitOps {
    const char* qualname;  // for the repr
    // The first send: Return with the result in out; or park (as park_wait does) and Yield;
    // or hand the work to a Python coroutine (delegate_to) and return what it does.
    SendResult (*start)(State& st, Future* w, Value& out);
    // The future (w itself) ended with result r: Return, or park again and Yield.
    SendResult (*resume)(State& st, Future* w, Value r, Value& out);
    // Leaving while parked because an exception came in (the `except:` or `finally:` of
    // CPython's version); the caller keeps that exception. False with a new one pending.
    bool (*leave)(State& st, Future* w);
    // The Python coroutine the work was handed to, in kDelegating (null: never delegates).
    Value* (*delegate)(Future* w);
};

// Allocates a wait of type `type` (a T), unstarted. Made finalizable: one collected before it
// was ever sent to warns that it was never awaited, as a coroutine does.
template <class T>
T* new_wait(State& st, Value type) {
    T* w = st.heap.make_finalizable<T>(as_type(type));
    if (w) clear_future(w), w->aux = kUnstarted;
    return w;
}
// The GcOps finalizer hooks of the wait types.
bool wait_finalize_pending(const Object* o);
void wait_finalize(State& st, Object* o);

// Resets w as a pending future of loop, to be yielded: the caller has queued it.
SendResult park_wait(Future* w, Value loop, Value& out);
// Hands the rest of the work to the coroutine coro, and sends it its first None.
SendResult delegate_to(State& st, Future* w, Value* slot, Value coro, Value& out);

SendResult wait_send(State& st, Value self, Value arg, Value& out, const WaitOps& ops);
Value wait_method_send(State& st, Args a, const WaitOps& ops);
Value wait_method_throw(State& st, Args a, const WaitOps& ops);
Value wait_method_close(State& st, Args a, const WaitOps& ops);
Value wait_repr(State& st, Value self, const WaitOps& ops);
Value wait_name(State& st, const WaitOps& ops, bool qualified);
Value wait_await(State& st, Args a);
// A type named "coroutine" whose instances are `size` bytes, a Future first.
Type* make_wait_type(State& st, size_t size, const GcOps* gc, SendFn send, UnaryFn repr, const MethodDef* methods,
                     const GetSetDef* getsets);

// The type for one WaitOps: its slots and methods call the generic part with those ops.
template <const WaitOps& Ops>
Type* make_wait_type(State& st, size_t size, const GcOps* gc) {
    struct Thunks {
        static SendResult send(State& st, Value self, Value arg, Value& out) { return wait_send(st, self, arg, out, Ops); }
        static Value m_send(State& st, Args a) { return wait_method_send(st, a, Ops); }
        static Value m_throw(State& st, Args a) { return wait_method_throw(st, a, Ops); }
        static Value m_close(State& st, Args a) { return wait_method_close(st, a, Ops); }
        static Value repr(State& st, Value self) { return wait_repr(st, self, Ops); }
        static Value name(State& st, Value) { return wait_name(st, Ops, false); }
        static Value qualname(State& st, Value) { return wait_name(st, Ops, true); }
    };
    static const MethodDef methods[] = {
        {"send", Thunks::m_send},   {"throw", Thunks::m_throw},        {"close", Thunks::m_close},
        {"__await__", wait_await}, {nullptr, nullptr},
    };
    static const GetSetDef getsets[] = {
        {"__name__", Thunks::name}, {"__qualname__", Thunks::qualname}, {nullptr, nullptr},
    };
    return make_wait_type(st, size, gc, Thunks::send, Thunks::repr, methods, getsets);
}

}  // namespace krait::stdlib::aio
