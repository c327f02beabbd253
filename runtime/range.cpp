#include "runtime/range.hpp"

#include <string>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

// Iterates a range: int64 fields when the range is small, Python ints otherwise.
struct RangeIter : Object {
    // A range of small ints counts in int64s; a big one in int Values.
    union {
        int64_t next;
        Value bnext;
    };
    union {
        int64_t step;
        Value bstep;
    };
    union {
        int64_t remaining;
        Value bremaining;
    };
    bool big;
};

void range_trace(Object* self, Tracer& t) {
    auto* r = static_cast<Range*>(self);
    t.mark(r->start);
    t.mark(r->stop);
    t.mark(r->step);
    t.mark(r->length);
}
const GcOps kRangeGc = {range_trace, nullptr};

void range_iter_trace(Object* self, Tracer& t) {
    auto* it = static_cast<RangeIter*>(self);
    if (!it->big) return;
    t.mark(it->bnext);
    t.mark(it->bstep);
    t.mark(it->bremaining);
}
const GcOps kRangeIterGc = {range_iter_trace, nullptr};

void slice_trace(Object* self, Tracer& t) {
    auto* s = static_cast<Slice*>(self);
    t.mark(s->start);
    t.mark(s->stop);
    t.mark(s->step);
}
const GcOps kSliceGc = {slice_trace, nullptr};

Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }

// Arithmetic and comparison on exact ints of any size (no Python code runs).
int icmp(State& st, Value a, Value b) {
    if (a.is_int() && b.is_int()) return (a.as_int() > b.as_int()) - (a.as_int() < b.as_int());
    return to_bigint(st, a).compare(to_bigint(st, b));
}
int isign(State& st, Value a) { return icmp(st, a, Value::from_int(0)); }
Value iadd(State& st, Value a, Value b) { return binary_op(st, a, b, BinOp::Add); }
Value isub(State& st, Value a, Value b) { return binary_op(st, a, b, BinOp::Sub); }
Value imul(State& st, Value a, Value b) { return binary_op(st, a, b, BinOp::Mul); }

// CPython's compute_range_length: (hi - lo - 1) // step + 1 when lo < hi.
Value compute_length(State& st, Value start, Value stop, Value step) {
    Value lo = start, hi = stop;
    if (isign(st, step) < 0) {
        lo = stop;
        hi = start;
        step = unary_neg(st, step);
        if (step.is_error()) return step;
    }
    if (icmp(st, lo, hi) >= 0) return Value::from_int(0);
    Value d = isub(st, hi, lo);
    if (d.is_error()) return d;
    d = isub(st, d, Value::from_int(1));
    if (d.is_error()) return d;
    d = binary_op(st, d, step, BinOp::FloorDiv);
    if (d.is_error()) return d;
    return iadd(st, d, Value::from_int(1));
}

Value range_new(State& st, Type*, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "range() takes no keyword arguments");
    if (a.n == 0) return type_error(st, "range expected at least 1 argument, got 0");
    if (a.n > 3) return type_error(st, "range expected at most 3 arguments, got " + std::to_string(a.n));
    Value v[3];
    for (size_t i = 0; i < a.n; ++i) {
        v[i] = number_index(st, a.v[i]);
        if (v[i].is_error()) return v[i];
    }
    if (a.n == 1) return make_range_values(st, Value::from_int(0), v[0], Value::from_int(1));
    if (a.n == 3 && isign(st, v[2]) == 0) return value_error(st, "range() arg 3 must not be zero");
    return make_range_values(st, v[0], v[1], a.n == 3 ? v[2] : Value::from_int(1));
}

Value range_repr(State& st, Value self) {
    Range* r = as_range(self);
    Value parts[3] = {r->start, r->stop, r->step};
    std::string s = "range(";
    int n = r->step.is_int() && r->step.as_int() == 1 ? 2 : 3;
    for (int i = 0; i < n; ++i) {
        Value x = repr(st, parts[i]);
        if (x.is_error()) return x;
        if (i) s += ", ";
        s += str_view(x);
    }
    s += ')';
    return str_value(st, s);
}

