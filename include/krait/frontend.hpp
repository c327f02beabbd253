// The front end on its own: version, syntax trees, tokens, bytecode listings and syntax checks,
// without running anything.
#pragma once
#include <string>
#include <string_view>

#include "krait/error.hpp"

namespace krait {

// The version of Krait, as "MAJOR.MINOR.PATCH".
std::string_view version();

// Parses a module's source bytes (UTF-8, or as its PEP 263 coding line says) and returns
// what CPython 3.11 prints for ast.dump(ast.parse(source)). Throws krait::Error.
std::string dump_ast(std::string_view source, std::string_view filename);

// Tokenizes source and returns one line per token in the layout of
// `python -m tokenize -e` (comments and non-logical newlines are not tokens in Krait).
// Throws krait::Error.
std::string dump_tokens(std::string_view source, std::string_view filename);

// Compiles source and returns a readable listing of its bytecode (`krait --dis`).
// Throws krait::Error.
std::string disassemble(std::string_view source, std::string_view filename);

// Throws krait::Error if source is not a valid module: a syntax error, or a scoping error
// CPython reports when compiling (`nonlocal` without a binding, `global` after use, ...).
void check_syntax(std::string_view source, std::string_view filename);

}  // namespace krait
