// Generator objects: creation from a call, resumption (next, send, throw, close) and the
// generator protocol's errors, as CPython 3.11 has them.
#include "vm/generator.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait::vm {

namespace {

void trace_generator(Object* o, Tracer& t) {
    auto* g = static_cast<Generator*>(o);
    t.mark(g->handled);
    trace_frame(&g->frame, t);
}
void trace_async_generator(Object* o, Tracer& t) {
    trace_generator(o, t);
    t.mark(async_gen_finalizer(static_cast<Generator*>(o)));
}
// Whether finalize has work to do, for the generators made finalizable (make_generator): a
// generator that is suspended (closing it runs its handlers), a coroutine that has not
// finished (unstarted, it warns that it was never awaited), an async generator that has been
// used (its finalizer hook was taken then) and has not finished.
bool generator_pending(const Object* o) {
    auto* g = static_cast<const Generator*>(o);
    return g->has(kGenStarted) && !g->has(kGenFinished);
}
bool coroutine_pending(const Object* o) { return !static_cast<const Generator*>(o)->has(kGenFinished); }
bool async_generator_pending(const Object* o) {
    auto* g = static_cast<const Generator*>(o);
    return g->has(kGenHooksInited) && !g->has(kGenFinished);
}
void finalize(State& st, Object* o);
const GcOps kGeneratorOps{trace_generator, nullptr, generator_pending, finalize};
const GcOps kCoroutineOps{trace_generator, nullptr, coroutine_pending, finalize};
const GcOps kAsyncGeneratorOps{trace_async_generator, nullptr, async_generator_pending, finalize};

Generator* gen(Value v) { return static_cast<Generator*>(v.as_object()); }

}  // namespace

Value generator_name(State& st, Generator* g) {
    if (!g->has(kGenRenamed)) return Value::from_object(g->frame.code()->name);
    return st.generator_names.find(g)->second.name;
}

Value generator_qualname(State& st, Generator* g) {
    if (!g->has(kGenRenamed)) return Value::from_object(g->frame.code()->qualname);
    return st.generator_names.find(g)->second.qualname;
}

namespace {

// Gives g names of its own (see State::generator_names).
void rename(State& st, Generator* g, Value name, Value qualname) {
    st.generator_names[g] = State::GeneratorNames{name, qualname};
    g->set(kGenRenamed);
}

}  // namespace

const char* kind_of(State& st, Generator* g) {
    if (g->type == st.coroutine_type) return "coroutine";
    return g->type == st.async_generator_type ? "async generator" : "generator";
}

void finish(Generator* g) {
    g->set(kGenFinished);
    // Nothing on the stack or in the locals is live any more: let the collector have it.
    Frame* f = &g->frame;
    f->sp = f->slots;
    for (uint32_t i = 0; i < f->nslots; ++i) f->slots[i] = Value::error();
}

bool is_resumable(State& st, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == st.generator_type || t == st.coroutine_type;
}

Generator* make_generator(State& st, Function* fn, Args args) {
    Code* c = fn->code;
    Type* type = st.generator_type;
    size_t extra = c->frame_slots();
    if (c->flags & compiler::kCodeCoroutine) {
        type = st.coroutine_type;
    } else if (c->flags & compiler::kCodeAsyncGenerator) {
        type = st.async_generator_type;
        ++extra;  // the finalizer hook
    }
    // Finalizable: a coroutine (it warns if it is never awaited), an async generator (it is
    // handed to its finalizer hook), a generator whose code would run something when closed.
    // A generator that runs no handlers when closed needs no finalizer.
    auto* g = type != st.generator_type || c->close_when_collected
                  ? st.heap.make_finalizable<Generator>(type, extra * sizeof(Value))
                  : st.heap.make<Generator>(type, extra * sizeof(Value));
    if (!g) {
        raise_no_memory(st);
        return nullptr;
    }
    Root keep(st.heap, Value::from_object(g));
    if (type == st.async_generator_type) async_gen_finalizer(g) = Value::none();
    g->handled = Value::none();
    Frame* f = &g->frame;
    f->nslots = c->frame_slots();
    f->sp = f->slots;  // traceable (empty) until the frame is set up
    if (!setup_function_frame(st, f, fn, args)) return nullptr;
    f->flags = kFrameOwned;
    f->back = nullptr;
    // The code starts with RETURN_GENERATOR, POP_TOP: the frame begins after them.
    f->ip = c->code + 2;
    // The function's names when it was called: it may have been renamed since it was made.
    if (!fn->name.is(Value::from_object(c->name)) || !fn->qualname.is(Value::from_object(c->qualname)))
        rename(st, g, fn->name, fn->qualname);
    return g;
}

