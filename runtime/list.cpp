#include "runtime/list.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

constexpr size_t kMaxItems = (SIZE_MAX / sizeof(Value)) / 2;

// memmove for n values; empty lists have no buffer, and memmove must not see a null pointer.
void move_values(Value* dst, const Value* src, size_t n) {
    if (n) std::memmove(dst, src, n * sizeof(Value));
}

void list_trace(Object* self, Tracer& t) {
    auto* l = static_cast<List*>(self);
    for (size_t i = 0; i < l->size; ++i) t.mark(l->items[i]);
}
void list_destroy(Heap& heap, Object* self) {
    auto* l = static_cast<List*>(self);
    if (l->items) heap.free_buffer(l->items, l->capacity * sizeof(Value));
    l->items = nullptr;
    l->capacity = l->size = 0;
}
const GcOps kListGc = {list_trace, list_destroy};

bool is_list(Value v) { return v.is_object() && (v.as_object()->type->flags & kTypeListSubclass); }

// Makes room for `need` items, over-allocating as CPython does so appends are amortized O(1).
bool grow(State& st, List* l, size_t need) {
    if (need <= l->capacity) return true;
    if (need > kMaxItems) {
        raise_no_memory(st);
        return false;
    }
    size_t cap = (need + (need >> 3) + 6) & ~size_t(3);
    if (cap < need) cap = need;
    void* p = st.heap.resize_buffer(l->items, l->capacity * sizeof(Value), cap * sizeof(Value));
    if (!p) {
        raise_no_memory(st);
        return false;
    }
    l->items = static_cast<Value*>(p);
    l->capacity = cap;
    return true;
}

// Gives memory back when a list has shrunk to a quarter of its room.
void maybe_shrink(State& st, List* l) {
    if (l->capacity <= 16 || l->size >= l->capacity / 4) return;
    size_t cap = l->size + (l->size >> 3) + 8;
    void* p = st.heap.resize_buffer(l->items, l->capacity * sizeof(Value), cap * sizeof(Value));
    if (!p) return;  // keeping the larger buffer is harmless
    l->items = static_cast<Value*>(p);
    l->capacity = cap;
}

void clear_items(State& st, List* l) {
    if (l->items) st.heap.free_buffer(l->items, l->capacity * sizeof(Value));
    l->items = nullptr;
    l->size = l->capacity = 0;
}

List* list_alloc(State& st, Type* type) {
    List* l = st.heap.make<List>(type);
    if (!l) raise_no_memory(st);
    return l;
}

// PySequence_Fast: v itself when it is a list or tuple, else a new list of its items; a
// TypeError from iter() becomes `message`.
Value sequence_fast(State& st, Value v, const char* message) {
    if (v.is_object() && (v.as_object()->type->flags & (kTypeListSubclass | kTypeTupleSubclass))) return v;
    Value it = get_iter(st, v);
    if (it.is_error()) {
        if (raised_matches(st, st.exc.TypeError)) {
            take_raised(st);
            return type_error(st, message);
        }
        return it;
    }
    Root r(st.heap, it);
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    Root rl(st.heap, Value::from_object(l));
    for (;;) {
        Value x = iter_next(st, it);
        if (x.is_stop()) break;
        if (x.is_error() || !list_append(st, l, x)) return Value::error();
    }
    return Value::from_object(l);
}

void fast_items(Value seq, const Value*& items, size_t& n) {
    Object* o = seq.as_object();
    if (o->type->flags & kTypeListSubclass) {
        items = static_cast<List*>(o)->items;
        n = static_cast<List*>(o)->size;
    } else {
        items = static_cast<Tuple*>(o)->items;
        n = static_cast<Tuple*>(o)->size;
    }
}

