// asyncio.Future, following CPython's C implementation (_asynciomodule.c): its messages, the
// order in which done callbacks are scheduled, and the iterator `await` drives.
#include <string>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/native_type.hpp"
#include "vm/collect.hpp"
#include "vm/generator.hpp"

namespace krait::stdlib::aio {

namespace {

Future* fut(Value v) { return static_cast<Future*>(v.as_object()); }

Value invalid_state(State& st, const char* msg) {
    return raise(st, as_type(module_state(st)->invalid_state_error), msg);
}

bool is_task(State& st, Value v) {
    return v.is_object() && isinstance(st, v, as_type(module_state(st)->task_type));
}

// The pending callbacks as the list form of the slot (see Future::callbacks); null on error.
List* callback_list(State& st, Future* f) {
    Value cbs = f->callbacks;
    if (cbs.is_object() && cbs.as_object()->type == st.list_type) return static_cast<List*>(cbs.as_object());
    List* l = make_list(st, 0);
    if (!l) return nullptr;
    Root keep(st.heap, Value::from_object(l));
    if (is_task(st, cbs)) {
        if (!list_append(st, l, cbs) || !list_append(st, l, Value::none())) return nullptr;
    } else if (!cbs.is_none()) {
        Tuple* pair = static_cast<Tuple*>(cbs.as_object());
        if (!list_append(st, l, pair->items[0]) || !list_append(st, l, pair->items[1])) return nullptr;
    }
    f->callbacks = Value::from_object(l);
    return l;
}

// Hands every done callback to the loop, in the order they were added, and empties the slot.
bool schedule_callbacks(State& st, Future* f) {
    Loop* loop = as_loop(st, f->loop);
    if (!loop) return false;
    Value self = Value::from_object(f);
    Value cbs = f->callbacks;
    f->callbacks = Value::none();
    if (cbs.is_none()) return true;
    if (is_task(st, cbs)) return call_soon_entry(st, loop, Ready{Ready::kCallback, cbs, self, Value::none()});
    Root keep(st.heap, cbs);
    if (cbs.as_object()->type == st.tuple_type) {
        Tuple* pair = static_cast<Tuple*>(cbs.as_object());
        return call_soon_entry(st, loop, Ready{Ready::kCallback, pair->items[0], self, pair->items[1]});
    }
    List* l = static_cast<List*>(cbs.as_object());
    for (size_t i = 0; i + 1 < l->size; i += 2)
        if (!call_soon_entry(st, loop, Ready{Ready::kCallback, l->items[i], self, l->items[i + 1]})) return false;
    return true;
}

Value future_new(State& st, Type* type, Args) {
    Future* f = st.heap.make<Future>(type);
    if (!f) return raise_no_memory(st);
    clear_future(f);
    return Value::from_object(f);
}

bool future_init_slot(State& st, Value self, Args a) {
    Value loop;
    if (!parse_args(st, a, Signature{"Future", {"loop"}, 0, 0, 0}, &loop))
        return false;
    return !future_init(st, fut(self), loop.is_missing() ? Value::none() : loop).is_error();
}

// Methods receive self in a.v[0].
Value m_result(State& st, Args a) {
    if (!check_count(st, a, "result", 1, 1)) return Value::error();
    return future_result(st, fut(a.v[0]));
}

Value m_exception(State& st, Args a) {
    if (!check_count(st, a, "exception", 1, 1)) return Value::error();
    Future* f = fut(a.v[0]);
    if (f->state == FutureState::Cancelled) return raise(st, make_cancelled_error(st, f));
    if (f->state == FutureState::Pending) return invalid_state(st, "Exception is not set.");
    f->log_traceback = false;
    return f->failed ? f->result : Value::none();
}

Value m_done(State& st, Args a) {
    if (!check_count(st, a, "done", 1, 1)) return Value::error();
    return Value::from_bool(fut(a.v[0])->state != FutureState::Pending);
}

Value m_cancelled(State& st, Args a) {
    if (!check_count(st, a, "cancelled", 1, 1)) return Value::error();
    return Value::from_bool(fut(a.v[0])->state == FutureState::Cancelled);
}

Value m_get_loop(State& st, Args a) {
    if (!check_count(st, a, "get_loop", 1, 1)) return Value::error();
    return fut(a.v[0])->loop;
}

Value m_set_result(State& st, Args a) {
    if (!check_count(st, a, "set_result", 2, 2)) return Value::error();
    return future_set_result(st, fut(a.v[0]), a.v[1]) ? Value::none() : Value::error();
}

Value m_set_exception(State& st, Args a) {
    if (!check_count(st, a, "set_exception", 2, 2)) return Value::error();
    return future_set_exception(st, fut(a.v[0]), a.v[1]) ? Value::none() : Value::error();
}

Value m_cancel(State& st, Args a) {
    Value msg;
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames}, Signature{"cancel", {"msg"}, 0, 0, 1}, &msg))
        return Value::error();
    int r = future_cancel(st, fut(a.v[0]), msg.is_missing() ? Value::none() : msg);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value m_add_done_callback(State& st, Args a) {
    Value out[2];
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames},
                    Signature{"add_done_callback", {"fn", "context"}, 1, 1, 1}, out))
        return Value::error();
    Value ctx = out[1].is_missing() ? Value::none() : out[1];
    return future_add_callback(st, fut(a.v[0]), out[0], ctx) ? Value::none() : Value::error();
}

