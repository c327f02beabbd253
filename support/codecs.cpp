#include "support/codecs.hpp"

#include <cstdint>

#include "support/utf8.hpp"

namespace krait::codecs {

namespace {

struct Codec {
    const char* name;
    uint16_t table[256];
};

const Codec kCodecs[] = {
#define KRAIT_CODEC(name, ...) {#name, __VA_ARGS__},
#include "support/codecs_data.inc"
#undef KRAIT_CODEC
};

}  // namespace

std::string normalize(std::string_view name) {
    std::string n;
    for (char c : name) n += (c == '-' || c == ' ') ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    // CPython's aliases for the names people write in coding lines.
    if (n == "utf8" || n == "u8" || n == "utf" || n == "utf8_ucs2" || n == "utf8_ucs4") return "utf_8";
    if (n == "latin1" || n == "latin" || n == "l1" || n == "iso8859_1" || n == "iso_8859_1" || n == "8859" ||
        n == "cp819" || n == "iso_ir_100")
        return "latin_1";
    if (n == "us_ascii" || n == "646" || n == "us") return "ascii";
    if (n.rfind("iso_8859_", 0) == 0) return "iso8859_" + n.substr(9);
    if (n.rfind("windows_", 0) == 0) return "cp" + n.substr(8);
    if (n == "latin2" || n == "l2") return "iso8859_2";
    if (n == "latin9" || n == "l9") return "iso8859_15";
    if (n == "macroman" || n == "macintosh") return "mac_roman";
    if (n == "ibm437" || n == "437") return "cp437";
    if (n == "ibm850" || n == "850") return "cp850";
    return n;
}

bool decode_single_byte(std::string_view name, std::string_view in, std::string& out, long* bad_byte) {
    *bad_byte = -1;
    const uint16_t* table = nullptr;
    for (const Codec& c : kCodecs)
        if (name == c.name) table = c.table;
    if (name == "latin_1") {
        out.reserve(in.size() + in.size() / 8);
        for (unsigned char b : in) utf8::encode(out, b);
        return true;
    }
    if (!table) return false;
    for (size_t i = 0; i < in.size(); ++i) {
        uint16_t cp = table[static_cast<unsigned char>(in[i])];
        if (cp == 0xFFFF) {
            *bad_byte = static_cast<long>(i);
            return true;
        }
        utf8::encode(out, cp);
    }
    return true;
}

}  // namespace krait::codecs
