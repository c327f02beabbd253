// asyncio.Task: a Future that drives a coroutine, one step per turn of the loop. The step
// follows CPython's task_step_impl case by case (which yields block the task, which are
// errors, how cancellation reaches the coroutine), so that programs see the same order of
// events and the same messages.
#include <string>

#include "runtime/args.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/code.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/contextvars.hpp"
#include "stdlib/native_type.hpp"
#include "vm/async_generator.hpp"
#include "vm/generator.hpp"

namespace krait::stdlib::aio {

namespace {

Task* task(Value v) { return static_cast<Task*>(v.as_object()); }

// fut.cancel(msg): 1 cancelled, 0 not (done already), -1 error.
int cancel_future(State& st, Value fut, Value msg) {
    if (is_native_future(st, fut)) {
        Future* f = static_cast<Future*>(fut.as_object());
        return f->type == module_state(st)->task_type.as_object() ? task_cancel(st, static_cast<Task*>(f), msg)
                                                                   : future_cancel(st, f, msg);
    }
    Value r = call_method(st, fut, intern(st, "cancel"), {msg});
    return r.is_error() ? -1 : truthy(st, r);
}

void unlink_pending(State& st, Task* t) {
    AsyncioState* m = module_state(st);
    if (t->prev_pending) t->prev_pending->next_pending = t->next_pending;
    else if (m->pending_tasks == t) m->pending_tasks = t->next_pending;
    else return;  // not linked
    if (t->next_pending) t->next_pending->prev_pending = t->prev_pending;
    t->prev_pending = t->next_pending = nullptr;
}

// Schedules a step that throws a RuntimeError made of `msg` into the task.
bool error_soon(State& st, Task* t, const std::string& msg) {
    Value exc = new_exception(st, st.exc.RuntimeError, msg);
    if (exc.is_error()) return false;
    return call_soon_entry(st, as_loop(st, t->loop), Ready{Ready::kTaskStep, Value::from_object(t), exc, Value::none()});
}

std::string repr_text(State& st, Value v) {
    Value r = repr(st, v);
    if (r.is_error()) {
        take_raised(st);
        return "<?>";
    }
    return std::string(str_view(r));
}

// asyncio.iscoroutine: a native coroutine, a generator (3.11 still takes generator-based
// coroutines), or an object with send, throw, close and __await__.
bool is_coroutine(State& st, Value v) {
    if (v.is_object() && (v.as_object()->type == st.coroutine_type || v.as_object()->type == st.generator_type))
        return true;
    for (const char* name : {"send", "throw", "close", "__await__"}) {
        Str* n = intern(st, name);
        if (!n || type_lookup(st, type_of(st, v), n).is_missing()) return false;
    }
    return true;
}

// Sends None into the coroutine, or throws exc in: Yielded with the yielded value,
// Returned with the result, or Raised with the exception pending.
vm::Resume advance(State& st, Value coro, Value exc, Value& out) {
    if (vm::is_resumable(st, coro)) {
        auto* g = static_cast<vm::Generator*>(coro.as_object());
        if (exc.is_missing()) return vm::resume(st, g, Value::none(), false, out);
        return vm::throw_into(st, g, exc, true, out);
    }
    Value r;
    if (exc.is_missing()) {
        Type* t = type_of(st, coro);
        if (t->send) {
            switch (t->send(st, coro, Value::none(), out)) {
                case SendResult::Yield: return vm::Resume::Yielded;
                case SendResult::Return: return vm::Resume::Returned;
                case SendResult::Error: return vm::Resume::Raised;
            }
        }
        r = t->next ? t->next(st, coro) : call_method(st, coro, st.names.send, {Value::none()});
        if (r.is_stop()) {
            out = Value::none();
            return vm::Resume::Returned;
        }
    } else {
        Str* name = intern(st, "throw");
        r = name ? call_method(st, coro, name, {exc}) : Value::error();
    }
    if (!r.is_error()) {
        out = r;
        return vm::Resume::Yielded;
    }
    if (!raised_matches(st, st.exc.StopIteration)) return vm::Resume::Raised;
    Value e = take_raised(st);
    out = as_exception(e)->fields[0];
    return vm::Resume::Returned;
}

// The task now waits for `fut` to finish.
bool block_on(State& st, Task* t, Value fut, bool native) {
    Value self = Value::from_object(t);
    if (native) {
        Future* f = static_cast<Future*>(fut.as_object());
        f->blocking = false;
        if (!future_add_wakeup(st, f, t)) return false;
    } else {
        Str* blocking = intern(st, "_asyncio_future_blocking");
        if (!setattr(st, fut, blocking, Value::from_bool(false))) return false;
        Value wakeup = getattr(st, self, intern(st, "_Task__wakeup"));
        if (wakeup.is_error()) return false;
        Root keep(st.heap, wakeup);
        Tuple* kw = make_tuple(st, {Value::from_object(intern(st, "context"))});
        if (!kw) return false;
        Root keep_kw(st.heap, Value::from_object(kw));
        // The wakeup runs in the task's context, which must be a Context to be passed on.
        t->context = task_context(st, t->context);
        if (t->context.is_error()) return false;
        Value argv[] = {fut, wakeup, t->context};
        Value add = getattr(st, fut, intern(st, "add_done_callback"));
        if (add.is_error()) return false;
        Root keep_add(st.heap, add);
        if (call(st, add, Args{argv + 1, 1, kw}).is_error()) return false;
    }
    t->fut_waiter = fut;
    if (t->must_cancel) {
        int yes = cancel_future(st, fut, t->result);
        if (yes < 0) return false;
        if (yes) t->must_cancel = false;
    }
    return true;
}

bool step_impl(State& st, Task* t, Value exc) {
    Value self = Value::from_object(t);
    if (t->state != FutureState::Pending) {
        std::string msg = "_step(): already done: " + repr_text(st, self) + ", " +
                          (exc.is_missing() ? std::string("None") : repr_text(st, exc));
        return raise(st, as_type(module_state(st)->invalid_state_error), msg), false;
    }
    Root keep_exc(st.heap, exc);
    if (t->must_cancel) {
        if (!exc.is_missing() && !isinstance(st, exc, as_type(module_state(st)->cancelled_error)))
            exc = Value::missing();
        if (exc.is_missing()) {
            exc = make_cancelled_error(st, t);
            if (exc.is_error()) return false;
            keep_exc.set(exc);
        }
        t->must_cancel = false;
    }
    t->fut_waiter = Value::none();
    Value result;
    vm::Resume how = advance(st, t->coro, exc, result);
    if (how == vm::Resume::Returned) {
        if (t->must_cancel) {
            t->must_cancel = false;
            return future_cancel(st, t, t->result) >= 0;
        }
        return future_set_result(st, t, result);
    }
    if (how == vm::Resume::Raised) {
        // A stop from the host (runtime/interrupt.hpp) is not the task's exception: it ends
        // the loop's run as it is.
        if (stopping(st)) return false;
        Value e = take_raised(st);
        Root keep(st.heap, e);
        if (isinstance(st, e, as_type(module_state(st)->cancelled_error))) {
            if (future_cancel(st, t, Value::none()) < 0) return false;
            t->callbacks = e;  // what the task raises (see Future::callbacks)
            return true;
        }
        if (!future_set_exception(st, t, e)) return false;
        if (isinstance(st, e, st.exc.KeyboardInterrupt) || isinstance(st, e, st.exc.SystemExit)) {
            raise(st, e);
            return false;
        }
        return true;
    }
    Root keep_result(st.heap, result);
    if (result.is(self)) return error_soon(st, t, "Task cannot await on itself: " + repr_text(st, self));
    if (is_native_future(st, result)) {
        Future* f = static_cast<Future*>(result.as_object());
        if (!f->loop.is(t->loop))
            return error_soon(st, t, "Task " + repr_text(st, self) + " got Future " + repr_text(st, result) +
                                         " attached to a different loop");
        if (!f->blocking)
            return error_soon(st, t, "yield was used instead of yield from in task " + repr_text(st, self) +
                                         " with " + repr_text(st, result));
        return block_on(st, t, result, true);
    }
    if (result.is_none())
        return call_soon_entry(st, as_loop(st, t->loop),
                               Ready{Ready::kTaskStep, self, Value::missing(), Value::none()});
    Value blocking = getattr_opt(st, result, intern(st, "_asyncio_future_blocking"));
    if (blocking.is_error()) return false;
    if (!blocking.is_missing() && !blocking.is_none()) {
        Value loop = call_method(st, result, intern(st, "get_loop"), {});
        if (loop.is_error()) return false;
        if (!loop.is(t->loop))
            return error_soon(st, t, "Task " + repr_text(st, self) + " got Future " + repr_text(st, result) +
                                         " attached to a different loop");
        int yes = truthy(st, blocking);
        if (yes < 0) return false;
        if (yes) return block_on(st, t, result, false);
        return error_soon(st, t, "yield was used instead of yield from in task " + repr_text(st, self) + " with " +
                                     repr_text(st, result));
    }
    if (isinstance(st, result, st.generator_type))
        return error_soon(st, t, "yield was used instead of yield from for generator in task " +
                                     repr_text(st, self) + " with " + repr_text(st, result));
    return error_soon(st, t, "Task got bad yield: " + repr_text(st, result));
}

// ---- construction and methods ----

Value task_new(State& st, Type* type, Args) {
    Task* t = st.heap.make<Task>(type);
    if (!t) return raise_no_memory(st);
    clear_future(t);
    t->coro = t->context = t->fut_waiter = t->name = Value::none();
    return Value::from_object(t);
}

bool task_init(State& st, Value self, Args a) {
    Value out[4];
    if (!parse_args(st, a, Signature{"Task", {"coro", "loop", "name", "context"}, 1, 0, 1},
                    out))
        return false;
    Task* t = task(self);
    Value loop = out[1].is_missing() ? Value::none() : out[1];
    if (future_init(st, t, loop).is_error()) return false;
    Value coro = out[0];
    if (!is_coroutine(st, coro)) return type_error(st, "a coroutine was expected, got " + repr_text(st, coro)), false;
    Value ctx = out[3].is_missing() ? Value::none() : out[3];
    t->context = ctx.is_none() ? context_snapshot(st) : ctx;
    Value name = out[2].is_missing() ? Value::none() : out[2];
    AsyncioState* m = module_state(st);
    if (name.is_none()) {
        name = Value::from_int(static_cast<int64_t>(++m->task_counter));
    } else if (!(name.is_object() && type_of(st, name) == st.str_type)) {
        name = to_str(st, name);
        if (name.is_error()) return false;
    }
    t->name = name;
    t->coro = coro;
    t->log_destroy_pending = true;
    Loop* l = as_loop(st, t->loop);
    if (!l || !call_soon_entry(st, l, Ready{Ready::kTaskStep, self, Value::missing(), Value::none()})) return false;
    t->next_pending = m->pending_tasks;
    if (m->pending_tasks) m->pending_tasks->prev_pending = t;
    m->pending_tasks = t;
    return true;
}

Value name_of(State& st, Task* t) {
    if (t->name.is_int()) {
        Value s = str_value(st, "Task-" + std::to_string(t->name.as_int()));
        if (!s.is_error()) t->name = s;
        return s;
    }
    return t->name;
}

Value m_get_name(State& st, Args a) {
    if (!check_count(st, a, "get_name", 1, 1)) return Value::error();
    return name_of(st, task(a.v[0]));
}

Value m_set_name(State& st, Args a) {
    if (!check_count(st, a, "set_name", 2, 2)) return Value::error();
    Value name = a.v[1];
    if (!(name.is_object() && type_of(st, name) == st.str_type)) {
        name = to_str(st, name);
        if (name.is_error()) return name;
    }
    task(a.v[0])->name = name;
    return Value::none();
}

Value m_get_coro(State& st, Args a) {
    if (!check_count(st, a, "get_coro", 1, 1)) return Value::error();
    return task(a.v[0])->coro;
}

// get_stack(*, limit=None) and print_stack(*, limit=None, file=None) walk frames and format
// them, which the Python half does (as CPython's base_tasks does).
Value m_get_stack(State& st, Args a) {
    Value limit;
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames}, Signature{"get_stack", {"limit"}, 0, 0, 0}, &limit))
        return Value::error();
    if (limit.is_missing()) limit = Value::none();
    return call(st, module_state(st)->task_get_stack, {a.v[0], limit});
}

