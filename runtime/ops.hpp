// The abstract operations of the object model (CPython's "abstract.c"): what `a + b`,
// `repr(x)`, `x[i]`, `iter(x)` and friends do for any pair of types, through the type slots.
// Every function follows the error convention of runtime/exception.hpp.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

namespace krait {

struct Str;

inline Type* type_of(const State& st, Value v) {
    if (v.is_object()) return v.as_object()->type;
    if (v.is_int()) return st.int_type;
    if (v.is_double()) return st.float_type;
    switch (v.special_index()) {
        case 0: return st.none_type;
        case 1: case 2: return st.bool_type;
        case 3: return st.notimpl_type;
        default: return st.ellipsis_type;
    }
}

bool is_subtype(Type* a, Type* b);
inline bool isinstance(const State& st, Value v, Type* t) { return is_subtype(type_of(st, v), t); }

Value repr(State& st, Value v);
Value to_str(State& st, Value v);       // str(v)
Value ascii(State& st, Value v);
Value format(State& st, Value v, Value spec);
bool hash(State& st, Value v, int64_t& out);
Value unhashable(State& st, Value v);
int truthy(State& st, Value v);         // -1 on error
// ==, <, ... with NotImplemented handling; the result is any object.
Value compare(State& st, Value a, Value b, CmpOp op);
// a == b as a C++ bool (identity first, as containers do): -1 on error.
int equal(State& st, Value a, Value b);
int compare_bool(State& st, Value a, Value b, CmpOp op);

Value binary_op(State& st, Value a, Value b, BinOp op);
Value inplace_op(State& st, Value a, Value b, BinOp op);
Value unary_neg(State& st, Value v);
Value unary_pos(State& st, Value v);
Value unary_invert(State& st, Value v);
Value number_abs(State& st, Value v);
const char* binop_symbol(BinOp op);

Value getattr(State& st, Value obj, Str* name);
// Like getattr but an AttributeError becomes Value::missing().
Value getattr_opt(State& st, Value obj, Str* name);
bool setattr(State& st, Value obj, Str* name, Value v);
bool delattr(State& st, Value obj, Str* name);
// object.__getattribute__ / __setattr__: the generic algorithm with descriptors and __dict__.
Value generic_getattr(State& st, Value obj, Str* name);
bool generic_setattr(State& st, Value obj, Str* name, Value v);
// The instance dict of obj, or null if it has none (creating it on first use).
Dict* instance_dict(State& st, Value obj, bool create);
// Looks name up along type's MRO (no descriptors applied): missing() when absent.
Value type_lookup(State& st, Type* type, Str* name);
// The special method `name` of v's type, bound to v; missing() when absent.
Value lookup_special(State& st, Value v, Str* name);
// Calls the special method `name` of self's type with self and args (no bound method is made);
// missing() when the type has no such method.
Value call_special(State& st, Value self, Str* name, std::initializer_list<Value> args);

// Binds a descriptor found on self's type (function -> bound method, ...).
Value bind_descriptor(State& st, Value descr, Value self);
// callable(first, *args)
Value call_prepend(State& st, Value callable, Value first, Args args);
// `item in container` by iteration (the fallback when there is no __contains__).
int iter_contains(State& st, Value container, Value item);

Value getitem(State& st, Value obj, Value key);
bool setitem(State& st, Value obj, Value key, Value v);
bool delitem(State& st, Value obj, Value key);
int contains(State& st, Value container, Value item);
int64_t length(State& st, Value v);     // len(v); -1 on error
Value get_iter(State& st, Value v);
Value iter_next(State& st, Value it);   // stop() when exhausted

Value call(State& st, Value callable, Args args);
Value call(State& st, Value callable, std::initializer_list<Value> args);
Value call_method(State& st, Value obj, Str* name, std::initializer_list<Value> args);
bool is_callable(State& st, Value v);
// How CPython names a callable in call errors: "mod.qualname()", or "qualname()" for builtins.
std::string function_str(State& st, Value func);

// The native recursion guard: repr, ==, hash of nested containers, and every re-entry of
// the interpreter. False (RecursionError raised) when too deep.
bool enter_recursion(State& st, const char* where = "");
inline void leave_recursion(State& st) { --st.depth; }

// Builds a UTF-8 std::string from the str object v (precondition: v is a str).
std::string_view str_view(Value v);

}  // namespace krait
