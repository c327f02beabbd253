// float: see float.hpp. Arithmetic follows CPython's floatobject.c case by case (signed
// zeros, infinities and NaNs included); mixed int/float operations convert the int exactly
// or raise OverflowError, and comparisons between ints and floats are exact.
#include "runtime/float.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "runtime/args.hpp"
#include "runtime/bigint.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "support/pyrepr.hpp"

namespace krait {
namespace {

// Classes inherit the flag from their bases (runtime/type.cpp), so no MRO walk is needed.
bool is_float_type(Type* t, Type* float_type) { return t == float_type || (t->flags & kTypeFloatSubclass); }

// An operand of a float operation as a double: 1 for a float or an int (converted), 0 for
// anything else (NotImplemented), -1 when an int is too large (OverflowError raised).
int float_operand(State& st, Value v, double& out) {
    if (v.is_double()) {
        out = v.as_double();
        return 1;
    }
    if (v.is_int()) {
        out = static_cast<double>(v.as_int());
        return 1;
    }
    if (v.is_bool()) {
        out = v.is_true();
        return 1;
    }
    if (!v.is_object()) return 0;
    if (is_float_type(v.as_object()->type, st.float_type)) {
        out = float_value(v);
        return 1;
    }
    if (!is_int(st, v)) return 0;
    bool ok;
    out = int_to_double_or_raise(st, v, ok);
    return ok ? 1 : -1;
}

// Both operands of a binary float slot, in CPython's order (the left one converts first).
#define KRAIT_FLOAT_OPERANDS                                                  \
    double x, y;                                                              \
    if (a.is_double() && b.is_double()) {                                     \
        x = a.as_double();                                                    \
        y = b.as_double();                                                    \
    } else {                                                                  \
        int ra = float_operand(st, a, x);                                     \
        if (ra <= 0) return ra < 0 ? Value::error() : Value::not_implemented(); \
        int rb = float_operand(st, b, y);                                     \
        if (rb <= 0) return rb < 0 ? Value::error() : Value::not_implemented(); \
    }

Value float_add(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    return Value::from_double(x + y);
}

Value float_sub(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    return Value::from_double(x - y);
}

Value float_mul(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    return Value::from_double(x * y);
}

Value float_truediv(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    if (y == 0.0) return zero_division(st, "float division by zero");
    return Value::from_double(x / y);
}

// Python's modulo: the remainder takes the divisor's sign (a zero one too).
double float_mod_value(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

// Floor division consistent with float_mod_value: x == floordiv * y + mod as nearly as
// rounding allows (CPython's _float_div_mod).
void float_divmod_values(double x, double y, double& floordiv, double& mod) {
    mod = std::fmod(x, y);
    double div = (x - mod) / y;  // computed before mod's sign fix-up: that keeps -5.0 // inf == -1.0
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
}

Value float_floordiv(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    if (y == 0.0) return zero_division(st, "float floor division by zero");
    double q, r;
    float_divmod_values(x, y, q, r);
    return Value::from_double(q);
}

Value float_mod(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    if (y == 0.0) return zero_division(st, "float modulo");
    return Value::from_double(float_mod_value(x, y));
}

Value float_pow_slot(State& st, Value a, Value b) {
    KRAIT_FLOAT_OPERANDS
    return float_pow(st, x, y);
}

#undef KRAIT_FLOAT_OPERANDS

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

bool compare_doubles(double x, double y, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return x < y;
        case CmpOp::Le: return x <= y;
        case CmpOp::Eq: return x == y;
        case CmpOp::Ne: return x != y;
        case CmpOp::Gt: return x > y;
        case CmpOp::Ge: return x >= y;
    }
    return false;
}

// x op i for a double and an int, exactly (CPython compares the int's value, not its
// rounding: 2**53 + 1 > 2.0**53).
bool compare_with_int(State& st, double x, Value i, CmpOp op) {
    constexpr int64_t kExact = int64_t(1) << 53;
    int64_t small;
    if (int_to_int64(st, i, small) && small >= -kExact && small <= kExact)
        return compare_doubles(x, static_cast<double>(small), op);
    BigInt::Order o = to_bigint(st, i).compare_double(x);  // the int relative to x
    if (o == BigInt::Order::Unordered) return op == CmpOp::Ne;
    int c = -static_cast<int>(o);
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

Value float_compare(State& st, Value a, Value b, CmpOp op) {
    if (a.is_double() && b.is_double()) return Value::from_bool(compare_doubles(a.as_double(), b.as_double(), op));
    if (!is_float(st, a)) {
        std::swap(a, b);
        op = swapped(op);
        if (!is_float(st, a)) return Value::not_implemented();
    }
    double x = float_value(a);
    if (is_float(st, b)) return Value::from_bool(compare_doubles(x, float_value(b), op));
    if (is_int(st, b)) return Value::from_bool(compare_with_int(st, x, b, op));
    return Value::not_implemented();
}

Value float_repr(State& st, Value v) { return float_repr_value(st, float_value(v)); }

bool float_hash_slot(State& st, Value v, int64_t& out) {
    out = float_hash(float_value(v));
    return true;
}

int float_truth(State& st, Value v) { return float_value(v) != 0.0; }

Value float_neg(State& st, Value v) { return Value::from_double(-float_value(v)); }
Value float_pos(State& st, Value v) { return Value::from_double(float_value(v)); }
Value float_abs(State& st, Value v) { return Value::from_double(std::fabs(float_value(v))); }
Value float_to_int(State& st, Value v) { return int_from_double(st, float_value(v)); }

// ---- Parsing ------------------------------------------------------------------------------

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != b[i]) return false;
    return true;
}

// CPython's _Py_parse_inf_or_nan on the whole of s (sign included): false when s is not one.
bool parse_inf_or_nan(std::string_view s, double& out) {
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (iequals(s, "inf") || iequals(s, "infinity")) out = HUGE_VAL;
    else if (iequals(s, "nan")) out = NAN;
    else return false;
    out = negative ? -out : out;
    return true;
}

// float(str) on ASCII text: surrounding whitespace, single underscores between digits, a
// sign, inf/infinity/nan in any case, or digits with an optional point and exponent.
bool parse_float_text(std::string_view s, double& out) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    if (s.empty()) return false;
    std::string cleaned;
    if (s.find('_') != std::string_view::npos) {
        cleaned.push_back(s[0]);
        for (size_t i = 1; i < s.size(); ++i) {
            char prev = s[i - 1], c = s[i];
            if (c == '_') {
                if (!is_digit(prev)) return false;
            } else {
                if (prev == '_' && !is_digit(c)) return false;
                cleaned.push_back(c);
            }
        }
        if (s.back() == '_') return false;
        s = cleaned;
    }
    if (parse_inf_or_nan(s, out)) return true;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    size_t i = 0, mantissa_digits = 0;
    bool nonzero = false;
    while (i < s.size() && is_digit(s[i])) nonzero |= s[i++] != '0', ++mantissa_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) nonzero |= s[i++] != '0', ++mantissa_digits;
    }
    if (mantissa_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        size_t exp_start = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i == exp_start) return false;
    }
    if (i != s.size()) return false;
    // A zero mantissa is zero whatever the exponent (which could be out of range).
    double v = nonzero ? pyrepr::parse_float(s) : 0.0;
    out = negative ? -v : v;
    return true;
}