Value m_print_stack(State& st, Args a) {
    Value out[2];
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames}, Signature{"print_stack", {"limit", "file"}, 0, 0, 0},
                    out))
        return Value::error();
    for (Value& v : out)
        if (v.is_missing()) v = Value::none();
    return call(st, module_state(st)->task_print_stack, {a.v[0], out[0], out[1]});
}

Value m_cancel(State& st, Args a) {
    Value msg;
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames}, Signature{"cancel", {"msg"}, 0, 0, 1}, &msg))
        return Value::error();
    int r = task_cancel(st, task(a.v[0]), msg.is_missing() ? Value::none() : msg);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value m_cancelling(State& st, Args a) {
    if (!check_count(st, a, "cancelling", 1, 1)) return Value::error();
    return Value::from_int(task(a.v[0])->num_cancels_requested);
}

Value m_uncancel(State& st, Args a) {
    if (!check_count(st, a, "uncancel", 1, 1)) return Value::error();
    Task* t = task(a.v[0]);
    if (t->num_cancels_requested > 0) --t->num_cancels_requested;
    return Value::from_int(t->num_cancels_requested);
}

Value m_set_result(State& st, Args) {
    return raise(st, st.exc.RuntimeError, "Task does not support set_result operation");
}

Value m_set_exception(State& st, Args) {
    return raise(st, st.exc.RuntimeError, "Task does not support set_exception operation");
}

