// The `_asyncio` module: the native types and the per-interpreter state they share (the
// running loop, the exception classes, unfinished tasks), kept in State::asyncio.
#include <string>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/function.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/dict.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/contextvars.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"

namespace krait::stdlib {

namespace aio {

namespace {

void trace_module_state(Object* o, Tracer& t) { static_cast<AsyncioState*>(o)->trace(t); }
constexpr GcOps kStateGc{trace_module_state, nullptr};

Value running_loop_or_error(State& st) {
    Value l = module_state(st)->running_loop;
    if (l.is_none()) return raise(st, st.exc.RuntimeError, "no running event loop");
    return l;
}

Value f_get_running_loop(State& st, Args a) {
    if (!check_count(st, a, "get_running_loop", 0, 0)) return Value::error();
    return running_loop_or_error(st);
}

Value f_get_running_loop_opt(State& st, Args a) {
    if (!check_count(st, a, "_get_running_loop", 0, 0)) return Value::error();
    return module_state(st)->running_loop;
}

Value f_set_running_loop(State& st, Args a) {
    if (!check_count(st, a, "_set_running_loop", 1, 1)) return Value::error();
    module_state(st)->running_loop = a.v[0];
    return Value::none();
}

Value f_current_task(State& st, Args a) {
    Value loop;
    if (!parse_args(st, a, Signature{"current_task", {"loop"}, 0}, &loop)) return Value::error();
    if (loop.is_missing() || loop.is_none()) {
        loop = running_loop_or_error(st);
        if (loop.is_error()) return loop;
    }
    if (!isinstance(st, loop, as_type(module_state(st)->loop_type))) return Value::none();
    return static_cast<Loop*>(loop.as_object())->current_task;
}

// The unfinished tasks, newest first (asyncio.all_tasks filters them by loop).
Value f_pending_tasks(State& st, Args a) {
    if (!check_count(st, a, "_pending_tasks", 0, 0)) return Value::error();
    List* out = make_list(st, 0);
    if (!out) return Value::error();
    Root keep(st.heap, Value::from_object(out));
    for (Task* t = module_state(st)->pending_tasks; t; t = t->next_pending)
        if (!list_append(st, out, Value::from_object(t))) return Value::error();
    return Value::from_object(out);
}

// _set_hooks(name=function, ...): the Python half of asyncio registers what the native half
// calls back (reprs, the report of a failing callback, get_event_loop).
Value f_set_hooks(State& st, Args a) {
    if (a.n) return type_error(st, "_set_hooks() takes keyword arguments only");
    AsyncioState* m = module_state(st);
    struct Hook {
        const char* name;
        Value* slot;
    };
    const Hook hooks[] = {{"future_repr", &m->future_repr},     {"task_repr", &m->task_repr},
                          {"handle_repr", &m->handle_repr},     {"callback_error", &m->callback_error},
                          {"get_event_loop", &m->get_event_loop}, {"create_future", &m->create_future},
                          {"queue_empty", &m->queue_empty},       {"queue_full", &m->queue_full},
                          {"task_get_stack", &m->task_get_stack}, {"task_print_stack", &m->task_print_stack}};
    for (size_t i = 0; i < (a.kwnames ? a.nkw() : 0); ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        bool found = false;
        for (const Hook& h : hooks)
            if (k == h.name) *h.slot = a.kwvalues()[i], found = true;
        if (!found) return type_error(st, "_set_hooks(): unknown hook '" + std::string(k) + "'");
    }
    return Value::none();
}

// _end_on_stop(owner, fn, *args): fn(*args), and if a stop (runtime/interrupt.hpp) ends it,
// the loop of owner (a loop, or an object whose `_loop` is one: a Runner) is ended by
// end_loop_on_stop. What asyncio.run and Runner run through: their own way out, which cancels
// and finishes the tasks, cannot run on a stop.
Value f_end_on_stop(State& st, Args a) {
    if (a.n < 2) return type_error(st, "_end_on_stop() takes at least 2 arguments");
    Value r = call(st, a.v[1], Args{a.v + 2, a.n - 2, a.kwnames});
    if (!r.is_error() || !stopping(st)) return r;
    Value loop = a.v[0];
    Type* loop_type = as_type(module_state(st)->loop_type);
    if (isinstance(st, loop, loop_type)) {
        end_loop_on_stop(st, loop);
        return Value::error();
    }
    Dict* d = instance_dict(st, loop, false);
    loop = d ? dict_get_cstr(st, d, "_loop") : Value::missing();
    if (!loop.is_object() || !isinstance(st, loop, loop_type)) return Value::error();
    end_loop_on_stop(st, loop);
    // The Runner is closed, as its close() leaves it.
    Root saved(st.heap, take_raised(st));
    Value closed = str_value(st, "closed");
    if (!closed.is_error()) dict_set_cstr(st, d, "_state", closed);
    dict_set_cstr(st, d, "_loop", Value::none());
    st.raised = saved.get();
    return Value::error();
}

Value make_exception_class(State& st, const char* name, Type* base, const char* doc) {
    Dict* d = make_dict(st);
    if (!d) return Value::error();
    Root keep(st.heap, Value::from_object(d));
    Value mod = str_value(st, "asyncio.exceptions");
    if (mod.is_error() || !dict_set_cstr(st, d, "__module__", mod)) return Value::error();
    Value doc_str = str_value(st, doc);
    if (doc_str.is_error() || !dict_set_cstr(st, d, "__doc__", doc_str)) return Value::error();
    Tuple* bases = make_tuple(st, {Value::from_object(base)});
    if (!bases) return Value::error();
    Root keep_bases(st.heap, Value::from_object(bases));
    Value n = str_value(st, name);
    if (n.is_error()) return n;
    return call(st, Value::from_object(st.type_type), {n, Value::from_object(bases), Value::from_object(d)});
}

const MethodDef kFunctions[] = {
    {"get_running_loop", f_get_running_loop},
    {"_get_running_loop", f_get_running_loop_opt},
    {"_set_running_loop", f_set_running_loop},
    {"current_task", f_current_task},
    {"_pending_tasks", f_pending_tasks},
    {"_set_hooks", f_set_hooks},
    {"_end_on_stop", f_end_on_stop},
    {"_event_wait", event_wait},
    {"_event_set", event_set},
    {"_is_coroutine_method", is_coroutine_method},
    {nullptr, nullptr},
};

}  // namespace

Value run_in_context(State& st, Value ctx, Value fn, Args args) {
    if (ctx.is_none()) return call(st, fn, args);
    return stdlib::run_in_context(st, ctx, fn, args);
}

Value copy_current_context(State& st) { return copy_context(st); }

Value get_event_loop(State& st) {
    AsyncioState* m = module_state(st);
    if (!m->running_loop.is_none()) return m->running_loop;
    if (m->get_event_loop.is_none()) return raise(st, st.exc.RuntimeError, "no current event loop");
    return call(st, m->get_event_loop, {});
}

}  // namespace aio

Value make_asyncio_module(State& st) {
    using namespace aio;
    if (st.asyncio.is_none()) {
        Type* state_type = make_native_type(st, "_AsyncioState", nullptr, sizeof(AsyncioState), &kStateGc);
        if (!state_type) return Value::error();
        Root keep_type(st.heap, Value::from_object(state_type));
        if (!ready_builtin_type(st, state_type)) return Value::error();
        AsyncioState* s = st.heap.make<AsyncioState>(state_type);
        if (!s) return raise_no_memory(st);
        Value* values[] = {&s->running_loop, &s->event_loop,  &s->cancelled_error, &s->invalid_state_error,
                           &s->future_repr,  &s->task_repr,   &s->get_event_loop,  &s->handle_repr,
                           &s->callback_error, &s->loop_type, &s->future_type,     &s->task_type,
                           &s->handle_type,  &s->timer_handle_type, &s->future_iter_type, &s->event_wait_type,
                           &s->queue_put_type, &s->queue_get_type, &s->create_future, &s->queue_empty,
                           &s->queue_full, &s->task_get_stack, &s->task_print_stack};
        for (Value* v : values) *v = Value::none();
#define ASYNCIO_NAME(id, text) s->names.id = HintedName{nullptr, 0};
#include "stdlib/asyncio/names.def"
#undef ASYNCIO_NAME
        st.asyncio = Value::from_object(s);
#define ASYNCIO_NAME(id, text) \
    if (!(s->names.id.str = intern(st, text))) return Value::error();
#include "stdlib/asyncio/names.def"
#undef ASYNCIO_NAME
    }
    AsyncioState* s = module_state(st);
    krait::Module* m = new_native_module(st, "_asyncio", kFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    Value cancelled = make_exception_class(st, "CancelledError", st.exc.BaseException,
                                           "The Future or Task was cancelled.");
    if (cancelled.is_error()) return cancelled;
    s->cancelled_error = cancelled;
    Value invalid = make_exception_class(st, "InvalidStateError", st.exc.Exception,
                                         "The operation is not allowed in this state.");
    if (invalid.is_error()) return invalid;
    s->invalid_state_error = invalid;
    Type* future = make_future_type(st);
    if (!future) return Value::error();
    s->future_type = Value::from_object(future);
    Type* task = make_task_type(st);
    if (!task) return Value::error();
    s->task_type = Value::from_object(task);
    Type* loop = make_loop_type(st);
    if (!loop) return Value::error();
    s->loop_type = Value::from_object(loop);
    Type* handle = make_handle_type(st, false, nullptr);
    if (!handle) return Value::error();
    s->handle_type = Value::from_object(handle);
    Type* timer = make_handle_type(st, true, handle);
    if (!timer) return Value::error();
    s->timer_handle_type = Value::from_object(timer);
    Type* event_wait = make_event_wait_type(st);
    if (!event_wait) return Value::error();
    s->event_wait_type = Value::from_object(event_wait);
    if (!init_queue(st, s, m)) return Value::error();
    const std::pair<const char*, Value> published[] = {
        {"CancelledError", cancelled}, {"InvalidStateError", invalid},
        {"Future", s->future_type},   {"Task", s->task_type},
        {"_Loop", s->loop_type},      {"Handle", s->handle_type},
        {"TimerHandle", s->timer_handle_type},
    };
    Str* mod_name = intern(st, "_asyncio");
    if (!mod_name) return Value::error();
    for (auto& [name, v] : published) {
        if (!dict_set_cstr(st, m->dict, name, v)) return Value::error();
        if (v.as_object() != cancelled.as_object() && v.as_object() != invalid.as_object() &&
            !dict_set_str(st, as_type(v)->dict, st.names.module, Value::from_object(mod_name)))
            return Value::error();
    }
    // Python sees the coroutines of native_wait.hpp as plain coroutines; a task's repr shows
    // them as the future they also are.
    Tuple* wait_types = make_tuple(st, {s->event_wait_type, s->queue_get_type, s->queue_put_type});
    if (!wait_types || !dict_set_cstr(st, m->dict, "_wait_types", Value::from_object(wait_types))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
