// A located error from the front end: the class CPython would raise, its message, and a
// span in the source (lines from 1, columns in UTF-8 bytes from 0, end exclusive).
#pragma once
#include <string>

namespace krait {

struct Diagnostic {
    enum class Type { SyntaxError, IndentationError, TabError, MemoryError, RecursionError };
    Type type = Type::SyntaxError;
    std::string message;
    int line = 0, col = 0, end_line = 0, end_col = 0;  // line 0: no location
    std::string text;  // the line to show, when it is not the source's own (f-string fields)
    // Raised by the parser rather than the tokenizer. CPython then re-reads the line from the
    // file (through a 1000-byte buffer) and, when no encoding is declared, counts columns in
    // bytes; syntax_error.cpp reproduces both.
    bool from_parser = false;

    static const char* type_name(Type t) {
        switch (t) {
            case Type::SyntaxError: return "SyntaxError";
            case Type::IndentationError: return "IndentationError";
            case Type::TabError: return "TabError";
            case Type::MemoryError: return "MemoryError";
            case Type::RecursionError: return "RecursionError";
        }
        return "SyntaxError";
    }
};

}  // namespace krait
