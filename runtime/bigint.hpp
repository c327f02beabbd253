// Arbitrary-precision integers with CPython 3.11's semantics: floor division, infinite two's
// complement bitwise operations, correctly rounded conversions to float, int hashing.
// A self-contained value class: sign and magnitude, the magnitude as little-endian 32-bit limbs,
// always normalized (no high zero limbs; zero has no limbs and is never negative). Values of
// up to four limbs live inside the object, so the common 2-3 limb values never allocate.
//
// Errors are results, never exceptions: operations whose result could be unboundedly large
// (multiplication, pow, left shift) report a result beyond kMaxLimbs by returning false, which
// the interpreter turns into MemoryError or OverflowError.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace krait {

class BigInt {
public:
    using Limb = uint32_t;
    // The largest result mul(), pow(), powmod() and shl() produce: 2^30 limbs (2^35 bits, 4 GiB).
    static constexpr size_t kMaxLimbs = size_t{1} << 30;
    static constexpr uint64_t kMaxBits = uint64_t{kMaxLimbs} * 32;

    BigInt() noexcept : inline_{} {}
    BigInt(const BigInt& o);
    BigInt(BigInt&& o) noexcept;
    BigInt& operator=(const BigInt& o);
    BigInt& operator=(BigInt&& o) noexcept;
    ~BigInt() {
        if (cap_) delete[] heap_;
    }

    static BigInt from_int64(int64_t v);
    static BigInt from_uint64(uint64_t v);
    // Truncates toward zero (int(3.9) == 3). Precondition: std::isfinite(d).
    static BigInt from_double(double d);
    // Parses digits in `base` (2..36, either letter case) with no sign, prefix, underscores or
    // spaces: the caller has validated them. Leading zeros are fine; "" gives 0. Linear for bases
    // 2, 4, 8, 16 and 32; subquadratic (divide and conquer over Karatsuba) for long base 10.
    static BigInt from_digits(std::string_view digits, int base);
    // int.from_bytes(bytes, 'big' if big_endian else 'little', signed=is_signed).
    static BigInt from_bytes(const uint8_t* data, size_t len, bool big_endian, bool is_signed);

    bool is_zero() const { return size_ == 0; }
    bool is_negative() const { return neg_; }
    int sign() const { return neg_ ? -1 : size_ != 0; }
    bool is_odd() const { return size_ && (ptr()[0] & 1); }
    // Read-only access to the magnitude's limbs (least significant first).
    size_t limb_count() const { return size_; }
    const Limb* limb_data() const { return ptr(); }
    // The bytes of limb storage allocated outside the object (0 while the limbs are inline).
    size_t heap_bytes() const { return size_t{cap_} * sizeof(Limb); }

    bool to_int64(int64_t& out) const;   // false if it does not fit
    bool to_uint64(uint64_t& out) const; // false if negative or too big
    // int.__float__: correctly rounded (half to even); false when the result would not be
    // finite (OverflowError "int too large to convert to float").
    bool to_double(double& out) const;
    size_t bit_length() const;            // int.bit_length(): of the magnitude, 0 for 0
    uint64_t popcount() const;            // int.bit_count(): ones in the magnitude
    // Lowercase digits in base 2..36 with no prefix, '-' before negatives.
    std::string to_string(int base = 10) const;
    // Cheap bounds on the number of decimal digits of the magnitude (no sign), from bit_length.
    size_t decimal_digits_upper_bound() const;
    size_t decimal_digits_lower_bound() const;
    // Exactly "str(abs(self)) has more than limit digits" (CPython's int_max_str_digits test),
    // without converting: bounds first, then a comparison with 10**limit when they straddle it.
    bool exceeds_decimal_digits(size_t limit) const;

    enum class ToBytes { Ok, Overflow, NegativeUnsigned };
    // int.to_bytes(len, ...): writes exactly len bytes to out. Overflow is CPython's
    // OverflowError "int too big to convert"; NegativeUnsigned is "can't convert negative int
    // to unsigned". Nothing is written on failure.
    ToBytes to_bytes(uint8_t* out, size_t len, bool big_endian, bool is_signed) const;

    int compare(const BigInt& o) const;   // -1, 0, 1
    // Exact comparison with a double, as CPython compares int with float.
    enum class Order : int8_t { Less = -1, Equal = 0, Greater = 1, Unordered = 2 };
    Order compare_double(double d) const;  // Unordered when d is nan
    friend bool operator==(const BigInt& a, const BigInt& b) { return a.compare(b) == 0; }

    BigInt operator-() const;
    BigInt abs() const;
    BigInt operator~() const;             // -(x+1)
    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    // Precondition: the product fits kMaxLimbs (a.limb_count() + b.limb_count() <= kMaxLimbs);
    // mul() checks instead.
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    static bool mul(const BigInt& a, const BigInt& b, BigInt& out);  // false: too big

    // Python's floor division and modulo (the remainder takes the divisor's sign). Either
    // output may be null, and either may alias an input. Precondition: b != 0.
    static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
    // Python's a / b, correctly rounded even for huge operands (results below the smallest
    // subnormal round to a signed zero). False on overflow: "integer division result too
    // large for a float". Precondition: b != 0.
    static bool true_divide(const BigInt& a, const BigInt& b, double& out);
    // base ** exp for exp >= 0 (negative exponents give floats: the caller's business).
    // False when the result could exceed kMaxLimbs.
    static bool pow(const BigInt& base, uint64_t exp, BigInt& out);
    // pow(base, exp, mod) as CPython 3.8+: mod != 0 (precondition); the result has mod's sign
    // (0 <= r < mod, or mod < r <= 0); a negative exp uses the modular inverse of base. False
    // when base has no inverse ("base is not invertible for the given modulus").
    static bool powmod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out);

    // Left shift by any count; false when the result would exceed kMaxLimbs (0 << n is 0).
    bool shl(uint64_t n, BigInt& out) const;
    // Arithmetic right shift: floors for negatives (-1 >> n == -1).
    BigInt shr(uint64_t n) const;
    // Bitwise operations on Python's infinite two's complement.
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);

    // hash(int) as CPython 3.11 on 64-bit platforms: |x| mod 2^61-1 with x's sign, -1 -> -2.
    int64_t hash() const;
    static BigInt gcd(const BigInt& a, const BigInt& b);  // math.gcd: never negative
    static BigInt isqrt(const BigInt& n);                 // math.isqrt; precondition n >= 0

private:
    friend struct BigIntAccess;  // the algorithms in bigint.cpp

    static constexpr uint32_t kInline = 4;
    Limb* ptr() { return cap_ ? heap_ : inline_; }
    const Limb* ptr() const { return cap_ ? heap_ : inline_; }
    size_t capacity() const { return cap_ ? cap_ : kInline; }
    void reset(size_t n);  // room for n limbs, contents undefined, size n
    void trim();           // drops high zero limbs; zero becomes non-negative

    uint32_t size_ = 0;
    uint32_t cap_ : 31 = 0;  // heap capacity; 0 while the limbs are inline
    uint32_t neg_ : 1 = 0;
    union {
        Limb inline_[kInline];
        Limb* heap_;
    };
};

}  // namespace krait
