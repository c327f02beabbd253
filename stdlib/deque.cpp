// collections.deque, and the _collections module that publishes it with its iterator types.
//
// The items sit in a ring buffer whose capacity is a power of two, so both ends take O(1)
// amortised time and d[i] is one mask away. The buffer doubles when full and halves when a
// quarter full. Behaviour follows CPython 3.11's _collectionsmodule.c: the same argument
// errors, the same mutation checks (reverse() and d[i] = x do not count as mutations there,
// nor here), and the same calls of a subclass's constructor and __iter__.
#include "stdlib/deque.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"

namespace krait::stdlib {

namespace {

// Beyond this many items the buffer's size in bytes would overflow.
constexpr size_t kMaxItems = size_t(1) << (sizeof(size_t) * 8 - 5);
constexpr size_t kMinCapacity = 8;

struct Deque : Object {
    Value* items;     // `capacity` slots, null while capacity is 0
    size_t capacity;  // 0 or a power of two
    size_t head;      // the slot of the leftmost item
    size_t size;
    int64_t maxlen;   // -1: unbounded
    uint64_t state;   // mutation count, checked by iterators and searches

    Value& at(size_t i) { return items[(head + i) & (capacity - 1)]; }
};

struct DequeIter : Object {
    Value deque;
    size_t index;     // the logical index of the next item
    size_t counter;   // items still to produce
    uint64_t state;   // the deque's state when the iterator was made
};

Deque* as_deque(Value v) { return static_cast<Deque*>(v.as_object()); }
DequeIter* as_iter(Value v) { return static_cast<DequeIter*>(v.as_object()); }

void deque_trace(Object* self, Tracer& t) {
    auto* d = static_cast<Deque*>(self);
    for (size_t i = 0; i < d->size; ++i) t.mark(d->at(i));
}
void deque_destroy(Heap& heap, Object* self) {
    auto* d = static_cast<Deque*>(self);
    if (d->items) heap.free_buffer(d->items, d->capacity * sizeof(Value));
    d->items = nullptr;
    d->capacity = d->size = d->head = 0;
}
void iter_trace(Object* self, Tracer& t) { t.mark(static_cast<DequeIter*>(self)->deque); }

const GcOps kDequeGc{deque_trace, deque_destroy};
const GcOps kIterGc{iter_trace, nullptr};

// ---- storage ----

// Moves the items to a fresh buffer of `cap` slots (a power of two, at least the size),
// unwrapped from slot 0. False when the memory cannot be had (nothing changes then).
bool relocate(State& st, Deque* d, size_t cap) {
    auto* p = static_cast<Value*>(st.heap.allocate_buffer(cap * sizeof(Value)));
    if (!p) return false;
    if (d->size) {
        size_t first = std::min(d->size, d->capacity - d->head);
        std::memcpy(p, d->items + d->head, first * sizeof(Value));
        std::memcpy(p + first, d->items, (d->size - first) * sizeof(Value));
    }
    if (d->items) st.heap.free_buffer(d->items, d->capacity * sizeof(Value));
    d->items = p;
    d->capacity = cap;
    d->head = 0;
    return true;
}

// Room for `need` items. False with MemoryError pending.
bool reserve(State& st, Deque* d, size_t need) {
    if (need <= d->capacity) return true;
    if (need > kMaxItems) {
        raise_no_memory(st);
        return false;
    }
    size_t cap = d->capacity ? d->capacity * 2 : kMinCapacity;
    while (cap < need) cap *= 2;
    if (relocate(st, d, cap)) return true;
    raise_no_memory(st);
    return false;
}

// Gives memory back once the deque has drained to a quarter of its room.
void maybe_shrink(State& st, Deque* d) {
    if (d->capacity <= 4 * kMinCapacity || d->size > d->capacity / 4) return;
    relocate(st, d, d->capacity / 2);  // on failure the larger buffer simply stays
}

void release(State& st, Deque* d) {
    if (d->items) st.heap.free_buffer(d->items, d->capacity * sizeof(Value));
    d->items = nullptr;
    d->capacity = d->size = d->head = 0;
}

// The ends, without maxlen or the mutation count (callers see to both).
bool push_right(State& st, Deque* d, Value v) {
    if (d->size == d->capacity && !reserve(st, d, d->size + 1)) return false;
    d->at(d->size++) = v;
    return true;
}
bool push_left(State& st, Deque* d, Value v) {
    if (d->size == d->capacity && !reserve(st, d, d->size + 1)) return false;
    d->head = (d->head - 1) & (d->capacity - 1);
    d->items[d->head] = v;
    ++d->size;
    return true;
}
Value take_right(Deque* d) { return d->at(--d->size); }
Value take_left(Deque* d) {
    Value v = d->items[d->head];
    d->head = (d->head + 1) & (d->capacity - 1);
    --d->size;
    return v;
}

bool full(const Deque* d) { return d->maxlen >= 0 && d->size >= static_cast<size_t>(d->maxlen); }

// append / appendleft: a full bounded deque drops an item from the other end.
bool append_end(State& st, Deque* d, Value v, bool left) {
    ++d->state;
    if (full(d)) {
        if (d->maxlen == 0) return true;
        if (left) take_right(d);
        else take_left(d);
    }
    return left ? push_left(st, d, v) : push_right(st, d, v);
}

// pop / popleft.
Value pop_end(State& st, Deque* d, bool left) {
    if (d->size == 0) return index_error(st, "pop from an empty deque");
    ++d->state;
    Value v = left ? take_left(d) : take_right(d);
    maybe_shrink(st, d);
    return v;
}

void clear(State& st, Deque* d) {
    if (d->size == 0) return;  // an empty deque is left alone, its iterators keep working
    ++d->state;
    release(st, d);
}

// Rotates n steps to the right (left if negative), moving at most half the items.
void rotate(Deque* d, int64_t n) {
    int64_t len = static_cast<int64_t>(d->size), half = len >> 1;
    if (len <= 1) return;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    ++d->state;
    size_t mask = d->capacity - 1;
    if (d->size == d->capacity) {  // no free slot: only where the ring starts moves
        d->head = (d->head - static_cast<size_t>(n)) & mask;
        return;
    }
    for (; n > 0; --n) {
        Value v = d->at(d->size - 1);
        d->head = (d->head - 1) & mask;
        d->items[d->head] = v;
    }
    for (; n < 0; ++n) {
        Value v = d->items[d->head];
        d->at(d->size) = v;
        d->head = (d->head + 1) & mask;
    }
}

// Removes the item at logical index i, shifting the shorter side.
void delete_at(State& st, Deque* d, size_t i) {
    ++d->state;
    if (i < d->size / 2) {
        for (size_t j = i; j > 0; --j) d->at(j) = d->at(j - 1);
        take_left(d);
    } else {
        for (size_t j = i; j + 1 < d->size; ++j) d->at(j) = d->at(j + 1);
        --d->size;
    }
    maybe_shrink(st, d);
}

// Inserts v before logical index i (0 < i < size), shifting the shorter side.
bool insert_at(State& st, Deque* d, size_t i, Value v) {
    if (!reserve(st, d, d->size + 1)) return false;
    ++d->state;
    if (i < d->size / 2) {
        d->head = (d->head - 1) & (d->capacity - 1);
        for (size_t j = 0; j < i; ++j) d->at(j) = d->at(j + 1);
    } else {
        for (size_t j = d->size; j > i; --j) d->at(j) = d->at(j - 1);
    }
    d->at(i) = v;
    ++d->size;
    return true;
}

// ---- the types ----

// The module's types, kept in State::collections: deque, _deque_iterator and
// _deque_reverse_iterator.
enum { kDeque, kIter, kRevIter, kTypeCount };

Type* module_types(State& st, int which);

Value raise_mutated(State& st) { return raise(st, st.exc.RuntimeError, "deque mutated during iteration"); }

Deque* alloc_deque(State& st, Type* type, int64_t maxlen) {
    Deque* d = st.heap.make<Deque>(type);
    if (!d) {
        raise_no_memory(st);
        return nullptr;
    }
    d->maxlen = maxlen;
    return d;
}

// PyArg_ParseTuple's count errors: "insert() takes exactly 2 arguments (1 given)",
// "index() takes at least 1 argument (0 given)"; keywords: "deque.index() takes no keyword
// arguments". `a` still holds self.
bool tuple_args(State& st, Args a, const char* name, size_t min, size_t max) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string("deque.") + name + "() takes no keyword arguments");
        return false;
    }
    size_t n = a.n - 1;
    if (n >= min && n <= max) return true;
    const char* how = min == max ? "exactly" : n < min ? "at least" : "at most";
    size_t bound = n < min ? min : max;
    type_error(st, std::string(name) + "() takes " + how + " " + std::to_string(bound) + " argument" +
                       (bound == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
}

// The items as a new list, through the deque's own __iter__ when a subclass overrides it (as
// CPython's PySequence_List does). Null with an exception pending.
List* items_list(State& st, Value self) {
    Deque* d = as_deque(self);
    if (type_of(st, self)->iter != module_types(st, kDeque)->iter) return list_from_iterable(st, self);
    List* l = make_list(st, 0);
    if (!l || !list_reserve(st, l, d->size)) return nullptr;
    for (size_t i = 0; i < d->size; ++i) l->items[i] = d->at(i);
    l->size = d->size;
    return l;
}

// ---- iterators ----

Value make_iter(State& st, Value deque, bool reverse) {
    Deque* d = as_deque(deque);
    auto* it = st.heap.make<DequeIter>(module_types(st, reverse ? kRevIter : kIter));
    if (!it) return raise_no_memory(st);
    it->deque = deque;
    it->index = reverse ? d->size - 1 : 0;
    it->counter = d->size;
    it->state = d->state;
    return Value::from_object(it);
}

template <bool Reverse>
Value iter_next(State& st, Value self) {
    DequeIter* it = as_iter(self);
    Deque* d = as_deque(it->deque);
    // The state is checked first: an exhausted iterator still reports a mutation.
    if (d->state != it->state) {
        it->counter = 0;
        return raise_mutated(st);
    }
    if (it->counter == 0) return Value::stop();
    Value v = d->at(it->index);
    it->index += Reverse ? size_t(-1) : 1;
    --it->counter;
    return v;
}

// _deque_iterator(deque, index=0): an iterator advanced by `index` items (for unpickling).
template <bool Reverse>
Value iter_new(State& st, Type*, Args a) {
    if (a.n < 1 || a.n > 2) {
        return type_error(st, std::string("function takes ") + (a.n < 1 ? "at least 1" : "at most 2") +
                                  " argument" + (a.n < 1 ? "" : "s") + " (" + std::to_string(a.n) + " given)");
    }
    if (!is_deque(st, a.v[0]))
        return type_error(st, "argument 1 must be collections.deque, not " + type_name(st, a.v[0]));
    int64_t index = 0;
    if (a.n > 1 && !to_ssize(st, a.v[1], index)) return Value::error();
    Value it = make_iter(st, a.v[0], Reverse);
    if (it.is_error()) return it;
    for (int64_t i = 0; i < index; ++i) {
        Value v = iter_next<Reverse>(st, it);
        if (v.is_stop()) break;
        if (v.is_error()) return v;
    }
    return it;
}

Value iter_length_hint(State& st, Args a) {
    if (!check_args(st, a, 1, "__length_hint__", 0, 0)) return Value::error();
    return make_int(st, static_cast<int64_t>(as_iter(a.v[0])->counter));
}

Value iter_reduce(State& st, Args a) {
    if (!check_args(st, a, 1, "__reduce__", 0, 0)) return Value::error();
    DequeIter* it = as_iter(a.v[0]);
    Value pos = make_int(st, static_cast<int64_t>(as_deque(it->deque)->size - it->counter));
    Tuple* args = make_tuple(st, {it->deque, pos});
    if (!args) return Value::error();
    Root keep(st.heap, Value::from_object(args));
    Tuple* r = make_tuple(st, {Value::from_object(type_of(st, a.v[0])), Value::from_object(args)});
    return r ? Value::from_object(r) : Value::error();
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint},
    {"__reduce__", iter_reduce},
    {nullptr, nullptr},
};

