// int and bool: see int.hpp. Every operation has a path for operands that fit in int64
// (checked machine arithmetic) and falls back to BigInt only when they do not.
#include "runtime/int.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <new>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "support/pyrepr.hpp"
#include "support/unicode_props.hpp"
#include "support/utf8.hpp"

namespace krait {
namespace {

Int* as_int_object(Value v) { return static_cast<Int*>(v.as_object()); }

// Classes inherit the flag from their bases (runtime/type.cpp), so no MRO walk is needed.
bool is_int_type(Type* t, Type* int_type) { return t == int_type || (t->flags & kTypeIntSubclass); }

// An int operand: its value when it fits in int64, else a pointer to its BigInt.
struct IntOperand {
    int64_t small = 0;
    const BigInt* big = nullptr;
};

// False when v is not an int (nor a bool, nor an int subclass instance).
inline bool int_operand(State& st, Value v, IntOperand& out) {
    if (v.is_int()) {
        out.small = v.as_int();
        return true;
    }
    if (v.is_bool()) {
        out.small = v.is_true();
        return true;
    }
    if (!v.is_object() || !is_int_type(v.as_object()->type, st.int_type)) return false;
    const BigInt& b = as_int_object(v)->value;
    if (!b.to_int64(out.small)) out.big = &b;
    return true;
}

// An operand as a BigInt, borrowing big ones and materializing small ones.
class BigRef {
public:
    explicit BigRef(const IntOperand& o) : p_(o.big) {
        if (!p_) {
            tmp_ = BigInt::from_int64(o.small);
            p_ = &tmp_;
        }
    }
    BigRef(const BigRef&) = delete;
    BigRef& operator=(const BigRef&) = delete;
    const BigInt& operator*() const { return *p_; }
    const BigInt* operator->() const { return p_; }

private:
    BigInt tmp_;
    const BigInt* p_;
};

int operand_sign(const IntOperand& o) { return o.big ? o.big->sign() : (o.small > 0) - (o.small < 0); }

bool compare_result(int c, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return c < 0;
        case CmpOp::Le: return c <= 0;
        case CmpOp::Eq: return c == 0;
        case CmpOp::Ne: return c != 0;
        case CmpOp::Gt: return c > 0;
        case CmpOp::Ge: return c >= 0;
    }
    return false;
}

Value memory_error(State& st) { return raise_no_memory(st); }

// A new Int object of `type` taking v. BigInt allocates its limbs itself; the heap counts
// them (destroy_int gives them back), so that big ints are under the memory limit too.
Value new_int_object(State& st, Type* type, BigInt&& v) {
    size_t limbs = v.heap_bytes();
    if (limbs && !st.heap.add_external(limbs)) return raise_no_memory(st);
    Int* o = st.heap.make<Int>(type);
    if (!o) {
        st.heap.remove_external(limbs);
        return raise_no_memory(st);
    }
    new (&o->value) BigInt(std::move(v));
    return Value::from_object(o);
}


// The exact int with v's value (int(True) is 1, int(MyInt(5)) is a plain 5).
Value exact_int(State& st, Value v) {
    if (v.is_int()) return v;
    if (v.is_bool()) return Value::from_int(v.is_true());
    const Int* o = as_int_object(v);
    if (o->type == st.int_type) return v;
    return make_int(st, BigInt(o->value));
}

// ---- Conversions to text ------------------------------------------------------------------

Value digits_limit_error(State& st) {
    return value_error(st, "Exceeds the limit (" + std::to_string(st.max_str_digits) +
                               " digits) for integer string conversion; use sys.set_int_max_str_digits() "
                               "to increase the limit");
}

// The digits of |v| in `base` with no prefix, and its sign; false (ValueError raised) when a
// decimal conversion exceeds the digit limit.
bool magnitude_digits(State& st, const IntOperand& x, int base, std::string& out, bool& negative) {
    if (!x.big) {
        negative = x.small < 0;
        uint64_t m = negative ? 0 - static_cast<uint64_t>(x.small) : static_cast<uint64_t>(x.small);
        char buf[72];
        auto res = std::to_chars(buf, buf + sizeof buf, m, base);
        out.assign(buf, res.ptr);
        return true;
    }
    negative = x.big->is_negative();
    if (base == 10 && st.max_str_digits > 0 && x.big->exceeds_decimal_digits(static_cast<size_t>(st.max_str_digits))) {
        digits_limit_error(st);
        return false;
    }
    out = x.big->abs().to_string(base);
    return true;
}

// CPython's %.200R in messages: the repr cut after 200 code points.
std::string truncated(std::string s, size_t max_chars) {
    size_t i = 0, count = 0;
    while (i < s.size() && count < max_chars) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        ++count;
    }
    if (i < s.size()) s.resize(i);
    return s;
}

// ---- Parsing ------------------------------------------------------------------------------

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

enum class ParseResult { Ok, Invalid, TooManyDigits };

