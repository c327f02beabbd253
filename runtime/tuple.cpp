#include "runtime/tuple.hpp"

#include <string>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"

namespace krait {

namespace {

void tuple_trace(Object* self, Tracer& t) {
    auto* tu = static_cast<Tuple*>(self);
    for (size_t i = 0; i < tu->size; ++i) t.mark(tu->items[i]);
}
const GcOps kTupleGc = {tuple_trace, nullptr};

// A tuple of `type` (tuple or a subclass) with n None items.
Tuple* tuple_alloc(State& st, Type* type, size_t n) {
    if (n > (UINT32_MAX - type->basicsize) / sizeof(Value)) {
        raise_no_memory(st);
        return nullptr;
    }
    Object* o = st.heap.allocate(type, type->basicsize + n * sizeof(Value));
    if (!o) {
        raise_no_memory(st);
        return nullptr;
    }
    auto* t = static_cast<Tuple*>(o);
    t->size = n;
    for (size_t i = 0; i < n; ++i) t->items[i] = Value::none();
    return t;
}

bool is_tuple(State& st, Value v) { return v.is_object() && (v.as_object()->type->flags & kTypeTupleSubclass); }

Value tuple_repr(State& st, Value self) {
    Tuple* t = as_tuple(self);
    if (t->size == 0) return str_value(st, "()");
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, "(...)");
    std::string out = "(";
    for (size_t i = 0; i < t->size; ++i) {
        Value r = repr(st, t->items[i]);
        if (r.is_error()) {
            repr_leave(st, self);
            return Value::error();
        }
        if (i) out += ", ";
        out += str_view(r);
    }
    if (t->size == 1) out += ',';
    out += ')';
    repr_leave(st, self);
    return str_value(st, out);
}

// CPython 3.11's xxHash-derived tuple hash, so hash((1, 2)) agrees with it.
bool tuple_hash(State& st, Value self, int64_t& out) {
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    Tuple* t = as_tuple(self);
    uint64_t acc = kPrime5;
    for (size_t i = 0; i < t->size; ++i) {
        int64_t h;
        if (!hash(st, t->items[i], h)) return false;
        acc += static_cast<uint64_t>(h) * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += t->size ^ (kPrime5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
    out = static_cast<int64_t>(acc);
    return true;
}

Value tuple_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_tuple(st, a) || !is_tuple(st, b)) return Value::not_implemented();
    return sequence_compare(st, a, b, op);
}

int64_t tuple_len(State& st, Value self) { return static_cast<int64_t>(as_tuple(self)->size); }

Value tuple_getitem(State& st, Value self, Value key) {
    Tuple* t = as_tuple(self);
    if (key.is_int()) {
        int64_t i = key.as_int();
        if (i < 0) i += static_cast<int64_t>(t->size);
        if (i < 0 || i >= static_cast<int64_t>(t->size)) return index_error(st, "tuple index out of range");
        return t->items[i];
    }
    if (isinstance(st, key, st.slice_type)) {
        int64_t start, stop, step, count;
        if (!slice_indices(st, static_cast<Slice*>(key.as_object()), static_cast<int64_t>(t->size), start, stop,
                           step, count))
            return Value::error();
        if (step == 1 && count == static_cast<int64_t>(t->size) && t->type == st.tuple_type) return self;
        Tuple* r = make_tuple(st, static_cast<size_t>(count));
        if (!r) return Value::error();
        for (int64_t i = 0, j = start; i < count; ++i, j += step) r->items[i] = t->items[j];
        return Value::from_object(r);
    }
    if (has_index(st, key)) {
        int64_t i;
        if (!normalize_index(st, key, static_cast<int64_t>(t->size), "tuple", i)) return Value::error();
        return t->items[i];
    }
    return type_error(st, "tuple indices must be integers or slices, not " + type_name(st, key));
}

int tuple_contains(State& st, Value self, Value item) {
    for (size_t i = 0; i < as_tuple(self)->size; ++i) {
        int r = equal(st, as_tuple(self)->items[i], item);
        if (r != 0) return r;
    }
    return 0;
}

Value tuple_iter(State& st, Value self) { return make_seq_iter(st, st.tuple_iterator_type, self, 0); }

Value tuple_iter_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error()) return Value::stop();
    Tuple* t = as_tuple(it->seq);
    if (it->index < static_cast<int64_t>(t->size)) return t->items[it->index++];
    it->seq = Value::error();
    return Value::stop();
}

