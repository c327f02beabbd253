// Checks runtime/bigint against python3.11's answers in data/bigint_cases.txt, which
// tools/gen_bigint_cases.py writes (the file's format is described there), plus a few
// properties and limits no data file can show.
#include "runtime/bigint.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using krait::BigInt;
using Fields = std::vector<std::string>;

struct Case {
    int line;
    Fields f;  // after the operation's name
};

// Every case, by operation; read once, never modified.
const std::map<std::string, std::vector<Case>>& all_cases() {
    static const std::map<std::string, std::vector<Case>> cases = [] {
        std::map<std::string, std::vector<Case>> m;
        std::ifstream in(KRAIT_TESTS_DIR "/unit/data/bigint_cases.txt", std::ios::binary);
        EXPECT_TRUE(in) << "missing data/bigint_cases.txt: run tools/gen_bigint_cases.py";
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            if (line.empty() || line[0] == '#') continue;
            Fields f;
            size_t start = 0;
            for (;;) {
                size_t tab = line.find('\t', start);
                f.push_back(line.substr(start, tab - start));
                if (tab == std::string::npos) break;
                start = tab + 1;
            }
            std::string op = f[0];
            f.erase(f.begin());
            m[op].push_back({n, std::move(f)});
        }
        return m;
    }();
    return cases;
}

const std::vector<Case>& load(const std::string& op, size_t at_least = 5) {
    static const std::vector<Case> none;
    auto it = all_cases().find(op);
    const auto& v = it == all_cases().end() ? none : it->second;
    EXPECT_GE(v.size(), at_least) << op;
    return v;
}

BigInt H(const std::string& s) {
    if (!s.empty() && s[0] == '-') return -BigInt::from_digits(std::string_view(s).substr(1), 16);
    return BigInt::from_digits(s, 16);
}

std::string hex(const BigInt& x) { return x.to_string(16); }

double from_bits(const std::string& h) { return std::bit_cast<double>(std::stoull(h, nullptr, 16)); }

std::string to_bits(double v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(std::bit_cast<uint64_t>(v)));
    return buf;
}

// Reports at most a few mismatches per test, so one bug does not print thousands of lines.
class Mismatches {
public:
    void check(const Case& c, const std::string& what, const std::string& got, const std::string& want) {
        if (got == want) return;
        if (++count_ <= 15) {
            std::string in;
            for (const auto& f : c.f) in += (in.empty() ? "" : " ") + f.substr(0, 80);
            ADD_FAILURE() << "line " << c.line << " " << what << ": " << in.substr(0, 300) << "\n  got:  "
                          << got.substr(0, 300) << "\n  want: " << want.substr(0, 300);
        }
    }
    ~Mismatches() { EXPECT_EQ(count_, 0) << "mismatches in total"; }

private:
    int count_ = 0;
};

// The generator's big operands: "seed:bits", maybe with a leading '-'; splitmix64 words.
BigInt big(const std::string& spec) {
    bool neg = spec[0] == '-';
    size_t colon = spec.find(':');
    uint64_t state = std::stoull(spec.substr(neg, colon - neg));
    uint64_t bits = std::stoull(spec.substr(colon + 1));
    std::string h;
    for (uint64_t i = 0; i < (bits + 63) / 64; ++i) {
        state += 0x9E3779B97F4A7C15ull;
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(z));
        h = buf + h;
    }
    BigInt v = BigInt::from_digits(h, 16);
    BigInt one = BigInt::from_int64(1), top, mask;
    one.shl(bits - 1, top);
    one.shl(bits, mask);
    v = (v & (mask - one)) | top;
    return neg ? -v : v;
}

uint64_t fnv1a64(const std::string& s) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
    return h;
}

std::string str(int64_t v) { return std::to_string(v); }

