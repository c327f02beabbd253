// Exception objects and raising. Raising never throws in C++: a function that fails sets the
// State's `raised` exception and returns an error marker (Value::error(), false, -1, null),
// and its caller passes the failure on until the VM finds a handler.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.hpp"

namespace krait {

struct State;
struct Str;
struct Type;
struct Dict;

struct ExceptionObject : Object {
    Dict* dict;
    Value args;              // a tuple
    Value traceback;         // None or a traceback
    Value context, cause;    // None or exceptions
    Value notes;             // __notes__ list, or error() when absent
    bool suppress_context;
    Value fields[];          // the subtype's own attributes (StopIteration.value, OSError.errno, ...)
};

inline ExceptionObject* as_exception(Value v) { return static_cast<ExceptionObject*>(v.as_object()); }

// Raising: each returns Value::error() so that `return raise(...)` reads naturally.
Value raise(State& st, Value exception);
Value raise(State& st, Type* type, std::string_view message);
Value raise_value(State& st, Type* type, Value arg);   // type(arg)
Value raise_no_memory(State& st);
Value raise_recursion(State& st);
Value raise_stop_iteration(State& st, Value value);  // StopIteration(value); bare for None
// Raises type(message) from the pending exception (its __cause__ and __context__).
Value raise_from_cause(State& st, Type* type, std::string_view message);
// "'int' object is not subscriptable"-style messages: type_name(v) is its type's __name__, with
// its module for the types of native modules ('collections.deque'), as CPython's tp_name.
std::string type_name(State& st, Value v);
std::string type_name(State& st, Type* t);  // the same for the type itself
// The message is formatted by the caller; these only name the common types.
Value type_error(State& st, std::string_view message);
Value value_error(State& st, std::string_view message);
Value index_error(State& st, std::string_view message);
Value key_error(State& st, Value key);
Value attribute_error(State& st, Value obj, Str* name);
Value zero_division(State& st, std::string_view message);
Value overflow_error(State& st, std::string_view message);

// Takes the pending exception (clearing it); error() when none.
Value take_raised(State& st);
// Is the pending exception an instance of `type`?
bool raised_matches(State& st, Type* type);
bool is_exception_instance(State& st, Value v);
bool is_exception_class(State& st, Value v);
// An instance of `type` made from args (calls the class).
Value new_exception(State& st, Type* type, std::string_view message);
// The named extra field of an exception type's instance (StopIteration "value", ...).
Value exception_field(State& st, Value exc, const char* name);
// str(exc) and the "Type: message" line of a traceback.
Value exception_str(State& st, Value exc);
void init_exception_types(State& st);

}  // namespace krait