// ---- deque: construction ----

Value deque_new(State& st, Type* type, Args) {
    Deque* d = alloc_deque(st, type, -1);
    return d ? Value::from_object(d) : Value::error();
}

bool extend(State& st, Value self, Value iterable, bool left);

// deque(iterable=(), maxlen=None); calling it again on a deque empties it first.
bool deque_init(State& st, Value self, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "deque", {"iterable", "maxlen"}, 0, 2, out)) return false;
    int64_t maxlen = -1;
    if (!out[1].is_missing() && !out[1].is_none()) {
        // PyLong_AsSsize_t: ints only, no __index__.
        if (!is_int(st, out[1])) {
            type_error(st, "an integer is required");
            return false;
        }
        if (!int_to_int64(st, out[1], maxlen)) {
            overflow_error(st, "Python int too large to convert to C ssize_t");
            return false;
        }
        if (maxlen < 0) {
            value_error(st, "maxlen must be non-negative");
            return false;
        }
    }
    Deque* d = as_deque(self);
    d->maxlen = maxlen;
    clear(st, d);
    return out[0].is_missing() || extend(st, self, out[0], false);
}

// ---- deque: methods ----

// extend / extendleft. A deque extended with itself works on a copy of its items; a bounded
// deque of maxlen 0 only consumes the iterable.
bool extend(State& st, Value self, Value iterable, bool left) {
    Deque* d = as_deque(self);
    if (iterable.is(self)) {
        List* copy = items_list(st, self);
        if (!copy) return false;
        Root keep(st.heap, Value::from_object(copy));
        return extend(st, self, Value::from_object(copy), left);
    }
    auto add = [&](Value v) { return append_end(st, d, v, left); };
    Type* type = type_of(st, iterable);
    if (d->maxlen != 0) {
        // Sources whose iteration runs no Python code are read directly.
        if (type == st.list_type || type == st.tuple_type) {
            bool is_list = type == st.list_type;
            for (size_t i = 0;; ++i) {
                size_t n = is_list ? as_list(iterable)->size : as_tuple(iterable)->size;
                if (i >= n) return true;
                if (!add(is_list ? as_list(iterable)->items[i] : as_tuple(iterable)->items[i])) return false;
            }
        }
        if (is_deque(st, iterable) && type->iter == module_types(st, kDeque)->iter) {
            Deque* src = as_deque(iterable);
            if (!reserve(st, d, d->size + std::min(src->size, d->maxlen < 0 ? src->size : size_t(d->maxlen))))
                return false;
            for (size_t i = 0; i < src->size; ++i)
                if (!add(src->at(i))) return false;
            return true;
        }
    }
    Root keep(st.heap, self);
    if (d->maxlen == 0) return for_each(st, iterable, [](Value) { return true; });
    return for_each(st, iterable, add);
}

