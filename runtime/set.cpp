#include "runtime/set.hpp"

#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"

// The table algorithm follows CPython's Objects/setobject.c step by step (probe sequence,
// resize policy, merge fast paths), because iteration order, and so every printed set,
// depends on it.

namespace krait {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool is_empty(const SetEntry& e) { return e.key.is_error(); }
bool is_dummy(const SetEntry& e) { return e.key.is_missing(); }
bool is_active(const SetEntry& e) { return !e.key.is_error() && !e.key.is_missing(); }

void set_trace(Object* self, Tracer& t) {
    auto* s = static_cast<Set*>(self);
    if (!s->table) return;
    for (size_t i = 0; i <= s->mask; ++i) t.mark(s->table[i].key);
}
void set_destroy(Heap& heap, Object* self) {
    auto* s = static_cast<Set*>(self);
    if (s->table) heap.free_buffer(s->table, (s->mask + 1) * sizeof(SetEntry));
    s->table = nullptr;
}
const GcOps kSetGc = {set_trace, set_destroy};

SetEntry* new_table(State& st, size_t size) {
    auto* t = static_cast<SetEntry*>(st.heap.allocate_buffer(size * sizeof(SetEntry)));
    if (!t) {
        raise_no_memory(st);
        return nullptr;
    }
    for (size_t i = 0; i < size; ++i) t[i] = SetEntry{Value::error(), 0};
    return t;
}

bool is_exact_str(State& st, Value v) { return v.is_object() && v.as_object()->type == st.str_type; }

bool key_hash(State& st, Value key, int64_t& h) {
    if (is_exact_str(st, key)) {
        h = str_hash(as_str(key));
        return true;
    }
    return hash(st, key, h);
}

std::string tname(Type* t) {
    if (t->name_str) return std::string(str_view(Value::from_object(t->name_str)));
    return t->name;
}

void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (is_empty(*entry)) goto found;
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (is_empty(*entry)) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

bool table_resize(State& st, Set* so, size_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= minused) {
        if (newsize > (SIZE_MAX / sizeof(SetEntry)) / 4) {
            raise_no_memory(st);
            return false;
        }
        newsize <<= 1;
    }
    SetEntry* table = new_table(st, newsize);
    if (!table) return false;
    SetEntry* old = so->table;
    size_t oldmask = so->mask;
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; ++i)
            if (!is_empty(old[i])) insert_clean(table, newmask, old[i].key, old[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; ++i)
            if (is_active(old[i])) insert_clean(table, newmask, old[i].key, old[i].hash);
    }
    st.heap.free_buffer(old, (oldmask + 1) * sizeof(SetEntry));
    so->table = table;
    so->mask = newmask;
    return true;
}

