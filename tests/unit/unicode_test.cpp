// Checks support/unicode against expectations generated from CPython 3.11 by
// tools/gen_unicode.py (tests/unit/data/unicode_expect.txt).
#include "support/unicode.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/utf8.hpp"

namespace {

using krait::unicode::is_printable;
using krait::unicode::is_xid_continue;
using krait::unicode::is_xid_start;
using krait::unicode::lookup_name;
using krait::unicode::nfkc;

constexpr char32_t kCodePoints = 0x110000;

// The expectation file: "[section]" lines, each followed by that section's lines.
using Sections = std::map<std::string, std::vector<std::vector<std::string>>>;

const Sections& expectations() {
    static const Sections sections = [] {
        Sections s;
        std::ifstream in(KRAIT_TESTS_DIR "/unit/data/unicode_expect.txt");
        EXPECT_TRUE(in) << "missing unicode_expect.txt";
        std::string line;
        std::vector<std::string>* current = nullptr;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            if (line[0] == '[') {
                auto& list = s[line.substr(1, line.size() - 2)];
                list.emplace_back();
                current = &list.back();
            } else if (current) {
                current->push_back(line);
            }
        }
        return s;
    }();
    return sections;
}

const std::vector<std::string>& section(const std::string& name, size_t index = 0) {
    const auto& all = expectations().at(name);
    return all.at(index);
}

std::vector<char32_t> hex_list(const std::string& s) {
    std::vector<char32_t> out;
    std::istringstream in(s);
    std::string word;
    while (in >> word) out.push_back(static_cast<char32_t>(std::stoul(word, nullptr, 16)));
    return out;
}

std::string to_utf8(const std::vector<char32_t>& cps) {
    std::string s;
    for (char32_t c : cps) krait::utf8::encode(s, c);
    return s;
}

std::string hex_of(std::string_view utf8) {
    std::string out;
    char buf[16];
    for (size_t i = 0; i < utf8.size();) {
        int32_t c = krait::utf8::decode_lenient(utf8, i);
        if (c < 0) return out + "<invalid>";
        std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", static_cast<unsigned>(c));
        out += buf;
    }
    return out;
}

std::vector<bool> range_set(const std::vector<std::string>& lines) {
    std::vector<bool> set(kCodePoints);
    for (const auto& line : lines) {
        auto r = hex_list(line);
        for (char32_t c = r.at(0); c <= r.at(1); ++c) set[c] = true;
    }
    return set;
}

template <typename Pred>
void check_property(const char* name, Pred pred) {
    auto expected = range_set(section(name));
    int failures = 0;
    for (char32_t c = 0; c < kCodePoints; ++c) {
        if (pred(c) != expected[c] && ++failures <= 10)
            ADD_FAILURE() << name << "(U+" << std::hex << static_cast<unsigned>(c) << ") should be " << expected[c];
    }
    EXPECT_EQ(failures, 0);
    EXPECT_FALSE(pred(kCodePoints));
    EXPECT_FALSE(pred(0xFFFFFFFF));
}

uint64_t fnv1a(uint64_t h, std::string_view data) {
    for (unsigned char b : data) h = (h ^ b) * 0x100000001B3ull;
    return h;
}
constexpr uint64_t kFnvStart = 0xCBF29CE484222325ull;

// The generator's splitmix64.
uint64_t splitmix64(uint64_t& state) {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::string percent_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

TEST(Unicode, XidStart) { check_property("xid_start", is_xid_start); }
TEST(Unicode, XidContinue) { check_property("xid_continue", is_xid_continue); }
TEST(Unicode, Printable) { check_property("printable", is_printable); }

TEST(Unicode, NfkcEveryCodePoint) {
    uint64_t h = kFnvStart;
    std::string in;
    for (char32_t c = 0; c < kCodePoints; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        in.clear();
        krait::utf8::encode(in, c);
        h = fnv1a(h, nfkc(in));
        h = fnv1a(h, "\xff");
    }
    EXPECT_EQ(h, std::stoull(section("nfkc_each").at(0), nullptr, 16));
}

TEST(Unicode, NfkcRandomStrings) {
    const auto& runs = expectations().at("nfkc_random");
    ASSERT_FALSE(runs.empty());
    for (const auto& lines : runs) {
        std::istringstream head(lines.at(0));
        uint64_t state, count, max_len;
        std::string hash;
        head >> state >> count >> max_len >> hash;
        std::vector<std::pair<char32_t, char32_t>> pool;
        uint64_t total = 0;
        for (size_t i = 1; i < lines.size(); ++i) {
            auto r = hex_list(lines[i]);
            pool.emplace_back(r.at(0), r.at(1));
            total += r.at(1) - r.at(0) + 1;
        }
        uint64_t h = kFnvStart;
        std::string s;
        for (uint64_t n = 0; n < count; ++n) {
            s.clear();
            uint64_t len = 1 + splitmix64(state) % max_len;
            for (uint64_t k = 0; k < len; ++k) {
                uint64_t pick = splitmix64(state) % total;
                for (auto [lo, hi] : pool) {
                    if (pick <= hi - lo) {
                        krait::utf8::encode(s, static_cast<char32_t>(lo + pick));
                        break;
                    }
                    pick -= hi - lo + 1;
                }
            }
            h = fnv1a(h, nfkc(s));
            h = fnv1a(h, "\xff");
        }
        EXPECT_EQ(h, std::stoull(hash, nullptr, 16)) << "pool starting " << lines.at(1);
    }
}

TEST(Unicode, NfkcSamples) {
    const auto& lines = section("nfkc");
    EXPECT_GT(lines.size(), 300u);
    for (const auto& line : lines) {
        size_t semi = line.find(';');
        ASSERT_NE(semi, std::string::npos);
        std::string in = to_utf8(hex_list(line.substr(0, semi)));
        std::string expected = to_utf8(hex_list(line.substr(semi + 1)));
        EXPECT_EQ(hex_of(nfkc(in)), hex_of(expected)) << "input " << line.substr(0, semi);
    }
}

TEST(Unicode, NfkcKeepsAsciiAndEmpty) {
    EXPECT_EQ(nfkc(""), "");
    EXPECT_EQ(nfkc("hello_world42"), "hello_world42");
}

TEST(Utf8, LengthCountsCodePoints) {
    // Every length and alignment around the eight-byte steps, with 1- to 4-byte characters.
    const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\x7F", "\xC2\x80"};
    uint32_t seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        size_t chars = 0;
        int n = round % 40;
        for (int i = 0; i < n; ++i) {
            seed = seed * 1103515245 + 12345;
            s += pieces[(seed >> 16) % 6];
            ++chars;
        }
        ASSERT_EQ(krait::utf8::length(s), chars) << s;
    }
    EXPECT_EQ(krait::utf8::length(""), 0u);
    EXPECT_EQ(krait::utf8::length("abcdefghijklmnopq"), 17u);
}

TEST(Unicode, LookupName) {
    const auto& lines = section("names");
    EXPECT_GT(lines.size(), 1000u);
    for (const auto& line : lines) {
        size_t tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos);
        std::string name = percent_decode(line.substr(0, tab));
        std::string expected = line.substr(tab + 1);
        char32_t got = 0;
        bool found = lookup_name(name, got);
        if (expected == "-") {
            EXPECT_FALSE(found) << "'" << name << "' gave U+" << std::hex << static_cast<unsigned>(got);
        } else {
            EXPECT_TRUE(found) << "'" << name << "'";
            EXPECT_EQ(got, static_cast<char32_t>(std::stoul(expected, nullptr, 16))) << "'" << name << "'";
        }
    }
}

}  // namespace