Value m_append(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.append", 1, 1)) return Value::error();
    return append_end(st, as_deque(a.v[0]), a.v[1], false) ? Value::none() : Value::error();
}
Value m_appendleft(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.appendleft", 1, 1)) return Value::error();
    return append_end(st, as_deque(a.v[0]), a.v[1], true) ? Value::none() : Value::error();
}
Value m_pop(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.pop", 0, 0)) return Value::error();
    return pop_end(st, as_deque(a.v[0]), false);
}
Value m_popleft(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.popleft", 0, 0)) return Value::error();
    return pop_end(st, as_deque(a.v[0]), true);
}
Value m_extend(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.extend", 1, 1)) return Value::error();
    return extend(st, a.v[0], a.v[1], false) ? Value::none() : Value::error();
}
Value m_extendleft(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.extendleft", 1, 1)) return Value::error();
    return extend(st, a.v[0], a.v[1], true) ? Value::none() : Value::error();
}
Value m_clear(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.clear", 0, 0)) return Value::error();
    clear(st, as_deque(a.v[0]));
    return Value::none();
}

// copy() and __copy__: an exact deque copies its items; a subclass is called as
// type(d)(d) or type(d)(d, maxlen), and must return a deque.
Value copy_of(State& st, Value self) {
    Deque* d = as_deque(self);
    Type* type = type_of(st, self);
    if (type == module_types(st, kDeque)) {
        Deque* r = alloc_deque(st, type, d->maxlen);
        if (!r || !reserve(st, r, d->size)) return Value::error();
        for (size_t i = 0; i < d->size; ++i) r->at(i) = d->at(i);
        r->size = d->size;
        return Value::from_object(r);
    }
    Value r = d->maxlen < 0 ? call(st, Value::from_object(type), {self})
                            : call(st, Value::from_object(type), {self, make_int(st, d->maxlen)});
    if (r.is_error() || is_deque(st, r)) return r;
    return type_error(st, std::string(type->name_str->view()) + "() must return a deque, not " + type_name(st, r));
}

