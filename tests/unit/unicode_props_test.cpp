// Checks support/unicode_props against expectations generated from CPython 3.11 by
// tools/gen_unicode_props.py (tests/unit/data/unicode_props_expect.txt): every predicate and
// case mapping for every code point, and the whole-string methods on sample strings.
#include "support/unicode_props.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "support/utf8.hpp"

namespace {

namespace u = krait::unicode;

constexpr char32_t kCodePoints = 0x110000;
constexpr int kMaxReports = 10;  // mismatches reported per check before giving up

// The expectation file: "[section]" lines, each followed by that section's lines.
using Sections = std::map<std::string, std::vector<std::string>>;

const Sections& expectations() {
    static const Sections sections = [] {
        Sections s;
        std::ifstream in(KRAIT_TESTS_DIR "/unit/data/unicode_props_expect.txt", std::ios::binary);
        EXPECT_TRUE(in) << "missing unicode_props_expect.txt";
        std::string line;
        std::vector<std::string>* current = nullptr;
        while (std::getline(in, line)) {
            if (!line.empty() && line[0] == '#') continue;
            if (!line.empty() && line[0] == '[') current = &s[line.substr(1, line.size() - 2)];
            else if (current) current->push_back(line);
        }
        return s;
    }();
    return sections;
}

const std::vector<std::string>& section(const std::string& name) {
    auto it = expectations().find(name);
    EXPECT_NE(it, expectations().end()) << "no section " << name;
    static const std::vector<std::string> none;
    return it == expectations().end() ? none : it->second;
}

std::vector<char32_t> hex_list(const std::string& s) {
    std::vector<char32_t> out;
    std::istringstream in(s);
    std::string word;
    while (in >> word) out.push_back(static_cast<char32_t>(std::stoul(word, nullptr, 16)));
    return out;
}

// A range section as one flag per code point.
std::vector<bool> code_point_set(const std::string& name) {
    std::vector<bool> set(kCodePoints);
    for (const auto& line : section(name)) {
        auto r = hex_list(line);
        for (char32_t c = r.at(0); c <= r.at(1); ++c) set[c] = true;
    }
    return set;
}

// A "cp: mapping" section; code points not listed map to themselves.
std::unordered_map<char32_t, std::u32string> mapping(const std::string& name) {
    std::unordered_map<char32_t, std::u32string> m;
    for (const auto& line : section(name)) {
        size_t colon = line.find(':');
        auto to = hex_list(line.substr(colon + 1));
        m[static_cast<char32_t>(std::stoul(line.substr(0, colon), nullptr, 16))] = std::u32string(to.begin(), to.end());
    }
    return m;
}

std::u32string mapped(const std::unordered_map<char32_t, std::u32string>& m, char32_t c) {
    auto it = m.find(c);
    return it == m.end() ? std::u32string(1, c) : it->second;
}

std::string to_utf8(std::u32string_view cps) {
    std::string s;
    for (char32_t c : cps) krait::utf8::encode(s, c);
    return s;
}

std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) out += static_cast<char32_t>(krait::utf8::decode_lenient(utf8, i));
    return out;
}

std::string hex_of(std::u32string_view cps) {
    std::string out;
    char buf[16];
    for (char32_t c : cps) {
        std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", static_cast<unsigned>(c));
        out += buf;
    }
    return out;
}

std::string hex_of(std::string_view utf8) { return hex_of(to_u32(utf8)); }

std::u32string call_map(int (*f)(char32_t, char32_t*), char32_t c) {
    char32_t out[3];
    int n = f(c, out);
    return std::u32string(out, out + n);
}

// Field text of the [strings] section: UTF-8 with "\HEX;" escapes.
std::string unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        size_t end = s.find(';', i);
        krait::utf8::encode(out, static_cast<uint32_t>(std::stoul(std::string(s.substr(i + 1, end - i - 1)), nullptr, 16)));
        i = end + 1;
    }
    return out;
}

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out(1);
    for (char ch : line) {
        if (ch == sep) out.emplace_back();
        else out.back() += ch;
    }
    return out;
}

struct Predicate {
    const char* name;
    bool (*f)(char32_t);
};

TEST(UnicodeProps, PredicatesOfEveryCodePoint) {
    const Predicate predicates[] = {
        {"alpha", u::is_alpha},         {"decimal", u::is_decimal},   {"digit", u::is_digit},
        {"numeric", u::is_numeric},     {"space", u::is_space},       {"lower", u::is_lower},
        {"upper", u::is_upper},         {"titlecase", u::is_titlecase}, {"cased", u::is_cased},
        {"case_ignorable", u::is_case_ignorable}, {"linebreak", u::is_linebreak}, {"alnum", u::is_alnum},
    };
    for (const auto& p : predicates) {
        auto expected = code_point_set(p.name);
        int bad = 0;
        for (char32_t c = 0; c < kCodePoints && bad < kMaxReports; ++c) {
            if (p.f(c) != expected[c]) {
                ADD_FAILURE() << p.name << " U+" << hex_of(std::u32string(1, c)) << " expected " << expected[c];
                ++bad;
            }
        }
    }
    // What the header promises about Cased.
    for (char32_t c = 0; c < kCodePoints; ++c)
        ASSERT_EQ(u::is_cased(c), u::is_lower(c) || u::is_upper(c) || u::is_titlecase(c)) << "U+" << std::hex << +c;
    for (char32_t c : {0x110000u, 0x7FFFFFFFu, 0xFFFFFFFFu}) {
        EXPECT_FALSE(u::is_alpha(c) || u::is_space(c) || u::is_cased(c) || u::is_case_ignorable(c) ||
                     u::is_numeric(c) || u::is_linebreak(c));
        EXPECT_STREQ(u::category(c), "Cn");
        EXPECT_EQ(u::decimal_value(c), -1);
        EXPECT_EQ(call_map(u::to_upper, c), std::u32string(1, c));
    }
}

