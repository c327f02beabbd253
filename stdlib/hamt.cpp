// The persistent hash trie of stdlib/hamt.hpp. Changes copy the nodes on the path to the key
// (at most kHamtDepth of them, each at most 32 slots) and nothing else. A node made here is
// linked into the new root before anything else is allocated that could run Python code, and
// allocation never collects by itself, so the nodes need no Roots on the way up.
#include "stdlib/hamt.hpp"

#include <bit>

#include "runtime/exception.hpp"

namespace krait::stdlib {

namespace {

void trace_node(Object* o, Tracer& t) {
    auto* n = static_cast<HamtNode*>(o);
    int slots = std::popcount(n->bitmap);
    for (int i = 0; i < 2 * slots; ++i) t.mark(n->items[i]);
}

HamtNode* as_node(Value v) { return static_cast<HamtNode*>(v.as_object()); }

uint32_t slot_bit(uint64_t id, unsigned shift) { return uint32_t(1) << ((id >> shift) & 31); }

// Where the slot for `bit` is (or would be) in items, counted in slots.
int slot_index(uint32_t bitmap, uint32_t bit) { return std::popcount(bitmap & (bit - 1)); }

HamtNode* make_node(State& st, Type* type, int slots, uint32_t bitmap, uint32_t size) {
    auto* n = st.heap.make<HamtNode>(type, size_t(slots) * 2 * sizeof(Value));
    if (!n) {
        raise_no_memory(st);
        return nullptr;
    }
    n->bitmap = bitmap;
    n->size = size;
    return n;
}

// A copy of n with slot i holding (key, value) instead.
HamtNode* replace_slot(State& st, Type* type, HamtNode* n, int i, Value key, Value value, uint32_t size) {
    int slots = std::popcount(n->bitmap);
    HamtNode* out = make_node(st, type, slots, n->bitmap, size);
    if (!out) return nullptr;
    for (int k = 0; k < 2 * slots; ++k) out->items[k] = n->items[k];
    out->items[2 * i] = key;
    out->items[2 * i + 1] = value;
    return out;
}

// A node holding two keys whose ids agree below `shift`.
HamtNode* pair_node(State& st, Type* type, Value k1, uint64_t id1, Value v1, Value k2, uint64_t id2, Value v2,
                    unsigned shift) {
    uint32_t b1 = slot_bit(id1, shift), b2 = slot_bit(id2, shift);
    if (b1 == b2) {
        // Distinct ids differ somewhere, so this ends before the bits run out.
        HamtNode* child = pair_node(st, type, k1, id1, v1, k2, id2, v2, shift + 5);
        if (!child) return nullptr;
        HamtNode* n = make_node(st, type, 1, b1, 2);
        if (!n) return nullptr;
        n->items[0] = Value::none();
        n->items[1] = Value::from_object(child);
        return n;
    }
    HamtNode* n = make_node(st, type, 2, b1 | b2, 2);
    if (!n) return nullptr;
    int i1 = b1 < b2 ? 0 : 1;
    n->items[2 * i1] = k1;
    n->items[2 * i1 + 1] = v1;
    n->items[2 * (1 - i1)] = k2;
    n->items[2 * (1 - i1) + 1] = v2;
    return n;
}

HamtNode* set_at(State& st, Type* type, HamtNode* n, Value key, uint64_t id, Value value, HamtIdFn id_of,
                       unsigned shift) {
    uint32_t bitmap = n ? n->bitmap : 0;
    uint32_t bit = slot_bit(id, shift);
    int i = slot_index(bitmap, bit);
    if (!(bitmap & bit)) {
        // A free slot: insert the key there.
        int slots = std::popcount(bitmap);
        HamtNode* out = make_node(st, type, slots + 1, bitmap | bit, hamt_size(n) + 1);
        if (!out) return nullptr;
        for (int k = 0; k < 2 * i; ++k) out->items[k] = n->items[k];
        out->items[2 * i] = key;
        out->items[2 * i + 1] = value;
        for (int k = 2 * i; k < 2 * slots; ++k) out->items[k + 2] = n->items[k];
        return out;
    }
    Value k = n->items[2 * i], v = n->items[2 * i + 1];
    if (k.is_none()) {
        HamtNode* child = as_node(v);
        HamtNode* updated = set_at(st, type, child, key, id, value, id_of, shift + 5);
        if (!updated) return nullptr;
        return replace_slot(st, type, n, i, k, Value::from_object(updated), n->size - child->size + updated->size);
    }
    if (k.is(key)) return replace_slot(st, type, n, i, key, value, n->size);
    // Another key has this slot: both move one level down.
    HamtNode* pair = pair_node(st, type, k, id_of(k), v, key, id, value, shift + 5);
    if (!pair) return nullptr;
    return replace_slot(st, type, n, i, Value::none(), Value::from_object(pair), n->size + 1);
}

// n without key: n itself if key is absent, null if nothing is left; `failed` on MemoryError.
HamtNode* remove_at(State& st, Type* type, HamtNode* n, Value key, uint64_t id, unsigned shift,
                          bool& failed) {
    uint32_t bit = slot_bit(id, shift);
    if (!(n->bitmap & bit)) return n;
    int i = slot_index(n->bitmap, bit);
    Value k = n->items[2 * i], v = n->items[2 * i + 1];
    Value new_key = Value::none(), new_value;
    if (k.is_none()) {
        HamtNode* child = as_node(v);
        HamtNode* updated = remove_at(st, type, child, key, id, shift + 5, failed);
        if (failed || updated == child) return n;
        if (updated) {
            new_value = Value::from_object(updated);
            // A child left with one key directly in it gives the key back to this level.
            if (updated->size == 1 && !updated->items[0].is_none()) {
                new_key = updated->items[0];
                new_value = updated->items[1];
            }
            HamtNode* out = replace_slot(st, type, n, i, new_key, new_value, n->size - 1);
            failed = !out;
            return out;
        }
    } else if (!k.is(key)) {
        return n;
    }
    // The slot goes.
    int slots = std::popcount(n->bitmap);
    if (slots == 1) return nullptr;
    HamtNode* out = make_node(st, type, slots - 1, n->bitmap & ~bit, n->size - 1);
    if (!out) {
        failed = true;
        return nullptr;
    }
    for (int s = 0, d = 0; s < slots; ++s) {
        if (s == i) continue;
        out->items[2 * d] = n->items[2 * s];
        out->items[2 * d + 1] = n->items[2 * s + 1];
        ++d;
    }
    return out;
}

}  // namespace

const GcOps kHamtNodeGc{trace_node, nullptr};

Value hamt_find(const HamtNode* n, Value key, uint64_t id) {
    for (unsigned shift = 0; n; shift += 5) {
        uint32_t bit = slot_bit(id, shift);
        if (!(n->bitmap & bit)) break;
        int i = slot_index(n->bitmap, bit);
        Value k = n->items[2 * i];
        if (!k.is_none()) return k.is(key) ? n->items[2 * i + 1] : Value::missing();
        n = as_node(n->items[2 * i + 1]);
    }
    return Value::missing();
}

bool hamt_set(State& st, Type* node_type, HamtNode* root, Value key, uint64_t id, Value value, HamtIdFn id_of,
              HamtNode*& out) {
    out = set_at(st, node_type, root, key, id, value, id_of, 0);
    return out != nullptr;
}

bool hamt_remove(State& st, Type* node_type, HamtNode* root, Value key, uint64_t id, HamtNode*& out) {
    bool failed = false;
    out = root ? remove_at(st, node_type, root, key, id, 0, failed) : nullptr;
    return !failed;
}

bool HamtCursor::next(Value& key, Value& value) {
    while (depth >= 0) {
        const HamtNode* n = nodes[depth];
        int p = pos[depth];
        if (p >= std::popcount(n->bitmap)) {
            --depth;
            continue;
        }
        ++pos[depth];
        Value k = n->items[2 * p];
        if (k.is_none()) {
            ++depth;
            nodes[depth] = as_node(n->items[2 * p + 1]);
            pos[depth] = 0;
            continue;
        }
        key = k;
        value = n->items[2 * p + 1];
        return true;
    }
    return false;
}

}  // namespace krait::stdlib