// CPython's PyLong_FromString on ASCII text: surrounding whitespace, a sign, a prefix that
// matches the base (base 0 infers it; a leading 0 then only allows zeros), single underscores
// between digits. `ndigits` reports the digit count for the digit-limit message.
ParseResult parse_int_ascii(std::string_view s, int base, int max_digits, BigInt& out, size_t& ndigits) {
    size_t i = 0, n = s.size();
    auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
    while (i < n && is_ascii_space(s[i])) ++i;
    bool negative = false;
    if (at(i) == '+' || at(i) == '-') negative = s[i++] == '-';
    bool zeros_only = false;
    if (base == 0) {
        char p = at(i + 1);
        if (at(i) != '0') base = 10;
        else if (p == 'x' || p == 'X') base = 16;
        else if (p == 'o' || p == 'O') base = 8;
        else if (p == 'b' || p == 'B') base = 2;
        else {
            zeros_only = true;  // an old C-style octal literal is invalid unless it is zero
            base = 10;
        }
    }
    if (at(i) == '0') {
        char p = at(i + 1);
        if ((base == 16 && (p == 'x' || p == 'X')) || (base == 8 && (p == 'o' || p == 'O')) ||
            (base == 2 && (p == 'b' || p == 'B'))) {
            i += 2;
            if (at(i) == '_') ++i;  // one underscore may follow the prefix
        }
    }
    if (at(i) == '_') return ParseResult::Invalid;
    size_t start = i;
    bool underscores = false;
    char prev = 0;
    ndigits = 0;
    while (i < n && (digit_value(s[i]) < base || s[i] == '_')) {
        if (s[i] == '_') {
            if (prev == '_') return ParseResult::Invalid;
            underscores = true;
        } else {
            ++ndigits;
        }
        prev = s[i++];
    }
    if (prev == '_') return ParseResult::Invalid;
    if (ndigits == 0) return ParseResult::Invalid;
    bool power_of_two = (base & (base - 1)) == 0;
    if (!power_of_two && max_digits > 0 && ndigits > static_cast<size_t>(max_digits)) return ParseResult::TooManyDigits;
    size_t end = i;
    while (i < n && is_ascii_space(s[i])) ++i;
    if (i != n) return ParseResult::Invalid;
    std::string_view digits = s.substr(start, end - start);
    std::string cleaned;
    if (underscores) {
        cleaned.reserve(digits.size());
        for (char c : digits)
            if (c != '_') cleaned.push_back(c);
        digits = cleaned;
    }
    out = BigInt::from_digits(digits, base);
    if (zeros_only && !out.is_zero()) return ParseResult::Invalid;
    if (negative) out = -out;
    return ParseResult::Ok;
}

// Parses ASCII text, raising with the repr text the message should quote.
Value int_from_ascii(State& st, std::string_view text, int base, const std::string& shown) {
    BigInt v;
    size_t ndigits = 0;
    switch (parse_int_ascii(text, base, st.max_str_digits, v, ndigits)) {
        case ParseResult::Ok: return make_int(st, std::move(v));
        case ParseResult::TooManyDigits:
            return value_error(st, "Exceeds the limit (" + std::to_string(st.max_str_digits) +
                                       " digits) for integer string conversion: value has " + std::to_string(ndigits) +
                                       " digits; use sys.set_int_max_str_digits() to increase the limit");
        case ParseResult::Invalid: break;
    }
    return value_error(st, "invalid literal for int() with base " + std::to_string(base) + ": " + truncated(shown, 200));
}

}  // namespace

std::string numeric_ascii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    size_t i = 0;
    while (i < utf8.size()) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x7F) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        int32_t cp = utf8::decode_lenient(utf8, i);
        if (cp < 0) {
            ++i;
            out.push_back('?');
            continue;
        }
        int d = unicode::decimal_value(static_cast<char32_t>(cp));
        if (unicode::is_space(static_cast<char32_t>(cp))) out.push_back(' ');
        else if (d >= 0) out.push_back(static_cast<char>('0' + d));
        else out.push_back('?');
    }
    return out;
}

// ---- Construction and conversion --------------------------------------------------------

Value make_int(State& st, int64_t v) {
    if (Value::fits_int(v)) return Value::from_int(v);
    return make_int(st, BigInt::from_int64(v));
}

Value make_int(State& st, BigInt&& v) {
    int64_t small;
    if (v.limb_count() <= 2 && v.to_int64(small) && Value::fits_int(small)) return Value::from_int(small);
    return new_int_object(st, st.int_type, std::move(v));
}

Value int_from_double(State& st, double d) {
    if (std::isinf(d)) return overflow_error(st, "cannot convert float infinity to integer");
    if (std::isnan(d)) return value_error(st, "cannot convert float NaN to integer");
    if (d > -9.2e18 && d < 9.2e18) return make_int(st, static_cast<int64_t>(d));
    return make_int(st, BigInt::from_double(d));
}

bool is_int(State& st, Value v) {
    if (v.is_int() || v.is_bool()) return true;
    return v.is_object() && is_int_type(v.as_object()->type, st.int_type);
}

bool is_exact_int(State& st, Value v) {
    return v.is_int() || (v.is_object() && v.as_object()->type == st.int_type);
}

BigInt to_bigint(State& st, Value v) {
    if (v.is_int()) return BigInt::from_int64(v.as_int());
    if (v.is_bool()) return BigInt::from_int64(v.is_true());
    return as_int_object(v)->value;
}

bool int_to_int64(State& st, Value v, int64_t& out) {
    IntOperand x;
    if (!int_operand(st, v, x)) return false;
    out = x.small;
    return !x.big;
}

Value number_index(State& st, Value v) {
    if (v.is_int()) return v;
    if (is_int(st, v)) return exact_int(st, v);
    Type* t = type_of(st, v);
    if (!t->index)
        return type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
    Value r = t->index(st, v);
    if (r.is_error() || r.is_int()) return r;
    if (!is_int(st, r))
        return type_error(st, "__index__ returned non-int (type " + type_name(st, r) + ")");
    return exact_int(st, r);
}

bool to_index(State& st, Value v, int64_t& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (int_to_int64(st, i, out)) return true;
    overflow_error(st, "cannot fit '" + type_name(st, v) + "' into an index-sized integer");
    return false;
}

bool to_ssize(State& st, Value v, int64_t& out) {
    if (v.is_int()) {
        out = v.as_int();
        return true;
    }
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (int_to_int64(st, i, out)) return true;
    overflow_error(st, "Python int too large to convert to C ssize_t");
    return false;
}

