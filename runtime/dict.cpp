#include "runtime/dict.hpp"

#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/set.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr uint32_t kMinLog2 = 3;
constexpr int64_t kNotFound = -1;
constexpr int64_t kError = -2;

size_t table_size(const Dict* d) { return d->log2_size ? size_t(1) << d->log2_size : 0; }
size_t usable_fraction(size_t size) { return (size << 1) / 3; }

void dict_trace(Object* self, Tracer& t) {
    auto* d = static_cast<Dict*>(self);
    for (size_t i = 0; i < d->nentries; ++i) {
        t.mark(d->entries[i].key);
        t.mark(d->entries[i].value);
    }
}

// The index table and the entries share one buffer: the index first, then the entries.
size_t tables_bytes(size_t size, size_t cap) { return size * sizeof(int32_t) + cap * sizeof(DictEntry); }

void free_tables(Heap& heap, Dict* d) {
    if (d->index) heap.free_buffer(d->index, tables_bytes(table_size(d), d->capacity));
    d->index = nullptr;
    d->entries = nullptr;
    d->log2_size = 0;
    d->capacity = d->nentries = d->used = 0;
}

void dict_destroy(Heap& heap, Object* self) { free_tables(heap, static_cast<Dict*>(self)); }
const GcOps kDictGc = {dict_trace, dict_destroy};

bool is_dict(Value v) { return v.is_object() && (v.as_object()->type->flags & kTypeDictSubclass); }
bool is_exact_str(State& st, Value v) { return v.is_object() && v.as_object()->type == st.str_type; }

bool key_hash(State& st, Value key, int64_t& h) {
    if (is_exact_str(st, key)) {
        h = str_hash(as_str(key));
        return true;
    }
    return hash(st, key, h);
}

