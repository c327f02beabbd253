// The parser against CPython 3.11: every tests/ast/**/NAME.py must dump exactly as
// NAME.ast (ast.dump(ast.parse(source)), written by tools/gen_expected.py), plus direct
// checks of the syntax-error API.
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

// The API leaves a final newline unspecified; the data files always end with one.
std::string with_final_newline(std::string s) {
    if (s.empty() || s.back() != '\n') s += '\n';
    return s;
}

// Where two long texts (a dump is one very long line) first differ, with some context.
std::string first_difference(const std::string& want, const std::string& got) {
    size_t i = std::mismatch(want.begin(), want.begin() + std::min(want.size(), got.size()),
                             got.begin()).first - want.begin();
    size_t from = i > 60 ? i - 60 : 0;
    auto excerpt = [&](const std::string& text) {
        std::string e = text.substr(std::min(from, text.size()), 160);
        for (size_t k; (k = e.find('\n')) != std::string::npos;) e.replace(k, 1, "\\n");
        return e;
    };
    std::ostringstream s;
    s << "first difference at byte " << i << "\n  expected: ..." << excerpt(want)
      << "\n  actual:   ..." << excerpt(got);
    return s.str();
}

class AstData : public testing::TestWithParam<DataFile> {};

TEST_P(AstData, MatchesCPython) {
    const DataFile& f = GetParam();
    fs::path expected_path = fs::path(f.path).replace_extension(".ast");
    ASSERT_TRUE(fs::exists(expected_path))
        << expected_path << " is missing: run python3.11 tools/gen_expected.py";
    std::string want = read_file(expected_path);
    std::string got;
    try {
        got = with_final_newline(krait::dump_ast(read_file(f.path), f.path.filename().string()));
    } catch (const krait::Error& e) {
        FAIL() << f.rel << ": CPython parses it, Krait raised:\n" << e.what();
    }
    if (got != want) ADD_FAILURE() << f.rel << ": " << first_difference(want, got);
}

INSTANTIATE_TEST_SUITE_P(File, AstData,
                         testing::ValuesIn(data_files(fs::path(KRAIT_TESTS_DIR) / "ast")),
                         [](const testing::TestParamInfo<DataFile>& p) { return p.param.name; });

TEST(DataFolders, Exist) {
    // An empty suite above could also mean KRAIT_TESTS_DIR points to the wrong place.
    EXPECT_TRUE(fs::is_directory(fs::path(KRAIT_TESTS_DIR) / "unit")) << KRAIT_TESTS_DIR;
}

// ---- The syntax-error API. Every expected type, message and report below is what
// python3.11 prints for the source saved as f.py and run as `python3.11 f.py` (with the
// folder taken out of the path); compile(source, "f.py", "exec") agrees except where noted.

struct Raised {
    std::string type, message, report;
};

Raised raised_by(std::string_view source) {
    try {
        krait::check_syntax(source, "f.py");
    } catch (const krait::Error& e) {
        return {e.type_name(), e.message(), with_final_newline(e.what())};
    }
    return {"(nothing)", "", ""};
}

TEST(SyntaxErrorApi, ValidSourceDoesNotThrow) {
    EXPECT_NO_THROW(krait::check_syntax("x = (1,\n     2)\nif x:\n    pass\n", "f.py"));
    EXPECT_NO_THROW(krait::check_syntax("", "f.py"));
}

TEST(SyntaxErrorApi, UnclosedBracket) {
    Raised r = raised_by("x = (");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "'(' was never closed");
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 1\n"
              "    x = (\n"
              "        ^\n"
              "SyntaxError: '(' was never closed\n");
}

TEST(SyntaxErrorApi, UnmatchedBracket) {
    Raised r = raised_by("x = ]\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "unmatched ']'");
}

TEST(SyntaxErrorApi, InvalidSyntax) {
    Raised r = raised_by("x = 1 +\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "invalid syntax");
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 1\n"
              "    x = 1 +\n"
              "           ^\n"
              "SyntaxError: invalid syntax\n");
}

TEST(SyntaxErrorApi, UnterminatedString) {
    Raised r = raised_by("'abc\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "unterminated string literal (detected at line 1)");
}

TEST(SyntaxErrorApi, UnterminatedTripleQuotedString) {
    Raised r = raised_by("\"\"\"abc\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "unterminated triple-quoted string literal (detected at line 1)");
}

TEST(SyntaxErrorApi, AssignmentToLiteral) {
    Raised r = raised_by("1 = x\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
}

TEST(SyntaxErrorApi, DeleteCall) {
    Raised r = raised_by("del f()\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "cannot delete function call");
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 1\n"
              "    del f()\n"
              "        ^^^\n"
              "SyntaxError: cannot delete function call\n");
}

TEST(SyntaxErrorApi, PrintStatement) {
    Raised r = raised_by("print 'hello'\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "Missing parentheses in call to 'print'. Did you mean print(...)?");
}

TEST(SyntaxErrorApi, UnparenthesizedGenerator) {
    Raised r = raised_by("f(x for x in y, 1)\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message, "Generator expression must be parenthesized");
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 1\n"
              "    f(x for x in y, 1)\n"
              "      ^^^^^^^^^^^^\n"
              "SyntaxError: Generator expression must be parenthesized\n");
}

TEST(SyntaxErrorApi, LeadingZeros) {
    Raised r = raised_by("x = 0777\n");
    EXPECT_EQ(r.type, "SyntaxError");
    EXPECT_EQ(r.message,
              "leading zeros in decimal integer literals are not permitted; "
              "use an 0o prefix for octal integers");
}

TEST(SyntaxErrorApi, UnexpectedIndent) {
    Raised r = raised_by("x = 1\n  y = 2\n");
    EXPECT_EQ(r.type, "IndentationError");
    EXPECT_EQ(r.message, "unexpected indent");
    // CPython prints no caret line for this error.
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 2\n"
              "    y = 2\n"
              "IndentationError: unexpected indent\n");
}

TEST(SyntaxErrorApi, MissingIndentedBlock) {
    Raised r = raised_by("if x:\npass\n");
    EXPECT_EQ(r.type, "IndentationError");
    EXPECT_EQ(r.message, "expected an indented block after 'if' statement on line 1");
    // Run as a script CPython marks one column; compile() would print "^^^^".
    EXPECT_EQ(r.report,
              "  File \"f.py\", line 2\n"
              "    pass\n"
              "    ^\n"
              "IndentationError: expected an indented block after 'if' statement on line 1\n");
}

TEST(SyntaxErrorApi, InconsistentTabs) {
    Raised r = raised_by("if x:\n\tpass\n        pass\n");
    EXPECT_EQ(r.type, "TabError");
    EXPECT_EQ(r.message, "inconsistent use of tabs and spaces in indentation");
}

TEST(SyntaxErrorApi, DumpAstThrowsToo) {
    try {
        krait::dump_ast("x = (", "f.py");
        FAIL() << "dump_ast accepted invalid source";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "SyntaxError");
        EXPECT_EQ(e.message(), "'(' was never closed");
    }
}

TEST(DumpAst, SimpleModule) {
    // ast.dump(ast.parse("x = 1\n")) in python3.11.
    EXPECT_EQ(with_final_newline(krait::dump_ast("x = 1\n", "f.py")),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))],"
              " type_ignores=[])\n");
}

}  // namespace
