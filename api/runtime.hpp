// What the public API's implementation shares (never included by hosts): the interpreter's
// state behind krait::Interpreter, the handle table behind krait::Handle, and the ways
// between the two worlds.
#pragma once
#include <cstdint>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "krait/krait.hpp"
#include "runtime/state.hpp"

namespace krait {

struct Module;

struct Interpreter::Impl {
    State st;
    Module* main = nullptr;
    Interpreter* self = nullptr;
    detail::Handles* handles = nullptr;
    Type* function_type = nullptr;   // bound C++ callables (api/function.cpp), made on first use
    // Bound C++ classes by C++ type, and their methods' type (api/class.cpp), made on first use.
    std::unordered_map<std::type_index, Type*> classes;
    Type* method_type = nullptr;

    // register_exception's mappings, newest last.
    struct ExceptionMapping {
        Translator matches;
        std::string python_type;  // a built-in exception's name, or "" for:
        Handle python_class;
    };
    std::vector<ExceptionMapping> exception_mappings;

    Handle event_loop;  // the host's event loop (api/async.cpp), made on first use
};

namespace detail {

// The objects krait::Objects refer to: a slot each, marked as roots. The table outlives its
// interpreter while Objects remain (they become inert): `refs` counts the live Objects, plus
// one held by the interpreter.
struct Handles {
    Interpreter::Impl* rt = nullptr;   // null once the interpreter is gone
    std::vector<Value> slots;          // a free slot holds None
    std::vector<uint32_t> free;
    size_t refs = 1;

    uint32_t take(Value v);
    void give_back(uint32_t slot);
};

struct Access {
    // A new Handle referring to v.
    static Handle make(Interpreter::Impl& rt, Value v);
    // The interpreter of o; std::logic_error when it is empty or its interpreter is gone.
    static Interpreter::Impl& runtime(const Handle& o);
    static Value value(const Handle& o);
    static Interpreter::Impl& runtime(Interpreter& py) { return *py.impl_; }
};

inline State& state(const Handle& o) { return Access::runtime(o).st; }
inline State& state(Interpreter& py) { return Access::runtime(py).st; }

// Takes the exception pending in the interpreter and throws it as a krait::Error.
[[noreturn]] void throw_raised(Interpreter::Impl& rt);
// Raises e in the interpreter: the exception it carries, or a new one of the built-in type
// it names (RuntimeError when there is no such type).
void raise_error(Interpreter::Impl& rt, const Error& e);
// Raises the Python exception for a C++ exception that bound code threw.
void raise_cpp_exception(Interpreter::Impl& rt, std::exception_ptr p);

// v, or throw_raised when it is an error.
inline Value check(Interpreter::Impl& rt, Value v) {
    if (v.is_error()) throw_raised(rt);
    return v;
}

}  // namespace detail
}  // namespace krait