Value m_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.copy", 0, 0)) return Value::error();
    return copy_of(st, a.v[0]);
}
Value m_dunder_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.__copy__", 0, 0)) return Value::error();
    return copy_of(st, a.v[0]);
}

// The searches compare items with ==, which may run Python code that changes the deque:
// each step re-reads the deque and stops if it changed ("deque mutated during iteration").

Value m_count(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.count", 1, 1)) return Value::error();
    Deque* d = as_deque(a.v[0]);
    uint64_t state = d->state;
    int64_t count = 0;
    for (size_t i = 0, n = d->size; i < n; ++i) {
        int r = equal(st, d->at(i), a.v[1]);
        if (r < 0) return Value::error();
        count += r;
        if (d->state != state) return raise_mutated(st);
    }
    return make_int(st, count);
}

int deque_contains(State& st, Value self, Value item) {
    Deque* d = as_deque(self);
    uint64_t state = d->state;
    for (size_t i = 0, n = d->size; i < n; ++i) {
        int r = equal(st, d->at(i), item);
        if (r != 0) return r;
        if (d->state != state) {
            raise_mutated(st);
            return -1;
        }
    }
    return 0;
}

// _PyEval_SliceIndexNotNone: an index bound, clamped to int64.
bool bound_arg(State& st, Value v, int64_t& out) {
    if (!has_index(st, v)) {
        type_error(st, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return to_index_clamped(st, v, out);
}

Value not_in_deque(State& st, Value v) {
    Value r = repr(st, v);
    if (r.is_error()) return r;
    return value_error(st, std::string(str_view(r)) + " is not in deque");
}

Value m_index(State& st, Args a) {
    Deque* d = as_deque(a.v[0]);
    uint64_t state = d->state;  // taken before the bounds' __index__ can run
    int64_t start = 0, stop = static_cast<int64_t>(d->size);
    if (!tuple_args(st, a, "index", 1, 3)) return Value::error();
    if (a.n > 2 && !bound_arg(st, a.v[2], start)) return Value::error();
    if (a.n > 3 && !bound_arg(st, a.v[3], stop)) return Value::error();
    int64_t n = static_cast<int64_t>(d->size);
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    stop = std::min(stop, n);
    for (int64_t i = start; i < stop; ++i) {
        int r = equal(st, d->at(static_cast<size_t>(i)), a.v[1]);
        if (r > 0) return make_int(st, i);
        if (r < 0) return Value::error();
        if (d->state != state) return raise_mutated(st);
    }
    return not_in_deque(st, a.v[1]);
}

Value m_insert(State& st, Args a) {
    if (!tuple_args(st, a, "insert", 2, 2)) return Value::error();
    Deque* d = as_deque(a.v[0]);
    int64_t index;
    if (!to_ssize(st, a.v[1], index)) return Value::error();
    if (d->maxlen == static_cast<int64_t>(d->size)) return index_error(st, "deque already at its maximum size");
    int64_t n = static_cast<int64_t>(d->size);
    bool ok;
    if (index >= n) ok = append_end(st, d, a.v[2], false);
    else if (index <= -n || index == 0) ok = append_end(st, d, a.v[2], true);
    else ok = insert_at(st, d, static_cast<size_t>(index < 0 ? index + n : index), a.v[2]);
    return ok ? Value::none() : Value::error();
}

Value m_remove(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.remove", 1, 1)) return Value::error();
    return deque_remove(st, a.v[0], a.v[1]) ? Value::none() : Value::error();
}

Value m_reverse(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.reverse", 0, 0)) return Value::error();
    Deque* d = as_deque(a.v[0]);
    for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
    return Value::none();
}

Value m_rotate(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.rotate", 0, 1)) return Value::error();
    int64_t n = 1;
    if (a.n > 1 && !to_ssize(st, a.v[1], n)) return Value::error();
    rotate(as_deque(a.v[0]), n);
    return Value::none();
}

Value m_reversed(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.__reversed__", 0, 0)) return Value::error();
    return make_iter(st, a.v[0], true);
}

// Adds to `slots` the __slots__ of a class's MRO that are set on self, under the names
// copyreg._slotnames gives them (private names mangled). False with an exception pending.
bool add_slot_values(State& st, Value self, Dict* slots) {
    Str* slots_name = intern(st, "__slots__");
    if (!slots_name) return false;
    Tuple* mro = type_of(st, self)->mro;
    for (size_t i = 0; i < mro->size; ++i) {
        Type* c = as_type(mro->items[i]);
        Value names = dict_get_str(st, c->dict, slots_name);
        if (names.is_missing()) continue;
        if (names.is_error()) return false;
        auto add = [&](Value name) {
            if (!isinstance(st, name, st.str_type)) return true;  // the class statement refused these
            std::string n(as_str(name)->view());
            if (n == "__dict__" || n == "__weakref__") return true;
            if (n.starts_with("__") && !n.ends_with("__")) {
                std::string_view owner = c->name_str->view();
                owner.remove_prefix(std::min(owner.find_first_not_of('_'), owner.size()));
                if (!owner.empty()) n = "_" + std::string(owner) + n;
            }
            Str* key = intern(st, n);
            if (!key) return false;
            Value v = getattr_opt(st, self, key);
            if (v.is_error()) return false;
            return v.is_missing() || dict_set_str(st, slots, key, v);
        };
        if (isinstance(st, names, st.str_type) ? !add(names) : !for_each(st, names, add)) return false;
    }
    return true;
}

// The state of a deque for pickling (object.__getstate__): what a subclass's __getstate__
// returns, else its instance dict (None when empty), paired with its __slots__ values if any
// are set.
Value pickle_state(State& st, Value self) {
    Value getstate = call_special(st, self, intern(st, "__getstate__"), {});
    if (!getstate.is_missing()) return getstate;
    Dict* dict = instance_dict(st, self, false);
    Value state = dict && dict->used ? Value::from_object(dict) : Value::none();
    if (type_of(st, self) == module_types(st, kDeque)) return state;
    Dict* slots = make_dict(st);
    if (!slots) return Value::error();
    Root keep(st.heap, Value::from_object(slots));
    if (!add_slot_values(st, self, slots)) return Value::error();
    if (!slots->used) return state;
    Tuple* pair = make_tuple(st, {state, Value::from_object(slots)});
    return pair ? Value::from_object(pair) : Value::error();
}

Value reduce(State& st, Value self) {
    Value state = pickle_state(st, self);
    if (state.is_error()) return state;
    Root keep_state(st.heap, state);
    Value it = get_iter(st, self);
    if (it.is_error()) return it;
    Root keep_it(st.heap, it);
    Deque* d = as_deque(self);
    Tuple* args = nullptr;
    if (d->maxlen < 0) {
        args = st.empty_tuple;
    } else {
        args = make_tuple(st, {Value::from_object(st.empty_tuple), make_int(st, d->maxlen)});
        if (!args) return Value::error();
    }
    Root keep_args(st.heap, Value::from_object(args));
    Tuple* r = make_tuple(st, {Value::from_object(type_of(st, self)), Value::from_object(args), state, it});
    return r ? Value::from_object(r) : Value::error();
}

Value m_reduce(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.__reduce__", 0, 0)) return Value::error();
    return reduce(st, a.v[0]);
}

// object.__reduce_ex__ as CPython's: a class's own __reduce__ wins.
Value m_reduce_ex(State& st, Args a) {
    if (!check_args(st, a, 1, "object.__reduce_ex__", 1, 1)) return Value::error();
    return call_method(st, a.v[0], intern(st, "__reduce__"), {});
}

Value m_sizeof(State& st, Args a) {
    if (!check_args(st, a, 1, "deque.__sizeof__", 0, 0)) return Value::error();
    Deque* d = as_deque(a.v[0]);
    return make_int(st, static_cast<int64_t>(type_of(st, a.v[0])->basicsize + d->capacity * sizeof(Value)));
}

Value get_maxlen(State& st, Value self) {
    int64_t m = as_deque(self)->maxlen;
    return m < 0 ? Value::none() : make_int(st, m);
}

const MethodDef kDequeMethods[] = {
    {"append", m_append},
    {"appendleft", m_appendleft},
    {"pop", m_pop},
    {"popleft", m_popleft},
    {"extend", m_extend},
    {"extendleft", m_extendleft},
    {"clear", m_clear},
    {"copy", m_copy},
    {"__copy__", m_dunder_copy},
    {"count", m_count},
    {"index", m_index},
    {"insert", m_insert},
    {"remove", m_remove},
    {"reverse", m_reverse},
    {"rotate", m_rotate},
    {"__reversed__", m_reversed},
    {"__reduce__", m_reduce},
    {"__reduce_ex__", m_reduce_ex},
    {"__sizeof__", m_sizeof},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", get_maxlen},
    {nullptr, nullptr},
};

// ---- deque: slots ----

Value deque_repr(State& st, Value self) {
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, "[...]");
    List* items = items_list(st, self);
    Value r = items ? repr(st, Value::from_object(items)) : Value::error();
    repr_leave(st, self);
    if (r.is_error()) return r;
    std::string out = std::string(type_of(st, self)->name_str->view()) + "(" + std::string(str_view(r));
    int64_t maxlen = as_deque(self)->maxlen;
    if (maxlen >= 0) out += ", maxlen=" + std::to_string(maxlen);
    return str_value(st, out + ")");
}

int64_t deque_len(State&, Value self) { return static_cast<int64_t>(as_deque(self)->size); }

Value deque_iter(State& st, Value self) { return make_iter(st, self, false); }

// d[i], d[i] = v, del d[i]: ints (or __index__) only, as CPython's sequence protocol.
// Negative indexes count from the end by the type's len(), which a subclass may override.
bool item_index(State& st, Value self, Value key, int64_t& out) {
    if (!has_index(st, key)) {
        type_error(st, "sequence index must be integer, not '" + type_name(st, key) + "'");
        return false;
    }
    int64_t i;
    if (!subscript_index(st, key, i)) return false;
    if (i < 0) {
        int64_t n = type_of(st, self)->len(st, self);
        if (n < 0) return false;
        i += n;
    }
    if (i < 0 || i >= static_cast<int64_t>(as_deque(self)->size)) {
        index_error(st, "deque index out of range");
        return false;
    }
    out = i;
    return true;
}

Value deque_getitem(State& st, Value self, Value key) {
    int64_t i;
    if (!item_index(st, self, key, i)) return Value::error();
    return as_deque(self)->at(static_cast<size_t>(i));
}

bool deque_setitem(State& st, Value self, Value key, Value v) {
    int64_t i;
    if (!item_index(st, self, key, i)) return false;
    if (v.is_error()) delete_at(st, as_deque(self), static_cast<size_t>(i));
    else as_deque(self)->at(static_cast<size_t>(i)) = v;
    return true;
}

// ==, <, ...: deques only, compared item by item through their iterators.
Value deque_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_deque(st, a) || !is_deque(st, b)) return Value::not_implemented();
    size_t vs = as_deque(a)->size, ws = as_deque(b)->size;
    if (op == CmpOp::Eq || op == CmpOp::Ne) {
        bool eq = op == CmpOp::Eq;
        if (a.is(b)) return Value::from_bool(eq);
        if (vs != ws) return Value::from_bool(!eq);
    }
    Value it1 = get_iter(st, a);
    if (it1.is_error()) return it1;
    Root keep1(st.heap, it1);
    Value it2 = get_iter(st, b);
    if (it2.is_error()) return it2;
    Root keep2(st.heap, it2);
    for (;;) {
        Value x = iter_next(st, it1);
        if (x.is_error()) return x;
        Root keep_x(st.heap, x);
        Value y = iter_next(st, it2);  // even when it1 is done, as CPython does
        if (y.is_error()) return y;
        if (x.is_stop() || y.is_stop()) break;
        Root keep_y(st.heap, y);
        int eq = equal(st, x, y);
        if (eq < 0) return Value::error();
        if (eq == 0) {
            int r = compare_bool(st, x, y, op);
            return r < 0 ? Value::error() : Value::from_bool(r);
        }
    }
    switch (op) {
        case CmpOp::Lt: return Value::from_bool(vs < ws);
        case CmpOp::Le: return Value::from_bool(vs <= ws);
        case CmpOp::Eq: return Value::from_bool(vs == ws);
        case CmpOp::Ne: return Value::from_bool(vs != ws);
        case CmpOp::Gt: return Value::from_bool(vs > ws);
        case CmpOp::Ge: return Value::from_bool(vs >= ws);
    }
    return Value::not_implemented();
}

