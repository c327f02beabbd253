// bytes (immutable, data inline) and bytearray (mutable, data in a heap buffer).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/object.hpp"

namespace krait {

struct State;

struct Bytes : Object {
    size_t size;
    int64_t hash;        // -1 until computed
    uint8_t data[];      // size bytes plus a NUL
    std::string_view view() const { return {reinterpret_cast<const char*>(data), size}; }
};

struct ByteArray : Object {
    size_t size, capacity;
    uint8_t* data;
    std::string_view view() const { return {reinterpret_cast<const char*>(data), size}; }
};

Bytes* make_bytes(State& st, std::string_view data);
ByteArray* make_bytearray(State& st, std::string_view data);
// bytes or bytearray contents; false if v is neither.
bool bytes_like(State& st, Value v, std::string_view& out);
void init_bytes_types(State& st);

}  // namespace krait
