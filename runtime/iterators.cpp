#include "runtime/iterators.hpp"

#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

void seq_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<SeqIter*>(self)->seq); }
const GcOps kSeqIterGc = {seq_iter_trace, nullptr};

namespace {

struct CallIter : Object {
    Value callable;   // error() once exhausted
    Value sentinel;
};

struct Enumerate : Object {
    Value it;
    Value count;
};

struct Zip : Object {
    Value iters;      // a tuple of iterators
    bool strict;
};

struct Map : Object {
    Value func;
    Value iters;      // a tuple of iterators
};

struct Filter : Object {
    Value func;
    Value it;
};

void call_iter_trace(Object* self, Tracer& t) {
    auto* o = static_cast<CallIter*>(self);
    t.mark(o->callable);
    t.mark(o->sentinel);
}
void enumerate_trace(Object* self, Tracer& t) {
    auto* o = static_cast<Enumerate*>(self);
    t.mark(o->it);
    t.mark(o->count);
}
void zip_trace(Object* self, Tracer& t) { t.mark(static_cast<Zip*>(self)->iters); }
void map_trace(Object* self, Tracer& t) {
    auto* o = static_cast<Map*>(self);
    t.mark(o->func);
    t.mark(o->iters);
}
void filter_trace(Object* self, Tracer& t) {
    auto* o = static_cast<Filter*>(self);
    t.mark(o->func);
    t.mark(o->it);
}
const GcOps kCallIterGc = {call_iter_trace, nullptr};
const GcOps kEnumerateGc = {enumerate_trace, nullptr};
const GcOps kZipGc = {zip_trace, nullptr};
const GcOps kMapGc = {map_trace, nullptr};
const GcOps kFilterGc = {filter_trace, nullptr};

Value self_iter(State&, Value self) { return self; }

template <typename T>
T* alloc(State& st, Type* type) {
    T* o = st.heap.make<T>(type);
    if (!o) raise_no_memory(st);
    return o;
}

bool has_kwargs(Args a) { return a.kwnames && a.nkw(); }

// Is the pending exception one that ends an iteration over __getitem__?
bool ends_sequence(State& st) {
    if (raised_matches(st, st.exc.IndexError) || raised_matches(st, st.exc.StopIteration)) {
        take_raised(st);
        return true;
    }
    return false;
}

Value seq_iterator_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error()) return Value::stop();
    Value v = getitem(st, it->seq, make_int(st, it->index));
    if (v.is_error()) {
        if (!ends_sequence(st)) return v;
        it->seq = Value::error();
        return Value::stop();
    }
    ++it->index;
    return v;
}

Value call_iter_next(State& st, Value self) {
    auto* it = static_cast<CallIter*>(self.as_object());
    if (it->callable.is_error()) return Value::stop();
    Value v = call(st, it->callable, {});
    if (v.is_error()) {
        if (!raised_matches(st, st.exc.StopIteration)) return v;
        take_raised(st);
        it->callable = Value::error();
        return Value::stop();
    }
    Root r(st.heap, v);
    int eq = equal(st, v, it->sentinel);
    if (eq < 0) return Value::error();
    if (eq) {
        it->callable = Value::error();
        return Value::stop();
    }
    return v;
}

// enumerate(iterable, start=0)
Value enumerate_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!parse_kwargs(st, a, 0, "enumerate", {"iterable", "start"}, 2, out)) return Value::error();
    if (out[0].is_missing()) return type_error(st, "enumerate() missing required argument 'iterable'");
    Value start = Value::from_int(0);
    if (!out[1].is_missing()) {
        start = number_index(st, out[1]);
        if (start.is_error()) return start;
    }
    Root rs(st.heap, start);
    Value it = get_iter(st, out[0]);
    if (it.is_error()) return it;
    Root ri(st.heap, it);
    auto* e = alloc<Enumerate>(st, type);
    if (!e) return Value::error();
    e->it = it;
    e->count = start;
    return Value::from_object(e);
}

Value enumerate_next(State& st, Value self) {
    auto* e = static_cast<Enumerate*>(self.as_object());
    Value v = iter_next(st, e->it);
    if (v.is_error() || v.is_stop()) return v;
    Root rv(st.heap, v);
    Value index = e->count;
    Root ri(st.heap, index);
    Value next = index.is_int() && index.as_int() < Value::kIntMax ? Value::from_int(index.as_int() + 1)
                                                                    : binary_op(st, index, Value::from_int(1), BinOp::Add);
    if (next.is_error()) return next;
    e->count = next;
    Tuple* t = make_tuple(st, {index, v});
    return t ? Value::from_object(t) : Value::error();
}

