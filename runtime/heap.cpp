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
    // Everything goes, reachable or not: destroy hooks only free owned memory.
    while (all_) {
        Object* next = all_->gc_next;
        if (all_->type->gc->destroy) all_->type->gc->destroy(*this, all_);
        pool_.free(all_, all_->size);
        all_ = next;
    }
}

void Heap::schedule() {
#ifdef KRAIT_GC_STRESS
    wanted_ = true;
#else
    if (allocated_since_ >= threshold_) wanted_ = true;
#endif
}

Object* Heap::allocate(Type* type, size_t bytes) {
    if (bytes > UINT32_MAX || bytes > limit_ - std::min(limit_, bytes_)) return nullptr;
    auto* o = static_cast<Object*>(pool_.alloc(bytes));
    if (!o) return nullptr;
    std::memset(o, 0, bytes);
    o->type = type;
    o->size = static_cast<uint32_t>(bytes);
    o->gc_next = all_;
    all_ = o;
    ++count_;
    bytes_ += bytes;
    allocated_since_ += bytes;
    if (enabled_) schedule();
    return o;
}

void* Heap::allocate_buffer(size_t bytes) {
    if (bytes > limit_ - std::min(limit_, bytes_)) return nullptr;
    void* p = pool_.alloc(bytes);
    if (!p) return nullptr;
    bytes_ += bytes;
    allocated_since_ += bytes;
    if (enabled_) schedule();
    return p;
}

void* Heap::resize_buffer(void* p, size_t old_bytes, size_t new_bytes) {
    if (new_bytes > old_bytes && new_bytes - old_bytes > limit_ - std::min(limit_, bytes_)) return nullptr;
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
    for (Object* o : finalizable_)
        if (finalize_pending(o)) due_.push_back(o);
    finalizable_.clear();
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
    size_t kept = 0;
    size_t first_due = due_.size();
    for (Object* o : finalizable_) {
        if (o->gc_mark == epoch_) finalizable_[kept++] = o;
        else if (finalize_pending(o)) due_.push_back(o);
    }
    finalizable_.resize(kept);
    for (size_t i = first_due; i < due_.size(); ++i) t.mark(due_[i]);
    drain(t);

    size_t freed = 0;
    for (Object** link = &all_; *link;) {
        Object* o = *link;
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
    count_ -= freed;
    allocated_since_ = 0;
    // Collect again after allocating twice the live set: amortized linear cost.
    threshold_ = std::max<size_t>(size_t(4) << 20, 2 * bytes_);
    return freed;
}

}  // namespace krait
