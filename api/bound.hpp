// What bound functions (api/function.cpp) share with bound classes (api/class.cpp): calling
// a C++ callable with a call's arguments matched to its parameters.
#pragma once
#include <string_view>
#include <vector>

#include "api/runtime.hpp"

namespace krait::detail {

enum : unsigned {
    // A binary special method (__add__, __eq__) whose other operand has the wrong type
    // returns NotImplemented, so that Python tries the reflected method or identity.
    kNotImplementedOnMismatch = 1,
    // "must be float, not str" without "f() argument 1": property setters, as CPython's are.
    kBareArgumentErrors = 2,
};

// Calls fn with a's arguments matched to params, with CPython's messages naming `name`.
// self, unless it is Value::error(), is passed first and is not counted in messages. The
// result, or Value::error() with the exception pending; no C++ exception escapes. When the
// arguments do not fit the parameters (their number, names or types), *mismatched (if given)
// is set too: an overloaded method then tries its next overload.
Value call_bound(Interpreter::Impl& rt, std::string_view name, const std::vector<Param>& params, Callable& fn,
                 Value self, Args a, unsigned flags, bool* mismatched = nullptr);

}  // namespace krait::detail
