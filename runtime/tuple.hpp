// tuple: a fixed-size array of values inline in the object.
#pragma once
#include <cstddef>

#include "runtime/object.hpp"

namespace krait {

struct State;

struct Tuple : Object {
    size_t size;
    Value items[];
};

inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

// A tuple of n items, all None; null on MemoryError (raised).
Tuple* make_tuple(State& st, size_t n);
Tuple* make_tuple(State& st, const Value* items, size_t n);
Tuple* make_tuple(State& st, std::initializer_list<Value> items);
void init_tuple_type(State& st);

}  // namespace krait
