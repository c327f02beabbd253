// anext_awaitable (see anext_awaitable.hpp), as CPython 3.11's Objects/iterobject.c has it:
// each step finds the iterator behind the wrapped awaitable again and forwards to it.
#include "vm/anext_awaitable.hpp"

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "vm/generator.hpp"

namespace krait::vm {

namespace {

struct AnextAwaitable : Object {
    Value wrapped;        // what __anext__() returned
    Value default_value;
};

void trace_anext(Object* o, Tracer& t) {
    auto* a = static_cast<AnextAwaitable*>(o);
    t.mark(a->wrapped);
    t.mark(a->default_value);
}
const GcOps kAnextOps{trace_anext, nullptr};

AnextAwaitable* anext_of(Value v) { return static_cast<AnextAwaitable*>(v.as_object()); }

// The iterator to step: what awaiting the wrapped object iterates over; a coroutine is
// stepped through its __await__() iterator.
Value iterator_of(State& st, AnextAwaitable* a) {
    Value it = awaitable_iter(st, a->wrapped);
    if (it.is_error() || type_of(st, it)->next) return it;
    Root keep(st.heap, it);
    it = call_method(st, it, st.names.await_, {});
    if (!it.is_error() && !type_of(st, it)->next) return type_error(st, "__await__ returned a non-iterable");
    return it;
}

// The step's result: the end of the iteration (StopAsyncIteration) gives the default.
Value finish_step(State& st, AnextAwaitable* a, Value r) {
    if (r.is_stop()) return raise_stop_iteration(st, Value::none());
    if (r.is_error() && raised_matches(st, st.exc.StopAsyncIteration)) {
        take_raised(st);
        return raise_stop_iteration(st, a->default_value);
    }
    return r;
}

Value anext_next(State& st, Value self) {
    AnextAwaitable* a = anext_of(self);
    Value it = iterator_of(st, a);
    if (it.is_error()) return it;
    return finish_step(st, a, type_of(st, it)->next(st, it));
}

// send/throw/close: forwarded to the iterator's method of that name.
template <const char* kName>
Value forward(State& st, Args args) {
    if (args.n < 1) return type_error(st, "descriptor needs an argument");
    AnextAwaitable* a = anext_of(args.v[0]);
    Value it = iterator_of(st, a);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    Value meth = getattr(st, it, intern(st, kName));
    if (meth.is_error()) return meth;
    Root keep_m(st.heap, meth);
    return finish_step(st, a, call(st, meth, Args{args.v + 1, args.n - 1, args.kwnames}));
}

constexpr char kSend[] = "send";
constexpr char kThrow[] = "throw";
constexpr char kClose[] = "close";

Value anext_await(State& st, Args a) {
    if (!check_count(st, a, "__await__", 1, 1)) return Value::error();
    return a.v[0];
}

Value anext_iter(State&, Value self) { return self; }

const MethodDef kAnextMethods[] = {
    {"send", forward<kSend>},
    {"throw", forward<kThrow>},
    {"close", forward<kClose>},
    {"__await__", anext_await},
    {nullptr, nullptr},
};

}  // namespace

Value make_anext_awaitable(State& st, Value awaitable, Value default_value) {
    auto* a = st.heap.make<AnextAwaitable>(st.anext_awaitable_type);
    if (!a) return raise_no_memory(st);
    a->wrapped = awaitable;
    a->default_value = default_value;
    return Value::from_object(a);
}

void init_anext_awaitable_type(State& st) {
    Type* t = st.anext_awaitable_type;
    t->gc = &kAnextOps;
    t->basicsize = sizeof(AnextAwaitable);
    t->iter = anext_iter;
    t->next = anext_next;
    add_methods(st, t, kAnextMethods);
}

}  // namespace krait::vm
