// tuple: a fixed-size array of values inline in the object.
#pragma once
#include <cstddef>
#include <initializer_list>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace krait {

struct State;

struct Tuple : Object {
    size_t size;
    Value items[];
};

inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

// A tuple of n items, all None; null on MemoryError (raised). make_tuple(st, 0) is the one
// empty tuple.
Tuple* make_tuple(State& st, size_t n);
Tuple* make_tuple(State& st, const Value* items, size_t n);
Tuple* make_tuple(State& st, std::initializer_list<Value> items);
// tuple(iterable): the argument itself when it is an exact tuple.
Value tuple_from_iterable(State& st, Value iterable);
// Lexicographic comparison of two tuples or two lists (CPython's tuplerichcompare and
// list_richcompare), re-reading sizes after every element comparison because a list may
// change meanwhile.
Value sequence_compare(State& st, Value a, Value b, CmpOp op);
void init_tuple_type(State& st);

}  // namespace krait
