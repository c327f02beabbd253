#include "runtime/format.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <new>
#include <stdexcept>

#include "support/utf8.hpp"

namespace krait::fmt {

namespace {

// CPython passes float precisions to its dtoa as a C int.
constexpr int64_t kIntMax = INT_MAX;

// A double's exact decimal expansion has at most 767 significant digits and 1074 digits after
// the point, so asking for more only appends zeros: digits are computed up to these caps and
// the rest of a huge precision is a count of zeros, never a buffer.
constexpr int kMaxSignificant = 800;
constexpr int kMaxFixed = 1100;

// The zero of every run of Unicode decimal digits (each run holds the ten values 0-9), from
// python3.11's unicodedata (Unicode 14.0). CPython reads spec widths with Py_UNICODE_TODECIMAL,
// so format(5, '\u0661\u0660') pads to ten.
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int decimal_value(char32_t c) {
    auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), c);
    if (it == std::begin(kDecimalZeros)) return -1;
    char32_t offset = c - it[-1];
    return offset < 10 ? static_cast<int>(offset) : -1;
}

bool fail(Error& err, std::string message, ErrorKind kind = ErrorKind::value_error) {
    err.kind = kind;
    err.message = std::move(message);
    return false;
}

bool too_big(Error& err) { return fail(err, "", ErrorKind::memory_error); }

// How CPython's messages show a presentation type: itself when printable ASCII, else \x...
std::string show_type(char32_t t) {
    if (t > 32 && t < 128) return std::string(1, static_cast<char>(t));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(t));
    return buf;
}

bool unknown_type(Error& err, char32_t t, std::string_view type_name) {
    return fail(err, "Unknown format code '" + show_type(t) + "' for object of type '" +
                         std::string(type_name.substr(0, 200)) + "'");
}

// The separator check CPython makes at the end of parsing, against the type after defaulting.
bool check_grouping(const Spec& s, char32_t type, Error& err) {
    if (!s.grouping) return true;
    switch (type) {
    case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        return true;
    case 'b': case 'o': case 'x': case 'X':
        if (s.grouping == '_') return true;
        break;
    default:
        break;
    }
    return fail(err, std::string("Cannot specify '") + s.grouping + "' with '" + show_type(type) + "'.");
}

std::u32string code_points(std::string_view s) {
    std::u32string cps;
    for (size_t i = 0; i < s.size();) {
        int32_t c = utf8::decode_lenient(s, i);
        if (c < 0) c = static_cast<unsigned char>(s[i++]);  // not valid UTF-8: take the byte
        cps += static_cast<char32_t>(c);
    }
    return cps;
}

// Reads decimal digits at cps[pos], as CPython's get_integer: `count` is how many were read.
bool read_number(const std::u32string& cps, size_t& pos, int64_t& value, size_t& count, Error& err) {
    value = 0;
    count = 0;
    for (; pos < cps.size(); ++pos, ++count) {
        int d = decimal_value(cps[pos]);
        if (d < 0) break;
        if (value > (INT64_MAX - d) / 10) return fail(err, "Too many decimal digits in format string");
        value = value * 10 + d;
    }
    return true;
}

size_t byte_offset_of_code_point(std::string_view s, uint64_t n) {
    size_t i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == 0) break;
            --n;
        }
    }
    return i;
}

void append_fill(std::string& out, const std::string& fill, uint64_t count) {
    if (fill.size() == 1) {
        out.append(count, fill[0]);
        return;
    }
    for (uint64_t i = 0; i < count; ++i) out += fill;
}

// Runs a formatting step so that running out of memory becomes a MemoryError and a failure
// leaves `out` as it was.
template <class F>
bool guarded(std::string& out, Error& err, F&& step) {
    size_t start = out.size();
    bool ok;
    try {
        ok = step();
    } catch (const std::bad_alloc&) {
        ok = too_big(err);
    } catch (const std::length_error&) {
        ok = too_big(err);
    }
    if (!ok) out.resize(start);
    return ok;
}

// ---- the layout of a formatted number ----

// A number in CPython's pieces: sign, prefix ('0x'), the integer digits that grouping and zero
// padding apply to, a decimal point, and the remainder: fraction digits, then a run of zeros,
// then a tail (exponent, '%', inf/nan, or the character of format(i, 'c')).
struct Number {
    bool negative = false;
    std::string_view prefix;
    std::string_view digits;
    bool upper = false;  // write digits upper case ('X')
    bool point = false;
    std::string_view frac;
    uint64_t zeros = 0;
    std::string_view tail;
    uint64_t tail_cps = 0;  // code points in tail
};