TEST(BigInt, AddSubCompare) {
    Mismatches m;
    for (const Case& c : load("add")) m.check(c, "+", hex(H(c.f[0]) + H(c.f[1])), c.f[2]);
    for (const Case& c : load("sub")) m.check(c, "-", hex(H(c.f[0]) - H(c.f[1])), c.f[2]);
    for (const Case& c : load("cmp")) {
        BigInt a = H(c.f[0]), b = H(c.f[1]);
        m.check(c, "cmp", str(a.compare(b)), c.f[2]);
        m.check(c, "==", str(a == b), str(c.f[2] == "0"));
    }
}

TEST(BigInt, Multiply) {
    Mismatches m;
    for (const Case& c : load("mul")) {
        BigInt a = H(c.f[0]), b = H(c.f[1]), r;
        m.check(c, "*", hex(a * b), c.f[2]);
        ASSERT_TRUE(BigInt::mul(a, b, r));
        m.check(c, "mul", hex(r), c.f[2]);
        m.check(c, "a*a via alias", hex(BigInt(a) * BigInt(a)), hex(a * a));
    }
}

TEST(BigInt, DivMod) {
    Mismatches m;
    for (const Case& c : load("divmod")) {
        BigInt a = H(c.f[0]), b = H(c.f[1]), q, r;
        BigInt::divmod(a, b, &q, &r);
        m.check(c, "q", hex(q), c.f[2]);
        m.check(c, "r", hex(r), c.f[3]);
        BigInt only;
        BigInt::divmod(a, b, &only, nullptr);
        m.check(c, "q alone", hex(only), c.f[2]);
        BigInt::divmod(a, b, nullptr, &only);
        m.check(c, "r alone", hex(only), c.f[3]);
        BigInt x = a, y = b;
        BigInt::divmod(x, y, &x, &y);  // outputs aliasing the inputs
        m.check(c, "aliased q", hex(x), c.f[2]);
        m.check(c, "aliased r", hex(y), c.f[3]);
    }
}

TEST(BigInt, TrueDivide) {
    Mismatches m;
    for (const Case& c : load("tdiv")) {
        double d = 0;
        bool ok = BigInt::true_divide(H(c.f[0]), H(c.f[1]), d);
        m.check(c, "/", ok ? to_bits(d) : "!", c.f[2]);
    }
}

TEST(BigInt, Pow) {
    Mismatches m;
    for (const Case& c : load("pow")) {
        BigInt r;
        bool ok = BigInt::pow(H(c.f[0]), std::stoull(c.f[1]), r);
        m.check(c, "**", ok ? hex(r) : "refused", c.f[2]);
    }
    for (const Case& c : load("powmod")) {
        BigInt r;
        bool ok = BigInt::powmod(H(c.f[0]), H(c.f[1]), H(c.f[2]), r);
        m.check(c, "pow3", ok ? hex(r) : "!", c.f[3]);
    }
}

TEST(BigInt, Shifts) {
    Mismatches m;
    for (const Case& c : load("shl")) {
        BigInt r;
        bool ok = H(c.f[0]).shl(std::stoull(c.f[1]), r);
        m.check(c, "<<", ok ? hex(r) : "refused", c.f[2]);
    }
    for (const Case& c : load("shr")) m.check(c, ">>", hex(H(c.f[0]).shr(std::stoull(c.f[1]))), c.f[2]);
}

TEST(BigInt, Bitwise) {
    Mismatches m;
    for (const Case& c : load("and")) m.check(c, "&", hex(H(c.f[0]) & H(c.f[1])), c.f[2]);
    for (const Case& c : load("or")) m.check(c, "|", hex(H(c.f[0]) | H(c.f[1])), c.f[2]);
    for (const Case& c : load("xor")) m.check(c, "^", hex(H(c.f[0]) ^ H(c.f[1])), c.f[2]);
    for (const Case& c : load("inv")) m.check(c, "~", hex(~H(c.f[0])), c.f[1]);
    for (const Case& c : load("bits")) {
        BigInt a = H(c.f[0]);
        m.check(c, "bit_length", std::to_string(a.bit_length()), c.f[1]);
        m.check(c, "bit_count", std::to_string(a.popcount()), c.f[2]);
    }
}