// The iterators of args[from..] as a tuple.
Value iterators_of(State& st, const Value* args, size_t n) {
    Tuple* t = make_tuple(st, n);
    if (!t) return Value::error();
    Root r(st.heap, Value::from_object(t));
    for (size_t i = 0; i < n; ++i) {
        Value it = get_iter(st, args[i]);
        if (it.is_error()) return it;
        t->items[i] = it;
    }
    return Value::from_object(t);
}

Value zip_new(State& st, Type* type, Args a) {
    bool strict = false;
    if (has_kwargs(a)) {
        if (a.nkw() > 1)
            return type_error(st, "zip() takes at most 1 keyword argument (" + std::to_string(a.nkw()) + " given)");
        Value out[1];
        Args kw{a.v + a.n, 0, a.kwnames};
        if (!parse_kwargs(st, kw, 0, "zip", {"strict"}, 0, out)) return Value::error();
        if (!out[0].is_missing()) {
            int t = truthy(st, out[0]);
            if (t < 0) return Value::error();
            strict = t;
        }
    }
    Value iters = iterators_of(st, a.v, a.n);
    if (iters.is_error()) return iters;
    Root r(st.heap, iters);
    auto* z = alloc<Zip>(st, type);
    if (!z) return Value::error();
    z->iters = iters;
    z->strict = strict;
    return Value::from_object(z);
}

Value zip_next(State& st, Value self) {
    auto* z = static_cast<Zip*>(self.as_object());
    Tuple* iters = as_tuple(z->iters);
    size_t n = iters->size;
    if (n == 0) return Value::stop();
    Tuple* result = make_tuple(st, n);
    if (!result) return Value::error();
    Root rr(st.heap, Value::from_object(result));
    size_t i = 0;
    for (; i < n; ++i) {
        Value v = iter_next(st, iters->items[i]);
        if (v.is_error()) return v;
        if (v.is_stop()) break;
        result->items[i] = v;
    }
    if (i == n) return Value::from_object(result);
    if (!z->strict) return Value::stop();
    if (i > 0) {
        std::string plural = i == 1 ? " " : "s 1-";
        return value_error(st, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" + plural +
                                   std::to_string(i));
    }
    for (i = 1; i < n; ++i) {
        Value v = iter_next(st, iters->items[i]);
        if (v.is_error()) return v;
        if (!v.is_stop()) {
            std::string plural = i == 1 ? " " : "s 1-";
            return value_error(st, "zip() argument " + std::to_string(i + 1) + " is longer than argument" + plural +
                                       std::to_string(i));
        }
    }
    return Value::stop();
}

Value map_new(State& st, Type* type, Args a) {
    if (has_kwargs(a) && type == st.map_type) return type_error(st, "map() takes no keyword arguments");
    if (a.n < 2) return type_error(st, "map() must have at least two arguments.");
    Value iters = iterators_of(st, a.v + 1, a.n - 1);
    if (iters.is_error()) return iters;
    Root r(st.heap, iters);
    auto* m = alloc<Map>(st, type);
    if (!m) return Value::error();
    m->func = a.v[0];
    m->iters = iters;
    return Value::from_object(m);
}

Value map_next(State& st, Value self) {
    auto* m = static_cast<Map*>(self.as_object());
    Tuple* iters = as_tuple(m->iters);
    Tuple* args = make_tuple(st, iters->size);
    if (!args) return Value::error();
    Root ra(st.heap, Value::from_object(args));
    for (size_t i = 0; i < iters->size; ++i) {
        Value v = iter_next(st, iters->items[i]);
        if (v.is_error() || v.is_stop()) return v;
        args->items[i] = v;
    }
    return call(st, m->func, Args{args->items, args->size, nullptr});
}

Value filter_new(State& st, Type* type, Args a) {
    if (has_kwargs(a) && type == st.filter_type) return type_error(st, "filter() takes no keyword arguments");
    if (a.n != 2) return type_error(st, "filter expected 2 arguments, got " + std::to_string(a.n));
    Value it = get_iter(st, a.v[1]);
    if (it.is_error()) return it;
    Root r(st.heap, it);
    auto* f = alloc<Filter>(st, type);
    if (!f) return Value::error();
    f->func = a.v[0];
    f->it = it;
    return Value::from_object(f);
}

