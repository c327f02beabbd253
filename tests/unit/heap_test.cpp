// The collector: unreachable cycles are freed, roots and everything they reach survive, deep
// structures are traced without recursion, and memory stays flat under churn.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "runtime/heap.hpp"
#include "runtime/type.hpp"

namespace krait {
namespace {

// A minimal object kind for the tests: two references.
struct Pair : Object {
    Value a, b;
};

void trace_pair(Object* self, Tracer& t) {
    auto* p = static_cast<Pair*>(self);
    t.mark(p->a);
    t.mark(p->b);
}
const GcOps kPairOps{trace_pair, nullptr};
void trace_nothing(Object*, Tracer&) {}
const GcOps kTypeOps{trace_nothing, nullptr};

struct Fixture {
    Heap heap;
    Type* meta;       // the type of types: its instances reference nothing here
    Type* pair_type;  // its instances are Pairs
    Fixture() {
        meta = heap.make<Type>(nullptr);
        meta->type = meta;
        meta->gc = &kTypeOps;
        pair_type = heap.make<Type>(meta);
        pair_type->gc = &kPairOps;
        pair_type->name = "Pair";
        heap.set_root_tracer([](void* ctx, Tracer& t) { t.mark(static_cast<Fixture*>(ctx)->pair_type); }, this);
    }
    Pair* pair(Value a = Value(), Value b = Value()) {
        Pair* p = heap.make<Pair>(pair_type);
        p->a = a;
        p->b = b;
        return p;
    }
};

TEST(Heap, FreesUnreachableCycles) {
    Fixture f;
    Pair* x = f.pair();
    Pair* y = f.pair(Value::from_object(x));
    x->a = Value::from_object(y);  // x <-> y
    EXPECT_EQ(f.heap.objects(), 4u);
    EXPECT_EQ(f.heap.collect(), 2u);
    EXPECT_EQ(f.heap.objects(), 2u);  // the two type objects, reached from the root
}

TEST(Heap, RootsKeepWhatTheyReach) {
    Fixture f;
    Pair* inner = f.pair(Value::from_int(7));
    Root r(f.heap, Value::from_object(f.pair(Value::from_object(inner))));
    f.pair();  // garbage
    EXPECT_EQ(f.heap.collect(), 1u);
    auto* outer = static_cast<Pair*>(r.get().as_object());
    EXPECT_EQ(outer->a.as_object(), inner);
    EXPECT_EQ(inner->a.as_int(), 7);
}

TEST(Heap, DeepChainsAreTracedIteratively) {
    Fixture f;
    Root head(f.heap);
    for (int i = 0; i < 1000000; ++i) head.set(Value::from_object(f.pair(head.get())));
    EXPECT_EQ(f.heap.collect(), 0u);  // a recursive marker would overflow the stack here
    head.set(Value());
    EXPECT_EQ(f.heap.collect(), 1000000u);
}

TEST(Heap, MemoryStaysFlatUnderCyclicChurn) {
    Fixture f;
    size_t peak = 0;
    for (int i = 0; i < 10000000; ++i) {
        Pair* x = f.pair();
        x->a = Value::from_object(f.pair(Value::from_object(x)));
        if (f.heap.collection_wanted()) f.heap.collect();  // what the VM does at a safe point
        peak = std::max(peak, f.heap.bytes_in_use());
    }
    EXPECT_LT(peak, size_t(8) << 20);
}

TEST(Heap, BuffersAreAccounted) {
    Fixture f;
    size_t before = f.heap.bytes_in_use();
    void* p = f.heap.allocate_buffer(1000);
    EXPECT_EQ(f.heap.bytes_in_use(), before + 1000);
    p = f.heap.resize_buffer(p, 1000, 5000);
    EXPECT_EQ(f.heap.bytes_in_use(), before + 5000);
    f.heap.free_buffer(p, 5000);
    EXPECT_EQ(f.heap.bytes_in_use(), before);
}

TEST(Heap, MemoryLimitRefusesAllocations) {
    Fixture f;
    f.heap.set_memory_limit(f.heap.bytes_in_use() + 1000);
    void* p = f.heap.allocate_buffer(500);
    EXPECT_NE(p, nullptr);
    EXPECT_EQ(f.heap.allocate_buffer(1000), nullptr);  // 500 + 1000 is over the limit
    f.heap.free_buffer(p, 500);
    EXPECT_NE(p = f.heap.allocate_buffer(1000), nullptr);  // freed memory counts again
    f.heap.free_buffer(p, 1000);
}

// Pairs whose `b` is true want finalizing; the test plays the VM's part (run_finalizers).
bool pair_pending(const Object* self) { return static_cast<const Pair*>(self)->b.is_true(); }
const GcOps kFinalPairOps{trace_pair, nullptr, pair_pending, nullptr};

TEST(Heap, FinalizableObjectsAreQueuedOnceOldestFirst) {
    Fixture f;
    Type* final_type = f.heap.make<Type>(f.meta);
    final_type->gc = &kFinalPairOps;
    Root keep_type(f.heap, Value::from_object(final_type));
    auto make = [&](int tag, bool pending, Object* ref = nullptr) {
        auto* p = f.heap.make_finalizable<Pair>(final_type);
        p->a = ref ? Value::from_object(ref) : Value::from_int(tag);
        p->b = Value::from_bool(pending);
        return p;
    };
    Pair* inner = f.pair(Value::from_int(99));  // reached only from a pending object
    make(1, true);
    make(2, false);  // unreachable, nothing to do: freed at once
    Root kept(f.heap, Value::from_object(make(3, true)));
    make(4, true, inner);
    size_t before = f.heap.objects();
    EXPECT_EQ(f.heap.collect(), 1u);
    EXPECT_EQ(f.heap.objects(), before - 1);
    Object* first = f.heap.next_finalizer();
    Object* second = f.heap.next_finalizer();
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(static_cast<Pair*>(first)->a.as_int(), 1);  // oldest first
    EXPECT_EQ(static_cast<Pair*>(second)->a.as_object(), inner);
    EXPECT_EQ(inner->a.as_int(), 99);  // kept alive for the finalizer
    EXPECT_EQ(f.heap.next_finalizer(), nullptr);
    // Finalized (still pending, as a finalizer that does nothing leaves it): never queued again.
    EXPECT_EQ(f.heap.collect(), 3u);  // 1, 4 and inner
    EXPECT_EQ(f.heap.next_finalizer(), nullptr);
    // The reachable one is left for the end, and queued then.
    f.heap.finalize_all();
    Object* last = f.heap.next_finalizer();
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(static_cast<Pair*>(last)->a.as_int(), 3);
    EXPECT_EQ(f.heap.next_finalizer(), nullptr);
    kept.set(Value());
    EXPECT_EQ(f.heap.collect(), 1u);
    EXPECT_EQ(f.heap.next_finalizer(), nullptr);
}

TEST(Value, Encoding) {
    EXPECT_TRUE(Value::from_int(0).is_int());
    EXPECT_EQ(Value::from_int(Value::kIntMax).as_int(), Value::kIntMax);
    EXPECT_EQ(Value::from_int(Value::kIntMin).as_int(), Value::kIntMin);
    EXPECT_EQ(Value::from_int(-1).as_int(), -1);
    EXPECT_GE(Value::kIntMax, int64_t(1) << 47);  // DESIGN.md: ints to 2^47 allocate nothing
    for (double d : {0.0, -0.0, 1.5, -2.25e300, 1e-310, __builtin_inf(), -__builtin_inf()}) {
        Value v = Value::from_double(d);
        EXPECT_TRUE(v.is_double());
        EXPECT_FALSE(v.is_int() || v.is_object() || v.is_error());
        EXPECT_EQ(std::signbit(v.as_double()), std::signbit(d));
        EXPECT_TRUE(v.as_double() == d);
    }
    Value nan = Value::from_double(-__builtin_nan("0x123"));
    EXPECT_TRUE(nan.is_double());
    EXPECT_TRUE(std::isnan(nan.as_double()));
    EXPECT_TRUE(std::signbit(nan.as_double()));  // the sign of a NaN survives boxing
    EXPECT_TRUE(Value::error().is_error());
    EXPECT_FALSE(Value::error().is_double());
}

}  // namespace
}  // namespace krait
