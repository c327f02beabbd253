// float: always stored in the Value itself, never allocated; instances of float subclasses
// are FloatObject heap objects.
#pragma once
#include <cstdint>

#include "runtime/object.hpp"

namespace krait {

struct State;

struct FloatObject : Object {
    double value;
};

bool is_float(State& st, Value v);
double float_value(Value v);  // precondition: is_float
// float(x) for any number (calls __float__ / __index__); false with an exception pending
// (TypeError "must be real number, not str").
bool to_double(State& st, Value v, double& out);
// hash(float) exactly as CPython 3.11 (NaN hashes to 0: Krait's floats are not objects).
int64_t float_hash(double d);
Value float_repr_value(State& st, double d);
// a ** b with CPython's special cases and errors (ZeroDivisionError for 0.0 to a negative
// power, OverflowError (34, 'Numerical result out of range')). A negative base with a
// non-integral exponent gives a complex number in CPython; Krait has no complex type and
// raises ValueError "negative number cannot be raised to a fractional power".
Value float_pow(State& st, double a, double b);
// divmod(a, b) of two doubles as a tuple; ZeroDivisionError "float divmod()".
Value float_divmod(State& st, double a, double b);
void init_float_type(State& st);

}  // namespace krait
