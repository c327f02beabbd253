// super(): attribute lookup that starts after a given class in an object's MRO.
#pragma once
#include "runtime/object.hpp"

namespace krait {

struct State;
struct Type;

struct Super : Object {
    Type* type;        // the class super() was called in
    Value obj;         // the instance or class it binds to
    Type* obj_type;    // the type whose MRO is searched
};

void init_super_type(State& st);

}  // namespace krait
