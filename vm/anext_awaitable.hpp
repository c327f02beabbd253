// anext(aiterator, default): the anext_awaitable it returns, which awaits what __anext__()
// gave and turns its StopAsyncIteration into the default value.
#pragma once

#include "runtime/state.hpp"

namespace krait::vm {

Value make_anext_awaitable(State& st, Value awaitable, Value default_value);
void init_anext_awaitable_type(State& st);

}  // namespace krait::vm