// How many digit characters (the digits plus leading zeros) the integer part takes when zero
// padding must fill min_width with groups of `group` digits (0: no grouping) joined by
// one-character separators. CPython never starts with a separator, so the result is the
// fewest digits that reach min_width, which may overshoot it by one: format(1234, '08,') is
// '0,001,234'.
uint64_t padded_digit_count(uint64_t n, int64_t min_width, int group) {
    uint64_t count = std::max<uint64_t>(n, 1);
    if (min_width <= 0) return count;
    uint64_t want = static_cast<uint64_t>(min_width);
    if (group == 0) return std::max(count, want);
    auto grouped = [group](uint64_t x) { return x + (x - 1) / group; };
    if (grouped(count) >= want) return count;
    uint64_t x = want - want / (group + 1);  // within a step or two of the answer
    while (x > count && grouped(x - 1) >= want) --x;
    while (grouped(x) < want) ++x;
    return x;
}

bool emit_number(const Number& num, const Spec& s, int group, char separator, std::string& out, Error& err) {
    char sign = 0;
    if (s.sign == '+') sign = num.negative ? '-' : '+';
    else if (s.sign == ' ') sign = num.negative ? '-' : ' ';
    else if (num.negative) sign = '-';
    const char align = s.align ? s.align : s.zero_pad ? '=' : '>';

    const uint64_t ndigits = num.digits.size();
    const uint64_t rest_cps = num.frac.size() + num.zeros + num.tail_cps;
    const uint64_t non_digit = (sign != 0) + num.prefix.size() + num.point + rest_cps;
    // Zero padding ('0' fill with '=' alignment) goes inside the digits, where grouping sees it.
    const int64_t min_width = s.fill == '0' && align == '=' ? s.width - static_cast<int64_t>(non_digit) : 0;
    const uint64_t padded = ndigits == 0 ? 0 : padded_digit_count(ndigits, min_width, group);
    const uint64_t grouped = padded == 0 ? 0 : padded + (group ? (padded - 1) / group : 0);
    const uint64_t used = non_digit + grouped;
    const uint64_t padding = s.width > 0 && static_cast<uint64_t>(s.width) > used ? s.width - used : 0;
    if (padding > kMaxResultBytes || used > kMaxResultBytes) return too_big(err);

    std::string fill;
    utf8::encode(fill, s.fill);
    uint64_t left = 0, inside = 0, right = 0;
    switch (align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': inside = padding; break;
    default: left = padding; break;
    }
    const uint64_t bytes = used - rest_cps + num.frac.size() + num.zeros + num.tail.size() + padding * fill.size();
    if (bytes > kMaxResultBytes) return too_big(err);
    out.reserve(out.size() + bytes);

    append_fill(out, fill, left);
    if (sign) out += sign;
    out += num.prefix;
    append_fill(out, fill, inside);
    const uint64_t lead = padded - ndigits;
    for (uint64_t i = 0; i < padded; ++i) {
        if (group && i > 0 && (padded - i) % group == 0) out += separator;
        char c = i < lead ? '0' : num.digits[i - lead];
        if (num.upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        out += c;
    }
    if (num.point) out += '.';
    out += num.frac;
    out.append(num.zeros, '0');
    out += num.tail;
    append_fill(out, fill, right);
    return true;
}

// ---- float to text ----

// |v|'s digits in the shape of David Gay's dtoa, which CPython lays out: the value is
// 0.DIGITS x 10^decpt, trailing zeros dropped, and zero is "0" with decpt 1.
struct Digits {
    std::string d;
    int64_t decpt = 1;
};

enum class Rounding { shortest, significant, fixed };

// std::to_chars with a precision is correctly rounded (half to even on the exact binary
// value), which is what dtoa does too; the shortest form gives repr's digits.
Digits float_digits(double a, Rounding how, int n) {
    char buf[1500];
    std::to_chars_result r{};
    switch (how) {
    case Rounding::shortest: r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific); break;
    case Rounding::significant:
        r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, n - 1);
        break;
    case Rounding::fixed: r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, n); break;
    }
    Digits out;
    const char* p = buf;
    int64_t point = -1;
    for (; p < r.ptr && *p != 'e'; ++p) {
        if (*p == '.') point = static_cast<int64_t>(out.d.size());
        else out.d += *p;
    }
    if (point < 0) point = static_cast<int64_t>(out.d.size());
    int exp = 0;
    if (p < r.ptr) {
        ++p;
        if (*p == '+') ++p;
        std::from_chars(p, r.ptr, exp);
    }
    size_t first = out.d.find_first_not_of('0');
    if (first == std::string::npos) {
        out.d = "0";
        out.decpt = 1;
        return out;
    }
    out.d.erase(out.d.find_last_not_of('0') + 1);
    out.d.erase(0, first);
    out.decpt = point - static_cast<int64_t>(first) + exp;
    return out;
}

