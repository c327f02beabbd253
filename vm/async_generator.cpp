// Async generators (PEP 525). An async generator is a Generator of its own type whose frame
// suspends for two reasons: a `yield` (compiled as ASYNC_GEN_WRAP, YIELD_VALUE) produces an
// item, while an `await` deep inside passes a value up to whoever drives the coroutine (the
// event loop). The generator is driven through awaitables: __anext__() and asend() make an
// async_generator_asend, athrow() and aclose() an async_generator_athrow. Driving one resumes
// the generator; a yielded item finishes the awaitable with StopIteration(item), a value from
// an await passes through, and the generator's end becomes StopAsyncIteration.
// Behaviour and messages follow CPython 3.11's Objects/genobject.c.
#include "vm/async_generator.hpp"

#include <cstdio>
#include <string>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/generator.hpp"
#include "vm/traceback.hpp"

namespace krait::vm {

namespace {

Generator* agen(Value v) { return static_cast<Generator*>(v.as_object()); }

// Whether g's last suspension was a `yield` of its own (not an await passing a value up).
bool yielded_item(Generator* g) {
    const Instr* ip = g->frame.ip;
    return ip - g->frame.code()->code >= 2 && op_of(ip[-2]) == Op::ASYNC_GEN_WRAP;
}

Value raise_bare(State& st, Type* type) {
    Value e = call(st, Value::from_object(type), {});
    return e.is_error() ? e : raise(st, e);
}

// A resume of g as CPython's gen_send_ex reports it: the value g suspended with, or an error:
// its exception, or StopAsyncIteration when it returned.
Value outcome(State& st, Resume how, Value out) {
    if (how == Resume::Yielded) return out;
    if (how == Resume::Returned) raise_bare(st, st.exc.StopAsyncIteration);
    return Value::error();
}

// What an asend/athrow awaitable gives for a resume: a value an await passed up, or an error:
// StopIteration(item) for a yielded item, or the generator's exception (it is closed when that
// is StopAsyncIteration or GeneratorExit). Either way the generator stops running async.
Value unwrap(State& st, Generator* g, Resume how, Value out) {
    Value r = outcome(st, how, out);
    if (r.is_error()) {
        if (raised_matches(st, st.exc.StopAsyncIteration) || raised_matches(st, st.exc.GeneratorExit))
            g->set(kGenClosed);
        g->set(kGenRunningAsync, false);
        return r;
    }
    if (!yielded_item(g)) return r;
    g->set(kGenRunningAsync, false);
    return raise_stop_iteration(st, r);
}

// Applies sys.set_asyncgen_hooks on g's first use: g keeps the finalizer, firstiter is called.
// From now on g is finalized if it is collected unfinished (see make_generator).
bool init_hooks(State& st, Generator* g) {
    if (g->has(kGenHooksInited)) return true;
    g->set(kGenHooksInited);
    async_gen_finalizer(g) = st.asyncgen_finalizer;
    if (st.asyncgen_firstiter.is_none()) return true;
    return !call(st, st.asyncgen_firstiter, {Value::from_object(g)}).is_error();
}

// ---- The awaitables -------------------------------------------------------------------------

enum class Stage : uint8_t { Init, Iter, Closed };

// async_generator_asend and async_generator_athrow.
struct AsyncGenAwaitable : Object {
    Value gen;
    // asend: the value to send on the first step; athrow: throw()'s arguments (a tuple), or
    // missing() for aclose().
    Value arg;
    Stage stage;
};

void trace_awaitable(Object* o, Tracer& t) {
    auto* a = static_cast<AsyncGenAwaitable*>(o);
    t.mark(a->gen);
    t.mark(a->arg);
}
const GcOps kAwaitableOps{trace_awaitable, nullptr};

AsyncGenAwaitable* awaitable(Value v) { return static_cast<AsyncGenAwaitable*>(v.as_object()); }

Value make_awaitable(State& st, Type* type, Value gen, Value arg) {
    if (!init_hooks(st, agen(gen))) return Value::error();
    auto* a = st.heap.make<AsyncGenAwaitable>(type);
    if (!a) return raise_no_memory(st);
    a->gen = gen;
    a->arg = arg;
    return Value::from_object(a);
}

Value awaitable_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    return a.v[0];
}

Value awaitable_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    awaitable(a.v[0])->stage = Stage::Closed;
    return Value::none();
}

