// Checks runtime/format against python3.11's answers in data/format_cases.txt, which
// tools/gen_format_cases.py writes (the file's format is described there), plus a few
// properties the data file cannot show cheaply (huge outputs, untouched output on error).
#include "runtime/format.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "support/pyrepr.hpp"

namespace {

namespace fmt = krait::fmt;

using Fields = std::vector<std::string>;

struct Case {
    int line;
    Fields fields;  // after the kind
};

std::string unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        char c = s[++i];
        switch (c) {
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'x': out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)); i += 2; break;
        case 'R': {  // \R<count>:<c>
            size_t colon = s.find(':', i);
            out.append(std::stoull(std::string(s.substr(i + 1, colon - i - 1))), s[colon + 1]);
            i = colon + 1;
            break;
        }
        default: out += c; break;
        }
    }
    return out;
}

// The cases of one kind, read afresh so that tests share nothing.
std::vector<Case> load(std::string_view kind) {
    std::ifstream in(KRAIT_TESTS_DIR "/unit/data/format_cases.txt", std::ios::binary);
    EXPECT_TRUE(in) << "missing data/format_cases.txt: run tools/gen_format_cases.py";
    std::vector<Case> cases;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        size_t tab = line.find('\t');
        if (std::string_view(line).substr(0, tab) != kind) continue;
        Fields f;
        for (size_t start = tab + 1;;) {
            tab = line.find('\t', start);
            f.push_back(unescape(std::string_view(line).substr(start, tab - start)));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        cases.push_back({n, std::move(f)});
    }
    EXPECT_GT(cases.size(), 500u) << kind;
    return cases;
}

double from_bits(const std::string& hex) { return std::bit_cast<double>(std::stoull(hex, nullptr, 16)); }

const char* kind_name(fmt::ErrorKind k) {
    switch (k) {
    case fmt::ErrorKind::value_error: return "ValueError";
    case fmt::ErrorKind::overflow_error: return "OverflowError";
    case fmt::ErrorKind::memory_error: return "MemoryError";
    }
    return "?";
}

// What a call produced, in the data file's terms: "ok" and the text, or the exception.
struct Outcome {
    std::string status, text;
};

Outcome outcome(bool ok, const std::string& out, const fmt::Error& err) {
    if (ok) return {"ok", out};
    return {kind_name(err.kind), err.message};
}

// Reports at most a few mismatches per kind, so one bug does not print thousands of lines.
class Mismatches {
public:
    void check(const Case& c, const Outcome& got) {
        const std::string& want_status = c.fields[c.fields.size() - 2];
        const std::string& want = c.fields.back();
        if (got.status == want_status && got.text == want) return;
        if (++count_ <= 20) {
            std::string input;
            for (size_t i = 0; i + 2 < c.fields.size(); ++i) input += "[" + c.fields[i].substr(0, 80) + "] ";
            ADD_FAILURE() << "line " << c.line << ": " << input << "\n  got:  " << got.status << " "
                          << got.text.substr(0, 300) << "\n  want: " << want_status << " " << want.substr(0, 300);
        }
    }
    ~Mismatches() { EXPECT_EQ(count_, 0) << "mismatches in total"; }

private:
    int count_ = 0;
};

// Hex digits in base 2 or 8 (or left alone for 16), with leading zeros as the regrouping
// leaves them: format_int is expected to ignore those.
std::string hex_to_base(const std::string& hex, int base) {
    if (base == 16) return hex;
    std::string bits;
    for (char c : hex) {
        int v = c <= '9' ? c - '0' : c - 'a' + 10;
        for (int b = 3; b >= 0; --b) bits += static_cast<char>('0' + ((v >> b) & 1));
    }
    if (base == 2) return bits;
    while (bits.size() % 3) bits.insert(bits.begin(), '0');
    std::string out;
    for (size_t i = 0; i < bits.size(); i += 3)
        out += static_cast<char>('0' + (bits[i] - '0') * 4 + (bits[i + 1] - '0') * 2 + (bits[i + 2] - '0'));
    return out;
}

std::string int_digits(const Case& c, int base) { return base == 10 ? c.fields[1] : hex_to_base(c.fields[2], base); }

// What the interpreter does for format(int, spec): float types format float(x).
Outcome format_int_like_python(const Case& c) {
    const bool negative = c.fields[0] == "1";
    const std::string& spec = c.fields[3];
    std::string out;
    fmt::Error err;
    fmt::Spec s;
    if (!spec.empty() && !fmt::parse_spec(spec, s, err, "int")) return outcome(false, out, err);
    if (fmt::int_needs_float(s)) {
        double v = krait::pyrepr::parse_float(c.fields[1]);
        if (std::isinf(v)) return {"OverflowError", "int too large to convert to float"};
        return outcome(fmt::format_float(negative ? -v : v, s, out, err, "int"), out, err);
    }
    bool ok = fmt::format_int(negative, int_digits(c, fmt::int_base(s)), s, out, err);
    return outcome(ok, out, err);
}

fmt::PercentSpec percent_spec(const std::string& flags, const std::string& width, const std::string& prec,
                              const std::string& type) {
    fmt::PercentSpec p;
    for (char f : flags) {
        switch (f) {
        case '-': p.left = true; break;
        case '+': p.plus = true; break;
        case ' ': p.space = true; break;
        case '#': p.alternate = true; break;
        case '0': p.zero = true; break;
        }
    }
    p.width = std::stoll(width);
    p.precision = std::stoll(prec);
    p.type = static_cast<unsigned char>(type[0]);
    return p;
}