bool to_index_clamped(State& st, Value v, int64_t& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (!int_to_int64(st, i, out)) out = as_int_object(i)->value.is_negative() ? INT64_MIN : INT64_MAX;
    return true;
}

double int_to_double_or_raise(State& st, Value v, bool& ok) {
    ok = true;
    IntOperand x;
    int_operand(st, v, x);
    if (!x.big) return static_cast<double>(x.small);
    double d;
    if (x.big->to_double(d)) return d;
    ok = false;
    overflow_error(st, "int too large to convert to float");
    return 0.0;
}

Value int_to_str(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    if (!x.big) {
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, x.small);
        return str_value(st, std::string_view(buf, res.ptr - buf));
    }
    if (st.max_str_digits > 0 && x.big->exceeds_decimal_digits(static_cast<size_t>(st.max_str_digits)))
        return digits_limit_error(st);
    return str_value(st, x.big->to_string(10));
}

Value int_to_base_str(State& st, Value v, int base) {
    IntOperand x;
    int_operand(st, v, x);
    std::string digits;
    bool negative;
    magnitude_digits(st, x, base, digits, negative);
    const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    return str_value(st, (negative ? "-" : "") + std::string(prefix) + digits);
}

bool int_magnitude_digits(State& st, Value v, int base, std::string& out, bool& negative) {
    IntOperand x;
    int_operand(st, v, x);
    return magnitude_digits(st, x, base, out, negative);
}

Value int_from_string(State& st, std::string_view text, int base, Value original) {
    std::string ascii = numeric_ascii(text);
    return int_from_ascii(st, ascii, base, str_repr(str_view(original)));
}

int64_t int_hash(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    if (x.big) return x.big->hash();
    // |x| modulo 2^61 - 1 with x's sign, as CPython's long_hash.
    constexpr uint64_t P = (uint64_t(1) << 61) - 1;
    uint64_t m = x.small < 0 ? 0 - static_cast<uint64_t>(x.small) : static_cast<uint64_t>(x.small);
    int64_t h = static_cast<int64_t>(m % P);
    if (x.small < 0) h = -h;
    return h == -1 ? -2 : h;
}

Value number_to_int(State& st, Value v) {
    if (v.is_int()) return v;
    Type* t = type_of(st, v);
    if (t->to_int) {
        Value r = t->to_int(st, v);
        if (r.is_error() || r.is_int()) return r;
        if (!is_int(st, r)) return type_error(st, "__int__ returned non-int (type " + type_name(st, r) + ")");
        return exact_int(st, r);
    }
    if (t->index) return number_index(st, v);
    Value trunc = lookup_special(st, v, st.names.trunc);
    if (trunc.is_error()) return trunc;
    if (!trunc.is_missing()) {
        Value r;
        {
            Root keep(st.heap, trunc);
            r = call(st, trunc, Args{});
        }
        if (r.is_error() || r.is_int()) return r;
        if (is_int(st, r)) return exact_int(st, r);
        if (!type_of(st, r)->index)
            return type_error(st, "__trunc__ returned non-Integral (type " + type_name(st, r) + ")");
        Root keep(st.heap, r);
        return number_index(st, r);
    }
    if (isinstance(st, v, st.str_type)) return int_from_string(st, str_view(v), 10, v);
    std::string_view bytes;
    if (bytes_like(st, v, bytes)) {
        std::string shown;
        pyrepr::bytes_repr(shown, bytes);
        return int_from_ascii(st, bytes, 10, shown);
    }
    return type_error(st, "int() argument must be a string, a bytes-like object or a real number, not '" +
                              type_name(st, v) + "'");
}

namespace {

// ---- The int type's slots ---------------------------------------------------------------

Value int_repr(State& st, Value v) { return int_to_str(st, v); }

bool int_hash_slot(State& st, Value v, int64_t& out) {
    out = int_hash(st, v);
    return true;
}

Value int_compare(State& st, Value a, Value b, CmpOp op) {
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        return Value::from_bool(compare_result((x > y) - (x < y), op));
    }
    IntOperand x, y;
    if (!int_operand(st, a, x) || !int_operand(st, b, y)) return Value::not_implemented();
    int c = !x.big && !y.big ? (x.small > y.small) - (x.small < y.small) : BigRef(x)->compare(*BigRef(y));
    return Value::from_bool(compare_result(c, op));
}

int int_truth(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    return x.big != nullptr || x.small != 0;
}

// Binary operators. Each returns NotImplemented unless both operands are ints: int with
// float is the float type's business, as in CPython.
#define KRAIT_INT_OPERANDS                                                                   \
    IntOperand x, y;                                                                         \
    if (!int_operand(st, a, x) || !int_operand(st, b, y)) return Value::not_implemented(); \
    [[maybe_unused]] const bool both_small = !x.big && !y.big

// Whether a result of at least `bits` bits (a lower bound, so nothing that fits is refused)
// cannot fit under the memory limit: then MemoryError comes at once, before the work.
bool beyond_memory_limit(const State& st, double bits) {
    return !st.heap.has_room(static_cast<size_t>(std::min(bits / 8, 1e18)));
}

Value int_add(State& st, Value a, Value b) {
    if (a.is_int() && b.is_int()) return make_int(st, a.as_int() + b.as_int());  // 50 + 50 bits fit
    KRAIT_INT_OPERANDS;
    int64_t r;
    if (both_small && !__builtin_add_overflow(x.small, y.small, &r)) return make_int(st, r);
    return make_int(st, *BigRef(x) + *BigRef(y));
}

Value int_sub(State& st, Value a, Value b) {
    if (a.is_int() && b.is_int()) return make_int(st, a.as_int() - b.as_int());
    KRAIT_INT_OPERANDS;
    int64_t r;
    if (both_small && !__builtin_sub_overflow(x.small, y.small, &r)) return make_int(st, r);
    return make_int(st, *BigRef(x) - *BigRef(y));
}