bool add_entry(State& st, Set* so, Value key, int64_t hash) {
    Root rk(st.heap, key);
restart:
    size_t mask = so->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    uint64_t perturb = static_cast<uint64_t>(hash);
    SetEntry* entry;
    for (;;) {
        entry = &so->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (entry->hash == 0 && is_empty(*entry)) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey.is(key)) return true;
                if (is_exact_str(st, startkey) && is_exact_str(st, key)) {
                    if (str_equal(as_str(startkey), as_str(key))) return true;
                } else if (!(startkey.is_int() && key.is_int())) {
                    SetEntry* table = so->table;
                    Root rs(st.heap, startkey);
                    int cmp = equal(st, startkey, key);
                    if (cmp < 0) return false;
                    if (cmp > 0) return true;
                    if (table != so->table || !entry->key.is(startkey)) goto restart;
                    mask = so->mask;
                }
            } else if (entry->hash == -1 && is_dummy(*entry) && !freeslot) {
                freeslot = entry;
            }
            if (probes-- == 0) break;
            ++entry;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        ++so->used;
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    ++so->fill;
    ++so->used;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return true;
    return table_resize(st, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// The entry holding key: its index, -1 when absent, -2 on error.
int64_t lookkey(State& st, Set* so, Value key, int64_t hash) {
    Root rk(st.heap, key);
restart:
    size_t mask = so->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        size_t j = i;
        for (;;) {
            SetEntry* entry = &so->table[j];
            if (entry->hash == 0 && is_empty(*entry)) return -1;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey.is(key)) return static_cast<int64_t>(j);
                if (is_exact_str(st, startkey) && is_exact_str(st, key)) {
                    if (str_equal(as_str(startkey), as_str(key))) return static_cast<int64_t>(j);
                } else if (!(startkey.is_int() && key.is_int())) {
                    SetEntry* table = so->table;
                    Root rs(st.heap, startkey);
                    int cmp = equal(st, startkey, key);
                    if (cmp < 0) return -2;
                    if (table != so->table || !so->table[j].key.is(startkey)) goto restart;
                    if (cmp > 0) return static_cast<int64_t>(j);
                    mask = so->mask;
                }
            }
            if (probes-- == 0) break;
            ++j;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int contains_entry(State& st, Set* so, Value key, int64_t hash) {
    int64_t ix = lookkey(st, so, key, hash);
    if (ix == -2) return -1;
    return ix >= 0;
}

int contains_key(State& st, Set* so, Value key) {
    int64_t h;
    if (!key_hash(st, key, h)) return -1;
    return contains_entry(st, so, key, h);
}

int discard_entry(State& st, Set* so, Value key, int64_t hash) {
    int64_t ix = lookkey(st, so, key, hash);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    so->table[ix].key = Value::missing();
    so->table[ix].hash = -1;
    --so->used;
    return 1;
}

int discard_key(State& st, Set* so, Value key) {
    int64_t h;
    if (!key_hash(st, key, h)) return -1;
    return discard_entry(st, so, key, h);
}

// Iterates the active entries with their hashes.
bool next_entry(Set* so, size_t& pos, SetEntry& out) {
    while (pos <= so->mask) {
        const SetEntry& e = so->table[pos++];
        if (is_active(e)) {
            out = e;
            return true;
        }
    }
    return false;
}

bool clear_internal(State& st, Set* so) {
    SetEntry* table = new_table(st, kMinSize);
    if (!table) return false;
    st.heap.free_buffer(so->table, (so->mask + 1) * sizeof(SetEntry));
    so->table = table;
    so->mask = kMinSize - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    return true;
}

bool merge(State& st, Set* so, Set* other) {
    if (other == so || other->used == 0) return true;
    Root ro(st.heap, Value::from_object(other));
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (!table_resize(st, so, (so->used + other->used) * 2)) return false;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; ++i)
            if (!is_empty(other->table[i])) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return true;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; ++i)
            if (is_active(other->table[i])) insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        return true;
    }
    for (size_t i = 0; i <= other->mask; ++i) {
        SetEntry e = other->table[i];
        if (is_active(e) && !add_entry(st, so, e.key, e.hash)) return false;
    }
    return true;
}

bool update_internal(State& st, Set* so, Value other) {
    Root rs(st.heap, Value::from_object(so));
    if (is_anyset(st, other)) return merge(st, so, as_set(other));
    if (type_of(st, other) == st.dict_type) {
        Dict* d = as_dict(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            if (!table_resize(st, so, (so->used + d->used) * 2)) return false;
        }
        Root ro(st.heap, other);
        size_t pos = 0;
        Value k, v;
        int64_t h;
        while (dict_next_hashed(d, pos, k, v, h))
            if (!add_entry(st, so, k, h)) return false;
        return true;
    }
    return for_each(st, other, [&](Value key) {
        int64_t h;
        if (!key_hash(st, key, h)) return false;
        return add_entry(st, so, key, h);
    });
}

Set* alloc_set(State& st, Type* type) {
    Set* s = st.heap.make<Set>(type);
    if (!s) {
        raise_no_memory(st);
        return nullptr;
    }
    s->hash = -1;
    s->mask = kMinSize - 1;
    s->table = new_table(st, kMinSize);
    if (!s->table) return nullptr;
    return s;
}

// make_new_set(type, iterable)
Set* new_set(State& st, Type* type, Value iterable) {
    Root ri(st.heap, iterable);
    Set* s = alloc_set(st, type);
    if (!s) return nullptr;
    if (iterable.is_error()) return s;
    Root rs(st.heap, Value::from_object(s));
    if (!update_internal(st, s, iterable)) return nullptr;
    return s;
}