TEST(BigInt, Hash) {
    Mismatches m;
    for (const Case& c : load("hash")) m.check(c, "hash", str(H(c.f[0]).hash()), c.f[1]);
}

TEST(BigInt, Strings) {
    Mismatches m;
    for (const Case& c : load("str")) {
        int base = std::stoi(c.f[0]);
        BigInt a = H(c.f[1]);
        m.check(c, "str", a.to_string(base), c.f[2]);
        std::string_view digits = c.f[2];
        bool neg = !digits.empty() && digits[0] == '-';
        BigInt back = BigInt::from_digits(digits.substr(neg), base);
        m.check(c, "parse back", hex(neg ? -back : back), c.f[1]);
    }
    for (const Case& c : load("parse")) m.check(c, "parse", hex(BigInt::from_digits(c.f[1], std::stoi(c.f[0]))), c.f[2]);
}

TEST(BigInt, FloatConversions) {
    Mismatches m;
    for (const Case& c : load("f2i")) m.check(c, "int(f)", hex(BigInt::from_double(from_bits(c.f[0]))), c.f[1]);
    for (const Case& c : load("i2f")) {
        double d = 0;
        bool ok = H(c.f[0]).to_double(d);
        m.check(c, "float(i)", ok ? to_bits(d) : "!", c.f[1]);
    }
    for (const Case& c : load("cmpd")) {
        static const char* names[] = {"<", "=", ">", "?"};
        BigInt::Order o = H(c.f[0]).compare_double(from_bits(c.f[1]));
        m.check(c, "cmp float", names[static_cast<int>(o) + 1], c.f[2]);
    }
}

TEST(BigInt, IsqrtGcd) {
    Mismatches m;
    for (const Case& c : load("isqrt")) m.check(c, "isqrt", hex(BigInt::isqrt(H(c.f[0]))), c.f[1]);
    for (const Case& c : load("gcd")) m.check(c, "gcd", hex(BigInt::gcd(H(c.f[0]), H(c.f[1]))), c.f[2]);
}

TEST(BigInt, Bytes) {
    Mismatches m;
    for (const Case& c : load("tobytes")) {
        size_t len = std::stoul(c.f[1]);
        std::vector<uint8_t> buf(len + 1, 0xAA);
        auto st = H(c.f[0]).to_bytes(buf.data(), len, c.f[2] == "b", c.f[3] == "1");
        std::string got;
        if (st == BigInt::ToBytes::Overflow) got = "!O";
        else if (st == BigInt::ToBytes::NegativeUnsigned) got = "!N";
        else {
            char b[3];
            for (size_t i = 0; i < len; ++i) {
                std::snprintf(b, sizeof b, "%02x", buf[i]);
                got += b;
            }
        }
        m.check(c, "to_bytes", got, c.f[4]);
        m.check(c, "to_bytes past the end", str(buf[len]), str(0xAA));
    }
    for (const Case& c : load("frombytes")) {
        std::vector<uint8_t> data;
        for (size_t i = 0; i + 1 < c.f[0].size(); i += 2) data.push_back(std::stoi(c.f[0].substr(i, 2), nullptr, 16));
        BigInt v = BigInt::from_bytes(data.data(), data.size(), c.f[1] == "b", c.f[2] == "1");
        m.check(c, "from_bytes", hex(v), c.f[3]);
    }
}

TEST(BigInt, Int64) {
    Mismatches m;
    for (const Case& c : load("toint64")) {
        int64_t v = 0;
        BigInt a = H(c.f[0]);
        bool ok = a.to_int64(v);
        m.check(c, "to_int64", ok ? str(v) : "!", c.f[1]);
        if (ok) m.check(c, "from_int64", hex(BigInt::from_int64(v)), c.f[0]);
    }
}

