// _random: the Mersenne Twister (MT19937) generator under the random module, seeded and
// drawn exactly as CPython's, so that random.seed(n) gives the same numbers in both.
// The rest of the module (randrange, choice, shuffle, gauss...) is Python: stdlib/py/random.py.
#include <chrono>
#include <cstdint>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bigint.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"

namespace krait::stdlib {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
    Dict* dict;      // random.Random (a Python subclass) keeps its attributes here
    int index;
    uint32_t mt[kN];
};

void init_genrand(RandomObject* r, uint32_t s) {
    r->mt[0] = s;
    for (int i = 1; i < kN; ++i) r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + uint32_t(i);
    r->index = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
    init_genrand(r, 19650218u);
    uint32_t* mt = r->mt;
    size_t i = 1, j = 0;
    size_t len = key.size();
    for (size_t k = kN > len ? kN : len; k; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
        ++i;
        ++j;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = kN - 1; k; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
        ++i;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

uint32_t genrand(RandomObject* r) {
    static constexpr uint32_t kMag01[2] = {0u, 0x9908b0dfu};
    uint32_t* mt = r->mt;
    if (r->index >= kN) {
        int kk = 0;
        for (; kk < kN - kM; ++kk) {
            uint32_t y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + kM] ^ (y >> 1) ^ kMag01[y & 1u];
        }
        for (; kk < kN - 1; ++kk) {
            uint32_t y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1u];
        }
        uint32_t y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ kMag01[y & 1u];
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

void trace_random(Object* o, Tracer& t) { t.mark(static_cast<RandomObject*>(o)->dict); }
const GcOps kRandomOps{trace_random, nullptr};

RandomObject* rnd(Value v) { return static_cast<RandomObject*>(v.as_object()); }

// seed(n): the words of |n| (least significant first); seed(None): the clock.
bool seed_with(State& st, RandomObject* r, Value arg) {
    std::vector<uint32_t> key;
    if (arg.is_none()) {
        uint64_t t = static_cast<uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
        key = {uint32_t(t), uint32_t(t >> 32)};
    } else {
        Value n = arg;
        if (!is_int(st, n)) {
            // CPython hashes other seeds (its str/bytes seeding through SHA-512 is not reproduced).
            int64_t h;
            if (!hash(st, arg, h)) return false;
            n = make_int(st, h);
        }
        BigInt b = to_bigint(st, n).abs();
        for (size_t i = 0; i < b.limb_count(); ++i) key.push_back(b.limb_data()[i]);
        if (key.empty()) key.push_back(0);
    }
    init_by_array(r, key);
    return true;
}

Value random_new(State& st, Type* type, Args a) {
    auto* r = st.heap.make<RandomObject>(type);
    if (!r) return raise_no_memory(st);
    Root keep(st.heap, Value::from_object(r));
    if (!seed_with(st, r, a.n ? a.v[0] : Value::none())) return Value::error();
    return Value::from_object(r);
}

bool random_init(State&, Value, Args) { return true; }

Value m_seed(State& st, Args a) {
    if (!check_count(st, a, "seed", 1, 2)) return Value::error();
    if (!seed_with(st, rnd(a.v[0]), a.n > 1 ? a.v[1] : Value::none())) return Value::error();
    return Value::none();
}

Value m_random(State& st, Args a) {
    if (!check_count(st, a, "random", 1, 1)) return Value::error();
    RandomObject* r = rnd(a.v[0]);
    uint32_t x = genrand(r) >> 5, y = genrand(r) >> 6;
    return Value::from_double((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
}

Value m_getrandbits(State& st, Args a) {
    if (!check_count(st, a, "getrandbits", 2, 2)) return Value::error();
    int64_t k;
    if (!is_int(st, a.v[1]) || !int_to_int64(st, a.v[1], k))
        return type_error(st, "'" + type_name(st, a.v[1]) + "' object cannot be interpreted as an integer");
    if (k < 0) return value_error(st, "number of bits must be non-negative");
    RandomObject* r = rnd(a.v[0]);
    if (k == 0) return Value::from_int(0);
    if (k <= 32) return make_int(st, int64_t(genrand(r) >> (32 - k)));
    // Little-endian 32-bit words; the last one keeps only its top bits.
    std::vector<uint8_t> bytes;
    for (int64_t left = k; left > 0; left -= 32) {
        uint32_t w = genrand(r);
        if (left < 32) w >>= (32 - left);
        for (int i = 0; i < 4; ++i) bytes.push_back(uint8_t(w >> (8 * i)));
    }
    return make_int(st, BigInt::from_bytes(bytes.data(), bytes.size(), false, false));
}

Value m_getstate(State& st, Args a) {
    RandomObject* r = rnd(a.v[0]);
    Tuple* t = make_tuple(st, kN + 1);
    if (!t) return Value::error();
    for (int i = 0; i < kN; ++i) t->items[i] = Value::from_int(r->mt[i]);
    t->items[kN] = Value::from_int(r->index);
    return Value::from_object(t);
}

Value m_setstate(State& st, Args a) {
    if (!check_count(st, a, "setstate", 2, 2)) return Value::error();
    if (!isinstance(st, a.v[1], st.tuple_type) || as_tuple(a.v[1])->size != kN + 1)
        return type_error(st, "state vector must be a tuple");
    RandomObject* r = rnd(a.v[0]);
    Tuple* t = as_tuple(a.v[1]);
    for (int i = 0; i <= kN; ++i) {
        int64_t v;
        if (!is_int(st, t->items[i]) || !int_to_int64(st, t->items[i], v)) return type_error(st, "state vector items must be integers");
        if (i < kN) r->mt[i] = uint32_t(v);
        else if (v < 0 || v > kN) return value_error(st, "invalid state");
        else r->index = int(v);
    }
    return Value::none();
}

const MethodDef kRandomMethods[] = {
    {"seed", m_seed},
    {"random", m_random},
    {"getrandbits", m_getrandbits},
    {"getstate", m_getstate},
    {"setstate", m_setstate},
    {nullptr, nullptr},
};

}  // namespace

Value make_random_module(State& st) {
    Module* m = new_native_module(st, "_random", nullptr);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    Type* t = make_native_type(st, "Random", nullptr, sizeof(RandomObject), &kRandomOps);
    if (!t) return Value::error();
    t->flags |= kTypeBaseType | kTypeHasDict;
    t->dict_offset = sizeof(Object);  // RandomObject::dict comes right after the header
    t->new_ = random_new;
    t->init = random_init;
    add_methods(st, t, kRandomMethods);
    add_dict_getset(st, t);
    dict_set_cstr(st, t->dict ? t->dict : (t->dict = make_dict(st)), "__module__", str_value(st, "_random"));
    if (!ready_builtin_type(st, t)) return Value::error();
    if (!dict_set_cstr(st, m->dict, "Random", Value::from_object(t))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
