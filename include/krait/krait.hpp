// Krait's public API. A host includes this header and nothing else from the tree.
//
// This first version exposes the front end (tokens, syntax trees, syntax errors); the
// interpreter, values and the event loop join it as they are built.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace krait {

// The version of Krait, as "MAJOR.MINOR.PATCH".
std::string_view version();

// A Python exception that reached the host. what() is the whole report as CPython prints
// it for an uncaught exception (for a SyntaxError: the File/line, source line and caret
// lines, then "SyntaxError: message").
class Error : public std::runtime_error {
public:
    Error(std::string type, std::string message, std::string report)
        : std::runtime_error(std::move(report)), type_(std::move(type)), message_(std::move(message)) {}
    const std::string& type_name() const { return type_; }   // e.g. "IndentationError"
    const std::string& message() const { return message_; }  // e.g. "unexpected indent"
private:
    std::string type_, message_;
};

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
