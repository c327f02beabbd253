// Checks support/pyrepr against python3.11's answers in data/pyrepr_cases.txt, which
// tools/gen_pyrepr_cases.py writes (the file's format is described there).
#include "support/pyrepr.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Fields = std::vector<std::string>;

struct Case {
    int line;
    Fields fields;  // after the kind
};

// The cases of one kind, read afresh so that tests share nothing.
std::vector<Case> load(std::string_view kind) {
    std::ifstream in(KRAIT_TESTS_DIR "/unit/data/pyrepr_cases.txt", std::ios::binary);
    EXPECT_TRUE(in) << "missing data/pyrepr_cases.txt: run tools/gen_pyrepr_cases.py";
    std::vector<Case> cases;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        Fields f;
        size_t start = 0;
        for (;;) {
            size_t tab = line.find('\t', start);
            f.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (f[0] != kind) continue;
        f.erase(f.begin());
        cases.push_back({n, std::move(f)});
    }
    EXPECT_GT(cases.size(), 100u) << kind;
    return cases;
}

std::string unhex(std::string_view h) {
    std::string out;
    auto nib = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    for (size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(nib(h[i]) << 4 | nib(h[i + 1]));
    return out;
}

double from_bits(const std::string& hex) { return std::bit_cast<double>(std::stoull(hex, nullptr, 16)); }

std::string to_bits(double v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(std::bit_cast<uint64_t>(v)));
    return buf;
}

// Undoes the generator's 'D*N' run-length segments.
std::string expand(std::string_view spec) {
    std::string out;
    size_t start = 0;
    for (;;) {
        size_t plus = spec.find('+', start);
        std::string_view part = spec.substr(start, plus - start);
        if (part.size() > 2 && part[1] == '*') out.append(std::stoul(std::string(part.substr(2))), part[0]);
        else out.append(part);
        if (plus == std::string_view::npos) return out;
        start = plus + 1;
    }
}

// Reports at most a few mismatches per kind, so one bug does not print thousands of lines.
class Mismatches {
public:
    void check(const Case& c, const std::string& got, const std::string& want) {
        if (got == want) return;
        if (++count_ <= 20)
            ADD_FAILURE() << "line " << c.line << ": input " << c.fields[0].substr(0, 200) << "\n  got:  "
                          << got.substr(0, 300) << "\n  want: " << want.substr(0, 300);
    }
    ~Mismatches() { EXPECT_EQ(count_, 0) << "mismatches in total"; }

private:
    int count_ = 0;
};

TEST(PyRepr, FloatRepr) {
    Mismatches m;
    for (const Case& c : load("float")) m.check(c, krait::pyrepr::float_repr(from_bits(c.fields[0])), c.fields[1]);
}

TEST(PyRepr, ImagRepr) {
    Mismatches m;
    for (const Case& c : load("imag")) m.check(c, krait::pyrepr::imag_repr(from_bits(c.fields[0])), c.fields[1]);
}

TEST(PyRepr, ParseFloat) {
    Mismatches m;
    for (const Case& c : load("parse")) m.check(c, to_bits(krait::pyrepr::parse_float(c.fields[0])), c.fields[1]);
}

TEST(PyRepr, StrRepr) {
    Mismatches m;
    for (const Case& c : load("str")) {
        std::string got = "prefix:";
        krait::pyrepr::str_repr(got, unhex(c.fields[0]));
        m.check(c, got, "prefix:" + unhex(c.fields[1]));
    }
}

TEST(PyRepr, BytesRepr) {
    Mismatches m;
    for (const Case& c : load("bytes")) {
        std::string got;
        krait::pyrepr::bytes_repr(got, unhex(c.fields[0]));
        m.check(c, got, c.fields[1]);
    }
}

TEST(PyRepr, IntToDecimal) {
    Mismatches m;
    for (const Case& c : load("int")) {
        std::string digits = expand(c.fields[2]);
        std::string want = c.fields[3] == "!" ? "prefix:" : "prefix:" + expand(c.fields[3]);
        std::string got = "prefix:";
        bool ok = krait::pyrepr::int_to_decimal(digits, std::stoi(c.fields[0]), got, std::stoul(c.fields[1]));
        Case shown{c.line, {c.fields[0] + " " + c.fields[1] + " " + c.fields[2]}};
        m.check(shown, ok ? "ok" : "refused", c.fields[3] == "!" ? "refused" : "ok");
        m.check(shown, got, want);  // a refusal leaves out untouched
    }
}

}  // namespace
