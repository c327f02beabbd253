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

struct RangeIter : Object {
    int64_t next, step, remaining;
};

void no_trace(Object*, Tracer&) {}
const GcOps kRangeGc = {no_trace, nullptr};

void slice_trace(Object* self, Tracer& t) {
    auto* s = static_cast<Slice*>(self);
    t.mark(s->start);
    t.mark(s->stop);
    t.mark(s->step);
}
const GcOps kSliceGc = {slice_trace, nullptr};

Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }

// The number of items of range(start, stop, step); false if it exceeds int64.
bool range_length(int64_t start, int64_t stop, int64_t step, int64_t& out) {
    __int128 n = 0;
    if (step > 0 && start < stop) n = (static_cast<__int128>(stop) - start - 1) / step + 1;
    else if (step < 0 && start > stop) n = (static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1;
    if (n > INT64_MAX) return false;
    out = static_cast<int64_t>(n);
    return true;
}

// A range argument: an int via __index__, within int64.
bool range_arg(State& st, Value v, int64_t& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (!int_to_int64(st, i, out)) {
        overflow_error(st, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

Value range_new(State& st, Type*, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "range() takes no keyword arguments");
    if (a.n == 0) return type_error(st, "range expected at least 1 argument, got 0");
    if (a.n > 3) return type_error(st, "range expected at most 3 arguments, got " + std::to_string(a.n));
    int64_t start = 0, stop, step = 1;
    if (a.n == 1) {
        if (!range_arg(st, a.v[0], stop)) return Value::error();
    } else {
        if (!range_arg(st, a.v[0], start) || !range_arg(st, a.v[1], stop)) return Value::error();
        if (a.n == 3) {
            if (!range_arg(st, a.v[2], step)) return Value::error();
            if (step == 0) return value_error(st, "range() arg 3 must not be zero");
        }
    }
    return make_range(st, start, stop, step);
}

Value range_repr(State& st, Value self) {
    Range* r = as_range(self);
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    s += ')';
    return str_value(st, s);
}

int64_t range_len(State&, Value self) { return as_range(self)->length; }

int range_truth(State&, Value self) { return as_range(self)->length != 0; }

Value range_item(State& st, Range* r, int64_t i) { return make_int(st, r->start + i * r->step); }

Value range_getitem(State& st, Value self, Value key) {
    Range* r = as_range(self);
    if (isinstance(st, key, st.slice_type)) {
        int64_t start, stop, step, count;
        if (!slice_indices(st, static_cast<Slice*>(key.as_object()), r->length, start, stop, step, count))
            return Value::error();
        int64_t nstep = r->step * step;  // |steps| are at most 2^63: fits, as CPython's compute_slice
        int64_t nstart = r->start + start * r->step;
        int64_t nstop = r->start + stop * r->step;
        Value v = make_range(st, nstart, nstop, nstep);
        if (!v.is_error()) as_range(v)->length = count;
        return v;
    }
    if (!has_index(st, key))
        return type_error(st, "range indices must be integers or slices, not " + type_name(st, key));
    int64_t i;
    if (!normalize_index(st, key, r->length, "range object", i)) return Value::error();
    return range_item(st, r, i);
}

// Is the int v one of r's values? (-1: error)
int range_contains_int(State& st, Range* r, Value v) {
    int64_t x;
    if (!int_to_int64(st, v, x)) return 0;  // beyond int64: outside every range we hold
    if (r->length == 0) return 0;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
    __int128 d = static_cast<__int128>(x) - r->start;
    return d % r->step == 0;
}

int range_contains(State& st, Value self, Value item) {
    Range* r = as_range(self);
    Type* type = type_of(st, item);
    if (type == st.int_type || type == st.bool_type)
        return range_contains_int(st, r, item.is_bool() ? Value::from_int(item.is_true()) : item);
    for (int64_t i = 0; i < r->length; ++i) {
        Value x = range_item(st, r, i);
        if (x.is_error()) return -1;
        int e = equal(st, x, item);
        if (e != 0) return e;
    }
    return 0;
}

Value range_iter(State& st, Value self) {
    Range* r = as_range(self);
    auto* it = st.heap.make<RangeIter>(st.range_iterator_type);
    if (!it) return raise_no_memory(st);
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->length;
    return Value::from_object(it);
}

Value range_iter_next(State& st, Value self) {
    auto* it = static_cast<RangeIter*>(self.as_object());
    if (it->remaining <= 0) return Value::stop();
    int64_t v = it->next;
    --it->remaining;
    if (it->remaining) it->next += it->step;
    return make_int(st, v);
}

Value range_iter_length_hint(State&, Args a) {
    return Value::from_int(std::max<int64_t>(0, static_cast<RangeIter*>(a.v[0].as_object())->remaining));
}

Value range_compare(State& st, Value a, Value b, CmpOp op) {
    if (type_of(st, a) != st.range_type || type_of(st, b) != st.range_type) return Value::not_implemented();
    if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
    Range* x = as_range(a);
    Range* y = as_range(b);
    bool eq = x->length == y->length &&
              (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    return Value::from_bool(eq == (op == CmpOp::Eq));
}

// hash((len, start, step)) with the parts that decide equality only, as CPython.
bool range_hash(State& st, Value self, int64_t& out) {
    Range* r = as_range(self);
    Value parts[3] = {make_int(st, r->length), Value::none(), Value::none()};
    if (r->length > 0) parts[1] = make_int(st, r->start);
    if (r->length > 1) parts[2] = make_int(st, r->step);
    Tuple* t = make_tuple(st, parts, 3);
    if (!t) return false;
    return hash(st, Value::from_object(t), out);
}

Value range_count(State& st, Args a) {
    if (!check_args(st, a, 1, "range.count", 1, 1)) return Value::error();
    Range* r = as_range(a.v[0]);
    if (type_of(st, a.v[1]) == st.int_type || a.v[1].is_bool()) {
        int c = range_contains_int(st, r, a.v[1].is_bool() ? Value::from_int(a.v[1].is_true()) : a.v[1]);
        return Value::from_int(c);
    }
    int64_t n = 0;
    for (int64_t i = 0; i < r->length; ++i) {
        Value x = range_item(st, r, i);
        if (x.is_error()) return x;
        int e = equal(st, x, a.v[1]);
        if (e < 0) return Value::error();
        n += e;
    }
    return Value::from_int(n);
}

Value range_index(State& st, Args a) {
    if (!check_args(st, a, 1, "range.index", 1, 1)) return Value::error();
    Range* r = as_range(a.v[0]);
    if (type_of(st, a.v[1]) == st.int_type || a.v[1].is_bool()) {
        Value v = a.v[1].is_bool() ? Value::from_int(a.v[1].is_true()) : a.v[1];
        if (range_contains_int(st, r, v)) {
            int64_t x;
            int_to_int64(st, v, x);
            return make_int(st, (x - r->start) / r->step);
        }
    } else {
        for (int64_t i = 0; i < r->length; ++i) {
            Value x = range_item(st, r, i);
            if (x.is_error()) return x;
            int e = equal(st, x, a.v[1]);
            if (e < 0) return Value::error();
            if (e) return make_int(st, i);
        }
    }
    Value s = repr(st, a.v[1]);
    if (s.is_error()) return s;
    return value_error(st, std::string(str_view(s)) + " is not in range");
}

Value range_reversed(State& st, Args a) {
    Range* r = as_range(a.v[0]);
    auto* it = st.heap.make<RangeIter>(st.range_iterator_type);
    if (!it) return raise_no_memory(st);
    it->next = r->length ? r->start + (r->length - 1) * r->step : r->start;
    it->step = -r->step;
    it->remaining = r->length;
    return Value::from_object(it);
}

Value range_start(State& st, Value self) { return make_int(st, as_range(self)->start); }
Value range_stop(State& st, Value self) { return make_int(st, as_range(self)->stop); }
Value range_step(State& st, Value self) { return make_int(st, as_range(self)->step); }

const MethodDef kRangeMethods[] = {
    {"count", range_count},
    {"index", range_index},
    {"__reversed__", range_reversed},
    {nullptr, nullptr},
};
const GetSetDef kRangeGetSets[] = {
    {"start", range_start},
    {"stop", range_stop},
    {"step", range_step},
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

// slice.indices(length): like slice_indices, but for the Python method's checks.
Value slice_indices_method(State& st, Args a) {
    if (!check_args(st, a, 1, "slice.indices", 1, 1)) return Value::error();
    Value n = number_index(st, a.v[1]);
    if (n.is_error()) return n;
    int64_t len;
    if (!int_to_int64(st, n, len)) return overflow_error(st, "Python int too large to convert to C ssize_t");
    if (len < 0) return value_error(st, "length should not be negative");
    int64_t start, stop, step, count;
    if (!slice_indices(st, as_slice(a.v[0]), len, start, stop, step, count)) return Value::error();
    Tuple* t = make_tuple(st, {make_int(st, start), make_int(st, stop), make_int(st, step)});
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
    {"start", slice_start},
    {"stop", slice_stop},
    {"step", slice_step},
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
    int64_t length;
    if (!range_length(start, stop, step, length)) return overflow_error(st, "Python int too large to convert to C ssize_t");
    auto* r = st.heap.make<Range>(st.range_type);
    if (!r) return raise_no_memory(st);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
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
    it->gc = &kRangeGc;
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
