// Collections at the VM's safe points, and the finalizers they make due: Python-level
// clean-up (closing a suspended generator, warning of a coroutine never awaited) runs after
// the collection that found its object unreachable, never inside it.
#pragma once
#include <cstddef>
#include <string>

#include "runtime/state.hpp"

namespace krait::vm {

// Collects (the caller is at a safe point) and runs the finalizers that became due.
// Returns the number of objects freed.
size_t collect_garbage(State& st);
// Runs the finalizers that are due, unless some are already running further up the stack.
// Errors they raise are reported as CPython's unraisable exceptions; whatever was raised or
// being handled before is left as it was.
void run_finalizers(State& st);
// At interpreter exit: finalizes every finalizable object still pending, reachable or not.
void finalize_at_exit(State& st);
// Reports the pending exception, which nobody can catch, and clears it: through
// sys.unraisablehook once the sys module is there (State::report_unraisable).
void write_unraisable(State& st, Value obj);
// CPython's default report of an unraisable exception: "Exception ignored in: <repr of obj>"
// (err_msg instead of "Exception ignored in" unless None), the traceback and the exception.
std::string unraisable_report(State& st, Value exc, Value err_msg, Value obj);

}  // namespace krait::vm
