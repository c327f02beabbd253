// The tokenizer against CPython 3.11: every tests/lex/**/NAME.py must give exactly the
// tokens in NAME.tokens (`python3.11 -m tokenize -e` without COMMENT, NL and ENCODING
// lines, written by tools/gen_expected.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "krait/krait.hpp"
#include "tests/unit/data_files.hpp"

namespace {

using namespace krait::testing_data;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The first token line that differs, with the token lines before it for context.
std::string first_difference(const std::string& want, const std::string& got) {
    std::vector<std::string> w = lines_of(want), g = lines_of(got);
    size_t i = 0;
    while (i < w.size() && i < g.size() && w[i] == g[i]) ++i;
    std::ostringstream s;
    s << "token " << i + 1 << " differs (expected " << w.size() << " tokens, got " << g.size()
      << ")\n";
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) s << "  same:     " << w[k] << "\n";
    s << "  expected: " << (i < w.size() ? w[i] : "(no more tokens)") << "\n";
    s << "  actual:   " << (i < g.size() ? g[i] : "(no more tokens)");
    if (i == w.size() && i == g.size()) s << "\n  (the texts differ only in their final newline)";
    return s.str();
}

class LexData : public testing::TestWithParam<DataFile> {};

TEST_P(LexData, MatchesCPython) {
    const DataFile& f = GetParam();
    fs::path expected_path = fs::path(f.path).replace_extension(".tokens");
    ASSERT_TRUE(fs::exists(expected_path))
        << expected_path << " is missing: run python3.11 tools/gen_expected.py";
    std::string want = read_file(expected_path);
    std::string got;
    try {
        got = krait::dump_tokens(read_file(f.path), f.path.filename().string());
    } catch (const krait::Error& e) {
        FAIL() << f.rel << ": CPython tokenizes it, Krait raised:\n" << e.what();
    }
    // The API leaves a final newline unspecified; the data files always end with one.
    if (!got.empty() && got.back() != '\n') got += '\n';
    if (got != want) ADD_FAILURE() << f.rel << ": " << first_difference(want, got);
}

INSTANTIATE_TEST_SUITE_P(File, LexData,
                         testing::ValuesIn(data_files(fs::path(KRAIT_TESTS_DIR) / "lex")),
                         [](const testing::TestParamInfo<DataFile>& p) { return p.param.name; });

}  // namespace