// Removes every callback equal to fn; the count removed.
Value m_remove_done_callback(State& st, Args a) {
    if (!check_count(st, a, "remove_done_callback", 2, 2)) return Value::error();
    Future* f = fut(a.v[0]);
    Value fn = a.v[1];
    int64_t removed = 0;
    if (f->state != FutureState::Pending || f->callbacks.is_none()) return Value::from_int(0);
    Root keep_fn(st.heap, fn);
    List* l = callback_list(st, f);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    size_t w = 0;
    for (size_t i = 0; i + 1 < l->size; i += 2) {
        int eq = l->items[i].is(fn) ? 1 : equal(st, l->items[i], fn);
        if (eq < 0) return Value::error();
        if (eq) {
            ++removed;
            continue;
        }
        l->items[w] = l->items[i], l->items[w + 1] = l->items[i + 1];
        w += 2;
    }
    l->size = w;
    if (w == 0) f->callbacks = Value::none();
    return Value::from_int(removed);
}

Value m_make_cancelled_error(State& st, Args a) {
    if (!check_count(st, a, "_make_cancelled_error", 1, 1)) return Value::error();
    return make_cancelled_error(st, fut(a.v[0]));
}

Value m_repr(State& st, Value self) {
    AsyncioState* m = module_state(st);
    Value hook = isinstance(st, self, as_type(m->task_type)) ? m->task_repr : m->future_repr;
    if (hook.is_none()) return str_value(st, std::string("<") + type_of(st, self)->name + ">");
    return call(st, hook, {self});
}

Value m_class_getitem(State& st, Args a) {
    if (!check_count(st, a, "__class_getitem__", 2, 2)) return Value::error();
    return a.v[0];
}

// ---- awaiting ----

// One send of `await future`: the first yields the future itself, marked blocking, for the
// task to wait on; the next, once the task has seen it done, gives its result. A native
// future is driven this way directly (kTypeAwaitsItself), without a FutureIter; the
// iterator __await__ returns is for everything else.
SendResult future_send(State& st, Value self, Value, Value& out) {
    Future* f = fut(self);
    if (f->state == FutureState::Pending) {
        if (f->blocking) return raise(st, st.exc.RuntimeError, "await wasn't used with future"), SendResult::Error;
        f->blocking = true;
        out = self;
        return SendResult::Yield;
    }
    out = future_result(st, f);
    return out.is_error() ? SendResult::Error : SendResult::Return;
}

struct FutureIter : Object {
    Value future;  // none once finished
    void trace(Tracer& t) { t.mark(future); }
};

void trace_iter(Object* o, Tracer& t) { static_cast<FutureIter*>(o)->trace(t); }
constexpr GcOps kIterGc{trace_iter, nullptr};

