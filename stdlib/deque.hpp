// collections.deque for native code (the type itself, and the _collections module that
// publishes it, are stdlib/deque.cpp). Other native modules (asyncio's queues) keep their
// items in deques through these functions, which behave as the Python methods of the same
// names do, without looking anything up: a subclass's overridden methods are not called.
//
// `d` is always a deque or an instance of a subclass (is_deque). Every function that changes
// the deque's length or order bumps its mutation count, so iterators over it raise
// RuntimeError "deque mutated during iteration" afterwards, as CPython's do.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/state.hpp"

namespace krait::stdlib {

// collections.deque, made on first use (importing _collections is not needed). Null with
// MemoryError pending on failure.
Type* deque_type(State& st);
// Whether v is a deque, or an instance of a subclass of deque.
bool is_deque(State& st, Value v);
// Whether v is exactly a deque (no subclass), whose methods nobody can have overridden.
bool is_exact_deque(State& st, Value v);

// deque(maxlen=maxlen) (maxlen -1: unbounded): a new empty deque; error() with MemoryError
// pending on failure.
Value make_deque(State& st, int64_t maxlen = -1);

size_t deque_size(Value d);
int64_t deque_maxlen(Value d);  // -1: unbounded
// d[i] for 0 <= i < deque_size(d) (unchecked).
Value deque_at(Value d, size_t i);

// d.append(item) / d.appendleft(item): a deque at its maxlen drops an item from the other
// end first (a maxlen of 0 keeps nothing). False with MemoryError pending on failure.
bool deque_append(State& st, Value d, Value item);
bool deque_appendleft(State& st, Value d, Value item);
// d.pop() / d.popleft(): the item taken, or error() with IndexError "pop from an empty deque"
// pending.
Value deque_pop(State& st, Value d);
Value deque_popleft(State& st, Value d);
// d.extend(iterable): may run Python code (the iterable's); false with its exception pending.
bool deque_extend(State& st, Value d, Value iterable);
// d.clear().
void deque_clear(State& st, Value d);
// d.remove(item): removes the first item equal to `item` (== may run Python code). False
// with an exception pending: ValueError "<repr> is not in deque", IndexError "deque mutated
// during iteration" when a comparison changed the deque, or what a comparison raised.
bool deque_remove(State& st, Value d, Value item);

}  // namespace krait::stdlib