Value filter_next(State& st, Value self) {
    auto* f = static_cast<Filter*>(self.as_object());
    for (;;) {
        Value v = iter_next(st, f->it);
        if (v.is_error() || v.is_stop()) return v;
        Root rv(st.heap, v);
        int keep;
        if (f->func.is_none() || f->func.is(Value::from_object(st.bool_type))) {
            keep = truthy(st, v);
        } else {
            Value r = call(st, f->func, {v});
            if (r.is_error()) return r;
            keep = truthy(st, r);
        }
        if (keep < 0) return Value::error();
        if (keep) return v;
    }
}

Value reversed_new(State& st, Type* type, Args a) {
    if (has_kwargs(a) && type == st.reversed_type) return type_error(st, "reversed() takes no keyword arguments");
    if (a.n != 1) return type_error(st, "reversed expected 1 argument, got " + std::to_string(a.n));
    Value seq = a.v[0];
    Value method = lookup_special(st, seq, st.names.reversed);
    if (method.is_error()) return method;
    if (!method.is_missing()) {
        if (method.is_none()) return type_error(st, "'" + type_name(st, seq) + "' object is not reversible");
        Root rm(st.heap, method);
        return call(st, method, {});
    }
    Type* t = type_of(st, seq);
    if (!t->getitem || (t->flags & kTypeDictSubclass))
        return type_error(st, "'" + type_name(st, seq) + "' object is not reversible");
    int64_t n = length(st, seq);
    if (n < 0) return Value::error();
    return make_seq_iter(st, type, seq, n - 1);
}

Value reversed_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error() || it->index < 0) {
        it->seq = Value::error();
        return Value::stop();
    }
    Value v = getitem(st, it->seq, make_int(st, it->index));
    if (v.is_error()) {
        if (!ends_sequence(st)) return v;
        it->seq = Value::error();
        return Value::stop();
    }
    --it->index;
    return v;
}

Value reversed_length_hint(State&, Args a) {
    auto* it = static_cast<SeqIter*>(a.v[0].as_object());
    return Value::from_int(it->seq.is_error() ? 0 : it->index + 1);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint},
    {nullptr, nullptr},
};

void setup(Type* t, const GcOps* gc, size_t size, UnaryFn next) {
    t->gc = gc;
    t->basicsize = static_cast<uint32_t>(size);
    t->iter = self_iter;
    t->next = next;
}

}  // namespace

Value make_seq_iter(State& st, Type* type, Value seq, int64_t index) {
    auto* it = alloc<SeqIter>(st, type);
    if (!it) return Value::error();
    it->seq = seq;
    it->index = index;
    return Value::from_object(it);
}

Value make_seq_iterator(State& st, Value seq) { return make_seq_iter(st, st.seq_iterator_type, seq, 0); }

Value make_callable_iterator(State& st, Value callable, Value sentinel) {
    auto* it = alloc<CallIter>(st, st.callable_iterator_type);
    if (!it) return Value::error();
    it->callable = callable;
    it->sentinel = sentinel;
    return Value::from_object(it);
}

bool has_index(State& st, Value v) {
    if (v.is_int() || v.is_bool()) return true;
    return type_of(st, v)->index != nullptr || is_int(st, v);
}

bool clamp_index(State& st, Value v, int64_t& out) {
    if (v.is_int()) {
        out = v.as_int();
        return true;
    }
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (i.is_int()) {
        out = i.as_int();
        return true;
    }
    if (int_to_int64(st, i, out)) return true;
    out = static_cast<Int*>(i.as_object())->value.is_negative() ? INT64_MIN : INT64_MAX;
    return true;
}

bool subscript_index(State& st, Value key, int64_t& out) {
    if (key.is_int()) {
        out = key.as_int();
        return true;
    }
    Value v = number_index(st, key);
    if (v.is_error()) return false;
    if (int_to_int64(st, v, out)) return true;
    index_error(st, "cannot fit 'int' into an index-sized integer");
    return false;
}

bool normalize_index(State& st, Value key, int64_t len, const char* what, int64_t& out) {
    int64_t i;
    if (!subscript_index(st, key, i)) return false;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        index_error(st, std::string(what) + " index out of range");
        return false;
    }
    out = i;
    return true;
}