TEST(BigInt, BigOperands) {
    Mismatches m;
    for (const Case& c : load("bigmul")) {
        BigInt p = big(c.f[0]) * big(c.f[1]);
        m.check(c, "hash", str(p.hash()), c.f[2]);
        m.check(c, "bit_length", std::to_string(p.bit_length()), c.f[3]);
    }
    for (const Case& c : load("bigdivmod")) {
        BigInt q, r;
        BigInt::divmod(big(c.f[0]), big(c.f[1]), &q, &r);
        m.check(c, "q", str(q.hash()), c.f[2]);
        m.check(c, "r", str(r.hash()), c.f[3]);
    }
    for (const Case& c : load("bigtdiv")) {
        double d = 0;
        bool ok = BigInt::true_divide(big(c.f[0]), big(c.f[1]), d);
        m.check(c, "/", ok ? to_bits(d) : "!", c.f[2]);
    }
    for (const Case& c : load("bigstr")) {
        BigInt a = big(c.f[0]);
        std::string s = a.to_string();
        m.check(c, "len", std::to_string(s.size()), c.f[1]);
        m.check(c, "fnv", std::to_string(fnv1a64(s)), c.f[2]);
        bool neg = s[0] == '-';
        BigInt back = BigInt::from_digits(std::string_view(s).substr(neg), 10);
        m.check(c, "parse back", str((neg ? -back : back).compare(a)), "0");
    }
    for (const Case& c : load("bigpow")) {
        BigInt r;
        ASSERT_TRUE(BigInt::pow(H(c.f[0]), std::stoull(c.f[1]), r));
        m.check(c, "hash", str(r.hash()), c.f[2]);
        m.check(c, "bit_length", std::to_string(r.bit_length()), c.f[3]);
    }
    for (const Case& c : load("biggcd")) {
        BigInt k = big(c.f[2]);
        m.check(c, "gcd", str(BigInt::gcd(big(c.f[0]) * k, big(c.f[1]) * k).hash()), c.f[3]);
    }
    for (const Case& c : load("bigisqrt")) m.check(c, "isqrt", str(BigInt::isqrt(big(c.f[0])).hash()), c.f[1]);
    for (const Case& c : load("bigpowmod")) {
        BigInt r;
        ASSERT_TRUE(BigInt::powmod(big(c.f[0]), big(c.f[1]), big(c.f[2]), r));
        m.check(c, "powmod", str(r.hash()), c.f[3]);
    }
}

// Identities on sizes the data file cannot afford to spell out: schoolbook, Karatsuba and
// lopsided products, squaring against multiplication, division against multiplication.
TEST(BigInt, Properties) {
    uint64_t seed = 1;
    auto rnd = [&](uint64_t bits) {
        ++seed;
        return big(std::to_string(seed) + ":" + std::to_string(bits)) - BigInt::from_int64(int64_t(seed % 3));
    };
    for (uint64_t bits : {100, 1000, 1500, 2000, 3000, 5000, 9000, 20000, 70000}) {
        for (uint64_t other : {bits, bits / 2 + 7, bits / 5 + 1, uint64_t(33), bits * 3}) {
            BigInt a = rnd(bits), b = rnd(other), c = rnd(other / 2 + 1);
            if (seed % 2) b = -b;
            BigInt ab = a * b;
            EXPECT_EQ(ab, b * a);
            EXPECT_EQ(ab * c, a * (b * c)) << bits << " " << other;
            EXPECT_EQ((a + b) * (a + b), a * a + ab + ab + b * b);
            BigInt q, r;
            BigInt::divmod(a * b + c, b, &q, &r);
            EXPECT_EQ(q * b + r, a * b + c);
            EXPECT_TRUE(r.is_zero() || r.is_negative() == b.is_negative());
            EXPECT_LT(r.abs().compare(b.abs()), 0);
            EXPECT_EQ(BigInt::gcd(a * c, b * c).compare(c.abs()) >= 0, true);
            BigInt s = BigInt::isqrt(a.abs());
            EXPECT_LE((s * s).compare(a.abs()), 0);
            BigInt s1 = s + BigInt::from_int64(1);
            EXPECT_GT((s1 * s1).compare(a.abs()), 0);
        }
    }
}