// Task.__wakeup as a bound callable, for futures that are not native.
Value m_wakeup(State& st, Args a) {
    if (!check_count(st, a, "__wakeup", 2, 2)) return Value::error();
    return task_wakeup(st, task(a.v[0]), a.v[1]) ? Value::none() : Value::error();
}

Value m_step(State& st, Args a) {
    if (!check_count(st, a, "__step", 1, 2)) return Value::error();
    Value exc = a.n > 1 && !a.v[1].is_none() ? a.v[1] : Value::missing();
    return task_step(st, task(a.v[0]), exc) ? Value::none() : Value::error();
}

Value g_coro(State&, Value self) { return task(self)->coro; }
Value g_fut_waiter(State&, Value self) { return task(self)->fut_waiter; }
Value g_must_cancel(State&, Value self) { return Value::from_bool(task(self)->must_cancel); }
Value g_log_destroy_pending(State&, Value self) { return Value::from_bool(task(self)->log_destroy_pending); }
bool s_log_destroy_pending(State& st, Value self, Value v) {
    if (v.is_error()) return raise(st, st.exc.AttributeError, "cannot delete attribute"), false;
    int b = truthy(st, v);
    if (b < 0) return false;
    task(self)->log_destroy_pending = b;
    return true;
}

const MethodDef kTaskMethods[] = {
    {"get_name", m_get_name},     {"set_name", m_set_name},         {"get_coro", m_get_coro},
    {"cancel", m_cancel},           {"cancelling", m_cancelling},
    {"uncancel", m_uncancel},     {"set_result", m_set_result},     {"set_exception", m_set_exception},
    {"get_stack", m_get_stack},   {"print_stack", m_print_stack},
    {"_Task__wakeup", m_wakeup},  {"_Task__step", m_step},          {nullptr, nullptr},
};