Value int_mul(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    int64_t r;
    if (both_small && !__builtin_mul_overflow(x.small, y.small, &r)) return make_int(st, r);
    BigRef bx(x), by(y);
    if (beyond_memory_limit(st, double(bx->bit_length()) + double(by->bit_length()) - 1)) return memory_error(st);
    BigInt out;
    if (!BigInt::mul(*bx, *by, out)) return memory_error(st);
    return make_int(st, std::move(out));
}

// Floor division and modulo of int64s; false when the quotient overflows (INT64_MIN / -1).
bool floor_divmod64(int64_t x, int64_t y, int64_t& q, int64_t& r) {
    if (x == INT64_MIN && y == -1) return false;
    q = x / y;
    r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
        r += y;
        --q;
    }
    return true;
}

Value int_floordiv(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) == 0) return zero_division(st, "integer division or modulo by zero");
    int64_t q, r;
    if (both_small && floor_divmod64(x.small, y.small, q, r)) return make_int(st, q);
    BigInt out;
    BigInt::divmod(*BigRef(x), *BigRef(y), &out, nullptr);
    return make_int(st, std::move(out));
}

Value int_mod(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) == 0) return zero_division(st, "integer modulo by zero");
    int64_t q, r;
    if (both_small && floor_divmod64(x.small, y.small, q, r)) return make_int(st, r);
    BigInt out;
    BigInt::divmod(*BigRef(x), *BigRef(y), nullptr, &out);
    return make_int(st, std::move(out));
}

Value int_divmod_values(State& st, const IntOperand& x, const IntOperand& y) {
    if (operand_sign(y) == 0) return zero_division(st, "integer division or modulo by zero");
    Value q, r;
    int64_t qs, rs;
    if (!x.big && !y.big && floor_divmod64(x.small, y.small, qs, rs)) {
        q = make_int(st, qs);
        r = make_int(st, rs);
    } else {
        BigInt qb, rb;
        BigInt::divmod(*BigRef(x), *BigRef(y), &qb, &rb);
        q = make_int(st, std::move(qb));  // allocation never collects: q needs no Root here
        r = make_int(st, std::move(rb));
    }
    if (q.is_error() || r.is_error()) return Value::error();
    Tuple* t = make_tuple(st, {q, r});
    return t ? Value::from_object(t) : Value::error();
}

Value int_truediv(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) == 0) return zero_division(st, "division by zero");
    constexpr int64_t kExact = int64_t(1) << 53;  // doubles hold these exactly: one rounding
    if (both_small && x.small >= -kExact && x.small <= kExact && y.small >= -kExact && y.small <= kExact)
        return Value::from_double(static_cast<double>(x.small) / static_cast<double>(y.small));
    double d;
    if (!BigInt::true_divide(*BigRef(x), *BigRef(y), d))
        return overflow_error(st, "integer division result too large for a float");
    return Value::from_double(d);
}

Value int_pow(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) < 0) {
        // A negative exponent gives a float, computed as float ** float.
        bool ok;
        double dx = int_to_double_or_raise(st, a, ok);
        if (!ok) return Value::error();
        double dy = int_to_double_or_raise(st, b, ok);
        if (!ok) return Value::error();
        return float_pow(st, dx, dy);
    }
    if (both_small) {
        int64_t result = 1, base = x.small;
        uint64_t e = static_cast<uint64_t>(y.small);
        bool overflow = false;
        while (true) {
            if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
                overflow = true;
                break;
            }
            e >>= 1;
            if (!e) break;
            if (__builtin_mul_overflow(base, base, &base)) {
                overflow = true;
                break;
            }
        }
        if (!overflow) return make_int(st, result);
    }
    BigRef base(x);
    if (y.big) {
        // Only 0, 1 and -1 survive an exponent beyond 2^63.
        if (base->is_zero()) return Value::from_int(0);
        if (!x.big && x.small == 1) return Value::from_int(1);
        if (!x.big && x.small == -1) return Value::from_int(y.big->is_odd() ? -1 : 1);
        return memory_error(st);
    }
    if (beyond_memory_limit(st, double(base->bit_length() - 1) * double(y.small))) return memory_error(st);
    BigInt out;
    if (!BigInt::pow(*base, static_cast<uint64_t>(y.small), out)) return memory_error(st);
    return make_int(st, std::move(out));
}

Value int_lshift(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) < 0) return value_error(st, "negative shift count");
    if (operand_sign(x) == 0) return Value::from_int(0);
    if (both_small && y.small < 62) {
        // x << n fits when the bits shifted out (and the new sign bit) all equal the sign.
        int64_t shifted_out = x.small >> (62 - y.small);
        if (shifted_out == 0 || shifted_out == -1)
            return make_int(st, static_cast<int64_t>(static_cast<uint64_t>(x.small) << y.small));
    }
    if (y.big) return overflow_error(st, "too many digits in integer");
    BigRef bx(x);
    if (beyond_memory_limit(st, double(bx->bit_length()) + double(y.small))) return memory_error(st);
    BigInt out;
    if (!bx->shl(static_cast<uint64_t>(y.small), out)) return memory_error(st);
    return make_int(st, std::move(out));
}

Value int_rshift(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (operand_sign(y) < 0) return value_error(st, "negative shift count");
    if (y.big || (!x.big && y.small >= 63)) return Value::from_int(operand_sign(x) < 0 ? -1 : 0);
    if (!x.big) return make_int(st, x.small >> y.small);
    return make_int(st, x.big->shr(static_cast<uint64_t>(y.small)));
}

Value int_and(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (both_small) return make_int(st, x.small & y.small);
    return make_int(st, *BigRef(x) & *BigRef(y));
}