// l[lo:hi] = v (v error(): del l[lo:hi]); lo and hi already clamped to [0, size], lo <= hi.
bool assign_slice(State& st, List* l, size_t lo, size_t hi, Value v) {
    Root keep(st.heap);
    const Value* src = nullptr;
    size_t n = 0;
    if (!v.is_error()) {
        if (v.is(Value::from_object(l))) {
            List* copy = make_list(st, 0);
            if (!copy) return false;
            keep.set(Value::from_object(copy));
            if (!list_extend(st, copy, v)) return false;
            v = Value::from_object(copy);
        } else {
            v = sequence_fast(st, v, "can only assign an iterable");
            if (v.is_error()) return false;
            keep.set(v);
        }
        fast_items(v, src, n);
    }
    size_t old = hi - lo;
    if (n > old) {
        if (!grow(st, l, l->size + (n - old))) return false;
        fast_items(v, src, n);
    }
    size_t tail = l->size - hi;
    move_values(l->items + lo + n, l->items + hi, tail);
    move_values(l->items + lo, src, n);
    l->size = l->size - old + n;
    if (n < old) maybe_shrink(st, l);
    return true;
}

Value list_repr(State& st, Value self) {
    if (as_list(self)->size == 0) return str_value(st, "[]");
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, "[...]");
    std::string out = "[";
    for (size_t i = 0; i < as_list(self)->size; ++i) {
        Value r = repr(st, as_list(self)->items[i]);
        if (r.is_error()) {
            repr_leave(st, self);
            return Value::error();
        }
        if (i) out += ", ";
        out += str_view(r);
    }
    out += ']';
    repr_leave(st, self);
    return str_value(st, out);
}

Value list_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_list(a) || !is_list(b)) return Value::not_implemented();
    return sequence_compare(st, a, b, op);
}

int64_t list_len(State&, Value self) { return static_cast<int64_t>(as_list(self)->size); }

Value list_getitem(State& st, Value self, Value key) {
    List* l = as_list(self);
    if (key.is_int()) {
        int64_t i = key.as_int();
        if (i < 0) i += static_cast<int64_t>(l->size);
        if (i < 0 || i >= static_cast<int64_t>(l->size)) return index_error(st, "list index out of range");
        return l->items[i];
    }
    if (isinstance(st, key, st.slice_type)) {
        int64_t start, stop, step, count;
        if (!slice_indices(st, static_cast<Slice*>(key.as_object()), static_cast<int64_t>(l->size), start, stop,
                           step, count))
            return Value::error();
        List* r = make_list(st, static_cast<size_t>(count));
        if (!r) return Value::error();
        for (int64_t i = 0, j = start; i < count; ++i, j += step) r->items[i] = l->items[j];
        return Value::from_object(r);
    }
    if (has_index(st, key)) {
        int64_t i;
        if (!normalize_index(st, key, static_cast<int64_t>(l->size), "list", i)) return Value::error();
        return l->items[i];
    }
    return type_error(st, "list indices must be integers or slices, not " + type_name(st, key));
}

bool list_setitem(State& st, Value self, Value key, Value v) {
    List* l = as_list(self);
    if (isinstance(st, key, st.slice_type)) {
        int64_t start, stop, step, count;
        if (!slice_indices(st, static_cast<Slice*>(key.as_object()), static_cast<int64_t>(l->size), start, stop,
                           step, count))
            return false;
        if (step == 1) return assign_slice(st, l, start, std::max(start, stop), v);
        if (v.is_error()) {
            if (count == 0) return true;
            if (step < 0) {
                start = start + step * (count - 1);
                step = -step;
            }
            size_t out = start;
            int64_t next = start;
            for (size_t i = start; i < l->size; ++i) {
                if (static_cast<int64_t>(i) == next && count > 0) {
                    next += step;
                    --count;
                    continue;
                }
                l->items[out++] = l->items[i];
            }
            l->size = out;
            maybe_shrink(st, l);
            return true;
        }
        Value seq = v.is(self) ? Value::from_object(list_from_iterable(st, v))
                               : sequence_fast(st, v, "must assign iterable to extended slice");
        if (seq.is_error() || seq.as_object() == nullptr) return false;
        Root keep(st.heap, seq);
        const Value* src;
        size_t n;
        fast_items(seq, src, n);
        if (static_cast<int64_t>(n) != count) {
            value_error(st, "attempt to assign sequence of size " + std::to_string(n) + " to extended slice of size " +
                                std::to_string(count));
            return false;
        }
        for (int64_t i = 0, j = start; i < count; ++i, j += step) l->items[j] = src[i];
        return true;
    }
    if (!has_index(st, key)) {
        type_error(st, "list indices must be integers or slices, not " + type_name(st, key));
        return false;
    }
    int64_t i;
    if (!normalize_index(st, key, static_cast<int64_t>(l->size), "list assignment", i)) return false;
    if (v.is_error()) {
        move_values(l->items + i, l->items + i + 1, l->size - i - 1);
        --l->size;
        maybe_shrink(st, l);
    } else {
        l->items[i] = v;
    }
    return true;
}