// v.__float__() through the type's slot, checked to be a float.
bool call_to_float(State& st, Type* t, Value v, double& out) {
    Value f = t->to_float(st, v);
    if (f.is_error()) return false;
    if (!is_float(st, f)) {
        type_error(st, type_name(st, v) + ".__float__ returned non-float (type " + type_name(st, f) + ")");
        return false;
    }
    out = float_value(f);
    return true;
}

// __index__, then the int as a double.
bool index_to_double(State& st, Value v, double& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    bool ok;
    out = int_to_double_or_raise(st, i, ok);
    return ok;
}

// float(x) for one argument (PyNumber_Float): a subclass's __float__ is called even on a
// float subclass instance.
Value number_to_float(State& st, Value v) {
    if (v.is_double()) return v;
    Type* t = type_of(st, v);
    double d;
    if (t->to_float) return call_to_float(st, t, v, d) ? Value::from_double(d) : Value::error();
    if (t->index) return index_to_double(st, v, d) ? Value::from_double(d) : Value::error();
    if (is_float(st, v)) return Value::from_double(float_value(v));
    std::string_view text;
    std::string ascii;
    if (isinstance(st, v, st.str_type)) {
        ascii = numeric_ascii(str_view(v));
        text = ascii;
    } else if (!bytes_like(st, v, text)) {
        return type_error(st, "float() argument must be a string or a real number, not '" + type_name(st, v) + "'");
    }
    if (parse_float_text(text, d)) return Value::from_double(d);
    Value r = repr(st, v);
    if (r.is_error()) return r;
    return value_error(st, "could not convert string to float: " + std::string(str_view(r)));
}