SendResult fiter_send(State& st, Value self, Value arg, Value& out) {
    auto* it = static_cast<FutureIter*>(self.as_object());
    if (it->future.is_none()) {
        out = Value::none();
        return SendResult::Return;
    }
    SendResult how = future_send(st, it->future, arg, out);
    if (how != SendResult::Yield) it->future = Value::none();
    return how;
}

Value fiter_next(State& st, Value self) {
    Value r;
    switch (fiter_send(st, self, Value::none(), r)) {
        case SendResult::Yield: return r;
        case SendResult::Error: return Value::error();
        case SendResult::Return: break;
    }
    return r.is_none() ? Value::stop() : raise_stop_iteration(st, r);
}

Value iter_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    Value r = fiter_next(st, a.v[0]);
    return r.is_stop() ? raise_stop_iteration(st, Value::none()) : r;
}

Value iter_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    static_cast<FutureIter*>(a.v[0].as_object())->future = Value::none();
    Value exc = vm::thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    return raise(st, exc);
}

Value iter_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    static_cast<FutureIter*>(a.v[0].as_object())->future = Value::none();
    return Value::none();
}

Value iter_self(State&, Value self) { return self; }

Value m_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    auto* it = st.heap.make<FutureIter>(as_type(module_state(st)->future_iter_type));
    if (!it) return raise_no_memory(st);
    it->future = a.v[0];
    return Value::from_object(it);
}

// ---- attributes CPython's asyncio code (and some user code) reads ----

Value g_blocking(State&, Value self) { return Value::from_bool(fut(self)->blocking); }
bool s_blocking(State& st, Value self, Value v) {
    if (v.is_error()) return raise(st, st.exc.AttributeError, "cannot delete attribute"), false;
    int b = truthy(st, v);
    if (b < 0) return false;
    fut(self)->blocking = b;
    return true;
}
Value g_loop(State&, Value self) { return fut(self)->loop; }
Value g_state(State& st, Value self) {
    static const char* const kNames[] = {"PENDING", "CANCELLED", "FINISHED"};
    return str_value(st, kNames[static_cast<int>(fut(self)->state)]);
}
Value g_result(State&, Value self) {
    Future* f = fut(self);
    return f->state == FutureState::Finished && !f->failed ? f->result : Value::none();
}
Value g_exception(State&, Value self) {
    Future* f = fut(self);
    return f->failed ? f->result : Value::none();
}
Value g_log_traceback(State&, Value self) { return Value::from_bool(fut(self)->log_traceback); }
bool s_log_traceback(State& st, Value self, Value v) {
    if (v.is_error()) return raise(st, st.exc.AttributeError, "cannot delete attribute"), false;
    int b = truthy(st, v);
    if (b < 0) return false;
    if (b) return value_error(st, "_log_traceback can only be set to False"), false;
    fut(self)->log_traceback = false;
    return true;
}
Value g_cancel_message(State&, Value self) {
    Future* f = fut(self);
    return f->state == FutureState::Finished ? Value::none() : f->result;
}
bool s_cancel_message(State& st, Value self, Value v) {
    if (v.is_error()) return raise(st, st.exc.AttributeError, "cannot delete attribute"), false;
    // A finished future has no use for one (its slot holds the result).
    Future* f = fut(self);
    if (f->state != FutureState::Finished) f->result = v;
    return true;
}
Value g_none(State&, Value) { return Value::none(); }
Value g_callbacks(State& st, Value self) {
    Future* f = fut(self);
    if (f->state != FutureState::Pending || f->callbacks.is_none()) return Value::none();
    List* l = callback_list(st, f);
    if (!l) return Value::error();
    Root keep_l(st.heap, Value::from_object(l));
    List* out = make_list(st, 0);
    if (!out) return Value::error();
    Root keep(st.heap, Value::from_object(out));
    for (size_t i = 0; i + 1 < l->size; i += 2) {
        Tuple* pair = make_tuple(st, {l->items[i], l->items[i + 1]});
        if (!pair || !list_append(st, out, Value::from_object(pair))) return Value::error();
    }
    return Value::from_object(out);
}

