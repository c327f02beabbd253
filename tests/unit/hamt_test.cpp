// The persistent hash trie under contextvars (stdlib/hamt.hpp): finds, sets and removes
// checked against std::map, ids that agree in all but their top bits (the deepest levels),
// old versions left untouched by changes, and maps surviving collections.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <vector>

#include "runtime/heap.hpp"

#include "runtime/state.hpp"
#include "stdlib/hamt.hpp"

namespace krait::stdlib {
namespace {

// Keys are small ints; each test gives them ids with one of these.
// Ids that agree in their low 59 bits: keys part at the last two levels of the trie.
uint64_t top_bits_id(Value key) { return (uint64_t(key.as_int()) << 59) | 0x2AAAAAAAAAAAAAAull; }
// Scattered ids, with every third key's id sharing its low 20 bits with the others'.
uint64_t mixed_id(Value key) {
    uint64_t k = uint64_t(key.as_int());
    if (k % 3 == 0) return k << 20;
    uint64_t z = k * 0x9E3779B97F4A7C15ull;  // splitmix64
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

struct Fixture {
    State st;
    HamtIdFn id_of;
    Type* node_type;
    Root keep_type{st.heap};
    explicit Fixture(HamtIdFn id) : id_of(id) {
        node_type = make_native_type(st, "hamt_node", nullptr, sizeof(HamtNode), &kHamtNodeGc);
        keep_type.set(Value::from_object(node_type));
        EXPECT_TRUE(ready_builtin_type(st, node_type));
    }
    HamtNode* set(HamtNode* root, int key, Value value) {
        HamtNode* out = nullptr;
        Value k = Value::from_int(key);
        EXPECT_TRUE(hamt_set(st, node_type, root, k, id_of(k), value, id_of, out));
        return out;
    }
    HamtNode* remove(HamtNode* root, int key) {
        HamtNode* out = nullptr;
        Value k = Value::from_int(key);
        EXPECT_TRUE(hamt_remove(st, node_type, root, k, id_of(k), out));
        return out;
    }
    Value find(const HamtNode* root, int key) {
        Value k = Value::from_int(key);
        return hamt_find(root, k, id_of(k));
    }
};

// Every key of the map with its value, by walking it.
std::map<int64_t, int64_t> contents(const HamtNode* root) {
    std::map<int64_t, int64_t> out;
    HamtCursor c;
    c.start(root);
    Value k, v;
    while (c.next(k, v)) EXPECT_TRUE(out.emplace(k.as_int(), v.as_int()).second);
    return out;
}

TEST(Hamt, EmptyMap) {
    Fixture f(mixed_id);
    EXPECT_TRUE(f.find(nullptr, 0).is_missing());
    EXPECT_EQ(hamt_size(nullptr), 0u);
    EXPECT_EQ(f.remove(nullptr, 0), nullptr);
    EXPECT_TRUE(contents(nullptr).empty());
}

TEST(Hamt, IdsThatDifferOnlyInTheirTopBits) {
    Fixture f(top_bits_id);
    HamtNode* root = nullptr;
    std::vector<HamtNode*> versions;
    for (int k = 0; k < 32; ++k) {
        root = f.set(root, (k * 7) % 32, Value::from_int(k));
        versions.push_back(root);
    }
    EXPECT_EQ(hamt_size(root), 32u);
    for (int k = 0; k < 32; ++k) EXPECT_EQ(f.find(root, (k * 7) % 32).as_int(), k);
    // Earlier versions are unchanged.
    EXPECT_EQ(hamt_size(versions[3]), 4u);
    EXPECT_TRUE(f.find(versions[3], (4 * 7) % 32).is_missing());
    EXPECT_EQ(contents(versions[3]).size(), 4u);
    for (int k = 0; k < 32; ++k) {
        int key = (k * 13) % 32;
        HamtNode* next = f.remove(root, key);
        EXPECT_NE(next == nullptr, k < 31);
        EXPECT_TRUE(f.find(next, key).is_missing());
        EXPECT_EQ(hamt_size(next), 31u - k);
        EXPECT_EQ(f.remove(next, key), next);  // absent: the same map
        root = next;
        for (int j = k + 1; j < 32; ++j) EXPECT_FALSE(f.find(root, (j * 13) % 32).is_missing());
    }
}

TEST(Hamt, RandomOperationsMatchAStdMap) {
    Fixture f(mixed_id);
    constexpr int kKeys = 3000;
    uint64_t x = 88172645463325252ull;
    auto rnd = [&x] {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        return x;
    };
    std::map<int64_t, int64_t> model;
    Root root(f.st.heap);
    auto node = [&] { return static_cast<HamtNode*>(root.get().is_none() ? nullptr : root.get().as_object()); };
    for (int step = 0; step < 40000; ++step) {
        int key = int(rnd() % kKeys);
        HamtNode* next;
        if (rnd() % 3) {
            next = f.set(node(), key, Value::from_int(step));
            model[key] = step;
        } else {
            next = f.remove(node(), key);
            model.erase(key);
        }
        root.set(next ? Value::from_object(next) : Value::none());
        if (step % 5000 == 0) f.st.heap.collect();
        ASSERT_EQ(hamt_size(node()), model.size());
        Value v = f.find(node(), key);
        ASSERT_EQ(v.is_missing(), !model.count(key));
    }
    f.st.heap.collect();
    EXPECT_EQ(contents(node()), model);
    for (auto [k, v] : model) EXPECT_EQ(f.find(node(), int(k)).as_int(), v);
}

}  // namespace
}  // namespace krait::stdlib
