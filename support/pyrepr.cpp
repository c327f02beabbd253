#include "support/pyrepr.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>
#include <vector>

#include "support/unicode.hpp"
#include "support/utf8.hpp"

namespace krait::pyrepr {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Appends prefix ('x', 'u' or 'U') after a backslash, then v as `width` lowercase hex digits.
void append_escape(std::string& out, char prefix, uint32_t v, int width) {
    out += '\\';
    out += prefix;
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
}

// Escapes an ASCII byte that cannot appear as itself; str and bytes share these rules.
void append_ascii_escape(std::string& out, unsigned char c) {
    switch (c) {
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\\': out += "\\\\"; break;
    case '\'': out += "\\'"; break;
    case '"': out += "\\\""; break;  // only reached when '"' is the quote
    default: append_escape(out, 'x', c, 2); break;
    }
}

bool plain_ascii(unsigned char c, char quote) {
    return c >= 0x20 && c < 0x7f && c != '\\' && c != static_cast<unsigned char>(quote);
}

// CPython prefers single quotes, switching to double only if that avoids escaping.
char choose_quote(std::string_view s) {
    return s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos ? '"' : '\'';
}

// CPython's 'r' format of a finite double. add_dot_zero is float repr's '.0' on integral
// fixed values, which complex repr leaves off.
void append_finite(std::string& out, double v, bool add_dot_zero) {
    char buf[40];
    // Scientific to_chars without precision gives the shortest round-trip digits as
    // "[-]d[.ddd]e±XX", the same digits as CPython's dtoa mode 0; only the layout differs.
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const char* p = buf;
    if (*p == '-') {
        out += '-';
        ++p;
    }
    char digits[24];
    int nd = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.') digits[nd++] = *p;
    ++p;
    bool neg_exp = *p++ == '-';
    int exp = 0;
    for (; p < res.ptr; ++p) exp = exp * 10 + (*p - '0');
    if (neg_exp) exp = -exp;

    if (exp < -4 || exp >= 16) {
        out += digits[0];
        if (nd > 1) {
            out += '.';
            out.append(digits + 1, nd - 1);
        }
        out += 'e';
        out += exp < 0 ? '-' : '+';
        int a = exp < 0 ? -exp : exp;
        if (a >= 100) out += static_cast<char>('0' + a / 100);
        out += static_cast<char>('0' + a / 10 % 10);
        out += static_cast<char>('0' + a % 10);
        return;
    }
    int point = exp + 1;  // digits before the decimal point
    if (point <= 0) {
        out += "0.";
        out.append(-point, '0');
        out.append(digits, nd);
    } else if (point >= nd) {
        out.append(digits, nd);
        out.append(point - nd, '0');
        if (add_dot_zero) out += ".0";
    } else {
        out.append(digits, point);
        out += '.';
        out.append(digits + point, nd - point);
    }
}

void append_double(std::string& out, double v, bool add_dot_zero) {
    if (std::isnan(v)) out += "nan";
    else if (std::isinf(v)) out += v < 0 ? "-inf" : "inf";
    else append_finite(out, v, add_dot_zero);
}

// Number of decimal digits of an integer of bit_length bits, from below: log10(2) is
// 0.30103..., and 1233/4096 = 0.301025... undershoots it, so this never overestimates.
size_t min_decimal_digits(uint64_t bit_length) {
    return bit_length == 0 ? 1 : static_cast<size_t>(((bit_length - 1) * 1233) >> 12) + 1;
}

bool power_of_two_to_decimal(std::string_view digits, int base, std::string& out, size_t max_digits) {
    const int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    auto value = [](char c) -> uint32_t {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    };
    size_t first = digits.find_first_not_of('0');
    if (first == std::string_view::npos) {
        out += '0';
        return true;
    }
    digits.remove_prefix(first);
    uint64_t bit_length = static_cast<uint64_t>(digits.size() - 1) * bits;
    for (uint32_t top = value(digits[0]); top; top >>= 1) ++bit_length;
    if (min_decimal_digits(bit_length) > max_digits) return false;

    // Little-endian 32-bit limbs, filled from the least significant digit.
    std::vector<uint32_t> limbs;
    limbs.reserve(bit_length / 32 + 1);
    uint64_t acc = 0;
    int acc_bits = 0;
    for (size_t i = digits.size(); i-- > 0;) {
        acc |= static_cast<uint64_t>(value(digits[i])) << acc_bits;
        acc_bits += bits;
        if (acc_bits >= 32) {
            limbs.push_back(static_cast<uint32_t>(acc));
            acc >>= 32;
            acc_bits -= 32;
        }
    }
    if (acc_bits) limbs.push_back(static_cast<uint32_t>(acc));
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();

    // Schoolbook division by 10^9, collecting 9-digit chunks, least significant first.
    constexpr uint32_t kChunk = 1000000000;
    std::vector<uint32_t> chunks;
    chunks.reserve(limbs.size() * 32 / 29 + 1);
    while (!limbs.empty()) {
        uint64_t rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            uint64_t cur = (rem << 32) | limbs[i];
            limbs[i] = static_cast<uint32_t>(cur / kChunk);
            rem = cur % kChunk;
        }
        chunks.push_back(static_cast<uint32_t>(rem));
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
    }
    char lead[10];
    auto lead_end = std::to_chars(lead, lead + sizeof lead, chunks.back()).ptr;
    size_t lead_len = lead_end - lead;
    if (lead_len + 9 * (chunks.size() - 1) > max_digits) return false;
    out.append(lead, lead_len);
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        char buf[9];
        uint32_t c = chunks[i];
        for (int k = 8; k >= 0; --k, c /= 10) buf[k] = static_cast<char>('0' + c % 10);
        out.append(buf, 9);
    }
    return true;
}