const MethodDef kFutureMethods[] = {
    {"result", m_result},
    {"exception", m_exception},
    {"done", m_done},
    {"cancelled", m_cancelled},
    {"get_loop", m_get_loop},
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"cancel", m_cancel},
    {"add_done_callback", m_add_done_callback},
    {"remove_done_callback", m_remove_done_callback},
    {"__await__", m_await},
    {"__iter__", m_await},
    {"_make_cancelled_error", m_make_cancelled_error},
    {"__class_getitem__", m_class_getitem, MethodKind::Class},
    {nullptr, nullptr},
};

const GetSetDef kFutureGetSets[] = {
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"_loop", g_loop},
    {"_state", g_state},
    {"_result", g_result},
    {"_exception", g_exception},
    {"_log_traceback", g_log_traceback, s_log_traceback},
    {"_cancel_message", g_cancel_message, s_cancel_message},
    {"_callbacks", g_callbacks},
    {"_source_traceback", g_none},
    {nullptr, nullptr},
};

const GetSetDef kStateGetSets[] = {
    {"_loop", g_loop},       {"_state", g_state},         {"_result", g_result},
    {"_exception", g_exception}, {"_callbacks", g_callbacks}, {nullptr, nullptr},
};

const MethodDef kIterMethods[] = {
    {"send", iter_send},
    {"throw", iter_throw},
    {"close", iter_close},
    {nullptr, nullptr},
};

void trace_future(Object* o, Tracer& t) { static_cast<Future*>(o)->trace(t); }
}  // namespace

bool future_finalize_pending(const Object* o) { return static_cast<const Future*>(o)->log_traceback; }

void finalize_future(State& st, Object* o) {
    Future* f = static_cast<Future*>(o);
    if (!f->log_traceback) return;
    f->log_traceback = false;
    std::string msg = std::string(type_of(st, Value::from_object(f))->name) + " exception was never retrieved";
    Value m = str_value(st, msg);
    if (m.is_error()) return;
    Root keep(st.heap, m);
    report_exception(st, f->loop, {{"message", m}, {"exception", f->result}, {"future", Value::from_object(f)}});
}

namespace {
constexpr GcOps kFutureGc{trace_future, nullptr, future_finalize_pending, finalize_future};
}  // namespace

void add_future_state_getsets(State& st, Type* t) { add_getsets(st, t, kStateGetSets); }

bool is_native_future(State& st, Value v) {
    if (!v.is_object()) return false;
    AsyncioState* m = module_state(st);
    Object* t = v.as_object()->type;
    return t == m->future_type.as_object() || t == m->task_type.as_object() || t == m->event_wait_type.as_object() ||
           t == m->queue_get_type.as_object() || t == m->queue_put_type.as_object();
}

void make_awaits_itself(Type* t) {
    t->flags |= kTypeAwaitsItself;
    t->send = future_send;
}

void add_future_methods(State& st, Type* t) {
    add_methods(st, t, kFutureMethods);
    add_getsets(st, t, kFutureGetSets);
}

