#include "parser/literal.hpp"

#include <cstdio>

#include "support/pyrepr.hpp"
#include "support/unicode.hpp"
#include "support/utf8.hpp"

namespace krait::parse {

bool decode_number(std::string_view text, Arena& arena, ast::ConstValue& out, std::string& error) {
    std::string digits;
    digits.reserve(text.size());
    for (char c : text)
        if (c != '_') digits += c;
    char last = digits.back();
    if (last == 'j' || last == 'J') {
        error = "imaginary literals are not supported: Krait has no complex numbers";
        return false;
    }
    int base = 10;
    size_t skip = 0;
    if (digits.size() > 1 && digits[0] == '0') {
        char b = digits[1] | 0x20;
        if (b == 'x') base = 16, skip = 2;
        else if (b == 'o') base = 8, skip = 2;
        else if (b == 'b') base = 2, skip = 2;
    }
    bool is_float = base == 10 && digits.find_first_of(".eE") != std::string::npos;
    if (is_float) {
        out.tag = ast::ConstValue::Float;
        out.number = pyrepr::parse_float(digits);
        return true;
    }
    std::string_view d = std::string_view(digits).substr(skip);
    if (base == 10) {
        // CPython converts decimal literals eagerly and refuses more than 4300 digits.
        size_t first = d.find_first_not_of('0');
        size_t n = first == std::string_view::npos ? 0 : d.size() - first;
        if (n > 4300) {
            error = "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(n) +
                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                    "integer literals to avoid decimal conversion limits.";
            return false;
        }
    }
    out.tag = ast::ConstValue::Int;
    out.base = static_cast<uint8_t>(base);
    out.text = arena.copy(d);
    return true;
}

StringToken split_string_token(std::string_view token) {
    StringToken s;
    size_t i = 0;
    for (; i < token.size() && token[i] != '\'' && token[i] != '"'; ++i) {
        switch (token[i] | 0x20) {
            case 'b': s.bytes = true; break;
            case 'r': s.raw = true; break;
            case 'f': s.fstring = true; break;
            case 'u': s.u = token[i] == 'u'; break;  // only a lowercase u sets Constant.kind
        }
    }
    size_t q = (i + 2 < token.size() && token[i + 1] == token[i] && token[i + 2] == token[i] && token.size() - i >= 6) ? 3 : 1;
    s.body_offset = i + q;
    s.body = token.substr(i + q, token.size() - i - 2 * q);
    return s;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string codec_error(size_t start, size_t end, const char* what) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, what);
    return buf;
}

}  // namespace

bool decode_literal(std::string_view body, bool bytes, bool raw, std::string& out, std::string& error) {
    size_t n = body.size();
    for (size_t i = 0; i < n;) {
        char c = body[i];
        if (c == '\r') {  // universal newlines, as CPython reads source files
            out += '\n';
            i += (i + 1 < n && body[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || raw) {
            if (bytes && static_cast<unsigned char>(c) >= 0x80) {
                error = "bytes can only contain ASCII literal characters";
                return false;
            }
            out += c;
            ++i;
            continue;
        }
        size_t start = i;
        if (i + 1 >= n) {  // a lone trailing backslash cannot occur in a closed literal
            out += c;
            ++i;
            continue;
        }
        char e = body[i + 1];
        i += 2;
        switch (e) {
            case '\n': break;
            case '\r': if (i < n && body[i] == '\n') ++i; break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned v = static_cast<unsigned>(e - '0');
                for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k, ++i) v = v * 8 + (body[i] - '0');
                if (bytes) out += static_cast<char>(v & 0xFF);
                else utf8::encode(out, v);
                break;
            }
            case 'x': case 'u': case 'U': {
                if (bytes && e != 'x') {  // bytes keep \u and \U as they are
                    out += '\\';
                    out += e;
                    break;
                }
                int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k = 0;
                for (; k < count && i < n && hex_value(body[i]) >= 0; ++k, ++i) v = v * 16 + hex_value(body[i]);
                if (k < count) {
                    if (bytes) {
                        error = "(value error) invalid \\x escape at position " + std::to_string(start);
                    } else {
                        error = codec_error(start, i,
                                            e == 'x' ? "truncated \\xXX escape"
                                            : e == 'u' ? "truncated \\uXXXX escape"
                                                       : "truncated \\UXXXXXXXX escape");
                    }
                    return false;
                }
                if (bytes) {
                    out += static_cast<char>(v);
                } else if (v > 0x10FFFF) {
                    error = codec_error(start, i, "illegal Unicode character");
                    return false;
                } else {
                    utf8::encode(out, v);
                }
                break;
            }
            case 'N': {
                if (bytes) {
                    out += "\\N";
                    break;
                }
                if (i >= n || body[i] != '{') {
                    error = codec_error(start, i, "malformed \\N character escape");
                    return false;
                }
                size_t close = body.find('}', i);
                if (close == std::string_view::npos || close == i + 1) {
                    error = codec_error(start, close == std::string_view::npos ? n : close + 1, "malformed \\N character escape");
                    return false;
                }
                char32_t cp;
                if (!unicode::lookup_name(body.substr(i + 1, close - i - 1), cp)) {
                    error = codec_error(start, close + 1, "unknown Unicode character name");
                    return false;
                }
                utf8::encode(out, cp);
                i = close + 1;
                break;
            }
            default:
                // Unknown escapes stay as written (CPython warns, then keeps them).
                out += '\\';
                out += e;
                if (bytes && static_cast<unsigned char>(e) >= 0x80) {
                    error = "bytes can only contain ASCII literal characters";
                    return false;
                }
                break;
        }
    }
    return true;
}

}  // namespace krait::parse