Value float_new(State& st, Type* type, Args a) {
    if (a.kwnames && a.kwnames->size) return type_error(st, "float() takes no keyword arguments");
    if (a.n > 1) return type_error(st, "float expected at most 1 argument, got " + std::to_string(a.n));
    Value r = a.n == 0 ? Value::from_double(0.0) : number_to_float(st, a.v[0]);
    if (r.is_error() || type == st.float_type) return r;
    auto* o = st.heap.make<FloatObject>(type);
    if (!o) return raise_no_memory(st);
    o->value = r.as_double();
    return Value::from_object(o);
}

// ---- Methods ------------------------------------------------------------------------------

bool self_float(State& st, Args a, const char* method, double& x) {
    if (a.n >= 1 && is_float(st, a.v[0])) {
        x = float_value(a.v[0]);
        return true;
    }
    type_error(st, std::string("descriptor '") + method + "' for 'float' objects doesn't apply to a '" +
                       (a.n ? type_name(st, a.v[0]) : std::string("NoneType")) + "' object");
    return false;
}

bool no_args(State& st, Args a, const char* qualname) {
    if (a.kwnames && a.kwnames->size) {
        type_error(st, std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    if (a.n <= 1) return true;
    type_error(st, std::string(qualname) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
    return false;
}

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

Value float_is_integer(State& st, Args a) {
    double x;
    if (!self_float(st, a, "is_integer", x) || !no_args(st, a, "float.is_integer")) return Value::error();
    return Value::from_bool(std::isfinite(x) && std::floor(x) == x);
}

Value float_as_integer_ratio(State& st, Args a) {
    double x;
    if (!self_float(st, a, "as_integer_ratio", x) || !no_args(st, a, "float.as_integer_ratio")) return Value::error();
    if (std::isinf(x)) return overflow_error(st, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) return value_error(st, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(x, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --e;
    }
    BigInt num, den;
    BigInt::from_double(m).shl(static_cast<uint64_t>(e > 0 ? e : 0), num);
    BigInt::from_int64(1).shl(static_cast<uint64_t>(e > 0 ? 0 : -e), den);
    Value n = make_int(st, std::move(num));
    if (n.is_error()) return n;
    Value d = make_int(st, std::move(den));
    if (d.is_error()) return d;
    Tuple* t = make_tuple(st, {n, d});
    return t ? Value::from_object(t) : Value::error();
}

std::string float_hex_text(double x) {
    if (!std::isfinite(x)) return pyrepr::float_repr(x);
    if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);  // subnormals keep a leading 0 digit
    m = std::ldexp(m, shift);
    e -= shift;
    static const char kHex[] = "0123456789abcdef";
    std::string s = x < 0 ? "-0x" : "0x";
    int d = static_cast<int>(m);
    s.push_back(kHex[d]);
    m -= d;
    s.push_back('.');
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        d = static_cast<int>(m);
        s.push_back(kHex[d]);
        m -= d;
    }
    s.push_back('p');
    s.push_back(e < 0 ? '-' : '+');
    s += std::to_string(e < 0 ? -e : e);
    return s;
}

Value float_hex(State& st, Args a) {
    double x;
    if (!self_float(st, a, "hex", x) || !no_args(st, a, "float.hex")) return Value::error();
    return str_value(st, float_hex_text(x));
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

enum class HexResult { Ok, Invalid, Overflow };

// float.fromhex's grammar: [sign] ['0x'] digits ['.' digits] ['p' [sign] decimal digits], or
// inf/infinity/nan, with surrounding whitespace; rounded half to even.
HexResult parse_hex_float(std::string_view s, double& out) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    if (parse_inf_or_nan(s, out)) return HexResult::Ok;
    size_t i = 0, n = s.size();
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    std::string digits;
    int64_t fraction_digits = 0;
    while (i < n && hex_digit(s[i]) >= 0) digits.push_back(s[i++]);
    if (i < n && s[i] == '.') {
        ++i;
        while (i < n && hex_digit(s[i]) >= 0) {
            digits.push_back(s[i++]);
            ++fraction_digits;
        }
    }
    if (digits.empty()) return HexResult::Invalid;
    int64_t exp = 0;
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
        ++i;
        bool exp_negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
        if (i == n || !is_digit(s[i])) return HexResult::Invalid;
        while (i < n && is_digit(s[i])) {
            if (exp < (int64_t(1) << 50)) exp = exp * 10 + (s[i] - '0');  // saturates: far beyond any double
            ++i;
        }
        if (exp_negative) exp = -exp;
    }
    if (i != n) return HexResult::Invalid;
    BigInt m = BigInt::from_digits(digits, 16);
    int64_t e = exp - 4 * fraction_digits;  // the value is m * 2**e
    double v = 0.0;
    if (!m.is_zero()) {
        int64_t top = static_cast<int64_t>(m.bit_length()) + e;  // 2**(top-1) <= value < 2**top
        if (top > DBL_MAX_EXP + 1) return HexResult::Overflow;
        if (top >= DBL_MIN_EXP - DBL_MANT_DIG - 1) {
            if (e >= 0) {
                BigInt shifted;
                m.shl(static_cast<uint64_t>(e), shifted);
                if (!shifted.to_double(v)) return HexResult::Overflow;
            } else {
                BigInt den;
                BigInt::from_int64(1).shl(static_cast<uint64_t>(-e), den);
                if (!BigInt::true_divide(m, den, v)) return HexResult::Overflow;
            }
        }
    }
    out = negative ? -v : v;
    return HexResult::Ok;
}

Value float_fromhex(State& st, Args a) {
    // A class method: a.v[0] is the class.
    if (!one_arg(st, a, "float.fromhex")) return Value::error();
    Value arg = a.v[1];
    if (!isinstance(st, arg, st.str_type))
        return type_error(st, "fromhex() argument must be str, not " + type_name(st, arg));
    double d;
    switch (parse_hex_float(str_view(arg), d)) {
        case HexResult::Ok: break;
        case HexResult::Invalid: return value_error(st, "invalid hexadecimal floating-point string");
        case HexResult::Overflow: return overflow_error(st, "hexadecimal value too large to represent as a float");
    }
    Value r = Value::from_double(d);
    if (a.v[0].is(Value::from_object(st.float_type))) return r;
    return call(st, a.v[0], {r});
}

Value float_self(State& st, Args a, const char* name, const char* qualname) {
    double x;
    if (!self_float(st, a, name, x) || !no_args(st, a, qualname)) return Value::error();
    return Value::from_double(x);
}
Value float_conjugate(State& st, Args a) { return float_self(st, a, "conjugate", "float.conjugate"); }

Value float_trunc(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__trunc__", x) || !no_args(st, a, "float.__trunc__")) return Value::error();
    return int_from_double(st, x);
}
Value float_floor(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__floor__", x) || !no_args(st, a, "float.__floor__")) return Value::error();
    return int_from_double(st, std::floor(x));
}
Value float_ceil(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__ceil__", x) || !no_args(st, a, "float.__ceil__")) return Value::error();
    return int_from_double(st, std::ceil(x));
}

Value float_getnewargs(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__getnewargs__", x) || !no_args(st, a, "float.__getnewargs__")) return Value::error();
    Tuple* t = make_tuple(st, {Value::from_double(x)});
    return t ? Value::from_object(t) : Value::error();
}

// q = num / den rounded half to even (den > 0).
BigInt divide_half_even(const BigInt& num, const BigInt& den) {
    BigInt q, r;
    BigInt::divmod(num, den, &q, &r);
    int c = (r + r).compare(den);
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt::from_int64(1);
    return q;
}

// round(x, ndigits) as CPython's double_round: the exact binary value rounded half to even
// at the decimal position, then correctly rounded back to a double. False on overflow.
bool round_double(double x, int64_t ndigits, double& out) {
    // Beyond these every double is unchanged, or rounds to zero (CPython's NDIGITS_MAX/MIN).
    constexpr int64_t kMax = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    constexpr int64_t kMin = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
    out = x;
    if (!std::isfinite(x) || x == 0.0 || ndigits > kMax) return true;
    if (ndigits < kMin) {
        out = 0.0 * x;
        return true;
    }
    int e;
    double m = std::frexp(std::fabs(x), &e);
    BigInt mant = BigInt::from_double(std::ldexp(m, DBL_MANT_DIG));
    int64_t k = e - DBL_MANT_DIG;  // |x| == mant * 2**k
    BigInt one = BigInt::from_int64(1), ten = BigInt::from_int64(10), p, two_k;
    double v;
    if (ndigits >= 0) {
        if (k >= 0) return true;  // an integer already
        BigInt::pow(ten, static_cast<uint64_t>(ndigits), p);
        one.shl(static_cast<uint64_t>(-k), two_k);
        BigInt q = divide_half_even(mant * p, two_k);
        BigInt::true_divide(q, p, v);
    } else {
        BigInt::pow(ten, static_cast<uint64_t>(-ndigits), p);
        BigInt num = mant, den = p;
        if (k >= 0) mant.shl(static_cast<uint64_t>(k), num);
        else {
            one.shl(static_cast<uint64_t>(-k), two_k);
            den = p * two_k;
        }
        BigInt q = divide_half_even(num, den);
        if (!(q * p).to_double(v)) return false;
    }
    out = std::copysign(v, x);
    return true;
}

Value float_round(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__round__", x)) return Value::error();
    Value nd;
    if (!parse_args(st, Args{a.v + 1, a.n - 1, a.kwnames}, Signature{"__round__", {"ndigits"}, 0, 1}, &nd))
        return Value::error();
    if (nd.is_missing() || nd.is_none()) {
        double r = std::round(x);
        if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);  // halves go to even
        return int_from_double(st, r);
    }
    int64_t n;
    if (!to_index_clamped(st, nd, n)) return Value::error();
    double r;
    if (!round_double(x, n, r)) return overflow_error(st, "rounded value too large to represent");
    return Value::from_double(r);
}