const GetSetDef kTaskGetSets[] = {
    {"_coro", g_coro},
    {"_fut_waiter", g_fut_waiter},
    {"_must_cancel", g_must_cancel},
    {"_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending},
    {nullptr, nullptr},
};

void trace_task(Object* o, Tracer& t) { static_cast<Task*>(o)->trace(t); }

}  // namespace

bool task_step(State& st, Task* t, Value exc) {
    Loop* loop = as_loop(st, t->loop);
    if (!loop) return false;
    Value self = Value::from_object(t);
    Root keep(st.heap, self);
    if (!loop->current_task.is_none()) {
        raise(st, st.exc.RuntimeError, "Cannot enter into task " + repr_text(st, self) + " while another task " +
                                           repr_text(st, loop->current_task) + " is being executed.");
        return false;
    }
    // The step runs in the task's context, as CPython runs it through a Handle made with it
    // (a wakeup by a non-native future runs in that context already).
    TaskEntry how;
    if (!enter_task_context(st, t->context, how)) return false;
    loop->current_task = self;
    bool ok = step_impl(st, t, exc);
    loop->current_task = Value::none();
    if (how != TaskEntry::Current) {
        Root keep_raised(st.heap, ok ? Value::error() : take_raised(st));
        if (!exit_task_context(st, t->context, how)) ok = false;
        else if (!ok) raise(st, keep_raised.get());
    }
    // A stop ended the step: the coroutine has unwound (or, stopped before it ran, could not
    // be woken any more), so the task ends, cancelled; what awaits it wakes if the loop runs on.
    if (!ok && stopping(st)) end_task_on_stop(st, t, true);
    if (t->state != FutureState::Pending) unlink_pending(st, t);
    return ok;
}

