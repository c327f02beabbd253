// UTF-8 decoding and encoding. Python strings may hold lone surrogates (from '\ud800'
// escapes); inside Krait they are stored as their 3-byte generalized UTF-8 form.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace krait::utf8 {

// Decodes one code point at s[i] and advances i. Strict: overlong forms, surrogates,
// values above U+10FFFF and truncated sequences return -1 and leave i unchanged.
inline int32_t decode(std::string_view s, size_t& i) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = at(i);
    if (c < 0x80) { ++i; return c; }
    int n;
    int32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
    else return -1;
    if (i + n >= s.size()) return -1;
    for (int k = 1; k <= n; ++k) {
        unsigned char d = at(i + k);
        if ((d & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    i += n + 1;
    return cp;
}

// Like decode, but also accepts encoded surrogates (Krait's internal string form).
inline int32_t decode_lenient(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xED && i + 2 < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        unsigned char e = static_cast<unsigned char>(s[i + 2]);
        if (d >= 0xA0 && d <= 0xBF && (e & 0xC0) == 0x80) {
            i += 3;
            return ((c & 0x0F) << 12) | ((d & 0x3F) << 6) | (e & 0x3F);
        }
    }
    return decode(s, i);
}

inline void encode(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Number of code points in a valid UTF-8 string: its bytes minus its continuation bytes
// (10xxxxxx), counted eight at a time (every str the runtime makes is measured here).
inline size_t length(std::string_view s) {
    const char* p = s.data();
    size_t size = s.size(), n = size, i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;  // bit 7 set, bit 6 clear
        n -= ((cont >> 7) * 0x0101010101010101ull) >> 56;       // the sum of the bytes' flags
    }
    for (; i < size; ++i) n -= (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
    return n;
}

}  // namespace krait::utf8