Value tuple_repeat(State& st, Value seq, Value count) {
    int64_t n;
    if (!repeat_count(st, count, n)) return Value::error();
    Tuple* t = as_tuple(seq);
    if (n <= 0 || t->size == 0) return Value::from_object(make_tuple(st, 0));
    if (n == 1 && t->type == st.tuple_type) return seq;
    if (static_cast<uint64_t>(n) > (UINT32_MAX / sizeof(Value)) / t->size) return raise_no_memory(st);
    size_t total = t->size * static_cast<size_t>(n);
    Tuple* r = make_tuple(st, total);
    if (!r) return Value::error();
    for (size_t i = 0; i < total; ++i) r->items[i] = t->items[i % t->size];
    return Value::from_object(r);
}

Value tuple_add(State& st, Value a, Value b) {
    if (!is_tuple(st, a)) return Value::not_implemented();
    if (!is_tuple(st, b)) {
        if (has_reflected(st, b, BinOp::Add)) return Value::not_implemented();
        return type_error(st, "can only concatenate tuple (not \"" + type_name(st, b) + "\") to tuple");
    }
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    if (y->size == 0 && x->type == st.tuple_type) return a;
    if (x->size == 0 && y->type == st.tuple_type) return b;
    Tuple* r = make_tuple(st, x->size + y->size);
    if (!r) return Value::error();
    for (size_t i = 0; i < x->size; ++i) r->items[i] = x->items[i];
    for (size_t i = 0; i < y->size; ++i) r->items[x->size + i] = y->items[i];
    return Value::from_object(r);
}

Value tuple_mul(State& st, Value a, Value b) {
    if (is_tuple(st, a)) {
        if (has_index(st, b)) return tuple_repeat(st, a, b);
        if (has_reflected(st, b, BinOp::Mul)) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
    }
    if (has_index(st, a)) return tuple_repeat(st, b, a);
    return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, a) + "'");
}

Value tuple_new(State& st, Type* type, Args a) {
    if (type == st.tuple_type && a.kwnames && a.nkw()) return type_error(st, "tuple() takes no keyword arguments");
    if (a.n > 1) return type_error(st, "tuple expected at most 1 argument, got " + std::to_string(a.n));
    if (type == st.tuple_type) {
        if (a.n == 0) return Value::from_object(make_tuple(st, 0));
        return tuple_from_iterable(st, a.v[0]);
    }
    Value items = a.n ? tuple_from_iterable(st, a.v[0]) : Value::from_object(make_tuple(st, 0));
    if (items.is_error()) return items;
    Root r(st.heap, items);
    Tuple* src = as_tuple(items);
    Tuple* t = tuple_alloc(st, type, src->size);
    if (!t) return Value::error();
    for (size_t i = 0; i < src->size; ++i) t->items[i] = src->items[i];
    return Value::from_object(t);
}

Value tuple_count(State& st, Args a) {
    if (!check_args(st, a, 1, "tuple.count", 1, 1)) return Value::error();
    int64_t n = 0;
    for (size_t i = 0; i < as_tuple(a.v[0])->size; ++i) {
        int r = equal(st, as_tuple(a.v[0])->items[i], a.v[1]);
        if (r < 0) return Value::error();
        n += r;
    }
    return Value::from_int(n);
}

