// The hot methods of asyncio.Queue in C++: put(), get(), put_nowait(), get_nowait() and
// task_done(). The class itself is Python (stdlib/py/_asyncio_queues.py); these are its
// methods, and work on the attributes CPython's Queue has (_queue, _maxsize, _getters,
// _putters, _unfinished_tasks, _finished).
//
// put() and get() return coroutines that are their own future (native_wait.hpp): at the first
// send they put or take at once when they need not wait, so a producer and a consumer that
// keep up with each other never make a frame. A class that overrides how the items are kept
// (_init, _get, _put, qsize, ..., see _STORAGE_METHODS in the Python module) is not "plain":
// its put() and get() are CPython's coroutines, written in Python. So is the rare plain queue
// whose loop makes its own kind of futures.
#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/asyncio/attrs.hpp"
#include "stdlib/asyncio/native_wait.hpp"
#include "stdlib/deque.hpp"

namespace krait::stdlib::aio {

namespace {

enum class Op : uint8_t { Put, Get };

struct QueueWait : Future {
    Value queue;
    Value item;      // put()'s item
    Value delegate;  // the Python coroutine doing the work instead
    void trace(Tracer& t) {
        Future::trace(t);
        t.mark(queue), t.mark(item), t.mark(delegate);
    }
};

QueueWait* qw(Future* f) { return static_cast<QueueWait*>(f); }

// waiters.remove(w), where not finding it is fine: a wake-up may have taken it out.
bool remove_waiter(State& st, Value waiters, Value w) {
    bool removed = is_exact_deque(st, waiters) ? deque_remove(st, waiters, w)
                                        : !call_method(st, waiters, names(st).remove.str, {w}).is_error();
    if (removed) return true;
    if (!raised_matches(st, st.exc.ValueError)) return false;
    take_raised(st);
    return true;
}

// Queue._wakeup_next(waiters): wakes the oldest waiter that is not done yet, dropping the
// done ones.
bool wake_first(State& st, const Obj& q, Value waiters) {
    if (!is_exact_deque(st, waiters)) return !call_method(st, q.self, names(st).wakeup_next.str, {waiters}).is_error();
    while (deque_size(waiters)) {
        Value w = deque_popleft(st, waiters);
        if (w.is_error()) return false;
        Root keep(st.heap, w);
        if (is_native_future(st, w)) {
            Future* fut = static_cast<Future*>(w.as_object());
            if (fut->state == FutureState::Pending) return future_set_result(st, fut, Value::none());
            continue;
        }
        Value done = call_method(st, w, names(st).done.str, {});
        if (done.is_error()) return false;
        int d = truthy(st, done);
        if (d < 0) return false;
        if (!d) return !call_method(st, w, names(st).set_result.str, {Value::none()}).is_error();
    }
    return true;
}

// ---- the queue ----

// Whether q's class keeps Queue's own storage methods (Queue._plain, set per class).
int is_plain(State& st, Value q) {
    Value p = type_lookup(st, type_of(st, q), names(st).plain.str);
    if (p.is_missing()) return 0;
    return p.is_error() ? -1 : truthy(st, p);
}

// A plain queue's items (a deque) and size limit, when they are what Queue.__init__ made them.
struct Items {
    Value items;
    int64_t maxsize;
    bool full() const { return maxsize > 0 && int64_t(deque_size(items)) >= maxsize; }
    bool empty() const { return !deque_size(items); }
};

// 1 with it filled, 0 when the queue is not as Queue makes it (the Python code knows what to
// do then), -1 on error.
int open_items(State& st, const Obj& q, Items& it) {
    Value items = q.get(st, names(st).queue);
    if (items.is_error()) return -1;
    Value maxsize = q.get(st, names(st).maxsize);
    if (maxsize.is_error()) return -1;
    if (!maxsize.is_int() || !is_exact_deque(st, items)) return 0;
    it.items = items;
    it.maxsize = maxsize.as_int();
    return 1;
}

// _unfinished_tasks += delta; the new count, or error.
Value add_unfinished(State& st, const Obj& q, int64_t delta) {
    HintedName& name = names(st).unfinished_tasks;
    Value n = q.get(st, name);
    if (n.is_error()) return n;
    Value r = n.is_int() ? Value::from_int(n.as_int() + delta) : binary_op(st, n, Value::from_int(delta), BinOp::Add);
    if (r.is_error()) return r;
    Root keep(st.heap, r);
    return q.set(st, name, r) ? r : Value::error();
}

// Wakes the oldest waiter of q's getters or putters.
bool wake_first_of(State& st, const Obj& q, HintedName& which) {
    Value waiters = q.get(st, which);
    if (waiters.is_error()) return false;
    Root keep(st.heap, waiters);
    return wake_first(st, q, waiters);
}

// put_nowait() after the room check: store, count, clear _finished, wake a getter.
bool do_put(State& st, const Obj& q, Items& it, Value item) {
    if (!deque_append(st, it.items, item) || add_unfinished(st, q, 1).is_error()) return false;
    Value finished = q.get(st, names(st).finished);
    if (finished.is_error()) return false;
    Root keep(st.heap, finished);
    if (!Obj(st, finished).set(st, names(st).value, Value::from_bool(false))) return false;
    return wake_first_of(st, q, names(st).getters);
}

// get_nowait() after the emptiness check: take, wake a putter.
Value do_get(State& st, const Obj& q, Items& it) {
    Value item = deque_popleft(st, it.items);
    if (item.is_error()) return item;
    Root keep(st.heap, item);
    return wake_first_of(st, q, names(st).putters) ? item : Value::error();
}

HintedName& waiters_name(State& st, Op op) { return op == Op::Put ? names(st).putters : names(st).getters; }

// The Python coroutine that does what put() or get() does: Queue._put_coro / _get_coro.
Value python_coro(State& st, Value q, Op op, Value item) {
    if (op == Op::Put) return call_method(st, q, names(st).put_coro.str, {item});
    return call_method(st, q, names(st).get_coro.str, {});
}

SendResult hand_over(State& st, QueueWait* w, Op op, Value& out) {
    Value coro = python_coro(st, w->queue, op, w->item);
    if (coro.is_error()) return SendResult::Error;
    return delegate_to(st, w, &w->delegate, coro, out);
}

// Waits for room (put) or an item (get): queues w as a future of the queue's loop.
SendResult park(State& st, QueueWait* w, const Obj& q, Op op, Value& out) {
    AsyncioState* m = module_state(st);
    Value loop = m->running_loop;
    Value bound = q.get(st, names(st).loop);
    if (bound.is_error()) return SendResult::Error;
    if (loop.bits() != bound.bits()) {
        loop = call_method(st, q.self, names(st).get_loop.str, {});  // binds the queue, or raises
        if (loop.is_error()) return SendResult::Error;
    }
    Root keep(st.heap, loop);
    // A loop whose create_future() is not asyncio's makes futures of its own kind.
    Value make = loop.is_object() ? type_lookup(st, type_of(st, loop), names(st).create_future.str) : Value::missing();
    if (make.bits() != m->create_future.bits()) return hand_over(st, w, op, out);
    Value waiters = q.get(st, waiters_name(st, op));
    if (waiters.is_error()) return SendResult::Error;
    if (!is_exact_deque(st, waiters)) return hand_over(st, w, op, out);
    if (!deque_append(st, waiters, Value::from_object(w))) return SendResult::Error;
    return park_wait(w, loop, out);
}

// One turn of CPython's `while self.full(): wait` (put) or `while self.empty(): wait` (get),
// and what follows it.
SendResult attempt(State& st, QueueWait* w, Op op, Value& out) {
    Obj q(st, w->queue);
    Items it;
    int ok = open_items(st, q, it);
    if (ok <= 0) return ok == 0 ? hand_over(st, w, op, out) : SendResult::Error;
    if (op == Op::Put ? it.full() : it.empty()) return park(st, w, q, op, out);
    if (op == Op::Put) {
        if (!do_put(st, q, it, w->item)) return SendResult::Error;
        out = Value::none();
        return SendResult::Return;
    }
    out = do_get(st, q, it);
    return out.is_error() ? SendResult::Error : SendResult::Return;
}

// The `except:` of CPython's put() and get(): a waiter leaving with an exception passes on a
// wake-up it got but cannot use.
bool abandon(State& st, QueueWait* w, Op op) {
    if (w->state == FutureState::Pending && future_cancel(st, w, Value::none()) < 0) return false;
    Obj q(st, w->queue);
    Value waiters = q.get(st, waiters_name(st, op));
    if (waiters.is_error()) return false;
    Root keep(st.heap, waiters);
    if (!remove_waiter(st, waiters, Value::from_object(w))) return false;
    if (w->state == FutureState::Cancelled) return true;
    Items it;
    int ok = open_items(st, q, it);
    if (ok < 0) return false;
    int blocked;
    if (ok) {
        blocked = op == Op::Put ? it.full() : it.empty();
    } else {  // the queue was changed under us: its methods tell
        Value b = call_method(st, q.self, (op == Op::Put ? names(st).full : names(st).empty).str, {});
        if (b.is_error() || (blocked = truthy(st, b)) < 0) return false;
    }
    return blocked || wake_first(st, q, waiters);
}

template <Op O>
SendResult start(State& st, Future* w, Value& out) {
    return attempt(st, qw(w), O, out);
}

template <Op O>
SendResult resume(State& st, Future* w, Value, Value& out) {
    return attempt(st, qw(w), O, out);
}

template <Op O>
bool leave(State& st, Future* w) {
    return abandon(st, qw(w), O);
}

Value* delegate(Future* w) { return &qw(w)->delegate; }

constexpr WaitOps kPutOps{"Queue.put", start<Op::Put>, resume<Op::Put>, leave<Op::Put>, delegate};
constexpr WaitOps kGetOps{"Queue.get", start<Op::Get>, resume<Op::Get>, leave<Op::Get>, delegate};

void trace_queue_wait(Object* o, Tracer& t) { static_cast<QueueWait*>(o)->trace(t); }
constexpr GcOps kGc{trace_queue_wait, nullptr, wait_finalize_pending, wait_finalize};

// put() and get(): the native coroutine for a plain queue, else the Python one.
Value make_wait(State& st, Value q, Op op, Value item) {
    int plain = is_plain(st, q);
    if (plain <= 0) return plain < 0 ? Value::error() : python_coro(st, q, op, item);
    AsyncioState* m = module_state(st);
    auto* w = new_wait<QueueWait>(st, op == Op::Put ? m->queue_put_type : m->queue_get_type);
    if (!w) return raise_no_memory(st);
    w->queue = q;
    w->item = item;
    w->delegate = Value::none();
    return Value::from_object(w);
}

Value raise_queue_error(State& st, bool full) {
    AsyncioState* m = module_state(st);
    Value cls = full ? m->queue_full : m->queue_empty;
    if (cls.is_none()) return raise(st, st.exc.RuntimeError, "asyncio.queues is not initialized");
    Value e = call(st, cls, {});
    return e.is_error() ? e : raise(st, e);
}

// The arguments of a Queue method that was a Python function in CPython, (self) or (self,
// item), with that function's TypeErrors: "Queue.put() missing 1 required positional
// argument: 'item'", "Queue.get() takes 1 positional argument but 2 were given", ...
bool method_args(State& st, Args a, const char* qualname, size_t nparams, Value* out) {
    static const char* const kParams[] = {"self", "item"};
    std::string fn = std::string(qualname) + "()";
    if (a.n > nparams) {
        return type_error(st, fn + " takes " + std::to_string(nparams) + " positional argument" +
                                  (nparams == 1 ? "" : "s") + " but " + std::to_string(a.n) + " were given"),
               false;
    }
    for (size_t i = 0; i < nparams; ++i) out[i] = i < a.n ? a.v[i] : Value::missing();
    for (size_t k = 0; k < (a.kwnames ? a.nkw() : 0); ++k) {
        std::string_view name = as_str(a.kwnames->items[k])->view();
        size_t i = 0;
        while (i < nparams && name != kParams[i]) ++i;
        if (i == nparams) return type_error(st, fn + " got an unexpected keyword argument '" + std::string(name) + "'"), false;
        if (!out[i].is_missing()) return type_error(st, fn + " got multiple values for argument '" + std::string(name) + "'"), false;
        out[i] = a.kwvalues()[k];
    }
    for (size_t i = 0; i < nparams; ++i)
        if (out[i].is_missing())
            return type_error(st, fn + " missing 1 required positional argument: '" + kParams[i] + "'"), false;
    return true;
}

// Methods: self in a.v[0].
Value q_put(State& st, Args a) {
    Value v[2];
    return method_args(st, a, "Queue.put", 2, v) ? make_wait(st, v[0], Op::Put, v[1]) : Value::error();
}

Value q_get(State& st, Args a) {
    Value self;
    return method_args(st, a, "Queue.get", 1, &self) ? make_wait(st, self, Op::Get, Value::none()) : Value::error();
}

// For the *_nowait methods: 1 with it filled for a plain queue, 0 for others, -1 on error.
int open_plain(State& st, const Obj& q, Items& it) {
    int plain = is_plain(st, q.self);
    return plain > 0 ? open_items(st, q, it) : plain;
}

Value q_put_nowait(State& st, Args a) {
    Value v[2];
    if (!method_args(st, a, "Queue.put_nowait", 2, v)) return Value::error();
    Obj q(st, v[0]);
    Items it;
    int ok = open_plain(st, q, it);
    if (ok <= 0) return ok < 0 ? Value::error() : call_method(st, q.self, names(st).put_nowait_py.str, {v[1]});
    if (it.full()) return raise_queue_error(st, true);
    return do_put(st, q, it, v[1]) ? Value::none() : Value::error();
}

Value q_get_nowait(State& st, Args a) {
    Value self;
    if (!method_args(st, a, "Queue.get_nowait", 1, &self)) return Value::error();
    Obj q(st, self);
    Items it;
    int ok = open_plain(st, q, it);
    if (ok <= 0) return ok < 0 ? Value::error() : call_method(st, q.self, names(st).get_nowait_py.str, {});
    if (it.empty()) return raise_queue_error(st, false);
    return do_get(st, q, it);
}

Value q_task_done(State& st, Args a) {
    Value self;
    if (!method_args(st, a, "Queue.task_done", 1, &self)) return Value::error();
    Obj q(st, self);
    Value n = q.get(st, names(st).unfinished_tasks);
    if (n.is_error()) return n;
    int positive = n.is_int() ? n.as_int() > 0 : compare_bool(st, n, Value::from_int(0), CmpOp::Gt);
    if (positive < 0) return Value::error();
    if (!positive) return raise(st, st.exc.ValueError, "task_done() called too many times");
    n = add_unfinished(st, q, -1);
    if (n.is_error()) return n;
    int zero = n.is_int() ? n.as_int() == 0 : compare_bool(st, n, Value::from_int(0), CmpOp::Eq);
    if (zero <= 0) return zero < 0 ? Value::error() : Value::none();
    Value finished = q.get(st, names(st).finished);
    if (finished.is_error()) return finished;
    Root keep(st.heap, finished);
    return call_method(st, finished, names(st).set.str, {});
}

}  // namespace

Value is_coroutine_method(State& st, Args a) {
    if (!check_count(st, a, "_is_coroutine_method", 1, 1)) return Value::error();
    Value f = a.v[0];
    NativeFn fn = nullptr;
    if (f.is_object() && f.as_object()->type == st.method_descriptor_type)
        fn = static_cast<MethodDescriptor*>(f.as_object())->fn;
    else if (f.is_object() && f.as_object()->type == st.builtin_function_type)
        fn = static_cast<NativeFunction*>(f.as_object())->fn;
    return Value::from_bool(fn == q_put || fn == q_get);
}

namespace {

const MethodDef kQueueMethods[] = {
    {"put", q_put, MethodKind::Method, "Queues an item, first waiting for room if the queue is full."},
    {"get", q_get, MethodKind::Method, "Takes the next item, first waiting for one if the queue is empty."},
    {"put_nowait", q_put_nowait, MethodKind::Method, "Queues an item at once; QueueFull if there is no room."},
    {"get_nowait", q_get_nowait, MethodKind::Method, "Takes the next item at once; QueueEmpty if there is none."},
    {"task_done", q_task_done, MethodKind::Method,
     "Marks one item taken from the queue as processed: join() returns when every item put has been. "
     "ValueError if called more times than items were put."},
    {nullptr, nullptr},
};

// _queue_methods(Queue): the native methods, as descriptors of the Python class, for it to
// take once it is made (so that they are Queue.put, not object.put).
Value queue_methods(State& st, Args a) {
    if (a.n != 1 || a.kwnames || !isinstance(st, a.v[0], st.type_type))
        return type_error(st, "_queue_methods() takes a class");
    Dict* methods = make_dict(st);
    if (!methods) return raise_no_memory(st);
    Root keep(st.heap, Value::from_object(methods));
    for (const MethodDef* d = kQueueMethods; d->name; ++d) {
        Value md = make_method_descriptor(st, *d, as_type(a.v[0]));
        if (md.is_error() || !dict_set_cstr(st, methods, d->name, md)) return Value::error();
    }
    return Value::from_object(methods);
}

}  // namespace

bool init_queue(State& st, AsyncioState* m, Module* mod) {
    Type* put = make_wait_type<kPutOps>(st, sizeof(QueueWait), &kGc);
    if (!put) return false;
    m->queue_put_type = Value::from_object(put);
    Type* get = make_wait_type<kGetOps>(st, sizeof(QueueWait), &kGc);
    if (!get) return false;
    m->queue_get_type = Value::from_object(get);
    Value f = make_native(st, "_queue_methods", queue_methods);
    return !f.is_error() && dict_set_cstr(st, mod->dict, "_queue_methods", f);
}

}  // namespace krait::stdlib::aio
