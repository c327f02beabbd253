// Krait's public API. A host includes this header and nothing else from the tree.
//
// It exposes the front end (tokens, syntax trees, syntax errors) and interpreters that run
// programs; values, native bindings and the event loop join it as they are built.
#pragma once
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// One interpreter: its own heap, modules and state. Any number may exist in a process; each
// is used by one thread at a time.
class Interpreter {
public:
    struct Config {
        // Where print() and tracebacks go; empty: the process's stdout and stderr.
        std::function<void(std::string_view)> out, err;
        std::vector<std::string> argv;   // sys.argv
        std::vector<std::string> path;   // sys.path (the script's folder first, as python does)
        int recursion_limit = 1000;
    };

    Interpreter();
    explicit Interpreter(Config config);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Runs source as the __main__ module, as `python FILE` does: an uncaught exception prints
    // its traceback to the error stream. Returns the process exit status CPython would give:
    // 0, 1 after an uncaught exception, or what SystemExit asked for.
    int run_main(std::string_view source, std::string_view filename);

    // Runs a module as __main__, as `python -m name` does (its file is found along the path;
    // a package runs its __main__.py). Returns the exit status as run_main does.
    int run_module(std::string_view name);

    // Runs one interactive statement in __main__ (expression results are echoed with repr
    // and bound to `_`). Returns the exit status as run_main does; -1 when it was fine.
    // Sets *exit_requested when SystemExit was raised.
    int run_interactive(std::string_view source, bool* exit_requested);

    // Asks the running code to stop with KeyboardInterrupt at its next safe point. Safe to
    // call from another thread or from a signal handler.
    void interrupt();

    // Is this the start of a statement that needs more lines (an open block or bracket)?
    bool is_incomplete(std::string_view source);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace krait
