// A bump allocator for data that lives and dies together (a parse's AST and its strings).
// Freeing the arena frees everything at once, so deep trees need no recursive destruction.
#pragma once
#include <cstddef>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>

namespace krait {

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
        size_t p = (pos_ + align - 1) & ~(align - 1);
        if (p + size > cap_) return grow(size, align);
        pos_ = p + size;
        return chunk_ + p;
    }

    // Only trivially destructible types: the arena never runs destructors.
    template <typename T, typename... Args>
    T* make(Args&&... args) {
        static_assert(std::is_trivially_destructible_v<T>);
        return new (allocate(sizeof(T), alignof(T))) T{static_cast<Args&&>(args)...};
    }

    template <typename T>
    T* array(size_t n) {
        static_assert(std::is_trivially_destructible_v<T>);
        return static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    }

    std::string_view copy(std::string_view s) {
        char* p = static_cast<char*>(allocate(s.size() + 1, 1));
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p[s.size()] = '\0';
        return {p, s.size()};
    }

    size_t bytes_used() const { return used_ + pos_; }

private:
    void* grow(size_t size, size_t align);

    struct Chunk { Chunk* next; };
    char* chunk_ = nullptr;   // payload of the current chunk
    size_t pos_ = 0, cap_ = 0;
    size_t used_ = 0;         // bytes in retired chunks
    Chunk* chunks_ = nullptr; // every chunk, newest first
};

// A growable array whose storage lives in an arena: POD, so it can sit in a Lemon
// value union. Growth doubles, so appending n items costs O(n) time and memory.
template <typename T>
struct Vec {
    T* data;
    unsigned size;
    unsigned cap;

    static Vec empty() { return {nullptr, 0, 0}; }
    void push(Arena& a, T v) {
        if (size == cap) {
            unsigned ncap = cap ? cap * 2 : 4;
            T* nd = a.array<T>(ncap);
            if (size) std::memcpy(static_cast<void*>(nd), data, sizeof(T) * size);
            data = nd;
            cap = ncap;
        }
        data[size++] = v;
    }
    T* begin() const { return data; }
    T* end() const { return data + size; }
    T& operator[](unsigned i) const { return data[i]; }
    bool empty_() const { return size == 0; }
};

}  // namespace krait