// The index slot for a new entry of this hash: the first empty or deleted slot on its probe path.
size_t free_slot(const Dict* d, int64_t hash) {
    size_t mask = table_size(d) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    while (d->index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuilds the tables with 1 << log2 index slots, dropping deleted entries.
bool resize(State& st, Dict* d, uint32_t log2) {
    if (log2 < kMinLog2) log2 = kMinLog2;
    if (log2 >= 31) {
        raise_no_memory(st);
        return false;
    }
    size_t size = size_t(1) << log2;
    size_t cap = usable_fraction(size);
    auto* index = static_cast<int32_t*>(st.heap.allocate_buffer(tables_bytes(size, cap)));
    if (!index) {
        raise_no_memory(st);
        return false;
    }
    auto* entries = reinterpret_cast<DictEntry*>(index + size);  // size >= 8: 8-byte aligned
    std::memset(index, 0xFF, size * sizeof(int32_t));  // every slot kEmpty
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; ++i)
        if (!d->entries[i].key.is_error()) entries[n++] = d->entries[i];
    size_t used = d->used;
    free_tables(st.heap, d);
    d->index = index;
    d->entries = entries;
    d->log2_size = log2;
    d->capacity = cap;
    d->nentries = n;
    d->used = used;
    for (size_t i = 0; i < n; ++i) d->index[free_slot(d, entries[i].hash)] = static_cast<int32_t>(i);
    return true;
}

uint32_t log2_for(size_t minsize) {
    uint32_t log2 = kMinLog2;
    while ((size_t(1) << log2) < minsize) ++log2;
    return log2;
}

// The entry number of key, kNotFound, or kError. A user __eq__ that changes the dict makes
// the lookup start again, as CPython's does.
int64_t lookup(State& st, Dict* d, Value key, int64_t hash) {
restart:
    if (!d->log2_size) return kNotFound;
    size_t mask = table_size(d) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return kNotFound;
        if (ix >= 0) {
            DictEntry* e = &d->entries[ix];
            if (e->key.is(key)) return ix;
            if (e->hash == hash) {
                Value ek = e->key;
                bool strs = is_exact_str(st, ek) && is_exact_str(st, key);
                if (strs || (ek.is_int() && key.is_int())) {
                    if (strs && str_equal(as_str(ek), as_str(key))) return ix;
                } else {
                    DictEntry* entries = d->entries;
                    Root rk(st.heap, ek);
                    int c = equal(st, ek, key);
                    if (c < 0) return kError;
                    if (d->entries != entries || static_cast<size_t>(ix) >= d->nentries || !d->entries[ix].key.is(ek))
                        goto restart;
                    if (c) return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Appends an entry for a key known to be absent.
bool insert_new(State& st, Dict* d, Value key, int64_t hash, Value value) {
    if (d->nentries == d->capacity) {
        if (!resize(st, d, log2_for(d->used * 3))) return false;
    }
    d->index[free_slot(d, hash)] = static_cast<int32_t>(d->nentries);
    d->entries[d->nentries++] = DictEntry{hash, key, value};
    ++d->used;
    ++d->version;
    return true;
}

bool insert(State& st, Dict* d, Value key, int64_t hash, Value value) {
    Root rk(st.heap, key), rv(st.heap, value);
    int64_t ix = lookup(st, d, key, hash);
    if (ix == kError) return false;
    if (ix >= 0) {
        d->entries[ix].value = value;
        ++d->version;
        return true;
    }
    return insert_new(st, d, key, hash, value);
}

// Removes entry ix (whose index slot is found by its hash, without comparing keys).
void delete_entry(Dict* d, int64_t ix) {
    DictEntry* e = &d->entries[ix];
    size_t mask = table_size(d) - 1;
    uint64_t perturb = static_cast<uint64_t>(e->hash);
    size_t i = static_cast<size_t>(e->hash) & mask;
    while (d->index[i] != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = kDummy;
    e->key = Value::error();
    e->value = Value::error();
    --d->used;
    ++d->version;
}

Dict* dict_alloc(State& st, Type* type) {
    Dict* d = st.heap.make<Dict>(type);
    if (!d) raise_no_memory(st);
    return d;
}


// --- Python-level behaviour ---------------------------------------------------------------

Value dict_repr(State& st, Value self) {
    Dict* d = as_dict(self);
    if (d->used == 0) return str_value(st, "{}");
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, "{...}");
    std::string out = "{";
    bool first = true;
    for (size_t i = 0; i < d->nentries; ++i) {
        DictEntry e = d->entries[i];
        if (e.key.is_error()) continue;
        Root rk(st.heap, e.key), rv(st.heap, e.value);
        Value r = repr(st, e.key);
        if (r.is_error()) {
            repr_leave(st, self);
            return r;
        }
        if (!first) out += ", ";
        first = false;
        out += str_view(r);
        out += ": ";
        r = repr(st, e.value);
        if (r.is_error()) {
            repr_leave(st, self);
            return r;
        }
        out += str_view(r);
    }
    out += '}';
    repr_leave(st, self);
    return str_value(st, out);
}

Value dict_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return Value::not_implemented();
    Dict* x = as_dict(a);
    Dict* y = as_dict(b);
    bool eq = x->used == y->used;
    for (size_t i = 0; eq && i < x->nentries; ++i) {
        DictEntry e = x->entries[i];
        if (e.key.is_error()) continue;
        Root rk(st.heap, e.key), rv(st.heap, e.value);
        Value other = dict_get_hashed(st, y, e.key, e.hash);
        if (other.is_error()) return other;
        if (other.is_missing()) {
            eq = false;
            break;
        }
        int c = equal(st, e.value, other);
        if (c < 0) return Value::error();
        eq = c;
    }
    return Value::from_bool(eq == (op == CmpOp::Eq));
}

int64_t dict_len(State&, Value self) { return static_cast<int64_t>(as_dict(self)->used); }

Value dict_subscript(State& st, Value self, Value key) {
    Value v = dict_get(st, as_dict(self), key);
    if (!v.is_missing()) return v;
    if (self.as_object()->type != st.dict_type) {
        Value missing = lookup_special(st, self, st.names.missing);
        if (missing.is_error()) return missing;
        if (!missing.is_missing()) {
            Root rm(st.heap, missing);
            return call(st, missing, {key});
        }
    }
    return key_error(st, key);
}

bool dict_ass_subscript(State& st, Value self, Value key, Value v) {
    if (!v.is_error()) return dict_set(st, as_dict(self), key, v);
    int r = dict_del(st, as_dict(self), key);
    if (r < 0) return false;
    if (r == 0) {
        key_error(st, key);
        return false;
    }
    return true;
}

int dict_contains(State& st, Value self, Value key) {
    Value v = dict_get(st, as_dict(self), key);
    if (v.is_error()) return -1;
    return !v.is_missing();
}

// --- Iterators and views ------------------------------------------------------------------

enum class IterKind : uint8_t { Keys, Values, Items };

struct DictIter : Object {
    Value dict;       // error() once exhausted
    int64_t pos;      // the next entry (reverse: the next entry downwards)
    int64_t used;     // the dict's size when iteration started (-1 after a size error)
    int64_t len;      // items left
    IterKind kind;
    bool reverse;
};

void dict_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<DictIter*>(self)->dict); }
const GcOps kDictIterGc = {dict_iter_trace, nullptr};

struct DictView : Object {
    Value dict;
};
void dict_view_trace(Object* self, Tracer& t) { t.mark(static_cast<DictView*>(self)->dict); }
const GcOps kDictViewGc = {dict_view_trace, nullptr};

Value make_dict_iter(State& st, Value dict, IterKind kind, bool reverse) {
    Type* type;
    if (reverse) type = st.dict_reversekeyiterator_type;
    else if (kind == IterKind::Keys) type = st.dict_keyiterator_type;
    else if (kind == IterKind::Values) type = st.dict_valueiterator_type;
    else type = st.dict_itemiterator_type;
    auto* it = st.heap.make<DictIter>(type);
    if (!it) return raise_no_memory(st);
    Dict* d = as_dict(dict);
    it->dict = dict;
    it->pos = reverse ? static_cast<int64_t>(d->nentries) - 1 : 0;
    it->used = static_cast<int64_t>(d->used);
    it->len = static_cast<int64_t>(d->used);
    it->kind = kind;
    it->reverse = reverse;
    return Value::from_object(it);
}

Value dict_iter_next(State& st, Value self) {
    auto* it = static_cast<DictIter*>(self.as_object());
    if (it->dict.is_error()) return Value::stop();
    Dict* d = as_dict(it->dict);
    if (it->used != static_cast<int64_t>(d->used)) {
        it->used = -1;
        return raise(st, st.exc.RuntimeError, "dictionary changed size during iteration");
    }
    int64_t n = static_cast<int64_t>(d->nentries);
    if (it->reverse) {
        while (it->pos >= 0 && (it->pos >= n || d->entries[it->pos].key.is_error())) --it->pos;
        if (it->pos < 0) {
            it->dict = Value::error();
            return Value::stop();
        }
    } else {
        while (it->pos < n && d->entries[it->pos].key.is_error()) ++it->pos;
        if (it->pos >= n) {
            it->dict = Value::error();
            return Value::stop();
        }
    }
    if (it->len == 0) {
        it->dict = Value::error();
        return raise(st, st.exc.RuntimeError, "dictionary keys changed during iteration");
    }
    DictEntry e = d->entries[it->pos];
    it->pos += it->reverse ? -1 : 1;
    --it->len;
    switch (it->kind) {
        case IterKind::Keys: return e.key;
        case IterKind::Values: return e.value;
        case IterKind::Items: break;
    }
    Tuple* t = make_tuple(st, {e.key, e.value});
    return t ? Value::from_object(t) : Value::error();
}

Value dict_iter_length_hint(State&, Args a) {
    auto* it = static_cast<DictIter*>(a.v[0].as_object());
    return Value::from_int(it->dict.is_error() ? 0 : it->len);
}

Value dict_iter(State& st, Value self) { return make_dict_iter(st, self, IterKind::Keys, false); }

Value make_view(State& st, Value dict, Type* type) {
    auto* v = st.heap.make<DictView>(type);
    if (!v) return raise_no_memory(st);
    v->dict = dict;
    return Value::from_object(v);
}

Value view_dict(Value view) { return static_cast<DictView*>(view.as_object())->dict; }

IterKind view_kind(State& st, Value view) {
    Type* t = view.as_object()->type;
    return t == st.dict_keys_type ? IterKind::Keys : t == st.dict_values_type ? IterKind::Values : IterKind::Items;
}

int64_t view_len(State&, Value self) { return static_cast<int64_t>(as_dict(view_dict(self))->used); }

Value view_iter(State& st, Value self) { return make_dict_iter(st, view_dict(self), view_kind(st, self), false); }

Value view_reversed(State& st, Args a) {
    return make_dict_iter(st, view_dict(a.v[0]), view_kind(st, a.v[0]), true);
}

Value view_repr(State& st, Value self) {
    int guard = repr_enter(st, self);
    if (guard < 0) return Value::error();
    if (guard > 0) return str_value(st, "...");
    List* l = list_from_iterable(st, self);
    if (!l) {
        repr_leave(st, self);
        return Value::error();
    }
    Root rl(st.heap, Value::from_object(l));
    Value r = repr(st, Value::from_object(l));
    repr_leave(st, self);
    if (r.is_error()) return r;
    return str_value(st, std::string(self.as_object()->type->name) + "(" + std::string(str_view(r)) + ")");
}

int keys_contains(State& st, Value self, Value key) { return dict_contains(st, view_dict(self), key); }

int items_contains(State& st, Value self, Value item) {
    if (!isinstance(st, item, st.tuple_type) || as_tuple(item)->size != 2) return 0;
    Value v = dict_get(st, as_dict(view_dict(self)), as_tuple(item)->items[0]);
    if (v.is_error()) return -1;
    if (v.is_missing()) return 0;
    Root rv(st.heap, v);
    return equal(st, v, as_tuple(item)->items[1]);
}

int values_contains(State& st, Value self, Value item) { return iter_contains(st, self, item); }

bool is_setlike(State& st, Value v) {
    Type* t = type_of(st, v);
    return is_anyset(st, v) || t == st.dict_keys_type || t == st.dict_items_type;
}

// Every item of a is in b (-1 error).
int all_contained_in(State& st, Value a, Value b) {
    int result = 1;
    bool ok = for_each(st, a, [&](Value x) {
        int c = contains(st, b, x);
        if (c < 0) return false;
        if (!c) {
            result = 0;
            return false;
        }
        return true;
    });
    if (!ok && result == 1) return -1;
    return result;
}

Value view_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_setlike(st, a) || !is_setlike(st, b)) return Value::not_implemented();
    int64_t la = length(st, a), lb = length(st, b);
    if (la < 0 || lb < 0) return Value::error();
    int r = 0;
    switch (op) {
        case CmpOp::Eq:
        case CmpOp::Ne:
            r = la == lb ? all_contained_in(st, a, b) : 0;
            if (r >= 0 && op == CmpOp::Ne) r = !r;
            break;
        case CmpOp::Lt: r = la < lb ? all_contained_in(st, a, b) : 0; break;
        case CmpOp::Le: r = la <= lb ? all_contained_in(st, a, b) : 0; break;
        case CmpOp::Gt: r = la > lb ? all_contained_in(st, b, a) : 0; break;
        case CmpOp::Ge: r = la >= lb ? all_contained_in(st, b, a) : 0; break;
    }
    if (r < 0) return Value::error();
    return Value::from_bool(r);
}

