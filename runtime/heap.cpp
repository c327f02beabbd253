#include "runtime/heap.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "runtime/type.hpp"

namespace krait {

void Tracer::mark(Object* o) {
    if (!o || o->gc_mark == heap_.epoch_) return;
    o->gc_mark = heap_.epoch_;
    heap_.gray_.push_back(o);
}

Heap::~Heap() {
    // Everything goes, reachable or not: destroy hooks only free owned memory. An object's
    // type goes after it (a hook reads it): all_ is newest first, and no type is finalizable.
    for (Object* list : {finalizable_, all_}) {
        while (list) {
            Object* next = list->gc_next;
            if (list->type->gc->destroy) list->type->gc->destroy(*this, list);
            pool_.free(list, list->size);
            list = next;
        }
    }
}

inline bool Heap::over_limit(size_t bytes) {
    if (has_room(bytes)) return false;
    // The garbage may be what fills the heap: the next safe point collects.
    if (limit_ != SIZE_MAX) wanted_ = true;
    return true;
}

void Heap::schedule() {
#ifdef KRAIT_GC_STRESS
    wanted_ = true;
#else
    if (allocated_since_ >= threshold_ || bytes_ >= collect_at_) wanted_ = true;
#endif
}

inline void Heap::count(size_t bytes) {
    bytes_ += bytes;
    allocated_since_ += bytes;
    if (enabled_) schedule();
}

inline Object* Heap::new_block(Type* type, size_t bytes) {
    if (bytes > UINT32_MAX || over_limit(bytes)) return nullptr;
    auto* o = static_cast<Object*>(pool_.alloc(bytes));
    if (!o) return nullptr;
    std::memset(o, 0, bytes);  // gc_next too
    o->type = type;
    o->size = static_cast<uint32_t>(bytes);
    ++count_;
    count(bytes);
    return o;
}

Object* Heap::allocate(Type* type, size_t bytes) {
    Object* o = new_block(type, bytes);
    if (!o) return nullptr;
    o->gc_next = all_;
    all_ = o;
    return o;
}

Object* Heap::allocate_finalizable(Type* type, size_t bytes) {
    Object* o = new_block(type, bytes);
    if (!o) return nullptr;
    *finalizable_tail_ = o;
    finalizable_tail_ = &o->gc_next;
    return o;
}

void* Heap::allocate_buffer(size_t bytes) {
    if (over_limit(bytes)) return nullptr;
    void* p = pool_.alloc(bytes);
    if (!p) return nullptr;
    count(bytes);
    return p;
}

bool Heap::add_external(size_t bytes) {
    if (over_limit(bytes)) return false;
    count(bytes);
    return true;
}

void* Heap::resize_buffer(void* p, size_t old_bytes, size_t new_bytes) {
    if (new_bytes > old_bytes && over_limit(new_bytes - old_bytes)) return nullptr;
    void* q;
    if (SmallPool::same_block(old_bytes, new_bytes)) {
        q = p;
    } else if (old_bytes > SmallPool::kMaxSmall && new_bytes > SmallPool::kMaxSmall) {
        q = std::realloc(p, new_bytes);
        if (!q) return nullptr;
    } else {
        q = pool_.alloc(new_bytes);
        if (!q) return nullptr;
        if (p) std::memcpy(q, p, std::min(old_bytes, new_bytes));
        pool_.free(p, old_bytes);
    }
    bytes_ = bytes_ - old_bytes + new_bytes;
    if (new_bytes > old_bytes) {
        allocated_since_ += new_bytes - old_bytes;
        if (enabled_) schedule();
    }
    return q;
}

void Heap::free_buffer(void* p, size_t bytes) {
    pool_.free(p, bytes);
    bytes_ -= std::min(bytes_, bytes);
}

void Heap::drain(Tracer& t) {
    while (!gray_.empty()) {
        Object* o = gray_.back();
        gray_.pop_back();
        t.mark(o->type);
        o->type->gc->trace(o, t);
    }
}

bool Heap::finalize_pending(Object* o) {
    return !o->type->gc->finalize_pending || o->type->gc->finalize_pending(o);
}

void Heap::finalize_all() {
    for (Object* o = finalizable_; o; o = o->gc_next)
        if (finalize_pending(o)) due_.push_back(o);
    for (Object* o : late_finalizable_)
        if (finalize_pending(o)) due_.push_back(o);
    late_finalizable_.clear();
    // Nothing is finalized twice: the whole list becomes ordinary objects.
    if (finalizable_) {
        *finalizable_tail_ = all_;
        all_ = finalizable_;
        finalizable_ = nullptr;
        finalizable_tail_ = &finalizable_;
    }
}

Object** Heap::sweep(Object** link, size_t& freed) {
    while (Object* o = *link) {
        // The list is a pointer chase through the whole heap: fetch the next object early.
        if (o->gc_next) __builtin_prefetch(o->gc_next->gc_next);
        if (o->gc_mark == epoch_) {
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        if (o->type->gc->destroy) o->type->gc->destroy(*this, o);  // returns its buffers first
        bytes_ -= std::min<size_t>(bytes_, o->size);
        pool_.free(o, o->size);
        ++freed;
    }
    return link;
}

size_t Heap::collect() {
    wanted_ = false;
    ++collections_;
    if (++epoch_ == 0) epoch_ = 1;  // 0 is what new objects carry
    Tracer t(*this);
    if (root_tracer_) root_tracer_(root_context_, t);
    for (Value* slot : roots_) t.mark(*slot);
    for (Object* o : due_) t.mark(o);
    drain(t);
    // Unreachable objects with finalizers survive this collection, with everything they
    // reference: their finalizers run next and may use any of it.
    size_t first_due = due_.size();
    Object** link = &finalizable_;
    while (Object* o = *link) {
        if (o->gc_next) __builtin_prefetch(o->gc_next->gc_next);
        if (o->gc_mark == epoch_ || !finalize_pending(o)) {
            link = &o->gc_next;
            continue;
        }
        // Queued once: from now on an ordinary object, freed when it is unreachable again.
        *link = o->gc_next;
        o->gc_next = all_;
        all_ = o;
        due_.push_back(o);
    }
    finalizable_tail_ = link;
    size_t kept = 0;
    for (Object* o : late_finalizable_) {
        if (o->gc_mark == epoch_) late_finalizable_[kept++] = o;
        else if (finalize_pending(o)) due_.push_back(o);
    }
    late_finalizable_.resize(kept);
    for (size_t i = first_due; i < due_.size(); ++i) t.mark(due_[i]);
    drain(t);
    if (weak_sweeper_) weak_sweeper_(weak_context_, *this);

    size_t freed = 0;
    sweep(&all_, freed);
    finalizable_tail_ = sweep(&finalizable_, freed);
    count_ -= freed;
    allocated_since_ = 0;
    // Collect again after allocating twice the live set: amortized linear cost.
    threshold_ = std::max<size_t>(size_t(4) << 20, 2 * bytes_);
    // Under a memory limit, the next collection comes when half the room left is used, so
    // that garbage is gone before it could make an allocation fail.
    collect_at_ = limit_ == SIZE_MAX || bytes_ >= limit_ ? limit_ : bytes_ + (limit_ - bytes_) / 2;
    reserve_ = 0;
    return freed;
}

}  // namespace krait
