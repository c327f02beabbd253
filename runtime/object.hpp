// The header every heap object starts with, and how the collector sees each kind of object.
#pragma once
#include <cstdint>

#include "runtime/value.hpp"

namespace krait {

struct Type;
class Tracer;
class Heap;

struct Object {
    Type* type;
    Object* gc_next;     // the heap's list of every object, for the sweep
    uint32_t gc_mark;    // the heap's current mark epoch when reached
    uint32_t size;       // bytes in this block, for the heap's accounting
};

// What the collector needs to know about a kind of object. Every Type holds one; native
// kinds share static instances.
struct GcOps {
    // Reports every Value and Object the object references (Tracer::mark).
    void (*trace)(Object* self, Tracer& t);
    // Releases memory the object owns outside the heap (item arrays, big-int limbs). The
    // object's own block is freed by the heap afterwards. May be null.
    void (*destroy)(Heap& heap, Object* self);
};

}  // namespace krait