// The set operators of keys and items views: set(a) <op> b, where a or b is the view.
Value view_setop(State& st, Value a, Value b, BinOp op) {
    Set* s = make_set(st, st.set_type);
    if (!s) return Value::error();
    Root rs(st.heap, Value::from_object(s));
    if (op == BinOp::And) {
        if (!set_update(st, s, a)) return Value::error();
        return set_intersection(st, s, b);
    }
    if (!set_update(st, s, a)) return Value::error();
    bool ok = op == BinOp::Or    ? set_update(st, s, b)
              : op == BinOp::Sub ? set_difference_update(st, s, b)
                                 : set_symmetric_difference_update(st, s, b);
    if (!ok) return Value::error();
    return Value::from_object(s);
}

Value view_and(State& st, Value a, Value b) { return view_setop(st, a, b, BinOp::And); }
Value view_or(State& st, Value a, Value b) { return view_setop(st, a, b, BinOp::Or); }
Value view_sub(State& st, Value a, Value b) { return view_setop(st, a, b, BinOp::Sub); }
Value view_xor(State& st, Value a, Value b) { return view_setop(st, a, b, BinOp::Xor); }

Value view_isdisjoint(State& st, Args a) {
    if (!check_args(st, a, 1, "isdisjoint", 1, 1)) return Value::error();
    Value self = a.v[0];
    int disjoint = 1;
    bool ok = for_each(st, a.v[1], [&](Value x) {
        int c = contains(st, self, x);
        if (c < 0) return false;
        if (c) {
            disjoint = 0;
            return false;
        }
        return true;
    });
    if (!ok && disjoint) return Value::error();
    return Value::from_bool(disjoint);
}