TEST(Format, Float) {
    Mismatches m;
    for (const Case& c : load("F")) {
        std::string out = "";
        fmt::Error err;
        bool ok = fmt::format_float(from_bits(c.fields[0]), c.fields[1], out, err);
        m.check(c, outcome(ok, out, err));
    }
}

TEST(Format, Int) {
    Mismatches m;
    for (const Case& c : load("I")) m.check(c, format_int_like_python(c));
}

TEST(Format, Str) {
    Mismatches m;
    for (const Case& c : load("S")) {
        std::string out;
        fmt::Error err;
        bool ok = fmt::format_str(c.fields[0], c.fields[1], out, err);
        m.check(c, outcome(ok, out, err));
    }
}

TEST(Format, PercentInt) {
    Mismatches m;
    for (const Case& c : load("PI")) {
        fmt::PercentSpec p = percent_spec(c.fields[3], c.fields[4], c.fields[5], c.fields[6]);
        std::string out;
        fmt::Error err;
        bool ok = fmt::format_percent_int(c.fields[0] == "1", int_digits(c, fmt::percent_int_base(p.type)), p, out, err);
        m.check(c, outcome(ok, out, err));
    }
}

TEST(Format, PercentFloat) {
    Mismatches m;
    for (const Case& c : load("PF")) {
        fmt::PercentSpec p = percent_spec(c.fields[1], c.fields[2], c.fields[3], c.fields[4]);
        std::string out;
        fmt::Error err;
        bool ok = fmt::format_percent_float(from_bits(c.fields[0]), p, out, err);
        m.check(c, outcome(ok, out, err));
    }
}

TEST(Format, PercentStr) {
    Mismatches m;
    for (const Case& c : load("PS")) {
        fmt::PercentSpec p = percent_spec(c.fields[1], c.fields[2], c.fields[3], c.fields[4]);
        std::string out;
        fmt::Error err;
        bool ok = fmt::format_percent_str(c.fields[0], p, out, err);
        m.check(c, outcome(ok, out, err));
    }
}

TEST(Format, AppendsAndLeavesOutputAloneOnError) {
    std::string out = "keep:";
    fmt::Error err;
    EXPECT_TRUE(fmt::format_float(1.5, ">6", out, err));
    EXPECT_EQ(out, "keep:   1.5");
    EXPECT_FALSE(fmt::format_float(1.5, "1000000000000", out, err));
    EXPECT_EQ(err.kind, fmt::ErrorKind::memory_error);
    EXPECT_FALSE(fmt::format_str("abc", "d", out, err));
    EXPECT_EQ(err.message, "Unknown format code 'd' for object of type 'str'");
    EXPECT_EQ(out, "keep:   1.5");
}

TEST(Format, TypeNamesInMessages) {
    fmt::Spec s;
    fmt::Error err;
    EXPECT_FALSE(fmt::parse_spec("xyz", s, err, "bool"));
    EXPECT_EQ(err.message, "Invalid format specifier 'xyz' for object of type 'bool'");
    ASSERT_TRUE(fmt::parse_spec("s", s, err, "bool"));
    std::string out;
    EXPECT_FALSE(fmt::format_int(false, "1", s, out, err, "bool"));
    EXPECT_EQ(err.message, "Unknown format code 's' for object of type 'bool'");
}

// Outputs too big for the data file: the digits of a double run out long before the
// precision does, and the rest must be zeros without a buffer of the precision's size.
TEST(Format, HugePrecision) {
    std::string out;
    fmt::Error err;
    ASSERT_TRUE(fmt::format_float(0.1, ".20000000f", out, err));
    ASSERT_EQ(out.size(), 20000002u);
    EXPECT_EQ(out.substr(0, 60), "0.1000000000000000055511151231257827021181583404541015625000");
    EXPECT_EQ(out.find_first_not_of('0', 60), std::string::npos);

    out.clear();
    fmt::PercentSpec p;
    p.precision = 20000000;
    p.type = 'e';
    p.alternate = true;
    ASSERT_TRUE(fmt::format_percent_float(-5e-324, p, out, err));
    ASSERT_EQ(out.size(), 20000008u);
    EXPECT_EQ(out.substr(0, 12), "-4.940656458");
    EXPECT_EQ(out.substr(out.size() - 5), "e-324");

    out.clear();
    fmt::Spec s;
    ASSERT_TRUE(fmt::parse_spec("0=20000000,", s, err, "int"));
    ASSERT_TRUE(fmt::format_int(true, "1234", s, out, err));
    ASSERT_EQ(out.size(), 20000000u);
    EXPECT_EQ(out.substr(0, 6), "-000,0");
    EXPECT_EQ(out.substr(out.size() - 6), "01,234");

    out.clear();
    ASSERT_TRUE(fmt::parse_spec("0=20000001,", s, err, "int"));
    ASSERT_TRUE(fmt::format_int(true, "1234", s, out, err));
    ASSERT_EQ(out.size(), 20000002u);  // one more would start with a separator
    EXPECT_EQ(out.substr(0, 6), "-0,000");
}

}  // namespace