int list_contains(State& st, Value self, Value item) {
    for (size_t i = 0; i < as_list(self)->size; ++i) {
        int r = equal(st, as_list(self)->items[i], item);
        if (r != 0) return r;
    }
    return 0;
}

Value list_iter(State& st, Value self) { return make_seq_iter(st, st.list_iterator_type, self, 0); }

Value list_iter_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error()) return Value::stop();
    List* l = as_list(it->seq);
    if (it->index >= 0 && it->index < static_cast<int64_t>(l->size)) return l->items[it->index++];
    it->seq = Value::error();
    return Value::stop();
}

Value list_reviter_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error()) return Value::stop();
    List* l = as_list(it->seq);
    if (it->index >= 0 && it->index < static_cast<int64_t>(l->size)) return l->items[it->index--];
    it->seq = Value::error();
    return Value::stop();
}

Value list_iter_length_hint(State& st, Args a) {
    auto* it = static_cast<SeqIter*>(a.v[0].as_object());
    if (it->seq.is_error()) return Value::from_int(0);
    int64_t n = static_cast<int64_t>(as_list(it->seq)->size);
    if (it->type == st.list_iterator_type) return Value::from_int(std::max<int64_t>(0, n - it->index));
    return Value::from_int(it->index >= 0 && it->index < n ? it->index + 1 : 0);
}

Value list_add(State& st, Value a, Value b) {
    if (!is_list(a)) return Value::not_implemented();
    if (!is_list(b)) {
        if (has_reflected(st, b, BinOp::Add)) return Value::not_implemented();
        return type_error(st, "can only concatenate list (not \"" + type_name(st, b) + "\") to list");
    }
    List* x = as_list(a);
    List* y = as_list(b);
    List* r = make_list(st, 0);
    if (!r || !grow(st, r, x->size + y->size)) return Value::error();
    move_values(r->items, x->items, x->size);
    move_values(r->items + x->size, y->items, y->size);
    r->size = x->size + y->size;
    return Value::from_object(r);
}

// Appends the first n items of l to itself `times - 1` more times.
bool repeat_into(State& st, List* l, size_t n, int64_t times) {
    if (n && static_cast<uint64_t>(times) > kMaxItems / n) {
        raise_no_memory(st);
        return false;
    }
    size_t total = n * static_cast<size_t>(times);
    if (!grow(st, l, total)) return false;
    for (size_t i = n; i < total; ++i) l->items[i] = l->items[i - n];
    l->size = total;
    return true;
}

Value list_repeat(State& st, Value seq, Value count) {
    int64_t times;
    if (!repeat_count(st, count, times)) return Value::error();
    List* src = as_list(seq);
    List* r = make_list(st, 0);
    if (!r) return Value::error();
    if (times <= 0 || src->size == 0) return Value::from_object(r);
    size_t n = src->size;
    if (!grow(st, r, n)) return Value::error();
    move_values(r->items, src->items, n);
    r->size = n;
    if (!repeat_into(st, r, n, times)) return Value::error();
    return Value::from_object(r);
}

Value list_mul(State& st, Value a, Value b) {
    if (is_list(a)) {
        if (has_index(st, b)) return list_repeat(st, a, b);
        if (has_reflected(st, b, BinOp::Mul)) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
    }
    if (has_index(st, a)) return list_repeat(st, b, a);
    return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, a) + "'");
}

Value list_iadd(State& st, Value a, Value b) {
    if (!list_extend(st, as_list(a), b)) return Value::error();
    return a;
}

Value list_imul(State& st, Value a, Value b) {
    if (!has_index(st, b)) {
        if (has_reflected(st, b, BinOp::Mul)) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
    }
    int64_t times;
    if (!repeat_count(st, b, times)) return Value::error();
    List* l = as_list(a);
    if (times <= 0) {
        clear_items(st, l);
        return a;
    }
    if (!repeat_into(st, l, l->size, times)) return Value::error();
    return a;
}

