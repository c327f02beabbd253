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
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait::vm {

namespace {

void trace_generator(Object* o, Tracer& t) {
    auto* g = static_cast<Generator*>(o);
    t.mark(g->name);
    t.mark(g->qualname);
    t.mark(g->handled);
    trace_frame(&g->frame, t);
}
const GcOps kGeneratorOps{trace_generator, nullptr};

Generator* gen(Value v) { return static_cast<Generator*>(v.as_object()); }

bool native_stack_exhausted(State& st) {
    char probe;
    return st.stack_limit && &probe < st.stack_limit;
}

// "generator", "coroutine": how the protocol's messages name the object.
const char* kind_of(State& st, Generator* g) { return g->type == st.coroutine_type ? "coroutine" : "generator"; }

// Frees what a finished generator no longer needs, so its locals can be collected.
void finish(Generator* g) {
    g->finished = true;
    Frame* f = &g->frame;
    f->sp = f->slots;  // nothing on the stack or in the locals is live any more
    for (uint32_t i = 0; i < f->nslots; ++i) f->slots[i] = Value::error();
}

}  // namespace

bool is_resumable(State& st, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == st.generator_type || t == st.coroutine_type;
}

Generator* make_generator(State& st, Function* fn, Args args) {
    Code* c = fn->code;
    Type* type = c->flags & compiler::kCodeCoroutine ? st.coroutine_type : st.generator_type;
    auto* g = st.heap.make<Generator>(type, c->frame_slots() * sizeof(Value));
    if (!g) {
        raise_no_memory(st);
        return nullptr;
    }
    Root keep(st.heap, Value::from_object(g));
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->handled = Value::none();
    Frame* f = &g->frame;
    f->nslots = c->frame_slots();
    f->sp = f->slots;  // traceable (empty) until the frame is set up
    if (!setup_function_frame(st, f, fn, args)) return nullptr;
    f->flags = kFrameOwned;
    f->back = nullptr;
    // The code starts with RETURN_GENERATOR, POP_TOP: the frame begins after them.
    f->ip = c->code + 2;
    return g;
}

Frame* enter(State& st, Generator* g, Value value, bool throwing, bool& finished) {
    finished = false;
    if (!throwing && !g->started && !g->finished && !value.is_none()) {
        type_error(st, std::string("can't send non-None value to a just-started ") + kind_of(st, g));
        return nullptr;
    }
    if (g->running) {
        value_error(st, std::string(kind_of(st, g)) + " already executing");
        return nullptr;
    }
    if (g->finished) {
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
    } else if (g->started && !g->resume_without_value) {
        *f->sp++ = value;  // what the paused yield evaluates to
    }
    g->resume_without_value = false;
    g->started = true;
    g->running = true;
    // The frame sees its own handled exception if it has one, else its resumer's.
    Value outer = st.handled;
    if (!g->handled.is_none()) st.handled = g->handled;
    g->handled = outer;
    f->flags &= ~kFrameYielded;
    f->back = st.frames.top;
    st.frames.top = f;
    ++st.depth;
    return f;
}

namespace {

Frame* unlink(State& st, Generator* g) {
    Frame* f = &g->frame;
    Frame* caller = f->back;
    st.frames.top = caller;
    f->back = nullptr;
    --st.depth;
    g->running = false;
    return caller;
}

}  // namespace

Frame* leave_yielded(State& st, Generator* g) {
    Value own = st.handled;
    st.handled = g->handled;
    g->handled = own.is(st.handled) ? Value::none() : own;
    return unlink(st, g);
}

Frame* leave_finished(State& st, Generator* g, bool raised) {
    st.handled = g->handled;
    g->handled = Value::none();
    Frame* caller = unlink(st, g);
    finish(g);
    if (!raised) return caller;
    // PEP 479: a StopIteration escaping the frame becomes a RuntimeError.
    if (raised_matches(st, st.exc.StopIteration))
        raise_from_cause(st, st.exc.RuntimeError, std::string(kind_of(st, g)) + " raised StopIteration");
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

Value stop_with(State& st, Value v);

// Exhaustion with a return value raises StopIteration(value), as CPython's tp_iternext does;
// iter_next and FOR_ITER treat that as the end of the iteration.
Value gen_next(State& st, Value self) {
    Value out;
    switch (resume(st, gen(self), Value::none(), false, out)) {
        case Resume::Yielded: return out;
        case Resume::Returned: return out.is_none() ? Value::stop() : stop_with(st, out);
        default: return Value::error();
    }
}

// The value of a finished send(): StopIteration(value), or a bare StopIteration for None.
Value stop_with(State& st, Value v) {
    if (v.is_none()) {
        Value e = call(st, Value::from_object(st.exc.StopIteration), {});
        return e.is_error() ? e : raise(st, e);
    }
    return raise_stop_iteration(st, v);
}

Value gen_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 2)) return Value::error();
    Value out;
    switch (resume(st, gen(a.v[0]), a.v[1], false, out)) {
        case Resume::Yielded: return out;
        case Resume::Returned: return stop_with(st, out);
        default: return Value::error();
    }
}