Value view_mapping(State& st, Value self) { return make_mappingproxy(st, static_cast<DictView*>(self.as_object())->dict); }
const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping},
    {nullptr, nullptr},
};

const MethodDef kKeysMethods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};
const MethodDef kValuesMethods[] = {
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};
const MethodDef kDictIterMethods[] = {
    {"__length_hint__", dict_iter_length_hint},
    {nullptr, nullptr},
};

// --- dict methods -----------------------------------------------------------------------

Value m_keys(State& st, Args a) {
    if (!check_args(st, a, 1, "keys", 0, 0)) return Value::error();
    return make_view(st, a.v[0], st.dict_keys_type);
}
Value m_values(State& st, Args a) {
    if (!check_args(st, a, 1, "values", 0, 0)) return Value::error();
    return make_view(st, a.v[0], st.dict_values_type);
}
Value m_items(State& st, Args a) {
    if (!check_args(st, a, 1, "items", 0, 0)) return Value::error();
    return make_view(st, a.v[0], st.dict_items_type);
}

Value m_get(State& st, Args a) {
    if (!check_args(st, a, 1, "get", 1, 2)) return Value::error();
    Value v = dict_get(st, as_dict(a.v[0]), a.v[1]);
    if (v.is_missing()) return a.n > 2 ? a.v[2] : Value::none();
    return v;
}