// A float's text as CPython's PyOS_double_to_string makes it, with the run of trailing zeros
// kept as a count so that huge precisions cost only their output.
struct FloatText {
    bool negative = false;
    std::string int_part;  // empty for inf and nan
    bool point = false;
    std::string frac;
    uint64_t zeros = 0;
    std::string tail;  // exponent, or inf/nan; '%' is added here too

    Number number() const {
        Number n;
        n.negative = negative;
        n.digits = int_part;
        n.point = point;
        n.frac = frac;
        n.zeros = zeros;
        n.tail = tail;
        n.tail_cps = tail.size();
        return n;
    }
};

struct FloatStyle {
    char code = 'r';          // e f g, or r for repr's digits
    bool upper = false;       // E F G: 'E', 'INF', 'NAN'
    int64_t precision = 0;    // as CPython passes it: digits after the point for e and f
    bool alternate = false;   // keep the point and, for g, trailing zeros
    bool add_dot_0 = false;   // the no-type float format: keep a digit after the point
    bool no_neg_zero = false; // 'z'
};

FloatText float_text(double v, const FloatStyle& st) {
    FloatText t;
    if (std::isnan(v)) {  // the sign of a nan is never shown
        t.tail = st.upper ? "NAN" : "nan";
        return t;
    }
    t.negative = std::signbit(v);
    if (std::isinf(v)) {
        t.tail = st.upper ? "INF" : "inf";
        return t;
    }
    const double a = std::fabs(v);
    Digits dg;
    int64_t end;  // digits shown, counted from the first digit of dg.d (after any exponent shift)
    bool use_exp = false;
    switch (st.code) {
    case 'e': {
        // CPython asks dtoa for precision + 1 digits in a C int; at INT_MAX that wraps
        // negative and dtoa falls back to one digit, with no zero padding.
        const bool wrapped = st.precision >= kIntMax;
        const int64_t sig = wrapped ? 1 : st.precision + 1;
        dg = float_digits(a, Rounding::significant, static_cast<int>(std::min<int64_t>(sig, kMaxSignificant)));
        end = wrapped ? static_cast<int64_t>(dg.d.size()) : sig;
        use_exp = true;
        break;
    }
    case 'f':
        dg = float_digits(a, Rounding::fixed, static_cast<int>(std::min<int64_t>(st.precision, kMaxFixed)));
        end = dg.decpt + st.precision;
        break;
    case 'g': {
        const int64_t sig = st.precision == 0 ? 1 : st.precision;
        dg = float_digits(a, Rounding::significant, static_cast<int>(std::min<int64_t>(sig, kMaxSignificant)));
        // Without a type, a precision counts the digit kept after the point.
        const int64_t limit = st.add_dot_0 ? sig - 1 : sig;
        use_exp = dg.decpt <= -4 || dg.decpt > limit;
        end = st.alternate ? sig : static_cast<int64_t>(dg.d.size());
        break;
    }
    default:
        dg = float_digits(a, Rounding::shortest, 0);
        use_exp = dg.decpt <= -4 || dg.decpt > 16;
        end = static_cast<int64_t>(dg.d.size());
        break;
    }
    // 'z' drops the sign of a value that rounded to zero.
    if (st.no_neg_zero && dg.d == "0") t.negative = false;

    int64_t decpt = dg.decpt;
    int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    end = std::max(end, !use_exp && st.add_dot_0 ? decpt + 1 : decpt);
    const int64_t n = static_cast<int64_t>(dg.d.size());
    if (decpt <= 0) {
        t.int_part = "0";
        t.frac.assign(static_cast<size_t>(-decpt), '0');
        t.frac += dg.d;
        t.zeros = static_cast<uint64_t>(end - n);
    } else if (decpt >= n) {
        t.int_part = dg.d;
        t.int_part.append(static_cast<size_t>(decpt - n), '0');
        t.zeros = static_cast<uint64_t>(end - decpt);
    } else {
        t.int_part = dg.d.substr(0, static_cast<size_t>(decpt));
        t.frac = dg.d.substr(static_cast<size_t>(decpt));
        t.zeros = static_cast<uint64_t>(end - n);
    }
    t.point = st.alternate || !t.frac.empty() || t.zeros > 0;
    if (use_exp) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%c%c%02d", st.upper ? 'E' : 'e', exp < 0 ? '-' : '+',
                      static_cast<int>(exp < 0 ? -exp : exp));
        t.tail = buf;
    }
    return t;
}

