// Type objects. A Type is itself a heap Object (its type is `type`). This header holds what
// every layer needs from it; the type system proper (MRO, attribute lookup, special-method
// slots) builds on it in runtime/type.cpp.
#pragma once
#include "runtime/object.hpp"

namespace krait {

struct Type : Object {
    const GcOps* gc;      // how the collector traces and destroys instances
    const char* name;     // for native types; user classes keep theirs in their dict
};

}  // namespace krait