Value list_new(State& st, Type* type, Args) {
    List* l = list_alloc(st, type);
    return l ? Value::from_object(l) : Value::error();
}

bool list_init(State& st, Value self, Args a) {
    if (a.kwnames && a.nkw()) {
        type_error(st, "list() takes no keyword arguments");
        return false;
    }
    if (a.n > 1) {
        type_error(st, "list expected at most 1 argument, got " + std::to_string(a.n));
        return false;
    }
    List* l = as_list(self);
    clear_items(st, l);
    if (a.n == 1) return list_extend(st, l, a.v[0]);
    return true;
}

Value m_append(State& st, Args a) {
    if (!check_args(st, a, 1, "list.append", 1, 1)) return Value::error();
    if (!list_append(st, as_list(a.v[0]), a.v[1])) return Value::error();
    return Value::none();
}

Value m_extend(State& st, Args a) {
    if (!check_args(st, a, 1, "list.extend", 1, 1)) return Value::error();
    if (!list_extend(st, as_list(a.v[0]), a.v[1])) return Value::error();
    return Value::none();
}

Value m_insert(State& st, Args a) {
    if (!check_args(st, a, 1, "insert", 2, 2)) return Value::error();
    int64_t i;
    if (!clamp_index(st, a.v[1], i)) return Value::error();
    List* l = as_list(a.v[0]);
    int64_t n = static_cast<int64_t>(l->size);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    if (!grow(st, l, l->size + 1)) return Value::error();
    move_values(l->items + i + 1, l->items + i, l->size - i);
    l->items[i] = a.v[2];
    ++l->size;
    return Value::none();
}

Value m_remove(State& st, Args a) {
    if (!check_args(st, a, 1, "list.remove", 1, 1)) return Value::error();
    List* l = as_list(a.v[0]);
    for (size_t i = 0; i < l->size; ++i) {
        int r = equal(st, l->items[i], a.v[1]);
        if (r < 0) return Value::error();
        if (r && i < l->size) {
            move_values(l->items + i, l->items + i + 1, l->size - i - 1);
            --l->size;
            maybe_shrink(st, l);
            return Value::none();
        }
    }
    return value_error(st, "list.remove(x): x not in list");
}

Value m_pop(State& st, Args a) {
    if (!check_args(st, a, 1, "pop", 0, 1)) return Value::error();
    List* l = as_list(a.v[0]);
    int64_t i = -1;
    if (a.n > 1 && !clamp_index(st, a.v[1], i)) return Value::error();
    if (l->size == 0) return index_error(st, "pop from empty list");
    if (i < 0) i += static_cast<int64_t>(l->size);
    if (i < 0 || i >= static_cast<int64_t>(l->size)) return index_error(st, "pop index out of range");
    Value v = l->items[i];
    move_values(l->items + i, l->items + i + 1, l->size - i - 1);
    --l->size;
    maybe_shrink(st, l);
    return v;
}

Value m_clear(State& st, Args a) {
    if (!check_args(st, a, 1, "clear", 0, 0)) return Value::error();
    clear_items(st, as_list(a.v[0]));
    return Value::none();
}

Value m_index(State& st, Args a) {
    if (!check_args(st, a, 1, "index", 1, 3)) return Value::error();
    List* l = as_list(a.v[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (a.n > 2 && !clamp_index(st, a.v[2], start)) return Value::error();
    if (a.n > 3 && !clamp_index(st, a.v[3], stop)) return Value::error();
    int64_t n = static_cast<int64_t>(l->size);
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size); ++i) {
        int r = equal(st, l->items[i], a.v[1]);
        if (r < 0) return Value::error();
        if (r) return Value::from_int(i);
    }
    Value r = repr(st, a.v[1]);
    if (r.is_error()) return r;
    return value_error(st, std::string(str_view(r)) + " is not in list");
}

Value m_count(State& st, Args a) {
    if (!check_args(st, a, 1, "list.count", 1, 1)) return Value::error();
    List* l = as_list(a.v[0]);
    int64_t n = 0;
    for (size_t i = 0; i < l->size; ++i) {
        int r = equal(st, l->items[i], a.v[1]);
        if (r < 0) return Value::error();
        n += r;
    }
    return Value::from_int(n);
}