int64_t range_len(State& st, Value self) {
    Range* r = as_range(self);
    if (r->small) return r->ilength;
    int64_t n;
    if (int_to_int64(st, r->length, n)) return n;
    overflow_error(st, "Python int too large to convert to C ssize_t");
    return -1;
}

int range_truth(State& st, Value self) { return isign(st, as_range(self)->length) != 0; }

// start + i * step for 0 <= i < length.
Value range_item(State& st, Range* r, Value i) {
    if (r->small && i.is_int()) {
        __int128 v = static_cast<__int128>(r->istart) + static_cast<__int128>(i.as_int()) * r->istep;
        if (v >= INT64_MIN && v <= INT64_MAX) return make_int(st, static_cast<int64_t>(v));
    }
    Value p = imul(st, i, r->step);
    if (p.is_error()) return p;
    return iadd(st, r->start, p);
}

// _PySlice_GetLongIndices: a slice's start, stop and step for a sequence of `length` items,
// as Python ints of any size.
bool slice_long_indices(State& st, Slice* s, Value length, Value& start, Value& stop, Value& step) {
    auto index_of = [&](Value v) -> Value {
        if (!has_index(st, v))
            return type_error(st, "slice indices must be integers or None or have an __index__ method");
        return number_index(st, v);
    };
    step = Value::from_int(1);
    if (!s->step.is_none()) {
        step = index_of(s->step);
        if (step.is_error()) return false;
        if (isign(st, step) == 0) {
            value_error(st, "slice step cannot be zero");
            return false;
        }
    }
    bool negative = isign(st, step) < 0;
    Value lower = negative ? Value::from_int(-1) : Value::from_int(0);
    Value upper = negative ? isub(st, length, Value::from_int(1)) : length;
    if (upper.is_error()) return false;
    auto bound = [&](Value v, Value absent, Value& out) {
        if (v.is_none()) {
            out = absent;
            return true;
        }
        out = index_of(v);
        if (out.is_error()) return false;
        if (isign(st, out) < 0) {
            out = iadd(st, out, length);
            if (out.is_error()) return false;
            if (icmp(st, out, lower) < 0) out = lower;
        } else if (icmp(st, out, upper) > 0) {
            out = upper;
        }
        return true;
    };
    return bound(s->start, negative ? upper : lower, start) && bound(s->stop, negative ? lower : upper, stop);
}

Value range_getitem(State& st, Value self, Value key) {
    Range* r = as_range(self);
    if (isinstance(st, key, st.slice_type)) {
        Value start, stop, step;
        if (!slice_long_indices(st, static_cast<Slice*>(key.as_object()), r->length, start, stop, step))
            return Value::error();
        Value nstart = range_item(st, r, start);
        if (nstart.is_error()) return nstart;
        Value nstop = range_item(st, r, stop);
        if (nstop.is_error()) return nstop;
        Value nstep = imul(st, r->step, step);
        if (nstep.is_error()) return nstep;
        return make_range_values(st, nstart, nstop, nstep);
    }
    if (!has_index(st, key))
        return type_error(st, "range indices must be integers or slices, not " + type_name(st, key));
    Value i = key.is_int() ? key : number_index(st, key);
    if (i.is_error()) return i;
    if (isign(st, i) < 0) {
        i = iadd(st, i, r->length);
        if (i.is_error()) return i;
    }
    if (isign(st, i) < 0 || icmp(st, i, r->length) >= 0) return index_error(st, "range object index out of range");
    return range_item(st, r, i);
}

// Is the int v one of r's values? (CPython's range_contains_long)
int range_contains_int(State& st, Range* r, Value v) {
    if (v.is_bool()) v = Value::from_int(v.is_true());
    if (r->small && v.is_int()) {
        int64_t x = v.as_int();
        if (r->ilength == 0) return 0;
        if (r->istep > 0 ? (x < r->istart || x >= r->istop) : (x > r->istart || x <= r->istop)) return 0;
        __int128 d = static_cast<__int128>(x) - r->istart;
        return d % r->istep == 0;
    }
    if (isign(st, r->step) > 0) {
        if (icmp(st, r->start, v) > 0 || icmp(st, v, r->stop) >= 0) return 0;
    } else {
        if (icmp(st, v, r->start) > 0 || icmp(st, r->stop, v) >= 0) return 0;
    }
    Value d = isub(st, v, r->start);
    if (d.is_error()) return -1;
    d = binary_op(st, d, r->step, BinOp::Mod);
    if (d.is_error()) return -1;
    return isign(st, d) == 0;
}

