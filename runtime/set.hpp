// set and frozenset: CPython's open-addressing table (linear probes, then perturbation), so
// iteration order matches CPython's for the same operations.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/object.hpp"

namespace krait {

struct State;
struct Type;

struct SetEntry {
    Value key;      // error(): empty; missing(): deleted (a dummy)
    int64_t hash;   // 0 for empty entries, -1 for dummies (as CPython: frozenset's hash uses them)
};

struct Set : Object {
    size_t fill;     // active + dummy entries
    size_t used;     // active entries
    size_t mask;     // table size - 1
    size_t finger;   // pop() resumes its search here
    int64_t hash;    // frozenset's cached hash, -1 until computed
    SetEntry* table;
};

inline Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }

// An empty set of `type` (set, frozenset or a subclass); null on MemoryError.
Set* make_set(State& st, Type* type);
int set_contains(State& st, Set* s, Value key);      // -1 error
bool set_add(State& st, Set* s, Value key);
bool set_add_hashed(State& st, Set* s, Value key, int64_t hash);
int set_discard(State& st, Set* s, Value key);        // 1 removed, 0 absent, -1 error
bool set_update(State& st, Set* s, Value iterable);
bool set_next(Set* s, size_t& pos, Value& key);
bool is_anyset(State& st, Value v);
// The in-place operations behind -=, ^= and &= for any iterable `other`.
bool set_difference_update(State& st, Set* s, Value other);
bool set_symmetric_difference_update(State& st, Set* s, Value other);
Value set_intersection(State& st, Set* s, Value other);
void init_set_type(State& st);

}  // namespace krait