Value float_format(State& st, Args a) {
    double x;
    if (!self_float(st, a, "__format__", x) || !one_arg(st, a, "float.__format__")) return Value::error();
    Value spec_v = a.v[1];
    if (!isinstance(st, spec_v, st.str_type))
        return type_error(st, "__format__() argument must be str, not " + type_name(st, spec_v));
    std::string_view spec_text = str_view(spec_v);
    if (spec_text.empty()) return to_str(st, a.v[0]);
    std::string tname = type_name(st, a.v[0]);
    fmt::Spec spec;
    fmt::Error err;
    std::string out;
    if (!fmt::parse_spec(spec_text, spec, err, tname) || !fmt::format_float(x, spec, out, err, tname)) {
        Type* t = err.kind == fmt::ErrorKind::overflow_error ? st.exc.OverflowError
                  : err.kind == fmt::ErrorKind::memory_error ? st.exc.MemoryError
                                                             : st.exc.ValueError;
        return raise(st, t, err.message);
    }
    return str_value(st, out);
}

Value float_divmod_method(State& st, Args a, bool reflected) {
    double x, y;
    if (!self_float(st, a, reflected ? "__rdivmod__" : "__divmod__", x) ||
        !one_arg(st, a, reflected ? "float.__rdivmod__" : "float.__divmod__"))
        return Value::error();
    int r = float_operand(st, a.v[1], y);
    if (r <= 0) return r < 0 ? Value::error() : Value::not_implemented();
    return reflected ? float_divmod(st, y, x) : float_divmod(st, x, y);
}
Value float_divmod_m(State& st, Args a) { return float_divmod_method(st, a, false); }
Value float_rdivmod_m(State& st, Args a) { return float_divmod_method(st, a, true); }

