// The iterator types shared by the built-in sequences and the builtins module: the sequence
// iterator (__getitem__ fallback), callable_iterator (iter(f, sentinel)), enumerate, zip,
// map, filter, reversed. Each container's own iterator lives with the container.
#pragma once
#include "runtime/object.hpp"

namespace krait {

struct State;

// An iterator over anything with __getitem__ (the fallback of iter()).
Value make_seq_iterator(State& st, Value seq);
Value make_callable_iterator(State& st, Value callable, Value sentinel);
void init_iterator_types(State& st);

}  // namespace krait
