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
// float(x) for any number (calls __float__ / __index__); false with an exception pending.
bool to_double(State& st, Value v, double& out);
int64_t float_hash(double d);
Value float_repr_value(State& st, double d);
void init_float_type(State& st);

}  // namespace krait
