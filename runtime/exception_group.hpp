// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, str(), derive(), split()
// and subgroup().
#pragma once

namespace krait {

struct State;

// Fills the group types' slots and methods; init_exception_types calls it.
void init_exception_group_types(State& st);

}  // namespace krait
