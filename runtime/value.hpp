// A Python value in one machine word (NaN-boxing). Floats are stored as themselves, ints of
// up to 50 bits live in the word, and everything else is a pointer to a heap Object.
//
//   bits (top 16)        meaning
//   0x0000 .. 0xFFF8     a double (NaNs are canonicalized to 0x7FF8.. or 0xFFF8.., keeping the sign)
//   0xFFF9               a pointer to an Object (48-bit address)
//   0xFFFA               special: "no value", the result of a failed operation (exception pending)
//   0xFFFC .. 0xFFFF     a small int: the low 50 bits, two's complement (|x| < 2^49)
//
// Values are trivially copyable; holding one does not keep its object alive by itself: the
// collector sees values in frames, containers and registered roots (runtime/heap.hpp).
#pragma once
#include <cstdint>
#include <cstring>

namespace krait {

struct Object;

class Value {
public:
    static constexpr int kIntBits = 50;
    static constexpr int64_t kIntMax = (int64_t(1) << (kIntBits - 1)) - 1;
    static constexpr int64_t kIntMin = -(int64_t(1) << (kIntBits - 1));

    constexpr Value() : bits_(kNone) {}

    static Value from_double(double d) {
        uint64_t b;
        std::memcpy(&b, &d, sizeof b);
        if (d != d) b = (b & kSignBit) | kCanonicalNaN;  // other NaN payloads would collide with tags
        return Value(b);
    }
    // Precondition: fits_int(i).
    static constexpr Value from_int(int64_t i) { return Value(kIntTag | (static_cast<uint64_t>(i) & kIntMask)); }
    static constexpr bool fits_int(int64_t i) { return i >= kIntMin && i <= kIntMax; }
    static Value from_object(const Object* o) {
        return Value(kObjectTag | static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o)));
    }
    // The result of an operation that raised: the exception is pending in the thread state.
    static constexpr Value error() { return Value(kNone); }

    constexpr bool is_double() const { return (bits_ >> 48) <= 0xFFF8; }
    constexpr bool is_int() const { return bits_ >= kIntTag; }
    constexpr bool is_object() const { return (bits_ >> 48) == 0xFFF9; }
    constexpr bool is_error() const { return bits_ == kNone; }

    double as_double() const {
        double d;
        std::memcpy(&d, &bits_, sizeof d);
        return d;
    }
    constexpr int64_t as_int() const { return static_cast<int64_t>(bits_ << (64 - kIntBits)) >> (64 - kIntBits); }
    Object* as_object() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_ & kPayloadMask)); }

    constexpr uint64_t bits() const { return bits_; }
    static constexpr Value from_bits(uint64_t b) { return Value(b); }
    // Identity, as Python's `is` (for ints and floats, equal representation).
    constexpr bool is(Value o) const { return bits_ == o.bits_; }

private:
    constexpr explicit Value(uint64_t b) : bits_(b) {}

    static constexpr uint64_t kSignBit = uint64_t(1) << 63;
    static constexpr uint64_t kCanonicalNaN = 0x7FF8'0000'0000'0000;
    static constexpr uint64_t kObjectTag = 0xFFF9'0000'0000'0000;
    static constexpr uint64_t kNone = 0xFFFA'0000'0000'0000;
    static constexpr uint64_t kIntTag = 0xFFFC'0000'0000'0000;
    static constexpr uint64_t kIntMask = (uint64_t(1) << kIntBits) - 1;
    static constexpr uint64_t kPayloadMask = 0x0000'FFFF'FFFF'FFFF;

    uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace krait