// make_new_set_basetype: results of operations on subclass instances are plain sets/frozensets.
Set* new_set_basetype(State& st, Type* type, Value iterable) {
    if (type != st.set_type && type != st.frozenset_type)
        type = is_subtype(type, st.set_type) ? st.set_type : st.frozenset_type;
    return new_set(st, type, iterable);
}

Value set_copy_value(State& st, Set* so) {
    Set* r = new_set_basetype(st, so->type, Value::from_object(so));
    return r ? Value::from_object(r) : Value::error();
}

Value intersection(State& st, Set* so, Value other) {
    if (other.is(Value::from_object(so))) return set_copy_value(st, so);
    Root rso(st.heap, Value::from_object(so));
    Set* result = new_set_basetype(st, so->type, Value::error());
    if (!result) return Value::error();
    Root rr(st.heap, Value::from_object(result));
    if (is_anyset(st, other)) {
        Set* a = so;
        Set* b = as_set(other);
        if (b->used > a->used) std::swap(a, b);
        size_t pos = 0;
        SetEntry e;
        while (next_entry(b, pos, e)) {
            Root rk(st.heap, e.key);
            int rv = contains_entry(st, a, e.key, e.hash);
            if (rv < 0) return Value::error();
            if (rv && !add_entry(st, result, e.key, e.hash)) return Value::error();
        }
        return Value::from_object(result);
    }
    bool ok = for_each(st, other, [&](Value key) {
        int64_t h;
        if (!key_hash(st, key, h)) return false;
        int rv = contains_entry(st, so, key, h);
        if (rv < 0) return false;
        return !rv || add_entry(st, result, key, h);
    });
    return ok ? Value::from_object(result) : Value::error();
}

