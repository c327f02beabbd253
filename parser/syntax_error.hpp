// Formats a front-end Diagnostic the way CPython 3.11 prints an uncaught SyntaxError:
//   File "name", line N
//     source line
//     ^^^^
// SyntaxError: message
#pragma once
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace krait::parse {

// CPython's SyntaxError attributes: offsets count characters from 1.
struct SyntaxErrorInfo {
    std::string type, message, filename, text;
    int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
};

// `encoding_declared`: the file had a BOM or a coding line (CPython then counts characters).
SyntaxErrorInfo to_python(const Diagnostic& d, std::string_view source, std::string_view filename,
                          bool encoding_declared = false);
std::string format_syntax_error(const SyntaxErrorInfo& e);

}  // namespace krait::parse