Value m_reverse(State& st, Args a) {
    if (!check_args(st, a, 1, "reverse", 0, 0)) return Value::error();
    List* l = as_list(a.v[0]);
    std::reverse(l->items, l->items + l->size);
    return Value::none();
}

Value m_sort(State& st, Args a) {
    Value out[2];
    if (!parse_kwargs(st, a, 1, "sort", {"key", "reverse"}, 0, out)) return Value::error();
    Value key = out[0].is_missing() ? Value::none() : out[0];
    bool reverse = false;
    if (!out[1].is_missing()) {
        int64_t r;
        if (!clamp_index(st, out[1], r)) return Value::error();
        reverse = r != 0;
    }
    return list_sort(st, as_list(a.v[0]), key, reverse);
}

Value m_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "copy", 0, 0)) return Value::error();
    List* l = as_list(a.v[0]);
    List* r = make_list(st, 0);
    if (!r || !grow(st, r, l->size)) return Value::error();
    move_values(r->items, l->items, l->size);
    r->size = l->size;
    return Value::from_object(r);
}

Value m_reversed(State& st, Args a) {
    if (!check_args(st, a, 1, "__reversed__", 0, 0)) return Value::error();
    return make_seq_iter(st, st.list_reverseiterator_type, a.v[0], static_cast<int64_t>(as_list(a.v[0])->size) - 1);
}

const MethodDef kListMethods[] = {
    {"append", m_append},   {"extend", m_extend}, {"insert", m_insert},   {"remove", m_remove},
    {"pop", m_pop},         {"clear", m_clear},   {"index", m_index},     {"count", m_count},
    {"reverse", m_reverse}, {"sort", m_sort},     {"copy", m_copy},       {"__reversed__", m_reversed},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

const MethodDef kListIterMethods[] = {
    {"__length_hint__", list_iter_length_hint},
    {nullptr, nullptr},
};

// --- Sorting ---------------------------------------------------------------------------
// A stable merge sort in timsort's shape (natural runs extended by binary insertion to a
// minimum length, then merged) over a permutation of indices, so that keys and values stay
// put in lists the collector sees while comparisons run Python code.

enum class KeyKind { Generic, Int, Float, Str };

struct Sorter {
    State& st;
    const Value* keys;
    KeyKind kind;

    // keys[a] < keys[b]: 1, 0, or -1 on error.
    int lt(size_t a, size_t b) {
        Value x = keys[a], y = keys[b];
        switch (kind) {
            case KeyKind::Int: return x.as_int() < y.as_int();
            case KeyKind::Float: return x.as_double() < y.as_double();
            case KeyKind::Str: return as_str(x)->view() < as_str(y)->view();
            case KeyKind::Generic: break;
        }
        return compare_bool(st, x, y, CmpOp::Lt);
    }

    // Sorts perm[lo, hi) where perm[lo, start) is already sorted.
    bool binary_insertion(std::vector<size_t>& perm, size_t lo, size_t hi, size_t start) {
        for (size_t i = start; i < hi; ++i) {
            size_t pivot = perm[i];
            size_t l = lo, r = i;
            while (l < r) {
                size_t m = l + (r - l) / 2;
                int c = lt(pivot, perm[m]);
                if (c < 0) return false;
                if (c) r = m;
                else l = m + 1;
            }
            std::memmove(&perm[l + 1], &perm[l], (i - l) * sizeof(size_t));
            perm[l] = pivot;
        }
        return true;
    }

    // The length of the run at perm[lo, hi): ascending (non-decreasing), or strictly
    // descending (then reversed in place, which keeps the sort stable).
    int64_t count_run(std::vector<size_t>& perm, size_t lo, size_t hi) {
        if (hi - lo == 1) return 1;
        size_t n = 2;
        int c = lt(perm[lo + 1], perm[lo]);
        if (c < 0) return -1;
        if (c) {
            for (; lo + n < hi; ++n) {
                c = lt(perm[lo + n], perm[lo + n - 1]);
                if (c < 0) return -1;
                if (!c) break;
            }
            std::reverse(perm.begin() + lo, perm.begin() + lo + n);
        } else {
            for (; lo + n < hi; ++n) {
                c = lt(perm[lo + n], perm[lo + n - 1]);
                if (c < 0) return -1;
                if (c) break;
            }
        }
        return static_cast<int64_t>(n);
    }

    // Merges the adjacent sorted runs perm[lo, mid) and perm[mid, hi). On error the
    // permutation stays a permutation.
    bool merge(std::vector<size_t>& perm, std::vector<size_t>& tmp, size_t lo, size_t mid, size_t hi) {
        tmp.assign(perm.begin() + lo, perm.begin() + mid);
        size_t i = 0, j = mid, k = lo;
        bool ok = true;
        while (i < tmp.size() && j < hi) {
            int c = lt(perm[j], tmp[i]);
            if (c < 0) {
                ok = false;
                break;
            }
            perm[k++] = c ? perm[j++] : tmp[i++];
        }
        while (i < tmp.size()) perm[k++] = tmp[i++];
        return ok;
    }

    bool sort(std::vector<size_t>& perm) {
        size_t n = perm.size();
        if (n < 2) return true;
        size_t minrun = n, bits = 0;
        while (minrun >= 64) {
            bits |= minrun & 1;
            minrun >>= 1;
        }
        minrun += bits;
        std::vector<std::pair<size_t, size_t>> runs;  // (start, length)
        for (size_t lo = 0; lo < n;) {
            int64_t len = count_run(perm, lo, n);
            if (len < 0) return false;
            size_t run = static_cast<size_t>(len);
            if (run < minrun) {
                size_t force = std::min(minrun, n - lo);
                if (!binary_insertion(perm, lo, lo + force, lo + run)) return false;
                run = force;
            }
            runs.emplace_back(lo, run);
            lo += run;
        }
        std::vector<size_t> tmp;
        while (runs.size() > 1) {
            std::vector<std::pair<size_t, size_t>> next;
            for (size_t r = 0; r < runs.size(); r += 2) {
                if (r + 1 == runs.size()) {
                    next.push_back(runs[r]);
                    break;
                }
                size_t lo = runs[r].first, mid = lo + runs[r].second, hi = mid + runs[r + 1].second;
                if (!merge(perm, tmp, lo, mid, hi)) return false;
                next.emplace_back(lo, hi - lo);
            }
            runs.swap(next);
        }
        return true;
    }
};

KeyKind key_kind(State& st, const Value* keys, size_t n) {
    if (n == 0) return KeyKind::Generic;
    bool ints = true, floats = true, strs = true;
    for (size_t i = 0; i < n; ++i) {
        Value k = keys[i];
        ints = ints && k.is_int();
        floats = floats && k.is_double();
        strs = strs && k.is_object() && k.as_object()->type == st.str_type;
        if (!ints && !floats && !strs) return KeyKind::Generic;
    }
    return ints ? KeyKind::Int : floats ? KeyKind::Float : KeyKind::Str;
}

}  // namespace