Value float_getformat(State& st, Args a) {
    if (!one_arg(st, a, "float.__getformat__")) return Value::error();
    Value arg = a.v[1];
    if (!isinstance(st, arg, st.str_type))
        return type_error(st, "__getformat__() argument must be str, not " + type_name(st, arg));
    std::string_view s = str_view(arg);
    if (s != "double" && s != "float") return value_error(st, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_value(st, "IEEE, little-endian");
}

Value float_get_real(State& st, Value self) { return Value::from_double(float_value(self)); }
Value float_get_imag(State& st, Value self) { return Value::from_double(0.0); }

void trace_nothing(Object*, Tracer&) {}
const GcOps kFloatGc{trace_nothing, nullptr};

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer, MethodKind::Method, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, MethodKind::Method, "Return integer ratio."},
    {"hex", float_hex, MethodKind::Method, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, MethodKind::Class, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", float_conjugate, MethodKind::Method, "Return self, the complex conjugate of any float."},
    {"__round__", float_round, MethodKind::Method, "Return the Integral closest to x, rounding half toward even."},
    {"__trunc__", float_trunc, MethodKind::Method, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, MethodKind::Method, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, MethodKind::Method, "Return the ceiling as an Integral."},
    {"__format__", float_format, MethodKind::Method, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, MethodKind::Method, nullptr},
    {"__divmod__", float_divmod_m, MethodKind::Method, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, MethodKind::Method, "Return divmod(value, self)."},
    {"__getformat__", float_getformat, MethodKind::Class, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real},
    {"imag", float_get_imag},
    {nullptr, nullptr},
};

}  // namespace

