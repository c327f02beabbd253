// list: a growable array of values; the item array is a heap buffer.
#pragma once
#include <cstddef>

#include "runtime/object.hpp"

namespace krait {

struct State;

struct List : Object {
    size_t size;
    size_t capacity;
    Value* items;
};

inline List* as_list(Value v) { return static_cast<List*>(v.as_object()); }

List* make_list(State& st, size_t n = 0);  // n items, all None
bool list_append(State& st, List* l, Value v);
bool list_reserve(State& st, List* l, size_t n);
bool list_extend(State& st, List* l, Value iterable);
// list(iterable) as a new list.
List* list_from_iterable(State& st, Value iterable);
Value list_sort(State& st, List* l, Value key, bool reverse);
void init_list_type(State& st);

// The guard of reprs of containers that may contain themselves (CPython's Py_ReprEnter):
// 1 when v's repr is already in progress (print "[...]"), 0 when it was entered (call
// repr_leave afterwards), -1 on error (MemoryError). repr() itself guards the native depth.
int repr_enter(State& st, Value v);
void repr_leave(State& st, Value v);

}  // namespace krait