Value int_or(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (both_small) return make_int(st, x.small | y.small);
    return make_int(st, *BigRef(x) | *BigRef(y));
}

Value int_xor(State& st, Value a, Value b) {
    KRAIT_INT_OPERANDS;
    if (both_small) return make_int(st, x.small ^ y.small);
    return make_int(st, *BigRef(x) ^ *BigRef(y));
}

#undef KRAIT_INT_OPERANDS

Value int_neg(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    if (!x.big && x.small != INT64_MIN) return make_int(st, -x.small);
    return make_int(st, -*BigRef(x));
}

Value int_pos(State& st, Value v) { return exact_int(st, v); }

Value int_invert(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    if (!x.big) return make_int(st, ~x.small);
    return make_int(st, ~*x.big);
}

Value int_abs(State& st, Value v) {
    IntOperand x;
    int_operand(st, v, x);
    if (!x.big && x.small != INT64_MIN) return make_int(st, x.small < 0 ? -x.small : x.small);
    return make_int(st, BigRef(x)->abs());
}

Value int_to_float_slot(State& st, Value v) {
    bool ok;
    double d = int_to_double_or_raise(st, v, ok);
    return ok ? Value::from_double(d) : Value::error();
}

// int(x=0, /, base=10), with the argument errors of CPython's Argument Clinic.
Value int_new(State& st, Type* type, Args a) {
    size_t nkw = a.kwnames ? a.kwnames->size : 0;
    if (a.n + nkw > 2) {
        return type_error(st, "int() takes at most 2 arguments (" + std::to_string(a.n + nkw) + " given)");
    }
    Value x = a.n > 0 ? a.v[0] : Value::missing();
    Value base = a.n > 1 ? a.v[1] : Value::missing();
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view name = str_view(a.kwnames->items[k]);
        if (name != "base") return type_error(st, "'" + std::string(name) + "' is an invalid keyword argument for int()");
        if (a.n > 1) return type_error(st, "argument for int() given by name ('base') and position (2)");
        base = a.kwvalues()[k];
    }
    Value result;
    if (x.is_missing()) {
        if (!base.is_missing()) return type_error(st, "int() missing string argument");
        result = Value::from_int(0);
    } else if (base.is_missing()) {
        result = number_to_int(st, x);
    } else {
        int64_t b;
        if (!to_index_clamped(st, base, b)) return Value::error();
        if ((b != 0 && b < 2) || b > 36) return value_error(st, "int() base must be >= 2 and <= 36, or 0");
        std::string_view bytes;
        if (isinstance(st, x, st.str_type)) {
            result = int_from_string(st, str_view(x), static_cast<int>(b), x);
        } else if (bytes_like(st, x, bytes)) {
            std::string shown;
            pyrepr::bytes_repr(shown, bytes);
            result = int_from_ascii(st, bytes, static_cast<int>(b), shown);
        } else {
            return type_error(st, "int() can't convert non-string with explicit base");
        }
    }
    if (result.is_error() || type == st.int_type) return result;
    return new_int_object(st, type, to_bigint(st, result));
}

// ---- Methods ----------------------------------------------------------------------------

// self as an int operand, or a TypeError for a method called on something else.
bool self_int(State& st, Args a, const char* method, IntOperand& x) {
    if (a.n >= 1 && int_operand(st, a.v[0], x)) return true;
    type_error(st, std::string("descriptor '") + method + "' for 'int' objects doesn't apply to a '" +
                       (a.n ? type_name(st, a.v[0]) : std::string("NoneType")) + "' object");
    return false;
}

// Checks a METH_NOARGS method's call: "int.bit_length() takes no arguments (1 given)".
bool no_args(State& st, Args a, const char* qualname) {
    if (a.kwnames && a.kwnames->size) {
        type_error(st, std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    if (a.n <= 1) return true;
    type_error(st, std::string(qualname) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
    return false;
}

// Checks a METH_O method's call: "int.__format__() takes exactly one argument (0 given)".
bool one_arg(State& st, Args a, const char* qualname) {
    if (a.kwnames && a.kwnames->size) {
        type_error(st, std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    if (a.n == 2) return true;
    type_error(st, std::string(qualname) + "() takes exactly one argument (" + std::to_string(a.n ? a.n - 1 : 0) +
                       " given)");
    return false;
}

Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

Value int_bit_length(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "bit_length", x) || !no_args(st, a, "int.bit_length")) return Value::error();
    if (x.big) return make_int(st, static_cast<int64_t>(x.big->bit_length()));
    uint64_t m = x.small < 0 ? 0 - static_cast<uint64_t>(x.small) : static_cast<uint64_t>(x.small);
    return Value::from_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
}

Value int_bit_count(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "bit_count", x) || !no_args(st, a, "int.bit_count")) return Value::error();
    if (x.big) return make_int(st, static_cast<int64_t>(x.big->popcount()));
    uint64_t m = x.small < 0 ? 0 - static_cast<uint64_t>(x.small) : static_cast<uint64_t>(x.small);
    return Value::from_int(__builtin_popcountll(m));
}

// byteorder argument of to_bytes/from_bytes: true for 'big'.
bool parse_byteorder(State& st, Value v, const char* fname, bool& big_endian) {
    if (v.is_missing()) {
        big_endian = true;
        return true;
    }
    if (!isinstance(st, v, st.str_type)) {
        type_error(st, std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(st, v));
        return false;
    }
    std::string_view s = str_view(v);
    if (s == "big" || s == "little") {
        big_endian = s == "big";
        return true;
    }
    value_error(st, "byteorder must be either 'little' or 'big'");
    return false;
}

Value int_to_bytes(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "to_bytes", x)) return Value::error();
    Value args[3];
    if (!parse_args(st, rest(a), Signature{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 2}, args))
        return Value::error();
    int64_t length = 1;
    if (!args[0].is_missing() && !to_index(st, args[0], length)) return Value::error();
    if (length < 0) return value_error(st, "length argument must be non-negative");
    bool big_endian;
    if (!parse_byteorder(st, args[1], "to_bytes", big_endian)) return Value::error();
    bool is_signed = false;
    if (!args[2].is_missing()) {
        int t = truthy(st, args[2]);
        if (t < 0) return Value::error();
        is_signed = t;
    }
    if (static_cast<uint64_t>(length) > (uint64_t(1) << 40)) return memory_error(st);
    std::string buf(static_cast<size_t>(length), '\0');
    switch (BigRef(x)->to_bytes(reinterpret_cast<uint8_t*>(buf.data()), buf.size(), big_endian, is_signed)) {
        case BigInt::ToBytes::Ok: break;
        case BigInt::ToBytes::Overflow: return overflow_error(st, "int too big to convert");
        case BigInt::ToBytes::NegativeUnsigned: return overflow_error(st, "can't convert negative int to unsigned");
    }
    Bytes* b = make_bytes(st, buf);
    return b ? Value::from_object(b) : Value::error();
}