// d + other: only deques; the result is a copy of d (a subclass's constructor makes it).
Value deque_add(State& st, Value a, Value b) {
    if (!is_deque(st, a)) return Value::not_implemented();
    if (!is_deque(st, b)) {
        if (has_reflected(st, b, BinOp::Add)) return Value::not_implemented();
        return type_error(st, "can only concatenate deque (not \"" + type_name(st, b) + "\") to deque");
    }
    Value r = copy_of(st, a);
    if (r.is_error()) return r;
    Root keep(st.heap, r);
    return extend(st, r, b, false) ? r : Value::error();
}

// d *= n in place: the items n times over; a bounded deque keeps only what fits.
Value repeat_in_place(State& st, Value self, int64_t n) {
    Deque* d = as_deque(self);
    size_t size = d->size;
    if (size == 0 || n == 1) return self;
    if (n <= 0) {
        clear(st, d);
        return self;
    }
    // CPython checks the size before maxlen cuts n down, except for a single item.
    if (size == 1) {
        if (d->maxlen >= 0 && n > d->maxlen) n = d->maxlen;
    } else if (size > INT64_MAX / static_cast<uint64_t>(n)) {
        return raise_no_memory(st);
    }
    List* seq = items_list(st, self);
    if (!seq) return Value::error();
    Root keep(st.heap, Value::from_object(seq));
    if (d->maxlen >= 0 && static_cast<uint64_t>(n) * size > static_cast<uint64_t>(d->maxlen))
        n = static_cast<int64_t>((static_cast<uint64_t>(d->maxlen) + size - 1) / size);
    else if (!reserve(st, d, size * static_cast<size_t>(n)))
        return Value::error();
    if (size == 1) ++d->state;  // as CPython, whose single-item path always counts a change
    for (int64_t k = 1; k < n; ++k)
        for (size_t i = 0; i < seq->size; ++i)
            if (!append_end(st, d, seq->items[i], false)) return Value::error();
    return self;
}