// CPython's float format codes for PyOS_double_to_string: E F G select upper case, and g
// treats a zero precision as one.
FloatStyle style_for(char32_t type, int64_t precision, bool alternate) {
    FloatStyle st;
    st.upper = type == 'E' || type == 'F' || type == 'G';
    st.code = static_cast<char>(st.upper ? type - 'A' + 'a' : type);
    st.precision = precision;
    st.alternate = alternate;
    return st;
}

// An int's magnitude digits without leading zeros, keeping one for zero.
std::string_view trim_zeros(std::string_view digits) {
    size_t first = digits.find_first_not_of('0');
    if (first == std::string_view::npos) return digits.empty() ? std::string_view("0") : digits.substr(digits.size() - 1);
    return digits.substr(first);
}

// ---- printf-style output ----

// A %-converted number: sign, alternate-form prefix, zeros from an int's precision, then the
// digits (an int's) or the text (a float's). Zero padding goes after the prefix, space padding
// before the sign.
struct PercentNumber {
    bool negative = false;
    std::string_view prefix;  // "0x", "0X", "0o" or empty
    uint64_t lead_zeros = 0;  // from an int's precision
    std::string_view body;
    bool upper = false;
    const FloatText* text = nullptr;  // for floats, the body instead
};

bool emit_percent_number(const PercentNumber& p, const PercentSpec& s, std::string& out, Error& err) {
    char sign = p.negative ? '-' : s.plus ? '+' : s.space ? ' ' : 0;
    const char fill = s.zero ? '0' : ' ';
    uint64_t body_len = p.body.size();
    if (p.text) body_len = p.text->int_part.size() + p.text->point + p.text->frac.size() + p.text->zeros + p.text->tail.size();
    const uint64_t digits = p.lead_zeros + body_len;
    const uint64_t len = p.prefix.size() + digits;
    uint64_t width = s.width > 0 && static_cast<uint64_t>(s.width) > len ? s.width : len;
    if (width > kMaxResultBytes) return too_big(err);
    if (sign && width > len) --width;  // the sign takes one column of the width
    const uint64_t pad = width - len;
    out.reserve(out.size() + (sign != 0) + len + pad);

    if (!s.left && fill == ' ') out.append(pad, ' ');
    if (sign) out += sign;
    out += p.prefix;
    if (!s.left && fill == '0') out.append(pad, '0');
    out.append(p.lead_zeros, '0');
    if (p.text) {
        out += p.text->int_part;
        if (p.text->point) out += '.';
        out += p.text->frac;
        out.append(p.text->zeros, '0');
        out += p.text->tail;
    } else if (p.upper) {
        for (char c : p.body) out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    } else {
        out += p.body;
    }
    if (s.left) out.append(pad, ' ');
    return true;
}

}  // namespace

bool parse_spec(std::string_view text, Spec& s, Error& err, std::string_view type_name) {
    s = Spec{};
    const std::u32string cps = code_points(text);
    const size_t n = cps.size();
    size_t pos = 0;
    auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    bool fill_given = false;
    if (n >= 2 && is_align(cps[1])) {
        s.fill = cps[0];
        s.align = static_cast<char>(cps[1]);
        fill_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(cps[0])) {
        s.align = static_cast<char>(cps[0]);
        pos = 1;
    }
    if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) s.sign = static_cast<char>(cps[pos++]);
    if (pos < n && cps[pos] == 'z') {
        s.no_neg_zero = true;
        ++pos;
    }
    if (pos < n && cps[pos] == '#') {
        s.alternate = true;
        ++pos;
    }
    // A leading '0' means zero padding only when no fill was given; after one it is a digit.
    if (!fill_given && pos < n && cps[pos] == '0') {
        s.zero_pad = true;
        s.fill = '0';
        ++pos;
    }
    size_t count;
    if (!read_number(cps, pos, s.width, count, err)) return false;
    if (count == 0) s.width = -1;
    if (pos < n && cps[pos] == ',') {
        s.grouping = ',';
        ++pos;
    }
    if (pos < n && cps[pos] == '_') {
        if (s.grouping) return fail(err, "Cannot specify both ',' and '_'.");
        s.grouping = '_';
        ++pos;
    }
    if (pos < n && cps[pos] == ',' && s.grouping == '_') return fail(err, "Cannot specify both ',' and '_'.");
    if (pos < n && cps[pos] == '.') {
        ++pos;
        if (!read_number(cps, pos, s.precision, count, err)) return false;
        if (count == 0) return fail(err, "Format specifier missing precision");
    }
    if (n - pos > 1)
        return fail(err, "Invalid format specifier '" + std::string(text) + "' for object of type '" +
                             std::string(type_name.substr(0, 200)) + "'");
    if (n - pos == 1) s.type = cps[pos];
    return true;
}