Value tuple_index(State& st, Args a) {
    if (!no_keywords(st, a, "index")) return Value::error();
    if (a.n < 2) return type_error(st, "index expected at least 1 argument, got " + std::to_string(a.n - 1));
    if (a.n > 4) return type_error(st, "index expected at most 3 arguments, got " + std::to_string(a.n - 1));
    Tuple* t = as_tuple(a.v[0]);
    int64_t len = static_cast<int64_t>(t->size);
    int64_t start = 0, stop = len;
    if (a.n > 2 && !clamp_index(st, a.v[2], start)) return Value::error();
    if (a.n > 3 && !clamp_index(st, a.v[3], stop)) return Value::error();
    if (start < 0) start = std::max<int64_t>(start + len, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + len, 0);
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(t->size); ++i) {
        int r = equal(st, t->items[i], a.v[1]);
        if (r < 0) return Value::error();
        if (r) return Value::from_int(i);
    }
    return value_error(st, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(State& st, Args a) {
    Tuple* t = as_tuple(a.v[0]);
    Tuple* copy = make_tuple(st, t->items, t->size);
    if (!copy) return Value::error();
    return Value::from_object(make_tuple(st, {Value::from_object(copy)}));
}

const MethodDef kTupleMethods[] = {
    {"count", tuple_count},
    {"index", tuple_index},
    {"__getnewargs__", tuple_getnewargs},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

}  // namespace

Tuple* make_tuple(State& st, size_t n) {
    if (n == 0 && st.empty_tuple) return st.empty_tuple;
    return tuple_alloc(st, st.tuple_type, n);
}

Tuple* make_tuple(State& st, const Value* items, size_t n) {
    Tuple* t = make_tuple(st, n);
    if (!t) return nullptr;
    for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
    return t;
}

Tuple* make_tuple(State& st, std::initializer_list<Value> items) { return make_tuple(st, items.begin(), items.size()); }

Value tuple_from_iterable(State& st, Value iterable) {
    Type* type = type_of(st, iterable);
    if (type == st.tuple_type) return iterable;
    if (type->flags & kTypeListSubclass && type->iter == st.list_type->iter) {
        List* l = as_list(iterable);
        Tuple* t = make_tuple(st, l->items, l->size);
        return t ? Value::from_object(t) : Value::error();
    }
    if (type->flags & kTypeTupleSubclass && type->iter == st.tuple_type->iter) {
        Tuple* s = as_tuple(iterable);
        Tuple* t = make_tuple(st, s->items, s->size);
        return t ? Value::from_object(t) : Value::error();
    }
    List* l = list_from_iterable(st, iterable);
    if (!l) return Value::error();
    Root r(st.heap, Value::from_object(l));
    Tuple* t = make_tuple(st, l->items, l->size);
    return t ? Value::from_object(t) : Value::error();
}

Value sequence_compare(State& st, Value a, Value b, CmpOp op) {
    // Lists may change while their items are compared: read size and items afresh each time.
    auto size = [](Value v) -> size_t {
        Object* o = v.as_object();
        return (o->type->flags & kTypeListSubclass) ? static_cast<List*>(o)->size : static_cast<Tuple*>(o)->size;
    };
    auto item = [](Value v, size_t i) -> Value {
        Object* o = v.as_object();
        return (o->type->flags & kTypeListSubclass) ? static_cast<List*>(o)->items[i] : static_cast<Tuple*>(o)->items[i];
    };
    if (size(a) != size(b) && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::from_bool(op == CmpOp::Ne);
    size_t i = 0;
    for (; i < size(a) && i < size(b); ++i) {
        Value x = item(a, i), y = item(b, i);
        if (x.is(y)) continue;
        int k = equal(st, x, y);
        if (k < 0) return Value::error();
        if (!k) break;
    }
    if (i >= size(a) || i >= size(b)) {
        size_t n = size(a), m = size(b);
        bool r = false;
        switch (op) {
            case CmpOp::Lt: r = n < m; break;
            case CmpOp::Le: r = n <= m; break;
            case CmpOp::Eq: r = n == m; break;
            case CmpOp::Ne: r = n != m; break;
            case CmpOp::Gt: r = n > m; break;
            case CmpOp::Ge: r = n >= m; break;
        }
        return Value::from_bool(r);
    }
    if (op == CmpOp::Eq) return Value::from_bool(false);
    if (op == CmpOp::Ne) return Value::from_bool(true);
    return compare(st, item(a, i), item(b, i), op);
}

void init_tuple_type(State& st) {
    Type* t = st.tuple_type;
    t->gc = &kTupleGc;
    t->basicsize = sizeof(Tuple);
    t->flags |= kTypeBaseType | kTypeTupleSubclass | kTypeVarSize;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->compare = tuple_compare;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->iter = tuple_iter;
    t->binop[static_cast<int>(BinOp::Add)] = tuple_add;
    t->binop[static_cast<int>(BinOp::Mul)] = tuple_mul;
    t->new_ = tuple_new;
    add_methods(st, t, kTupleMethods);

    Type* it = st.tuple_iterator_type;
    it->gc = &kSeqIterGc;
    it->basicsize = sizeof(SeqIter);
    it->iter = [](State&, Value self) { return self; };
    it->next = tuple_iter_next;
}

}  // namespace krait