bool is_plain_int(State& st, Value v) {
    Type* t = type_of(st, v);
    return t == st.int_type || t == st.bool_type;
}

int range_contains(State& st, Value self, Value item) {
    Range* r = as_range(self);
    if (is_plain_int(st, item)) return range_contains_int(st, r, item);
    return iter_contains(st, self, item);
}

Value new_range_iter(State& st, Value start, Value step, Value length) {
    auto* it = st.heap.make<RangeIter>(st.range_iterator_type);
    if (!it) return raise_no_memory(st);
    int64_t a, b, n;
    if (int_to_int64(st, start, a) && int_to_int64(st, step, b) && int_to_int64(st, length, n) &&
        !__builtin_mul_overflow(n, b, &n) && !__builtin_add_overflow(a, n, &n)) {
        it->next = a;
        it->step = b;
        int_to_int64(st, length, it->remaining);
    } else {
        it->big = true;
        it->bnext = start;
        it->bstep = step;
        it->bremaining = length;
    }
    return Value::from_object(it);
}

Value range_iter(State& st, Value self) {
    Range* r = as_range(self);
    return new_range_iter(st, r->start, r->step, r->length);
}

Value range_iter_next(State& st, Value self) {
    auto* it = static_cast<RangeIter*>(self.as_object());
    if (!it->big) {
        if (it->remaining <= 0) return Value::stop();
        int64_t v = it->next;
        --it->remaining;
        it->next += it->step;
        return make_int(st, v);
    }
    if (isign(st, it->bremaining) <= 0) return Value::stop();
    Value v = it->bnext;
    Root rv(st.heap, v);
    Value n = iadd(st, v, it->bstep);
    if (n.is_error()) return n;
    it->bnext = n;
    Value rem = isub(st, it->bremaining, Value::from_int(1));
    if (rem.is_error()) return rem;
    it->bremaining = rem;
    return v;
}

Value range_iter_length_hint(State& st, Args a) {
    auto* it = static_cast<RangeIter*>(a.v[0].as_object());
    if (it->big) return it->bremaining;
    return Value::from_int(std::max<int64_t>(0, it->remaining));
}

Value range_compare(State& st, Value a, Value b, CmpOp op) {
    if (type_of(st, a) != st.range_type || type_of(st, b) != st.range_type) return Value::not_implemented();
    if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
    Range* x = as_range(a);
    Range* y = as_range(b);
    bool eq = icmp(st, x->length, y->length) == 0 &&
              (isign(st, x->length) == 0 ||
               (icmp(st, x->start, y->start) == 0 &&
                (icmp(st, x->length, Value::from_int(1)) == 0 || icmp(st, x->step, y->step) == 0)));
    return Value::from_bool(eq == (op == CmpOp::Eq));
}

// hash((len, start, step)) with the parts that decide equality only, as CPython.
bool range_hash(State& st, Value self, int64_t& out) {
    Range* r = as_range(self);
    Value parts[3] = {r->length, Value::none(), Value::none()};
    if (isign(st, r->length) > 0) parts[1] = r->start;
    if (icmp(st, r->length, Value::from_int(1)) > 0) parts[2] = r->step;
    Tuple* t = make_tuple(st, parts, 3);
    if (!t) return false;
    return hash(st, Value::from_object(t), out);
}

Value range_count(State& st, Args a) {
    if (!check_args(st, a, 1, "range.count", 1, 1)) return Value::error();
    Range* r = as_range(a.v[0]);
    if (is_plain_int(st, a.v[1])) {
        int c = range_contains_int(st, r, a.v[1]);
        return c < 0 ? Value::error() : Value::from_int(c);
    }
    int64_t n = 0;
    bool ok = for_each(st, a.v[0], [&](Value x) {
        int e = equal(st, x, a.v[1]);
        if (e < 0) return false;
        n += e;
        return true;
    });
    return ok ? make_int(st, n) : Value::error();
}