Frame* enter_slow(State& st, Generator* g, Value value, bool throwing, bool& finished) {
    finished = false;
    if (!throwing && !g->has(kGenStarted) && !g->has(kGenFinished) && !value.is_none()) {
        type_error(st, std::string("can't send non-None value to a just-started ") + kind_of(st, g));
        return nullptr;
    }
    if (g->has(kGenRunning)) {
        value_error(st, std::string(kind_of(st, g)) + " already executing");
        return nullptr;
    }
    if (g->has(kGenFinished)) {
        if (g->type == st.coroutine_type) {
            raise(st, st.exc.RuntimeError, "cannot reuse already awaited coroutine");
        } else if (!throwing) {
            finished = true;  // an exhausted generator returns None again
        }
        return nullptr;  // a throw() into it: the exception propagates as it is
    }
    if (st.depth >= st.recursion_limit + st.recursion_headroom) {
        raise_recursion(st);
        return nullptr;
    }
    Frame* f = &g->frame;
    if (throwing) {
        f->flags |= kFrameThrow;
    } else if (g->has(kGenStarted) && !g->has(kGenResumeWithoutValue)) {
        *f->sp++ = value;  // what the paused yield evaluates to
    }
    g->set(kGenResumeWithoutValue, false);
    g->set(kGenStarted);
    return link(st, g);
}

Frame* leave_finished(State& st, Generator* g, bool raised) {
    st.handled = g->handled;
    g->handled = Value::none();
    Frame* caller = unlink(st, g);
    finish(g);
    if (!raised) return caller;
    // PEP 479 (and PEP 525): a StopIteration (StopAsyncIteration) escaping the frame
    // becomes a RuntimeError.
    if (raised_matches(st, st.exc.StopIteration)) {
        raise_from_cause(st, st.exc.RuntimeError, std::string(kind_of(st, g)) + " raised StopIteration");
    } else if (g->type == st.async_generator_type && raised_matches(st, st.exc.StopAsyncIteration)) {
        raise_from_cause(st, st.exc.RuntimeError, "async generator raised StopAsyncIteration");
    }
    return caller;
}

Resume resume(State& st, Generator* g, Value value, bool throwing, Value& out) {
    bool finished;
    Frame* f = enter(st, g, value, throwing, finished);
    if (!f) {
        out = Value::none();
        return finished ? Resume::Returned : Resume::Raised;
    }
    Root keep(st.heap, Value::from_object(g));
    Value r = execute(st, f);
    if (f->flags & kFrameYielded) {
        leave_yielded(st, g);
        out = r;
        return Resume::Yielded;
    }
    leave_finished(st, g, r.is_error());
    if (r.is_error()) return Resume::Raised;
    out = r;
    return Resume::Returned;
}

namespace {

Value gen_iter(State&, Value self) { return self; }

Value send_result(State& st, Resume how, Value out);

// Exhaustion with a return value raises StopIteration(value), as CPython's tp_iternext does;
// iter_next and FOR_ITER treat that as the end of the iteration.
Value gen_next(State& st, Value self) {
    Value out;
    Resume how = resume(st, gen(self), Value::none(), false, out);
    if (how == Resume::Returned && out.is_none()) return Value::stop();
    return send_result(st, how, out);
}

}  // namespace

Value gen_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    Value out;
    Resume how = resume(st, gen(a.v[0]), a.v[1], false, out);
    return send_result(st, how, out);
}

Generator* resumed_by_call(State& st, Value callable, const Value* args, size_t n, Value& sent) {
    Type* t = callable.as_object()->type;
    NativeFn fn;
    if (t == st.method_descriptor_type) {
        fn = static_cast<MethodDescriptor*>(callable.as_object())->fn;
    } else if (t == st.builtin_function_type) {
        auto* nf = static_cast<NativeFunction*>(callable.as_object());
        fn = nf->fn;
        if (!nf->self.is_error()) {
            // A bound send (`send = gen.send`).
            if (fn != gen_send || n != 1 || !is_resumable(st, nf->self)) return nullptr;
            sent = args[0];
            return gen(nf->self);
        }
    } else {
        return nullptr;
    }
    if (fn == gen_send && n == 2 && is_resumable(st, args[0])) {
        sent = args[1];
        return gen(args[0]);
    }
    if (fn == st.builtin_next && n == 1 && args[0].is_object() && args[0].as_object()->type == st.generator_type) {
        sent = Value::none();
        return gen(args[0]);
    }
    return nullptr;
}

