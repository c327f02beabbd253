// The virtual machine's entry points: loading compiled code, running it, and calling Python
// functions. Everything here works on the State of runtime/.
#pragma once
#include <string>
#include <string_view>

#include "compiler/code_unit.hpp"
#include "runtime/code.hpp"
#include "runtime/state.hpp"

namespace krait {
struct Function;
struct Dict;
struct Str;
}

namespace krait::vm {

// Completes a State for running code: the call slot of functions, frames and tracebacks.
void install(State& st);

// The runtime Code of a compiled unit (recursively for nested code). Null on MemoryError.
Code* load(State& st, const compiler::CodeUnit& unit);
// The same from compiler::serialize()'s bytes, without making CodeUnits on the way. Null with
// MemoryError pending, or with nothing pending and `error` set if the bytes are malformed.
Code* load_serialized(State& st, std::string_view bytes, std::string* error);

// Runs module-level or exec() code with the given namespaces (locals may be a mapping).
Value run_code(State& st, Code* code, Dict* globals, Value locals, Tuple* closure = nullptr);

// Calls a Python function: pushes its frame and runs the interpreter loop until it returns.
Value call_function(State& st, Value func, Args args);

// Binds arguments to a new frame's fast locals with CPython's errors (vm/call.cpp).
bool bind_arguments(State& st, Function* f, Value* locals, Args args);

// The interpreter loop: runs `entry` (already pushed, with kFrameEntry) and every frame it
// calls until `entry` returns. Returns the result, or error() with the exception pending.
Value execute(State& st, Frame* entry);

// Pushes a frame for a function call with its arguments bound, cells made and free variables
// copied in; null with an exception pending on failure (the frame is not left pushed).
Frame* push_function_frame(State& st, Function* f, Args args);
// Fills a frame (on the stack or in a generator) for a call of f: arguments, cells, free variables.
bool setup_function_frame(State& st, Frame* frame, Function* f, Args args);

// Called when a Python frame is being left by an exception: adds a traceback entry.
bool add_traceback(State& st, Value exc, Frame* f);

// The frame and traceback types (vm/traceback.cpp).
void init_traceback_types(State& st);

// import machinery (vm/import.cpp)
Value import_name(State& st, Str* name, Value globals, Value fromlist, int level);
Value import_from(State& st, Value module, Str* name);
bool import_star(State& st, Value module, Frame* f);
// Where `python -m name` finds the code to run: name.py, or a package's __main__.py, along
// sys.path (importing the parent packages of a dotted name). False with ImportError pending.
bool find_main_module(State& st, const std::string& name, std::string& path);
void init_import(State& st);

}  // namespace krait::vm