bool difference_update_internal(State& st, Set* so, Value other) {
    if (other.is(Value::from_object(so))) return clear_internal(st, so);
    Root rso(st.heap, Value::from_object(so));
    Root ro(st.heap, other);
    if (is_anyset(st, other)) {
        if ((as_set(other)->used >> 3) > so->used) {
            other = intersection(st, so, other);
            if (other.is_error()) return false;
            ro.set(other);
        }
        size_t pos = 0;
        SetEntry e;
        while (next_entry(as_set(other), pos, e))
            if (discard_entry(st, so, e.key, e.hash) < 0) return false;
    } else {
        bool ok = for_each(st, other, [&](Value key) { return discard_key(st, so, key) >= 0; });
        if (!ok) return false;
    }
    if (so->fill - so->used <= so->mask / 4) return true;
    return table_resize(st, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Value copy_and_difference(State& st, Set* so, Value other) {
    Value r = set_copy_value(st, so);
    if (r.is_error()) return r;
    Root rr(st.heap, r);
    if (!difference_update_internal(st, as_set(r), other)) return Value::error();
    return r;
}

Value difference(State& st, Set* so, Value other) {
    size_t other_size;
    if (is_anyset(st, other)) other_size = as_set(other)->used;
    else if (type_of(st, other) == st.dict_type) other_size = as_dict(other)->used;
    else return copy_and_difference(st, so, other);
    if ((so->used >> 2) > other_size) return copy_and_difference(st, so, other);

    Root rso(st.heap, Value::from_object(so));
    Set* result = new_set_basetype(st, so->type, Value::error());
    if (!result) return Value::error();
    Root rr(st.heap, Value::from_object(result));
    size_t pos = 0;
    SetEntry e;
    bool is_dict = !is_anyset(st, other);
    while (next_entry(so, pos, e)) {
        Root rk(st.heap, e.key);
        int rv;
        if (is_dict) {
            Value v = dict_get_hashed(st, as_dict(other), e.key, e.hash);
            rv = v.is_error() ? -1 : !v.is_missing();
        } else {
            rv = contains_entry(st, as_set(other), e.key, e.hash);
        }
        if (rv < 0) return Value::error();
        if (!rv && !add_entry(st, result, e.key, e.hash)) return Value::error();
    }
    return Value::from_object(result);
}

bool symmetric_difference_update(State& st, Set* so, Value other) {
    if (other.is(Value::from_object(so))) return clear_internal(st, so);
    Root rso(st.heap, Value::from_object(so));
    Root ro(st.heap, other);
    if (type_of(st, other) == st.dict_type) {
        size_t pos = 0;
        Value k, v;
        int64_t h;
        while (dict_next_hashed(as_dict(other), pos, k, v, h)) {
            Root rk(st.heap, k);
            int rv = discard_entry(st, so, k, h);
            if (rv < 0) return false;
            if (rv == 0 && !add_entry(st, so, k, h)) return false;
        }
        return true;
    }
    Set* otherset;
    if (is_anyset(st, other)) {
        otherset = as_set(other);
    } else {
        otherset = new_set_basetype(st, so->type, other);
        if (!otherset) return false;
        ro.set(Value::from_object(otherset));
    }
    size_t pos = 0;
    SetEntry e;
    while (next_entry(otherset, pos, e)) {
        Root rk(st.heap, e.key);
        int rv = discard_entry(st, so, e.key, e.hash);
        if (rv < 0) return false;
        if (rv == 0 && !add_entry(st, so, e.key, e.hash)) return false;
    }
    return true;
}

Value symmetric_difference(State& st, Set* so, Value other) {
    Root rso(st.heap, Value::from_object(so));
    Set* r = new_set_basetype(st, so->type, other);
    if (!r) return Value::error();
    Root rr(st.heap, Value::from_object(r));
    if (!symmetric_difference_update(st, r, Value::from_object(so))) return Value::error();
    return Value::from_object(r);
}

int issubset(State& st, Set* so, Value other) {
    if (!is_anyset(st, other)) {
        Root rso(st.heap, Value::from_object(so));
        Set* tmp = new_set(st, st.set_type, other);
        if (!tmp) return -1;
        Root rt(st.heap, Value::from_object(tmp));
        return issubset(st, so, Value::from_object(tmp));
    }
    if (so->used > as_set(other)->used) return 0;
    size_t pos = 0;
    SetEntry e;
    while (next_entry(so, pos, e)) {
        Root rk(st.heap, e.key);
        int rv = contains_entry(st, as_set(other), e.key, e.hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int issuperset(State& st, Set* so, Value other) {
    if (is_anyset(st, other)) return issubset(st, as_set(other), Value::from_object(so));
    int result = 1;
    bool ok = for_each(st, other, [&](Value key) {
        int rv = contains_key(st, so, key);
        if (rv < 0) return false;
        if (!rv) {
            result = 0;
            return false;
        }
        return true;
    });
    if (!ok && result) return -1;
    return result;
}

// --- slots ----------------------------------------------------------------------------

Value set_repr(State& st, Value self) {
    Set* so = as_set(self);
    bool exact = so->type == st.set_type;
    std::string name = tname(so->type);
    if (so->used == 0) return str_value(st, name + "()");
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, name + "(...)");
    List* keys = list_from_iterable(st, self);
    if (!keys) {
        repr_leave(st, self);
        return Value::error();
    }
    Root rk(st.heap, Value::from_object(keys));
    Value r = repr(st, Value::from_object(keys));
    repr_leave(st, self);
    if (r.is_error()) return r;
    std::string_view inner = str_view(r);
    inner = inner.substr(1, inner.size() - 2);
    if (exact) return str_value(st, "{" + std::string(inner) + "}");
    return str_value(st, name + "({" + std::string(inner) + "})");
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

bool frozenset_hash(State&, Value self, int64_t& out) {
    Set* so = as_set(self);
    if (so->hash != -1) {
        out = so->hash;
        return true;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
    hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
    so->hash = static_cast<int64_t>(hash);
    out = so->hash;
    return true;
}

Value set_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_anyset(st, a) || !is_anyset(st, b)) return Value::not_implemented();
    Set* v = as_set(a);
    Set* w = as_set(b);
    int r = 0;
    switch (op) {
        case CmpOp::Eq:
        case CmpOp::Ne:
            if (v->used != w->used) r = 0;
            else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) r = 0;
            else r = issubset(st, v, b);
            if (r >= 0 && op == CmpOp::Ne) r = !r;
            break;
        case CmpOp::Le: r = issubset(st, v, b); break;
        case CmpOp::Ge: r = issuperset(st, v, b); break;
        case CmpOp::Lt: r = v->used >= w->used ? 0 : issubset(st, v, b); break;
        case CmpOp::Gt: r = v->used <= w->used ? 0 : issuperset(st, v, b); break;
    }
    if (r < 0) return Value::error();
    return Value::from_bool(r);
}

int64_t set_len(State&, Value self) { return static_cast<int64_t>(as_set(self)->used); }

// `key in s`, where a set key is looked up as the equal frozenset.
int set_contains_slot(State& st, Value self, Value key) {
    int rv = contains_key(st, as_set(self), key);
    if (rv < 0 && isinstance(st, key, st.set_type) && raised_matches(st, st.exc.TypeError)) {
        take_raised(st);
        Set* tmp = new_set(st, st.frozenset_type, key);
        if (!tmp) return -1;
        Root rt(st.heap, Value::from_object(tmp));
        rv = contains_key(st, as_set(self), Value::from_object(tmp));
    }
    return rv;
}

struct SetIter : Object {
    Value set;     // error() once exhausted
    size_t pos;
    int64_t used;  // -1 after a size error
    int64_t len;
};
void set_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<SetIter*>(self)->set); }
const GcOps kSetIterGc = {set_iter_trace, nullptr};

Value set_iter(State& st, Value self) {
    auto* it = st.heap.make<SetIter>(st.set_iterator_type);
    if (!it) return raise_no_memory(st);
    it->set = self;
    it->used = static_cast<int64_t>(as_set(self)->used);
    it->len = it->used;
    return Value::from_object(it);
}

Value set_iter_next(State& st, Value self) {
    auto* it = static_cast<SetIter*>(self.as_object());
    if (it->set.is_error()) return Value::stop();
    Set* so = as_set(it->set);
    if (it->used != static_cast<int64_t>(so->used)) {
        it->used = -1;
        return raise(st, st.exc.RuntimeError, "Set changed size during iteration");
    }
    size_t i = it->pos;
    while (i <= so->mask && !is_active(so->table[i])) ++i;
    it->pos = i + 1;
    if (i > so->mask) {
        it->set = Value::error();
        return Value::stop();
    }
    --it->len;
    return so->table[i].key;
}

Value set_iter_length_hint(State&, Args a) {
    auto* it = static_cast<SetIter*>(a.v[0].as_object());
    return Value::from_int(!it->set.is_error() && it->used == static_cast<int64_t>(as_set(it->set)->used) ? it->len : 0);
}

Value set_or(State& st, Value a, Value b) {
    if (!is_anyset(st, a) || !is_anyset(st, b)) return Value::not_implemented();
    Value r = set_copy_value(st, as_set(a));
    if (r.is_error() || a.is(b)) return r;
    Root rr(st.heap, r);
    if (!update_internal(st, as_set(r), b)) return Value::error();
    return r;
}
Value set_and(State& st, Value a, Value b) {
    if (!is_anyset(st, a) || !is_anyset(st, b)) return Value::not_implemented();
    return intersection(st, as_set(a), b);
}
Value set_sub(State& st, Value a, Value b) {
    if (!is_anyset(st, a) || !is_anyset(st, b)) return Value::not_implemented();
    return difference(st, as_set(a), b);
}
Value set_xor(State& st, Value a, Value b) {
    if (!is_anyset(st, a) || !is_anyset(st, b)) return Value::not_implemented();
    return symmetric_difference(st, as_set(a), b);
}

// Replaces so's contents with tmp's (intersection_update, &=).
void swap_bodies(Set* a, Set* b) {
    std::swap(a->table, b->table);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    std::swap(a->finger, b->finger);
    a->hash = b->hash = -1;
}

Value set_ior(State& st, Value a, Value b) {
    if (!is_anyset(st, b)) return Value::not_implemented();
    if (!update_internal(st, as_set(a), b)) return Value::error();
    return a;
}
Value set_iand(State& st, Value a, Value b) {
    if (!is_anyset(st, b)) return Value::not_implemented();
    Value tmp = intersection(st, as_set(a), b);
    if (tmp.is_error()) return tmp;
    swap_bodies(as_set(a), as_set(tmp));
    return a;
}
Value set_isub(State& st, Value a, Value b) {
    if (!is_anyset(st, b)) return Value::not_implemented();
    if (!difference_update_internal(st, as_set(a), b)) return Value::error();
    return a;
}
Value set_ixor(State& st, Value a, Value b) {
    if (!is_anyset(st, b)) return Value::not_implemented();
    if (!symmetric_difference_update(st, as_set(a), b)) return Value::error();
    return a;
}

bool unpack_one(State& st, Type* type, Args a, const char* kwname, Value& iterable) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string(kwname) + "() takes no keyword arguments");
        return false;
    }
    if (a.n > 1) {
        type_error(st, tname(type) + " expected at most 1 argument, got " + std::to_string(a.n));
        return false;
    }
    iterable = a.n ? a.v[0] : Value::error();
    return true;
}

