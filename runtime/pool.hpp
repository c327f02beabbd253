// Segregated free lists for small blocks: objects and buffers of up to kMaxSmall bytes are
// carved from chunks (growing to 64 KiB) and recycled by size class, so the churn of small objects (an
// instance, its dict, the dict's tables) costs a pointer pop instead of a malloc. Chunks are
// returned to the system only when the pool is destroyed.
//
// Sanitizer builds bypass the pool (KRAIT_NO_POOL) so that AddressSanitizer sees every block.
#pragma once
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace krait {

class SmallPool {
public:
    static constexpr size_t kGranule = 8;
    static constexpr size_t kMaxSmall = 512;

    SmallPool() = default;
    SmallPool(const SmallPool&) = delete;
    SmallPool& operator=(const SmallPool&) = delete;
    ~SmallPool() {
        for (void* c : chunks_) std::free(c);
    }

    // An uninitialized block of at least `bytes` bytes; null when the system has no memory.
    void* alloc(size_t bytes) {
#ifndef KRAIT_NO_POOL
        if (bytes <= kMaxSmall) {
            size_t c = size_class(bytes);
            if (Free* f = free_[c]) {
                free_[c] = f->next;
                return f;
            }
            if (next_[c] != end_[c]) {
                void* p = next_[c];
                next_[c] += block_size(c);
                return p;
            }
            return refill(c);
        }
#endif
        return std::malloc(bytes ? bytes : 1);
    }

    void free(void* p, size_t bytes) {
        if (!p) return;
#ifndef KRAIT_NO_POOL
        if (bytes <= kMaxSmall) {
            size_t c = size_class(bytes);
            auto* f = static_cast<Free*>(p);
            f->next = free_[c];
            free_[c] = f;
            return;
        }
#endif
        std::free(p);
    }

    // Whether blocks of these two sizes are interchangeable (same class), so a resize can
    // keep the block.
    static bool same_block(size_t a, size_t b) {
#ifndef KRAIT_NO_POOL
        if (a <= kMaxSmall && b <= kMaxSmall) return size_class(a) == size_class(b);
#endif
        return false;
    }

private:
    struct Free {
        Free* next;
    };
    static constexpr size_t kClasses = kMaxSmall / kGranule + 1;
    // A class's chunks start small and double (a program that uses a size class a little pays
    // a little: start-up memory stays low), up to 64 KiB.
    static constexpr size_t kFirstChunk = size_t(2) << 10;
    static constexpr size_t kMaxChunk = size_t(64) << 10;

    static size_t size_class(size_t bytes) { return (bytes + kGranule - 1) / kGranule; }
    static size_t block_size(size_t c) { return c ? c * kGranule : kGranule; }

    // A fresh chunk is handed out front to back and never threaded onto the free list, so
    // the pages of its unused tail are never touched.
    void* refill(size_t c) {
        size_t block = block_size(c);
        size_t bytes = next_chunk_[c] ? next_chunk_[c] : kFirstChunk;
        if (bytes < 2 * block) bytes = 2 * block;
        next_chunk_[c] = bytes < kMaxChunk ? bytes * 2 : kMaxChunk;
        char* chunk = static_cast<char*>(std::malloc(bytes));
        if (!chunk) return nullptr;
        chunks_.push_back(chunk);
        next_[c] = chunk + block;  // the first block is the caller's
        end_[c] = chunk + bytes / block * block;
        return chunk;
    }

    Free* free_[kClasses] = {};
    char* next_[kClasses] = {};  // the unused part of each class's newest chunk
    char* end_[kClasses] = {};
    size_t next_chunk_[kClasses] = {};
    std::vector<void*> chunks_;
};

}  // namespace krait