TEST(UnicodeProps, CategoryAndDecimalValueOfEveryCodePoint) {
    int bad = 0;
    char32_t next = 0;
    for (const auto& line : section("category")) {
        std::istringstream in(line);
        std::string first, last, cat;
        in >> first >> last >> cat;
        char32_t lo = static_cast<char32_t>(std::stoul(first, nullptr, 16));
        char32_t hi = static_cast<char32_t>(std::stoul(last, nullptr, 16));
        EXPECT_EQ(lo, next) << "category ranges must cover every code point";
        next = hi + 1;
        for (char32_t c = lo; c <= hi && bad < kMaxReports; ++c) {
            if (cat != u::category(c)) {
                ADD_FAILURE() << "category U+" << hex_of(std::u32string(1, c)) << " is " << u::category(c)
                              << ", expected " << cat;
                ++bad;
            }
        }
    }
    EXPECT_EQ(next, kCodePoints);

    std::vector<int> value(kCodePoints, -1);
    for (const auto& line : section("decimal_value")) {
        std::istringstream in(line);
        std::string first, last;
        int v;
        in >> first >> last >> v;
        char32_t lo = static_cast<char32_t>(std::stoul(first, nullptr, 16));
        char32_t hi = static_cast<char32_t>(std::stoul(last, nullptr, 16));
        for (char32_t c = lo; c <= hi; ++c) value[c] = v + static_cast<int>(c - lo);
    }
    bad = 0;
    for (char32_t c = 0; c < kCodePoints && bad < kMaxReports; ++c) {
        if (u::decimal_value(c) != value[c]) {
            ADD_FAILURE() << "decimal_value U+" << hex_of(std::u32string(1, c)) << " is " << u::decimal_value(c)
                          << ", expected " << value[c];
            ++bad;
        }
    }
}

TEST(UnicodeProps, CaseMappingsOfEveryCodePoint) {
    struct Case {
        const char* section;
        int (*f)(char32_t, char32_t*);
        std::string (*whole)(std::string_view);
    };
    const Case cases[] = {{"upper_map", u::to_upper, u::upper},
                          {"lower_map", u::to_lower, u::lower},
                          {"title_map", u::to_title, u::title},
                          {"casefold_map", u::to_casefold, u::casefold},
                          // A one-character string's capitalize() is its title case.
                          {"title_map", u::to_title, u::capitalize}};
    for (const auto& k : cases) {
        auto m = mapping(k.section);
        EXPECT_GT(m.size(), 1000u) << k.section;
        int bad = 0;
        for (char32_t c = 0; c < kCodePoints && bad < kMaxReports; ++c) {
            std::u32string want = mapped(m, c);
            std::u32string got = call_map(k.f, c);
            std::string whole = k.whole(to_utf8(std::u32string(1, c)));
            if (got != want || whole != to_utf8(want)) {
                ADD_FAILURE() << k.section << " of U+" << hex_of(std::u32string(1, c)) << ": " << hex_of(got)
                              << " and as a string " << hex_of(whole) << ", expected " << hex_of(want);
                ++bad;
            }
        }
    }
}

// The whole-string methods on one-character strings agree with the character predicates.
TEST(UnicodeProps, OneCharacterStrings) {
    auto upper = mapping("upper_map"), lower = mapping("lower_map");
    int bad = 0;
    for (char32_t c = 0; c < kCodePoints && bad < kMaxReports; ++c) {
        std::string s = to_utf8(std::u32string(1, c));
        std::u32string swapped = u::is_upper(c) ? mapped(lower, c) : u::is_lower(c) ? mapped(upper, c)
                                                                                      : std::u32string(1, c);
        bool ok = u::isalpha(s) == u::is_alpha(c) && u::isdecimal(s) == u::is_decimal(c) &&
                  u::isdigit(s) == u::is_digit(c) && u::isnumeric(s) == u::is_numeric(c) &&
                  u::isspace(s) == u::is_space(c) && u::isalnum(s) == u::is_alnum(c) &&
                  u::islower(s) == u::is_lower(c) && u::isupper(s) == u::is_upper(c) &&
                  u::istitle(s) == (u::is_upper(c) || u::is_titlecase(c)) && u::isascii(s) == (c < 0x80) &&
                  u::swapcase(s) == to_utf8(swapped);
        if (!ok) {
            ADD_FAILURE() << "one-character string U+" << hex_of(std::u32string(1, c));
            ++bad;
        }
    }
}