Value set_new(State& st, Type* type, Args a) {
    if (type == st.set_type && a.kwnames && a.nkw()) return type_error(st, "set() takes no keyword arguments");
    Set* s = alloc_set(st, type);
    return s ? Value::from_object(s) : Value::error();
}

bool set_init(State& st, Value self, Args a) {
    Value iterable;
    if (!unpack_one(st, self.as_object()->type, a, "set", iterable)) return false;
    Set* so = as_set(self);
    if (so->fill && !clear_internal(st, so)) return false;
    so->hash = -1;
    if (iterable.is_error()) return true;
    return update_internal(st, so, iterable);
}

Value frozenset_new(State& st, Type* type, Args a) {
    if (type != st.frozenset_type) {
        if (a.n > 1) return type_error(st, tname(type) + " expected at most 1 argument, got " + std::to_string(a.n));
        Set* s = new_set(st, type, a.n ? a.v[0] : Value::error());
        return s ? Value::from_object(s) : Value::error();
    }
    Value iterable;
    if (!unpack_one(st, type, a, "frozenset", iterable)) return Value::error();
    if (!iterable.is_error() && type_of(st, iterable) == st.frozenset_type) return iterable;
    Set* s = new_set(st, type, iterable);
    return s ? Value::from_object(s) : Value::error();
}