// The exception throw(typ[, val[, tb]]) raises, as CPython builds it.
Value throwable(State& st, Args a) {
    Value typ = a.v[1];
    Value val = a.n > 2 ? a.v[2] : Value::none();
    Value tb = a.n > 3 ? a.v[3] : Value::none();
    if (!tb.is_none() && type_of(st, tb) != st.traceback_type)
        return type_error(st, "throw() third argument must be a traceback object");
    Value exc;
    if (is_exception_class(st, typ)) {
        if (is_exception_instance(st, val)) {
            exc = val;
        } else {
            exc = val.is_none() ? call(st, typ, {}) : call(st, typ, {val});
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

// The iterator a suspended generator delegates to (`yield from`), or missing(): the frame is
// paused at the YIELD_VALUE that follows a SEND, with the iterator on top of its stack.
Value delegate_of(Generator* g) {
    if (!g->started || g->finished || g->running) return Value::missing();
    Frame* f = &g->frame;
    uint32_t at = static_cast<uint32_t>(f->ip - f->code->code);
    if (at < 2 || op_of(f->code->code[at - 1]) != Op::YIELD_VALUE || op_of(f->code->code[at - 2]) != Op::SEND)
        return Value::missing();
    return f->sp[-1];
}

Value gen_throw_exc(State& st, Generator* g, Value exc);

// throw() into a generator paused in `yield from`: the delegate gets the exception first.
// Returns missing() when there is no delegate (the caller throws into g itself).
Value throw_to_delegate(State& st, Generator* g, Value exc, Value& out, Resume& how) {
    Value yf = delegate_of(g);
    if (yf.is_missing()) return yf;
    Root keep(st.heap, yf);
    Value r;
    if (is_resumable(st, yf)) {
        // Throwing into a chain recurses natively once per level (as in CPython, without
        // counting against the recursion limit); only the real stack bounds it.
        if (native_stack_exhausted(st)) return raise_recursion(st);
        g->running = true;
        r = gen_throw_exc(st, gen(yf), exc);
        g->running = false;
    } else {
        Value meth = getattr_opt(st, yf, st.names.throw_);
        if (meth.is_error()) return meth;
        if (meth.is_missing()) return Value::missing();
        Root keep_m(st.heap, meth);
        g->running = true;
        r = call(st, meth, {exc});
        g->running = false;
    }
    if (!r.is_error()) {
        out = r;  // the delegate yielded: g stays paused in its yield from
        how = Resume::Yielded;
        return r;
    }
    Frame* f = &g->frame;
    if (raised_matches(st, st.exc.StopIteration)) {
        // The delegate finished: its value is what `yield from` evaluates to.
        Value stop = take_raised(st);
        Value v = as_exception(stop)->fields[0];
        f->sp[-1] = v;
        f->ip = f->code->code + arg_of(f->code->code[f->ip - f->code->code - 2]);
        g->resume_without_value = true;
        how = resume(st, g, Value::none(), false, out);
        return Value::none();
    }
    // Any other exception arises in g at its yield from.
    f->sp -= 1;  // the delegate is done with
    how = resume(st, g, Value::none(), true, out);
    return Value::none();
}

Value gen_throw_exc(State& st, Generator* g, Value exc) {
    Root keep(st.heap, exc);
    Value out;
    Resume how;
    Value d = throw_to_delegate(st, g, exc, out, how);
    if (d.is_error()) return d;
    if (d.is_missing()) {
        raise(st, exc);
        if (!g->started && !g->finished) {
            // Thrown into a generator that never ran: it ends at once.
            finish(g);
            return Value::error();
        }
        how = resume(st, g, Value::none(), true, out);
    }
    switch (how) {
        case Resume::Yielded: return out;
        case Resume::Returned: return stop_with(st, out);
        default: return Value::error();
    }
}

Value gen_throw(State& st, Args a) {
    if (!check_count(st, a, "throw", 2, 4)) return Value::error();
    Value exc = throwable(st, a);
    if (exc.is_error()) return exc;
    return gen_throw_exc(st, gen(a.v[0]), exc);
}

Value gen_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    Generator* g = gen(a.v[0]);
    if (g->finished) return Value::none();
    if (!g->started) {
        finish(g);
        return Value::none();
    }
    Value yf = delegate_of(g);
    if (!yf.is_missing()) {
        // The delegate is closed first (errors from it replace GeneratorExit, as in CPython).
        Root keep(st.heap, yf);
        Value r = Value::none();
        if (is_resumable(st, yf)) {
            if (native_stack_exhausted(st)) return raise_recursion(st);
            r = gen_close(st, Args{&yf, 1});
        } else {
            Value meth = getattr_opt(st, yf, st.names.close);
            if (meth.is_error()) return meth;
            if (!meth.is_missing()) {
                Root keep_m(st.heap, meth);
                r = call(st, meth, {});
            }
        }
        if (r.is_error()) {
            g->frame.sp -= 1;
            Value out;
            switch (resume(st, g, Value::none(), true, out)) {
                case Resume::Yielded: return raise(st, st.exc.RuntimeError, "generator ignored GeneratorExit");
                case Resume::Returned: return Value::none();
                default: return Value::error();
            }
        }
    }
    Value e = call(st, Value::from_object(st.exc.GeneratorExit), {});
    if (e.is_error()) return e;
    raise(st, e);
    Value out;
    switch (resume(st, g, Value::none(), true, out)) {
        case Resume::Yielded: return raise(st, st.exc.RuntimeError, "generator ignored GeneratorExit");
        case Resume::Returned: return Value::none();
        default:
            if (raised_matches(st, st.exc.GeneratorExit) || raised_matches(st, st.exc.StopIteration)) {
                take_raised(st);
                return Value::none();
            }
            return Value::error();
    }
}

Value gen_repr(State& st, Value self) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.as_object()));
    Value q = gen(self)->qualname;
    std::string name = isinstance(st, q, st.str_type) ? std::string(as_str(q)->view()) : "?";
    return str_value(st, std::string("<") + kind_of(st, gen(self)) + " object " + name + " at " + buf + ">");
}

