// The loop's ready queue: a ring buffer of entries in one block, doubled when full and
// shrunk as it drains. A burst (100,000 new tasks, each with a first step to run) grows it to
// megabytes; a block that large is mapped from the system and unmapped when the queue
// shrinks, where the chunks of a std::deque would stay behind, scattered among the heap's
// objects. (malloc maps large blocks too, but once one is freed it raises its threshold and
// serves the next ones from the heap, where they leave holes.)
#pragma once
#include <sys/mman.h>
#include <cstddef>
#include <cstdlib>

namespace krait::stdlib::aio {

template <typename Entry>
class RingQueue {
public:
    RingQueue() = default;
    RingQueue(const RingQueue&) = delete;
    RingQueue& operator=(const RingQueue&) = delete;
    ~RingQueue() { release(buf_, cap_); }

    size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    // False when there is no memory for a larger block.
    bool push(const Entry& e) {
        if (count_ == cap_ && !resize(cap_ ? cap_ * 2 : kMinCapacity)) return false;
        buf_[(head_ + count_) & (cap_ - 1)] = e;
        ++count_;
        return true;
    }
    // Precondition: !empty().
    Entry pop() {
        Entry e = buf_[head_];
        head_ = (head_ + 1) & (cap_ - 1);
        --count_;
        // Gives back most of a block that a burst left mostly empty (on failure the queue
        // keeps its larger block, which is fine).
        if (count_ * 8 < cap_ && cap_ > kMinCapacity) resize(cap_ / 4 > kMinCapacity ? cap_ / 4 : kMinCapacity);
        return e;
    }
    void clear() { head_ = count_ = 0; }
    template <typename F>
    void for_each(F&& f) {
        for (size_t i = 0; i < count_; ++i) f(buf_[(head_ + i) & (cap_ - 1)]);
    }

private:
    static constexpr size_t kMinCapacity = 64;  // a power of two, as every capacity is
    static constexpr size_t kMapped = 128 * 1024;  // blocks of this many bytes or more are mapped

    static Entry* acquire(size_t cap) {
        size_t bytes = cap * sizeof(Entry);
        if (bytes < kMapped) return static_cast<Entry*>(std::malloc(bytes));
        void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        return p == MAP_FAILED ? nullptr : static_cast<Entry*>(p);
    }
    static void release(Entry* buf, size_t cap) {
        if (!buf) return;
        size_t bytes = cap * sizeof(Entry);
        if (bytes < kMapped) std::free(buf);
        else munmap(buf, bytes);
    }

    bool resize(size_t cap) {
        Entry* buf = acquire(cap);
        if (!buf) return false;
        for (size_t i = 0; i < count_; ++i) buf[i] = buf_[(head_ + i) & (cap_ - 1)];
        release(buf_, cap_);
        buf_ = buf;
        cap_ = cap;
        head_ = 0;
        return true;
    }

    Entry* buf_ = nullptr;
    size_t cap_ = 0;
    size_t head_ = 0;
    size_t count_ = 0;
};

}  // namespace krait::stdlib::aio
