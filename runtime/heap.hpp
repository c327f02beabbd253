// The heap: a tracing, non-moving mark-and-sweep collector that frees cycles.
//
// Allocation never collects by itself: it only asks for a collection (when enough has been
// allocated since the last one, or always in a KRAIT_GC_STRESS build), and the VM runs it at
// a safe point, where every live value sits in a frame, a container or a registered root.
// Native code that keeps a Value in a C++ local across anything that may run Python code
// (and so reach a safe point) must hold it in a Root.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <new>
#include <utility>
#include <vector>

#include "runtime/object.hpp"
#include "runtime/pool.hpp"
#include "runtime/type.hpp"
#include "runtime/value.hpp"

namespace krait {

class Heap;

// Marks what it is given and, later, what that references; never recursive, so arbitrarily
// deep structures are safe.
class Tracer {
public:
    void mark(Value v) {
        if (v.is_object()) mark(v.as_object());
    }
    void mark(Object* o);

private:
    friend class Heap;
    explicit Tracer(Heap& h) : heap_(h) {}
    Heap& heap_;
};

class Heap {
public:
    Heap() = default;
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;
    ~Heap();

    // Allocates an object of `bytes` bytes (at least sizeof(Object)), zero-filled, with its
    // header set. Returns null when the memory limit would be exceeded or malloc fails; the
    // caller raises MemoryError.
    Object* allocate(Type* type, size_t bytes);
    // allocate, onto the finalizable list (see make_finalizable).
    Object* allocate_finalizable(Type* type, size_t bytes);

    // A zero-filled T in a fresh block with `extra` bytes after it for inline data. Instances
    // of subclasses may be larger than T (their __dict__ pointer, __slots__): the type's
    // basicsize says how large, and is used when it exceeds sizeof(T).
    template <typename T>
    T* make(Type* type, size_t extra = 0) {
        return static_cast<T*>(make_object(type, sizeof(T), extra, false));
    }
    // make<T> for an object whose type may need its GcOps::finalize run when it becomes
    // unreachable (a coroutine: "never awaited"). It goes on the heap's finalizable list,
    // which costs no memory beyond the object; GcOps::finalize_pending says, at each
    // collection that finds it unreachable, whether finalize has work to do.
    template <typename T>
    T* make_finalizable(Type* type, size_t extra = 0) {
        return static_cast<T*>(make_object(type, sizeof(T), extra, true));
    }

    // Who can tell the collector about roots: the interpreter registers one tracer for its
    // own state (frames, modules, types, interned names).
    using RootTracer = void (*)(void* context, Tracer& t);
    void set_root_tracer(RootTracer fn, void* context) {
        root_tracer_ = fn;
        root_context_ = context;
    }

    // Who keeps a table keyed by objects it must not keep alive (the State: the names of
    // renamed generators): called once marking is done and before anything is freed, to drop
    // the entries whose key is about to go (is_marked says which survive).
    using WeakSweeper = void (*)(void* context, const Heap& heap);
    void set_weak_sweeper(WeakSweeper fn, void* context) {
        weak_sweeper_ = fn;
        weak_context_ = context;
    }
    // For a weak sweeper: whether o survives the collection in progress.
    bool is_marked(const Object* o) const { return o->gc_mark == epoch_; }

    // Memory an object owns outside its block (item arrays, limbs) comes from here too, so
    // that accounting and the memory limit cover it. Returns null on failure.
    void* allocate_buffer(size_t bytes);
    void* resize_buffer(void* p, size_t old_bytes, size_t new_bytes);
    void free_buffer(void* p, size_t bytes);
    // Memory an object owns that a library allocates rather than the heap (a big int's
    // limbs, which BigInt manages itself): counted like a buffer, so that the limit and the
    // collector's schedule see it. add_external counts nothing and returns false past the
    // limit; remove_external is for when the owner is freed.
    bool add_external(size_t bytes);
    void remove_external(size_t bytes) { bytes_ -= std::min(bytes_, bytes); }
    // Whether `bytes` more fit under the memory limit: the early test before work whose
    // result would be that large (a huge power fails at once, not after minutes of work).
    bool has_room(size_t bytes) const {
        size_t limit = limit_ == SIZE_MAX ? limit_ : limit_ + reserve_;
        return bytes <= limit - std::min(limit, bytes_);
    }

    // Temporary roots for native code: see Root below.
    void push_root(Value* slot) { roots_.push_back(slot); }
    void pop_root() { roots_.pop_back(); }

