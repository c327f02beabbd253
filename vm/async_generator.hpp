// Async generators (PEP 525): the async_generator type and the awaitables that drive it.
#pragma once

#include "runtime/state.hpp"

namespace krait::vm {

void init_async_generator_types(State& st);

// The async generator an asend(), athrow() or aclose() awaitable drives; missing() for any
// other value.
Value driven_async_generator(State& st, Value awaitable);

}  // namespace krait::vm
