// The header every heap object starts with, and how the collector sees each kind of object.
#pragma once
#include <cstdint>

#include "runtime/value.hpp"

namespace krait {

struct Type;
struct State;
class Tracer;
class Heap;

struct Object {
    Type* type;
    Object* gc_next;     // the heap's list this object is on, for the sweep
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
    // Whether finalize still has work to do (a generator that has not finished); asked during
    // a collection, so it must only read the object. Null: always.
    bool (*finalize_pending)(const Object* self) = nullptr;
    // Clean-up that runs Python code (closing a suspended generator), for objects made with
    // Heap::make_finalizable or registered with Heap::add_finalizer: called once, at a safe
    // point after the collection that found the object unreachable (or at interpreter exit);
    // the object is freed by a later collection if it is still unreachable then. May be null.
    void (*finalize)(State& st, Object* self) = nullptr;
};

}  // namespace krait
