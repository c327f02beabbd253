// The parse driver: runs the Lexer into the Lemon parser and returns a tree or a
// located error.
#pragma once
#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "support/arena.hpp"
#include "support/diagnostic.hpp"

namespace krait::parse {

enum class Mode { Exec, Eval, Single };  // as compile()'s 'exec', 'eval', 'single'

struct Result {
    ast::Mod* tree = nullptr;   // null on error
    Diagnostic error;           // meaningful when tree is null
};

// Parses `source` (UTF-8, after any BOM and coding declaration have been dealt with by
// prepare_source). The tree lives in `arena`.
Result parse(std::string_view source, Mode mode, Arena& arena);

// Turns raw file bytes into parseable text: drops a UTF-8 BOM, applies a PEP 263
// coding declaration, and rejects NUL bytes and invalid UTF-8 as CPython does. On error
// returns false and fills `error`.
// *declared (if given) says whether the file had a BOM or a coding line.
bool prepare_source(std::string_view raw, std::string_view filename, std::string& out, Diagnostic& error,
                    bool* declared = nullptr);

}  // namespace krait::parse