// The bytes of from_bytes' argument: a bytes-like object or an iterable of ints in 0..255.
bool collect_bytes(State& st, Value v, std::string& out) {
    std::string_view view;
    if (bytes_like(st, v, view)) {
        out.assign(view);
        return true;
    }
    if (isinstance(st, v, st.str_type)) {  // iterable, but not as bytes
        type_error(st, "cannot convert '" + type_name(st, v) + "' object to bytes");
        return false;
    }
    Value it = get_iter(st, v);
    if (it.is_error()) {
        if (raised_matches(st, st.exc.TypeError)) {
            take_raised(st);
            type_error(st, "cannot convert '" + type_name(st, v) + "' object to bytes");
        }
        return false;
    }
    Root keep(st.heap, it);
    while (true) {
        Value item = iter_next(st, it);
        if (item.is_stop()) return true;
        if (item.is_error()) return false;
        int64_t byte;
        if (!to_index_clamped(st, item, byte)) return false;
        if (byte < 0 || byte > 255) {
            value_error(st, "bytes must be in range(0, 256)");
            return false;
        }
        out.push_back(static_cast<char>(byte));
    }
}

Value int_from_bytes(State& st, Args a) {
    // A class method: a.v[0] is the class.
    Value args[3];
    if (!parse_args(st, rest(a), Signature{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 2}, args))
        return Value::error();
    bool big_endian;
    if (!parse_byteorder(st, args[1], "from_bytes", big_endian)) return Value::error();
    bool is_signed = false;
    if (!args[2].is_missing()) {
        int t = truthy(st, args[2]);
        if (t < 0) return Value::error();
        is_signed = t;
    }
    std::string data;
    if (!collect_bytes(st, args[0], data)) return Value::error();
    Value r = make_int(st, BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()), data.size(), big_endian,
                                              is_signed));
    if (r.is_error() || a.v[0].is(Value::from_object(st.int_type))) return r;
    Root keep(st.heap, r);
    return call(st, a.v[0], {r});
}

Value int_as_integer_ratio(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "as_integer_ratio", x) || !no_args(st, a, "int.as_integer_ratio")) return Value::error();
    Value n = exact_int(st, a.v[0]);
    if (n.is_error()) return n;
    Tuple* t = make_tuple(st, {n, Value::from_int(1)});
    return t ? Value::from_object(t) : Value::error();
}

// conjugate, __trunc__, __floor__, __ceil__ and the real/numerator getters: the int itself.
Value int_self_method(State& st, Args a, const char* name, const char* qualname) {
    IntOperand x;
    if (!self_int(st, a, name, x) || !no_args(st, a, qualname)) return Value::error();
    return exact_int(st, a.v[0]);
}
Value int_conjugate(State& st, Args a) { return int_self_method(st, a, "conjugate", "int.conjugate"); }
Value int_trunc(State& st, Args a) { return int_self_method(st, a, "__trunc__", "int.__trunc__"); }
Value int_floor(State& st, Args a) { return int_self_method(st, a, "__floor__", "int.__floor__"); }
Value int_ceil(State& st, Args a) { return int_self_method(st, a, "__ceil__", "int.__ceil__"); }

Value int_getnewargs(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "__getnewargs__", x) || !no_args(st, a, "int.__getnewargs__")) return Value::error();
    Value n = exact_int(st, a.v[0]);
    if (n.is_error()) return n;
    Tuple* t = make_tuple(st, {n});
    return t ? Value::from_object(t) : Value::error();
}

// round(x, ndigits) for ints: ndigits >= 0 leaves x alone; otherwise x rounds to a multiple of
// 10**-ndigits, halves to the even multiple.
Value int_round(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "__round__", x)) return Value::error();
    Value nd;
    if (!parse_args(st, rest(a), Signature{"__round__", {"ndigits"}, 0, 1}, &nd)) return Value::error();
    if (nd.is_missing()) return exact_int(st, a.v[0]);  // an explicit None is a TypeError, as in 3.11
    Value n = number_index(st, nd);
    if (n.is_error()) return n;
    IntOperand k;
    int_operand(st, n, k);
    if (operand_sign(k) >= 0) return exact_int(st, a.v[0]);
    if (operand_sign(x) == 0) return Value::from_int(0);
    // 10**-ndigits beyond twice |x| rounds everything to 0 (and could not be computed anyway).
    BigRef xb(x);
    if (k.big || static_cast<uint64_t>(-k.small) > xb->decimal_digits_upper_bound()) return Value::from_int(0);
    BigInt pow10;
    if (!BigInt::pow(BigInt::from_int64(10), static_cast<uint64_t>(-k.small), pow10)) return memory_error(st);
    BigInt q, r;
    BigInt::divmod(*xb, pow10, &q, &r);  // 0 <= r < pow10
    int c = (r + r).compare(pow10);
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt::from_int64(1);
    return make_int(st, q * pow10);
}