List* make_list(State& st, size_t n) {
    List* l = list_alloc(st, st.list_type);
    if (!l) return nullptr;
    if (n) {
        if (n > kMaxItems) {
            raise_no_memory(st);
            return nullptr;
        }
        void* p = st.heap.allocate_buffer(n * sizeof(Value));
        if (!p) {
            raise_no_memory(st);
            return nullptr;
        }
        l->items = static_cast<Value*>(p);
        l->capacity = l->size = n;
        for (size_t i = 0; i < n; ++i) l->items[i] = Value::none();
    }
    return l;
}

bool list_append(State& st, List* l, Value v) {
    if (l->size == l->capacity && !grow(st, l, l->size + 1)) return false;
    l->items[l->size++] = v;
    return true;
}

bool list_reserve(State& st, List* l, size_t n) { return grow(st, l, n); }

bool list_extend(State& st, List* l, Value iterable) {
    Type* type = type_of(st, iterable);
    if (((type->flags & kTypeListSubclass) && type->iter == st.list_type->iter) ||
        ((type->flags & kTypeTupleSubclass) && type->iter == st.tuple_type->iter)) {
        const Value* src;
        size_t n;
        fast_items(iterable, src, n);
        if (!grow(st, l, l->size + n)) return false;
        fast_items(iterable, src, n);  // l's buffer may have moved if iterable is l
        move_values(l->items + l->size, src, n);
        l->size += n;
        return true;
    }
    Root keep(st.heap, Value::from_object(l));
    return for_each(st, iterable, [&](Value v) { return list_append(st, l, v); });
}

