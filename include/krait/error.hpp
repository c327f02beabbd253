// krait::Error: a Python exception that reached the host.
#pragma once
#include <stdexcept>
#include <string>
#include <utility>

#include "krait/handle.hpp"

namespace krait {

// what() is the whole report as CPython prints an uncaught exception (the traceback, then
// "TypeError: message"; for a SyntaxError the File/line, source line and caret lines).
// Thrown by every API call that runs Python code; thrown by C++ code that a script called
// (a bound function), it reaches the script as the exception it carries.
class Error : public std::runtime_error {
public:
    // What bound C++ code throws to raise a built-in exception: `throw krait::Error("KeyError",
    // "no such player")` reaches the script as KeyError('no such player').
    Error(std::string type, std::string message)
        : Error(type, message, type + ": " + message) {}
    Error(std::string type, std::string message, std::string report, Handle exception = {})
        : std::runtime_error(std::move(report)),
          type_(std::move(type)),
          message_(std::move(message)),
          exception_(std::move(exception)) {}
    const std::string& type_name() const { return type_; }   // e.g. "ZeroDivisionError"
    const std::string& message() const { return message_; }  // e.g. "division by zero"
    const char* traceback() const { return what(); }         // the formatted report
    // The exception object itself (empty for errors raised before any code ran).
    const Handle& exception() const { return exception_; }

private:
    std::string type_, message_;
    Handle exception_;
};

// The host stopped the running code (Interpreter::interrupt). Scripts cannot catch it: it
// passes through every except, finally and with block on its way out.
class Interrupted : public Error {
public:
    Interrupted() : Interrupted("Interrupted", "interrupted by the host") {}

protected:
    Interrupted(std::string type, std::string message) : Error(std::move(type), std::move(message)) {}
};

// The code used up its step budget (Interpreter::set_step_budget); stopped as by interrupt().
class BudgetExceeded : public Interrupted {
public:
    BudgetExceeded() : Interrupted("BudgetExceeded", "step budget exhausted") {}
};

}  // namespace krait