TEST(UnicodeProps, Strings) {
    using Transform = std::string (*)(std::string_view);
    const Transform transforms[] = {u::upper, u::lower, u::casefold, u::title, u::capitalize, u::swapcase};
    const char* transform_names[] = {"upper", "lower", "casefold", "title", "capitalize", "swapcase"};
    using Test = bool (*)(std::string_view);
    const Test predicates[] = {u::isalpha, u::isdecimal, u::isdigit, u::isnumeric, u::isspace,
                               u::isalnum, u::islower, u::isupper, u::istitle, u::isascii};
    const char* predicate_names[] = {"isalpha", "isdecimal", "isdigit", "isnumeric", "isspace",
                                     "isalnum", "islower", "isupper", "istitle", "isascii"};
    const auto& lines = section("strings");
    EXPECT_GT(lines.size(), 3000u);
    size_t sigmas = 0;
    for (const auto& line : lines) {
        auto fields = split(line, '|');
        ASSERT_EQ(fields.size(), 8u) << line;
        std::string in = unescape(fields[0]);
        for (int k = 0; k < 6; ++k) {
            std::string want = unescape(fields[k + 1]);
            EXPECT_EQ(hex_of(transforms[k](in)), hex_of(want)) << transform_names[k] << " of " << line;
        }
        ASSERT_EQ(fields[7].size(), 10u) << line;
        for (int k = 0; k < 10; ++k)
            EXPECT_EQ(predicates[k](in), fields[7][k] == '1') << predicate_names[k] << " of " << line;

        // lower() rebuilt from to_lower() and the code point form of final_sigma().
        std::u32string cps = to_u32(in), lowered;
        for (size_t i = 0; i < cps.size(); ++i) {
            if (cps[i] == 0x3A3) {
                lowered += u::final_sigma(cps, i) ? U'\u03C2' : U'\u03C3';
                ++sigmas;
            } else {
                lowered += call_map(u::to_lower, cps[i]);
            }
        }
        EXPECT_EQ(hex_of(lowered), hex_of(unescape(fields[2]))) << "final_sigma(u32string_view) for " << line;
    }
    EXPECT_GT(sigmas, 500u);
}

TEST(UnicodeProps, FinalSigmaExamples) {
    // Straight from CPython: 'ΑΣ'.lower() == 'ας', 'ΑΣ Α'.lower() == 'ας α', 'Σ'.lower() == 'σ'.
    EXPECT_EQ(u::lower("ΑΣ"), "ας");
    EXPECT_EQ(u::lower("ΑΣ Α"), "ας α");
    EXPECT_EQ(u::lower("Σ"), "σ");
    EXPECT_EQ(u::lower("ΑΣΑ"), "ασα");
    EXPECT_EQ(u::lower("Α'Σ"), "α'ς");
    EXPECT_TRUE(u::final_sigma(std::string_view("ΑΣ"), 2));
    EXPECT_FALSE(u::final_sigma(std::string_view("ΑΣΑ"), 2));
    EXPECT_TRUE(u::final_sigma(std::u32string_view(U"Α\u0301Σ\u0301"), 2));
    EXPECT_FALSE(u::final_sigma(std::u32string_view(U"\u0301Σ"), 1));
    EXPECT_EQ(u::title("they're bill's"), "They'Re Bill'S");
    EXPECT_EQ(u::capitalize("ǆa"), "ǅa");
    EXPECT_EQ(u::upper("ßŉﬁ"), "SSʼNFI");
    EXPECT_EQ(u::casefold("ß"), "ss");
}

// Not valid UTF-8 (outside the precondition): bytes pass through and count as uncased,
// non-alphabetic characters. No CPython oracle here; this pins down Krait's own choice.
TEST(UnicodeProps, InvalidBytes) {
    EXPECT_EQ(u::upper("a\xff" "b"), "A\xff" "B");
    EXPECT_EQ(u::lower("\xce"), "\xce");  // truncated sequence at the end
    EXPECT_EQ(u::title("a\x80" "b"), "A\x80" "B");
    EXPECT_EQ(u::lower("A\xff" "Σ"), "a\xff" "σ");
    EXPECT_EQ(u::lower("é\x80" "Σ"), "é\x80" "σ");
    EXPECT_EQ(u::lower("AΣ\xff"), "aς\xff");
    EXPECT_FALSE(u::isalpha("a\xff"));
    EXPECT_FALSE(u::isascii("\xff"));
    EXPECT_FALSE(u::istitle("\xff"));
    // Lone surrogates (Krait's 3-byte form) are ordinary uncased characters.
    EXPECT_EQ(u::upper("a\xed\xa0\x80" "b"), "A\xed\xa0\x80" "B");
    EXPECT_EQ(u::title("a\xed\xa0\x80" "b"), "A\xed\xa0\x80" "B");
}

}  // namespace
