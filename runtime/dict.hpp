// dict: CPython's compact, insertion-ordered hash table. Entries (hash, key, value) sit in an
// array in insertion order; a separate index table of int32 slots maps hashes to entries, with
// CPython's perturbed probing. Deleted entries leave holes until the next resize.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/object.hpp"
#include "runtime/str.hpp"

namespace krait {

struct State;
struct Str;

struct DictEntry {
    int64_t hash;
    Value key;      // error(): a deleted entry
    Value value;
};

struct Dict : Object {
    size_t used;        // live entries
    size_t nentries;    // entries[0..nentries) are in use or deleted
    size_t capacity;    // room in entries
    uint32_t log2_size; // the index table has 1 << log2_size slots (0: no table yet)
    uint32_t version;   // changes with every mutation (iteration checks, caches)
    int32_t* index;     // -1 empty, -2 deleted, else an entry number
    DictEntry* entries;
};

inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_object()); }

Dict* make_dict(State& st, size_t expected = 0);
// The value for key; Value::missing() when absent; error() when hashing or comparing raised.
Value dict_get(State& st, Dict* d, Value key);
Value dict_get_hashed(State& st, Dict* d, Value key, int64_t hash);
// Fast lookup by an interned (or any) str: never runs Python code for str keys.
Value dict_get_str(State& st, Dict* d, Str* key);
// dict_get_str's probe, which never runs Python code: the entry number of key, or
// kStrAbsent, or kStrUnsure when a key that is not a str has the same hash (only the general
// lookup, which may run its __eq__, can tell). For callers that remember where a key was.
enum : int64_t { kStrAbsent = -1, kStrUnsure = -2 };
int64_t dict_find_str(State& st, Dict* d, Str* key);
// dict_find_str, looking first at entry `hint`, where the caller found key last time, and
// updating it. A deleted entry's key is error(), which is no name, and a rebuilt dict has
// other keys at that number: either way the probe runs.
template <class Hint>
inline int64_t dict_find_str_hinted(State& st, Dict* d, Str* key, Hint& hint) {
    if (hint < d->nentries && d->entries[hint].key.is(Value::from_object(key))) return hint;
    int64_t ix = dict_find_str(st, d, key);
    if (ix >= 0 && uint64_t(ix) <= uint64_t(Hint(~Hint(0)))) hint = static_cast<Hint>(ix);
    return ix;
}
Value dict_get_cstr(State& st, Dict* d, const char* key);
bool dict_set(State& st, Dict* d, Value key, Value value);
bool dict_set_hashed(State& st, Dict* d, Value key, int64_t hash, Value value);
bool dict_set_str(State& st, Dict* d, Str* key, Value value);
bool dict_set_cstr(State& st, Dict* d, const char* key, Value value);
// 1 removed, 0 absent, -1 error. If `out` is given it receives the removed value.
int dict_del(State& st, Dict* d, Value key, Value* out = nullptr);
// Iterates live entries: start with pos = 0.
bool dict_next(Dict* d, size_t& pos, Value& key, Value& value);
// Like dict_next, with the stored hash of the key.
bool dict_next_hashed(Dict* d, size_t& pos, Value& key, Value& value, int64_t& hash);
void dict_clear(State& st, Dict* d);
Dict* dict_copy(State& st, Dict* d);
// d.update(other) for a dict or any mapping / iterable of pairs.
bool dict_update(State& st, Dict* d, Value other);
// {**a} merge: with `checked`, a duplicate key raises (f(**a, **b)).
bool dict_merge(State& st, Dict* d, Value other, bool checked, Value func_for_message);
void init_dict_type(State& st);

}  // namespace krait
