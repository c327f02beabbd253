#include "runtime/bytes.hpp"

#include <cstring>

#include "runtime/exception.hpp"
#include "runtime/heap.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

namespace krait {

namespace {

void bytes_trace(Object*, Tracer&) {}
const GcOps kBytesGc = {bytes_trace, nullptr};

void bytearray_destroy(Heap& heap, Object* self) {
    auto* b = static_cast<ByteArray*>(self);
    if (b->data) heap.free_buffer(b->data, b->capacity);
    b->data = nullptr;
    b->capacity = b->size = 0;
}
const GcOps kByteArrayGc = {bytes_trace, bytearray_destroy};

}  // namespace

Bytes* make_bytes(State& st, std::string_view data) {
    Bytes* b = st.heap.make<Bytes>(st.bytes_type, data.size() + 1);
    if (!b) {
        raise_no_memory(st);
        return nullptr;
    }
    b->size = data.size();
    b->hash = -1;
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    return b;
}

ByteArray* make_bytearray(State& st, std::string_view data) {
    ByteArray* b = st.heap.make<ByteArray>(st.bytearray_type);
    if (!b) {
        raise_no_memory(st);
        return nullptr;
    }
    if (!data.empty()) {
        b->data = static_cast<uint8_t*>(st.heap.allocate_buffer(data.size()));
        if (!b->data) {
            raise_no_memory(st);
            return nullptr;
        }
        std::memcpy(b->data, data.data(), data.size());
        b->size = b->capacity = data.size();
    }
    return b;
}

bool bytes_like(State& st, Value v, std::string_view& out) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    if (is_subtype(t, st.bytes_type)) {
        out = static_cast<Bytes*>(v.as_object())->view();
        return true;
    }
    if (is_subtype(t, st.bytearray_type)) {
        out = static_cast<ByteArray*>(v.as_object())->view();
        return true;
    }
    return false;
}

void init_bytes_types(State& st) {
    Type* t = st.bytes_type;
    t->gc = &kBytesGc;
    t->basicsize = sizeof(Bytes);
    t->flags |= kTypeBaseType | kTypeVarSize;

    Type* ba = st.bytearray_type;
    ba->gc = &kByteArrayGc;
    ba->basicsize = sizeof(ByteArray);
    ba->flags |= kTypeBaseType;
}

}  // namespace krait
