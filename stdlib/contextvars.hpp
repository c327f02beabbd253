// Context variables for native code (the _contextvars module is stdlib/contextvars.cpp): what
// an event loop needs to run each callback in the context it was scheduled in, as asyncio
// does with Context.run. These work whether or not Python code has imported contextvars.
#pragma once
#include "runtime/state.hpp"

namespace krait::stdlib {

// contextvars.copy_context(): a new Context holding the current context's variables. It
// shares their table with the current context (one small object, whatever the number of
// variables); a later ContextVar.set in either one does not show in the other. error() with
// MemoryError pending on failure.
Value copy_context(State& st);

// Whether v is a Context.
bool is_context(State& st, Value v);

// Context.run: makes ctx the current context, calls fn(*args, **kwargs) and makes the
// previous context current again, whether the call returned or raised. The call's result,
// or error() with the exception pending: RuntimeError "cannot enter context: <...> is
// already entered" if ctx is current or entered further down the stack, TypeError "an
// instance of Context was expected" if ctx is not a Context.
Value run_in_context(State& st, Value ctx, Value fn, Args args);

// The two halves of run_in_context, for a caller that runs the code itself (a loop stepping
// a coroutine in place). enter_context makes ctx current, with the errors above (false with
// the exception pending). exit_context makes current again the context that was current when
// ctx was entered; false with RuntimeError pending if ctx is not the current context. Entries
// nest: exit the innermost first, and before returning to Python code that did not enter it.
// The State keeps an entered context, and the one it replaced, alive.
bool enter_context(State& st, Value ctx);
bool exit_context(State& st, Value ctx);

// A task runs in a copy of the context that created it, but most tasks never set a
// variable: until one does, the task holds a snapshot of the variables (shared, nothing
// copied) and each step borrows a Context the State lends out. The first ContextVar.set
// during a step gives the task a Context of its own, kept from then on. A task's context
// value is a Context or a snapshot.
//
// context_snapshot: the current context's variables, as a task's context value.
Value context_snapshot(State& st);
// The Context a task's context value stands for (a new one for a snapshot); error() with
// MemoryError pending on failure.
Value task_context(State& st, Value ctx);
// Around one step of a task: enter_task_context makes the task's context current (nothing to
// do if it is already), and exit_task_context makes the previous one current again; both
// may change `ctx`, the task's context value, which the task keeps. False with an exception
// pending (the errors of enter_context and exit_context).
enum class TaskEntry { Current, Entered, Lent };
bool enter_task_context(State& st, Value& ctx, TaskEntry& how);
bool exit_task_context(State& st, Value& ctx, TaskEntry how);

}  // namespace krait::stdlib