// --- methods --------------------------------------------------------------------------

Set* self_set(Args a) { return as_set(a.v[0]); }

Value m_add(State& st, Args a) {
    if (!check_args(st, a, 1, "set.add", 1, 1)) return Value::error();
    if (!set_add(st, self_set(a), a.v[1])) return Value::error();
    return Value::none();
}

// discard/remove with the frozenset retry for set keys.
int discard_with_retry(State& st, Set* so, Value key) {
    int rv = discard_key(st, so, key);
    if (rv < 0 && isinstance(st, key, st.set_type) && raised_matches(st, st.exc.TypeError)) {
        take_raised(st);
        Set* tmp = new_set(st, st.frozenset_type, key);
        if (!tmp) return -1;
        Root rt(st.heap, Value::from_object(tmp));
        rv = discard_key(st, so, Value::from_object(tmp));
    }
    return rv;
}

Value m_remove(State& st, Args a) {
    if (!check_args(st, a, 1, "set.remove", 1, 1)) return Value::error();
    int rv = discard_with_retry(st, self_set(a), a.v[1]);
    if (rv < 0) return Value::error();
    if (rv == 0) return key_error(st, a.v[1]);
    return Value::none();
}

Value m_discard(State& st, Args a) {
    if (!check_args(st, a, 1, "set.discard", 1, 1)) return Value::error();
    if (discard_with_retry(st, self_set(a), a.v[1]) < 0) return Value::error();
    return Value::none();
}

Value m_pop(State& st, Args a) {
    if (!check_args(st, a, 1, "set.pop", 0, 0)) return Value::error();
    Set* so = self_set(a);
    if (so->used == 0) return key_error(st, str_value(st, "pop from an empty set"));
    size_t i = so->finger & so->mask;
    while (!is_active(so->table[i])) i = (i + 1) & so->mask;
    Value key = so->table[i].key;
    so->table[i].key = Value::missing();
    so->table[i].hash = -1;
    --so->used;
    so->finger = i + 1;
    return key;
}