Value int_format(State& st, Args a) {
    IntOperand x;
    if (!self_int(st, a, "__format__", x) || !one_arg(st, a, "int.__format__")) return Value::error();
    Value spec_v = a.v[1];
    if (!isinstance(st, spec_v, st.str_type))
        return type_error(st, "__format__() argument must be str, not " + type_name(st, spec_v));
    std::string_view spec_text = str_view(spec_v);
    if (spec_text.empty()) return to_str(st, a.v[0]);
    std::string tname = type_name(st, a.v[0]);
    fmt::Spec spec;
    fmt::Error err;
    std::string out;
    bool ok;
    if (!fmt::parse_spec(spec_text, spec, err, tname)) {
        ok = false;
    } else if (fmt::int_needs_float(spec)) {
        bool conv;
        double d = int_to_double_or_raise(st, a.v[0], conv);
        if (!conv) return Value::error();
        ok = fmt::format_float(d, spec, out, err, tname);
    } else {
        std::string digits;
        bool negative;
        int base = spec.type == 'c' ? 10 : fmt::int_base(spec);
        if (!magnitude_digits(st, x, base, digits, negative)) return Value::error();
        ok = fmt::format_int(negative, digits, spec, out, err, tname);
    }
    if (!ok) {
        Type* t = err.kind == fmt::ErrorKind::overflow_error ? st.exc.OverflowError
                  : err.kind == fmt::ErrorKind::memory_error ? st.exc.MemoryError
                                                             : st.exc.ValueError;
        return raise(st, t, err.message);
    }
    return str_value(st, out);
}

Value int_divmod_method(State& st, Args a, bool reflected) {
    IntOperand x, y;
    if (!self_int(st, a, reflected ? "__rdivmod__" : "__divmod__", x) ||
        !one_arg(st, a, reflected ? "int.__rdivmod__" : "int.__divmod__"))
        return Value::error();
    if (!int_operand(st, a.v[1], y)) return Value::not_implemented();
    return reflected ? int_divmod_values(st, y, x) : int_divmod_values(st, x, y);
}
Value int_divmod_m(State& st, Args a) { return int_divmod_method(st, a, false); }
Value int_rdivmod_m(State& st, Args a) { return int_divmod_method(st, a, true); }

Value int_get_self(State& st, Value self) { return exact_int(st, self); }
Value int_get_zero(State& st, Value self) { return Value::from_int(0); }
Value int_get_one(State& st, Value self) { return Value::from_int(1); }

void trace_nothing(Object*, Tracer&) {}
void destroy_int(Heap& heap, Object* self) {
    BigInt& v = static_cast<Int*>(self)->value;
    heap.remove_external(v.heap_bytes());
    v.~BigInt();
}
const GcOps kIntGc{trace_nothing, destroy_int};

const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length, MethodKind::Method, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, MethodKind::Method, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, MethodKind::Method, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, MethodKind::Class, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, MethodKind::Method, "Return integer ratio."},
    {"conjugate", int_conjugate, MethodKind::Method, "Returns self, the complex conjugate of any int."},
    {"__round__", int_round, MethodKind::Method, "Rounding an Integral returns itself."},
    {"__trunc__", int_trunc, MethodKind::Method, "Truncating an Integral returns itself."},
    {"__floor__", int_floor, MethodKind::Method, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil, MethodKind::Method, "Ceiling of an Integral returns itself."},
    {"__format__", int_format, MethodKind::Method, nullptr},
    {"__getnewargs__", int_getnewargs, MethodKind::Method, nullptr},
    {"__divmod__", int_divmod_m, MethodKind::Method, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, MethodKind::Method, "Return divmod(value, self)."},
    {nullptr, nullptr},
};

const GetSetDef kIntGetSets[] = {
    {"real", int_get_self},
    {"imag", int_get_zero},
    {"numerator", int_get_self},
    {"denominator", int_get_one},
    {nullptr, nullptr},
};

// ---- bool -------------------------------------------------------------------------------

Value bool_repr(State& st, Value v) {
    return Value::from_object(v.is_true() ? st.names.true_ : st.names.false_);
}

// & | ^ of two bools is a bool; anything else is int arithmetic.
Value bool_and(State& st, Value a, Value b) {
    if (a.is_bool() && b.is_bool()) return Value::from_bool(a.is_true() && b.is_true());
    return int_and(st, a, b);
}
Value bool_or(State& st, Value a, Value b) {
    if (a.is_bool() && b.is_bool()) return Value::from_bool(a.is_true() || b.is_true());
    return int_or(st, a, b);
}
Value bool_xor(State& st, Value a, Value b) {
    if (a.is_bool() && b.is_bool()) return Value::from_bool(a.is_true() != b.is_true());
    return int_xor(st, a, b);
}

Value bool_new(State& st, Type* type, Args a) {
    if (a.kwnames && a.kwnames->size) return type_error(st, "bool() takes no keyword arguments");
    if (a.n > 1) return type_error(st, "bool expected at most 1 argument, got " + std::to_string(a.n));
    if (a.n == 0) return Value::from_bool(false);
    int t = truthy(st, a.v[0]);
    if (t < 0) return Value::error();
    return Value::from_bool(t);
}

}  // namespace

// ---- divmod and three-argument pow --------------------------------------------------------

