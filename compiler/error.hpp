// Compile-time errors: a SyntaxError located at a node's span. The compiler raises them from
// the parser's point of view (CPython re-reads the line from the file), hence from_parser.
#pragma once
#include <string>

#include "parser/ast.hpp"
#include "support/diagnostic.hpp"

namespace krait::compiler {

inline Diagnostic compile_error(std::string message, const ast::Span& at) {
    Diagnostic d;
    d.message = std::move(message);
    d.line = at.line;
    d.col = at.col;
    d.end_line = at.end_line;
    d.end_col = at.end_col;
    d.from_parser = true;
    return d;
}

}  // namespace krait::compiler
