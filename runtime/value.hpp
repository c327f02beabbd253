// A Python value in one machine word (NaN-boxing). Floats are stored as themselves, ints of
// up to 50 bits live in the word, and everything else is a pointer to a heap Object.
//
//   bits (top 16)        meaning
//   0x0000 .. 0xFFF8     a double (NaNs are canonicalized to 0x7FF8.. or 0xFFF8.., keeping the sign)
//   0xFFF9               a pointer to an Object (48-bit address)
//   0xFFFA               markers that are not Python values: error() (an exception is pending)
//                        and stop() (an iterator is exhausted)
//   0xFFFB               the singletons None, False, True, NotImplemented, Ellipsis
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

    constexpr Value() : bits_(kSpecial) {}  // None

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
    // The result of an operation that raised: the exception is pending in the interpreter state.
    static constexpr Value error() { return Value(kMarker); }
    // What an iterator's next returns when it is exhausted (no exception pending).
    static constexpr Value stop() { return Value(kMarker | 1); }
    // What a lookup returns when the key is absent (no exception pending).
    static constexpr Value missing() { return Value(kMarker | 2); }

    static constexpr Value none() { return Value(kSpecial); }
    static constexpr Value from_bool(bool b) { return Value(kSpecial | (b ? 2 : 1)); }
    static constexpr Value not_implemented() { return Value(kSpecial | 3); }
    static constexpr Value ellipsis() { return Value(kSpecial | 4); }

    constexpr bool is_double() const { return (bits_ >> 48) <= 0xFFF8; }
    constexpr bool is_int() const { return bits_ >= kIntTag; }
    constexpr bool is_object() const { return (bits_ >> 48) == 0xFFF9; }
    constexpr bool is_error() const { return bits_ == kMarker; }
    constexpr bool is_stop() const { return bits_ == (kMarker | 1); }
    constexpr bool is_missing() const { return bits_ == (kMarker | 2); }
    constexpr bool is_special() const { return (bits_ >> 48) == 0xFFFB; }
    constexpr int special_index() const { return static_cast<int>(bits_ & 7); }  // 0 None .. 4 Ellipsis
    constexpr bool is_none() const { return bits_ == kSpecial; }
    constexpr bool is_true() const { return bits_ == (kSpecial | 2); }
    constexpr bool is_false() const { return bits_ == (kSpecial | 1); }
    constexpr bool is_bool() const { return bits_ == (kSpecial | 1) || bits_ == (kSpecial | 2); }
    constexpr bool is_not_implemented() const { return bits_ == (kSpecial | 3); }

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
    static constexpr uint64_t kMarker = 0xFFFA'0000'0000'0000;
    static constexpr uint64_t kSpecial = 0xFFFB'0000'0000'0000;
    static constexpr uint64_t kIntTag = 0xFFFC'0000'0000'0000;
    static constexpr uint64_t kIntMask = (uint64_t(1) << kIntBits) - 1;
    static constexpr uint64_t kPayloadMask = 0x0000'FFFF'FFFF'FFFF;

    uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace krait