Value thrown_exception(State& st, Value typ, Value val, Value tb) {
    if (!tb.is_none() && type_of(st, tb) != st.traceback_type)
        return type_error(st, "throw() third argument must be a traceback object");
    Value exc;
    if (is_exception_class(st, typ)) {
        if (is_exception_instance(st, val)) {
            exc = val;
        } else {
            // A tuple value holds the arguments, as when CPython normalizes an exception.
            if (val.is_none()) exc = call(st, typ, {});
            else if (type_of(st, val) == st.tuple_type) exc = call(st, typ, Args{as_tuple(val)->items, as_tuple(val)->size, nullptr});
            else exc = call(st, typ, {val});
            if (exc.is_error()) return exc;
        }
    } else if (is_exception_instance(st, typ)) {
        if (!val.is_none()) return type_error(st, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return type_error(st, "exceptions must be classes or instances deriving from BaseException, not " +
                                  type_name(st, typ));
    }
    if (!tb.is_none()) as_exception(exc)->traceback = tb;
    return exc;
}

namespace {

// What a resume gave, as send()/throw() return it: the yielded value, or StopIteration.
Value send_result(State& st, Resume how, Value out) {
    switch (how) {
        case Resume::Yielded: return out;
        case Resume::Returned: return raise_stop_iteration(st, out);
        default: return Value::error();
    }
}

Value gen_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    Value exc = thrown_exception(st, a.v[1], a.n > 2 ? a.v[2] : Value::none(), a.n > 3 ? a.v[3] : Value::none());
    if (exc.is_error()) return exc;
    Value out;
    Resume how = throw_into(st, gen(a.v[0]), exc, true, out);
    return send_result(st, how, out);
}

Value gen_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    return close(st, gen(a.v[0]));
}

}  // namespace

Value delegate_of(Generator* g) {
    // The frame is paused at the YIELD_VALUE that follows a SEND, with the iterator on top of
    // its stack.
    if (!g->has(kGenStarted) || g->has(kGenFinished) || g->has(kGenRunning)) return Value::missing();
    Frame* f = &g->frame;
    uint32_t at = static_cast<uint32_t>(f->ip - f->code()->code);
    if (at < 2 || op_of(f->code()->code[at - 1]) != Op::YIELD_VALUE || op_of(f->code()->code[at - 2]) != Op::SEND)
        return Value::missing();
    return f->sp[-1];
}