// -- asend

Value asend_step(State& st, AsyncGenAwaitable* a, Value v) {
    if (a->stage == Stage::Closed)
        return raise(st, st.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Generator* g = agen(a->gen);
    if (a->stage == Stage::Init) {
        if (g->has(kGenRunningAsync))
            return raise(st, st.exc.RuntimeError, "anext(): asynchronous generator is already running");
        if (v.is_none()) v = a->arg;
        a->stage = Stage::Iter;
    }
    g->set(kGenRunningAsync);
    Value out;
    Resume how = resume(st, g, v, false, out);
    Value r = unwrap(st, g, how, out);
    if (r.is_error()) a->stage = Stage::Closed;
    return r;
}

Value asend_next(State& st, Value self) { return asend_step(st, awaitable(self), Value::none()); }

Value asend_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    return asend_step(st, awaitable(a.v[0]), a.v[1]);
}

Value asend_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    AsyncGenAwaitable* aw = awaitable(a.v[0]);
    if (aw->stage == Stage::Closed)
        return raise(st, st.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Value exc = thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    Generator* g = agen(aw->gen);
    Value out;
    Resume how = throw_into(st, g, exc, true, out);
    Value r = unwrap(st, g, how, out);
    if (r.is_error()) aw->stage = Stage::Closed;
    return r;
}

// -- athrow / aclose

bool is_aclose(AsyncGenAwaitable* a) { return a->arg.is_missing(); }

// The generator raised during an aclose(): StopAsyncIteration or GeneratorExit mean it
// closed, which finishes the awaitable (StopIteration); other errors go on.
Value aclose_failed(State& st, AsyncGenAwaitable* a) {
    Generator* g = agen(a->gen);
    g->set(kGenRunningAsync, false);
    a->stage = Stage::Closed;
    if (raised_matches(st, st.exc.StopAsyncIteration) || raised_matches(st, st.exc.GeneratorExit)) {
        take_raised(st);
        return raise_bare(st, st.exc.StopIteration);
    }
    return Value::error();
}

// An aclose() whose generator yielded an item instead of finishing.
Value ignored_exit(State& st, AsyncGenAwaitable* a) {
    agen(a->gen)->set(kGenRunningAsync, false);
    a->stage = Stage::Closed;
    return raise(st, st.exc.RuntimeError, "async generator ignored GeneratorExit");
}

// What resuming the generator gave, for an athrow/aclose awaitable.
Value athrow_result(State& st, AsyncGenAwaitable* a, Resume how, Value out) {
    Generator* g = agen(a->gen);
    if (!is_aclose(a)) {
        Value r = unwrap(st, g, how, out);
        if (r.is_error()) a->stage = Stage::Closed;
        return r;
    }
    Value r = outcome(st, how, out);
    if (r.is_error()) return aclose_failed(st, a);
    return yielded_item(g) ? ignored_exit(st, a) : r;
}

Value athrow_step(State& st, AsyncGenAwaitable* a, Value v) {
    if (a->stage == Stage::Closed)
        return raise(st, st.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Generator* g = agen(a->gen);
    if (g->has(kGenFinished)) {
        a->stage = Stage::Closed;
        return raise_bare(st, st.exc.StopIteration);
    }
    Value out;
    if (a->stage == Stage::Iter) return athrow_result(st, a, resume(st, g, v, false, out), out);

    if (g->has(kGenRunningAsync)) {
        a->stage = Stage::Closed;
        return raise(st, st.exc.RuntimeError, is_aclose(a) ? "aclose(): asynchronous generator is already running"
                                                           : "athrow(): asynchronous generator is already running");
    }
    if (g->has(kGenClosed)) {
        a->stage = Stage::Closed;
        return raise_bare(st, st.exc.StopAsyncIteration);
    }
    if (!v.is_none()) return raise(st, st.exc.RuntimeError, "can't send non-None value to a just-started coroutine");
    a->stage = Stage::Iter;
    g->set(kGenRunningAsync);
    Value exc;
    if (is_aclose(a)) {
        g->set(kGenClosed);
        exc = call(st, Value::from_object(st.exc.GeneratorExit), {});
    } else {
        auto* t = as_tuple(a->arg);
        Args args{t->items, t->size, nullptr};
        if (!check_count(st, args, "athrow", 1, 3)) return Value::error();
        exc = thrown_exception(st, t->items[0], t->size > 1 ? t->items[1] : Value::none(),
                               t->size > 2 ? t->items[2] : Value::none());
    }
    if (exc.is_error()) {
        g->set(kGenRunningAsync, false);
        a->stage = Stage::Closed;
        return exc;
    }
    // The delegate of an await is not closed at once: it may have to await its way out.
    Resume how = throw_into(st, g, exc, false, out);
    return athrow_result(st, a, how, out);
}

Value athrow_next(State& st, Value self) { return athrow_step(st, awaitable(self), Value::none()); }

Value athrow_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    return athrow_step(st, awaitable(a.v[0]), a.v[1]);
}

