#include "support/arena.hpp"

#include <cstdlib>

namespace krait {

Arena::~Arena() {
    while (chunks_) {
        Chunk* next = chunks_->next;
        std::free(chunks_);
        chunks_ = next;
    }
}

void* Arena::grow(size_t size, size_t align) {
    size_t want = size + align;
    size_t cap = cap_ ? cap_ * 2 : 64 * 1024;
    if (cap > (16u << 20)) cap = 16u << 20;  // beyond 16 MiB, grow linearly
    if (cap < want) cap = want;
    auto* c = static_cast<Chunk*>(std::malloc(sizeof(Chunk) + cap));
    if (!c) throw std::bad_alloc();
    c->next = chunks_;
    chunks_ = c;
    used_ += pos_;
    chunk_ = reinterpret_cast<char*>(c + 1);
    cap_ = cap;
    pos_ = 0;
    return allocate(size, align);
}

}  // namespace krait