bool repeat_count(State& st, Value n, int64_t& out) {
    if (n.is_int()) {
        out = n.as_int();
        return true;
    }
    Value v = number_index(st, n);
    if (v.is_error()) return false;
    if (!int_to_int64(st, v, out)) {
        overflow_error(st, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    return true;
}

bool has_reflected(State& st, Value other, BinOp op) {
    Type* t = type_of(st, other);
    if (!(t->flags & kTypeHeap)) return false;
    const char* name = op == BinOp::Add ? "__radd__" : op == BinOp::Mul ? "__rmul__" : nullptr;
    if (!name) return true;
    Str* s = intern(st, name);
    if (!s) {
        take_raised(st);
        return true;
    }
    return !type_lookup(st, t, s).is_missing();
}

bool check_args(State& st, Args a, size_t skip, const char* name, size_t min, size_t max) {
    if (has_kwargs(a)) {
        type_error(st, std::string(name) + "() takes no keyword arguments");
        return false;
    }
    size_t n = a.n - skip;
    if (n >= min && n <= max) return true;
    std::string msg;
    if (min == 1 && max == 1) {
        msg = std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)";
    } else if (max == 0) {
        msg = std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)";
    } else if (min == max) {
        msg = std::string(name) + " expected " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
              ", got " + std::to_string(n);
    } else if (n < min) {
        msg = std::string(name) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
              ", got " + std::to_string(n);
    } else {
        msg = std::string(name) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
              ", got " + std::to_string(n);
    }
    type_error(st, msg);
    return false;
}

bool parse_kwargs(State& st, Args a, size_t skip, const char* fname, std::initializer_list<const char*> names,
                  size_t maxpos, Value* out) {
    size_t npos = a.n - skip;
    size_t count = names.size();
    if (npos > maxpos) {
        if (maxpos == 0) type_error(st, std::string(fname) + "() takes no positional arguments");
        else
            type_error(st, std::string(fname) + "() takes at most " + std::to_string(maxpos) + " argument" +
                               (maxpos == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
        return false;
    }
    for (size_t i = 0; i < count; ++i) out[i] = i < npos ? a.v[skip + i] : Value::missing();
    size_t nkw = a.kwnames ? a.nkw() : 0;
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view kw = str_view(a.kwnames->items[k]);
        size_t idx = 0;
        for (const char* name : names) {
            if (kw == name) break;
            ++idx;
        }
        if (idx == count) {
            type_error(st, "'" + std::string(kw) + "' is an invalid keyword argument for " + fname + "()");
            return false;
        }
        if (idx < npos) {
            type_error(st, std::string("argument for ") + fname + "() given by name ('" + std::string(kw) +
                               "') and position (" + std::to_string(idx + 1) + ")");
            return false;
        }
        out[idx] = a.kwvalues()[k];
    }
    return true;
}

void init_iterator_types(State& st) {
    setup(st.seq_iterator_type, &kSeqIterGc, sizeof(SeqIter), seq_iterator_next);
    setup(st.callable_iterator_type, &kCallIterGc, sizeof(CallIter), call_iter_next);

    setup(st.enumerate_type, &kEnumerateGc, sizeof(Enumerate), enumerate_next);
    st.enumerate_type->new_ = enumerate_new;
    setup(st.zip_type, &kZipGc, sizeof(Zip), zip_next);
    st.zip_type->new_ = zip_new;
    setup(st.map_type, &kMapGc, sizeof(Map), map_next);
    st.map_type->new_ = map_new;
    setup(st.filter_type, &kFilterGc, sizeof(Filter), filter_next);
    st.filter_type->new_ = filter_new;
    setup(st.reversed_type, &kSeqIterGc, sizeof(SeqIter), reversed_next);
    st.reversed_type->new_ = reversed_new;
    add_methods(st, st.reversed_type, kReversedMethods);
    for (Type* t : {st.enumerate_type, st.zip_type, st.map_type, st.filter_type, st.reversed_type})
        t->flags |= kTypeBaseType;
}

}  // namespace krait

namespace krait {

// list[int] and friends: a types.GenericAlias (written in Python, stdlib/py/types.py),
// reached through __import__ so that the runtime does not depend on the import system.
Value class_getitem_self(State& st, Args a) {
    if (!check_args(st, a, 1, "__class_getitem__", 1, 1)) return Value::error();
    Value imp = dict_get_cstr(st, st.builtins, "__import__");
    if (imp.is_missing()) return a.v[0];
    if (imp.is_error()) return imp;
    Value types = call(st, imp, {str_value(st, "types")});
    if (types.is_error()) return types;
    Root keep(st.heap, types);
    Value alias = getattr(st, types, intern(st, "GenericAlias"));
    if (alias.is_error()) return alias;
    Root keep_alias(st.heap, alias);
    return call(st, alias, {a.v[0], a.v[1]});
}

}  // namespace krait
