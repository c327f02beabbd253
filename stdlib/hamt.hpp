// A persistent map from objects to values: a hash array mapped trie (HAMT), the structure
// CPython keeps context variables in. Nodes are never changed once made (but for the stamp
// the user puts on a new root); set and remove return a new root that shares every untouched
// node with the old one, so a change costs O(log n) and a copy of a map is the same root.
//
// Keys are told apart by a 64-bit id that the user gives with each key, unique among keys (a
// ContextVar's serial number): there are no hash collisions to handle. Each level of the trie
// takes 5 bits of the id, so a map is at most kHamtDepth levels deep.
#pragma once
#include <cstdint>

#include "runtime/state.hpp"

namespace krait::stdlib {

// A node: up to 32 slots, the present ones marked in `bitmap`, in slot order in `items`. A
// slot holds a key and its value, or None and the node one level down.
struct HamtNode : Object {
    uint64_t stamp;   // for the user: contextvars stamps each root it makes
    uint32_t bitmap;
    uint32_t size;    // keys in this subtree
    Value items[];
};

constexpr int kHamtDepth = 13;  // ceil(64 / 5)

// The collector's view of nodes: the type made for nodes (make_native_type) must use it.
extern const GcOps kHamtNodeGc;

// The id of a key already in a map (the set that has to move it a level down asks for it).
using HamtIdFn = uint64_t (*)(Value key);

// The value of key (whose id is `id`) in the map at root (null: empty), or missing().
Value hamt_find(const HamtNode* root, Value key, uint64_t id);

// The map at root with key set to value, in `out` (nodes of type node_type). False with
// MemoryError pending.
bool hamt_set(State& st, Type* node_type, HamtNode* root, Value key, uint64_t id, Value value, HamtIdFn id_of,
              HamtNode*& out);

// The map at root without key, in `out`: root itself if key is absent, null if nothing is
// left. False with MemoryError pending.
bool hamt_remove(State& st, Type* node_type, HamtNode* root, Value key, uint64_t id, HamtNode*& out);

inline uint32_t hamt_size(const HamtNode* root) { return root ? root->size : 0; }

// A walk over a map's keys and values, in slot order. It refers to the nodes below the root
// without keeping them alive: whoever holds the cursor keeps the root alive.
struct HamtCursor {
    const HamtNode* nodes[kHamtDepth];
    uint8_t pos[kHamtDepth];
    int depth = -1;

    void start(const HamtNode* root) {
        depth = root ? 0 : -1;
        if (root) nodes[0] = root, pos[0] = 0;
    }
    // The next key and value; false at the end.
    bool next(Value& key, Value& value);
};

}  // namespace krait::stdlib
