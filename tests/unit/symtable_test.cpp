// Scoping against CPython 3.11: tests/unit/data/symtable_cases.txt holds, for each snippet,
// the scope of every name as CPython's symtable module reports it (or the SyntaxError it
// raises), written by tools/gen_symtable_cases.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "compiler/symtable.hpp"
#include "parser/parser.hpp"

namespace krait::compiler {
namespace {

const char* scope_name(Scope s) {
    switch (s) {
        case Scope::Local: return "local";
        case Scope::GlobalExplicit: return "global_explicit";
        case Scope::GlobalImplicit: return "global_implicit";
        case Scope::Free: return "free";
        case Scope::Cell: return "cell";
    }
    return "?";
}

// One line per scope, in the layout the generator writes.
void describe(const ScopeInfo* s, std::vector<std::string>& out) {
    std::string kind = s->kind == ScopeKind::Module ? "module" : s->kind == ScopeKind::Class ? "class" : "function";
    std::string name(s->name);
    if (name.size() > 2 && name.front() == '<') name = name.substr(1, name.size() - 2);  // "<listcomp>" -> "listcomp"
    std::vector<const Symbol*> syms;
    for (const Symbol& y : s->symbols) syms.push_back(&y);
    std::sort(syms.begin(), syms.end(), [](auto* a, auto* b) { return a->name < b->name; });
    std::string line = kind + " " + name + ":";
    bool first = true;
    for (const Symbol* y : syms) {
        line += first ? " " : " ";
        first = false;
        line += std::string(y->name) + "=" + scope_name(y->scope);
    }
    if (syms.empty()) line += " ";
    out.push_back(line);
    for (auto& c : s->children) describe(c.get(), out);
}

std::string unescape(const std::string& s) {
    std::string r;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            r += s[i + 1] == 'n' ? '\n' : s[i + 1];
            ++i;
        } else {
            r += s[i];
        }
    }
    return r;
}

struct Case {
    std::string source;
    std::vector<std::string> expected;
};

std::vector<Case> load() {
    std::ifstream in(std::string(KRAIT_TESTS_DIR) + "/unit/data/symtable_cases.txt");
    std::vector<Case> cases;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("== ", 0) == 0) cases.push_back({unescape(line.substr(3)), {}});
        else if (!cases.empty()) cases.back().expected.push_back(line);
    }
    return cases;
}

TEST(SymbolTable, MatchesCPython) {
    std::vector<Case> cases = load();
    ASSERT_GT(cases.size(), 40u);
    for (const Case& c : cases) {
        Arena arena;
        parse::Result r = parse::parse(c.source, parse::Mode::Exec, arena);
        ASSERT_TRUE(r.tree) << c.source << r.error.message;
        SymbolTable table;
        Diagnostic error;
        std::vector<std::string> got;
        if (table.build(r.tree, error)) {
            describe(table.top(), got);
        } else {
            got.push_back("error: " + error.message + " @ " + std::to_string(error.line) + ":" + std::to_string(error.col));
        }
        // CPython's lines end "name: " with nothing after for empty scopes; normalize spaces.
        auto norm = [](std::vector<std::string> v) {
            for (auto& s : v)
                while (!s.empty() && s.back() == ' ') s.pop_back();
            return v;
        };
        EXPECT_EQ(norm(got), norm(c.expected)) << "source:\n" << c.source;
    }
}

}  // namespace
}  // namespace krait::compiler
