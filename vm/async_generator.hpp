// Async generators (PEP 525): the async_generator type and the awaitables that drive it.
#pragma once

#include "runtime/state.hpp"

namespace krait::vm {

void init_async_generator_types(State& st);

}  // namespace krait::vm