namespace {

// Closes the iterator a generator delegates to: gen.close(), or its close method if it has one.
Value close_delegate(State& st, Value yf) {
    if (is_resumable(st, yf)) return close(st, gen(yf));
    Value meth = getattr_opt(st, yf, st.names.close);
    if (meth.is_error() || meth.is_missing()) return meth.is_error() ? meth : Value::none();
    Root keep(st.heap, meth);
    return call(st, meth, {});
}

// g's delegate finished with `value` (what its `yield from`/`await` evaluates to): g goes on
// from after its SEND loop.
Resume continue_after_delegate(State& st, Generator* g, Value value, Value& out) {
    Frame* f = &g->frame;
    f->sp[-1] = value;
    f->ip = f->code()->code + arg_of(f->ip[-2]);
    g->set(kGenResumeWithoutValue);
    return resume(st, g, Value::none(), false, out);
}

// Raises the pending exception in g at its yield, its delegate (if any) dropped.
Resume raise_in(State& st, Generator* g, bool drop_delegate, Value& out) {
    if (drop_delegate) g->frame.sp -= 1;
    return resume(st, g, Value::none(), true, out);
}

// The throw at the level where it stops going down a chain of generators: g has no delegate
// (yf missing), or one that is not a generator, or the throw is a GeneratorExit that closes it.
Resume throw_at(State& st, Generator* g, Value yf, Value exc, bool closing, Value& out) {
    if (yf.is_missing()) {
        raise(st, exc);
        return raise_in(st, g, false, out);
    }
    Root keep_yf(st.heap, yf);
    if (closing) {
        g->set(kGenRunning);
        Value r = close_delegate(st, yf);
        g->set(kGenRunning, false);
        if (r.is_error()) return raise_in(st, g, true, out);  // its error replaces GeneratorExit
        raise(st, exc);
        return raise_in(st, g, false, out);
    }
    Value meth = getattr_opt(st, yf, st.names.throw_);
    if (meth.is_error()) return Resume::Raised;
    if (meth.is_missing()) {
        raise(st, exc);
        return raise_in(st, g, false, out);
    }
    Root keep_m(st.heap, meth);
    g->set(kGenRunning);
    Value r = call(st, meth, {exc});
    g->set(kGenRunning, false);
    if (!r.is_error()) {
        out = r;
        return Resume::Yielded;
    }
    if (!raised_matches(st, st.exc.StopIteration)) return raise_in(st, g, true, out);
    Value stop = take_raised(st);
    return continue_after_delegate(st, g, as_exception(stop)->fields[0], out);
}

// Closes g, whose delegate (if it had one) is closed already; `delegate_failed`: closing it
// raised, and that error (pending) is raised in g instead of GeneratorExit.
Value close_one(State& st, Generator* g, bool delegate_failed) {
    Value out;
    Resume how;
    if (delegate_failed) {
        how = raise_in(st, g, true, out);
    } else {
        Value e = call(st, Value::from_object(st.exc.GeneratorExit), {});
        if (e.is_error()) return e;
        raise(st, e);
        how = resume(st, g, Value::none(), true, out);
    }
    switch (how) {
        case Resume::Yielded:
            return raise(st, st.exc.RuntimeError, std::string(kind_of(st, g)) + " ignored GeneratorExit");
        case Resume::Returned: return Value::none();
        default:
            if (raised_matches(st, st.exc.GeneratorExit) || raised_matches(st, st.exc.StopIteration)) {
                take_raised(st);
                return Value::none();
            }
            return Value::error();
    }
}

}  // namespace

// throw() and close() into a chain of generators delegating to each other work from the inside
// out, in a loop: first down the chain to the generator where the exception is raised (each on
// the way marked running, as CPython's gen_throw marks them), then back up, resuming each level
// with what the one below it did. A chain of any depth costs no C++ stack.

Resume throw_into(State& st, Generator* g, Value exc, bool close_delegate_on_exit, Value& out) {
    Root keep(st.heap, exc);
    bool closing = close_delegate_on_exit && isinstance(st, exc, st.exc.GeneratorExit);
    std::vector<Generator*> chain;  // the levels above g, outermost first
    Value yf = delegate_of(g);
    while (!closing && !yf.is_missing() && is_resumable(st, yf)) {
        chain.push_back(g);
        g->set(kGenRunning);
        g = gen(yf);
        yf = delegate_of(g);
    }
    Resume how = throw_at(st, g, yf, exc, closing, out);
    while (!chain.empty()) {
        g = chain.back();
        chain.pop_back();
        g->set(kGenRunning, false);
        if (how == Resume::Returned) how = continue_after_delegate(st, g, out, out);
        else if (how == Resume::Raised) how = raise_in(st, g, true, out);
        // Yielded: the value goes straight out; g stays paused in its yield from.
    }
    return how;
}

Value close(State& st, Generator* g) {
    std::vector<Generator*> chain;  // the levels above g, outermost first
    Value r = Value::none();
    for (;;) {
        if (g->has(kGenFinished)) break;
        if (!g->has(kGenStarted)) {
            finish(g);
            break;
        }
        Value yf = delegate_of(g);
        if (!yf.is_missing() && is_resumable(st, yf)) {
            chain.push_back(g);
            g->set(kGenRunning);
            g = gen(yf);
            continue;
        }
        if (!yf.is_missing()) {
            Root keep(st.heap, yf);
            g->set(kGenRunning);
            r = close_delegate(st, yf);
            g->set(kGenRunning, false);
        }
        r = close_one(st, g, r.is_error());
        break;
    }
    while (!chain.empty()) {
        g = chain.back();
        chain.pop_back();
        g->set(kGenRunning, false);
        r = close_one(st, g, r.is_error());
    }
    return r;
}

namespace {
Value gen_repr(State& st, Value self) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.as_object()));
    Value q = generator_qualname(st, gen(self));
    std::string name = isinstance(st, q, st.str_type) ? std::string(as_str(q)->view()) : "?";
    return str_value(st, std::string("<") + kind_of(st, gen(self)) + " object " + name + " at " + buf + ">");
}