Value m_setdefault(State& st, Args a) {
    if (!check_args(st, a, 1, "setdefault", 1, 2)) return Value::error();
    Dict* d = as_dict(a.v[0]);
    int64_t h;
    if (!key_hash(st, a.v[1], h)) return Value::error();
    Value v = dict_get_hashed(st, d, a.v[1], h);
    if (!v.is_missing()) return v;
    Value def = a.n > 2 ? a.v[2] : Value::none();
    if (!dict_set_hashed(st, d, a.v[1], h, def)) return Value::error();
    return def;
}

Value m_pop(State& st, Args a) {
    if (!check_args(st, a, 1, "pop", 1, 2)) return Value::error();
    Value out;
    int r = dict_del(st, as_dict(a.v[0]), a.v[1], &out);
    if (r < 0) return Value::error();
    if (r) return out;
    if (a.n > 2) return a.v[2];
    return key_error(st, a.v[1]);
}

Value m_popitem(State& st, Args a) {
    if (!check_args(st, a, 1, "popitem", 0, 0)) return Value::error();
    Dict* d = as_dict(a.v[0]);
    if (d->used == 0) return key_error(st, str_value(st, "popitem(): dictionary is empty"));
    int64_t ix = static_cast<int64_t>(d->nentries) - 1;
    while (d->entries[ix].key.is_error()) --ix;
    DictEntry e = d->entries[ix];
    Tuple* t = make_tuple(st, {e.key, e.value});
    if (!t) return Value::error();
    delete_entry(d, ix);
    d->nentries = static_cast<size_t>(ix);  // the tail is all holes now: reuse it
    return Value::from_object(t);
}

Value m_clear(State& st, Args a) {
    if (!check_args(st, a, 1, "clear", 0, 0)) return Value::error();
    dict_clear(st, as_dict(a.v[0]));
    return Value::none();
}

// dict(arg, **kwargs) and d.update(arg, **kwargs).
bool update_common(State& st, Dict* d, Args a, size_t skip, const char* name) {
    size_t n = a.n - skip;
    if (n > 1) {
        type_error(st, std::string(name) + " expected at most 1 argument, got " + std::to_string(n));
        return false;
    }
    Root rd(st.heap, Value::from_object(d));
    if (n == 1 && !dict_update(st, d, a.v[skip])) return false;
    size_t nkw = a.kwnames ? a.nkw() : 0;
    for (size_t k = 0; k < nkw; ++k)
        if (!dict_set(st, d, a.kwnames->items[k], a.kwvalues()[k])) return false;
    return true;
}

Value m_update(State& st, Args a) {
    if (!update_common(st, as_dict(a.v[0]), a, 1, "update")) return Value::error();
    return Value::none();
}

Value m_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "copy", 0, 0)) return Value::error();
    Dict* d = dict_copy(st, as_dict(a.v[0]));
    return d ? Value::from_object(d) : Value::error();
}