Value m_clear(State& st, Args a) {
    if (!check_args(st, a, 1, "set.clear", 0, 0)) return Value::error();
    if (!clear_internal(st, self_set(a))) return Value::error();
    return Value::none();
}

Value m_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "set.copy", 0, 0)) return Value::error();
    return set_copy_value(st, self_set(a));
}

Value m_frozen_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "frozenset.copy", 0, 0)) return Value::error();
    if (self_set(a)->type == st.frozenset_type) return a.v[0];
    Set* s = new_set(st, st.frozenset_type, a.v[0]);
    return s ? Value::from_object(s) : Value::error();
}

Value m_update(State& st, Args a) {
    if (!check_args(st, a, 1, "update", 0, SIZE_MAX)) return Value::error();
    for (size_t i = 1; i < a.n; ++i)
        if (!update_internal(st, self_set(a), a.v[i])) return Value::error();
    return Value::none();
}

Value m_union(State& st, Args a) {
    if (!check_args(st, a, 1, "union", 0, SIZE_MAX)) return Value::error();
    Value r = set_copy_value(st, self_set(a));
    if (r.is_error()) return r;
    Root rr(st.heap, r);
    for (size_t i = 1; i < a.n; ++i) {
        if (a.v[i].is(a.v[0])) continue;
        if (!update_internal(st, as_set(r), a.v[i])) return Value::error();
    }
    return r;
}

Value intersection_multi(State& st, Args a) {
    if (a.n == 1) return set_copy_value(st, self_set(a));
    Value result = a.v[0];
    Root rr(st.heap, result);
    for (size_t i = 1; i < a.n; ++i) {
        result = intersection(st, as_set(result), a.v[i]);
        if (result.is_error()) return result;
        rr.set(result);
    }
    return result;
}

Value m_intersection(State& st, Args a) {
    if (!check_args(st, a, 1, "intersection", 0, SIZE_MAX)) return Value::error();
    return intersection_multi(st, a);
}

Value m_intersection_update(State& st, Args a) {
    if (!check_args(st, a, 1, "intersection_update", 0, SIZE_MAX)) return Value::error();
    Value tmp = intersection_multi(st, a);
    if (tmp.is_error()) return tmp;
    if (!tmp.is(a.v[0])) swap_bodies(self_set(a), as_set(tmp));
    return Value::none();
}

Value m_difference(State& st, Args a) {
    if (!check_args(st, a, 1, "difference", 0, SIZE_MAX)) return Value::error();
    if (a.n == 1) return set_copy_value(st, self_set(a));
    Value r = difference(st, self_set(a), a.v[1]);
    if (r.is_error()) return r;
    Root rr(st.heap, r);
    for (size_t i = 2; i < a.n; ++i)
        if (!difference_update_internal(st, as_set(r), a.v[i])) return Value::error();
    return r;
}

Value m_difference_update(State& st, Args a) {
    if (!check_args(st, a, 1, "difference_update", 0, SIZE_MAX)) return Value::error();
    for (size_t i = 1; i < a.n; ++i)
        if (!difference_update_internal(st, self_set(a), a.v[i])) return Value::error();
    return Value::none();
}

Value m_symmetric_difference(State& st, Args a) {
    if (!check_args(st, a, 1, "set.symmetric_difference", 1, 1)) return Value::error();
    return symmetric_difference(st, self_set(a), a.v[1]);
}

Value m_symmetric_difference_update(State& st, Args a) {
    if (!check_args(st, a, 1, "set.symmetric_difference_update", 1, 1)) return Value::error();
    if (!symmetric_difference_update(st, self_set(a), a.v[1])) return Value::error();
    return Value::none();
}