bool format_float(double v, const Spec& s, std::string& out, Error& err, std::string_view type_name) {
    if (!check_grouping(s, s.type, err)) return false;
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_type(err, s.type, type_name);
    }
    if (s.precision > kIntMax) return fail(err, "precision too big");
    FloatStyle st;
    bool percent = false;
    switch (s.type) {
    case 0:  // repr's digits, or 'g' keeping a digit after the point when given a precision
        st.code = s.precision < 0 ? 'r' : 'g';
        st.precision = std::max<int64_t>(s.precision, 0);
        st.add_dot_0 = true;
        break;
    case 'n':  // 'g' in the C locale
        st.code = 'g';
        st.precision = s.precision;
        break;
    case '%':
        st.code = 'f';
        st.precision = s.precision;
        v *= 100;
        percent = true;
        break;
    default:
        st = style_for(s.type, s.precision, false);
        break;
    }
    if (st.precision < 0) st.precision = 6;
    st.alternate = s.alternate;
    st.no_neg_zero = s.no_neg_zero;
    return guarded(out, err, [&] {
        FloatText t = float_text(v, st);
        if (percent) t.tail += '%';
        return emit_number(t.number(), s, s.grouping ? 3 : 0, s.grouping, out, err);
    });
}

bool format_float(double v, std::string_view spec, std::string& out, Error& err) {
    Spec s;
    if (!spec.empty() && !parse_spec(spec, s, err, "float")) return false;
    return format_float(v, s, out, err);
}

bool int_needs_float(const Spec& s) {
    switch (s.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return true;
    default: return false;
    }
}