Value m_fromkeys(State& st, Args a) {
    if (!check_args(st, a, 1, "fromkeys", 1, 2)) return Value::error();
    Value cls = a.v[0];
    Value value = a.n > 2 ? a.v[2] : Value::none();
    Value d = cls.is(Value::from_object(st.dict_type)) ? Value::from_object(make_dict(st)) : call(st, cls, {});
    if (d.is_error() || d.as_object() == nullptr) return Value::error();
    Root rd(st.heap, d);
    bool exact = d.as_object()->type == st.dict_type;
    bool ok = for_each(st, a.v[1], [&](Value k) {
        return exact ? dict_set(st, as_dict(d), k, value) : setitem(st, d, k, value);
    });
    return ok ? d : Value::error();
}

Value m_reversed(State& st, Args a) {
    if (!check_args(st, a, 1, "__reversed__", 0, 0)) return Value::error();
    return make_dict_iter(st, a.v[0], IterKind::Keys, true);
}

const MethodDef kDictMethods[] = {
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"clear", m_clear},
    {"update", m_update},
    {"copy", m_copy},
    {"fromkeys", m_fromkeys, MethodKind::Class},
    {"__reversed__", m_reversed},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};

Value dict_new(State& st, Type* type, Args) {
    Dict* d = dict_alloc(st, type);
    return d ? Value::from_object(d) : Value::error();
}

bool dict_init(State& st, Value self, Args a) { return update_common(st, as_dict(self), a, 0, "dict"); }

Value dict_or(State& st, Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return Value::not_implemented();
    Dict* d = dict_copy(st, as_dict(a));
    if (!d) return Value::error();
    Root rd(st.heap, Value::from_object(d));
    if (!dict_update(st, d, b)) return Value::error();
    return Value::from_object(d);
}

Value dict_ior(State& st, Value a, Value b) {
    if (!dict_update(st, as_dict(a), b)) return Value::error();
    return a;
}

// Merges the entries of the dict `other` into d (fast path of update and merge).
bool merge_dict(State& st, Dict* d, Dict* other, bool checked, Value func) {
    if (d == other || other->used == 0) return true;
    if (d->used == 0 && !checked) {
        size_t want = d->nentries + other->used;
        if (want > d->capacity && !resize(st, d, log2_for(want * 3 / 2 + 1))) return false;
    }
    Root ro(st.heap, Value::from_object(other));
    size_t n = other->nentries;
    for (size_t i = 0; i < other->nentries; ++i) {
        DictEntry e = other->entries[i];
        if (e.key.is_error()) continue;
        if (checked) {
            Root rk(st.heap, e.key);
            Value have = dict_get_hashed(st, d, e.key, e.hash);
            if (have.is_error()) return false;
            if (!have.is_missing()) {
                Value r = repr(st, e.key);
                if (r.is_error()) return false;
                std::string_view k = str_view(r);
                if (is_exact_str(st, e.key)) k = str_view(e.key);
                type_error(st, function_str(st, func) + " got multiple values for keyword argument '" +
                                   std::string(k) + "'");
                return false;
            }
        }
        if (!insert(st, d, e.key, e.hash, e.value)) return false;
        if (other->nentries != n) {
            raise(st, st.exc.RuntimeError, "dict mutated during update");
            return false;
        }
    }
    return true;
}

// Merging any mapping: for k in other.keys(): d[k] = other[k].
bool merge_mapping(State& st, Dict* d, Value other, Value keys_method, bool checked, Value func) {
    Root rm(st.heap, keys_method);
    Value keys = call(st, keys_method, {});
    if (keys.is_error()) return false;
    Root rk(st.heap, keys);
    return for_each(st, keys, [&](Value k) {
        Root r(st.heap, k);
        if (checked) {
            int c = dict_contains(st, Value::from_object(d), k);
            if (c < 0) return false;
            if (c) {
                Value s = is_exact_str(st, k) ? k : repr(st, k);
                if (s.is_error()) return false;
                type_error(st, function_str(st, func) + " got multiple values for keyword argument '" +
                                   std::string(str_view(s)) + "'");
                return false;
            }
        }
        Value v = getitem(st, other, k);
        if (v.is_error()) return false;
        return dict_set(st, d, k, v);
    });
}