Value m_issubset(State& st, Args a) {
    if (!check_args(st, a, 1, "set.issubset", 1, 1)) return Value::error();
    int r = issubset(st, self_set(a), a.v[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value m_issuperset(State& st, Args a) {
    if (!check_args(st, a, 1, "set.issuperset", 1, 1)) return Value::error();
    int r = issuperset(st, self_set(a), a.v[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value m_isdisjoint(State& st, Args a) {
    if (!check_args(st, a, 1, "set.isdisjoint", 1, 1)) return Value::error();
    Set* so = self_set(a);
    Value other = a.v[1];
    if (other.is(a.v[0])) return Value::from_bool(so->used == 0);
    Type* t = type_of(st, other);
    if (t == st.set_type || t == st.frozenset_type) {
        Set* x = so;
        Set* y = as_set(other);
        if (y->used > x->used) std::swap(x, y);
        size_t pos = 0;
        SetEntry e;
        while (next_entry(y, pos, e)) {
            Root rk(st.heap, e.key);
            int rv = contains_entry(st, x, e.key, e.hash);
            if (rv < 0) return Value::error();
            if (rv) return Value::from_bool(false);
        }
        return Value::from_bool(true);
    }
    int disjoint = 1;
    bool ok = for_each(st, other, [&](Value key) {
        int rv = contains_key(st, so, key);
        if (rv < 0) return false;
        if (rv) {
            disjoint = 0;
            return false;
        }
        return true;
    });
    if (!ok && disjoint) return Value::error();
    return Value::from_bool(disjoint);
}

const MethodDef kSetMethods[] = {
    {"add", m_add},
    {"remove", m_remove},
    {"discard", m_discard},
    {"pop", m_pop},
    {"clear", m_clear},
    {"copy", m_copy},
    {"update", m_update},
    {"union", m_union},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", m_frozen_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", set_iter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

Set* make_set(State& st, Type* type) { return alloc_set(st, type); }

int set_contains(State& st, Set* s, Value key) { return contains_key(st, s, key); }

bool set_add(State& st, Set* s, Value key) {
    int64_t h;
    if (!key_hash(st, key, h)) return false;
    return add_entry(st, s, key, h);
}

bool set_add_hashed(State& st, Set* s, Value key, int64_t hash) { return add_entry(st, s, key, hash); }

int set_discard(State& st, Set* s, Value key) { return discard_key(st, s, key); }

bool set_update(State& st, Set* s, Value iterable) { return update_internal(st, s, iterable); }

bool set_next(Set* s, size_t& pos, Value& key) {
    SetEntry e;
    if (!next_entry(s, pos, e)) return false;
    key = e.key;
    return true;
}

bool is_anyset(State& st, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == st.set_type || t == st.frozenset_type || is_subtype(t, st.set_type) || is_subtype(t, st.frozenset_type);
}

bool set_difference_update(State& st, Set* s, Value other) { return difference_update_internal(st, s, other); }
bool set_symmetric_difference_update(State& st, Set* s, Value other) {
    return symmetric_difference_update(st, s, other);
}
Value set_intersection(State& st, Set* s, Value other) { return intersection(st, s, other); }

void init_set_type(State& st) {
    for (Type* t : {st.set_type, st.frozenset_type}) {
        t->gc = &kSetGc;
        t->basicsize = sizeof(Set);
        t->flags |= kTypeBaseType;
        t->repr = set_repr;
        t->compare = set_compare;
        t->len = set_len;
        t->contains = set_contains_slot;
        t->iter = set_iter;
        t->binop[static_cast<int>(BinOp::Or)] = set_or;
        t->binop[static_cast<int>(BinOp::And)] = set_and;
        t->binop[static_cast<int>(BinOp::Sub)] = set_sub;
        t->binop[static_cast<int>(BinOp::Xor)] = set_xor;
    }
    Type* s = st.set_type;
    s->hash = hash_not_implemented;
    s->inplace[static_cast<int>(BinOp::Or)] = set_ior;
    s->inplace[static_cast<int>(BinOp::And)] = set_iand;
    s->inplace[static_cast<int>(BinOp::Sub)] = set_isub;
    s->inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
    s->new_ = set_new;
    s->init = set_init;
    add_methods(st, s, kSetMethods);

    Type* f = st.frozenset_type;
    f->hash = frozenset_hash;
    f->new_ = frozenset_new;
    add_methods(st, f, kFrozenSetMethods);

    Type* it = st.set_iterator_type;
    it->gc = &kSetIterGc;
    it->basicsize = sizeof(SetIter);
    it->iter = [](State&, Value self) { return self; };
    it->next = set_iter_next;
    add_methods(st, it, kSetIterMethods);
}

}  // namespace krait