int int_base(const Spec& s) {
    switch (s.type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

bool format_int(bool negative, std::string_view digits, const Spec& s, std::string& out, Error& err,
                std::string_view type_name) {
    const char32_t type = s.type ? s.type : 'd';
    if (!check_grouping(s, type, err)) return false;
    switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    default:
        if (int_needs_float(s)) return fail(err, "format_int: this type formats float(x), see int_needs_float");
        return unknown_type(err, type, type_name);
    }
    if (s.precision != -1) return fail(err, "Precision not allowed in integer format specifier");
    if (s.no_neg_zero) return fail(err, "Negative zero coercion (z) not allowed in integer format specifier");
    digits = trim_zeros(digits);
    negative = negative && digits != "0";

    if (type == 'c') {
        if (s.sign) return fail(err, "Sign not allowed with integer format specifier 'c'");
        if (s.alternate) return fail(err, "Alternate form (#) not allowed with integer format specifier 'c'");
        // CPython converts to a C long first, then checks the range.
        uint64_t value = 0;
        bool fits = digits.size() <= 19;
        if (fits) {
            std::from_chars(digits.data(), digits.data() + digits.size(), value);
            fits = value <= (negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1);
        }
        if (!fits) return fail(err, "Python int too large to convert to C long", ErrorKind::overflow_error);
        if (negative || value > 0x10FFFF) return fail(err, "%c arg not in range(0x110000)", ErrorKind::overflow_error);
        return guarded(out, err, [&] {
            std::string ch;
            utf8::encode(ch, static_cast<uint32_t>(value));
            Number num;
            num.tail = ch;
            num.tail_cps = 1;
            return emit_number(num, s, 0, 0, out, err);
        });
    }

    Number num;
    num.negative = negative;
    num.digits = digits;
    num.upper = type == 'X';
    if (s.alternate) {
        switch (type) {
        case 'b': num.prefix = "0b"; break;
        case 'o': num.prefix = "0o"; break;
        case 'x': num.prefix = "0x"; break;
        case 'X': num.prefix = "0X"; break;
        default: break;
        }
    }
    // '_' groups binary, octal and hex digits by four; 'n' uses the C locale, which has none.
    int group = 0;
    if (s.grouping && type != 'n') group = int_base(s) == 10 ? 3 : 4;
    return guarded(out, err, [&] { return emit_number(num, s, group, s.grouping, out, err); });
}

bool format_str(std::string_view str, const Spec& s, std::string& out, Error& err, std::string_view type_name) {
    const char32_t type = s.type ? s.type : 's';
    if (!check_grouping(s, type, err)) return false;
    if (type != 's') return unknown_type(err, type, type_name);
    if (s.sign == ' ') return fail(err, "Space not allowed in string format specifier");
    if (s.sign) return fail(err, "Sign not allowed in string format specifier");
    if (s.no_neg_zero) return fail(err, "Negative zero coercion (z) not allowed in string format specifier");
    if (s.alternate) return fail(err, "Alternate form (#) not allowed in string format specifier");
    const char align = s.align ? s.align : '<';
    if (align == '=') return fail(err, "'=' alignment not allowed in string format specifier");

    if (s.precision >= 0) str = str.substr(0, byte_offset_of_code_point(str, static_cast<uint64_t>(s.precision)));
    const uint64_t len = utf8::length(str);
    const uint64_t padding = s.width > 0 && static_cast<uint64_t>(s.width) > len ? s.width - len : 0;
    if (padding > kMaxResultBytes) return too_big(err);
    return guarded(out, err, [&] {
        std::string fill;
        utf8::encode(fill, s.fill);
        if (str.size() + padding * fill.size() > kMaxResultBytes) return too_big(err);
        const uint64_t left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
        out.reserve(out.size() + str.size() + padding * fill.size());
        append_fill(out, fill, left);
        out += str;
        append_fill(out, fill, padding - left);
        return true;
    });
}

bool format_str(std::string_view str, std::string_view spec, std::string& out, Error& err) {
    Spec s;
    if (!spec.empty() && !parse_spec(spec, s, err, "str")) return false;
    return format_str(str, s, out, err);
}

// ---- printf-style ----

int percent_int_base(char32_t type) {
    switch (type) {
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

bool format_percent_int(bool negative, std::string_view digits, const PercentSpec& s, std::string& out, Error& err) {
    // CPython keeps the padded length in a C int.
    if (s.precision > kIntMax - 3) return fail(err, "precision too large", ErrorKind::overflow_error);
    digits = trim_zeros(digits);
    PercentNumber p;
    p.negative = negative && digits != "0";
    p.body = digits;
    p.upper = s.type == 'X';
    if (s.alternate) p.prefix = s.type == 'o' ? "0o" : s.type == 'x' ? "0x" : s.type == 'X' ? "0X" : "";
    if (s.precision > 0 && static_cast<uint64_t>(s.precision) > digits.size()) p.lead_zeros = s.precision - digits.size();
    return guarded(out, err, [&] { return emit_percent_number(p, s, out, err); });
}

bool format_percent_float(double v, const PercentSpec& s, std::string& out, Error& err) {
    if (s.precision > kIntMax) return fail(err, "precision too big");
    FloatStyle st = style_for(s.type, s.precision < 0 ? 6 : s.precision, s.alternate);
    return guarded(out, err, [&] {
        const FloatText t = float_text(v, st);
        PercentNumber p;
        p.negative = t.negative;
        p.text = &t;
        return emit_percent_number(p, s, out, err);
    });
}

bool format_percent_str(std::string_view str, const PercentSpec& s, std::string& out, Error& err) {
    if (s.precision >= 0 && s.type != 'c')
        str = str.substr(0, byte_offset_of_code_point(str, static_cast<uint64_t>(s.precision)));
    const uint64_t len = utf8::length(str);
    const uint64_t pad = s.width > 0 && static_cast<uint64_t>(s.width) > len ? s.width - len : 0;
    if (pad > kMaxResultBytes) return too_big(err);
    return guarded(out, err, [&] {
        out.reserve(out.size() + str.size() + pad);
        if (!s.left) out.append(pad, ' ');
        out += str;
        if (s.left) out.append(pad, ' ');
        return true;
    });
}

}  // namespace krait::fmt