Type* make_future_type(State& st) {
    Type* t = make_native_type(st, "Future", nullptr, sizeof(Future), &kFutureGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->flags |= kTypeBaseType;
    make_awaits_itself(t);
    t->new_ = future_new;
    t->init = future_init_slot;
    t->repr = m_repr;
    add_future_methods(st, t);
    if (!ready_builtin_type(st, t)) return nullptr;
    Type* it = make_native_type(st, "FutureIter", nullptr, sizeof(FutureIter), &kIterGc);
    if (!it) return nullptr;
    it->iter = iter_self;
    it->next = fiter_next;
    it->send = fiter_send;
    add_methods(st, it, kIterMethods);
    if (!ready_builtin_type(st, it)) return nullptr;
    module_state(st)->future_iter_type = Value::from_object(it);
    return t;
}

Value future_init(State& st, Future* f, Value loop) {
    if (loop.is_none()) {
        loop = get_event_loop(st);
        if (loop.is_error()) return loop;
    }
    clear_future(f);
    f->loop = loop;
    return Value::none();
}

void clear_future(Future* f) {
    f->loop = f->result = f->callbacks = Value::none();
    f->state = FutureState::Pending;
    f->failed = f->blocking = f->log_traceback = f->must_cancel = f->log_destroy_pending = false;
    f->num_cancels_requested = 0;
}

Value future_result(State& st, Future* f) {
    if (f->state == FutureState::Cancelled) return raise(st, make_cancelled_error(st, f));
    if (f->state == FutureState::Pending) return invalid_state(st, "Result is not set.");
    f->log_traceback = false;
    if (f->failed) {
        as_exception(f->result)->traceback = f->callbacks;
        return raise(st, f->result);
    }
    return f->result;
}

Value make_cancelled_error(State& st, Future* f) {
    if (f->state == FutureState::Cancelled && !f->callbacks.is_none()) {
        Value e = f->callbacks;  // the task's CancelledError (see Future::callbacks)
        f->callbacks = Value::none();
        return e;
    }
    Value cls = module_state(st)->cancelled_error;
    if (f->result.is_none()) return call(st, cls, {});
    return call(st, cls, {f->result});
}

bool future_set_result(State& st, Future* f, Value result) {
    if (f->state != FutureState::Pending) return invalid_state(st, "invalid state"), false;
    f->result = result;
    f->state = FutureState::Finished;
    return schedule_callbacks(st, f);
}

bool future_set_exception(State& st, Future* f, Value exc) {
    if (f->state != FutureState::Pending) return invalid_state(st, "invalid state"), false;
    Root keep(st.heap, exc);
    if (is_exception_class(st, exc)) {
        exc = call(st, exc, {});
        if (exc.is_error()) return false;
        keep.set(exc);
        if (!is_exception_instance(st, exc))
            return type_error(st, "exceptions must derive from BaseException"), false;
    }
    if (!is_exception_instance(st, exc)) return type_error(st, "invalid exception object"), false;
    if (type_of(st, exc) == st.exc.StopIteration)
        return type_error(st, "StopIteration interacts badly with generators and cannot be raised into a Future"),
               false;
    f->result = exc;
    f->failed = true;
    f->state = FutureState::Finished;
    if (!schedule_callbacks(st, f)) return false;
    f->callbacks = as_exception(exc)->traceback;
    f->log_traceback = true;
    // Classes derived in Python have no finalize hook: they go unreported.
    if (f->type->gc->finalize) st.heap.add_finalizer(f);
    return true;
}

int future_cancel(State& st, Future* f, Value msg) {
    f->log_traceback = false;
    if (f->state != FutureState::Pending) return 0;
    f->state = FutureState::Cancelled;
    f->result = msg;
    return schedule_callbacks(st, f) ? 1 : -1;
}

bool future_add_callback(State& st, Future* f, Value fn, Value ctx) {
    Root keep_fn(st.heap, fn);
    if (ctx.is_none()) {
        ctx = copy_current_context(st);
        if (ctx.is_error()) return false;
    }
    if (f->state != FutureState::Pending) {
        Loop* loop = as_loop(st, f->loop);
        return loop && call_soon_entry(st, loop, Ready{Ready::kCallback, fn, Value::from_object(f), ctx});
    }
    Root keep_ctx(st.heap, ctx);
    if (f->callbacks.is_none()) {
        Tuple* pair = make_tuple(st, {fn, ctx});
        if (!pair) return false;
        f->callbacks = Value::from_object(pair);
        return true;
    }
    List* l = callback_list(st, f);
    return l && list_append(st, l, fn) && list_append(st, l, ctx);
}

bool future_add_wakeup(State& st, Future* f, Task* t) {
    Value task = Value::from_object(t);
    if (f->state != FutureState::Pending) {
        Loop* loop = as_loop(st, f->loop);
        return loop && call_soon_entry(st, loop, Ready{Ready::kCallback, task, Value::from_object(f), Value::none()});
    }
    if (f->callbacks.is_none()) {
        f->callbacks = task;
        return true;
    }
    List* l = callback_list(st, f);
    return l && list_append(st, l, task) && list_append(st, l, Value::none());
}

}  // namespace krait::stdlib::aio