// The count of d * b: 1 with n set, 0 when b's class may still multiply (NotImplemented),
// -1 with TypeError "can't multiply sequence by non-int of type 'float'" or OverflowError.
int repeat_arg(State& st, Value b, int64_t& n) {
    if (!has_index(st, b)) {
        if (has_reflected(st, b, BinOp::Mul)) return 0;
        type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
        return -1;
    }
    return repeat_count(st, b, n) ? 1 : -1;
}

Value deque_imul(State& st, Value a, Value b) {
    int64_t n;
    int r = repeat_arg(st, b, n);
    if (r <= 0) return r ? Value::error() : Value::not_implemented();
    return repeat_in_place(st, a, n);
}

Value deque_mul(State& st, Value a, Value b) {
    if (!is_deque(st, a)) std::swap(a, b);  // n * d
    int64_t n;
    int ok = repeat_arg(st, b, n);
    if (ok <= 0) return ok ? Value::error() : Value::not_implemented();
    Value r = copy_of(st, a);
    if (r.is_error()) return r;
    Root keep(st.heap, r);
    return repeat_in_place(st, r, n);
}

Value deque_iadd(State& st, Value a, Value b) { return extend(st, a, b, false) ? a : Value::error(); }

// ---- the types, made once per State ----

Type* make_types(State& st) {
    Tuple* types = make_tuple(st, kTypeCount);
    if (!types) return nullptr;
    Root keep(st.heap, Value::from_object(types));

    Type* d = make_native_type(st, "deque", nullptr, sizeof(Deque), &kDequeGc);
    if (!d) return nullptr;
    types->items[kDeque] = Value::from_object(d);
    d->flags |= kTypeBaseType;
    d->new_ = deque_new;
    d->init = deque_init;
    d->repr = deque_repr;
    d->hash = hash_not_implemented;
    d->compare = deque_compare;
    d->len = deque_len;
    d->iter = deque_iter;
    d->getitem = deque_getitem;
    d->setitem = deque_setitem;
    d->contains = deque_contains;
    d->binop[static_cast<int>(BinOp::Add)] = deque_add;
    d->binop[static_cast<int>(BinOp::Mul)] = deque_mul;
    d->inplace[static_cast<int>(BinOp::Add)] = deque_iadd;
    d->inplace[static_cast<int>(BinOp::Mul)] = deque_imul;
    add_methods(st, d, kDequeMethods);
    add_getsets(st, d, kDequeGetSets);
    if (!publish_type(st, nullptr, d, "collections")) return nullptr;

    static const char* const kIterNames[] = {"_deque_iterator", "_deque_reverse_iterator"};
    for (int k : {kIter, kRevIter}) {
        Type* t = make_native_type(st, kIterNames[k - kIter], nullptr, sizeof(DequeIter), &kIterGc);
        if (!t) return nullptr;
        types->items[k] = Value::from_object(t);
        t->new_ = k == kIter ? iter_new<false> : iter_new<true>;
        t->iter = [](State&, Value self) { return self; };
        t->next = k == kIter ? iter_next<false> : iter_next<true>;
        add_methods(st, t, kIterMethods);
        if (!publish_type(st, nullptr, t, "_collections")) return nullptr;
    }
    st.collections = Value::from_object(types);
    return d;
}