// Sets __name__ (which 0) or __qualname__ (which 1).
bool set_name(State& st, Value self, Value v, int which) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, which ? "__qualname__ must be set to a string object" : "__name__ must be set to a string object");
        return false;
    }
    Generator* g = gen(self);
    Value names[2] = {generator_name(st, g), generator_qualname(st, g)};
    names[which] = v;
    rename(st, g, names[0], names[1]);
    return true;
}

Value gen_get_name(State& st, Value self) { return generator_name(st, gen(self)); }
bool gen_set_name(State& st, Value self, Value v) { return set_name(st, self, v, 0); }
Value gen_get_qualname(State& st, Value self) { return generator_qualname(st, gen(self)); }
bool gen_set_qualname(State& st, Value self, Value v) { return set_name(st, self, v, 1); }
Value gen_get_running(State&, Value self) { return Value::from_bool(gen(self)->has(kGenRunning)); }
Value gen_get_suspended(State&, Value self) {
    Generator* g = gen(self);
    return Value::from_bool(g->has(kGenStarted) && !g->has(kGenRunning) && !g->has(kGenFinished));
}
Value gen_get_code(State&, Value self) { return Value::from_object(gen(self)->frame.code()); }
Value gen_get_frame(State& st, Value self) {
    Generator* g = gen(self);
    if (g->has(kGenFinished)) return Value::none();
    return make_frame_object(st, &g->frame, Value::none());
}
Value gen_get_yieldfrom(State&, Value self) {
    Value d = delegate_of(gen(self));
    return d.is_missing() ? Value::none() : d;
}

// An async generator "runs" while an awaitable drives it, even when suspended in an await.
Value agen_get_running(State&, Value self) { return Value::from_bool(gen(self)->has(kGenRunningAsync)); }
// ag_running and ag_code are read-only members in CPython, which words the error so.
bool readonly_member(State& st, Value, Value) {
    raise(st, st.exc.AttributeError, "readonly attribute");
    return false;
}

const GetSetDef kAsyncGeneratorGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_running", agen_get_running, readonly_member},
    {"ag_code", gen_get_code, readonly_member},
    {"ag_frame", gen_get_frame},
    {"ag_await", gen_get_yieldfrom},
    {nullptr, nullptr},
};

const MethodDef kGeneratorMethods[] = {
    {"send", gen_send},
    {"throw", gen_throw},
    {"close", gen_close},
    {nullptr, nullptr},
};

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running},
    {"gi_suspended", gen_get_suspended},
    {"gi_code", gen_get_code},
    {"gi_frame", gen_get_frame},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {nullptr, nullptr},
};

// coro.__await__(): an iterator over the coroutine, for code that drives it with next().
struct CoroutineWrapper : Object {
    Value coro;
};

void trace_wrapper(Object* o, Tracer& t) { t.mark(static_cast<CoroutineWrapper*>(o)->coro); }
const GcOps kWrapperOps{trace_wrapper, nullptr};

Value coro_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    auto* w = st.heap.make<CoroutineWrapper>(st.coroutine_wrapper_type);
    if (!w) return raise_no_memory(st);
    w->coro = a.v[0];
    return Value::from_object(w);
}

Value wrapped(Value self) { return static_cast<CoroutineWrapper*>(self.as_object())->coro; }

Value wrapper_next(State& st, Value self) { return gen_next(st, wrapped(self)); }

// send/throw/close on the wrapper are the coroutine's, with the coroutine as self.
template <Value (*method)(State&, Args)>
Value forward(State& st, Args a) {
    if (a.n < 1) return method(st, a);
    std::vector<Value> args(a.v, a.v + a.n + a.nkw());
    args[0] = wrapped(a.v[0]);
    return method(st, Args{args.data(), a.n, a.kwnames});
}

const MethodDef kCoroutineMethods[] = {
    {"send", gen_send},
    {"throw", gen_throw},
    {"close", gen_close},
    {"__await__", coro_await},
    {nullptr, nullptr},
};

const MethodDef kWrapperMethods[] = {
    {"send", forward<gen_send>},
    {"throw", forward<gen_throw>},
    {"close", forward<gen_close>},
    {nullptr, nullptr},
};

