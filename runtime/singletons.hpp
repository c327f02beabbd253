// The types of None, NotImplemented and Ellipsis.
#pragma once

namespace krait {
struct State;
void init_singleton_types(State& st);
}  // namespace krait