bool is_float(State& st, Value v) {
    if (v.is_double()) return true;
    return v.is_object() && is_float_type(v.as_object()->type, st.float_type);
}

double float_value(Value v) {
    return v.is_double() ? v.as_double() : static_cast<FloatObject*>(v.as_object())->value;
}

bool to_double(State& st, Value v, double& out) {
    int r = float_operand(st, v, out);
    if (r != 0) return r > 0;
    Type* t = type_of(st, v);
    if (t->to_float) return call_to_float(st, t, v, out);
    if (t->index) return index_to_double(st, v, out);
    type_error(st, "must be real number, not " + type_name(st, v));
    return false;
}

int64_t float_hash(double d) {
    // CPython's _Py_HashDouble: the value's residue modulo the prime 2**61 - 1, so that equal
    // ints and floats hash alike; 28 bits of mantissa at a time.
    constexpr int kBits = 61;
    constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    auto h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

Value float_repr_value(State& st, double d) { return str_value(st, pyrepr::float_repr(d)); }

Value float_pow(State& st, double x, double y) {
    // CPython's float_pow settles the special cases itself rather than trusting libm.
    if (y == 0.0) return Value::from_double(1.0);
    if (std::isnan(x)) return Value::from_double(x);
    if (std::isnan(y)) return Value::from_double(x == 1.0 ? 1.0 : y);
    if (std::isinf(y)) {
        double ax = std::fabs(x);
        if (ax == 1.0) return Value::from_double(1.0);
        if ((y > 0.0) == (ax > 1.0)) return Value::from_double(std::fabs(y));
        return Value::from_double(0.0);
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0) return Value::from_double(odd ? x : std::fabs(x));
        return Value::from_double(odd ? std::copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0) return zero_division(st, "0.0 cannot be raised to a negative power");
        return Value::from_double(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != std::floor(y)) return value_error(st, "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return Value::from_double(negate ? -1.0 : 1.0);
    double r = std::pow(x, y);
    if (std::isinf(r)) {
        // OverflowError(errno, strerror), as CPython's PyErr_SetFromErrno(ERANGE).
        Value message = str_value(st, "Numerical result out of range");
        if (message.is_error()) return message;
        Root keep(st.heap, message);
        Value exc = call(st, Value::from_object(st.exc.OverflowError), {Value::from_int(34), message});
        if (exc.is_error()) return exc;
        return raise(st, exc);
    }
    return Value::from_double(negate ? -r : r);
}

Value float_divmod(State& st, double x, double y) {
    if (y == 0.0) return zero_division(st, "float divmod()");
    double q, r;
    float_divmod_values(x, y, q, r);
    Tuple* t = make_tuple(st, {Value::from_double(q), Value::from_double(r)});
    return t ? Value::from_object(t) : Value::error();
}

void init_float_type(State& st) {
    Type* t = st.float_type;
    t->gc = &kFloatGc;
    t->basicsize = sizeof(FloatObject);
    t->flags |= kTypeBaseType | kTypeFloatSubclass;
    t->repr = float_repr;
    t->hash = float_hash_slot;
    t->compare = float_compare;
    t->truth = float_truth;
    auto set = [t](BinOp op, BinaryFn fn) { t->binop[static_cast<int>(op)] = fn; };
    set(BinOp::Add, float_add);
    set(BinOp::Sub, float_sub);
    set(BinOp::Mul, float_mul);
    set(BinOp::TrueDiv, float_truediv);
    set(BinOp::FloorDiv, float_floordiv);
    set(BinOp::Mod, float_mod);
    set(BinOp::Pow, float_pow_slot);
    t->neg = float_neg;
    t->pos = float_pos;
    t->abs = float_abs;
    t->to_int = float_to_int;
    t->to_float = float_pos;
    t->new_ = float_new;
    add_methods(st, t, kFloatMethods);
    add_getsets(st, t, kFloatGetSets);
    // The core keeps a built-in type's __doc__ in its dict (add_methods made it).
    dict_set_str(st, t->dict, st.names.doc,
                 str_value(st, "Convert a string or number to a floating point number, if possible."));
}

}  // namespace krait