Value athrow_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    AsyncGenAwaitable* aw = awaitable(a.v[0]);
    if (aw->stage == Stage::Closed)
        return raise(st, st.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Value exc = thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    Value out;
    Resume how = throw_into(st, agen(aw->gen), exc, true, out);
    return athrow_result(st, aw, how, out);
}

// ---- The async generator's own methods -------------------------------------------------------

Value agen_aiter(State& st, Args a) {
    if (!check_count(st, a, "__aiter__", 1, 1)) return Value::error();
    return a.v[0];
}

Value agen_anext(State& st, Args a) {
    if (!check_count(st, a, "__anext__", 1, 1)) return Value::error();
    return make_awaitable(st, st.async_generator_asend_type, a.v[0], Value::none());
}

Value agen_asend(State& st, Args a) {
    if (!check_count(st, a, "asend", 2, 2)) return Value::error();
    return make_awaitable(st, st.async_generator_asend_type, a.v[0], a.v[1]);
}

Value agen_athrow(State& st, Args a) {
    if (!no_keywords(st, a, "athrow")) return Value::error();
    Tuple* args = make_tuple(st, a.v + 1, a.n - 1);
    if (!args) return Value::error();
    return make_awaitable(st, st.async_generator_athrow_type, a.v[0], Value::from_object(args));
}

Value agen_aclose(State& st, Args a) {
    if (!check_count(st, a, "aclose", 1, 1)) return Value::error();
    return make_awaitable(st, st.async_generator_athrow_type, a.v[0], Value::missing());
}

Value agen_repr(State& st, Value self) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.as_object()));
    Value q = generator_qualname(st, agen(self));
    std::string name = isinstance(st, q, st.str_type) ? std::string(as_str(q)->view()) : "?";
    return str_value(st, "<async_generator object " + name + " at " + buf + ">");
}

const MethodDef kAsyncGenMethods[] = {
    {"__aiter__", agen_aiter},
    {"__anext__", agen_anext},
    {"asend", agen_asend},
    {"athrow", agen_athrow},
    {"aclose", agen_aclose},
    {nullptr, nullptr},
};

const MethodDef kAsendMethods[] = {
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", awaitable_close},
    {"__await__", awaitable_await},
    {nullptr, nullptr},
};

const MethodDef kAthrowMethods[] = {
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", awaitable_close},
    {"__await__", awaitable_await},
    {nullptr, nullptr},
};

Value awaitable_iter(State&, Value self) { return self; }

}  // namespace

void init_async_generator_types(State& st) {
    Type* t = st.async_generator_type;
    t->repr = agen_repr;
    add_methods(st, t, kAsyncGenMethods);

    t = st.async_generator_asend_type;
    t->gc = &kAwaitableOps;
    t->basicsize = sizeof(AsyncGenAwaitable);
    t->iter = awaitable_iter;
    t->next = asend_next;
    add_methods(st, t, kAsendMethods);

    t = st.async_generator_athrow_type;
    t->gc = &kAwaitableOps;
    t->basicsize = sizeof(AsyncGenAwaitable);
    t->iter = awaitable_iter;
    t->next = athrow_next;
    add_methods(st, t, kAthrowMethods);
}

Value driven_async_generator(State& st, Value v) {
    if (!v.is_object()) return Value::missing();
    Type* t = v.as_object()->type;
    if (t != st.async_generator_asend_type && t != st.async_generator_athrow_type) return Value::missing();
    return awaitable(v)->gen;
}

}  // namespace krait::vm
