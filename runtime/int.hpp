// int: small values live in the Value itself; anything beyond Value::kIntMax is an Int object
// holding a BigInt. Int objects are also the instances of int subclasses (any magnitude), so
// every function here accepts both forms; results are always canonical (small when it fits).
#pragma once
#include <cstdint>
#include <string>

#include "runtime/bigint.hpp"
#include "runtime/object.hpp"

namespace krait {

struct State;
struct Type;

struct Int : Object {
    BigInt value;
};

Value make_int(State& st, int64_t v);
Value make_int(State& st, BigInt&& v);
// Is v an int (or bool, or int subclass instance)?
bool is_int(State& st, Value v);
bool is_exact_int(State& st, Value v);  // a small int or an exact Int object (not bool)
// The value of an int as a BigInt (for small ints, a fresh one).
BigInt to_bigint(State& st, Value v);
// Fits in int64? Precondition: is_int(v).
bool int_to_int64(State& st, Value v, int64_t& out);
// An index for sequences: __index__ and a clamp to ssize_t range. Raises TypeError/OverflowError
// (message: "cannot fit 'int' into an index-sized integer").
bool to_index(State& st, Value v, int64_t& out);
// operator.index(v) (an exact int, calling __index__ if needed).
Value number_index(State& st, Value v);
// str(int) with the 4300-digit limit (raises ValueError beyond it).
Value int_to_str(State& st, Value v);
// int(s, base) from a str's text; raises ValueError with CPython's message.
Value int_from_string(State& st, std::string_view text, int base, Value original);
int64_t int_hash(State& st, Value v);
// divmod(a, b) and pow(a, b, m) for ints and floats (the builtins call these first and fall
// back to the special methods of other types).
Value number_divmod(State& st, Value a, Value b);
Value number_pow_mod(State& st, Value base, Value exp, Value mod);
double int_to_double_or_raise(State& st, Value v, bool& ok);
void init_int_type(State& st);
void init_bool_type(State& st);

}  // namespace krait