    bool collection_wanted() const { return wanted_; }
    // Marks from the roots and frees everything unreachable. Returns the number of objects freed.
    // Unreachable finalizable objects (make_finalizable, add_finalizer) whose finalize is
    // pending are kept instead, with what they reference, and queued for their type's
    // finalize hook (see next_finalizer): oldest first, those made finalizable before those
    // registered later. Each is queued once at most.
    size_t collect();

    // Asks for o's GcOps::finalize to run once o becomes unreachable, for an object that
    // was not known to need it when it was made (a future whose exception nobody retrieved).
    // Costs a vector entry until then: make_finalizable is free (and must not be combined
    // with this, or the finalizer would run twice).
    void add_finalizer(Object* o) { late_finalizable_.push_back(o); }
    // The next object whose finalizer is due, or null. Queued objects are kept alive; once
    // taken, the caller keeps it rooted while it runs the finalizer.
    Object* next_finalizer() {
        if (due_.empty()) return nullptr;
        Object* o = due_.front();
        due_.pop_front();
        return o;
    }
    // At exit: every registered object still pending is due, reachable or not, oldest first.
    void finalize_all();

    void set_enabled(bool on) { enabled_ = on; }   // gc.disable() still allows gc.collect()
    bool enabled() const { return enabled_; }
    void set_memory_limit(size_t bytes) {
        limit_ = bytes;
        collect_at_ = bytes;
    }
    // Room beyond the limit, until the next collection, for making the MemoryError that
    // reports a failed allocation (and its traceback): raising it must not fail in turn.
    static constexpr size_t kMemoryErrorReserve = 64 << 10;
    void grant_reserve() { reserve_ = kMemoryErrorReserve; }
    size_t bytes_in_use() const { return bytes_; }
    size_t objects() const { return count_; }
    size_t collections() const { return collections_; }

private:
    friend class Tracer;
    void schedule();
    void drain(Tracer& t);  // traces the gray objects until none is left
    static bool finalize_pending(Object* o);
    Object* new_block(Type* type, size_t bytes);  // allocate's work but linking it on a list
    Object* make_object(Type* type, size_t base, size_t extra, bool finalizable) {
        if (type && type->basicsize > base) base = type->basicsize;
        Object* o = finalizable ? allocate_finalizable(type, base + extra) : allocate(type, base + extra);
        if (o && type && type->solid_size && type->basicsize > type->solid_size) init_slot_words(type, o);
        return o;
    }
    Object** sweep(Object** head, size_t& freed);  // frees the unmarked objects of one list

    SmallPool pool_;
    Object* all_ = nullptr;        // every object not on finalizable_, newest first
    // Objects made finalizable whose finalizer has not been queued, oldest first (appended at
    // the tail, so the order costs nothing). Linked through gc_next like all_ and swept the
    // same way; an object moves to all_ when its finalizer is queued.
    Object* finalizable_ = nullptr;
    Object** finalizable_tail_ = &finalizable_;  // the null link the next one goes in
    size_t count_ = 0;
    size_t bytes_ = 0;
    size_t allocated_since_ = 0;   // bytes since the last collection
    size_t threshold_ = size_t(4) << 20;  // collect after this many new bytes (grows with the live set)
    size_t limit_ = SIZE_MAX;
    size_t collect_at_ = SIZE_MAX;  // under a limit: collect once this many bytes are in use
    size_t reserve_ = 0;           // grant_reserve's room, while it lasts
    bool over_limit(size_t bytes);  // !has_room, asking for a collection when under a limit
    void count(size_t bytes);       // `bytes` more in use: account and schedule
    size_t collections_ = 0;
    uint32_t epoch_ = 1;           // mark value of the current collection
    bool wanted_ = false;
    bool enabled_ = true;
    std::vector<Object*> gray_;    // objects marked but not yet traced
    std::vector<Value*> roots_;
    std::vector<Object*> late_finalizable_;  // add_finalizer: not yet found unreachable, oldest first
    std::deque<Object*> due_;           // found unreachable: finalizers to run, in order
    RootTracer root_tracer_ = nullptr;
    void* root_context_ = nullptr;
    WeakSweeper weak_sweeper_ = nullptr;
    void* weak_context_ = nullptr;
};

// Keeps a Value alive while it is in scope (LIFO with other Roots of the same heap).
class Root {
public:
    Root(Heap& h, Value v = Value()) : heap_(h), value_(v) { heap_.push_root(&value_); }
    ~Root() { heap_.pop_root(); }
    Root(const Root&) = delete;
    Root& operator=(const Root&) = delete;

    Value get() const { return value_; }
    void set(Value v) { value_ = v; }
    operator Value() const { return value_; }

private:
    Heap& heap_;
    Value value_;
};

}  // namespace krait