TEST(BigInt, Limits) {
    BigInt one = BigInt::from_int64(1), r;
    EXPECT_FALSE(one.shl(uint64_t(1) << 40, r));
    EXPECT_FALSE(one.shl(UINT64_MAX, r));
    EXPECT_FALSE(one.shl(BigInt::kMaxBits, r));
    EXPECT_TRUE(BigInt().shl(UINT64_MAX, r));
    EXPECT_TRUE(r.is_zero());
    EXPECT_FALSE(BigInt::pow(BigInt::from_int64(2), uint64_t(1) << 40, r));
    EXPECT_FALSE(BigInt::pow(BigInt::from_int64(-3), UINT64_MAX, r));
    EXPECT_FALSE(BigInt::pow(BigInt::from_int64(10), uint64_t(1) << 36, r));
    EXPECT_TRUE(BigInt::pow(BigInt::from_int64(-1), UINT64_MAX, r));
    EXPECT_EQ(r, BigInt::from_int64(-1));
    EXPECT_EQ(one.shr(UINT64_MAX), BigInt());
    EXPECT_EQ((-one).shr(UINT64_MAX), -one);
    double d;
    BigInt huge;
    ASSERT_TRUE(one.shl(100000, huge));
    EXPECT_FALSE(huge.to_double(d));
    EXPECT_FALSE(BigInt::true_divide(huge, BigInt::from_int64(3), d));
    ASSERT_TRUE(BigInt::true_divide(BigInt::from_int64(-3), huge, d));
    EXPECT_TRUE(d == 0 && std::signbit(d));
    EXPECT_EQ(huge.compare_double(1e308), BigInt::Order::Greater);
    EXPECT_EQ((-huge).compare_double(-INFINITY), BigInt::Order::Greater);
}

TEST(BigInt, DecimalDigits) {
    BigInt ten = BigInt::from_int64(10), p;
    for (uint64_t k : {0, 1, 9, 10, 19, 20, 100, 576, 577, 1152, 2304, 4299, 4300, 4301, 9217}) {
        ASSERT_TRUE(BigInt::pow(ten, k, p));
        for (int d : {-1, 0, 1}) {
            BigInt x = p + BigInt::from_int64(d);
            if (x.is_negative()) continue;
            std::string text = x.to_string();
            size_t digits = text.size();
            // Powers of ten stress the zero padding between divide-and-conquer halves.
            std::string want = k == 0 ? std::to_string(1 + d)
                             : d < 0  ? std::string(k, '9')
                                      : "1" + std::string(k - 1, '0') + char('0' + d);
            EXPECT_EQ(text, want) << "10**" << k << " + " << d;
            EXPECT_LE(x.decimal_digits_lower_bound(), digits);
            EXPECT_GE(x.decimal_digits_upper_bound(), digits);
            for (size_t limit : {digits - 1, digits, digits + 1}) {
                EXPECT_EQ((-x).exceeds_decimal_digits(limit), digits > limit) << k << " " << d << " " << limit;
            }
        }
    }
}

TEST(BigInt, SmallValues) {
    EXPECT_EQ(BigInt().to_string(), "0");
    EXPECT_EQ(BigInt::from_int64(INT64_MIN).to_string(), "-9223372036854775808");
    EXPECT_EQ(BigInt::from_uint64(UINT64_MAX).to_string(), "18446744073709551615");
    EXPECT_EQ((-BigInt()).is_negative(), false);
    EXPECT_EQ((BigInt::from_int64(5) - BigInt::from_int64(5)).is_negative(), false);
    EXPECT_EQ(BigInt::from_double(-0.9).is_negative(), false);
    EXPECT_EQ(BigInt::from_int64(-7).hash(), -7);
    EXPECT_EQ(BigInt::from_int64(-1).hash(), -2);
    int64_t v;
    EXPECT_TRUE(BigInt::from_int64(INT64_MIN).to_int64(v));
    EXPECT_EQ(v, INT64_MIN);
    uint64_t u;
    EXPECT_TRUE(BigInt::from_uint64(UINT64_MAX).to_uint64(u));
    EXPECT_FALSE(BigInt::from_int64(-1).to_uint64(u));
    BigInt a = BigInt::from_int64(12345);
    a = a;  // self-assignment
    EXPECT_EQ(a.to_string(), "12345");
    BigInt b = std::move(a);
    a = b;
    EXPECT_EQ(a.to_string(), "12345");
}