Value range_index(State& st, Args a) {
    if (!check_args(st, a, 1, "range.index", 1, 1)) return Value::error();
    Range* r = as_range(a.v[0]);
    if (is_plain_int(st, a.v[1])) {
        Value v = a.v[1].is_bool() ? Value::from_int(a.v[1].is_true()) : a.v[1];
        int c = range_contains_int(st, r, v);
        if (c < 0) return Value::error();
        if (c) {
            Value d = isub(st, v, r->start);
            if (d.is_error()) return d;
            return binary_op(st, d, r->step, BinOp::FloorDiv);
        }
    } else {
        int64_t i = 0;
        int64_t found = -1;
        bool ok = for_each(st, a.v[0], [&](Value x) {
            int e = equal(st, x, a.v[1]);
            if (e < 0) return false;
            if (e) {
                found = i;
                return false;
            }
            ++i;
            return true;
        });
        if (found >= 0) return make_int(st, found);
        if (!ok) return Value::error();
    }
    Value s = repr(st, a.v[1]);
    if (s.is_error()) return s;
    return value_error(st, std::string(str_view(s)) + " is not in range");
}

Value range_reversed(State& st, Args a) {
    Range* r = as_range(a.v[0]);
    // The last item, then steps backwards.
    Value last = r->start;
    if (isign(st, r->length) > 0) {
        Value n1 = isub(st, r->length, Value::from_int(1));
        if (n1.is_error()) return n1;
        last = range_item(st, r, n1);
        if (last.is_error()) return last;
    }
    Value step = unary_neg(st, r->step);
    if (step.is_error()) return step;
    return new_range_iter(st, last, step, r->length);
}

Value range_start(State&, Value self) { return as_range(self)->start; }
Value range_stop(State&, Value self) { return as_range(self)->stop; }
Value range_step(State&, Value self) { return as_range(self)->step; }

// Member attributes of range and slice are read-only with CPython's terse message.
bool readonly(State& st, Value, Value) {
    raise(st, st.exc.AttributeError, "readonly attribute");
    return false;
}

const MethodDef kRangeMethods[] = {
    {"count", range_count},
    {"index", range_index},
    {"__reversed__", range_reversed},
    {nullptr, nullptr},
};
const GetSetDef kRangeGetSets[] = {
    {"start", range_start, readonly},
    {"stop", range_stop, readonly},
    {"step", range_step, readonly},
    {nullptr, nullptr},
};
const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", range_iter_length_hint},
    {nullptr, nullptr},
};

// --- slice -----------------------------------------------------------------------------

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

Value slice_new(State& st, Type*, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "slice() takes no keyword arguments");
    if (a.n == 0) return type_error(st, "slice expected at least 1 argument, got 0");
    if (a.n > 3) return type_error(st, "slice expected at most 3 arguments, got " + std::to_string(a.n));
    if (a.n == 1) return make_slice(st, Value::none(), a.v[0], Value::none());
    return make_slice(st, a.v[0], a.v[1], a.n == 3 ? a.v[2] : Value::none());
}

Value slice_repr(State& st, Value self) {
    Slice* s = as_slice(self);
    std::string out = "slice(";
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; ++i) {
        Value r = repr(st, parts[i]);
        if (r.is_error()) return r;
        if (i) out += ", ";
        out += str_view(r);
    }
    out += ')';
    return str_value(st, out);
}