namespace {

// Is v an int, bool or float of exactly those types (no subclass that could override)?
bool plain_number(State& st, Value v) {
    if (v.is_int() || v.is_bool() || v.is_double()) return true;
    return v.is_object() && (v.as_object()->type == st.int_type || v.as_object()->type == st.float_type);
}

}  // namespace

Value number_divmod(State& st, Value a, Value b) {
    if (!plain_number(st, a) || !plain_number(st, b)) return Value::not_implemented();
    if (!a.is_double() && !b.is_double()) {
        IntOperand x, y;
        int_operand(st, a, x);
        int_operand(st, b, y);
        return int_divmod_values(st, x, y);
    }
    double x, y;
    if (!to_double(st, a, x) || !to_double(st, b, y)) return Value::error();
    return float_divmod(st, x, y);
}

Value number_pow_mod(State& st, Value base, Value exp, Value mod) {
    if (mod.is_none()) return binary_op(st, base, exp, BinOp::Pow);
    auto numeric = [&](Value v) { return is_int(st, v) || is_float(st, v); };
    // A class's own __pow__ takes the modulus (CPython's ternary power never uses __rpow__);
    // ints and floats, subclasses that keep their __pow__ included, are computed here.
    Str* pow_name = intern(st, "__pow__");
    if (!pow_name) return Value::error();
    Type* t = type_of(st, base);
    Type* builtin = is_int(st, base) ? st.int_type : st.float_type;
    bool own_pow = (t->flags & kTypeHeap) && numeric(base) &&
                   !type_lookup(st, t, pow_name).is(type_lookup(st, builtin, pow_name));
    if (!numeric(base) || own_pow) {
        Value r = call_special(st, base, pow_name, {exp, mod});
        if (r.is_error() || (!r.is_missing() && !r.is_not_implemented())) return r;
    }
    if (!numeric(base) || own_pow || !numeric(exp) || !numeric(mod))
        return type_error(st, "unsupported operand type(s) for ** or pow(): '" + type_name(st, base) + "', '" +
                                  type_name(st, exp) + "', '" + type_name(st, mod) + "'");
    if (!is_int(st, base) || !is_int(st, exp) || !is_int(st, mod))
        return type_error(st, "pow() 3rd argument not allowed unless all arguments are integers");
    IntOperand b, e, m;
    int_operand(st, base, b);
    int_operand(st, exp, e);
    int_operand(st, mod, m);
    if (operand_sign(m) == 0) return value_error(st, "pow() 3rd argument cannot be 0");
    if (!b.big && !e.big && !m.big && e.small >= 0 && m.small != INT64_MIN) {
        // Square and multiply in 128-bit arithmetic, then give the result the modulus's sign.
        const int64_t mm = m.small < 0 ? -m.small : m.small;
        int64_t r0 = b.small % mm;
        unsigned __int128 acc = 1 % static_cast<uint64_t>(mm), sq = static_cast<uint64_t>(r0 < 0 ? r0 + mm : r0);
        for (uint64_t k = static_cast<uint64_t>(e.small); k; k >>= 1) {
            if (k & 1) acc = acc * sq % static_cast<uint64_t>(mm);
            sq = sq * sq % static_cast<uint64_t>(mm);
        }
        int64_t r = static_cast<int64_t>(acc);
        if (m.small < 0 && r != 0) r -= mm;
        return make_int(st, r);
    }
    BigInt out;
    if (!BigInt::powmod(*BigRef(b), *BigRef(e), *BigRef(m), out))
        return value_error(st, "base is not invertible for the given modulus");
    return make_int(st, std::move(out));
}

// ---- Type setup -----------------------------------------------------------------------------

void init_int_type(State& st) {
    Type* t = st.int_type;
    t->gc = &kIntGc;
    t->basicsize = sizeof(Int);
    t->flags |= kTypeBaseType | kTypeIntSubclass;
    t->repr = int_repr;
    t->hash = int_hash_slot;
    t->compare = int_compare;
    t->truth = int_truth;
    auto set = [t](BinOp op, BinaryFn fn) { t->binop[static_cast<int>(op)] = fn; };
    set(BinOp::Add, int_add);
    set(BinOp::Sub, int_sub);
    set(BinOp::Mul, int_mul);
    set(BinOp::TrueDiv, int_truediv);
    set(BinOp::FloorDiv, int_floordiv);
    set(BinOp::Mod, int_mod);
    set(BinOp::Pow, int_pow);
    set(BinOp::LShift, int_lshift);
    set(BinOp::RShift, int_rshift);
    set(BinOp::And, int_and);
    set(BinOp::Or, int_or);
    set(BinOp::Xor, int_xor);
    t->neg = int_neg;
    t->pos = int_pos;
    t->invert = int_invert;
    t->abs = int_abs;
    t->index = int_pos;
    t->to_int = int_pos;
    t->to_float = int_to_float_slot;
    t->new_ = int_new;
    add_methods(st, t, kIntMethods);
    add_getsets(st, t, kIntGetSets);
    // The core keeps a built-in type's __doc__ in its dict (add_methods made it).
    dict_set_str(st, t->dict, st.names.doc,
                 str_value(st, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
                               "integer, or return 0 if no arguments\nare given.  If x is a number, return "
                               "x.__int__().  For floating point\nnumbers, this truncates towards zero."));
}

void init_bool_type(State& st) {
    Type* t = st.bool_type;
    t->base = st.int_type;
    t->gc = &kIntGc;
    t->basicsize = sizeof(Int);
    t->flags |= kTypeIntSubclass;  // not kTypeBaseType: bool cannot be subclassed
    t->repr = bool_repr;
    t->binop[static_cast<int>(BinOp::And)] = bool_and;
    t->binop[static_cast<int>(BinOp::Or)] = bool_or;
    t->binop[static_cast<int>(BinOp::Xor)] = bool_xor;
    t->new_ = bool_new;
}

}  // namespace krait