const GetSetDef kCoroutineGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_running", gen_get_running},
    {"cr_suspended", gen_get_suspended},
    {"cr_code", gen_get_code},
    {"cr_frame", gen_get_frame},
    {"cr_await", gen_get_yieldfrom},
    {"cr_origin", [](State&, Value) { return Value::none(); }},
    {nullptr, nullptr},
};

}  // namespace

void warn_never_awaited(State& st, Value coro) {
    Value warnings = import_name(st, intern(st, "warnings"), Value::none(), Value::none(), 0);
    if (warnings.is_error()) return;
    Root keep(st.heap, warnings);
    Value hook = getattr(st, warnings, intern(st, "_warn_unawaited_coroutine"));
    if (hook.is_error()) return;
    Root keep_hook(st.heap, hook);
    call(st, hook, {coro});
}

namespace {

// The heap's finalize hook (GcOps): what CPython does when it frees an unfinished generator.
void finalize(State& st, Object* o) {
    Generator* g = static_cast<Generator*>(o);
    if (g->has(kGenFinished)) return;
    if (g->type == st.async_generator_type && !g->has(kGenClosed) && !async_gen_finalizer(g).is_none()) {
        // The event loop's hook (sys.set_asyncgen_hooks) closes it asynchronously.
        call(st, async_gen_finalizer(g), {Value::from_object(g)});
        return;
    }
    if (!g->has(kGenStarted) && g->type == st.coroutine_type) {
        finish(g);
        warn_never_awaited(st, Value::from_object(g));
        return;
    }
    close(st, g);
}

}  // namespace

bool is_iterable_coroutine(State& st, Value v) {
    return v.is_object() && v.as_object()->type == st.generator_type &&
           (gen(v)->frame.code()->flags & compiler::kCodeIterableCoroutine);
}

Value awaitable_iter(State& st, Value v, uint32_t where) {
    if (v.is_object() && (v.as_object()->type == st.coroutine_type || (v.as_object()->type->flags & kTypeAwaitsItself)))
        return v;
    if (is_iterable_coroutine(st, v)) return v;
    Value it = call_special(st, v, st.names.await_, {});
    if (it.is_error()) return it;
    if (it.is_missing()) {
        std::string t = type_name(st, v);
        if (where == 1 || where == 2)
            return type_error(st, std::string("'async with' received an object from ") +
                                      (where == 1 ? "__aenter__" : "__aexit__") +
                                      " that does not implement __await__: " + t);
        return type_error(st, "object " + t + " can't be used in 'await' expression");
    }
    // __await__ must give an iterator, not another awaitable (PEP 492).
    if ((it.is_object() && it.as_object()->type == st.coroutine_type) || is_iterable_coroutine(st, it))
        return type_error(st, "__await__() returned a coroutine");
    if (!type_of(st, it)->next)
        return type_error(st, "__await__() returned non-iterator of type '" + type_name(st, it) + "'");
    return it;
}

Value get_awaitable(State& st, Value v, uint32_t where) {
    Value it = awaitable_iter(st, v, where);
    if (it.is_object() && it.as_object()->type == st.coroutine_type && !delegate_of(gen(it)).is_missing())
        return raise(st, st.exc.RuntimeError, "coroutine is being awaited already");
    return it;
}

void init_generator_type(State& st) {
    Type* t = st.generator_type;
    t->gc = &kGeneratorOps;
    t->basicsize = sizeof(Generator);
    t->iter = gen_iter;
    t->next = gen_next;
    t->repr = gen_repr;
    add_methods(st, t, kGeneratorMethods);
    add_getsets(st, t, kGeneratorGetSets);

    t = st.coroutine_type;
    t->gc = &kCoroutineOps;
    t->basicsize = sizeof(Generator);
    t->repr = gen_repr;
    add_methods(st, t, kCoroutineMethods);
    add_getsets(st, t, kCoroutineGetSets);

    t = st.async_generator_type;  // its methods: vm/async_generator.cpp
    t->gc = &kAsyncGeneratorOps;
    t->basicsize = sizeof(Generator);
    add_getsets(st, t, kAsyncGeneratorGetSets);

    t = st.coroutine_wrapper_type;
    t->gc = &kWrapperOps;
    t->basicsize = sizeof(CoroutineWrapper);
    t->iter = gen_iter;
    t->next = wrapper_next;
    add_methods(st, t, kWrapperMethods);
}

}  // namespace krait::vm