// One of the module's types; made on first use (null with MemoryError pending if that
// fails). Once deque exists the others do, so callers holding a deque need not check.
Type* module_types(State& st, int which) {
    if (st.collections.is_none() && !make_types(st)) return nullptr;
    return as_type(as_tuple(st.collections)->items[which]);
}

}  // namespace

Type* deque_type(State& st) { return module_types(st, kDeque); }

bool is_deque(State& st, Value v) {
    return !st.collections.is_none() && isinstance(st, v, as_type(as_tuple(st.collections)->items[kDeque]));
}

bool is_exact_deque(State& st, Value v) {
    return v.is_object() && !st.collections.is_none() &&
           v.as_object()->type == as_type(as_tuple(st.collections)->items[kDeque]);
}

Value make_deque(State& st, int64_t maxlen) {
    Type* t = deque_type(st);
    if (!t) return Value::error();
    Deque* d = alloc_deque(st, t, maxlen);
    return d ? Value::from_object(d) : Value::error();
}

size_t deque_size(Value d) { return as_deque(d)->size; }
int64_t deque_maxlen(Value d) { return as_deque(d)->maxlen; }
Value deque_at(Value d, size_t i) { return as_deque(d)->at(i); }

bool deque_append(State& st, Value d, Value item) { return append_end(st, as_deque(d), item, false); }
bool deque_appendleft(State& st, Value d, Value item) { return append_end(st, as_deque(d), item, true); }
Value deque_pop(State& st, Value d) { return pop_end(st, as_deque(d), false); }
Value deque_popleft(State& st, Value d) { return pop_end(st, as_deque(d), true); }
bool deque_extend(State& st, Value d, Value iterable) { return extend(st, d, iterable, false); }
void deque_clear(State& st, Value d) { clear(st, as_deque(d)); }

bool deque_remove(State& st, Value self, Value item) {
    Deque* d = as_deque(self);
    uint64_t state = d->state;
    for (size_t i = 0, n = d->size; i < n; ++i) {
        int r = equal(st, d->at(i), item);
        if (r < 0) return false;
        if (d->state != state) {
            index_error(st, "deque mutated during iteration");
            return false;
        }
        if (r > 0) {
            delete_at(st, d, i);
            return true;
        }
    }
    not_in_deque(st, item);
    return false;
}

Value make_collections_module(State& st) {
    static const MethodDef kNoFunctions[] = {{nullptr, nullptr}};
    if (!deque_type(st)) return Value::error();
    Module* m = new_native_module(st, "_collections", kNoFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (Value t : {as_tuple(st.collections)->items[kDeque], as_tuple(st.collections)->items[kIter],
                    as_tuple(st.collections)->items[kRevIter]})
        if (!dict_set_str(st, m->dict, as_type(t)->name_str, t)) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