// Not a check: prints how long common big operations take. Disabled so the suite stays fast;
// run it with: bigint_test --gtest_also_run_disabled_tests --gtest_filter='*Timing'
TEST(BigInt, DISABLED_Timing) {
    using Clock = std::chrono::steady_clock;
    // The best of three batches: the figures are for comparison on a possibly busy machine.
    auto time = [](const char* what, int reps, auto&& fn) {
        double best = 1e300;
        for (int batch = 0; batch < 3; ++batch) {
            auto t0 = Clock::now();
            for (int i = 0; i < reps; ++i) fn();
            best = std::min(best, std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / reps);
        }
        std::printf("  %-44s %12.2f us\n", what, best);
    };
    auto digits = [](size_t n, uint64_t seed = 1) {
        std::string s;
        uint64_t x = 88172645463325252ull * seed;
        for (size_t i = 0; i < n; ++i) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            s += char('1' + x % 9);
        }
        return s;
    };
    BigInt a20 = BigInt::from_digits(digits(190), 10), b20 = BigInt::from_digits(digits(180, 2), 10);
    BigInt a = BigInt::from_digits(digits(1000), 10), b = BigInt::from_digits(digits(1000, 2), 10);
    BigInt c = BigInt::from_digits(digits(500, 3), 10);
    BigInt a3 = BigInt::from_int64(int64_t(1) << 50) * BigInt::from_int64(3), b3 = BigInt::from_int64(987654321987);
    BigInt a10k = BigInt::from_digits(digits(10000), 10), b10k = BigInt::from_digits(digits(10000, 2), 10);
    BigInt sink;
    time("add 2-3 limbs", 200000, [&] { sink = a3 + b3; });
    time("mul 2-3 limbs", 200000, [&] { sink = a3 * b3; });
    time("divmod 3 limbs by 2", 200000, [&] { BigInt::divmod(a3 * b3, b3, &sink, nullptr); });
    time("mul 20 x 19 limbs", 100000, [&] { sink = a20 * b20; });
    time("mul 1000 x 1000 digits", 2000, [&] { sink = a * b; });
    time("divmod 2000 by 1000 digits", 2000, [&] { BigInt::divmod(a * b, b, &sink, nullptr); });
    time("divmod 1000 by 500 digits", 2000, [&] { BigInt::divmod(a, c, &sink, nullptr); });
    time("mul 10^4 x 10^4 digits", 20, [&] { sink = a10k * b10k; });
    time("str 1000 digits", 2000, [&] { (void)a.to_string(); });
    std::string d1k = digits(1000);
    time("parse 1000 digits", 2000, [&] { sink = BigInt::from_digits(d1k, 10); });
    BigInt x50k = BigInt::from_digits(digits(50000), 10), x100k = BigInt::from_digits(digits(100000), 10);
    time("str 50000 digits", 3, [&] { (void)x50k.to_string(); });
    time("str 100000 digits", 2, [&] { (void)x100k.to_string(); });
    std::string d100k = digits(100000), d1m = digits(1000000);
    time("parse 100000 digits", 3, [&] { sink = BigInt::from_digits(d100k, 10); });
    time("parse 1000000 digits", 1, [&] { sink = BigInt::from_digits(d1m, 10); });
    time("hex str 1000000 digits", 1, [&] { (void)sink.to_string(16); });
    time("pow(3, 10^6)", 1, [&] { BigInt::pow(BigInt::from_int64(3), 1000000, sink); });
    time("powmod 1000-digit", 2, [&] { BigInt::powmod(a, b, c, sink); });
    time("gcd 10^4 digits", 3, [&] { sink = BigInt::gcd(a10k, b10k); });
    time("isqrt 10^4 digits", 3, [&] { sink = BigInt::isqrt(a10k); });
}

}  // namespace
