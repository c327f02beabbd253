// The frame stack: chunks of memory for the frames of ordinary calls.
#include "runtime/frame.hpp"

#include <cstdlib>

#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"

namespace krait {

namespace {
constexpr size_t kChunkBytes = size_t(256) << 10;
}

FrameStack::~FrameStack() {
    while (chunk_) {
        Chunk* prev = chunk_->prev;
        std::free(chunk_);
        chunk_ = prev;
    }
    std::free(spare_);
}

Frame* FrameStack::push(uint32_t nslots) {
    size_t bytes = sizeof(Frame) + size_t(nslots) * sizeof(Value);
    bytes = (bytes + 15) & ~size_t(15);
    if (!chunk_ || size_t(chunk_->end - chunk_->used) < bytes) {
        Chunk* c = nullptr;
        size_t want = std::max(kChunkBytes, bytes + sizeof(Chunk));
        if (spare_ && size_t(spare_->end - spare_->data) >= bytes) {
            c = spare_;
            spare_ = nullptr;
        } else {
            c = static_cast<Chunk*>(std::malloc(want));
            if (!c) return nullptr;
            c->end = reinterpret_cast<char*>(c) + want;
        }
        c->prev = chunk_;
        c->used = c->data;
        chunk_ = c;
    }
    auto* f = reinterpret_cast<Frame*>(chunk_->used);
    chunk_->used += bytes;
    f->nslots = nslots;
    return f;
}

void FrameStack::pop(Frame* f) {
    char* p = reinterpret_cast<char*>(f);
    if (p >= chunk_->data && p < chunk_->end) {
        chunk_->used = p;
        if (p == chunk_->data && chunk_->prev) {
            // The chunk is empty: keep it as the spare, go back to the previous one.
            Chunk* empty = chunk_;
            chunk_ = empty->prev;
            std::free(spare_);
            spare_ = empty;
        }
    }
}

void FrameStack::trace(Tracer& t) {
    for (Frame* f = top; f; f = f->back) trace_frame(f, t);
}

void trace_frame(Frame* f, Tracer& t) {
    t.mark(f->func);
    t.mark(f->locals_map);
    Value* end = f->sp ? f->sp : f->slots + f->nslots;
    for (Value* v = f->slots; v < end; ++v) t.mark(*v);
}

}  // namespace krait