void close_on_stop(State& st, Value v) {
    if (!stopping(st)) return;
    Value agen = vm::driven_async_generator(st, v);
    if (!agen.is_missing()) v = agen;
    if (!v.is_object()) return;
    Type* type = v.as_object()->type;
    if (type != st.generator_type && type != st.coroutine_type && type != st.async_generator_type) return;
    auto* g = static_cast<vm::Generator*>(v.as_object());
    if (g->has(vm::kGenFinished) || g->has(vm::kGenRunning)) return;
    Root keep(st.heap, v);
    Value saved = take_raised(st);
    Root keep_saved(st.heap, saved);
    vm::close(st, g);  // every handler is skipped, as the stop is pending
    st.raised = saved;
}

void end_task_on_stop(State& st, Task* t, bool wake) {
    if (t->state != FutureState::Pending) return;
    Root keep(st.heap, Value::from_object(t));
    Root saved(st.heap, take_raised(st));
    close_on_stop(st, t->coro);
    t->fut_waiter = Value::none();
    t->must_cancel = false;
    if (wake) {
        if (future_cancel(st, t, Value::none()) < 0) take_raised(st);
    }
    if (t->state == FutureState::Pending) {
        t->state = FutureState::Cancelled;
        t->result = t->callbacks = Value::none();
        t->log_traceback = false;
    }
    unlink_pending(st, t);
    st.raised = saved.get();
}

bool task_wakeup(State& st, Task* t, Value fut) {
    Value r;
    if (is_native_future(st, fut)) {
        Future* f = static_cast<Future*>(fut.as_object());
        if (f->state == FutureState::Finished && !f->failed) return task_step(st, t, Value::missing());
        r = future_result(st, f);
    } else {
        r = call_method(st, fut, intern(st, "result"), {});
    }
    if (!r.is_error()) return task_step(st, t, Value::missing());
    Value e = take_raised(st);
    Root keep(st.heap, e);
    return task_step(st, t, e);
}

int task_cancel(State& st, Task* t, Value msg) {
    t->log_traceback = false;
    if (t->state != FutureState::Pending) return 0;
    ++t->num_cancels_requested;
    if (!t->fut_waiter.is_none()) {
        int yes = cancel_future(st, t->fut_waiter, msg);
        if (yes) return yes;  // 1, or -1 on error
    }
    t->must_cancel = true;
    t->result = msg;  // the message, until the step that delivers it
    return 1;
}

Type* make_task_type(State& st) {
    // Tasks share Future's finalizer (an exception nobody retrieved).
    static constexpr GcOps kTaskGc{trace_task, nullptr, future_finalize_pending, finalize_future};
    Type* t = make_native_type(st, "Task", as_type(module_state(st)->future_type), sizeof(Task), &kTaskGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->flags |= kTypeBaseType;
    make_awaits_itself(t);
    t->new_ = task_new;
    t->init = task_init;
    add_methods(st, t, kTaskMethods);
    add_getsets(st, t, kTaskGetSets);
    if (!ready_builtin_type(st, t)) return nullptr;
    return t;
}

}  // namespace krait::stdlib::aio
