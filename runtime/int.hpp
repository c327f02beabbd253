// int: small values live in the Value itself; anything beyond Value::kIntMax is an Int object
// holding a BigInt. Int objects are also the instances of int subclasses (any magnitude), so
// every function here accepts both forms; results are always canonical (small when it fits).
// bool is a subclass of int whose only values are the singletons True and False; every
// function that takes an int takes them as 1 and 0.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

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
// int(d) for a double: truncates toward zero; OverflowError for infinities ("cannot convert
// float infinity to integer"), ValueError for NaN ("cannot convert float NaN to integer").
Value int_from_double(State& st, double d);
// Is v an int (or bool, or int subclass instance)?
bool is_int(State& st, Value v);
bool is_exact_int(State& st, Value v);  // a small int or an exact Int object (not bool)
// The value of an int as a BigInt (for small ints, a fresh one).
BigInt to_bigint(State& st, Value v);
// Fits in int64? Precondition: is_int(v). Raises nothing.
bool int_to_int64(State& st, Value v, int64_t& out);
// An index for sequences: __index__, then the value as an int64. Raises TypeError ("'float'
// object cannot be interpreted as an integer") or OverflowError ("cannot fit 'int' into an
// index-sized integer").
bool to_index(State& st, Value v, int64_t& out);
// A Py_ssize_t argument (PyArg's 'n' format): the same, but beyond int64 it is OverflowError
// "Python int too large to convert to C ssize_t".
bool to_ssize(State& st, Value v, int64_t& out);
// The same, but values beyond int64 are clamped instead (slice bounds, CPython's
// PyNumber_AsSsize_t(v, NULL)).
bool to_index_clamped(State& st, Value v, int64_t& out);
// operator.index(v) (an exact int, calling __index__ if needed).
Value number_index(State& st, Value v);
// int(v) as the int() constructor converts one argument (PyNumber_Long): __int__, __index__,
// __trunc__, str, bytes and bytearray; an exact int.
Value number_to_int(State& st, Value v);
// str(int) with the 4300-digit limit (raises ValueError beyond it).
Value int_to_str(State& st, Value v);
// The digits of |v| (an int) in `base` 2..36, lowercase with no prefix, and its sign, for
// formatting; false (ValueError raised) when a base-10 conversion exceeds the digit limit.
bool int_magnitude_digits(State& st, Value v, int base, std::string& out, bool& negative);
// hex(v), oct(v), bin(v) for an int: base 16, 8 or 2 with its prefix ('-0xff').
Value int_to_base_str(State& st, Value v, int base);
// int(s, base) from a str's text; raises ValueError with CPython's message.
Value int_from_string(State& st, std::string_view text, int base, Value original);
int64_t int_hash(State& st, Value v);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, what int() and float() parse: non-ASCII
// decimal digits become ASCII ones, non-ASCII whitespace a space, anything else non-ASCII '?'
// (which no number accepts).
std::string numeric_ascii(std::string_view utf8);
// divmod(a, b) for ints, bools and floats of exactly those types: anything else gives
// NotImplemented, and the builtin then falls back to __divmod__ and __rdivmod__.
Value number_divmod(State& st, Value a, Value b);
// pow(base, exp, mod) in full: ints (and their subclasses), the TypeErrors for floats and
// other types, and base's own __pow__(exp, mod) for other classes; mod None is binary power.
Value number_pow_mod(State& st, Value base, Value exp, Value mod);
// float(v) for an int: OverflowError "int too large to convert to float".
double int_to_double_or_raise(State& st, Value v, bool& ok);
void init_int_type(State& st);
void init_bool_type(State& st);

}  // namespace krait