Value gen_get_name(State&, Value self) { return gen(self)->name; }
bool gen_set_name(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "__name__ must be set to a string object");
        return false;
    }
    gen(self)->name = v;
    return true;
}
Value gen_get_qualname(State&, Value self) { return gen(self)->qualname; }
bool gen_set_qualname(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "__qualname__ must be set to a string object");
        return false;
    }
    gen(self)->qualname = v;
    return true;
}
Value gen_get_running(State&, Value self) { return Value::from_bool(gen(self)->running); }
Value gen_get_suspended(State&, Value self) {
    Generator* g = gen(self);
    return Value::from_bool(g->started && !g->running && !g->finished);
}
Value gen_get_code(State&, Value self) { return Value::from_object(gen(self)->frame.code); }
Value gen_get_frame(State& st, Value self) {
    Generator* g = gen(self);
    if (g->finished) return Value::none();
    return make_frame_object(st, &g->frame, Value::none());
}
Value gen_get_yieldfrom(State&, Value self) {
    Value d = delegate_of(gen(self));
    return d.is_missing() ? Value::none() : d;
}

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

bool is_iterable_coroutine(State& st, Value v) {
    return v.is_object() && v.as_object()->type == st.generator_type &&
           (gen(v)->frame.code->flags & compiler::kCodeIterableCoroutine);
}

Value get_awaitable(State& st, Value v, uint32_t where) {
    Value it = v;
    if (!(v.is_object() && v.as_object()->type == st.coroutine_type) && !is_iterable_coroutine(st, v)) {
        it = call_special(st, v, st.names.await_, {});
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
    }
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
    t->gc = &kGeneratorOps;
    t->basicsize = sizeof(Generator);
    t->repr = gen_repr;
    add_methods(st, t, kCoroutineMethods);
    add_getsets(st, t, kCoroutineGetSets);

    t = st.coroutine_wrapper_type;
    t->gc = &kWrapperOps;
    t->basicsize = sizeof(CoroutineWrapper);
    t->iter = gen_iter;
    t->next = wrapper_next;
    add_methods(st, t, kWrapperMethods);
}

}  // namespace krait::vm