// d.update(iterable of pairs)
bool merge_pairs(State& st, Dict* d, Value seq) {
    size_t i = 0;
    return for_each(st, seq, [&](Value item) {
        Root ri(st.heap, item);
        Value k, v;
        Type* t = type_of(st, item);
        if (t->flags & (kTypeTupleSubclass | kTypeListSubclass)) {
            size_t n = (t->flags & kTypeTupleSubclass) ? as_tuple(item)->size : as_list(item)->size;
            if (n != 2) {
                value_error(st, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                    std::to_string(n) + "; 2 is required");
                return false;
            }
            const Value* items = (t->flags & kTypeTupleSubclass) ? as_tuple(item)->items : as_list(item)->items;
            k = items[0];
            v = items[1];
        } else {
            Value it = get_iter(st, item);
            if (it.is_error()) {
                if (raised_matches(st, st.exc.TypeError)) {
                    take_raised(st);
                    type_error(st, "cannot convert dictionary update sequence element #" + std::to_string(i) +
                                       " to a sequence");
                }
                return false;
            }
            List* l = list_from_iterable(st, it);
            if (!l) return false;
            if (l->size != 2) {
                value_error(st, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                    std::to_string(l->size) + "; 2 is required");
                return false;
            }
            k = l->items[0];
            v = l->items[1];
            ri.set(Value::from_object(l));
        }
        ++i;
        return dict_set(st, d, k, v);
    });
}

}  // namespace

Dict* make_dict(State& st, size_t expected) {
    Dict* d = dict_alloc(st, st.dict_type);
    if (!d) return nullptr;
    if (expected > 5) {
        if (!resize(st, d, log2_for(expected * 3 / 2 + 1))) return nullptr;
    }
    return d;
}

Value dict_get(State& st, Dict* d, Value key) {
    int64_t h;
    if (!key_hash(st, key, h)) return Value::error();
    return dict_get_hashed(st, d, key, h);
}

Value dict_get_hashed(State& st, Dict* d, Value key, int64_t hash) {
    int64_t ix = lookup(st, d, key, hash);
    if (ix == kError) return Value::error();
    if (ix == kNotFound) return Value::missing();
    return d->entries[ix].value;
}