Value slice_compare(State& st, Value a, Value b, CmpOp op) {
    if (!isinstance(st, a, st.slice_type) || !isinstance(st, b, st.slice_type)) return Value::not_implemented();
    if (a.is(b) && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::from_bool(op == CmpOp::Eq);
    Tuple* x = make_tuple(st, {as_slice(a)->start, as_slice(a)->stop, as_slice(a)->step});
    if (!x) return Value::error();
    Root rx(st.heap, Value::from_object(x));
    Tuple* y = make_tuple(st, {as_slice(b)->start, as_slice(b)->stop, as_slice(b)->step});
    if (!y) return Value::error();
    Root ry(st.heap, Value::from_object(y));
    return sequence_compare(st, Value::from_object(x), Value::from_object(y), op);
}

// slice.indices(length), for lengths of any size.
Value slice_indices_method(State& st, Args a) {
    if (!check_args(st, a, 1, "slice.indices", 1, 1)) return Value::error();
    Value n = number_index(st, a.v[1]);
    if (n.is_error()) return n;
    if (isign(st, n) < 0) return value_error(st, "length should not be negative");
    Value start, stop, step;
    if (!slice_long_indices(st, as_slice(a.v[0]), n, start, stop, step)) return Value::error();
    Tuple* t = make_tuple(st, {start, stop, step});
    return t ? Value::from_object(t) : Value::error();
}

Value slice_start(State&, Value self) { return as_slice(self)->start; }
Value slice_stop(State&, Value self) { return as_slice(self)->stop; }
Value slice_step(State&, Value self) { return as_slice(self)->step; }

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices_method},
    {nullptr, nullptr},
};
const GetSetDef kSliceGetSets[] = {
    {"start", slice_start, readonly},
    {"stop", slice_stop, readonly},
    {"step", slice_step, readonly},
    {nullptr, nullptr},
};

// _PyEval_SliceIndex: None keeps the default; otherwise an __index__-able value, clamped.
bool slice_part(State& st, Value v, int64_t& out) {
    if (v.is_none()) return true;
    if (v.is_int()) {
        out = v.as_int();
        return true;
    }
    if (!has_index(st, v)) {
        type_error(st, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return clamp_index(st, v, out);
}

}  // namespace

Value make_range(State& st, int64_t start, int64_t stop, int64_t step) {
    return make_range_values(st, make_int(st, start), make_int(st, stop), make_int(st, step));
}

Value make_range_values(State& st, Value start, Value stop, Value step) {
    Value length = compute_length(st, start, stop, step);
    if (length.is_error()) return length;
    auto* r = st.heap.make<Range>(st.range_type);
    if (!r) return raise_no_memory(st);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    r->small = int_to_int64(st, start, r->istart) && int_to_int64(st, stop, r->istop) &&
               int_to_int64(st, step, r->istep) && int_to_int64(st, length, r->ilength);
    return Value::from_object(r);
}

Value make_slice(State& st, Value start, Value stop, Value step) {
    auto* s = st.heap.make<Slice>(st.slice_type);
    if (!s) return raise_no_memory(st);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return Value::from_object(s);
}

bool slice_indices(State& st, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& count) {
    // PySlice_Unpack, then PySlice_AdjustIndices.
    step = 1;
    if (!slice_part(st, s->step, step)) return false;
    if (!s->step.is_none() && step == 0) {
        value_error(st, "slice step cannot be zero");
        return false;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step cannot overflow
    start = step < 0 ? INT64_MAX : 0;
    if (!slice_part(st, s->start, start)) return false;
    stop = step < 0 ? INT64_MIN : INT64_MAX;
    if (!slice_part(st, s->stop, stop)) return false;

    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    count = 0;
    if (step < 0) {
        if (stop < start) count = (start - stop - 1) / -step + 1;
    } else if (start < stop) {
        count = (stop - start - 1) / step + 1;
    }
    return true;
}

void init_range_types(State& st) {
    Type* t = st.range_type;
    t->gc = &kRangeGc;
    t->basicsize = sizeof(Range);
    t->repr = range_repr;
    t->hash = range_hash;
    t->compare = range_compare;
    t->len = range_len;
    t->truth = range_truth;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->iter = range_iter;
    t->new_ = range_new;
    add_methods(st, t, kRangeMethods);
    add_getsets(st, t, kRangeGetSets);

    Type* it = st.range_iterator_type;
    it->gc = &kRangeIterGc;
    it->basicsize = sizeof(RangeIter);
    it->iter = [](State&, Value self) { return self; };
    it->next = range_iter_next;
    add_methods(st, it, kRangeIterMethods);

    Type* s = st.slice_type;
    s->gc = &kSliceGc;
    s->basicsize = sizeof(Slice);
    s->repr = slice_repr;
    s->hash = hash_not_implemented;
    s->compare = slice_compare;
    s->new_ = slice_new;
    add_methods(st, s, kSliceMethods);
    add_getsets(st, s, kSliceGetSets);
}

}  // namespace krait