// Rough decimal magnitude of a literal (position of its leading digit plus the exponent),
// only to tell overflow from underflow when from_chars reports the value out of range.
int64_t decimal_magnitude(std::string_view t) {
    int64_t mag = 0;
    bool seen_nonzero = false, after_point = false;
    size_t i = 0;
    for (; i < t.size() && t[i] != 'e' && t[i] != 'E'; ++i) {
        char c = t[i];
        if (c == '.') {
            after_point = true;
        } else if (!seen_nonzero && c == '0') {
            if (after_point) --mag;
        } else {
            seen_nonzero = true;
            if (!after_point) ++mag;
        }
    }
    int64_t exp = 0;
    bool neg = false;
    if (i < t.size()) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
        for (; i < t.size(); ++i)
            if (exp < 1000000000) exp = exp * 10 + (t[i] - '0');  // saturate: only the sign matters
    }
    return mag + (neg ? -exp : exp);
}

}  // namespace

std::string float_repr(double v) {
    std::string out;
    append_double(out, v, true);
    return out;
}

std::string imag_repr(double imag) {
    std::string out;
    append_double(out, imag, false);
    out += 'j';
    return out;
}

void str_repr(std::string& out, std::string_view s) {
    const char quote = choose_quote(s);
    out.reserve(out.size() + s.size() + 2);
    out += quote;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            size_t j = i;
            while (j < s.size() && plain_ascii(static_cast<unsigned char>(s[j]), quote)) ++j;
            if (j > i) {
                out.append(s.data() + i, j - i);
                i = j;
            } else {
                append_ascii_escape(out, c);
                ++i;
            }
            continue;
        }
        size_t start = i;
        int32_t cp = utf8::decode_lenient(s, i);
        if (cp < 0) {
            // Not even lenient UTF-8, which Krait's strings never are; show the byte.
            append_escape(out, 'x', c, 2);
            ++i;
            continue;
        }
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (!surrogate && unicode::is_printable(static_cast<char32_t>(cp))) out.append(s.data() + start, i - start);
        else if (cp < 0x100) append_escape(out, 'x', cp, 2);
        else if (cp < 0x10000) append_escape(out, 'u', cp, 4);
        else append_escape(out, 'U', cp, 8);
    }
    out += quote;
}

void bytes_repr(std::string& out, std::string_view s) {
    const char quote = choose_quote(s);
    out.reserve(out.size() + s.size() + 3);
    out += 'b';
    out += quote;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && plain_ascii(static_cast<unsigned char>(s[j]), quote)) ++j;
        out.append(s.data() + i, j - i);
        if (j == s.size()) break;
        append_ascii_escape(out, static_cast<unsigned char>(s[j]));
        i = j + 1;
    }
    out += quote;
}

bool int_to_decimal(std::string_view digits, int base, std::string& out, size_t max_digits) {
    if (base != 10) return power_of_two_to_decimal(digits, base, out, max_digits);
    size_t first = digits.find_first_not_of('0');
    if (first == std::string_view::npos) {
        out += '0';
        return true;
    }
    digits.remove_prefix(first);
    if (digits.size() > max_digits) return false;
    out.append(digits);
    return true;
}

double parse_float(std::string_view text) {
    double v = 0.0;
    auto res = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
    // On overflow or underflow from_chars leaves v alone; Python rounds to inf or 0.0.
    if (res.ec == std::errc::result_out_of_range)
        return decimal_magnitude(text) > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return v;
}

}  // namespace krait::pyrepr
