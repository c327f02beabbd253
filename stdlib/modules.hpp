// The modules built into Krait. Each make_* function builds its module object; install()
// registers them all with a State (builtins and sys are imported at once, the others on
// first import).
#pragma once
#include "runtime/state.hpp"

namespace krait::stdlib {

Value make_builtins_module(State& st);
Value make_sys_module(State& st);
Value make_random_module(State& st);
Value make_collections_module(State& st);
Value make_contextvars_module(State& st);
Value make_gc_module(State& st);
Value make_io_module(State& st);
Value make_itertools_module(State& st);
Value make_asyncio_module(State& st);
Value make_math_module(State& st);
Value make_operator_module(State& st);
Value make_os_module(State& st);
Value make_posixpath_module(State& st);
Value make_socket_module(State& st);
Value make_time_module(State& st);

// Makes the io module (kept in sys.modules) and installs its open() as builtins.open. False
// with an exception pending on failure.
bool install_open(State& st);

// Registers every built-in module and creates builtins and sys. False with an exception
// pending if that fails.
bool install(State& st);

}  // namespace krait::stdlib