List* list_from_iterable(State& st, Value iterable) {
    List* l = make_list(st, 0);
    if (!l) return nullptr;
    Root r(st.heap, Value::from_object(l));
    if (!list_extend(st, l, iterable)) return nullptr;
    return l;
}

Value list_sort(State& st, List* l, Value key, bool reverse) {
    // While sorting, the list looks empty: a key function or comparison that changes it is
    // detected afterwards ("list modified during sort") and cannot disturb the sort.
    List* saved = make_list(st, 0);
    if (!saved) return Value::error();
    Root rs(st.heap, Value::from_object(saved));
    Root rl(st.heap, Value::from_object(l));
    saved->items = l->items;
    saved->size = l->size;
    saved->capacity = l->capacity;
    l->items = nullptr;
    l->size = l->capacity = 0;
    size_t n = saved->size;

    bool ok = true;
    List* keys = saved;
    Root rk(st.heap);
    if (!key.is_none() && n) {
        keys = make_list(st, n);
        if (!keys) {
            ok = false;
        } else {
            rk.set(Value::from_object(keys));
            for (size_t i = 0; i < n; ++i) {
                Value k = call(st, key, {saved->items[i]});
                if (k.is_error()) {
                    ok = false;
                    break;
                }
                keys->items[i] = k;
            }
        }
    }
    if (ok && n > 1) {
        std::vector<size_t> perm(n);
        for (size_t i = 0; i < n; ++i) perm[i] = i;
        if (reverse) std::reverse(perm.begin(), perm.end());
        Sorter sorter{st, keys->items, key_kind(st, keys->items, n)};
        ok = sorter.sort(perm);
        if (reverse) std::reverse(perm.begin(), perm.end());
        if (ok) {
            std::vector<Value> sorted(n);
            for (size_t i = 0; i < n; ++i) sorted[i] = saved->items[perm[i]];
            std::copy(sorted.begin(), sorted.end(), saved->items);
        }
    }
    bool modified = l->items != nullptr || l->size != 0;
    clear_items(st, l);
    l->items = saved->items;
    l->size = saved->size;
    l->capacity = saved->capacity;
    saved->items = nullptr;
    saved->size = saved->capacity = 0;
    if (!ok) return Value::error();
    if (modified) return value_error(st, "list modified during sort");
    return Value::none();
}

int repr_enter(State& st, Value v) {
    if (st.repr_stack.is_none()) {
        List* s = make_list(st, 0);
        if (!s) return -1;
        st.repr_stack = Value::from_object(s);
    }
    List* s = as_list(st.repr_stack);
    for (size_t i = 0; i < s->size; ++i)
        if (s->items[i].is(v)) return 1;
    return list_append(st, s, v) ? 0 : -1;
}

void repr_leave(State& st, Value v) {
    if (st.repr_stack.is_none()) return;
    List* s = as_list(st.repr_stack);
    for (size_t i = s->size; i-- > 0;) {
        if (s->items[i].is(v)) {
            move_values(s->items + i, s->items + i + 1, s->size - i - 1);
            --s->size;
            return;
        }
    }
}

void init_list_type(State& st) {
    Type* t = st.list_type;
    t->gc = &kListGc;
    t->basicsize = sizeof(List);
    t->flags |= kTypeBaseType | kTypeListSubclass;
    t->repr = list_repr;
    t->hash = hash_not_implemented;
    t->compare = list_compare;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    t->binop[static_cast<int>(BinOp::Add)] = list_add;
    t->binop[static_cast<int>(BinOp::Mul)] = list_mul;
    t->inplace[static_cast<int>(BinOp::Add)] = list_iadd;
    t->inplace[static_cast<int>(BinOp::Mul)] = list_imul;
    t->new_ = list_new;
    t->init = list_init;
    add_methods(st, t, kListMethods);

    for (Type* it : {st.list_iterator_type, st.list_reverseiterator_type}) {
        it->gc = &kSeqIterGc;
        it->basicsize = sizeof(SeqIter);
        it->iter = [](State&, Value self) { return self; };
        add_methods(st, it, kListIterMethods);
    }
    st.list_iterator_type->next = list_iter_next;
    st.list_reverseiterator_type->next = list_reviter_next;
}

}  // namespace krait