// Attribute and global lookups: a probe that compares str keys by pointer, then by content.
int64_t dict_find_str(State& st, Dict* d, Str* key) {
    if (!d->log2_size) return kStrAbsent;
    int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
    size_t mask = (size_t(1) << d->log2_size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    Value k = Value::from_object(key);
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return kStrAbsent;
        if (ix >= 0) {
            const DictEntry& e = d->entries[ix];
            if (e.key.is(k)) return ix;
            if (e.hash == hash) {
                if (!is_exact_str(st, e.key)) return kStrUnsure;
                if (str_equal(as_str(e.key), key)) return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Falls back to the general lookup only when a non-str key has the same hash.
Value dict_get_str(State& st, Dict* d, Str* key) {
    int64_t ix = dict_find_str(st, d, key);
    if (ix >= 0) return d->entries[ix].value;
    if (ix == kStrAbsent) return Value::missing();
    return dict_get_hashed(st, d, Value::from_object(key), str_hash(key));
}

Value dict_get_cstr(State& st, Dict* d, const char* key) {
    Str* s = intern(st, key);
    if (!s) return Value::error();
    return dict_get_str(st, d, s);
}

bool dict_set(State& st, Dict* d, Value key, Value value) {
    int64_t h;
    if (!key_hash(st, key, h)) return false;
    return insert(st, d, key, h, value);
}

bool dict_set_hashed(State& st, Dict* d, Value key, int64_t hash, Value value) { return insert(st, d, key, hash, value); }

bool dict_set_str(State& st, Dict* d, Str* key, Value value) {
    return insert(st, d, Value::from_object(key), str_hash(key), value);
}

bool dict_set_cstr(State& st, Dict* d, const char* key, Value value) {
    Root rv(st.heap, value);
    Str* s = intern(st, key);
    if (!s) return false;
    return dict_set_str(st, d, s, value);
}

int dict_del(State& st, Dict* d, Value key, Value* out) {
    int64_t h;
    if (!key_hash(st, key, h)) return -1;
    int64_t ix = lookup(st, d, key, h);
    if (ix == kError) return -1;
    if (ix == kNotFound) return 0;
    if (out) *out = d->entries[ix].value;
    delete_entry(d, ix);
    return 1;
}

bool dict_next(Dict* d, size_t& pos, Value& key, Value& value) {
    int64_t h;
    return dict_next_hashed(d, pos, key, value, h);
}

bool dict_next_hashed(Dict* d, size_t& pos, Value& key, Value& value, int64_t& hash) {
    while (pos < d->nentries) {
        const DictEntry& e = d->entries[pos++];
        if (e.key.is_error()) continue;
        key = e.key;
        value = e.value;
        hash = e.hash;
        return true;
    }
    return false;
}

void dict_clear(State& st, Dict* d) {
    free_tables(st.heap, d);
    ++d->version;
}

Dict* dict_copy(State& st, Dict* d) {
    Root rd(st.heap, Value::from_object(d));
    Dict* c = make_dict(st, d->used);
    if (!c) return nullptr;
    for (size_t i = 0; i < d->nentries; ++i) {
        const DictEntry& e = d->entries[i];
        if (e.key.is_error()) continue;
        if (!insert_new(st, c, e.key, e.hash, e.value)) return nullptr;
    }
    return c;
}

bool dict_update(State& st, Dict* d, Value other) {
    Root rd(st.heap, Value::from_object(d));
    Type* t = type_of(st, other);
    if ((t->flags & kTypeDictSubclass) && t->iter == st.dict_type->iter)
        return merge_dict(st, d, as_dict(other), false, Value::none());
    Value keys = getattr_opt(st, other, st.names.keys);
    if (keys.is_error()) return false;
    if (!keys.is_missing()) return merge_mapping(st, d, other, keys, false, Value::none());
    return merge_pairs(st, d, other);
}

bool dict_merge(State& st, Dict* d, Value other, bool checked, Value func) {
    Root rd(st.heap, Value::from_object(d));
    Type* t = type_of(st, other);
    if ((t->flags & kTypeDictSubclass) && t->iter == st.dict_type->iter)
        return merge_dict(st, d, as_dict(other), checked, func);
    Value keys = getattr_opt(st, other, st.names.keys);
    if (keys.is_error()) return false;
    if (keys.is_missing()) {
        if (checked)
            type_error(st, function_str(st, func) + " argument after ** must be a mapping, not " + type_name(st, other));
        else
            type_error(st, "'" + type_name(st, other) + "' object is not a mapping");
        return false;
    }
    return merge_mapping(st, d, other, keys, checked, func);
}

void init_dict_type(State& st) {
    Type* t = st.dict_type;
    t->gc = &kDictGc;
    t->basicsize = sizeof(Dict);
    t->flags |= kTypeBaseType | kTypeDictSubclass;
    t->repr = dict_repr;
    t->hash = hash_not_implemented;
    t->compare = dict_compare;
    t->len = dict_len;
    t->getitem = dict_subscript;
    t->setitem = dict_ass_subscript;
    t->contains = dict_contains;
    t->iter = dict_iter;
    t->binop[static_cast<int>(BinOp::Or)] = dict_or;
    t->inplace[static_cast<int>(BinOp::Or)] = dict_ior;
    t->new_ = dict_new;
    t->init = dict_init;
    add_methods(st, t, kDictMethods);

    for (Type* v : {st.dict_keys_type, st.dict_values_type, st.dict_items_type}) {
        v->gc = &kDictViewGc;
        v->basicsize = sizeof(DictView);
        v->len = view_len;
        v->iter = view_iter;
        v->repr = view_repr;
        add_getsets(st, v, kViewGetSets);
    }
    // keys and items views compare like sets and so are unhashable; values views compare (and
    // hash) by identity.
    st.dict_keys_type->hash = hash_not_implemented;
    st.dict_items_type->hash = hash_not_implemented;
    st.dict_keys_type->contains = keys_contains;
    st.dict_items_type->contains = items_contains;
    st.dict_values_type->contains = values_contains;
    for (Type* v : {st.dict_keys_type, st.dict_items_type}) {
        v->compare = view_compare;
        v->binop[static_cast<int>(BinOp::And)] = view_and;
        v->binop[static_cast<int>(BinOp::Or)] = view_or;
        v->binop[static_cast<int>(BinOp::Sub)] = view_sub;
        v->binop[static_cast<int>(BinOp::Xor)] = view_xor;
        add_methods(st, v, kKeysMethods);
    }
    add_methods(st, st.dict_values_type, kValuesMethods);

    for (Type* it : {st.dict_keyiterator_type, st.dict_valueiterator_type, st.dict_itemiterator_type,
                     st.dict_reversekeyiterator_type}) {
        it->gc = &kDictIterGc;
        it->basicsize = sizeof(DictIter);
        it->iter = [](State&, Value self) { return self; };
        it->next = dict_iter_next;
        add_methods(st, it, kDictIterMethods);
    }
}

}  // namespace krait
