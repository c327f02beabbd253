// Compiling source text inside a running interpreter (import, exec, eval, compile()).
#pragma once
#include <string_view>

#include "parser/parser.hpp"
#include "runtime/code.hpp"
#include "runtime/state.hpp"

namespace krait::vm {

// Compiles source to a Code object; null with SyntaxError (or MemoryError/RecursionError for
// pathological input) pending. `decode`: raw file bytes (BOM and coding line handled);
// otherwise the text is already a Python str.
Code* compile_source(State& st, std::string_view source, std::string_view filename, parse::Mode mode,
                     bool decode = true);

}  // namespace krait::vm
