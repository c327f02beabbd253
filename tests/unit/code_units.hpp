// Shared by the unit tests of code units: compiling source text to a CodeUnit, and comparing
// two units field by field, nested units included.
#pragma once
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "compiler/code_unit.hpp"
#include "compiler/codegen.hpp"
#include "compiler/symtable.hpp"
#include "parser/parser.hpp"
#include "support/arena.hpp"

namespace krait::testing_code {

using compiler::CodeConstant;
using compiler::CodeUnit;
using compiler::ExceptionEntry;

// The unit for `source`, or null if it does not compile.
inline std::shared_ptr<CodeUnit> compile_text(std::string_view raw, std::string_view filename = "<test>") {
    std::string text;
    Diagnostic d;
    if (!parse::prepare_source(raw, filename, text, d)) return nullptr;
    Arena arena;
    parse::Result r = parse::parse(text, parse::Mode::Exec, arena);
    if (!r.tree) return nullptr;
    compiler::SymbolTable symbols;
    if (!symbols.build(r.tree, d)) return nullptr;
    return compiler::compile(r.tree, symbols, filename, d);
}

inline std::string read(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

inline void expect_same(const CodeUnit& a, const CodeUnit& b, const std::string& where);

inline void expect_same_const(const CodeConstant& a, const CodeConstant& b, const std::string& where) {
    ASSERT_EQ(int(a.kind), int(b.kind)) << where;
    EXPECT_EQ(a.base, b.base) << where;
    uint64_t x, y;
    std::memcpy(&x, &a.number, 8);
    std::memcpy(&y, &b.number, 8);
    EXPECT_EQ(x, y) << where << ": float bits";
    EXPECT_EQ(a.text, b.text) << where;
    ASSERT_EQ(a.items.size(), b.items.size()) << where;
    for (size_t i = 0; i < a.items.size(); ++i) expect_same_const(a.items[i], b.items[i], where + "[" + std::to_string(i) + "]");
    ASSERT_EQ(a.code == nullptr, b.code == nullptr) << where;
    if (a.code) expect_same(*a.code, *b.code, where + " " + a.code->qualname);
}

inline void expect_same(const CodeUnit& a, const CodeUnit& b, const std::string& where) {
    EXPECT_EQ(a.name, b.name) << where;
    EXPECT_EQ(a.qualname, b.qualname) << where;
    EXPECT_EQ(a.filename, b.filename) << where;
    EXPECT_EQ(a.firstlineno, b.firstlineno) << where;
    EXPECT_EQ(a.flags, b.flags) << where;
    EXPECT_EQ(a.argcount, b.argcount) << where;
    EXPECT_EQ(a.posonlyargcount, b.posonlyargcount) << where;
    EXPECT_EQ(a.kwonlyargcount, b.kwonlyargcount) << where;
    EXPECT_EQ(a.stacksize, b.stacksize) << where;
    EXPECT_EQ(a.code, b.code) << where;
    EXPECT_EQ(a.lines, b.lines) << where;
    EXPECT_EQ(a.names, b.names) << where;
    EXPECT_EQ(a.varnames, b.varnames) << where;
    EXPECT_EQ(a.cellvars, b.cellvars) << where;
    EXPECT_EQ(a.freevars, b.freevars) << where;
    ASSERT_EQ(a.exceptions.size(), b.exceptions.size()) << where;
    for (size_t i = 0; i < a.exceptions.size(); ++i) {
        const ExceptionEntry &x = a.exceptions[i], &y = b.exceptions[i];
        EXPECT_TRUE(x.start == y.start && x.end == y.end && x.target == y.target && x.depth == y.depth &&
                    x.lasti == y.lasti)
            << where << ": exception entry " << i;
    }
    ASSERT_EQ(a.consts.size(), b.consts.size()) << where;
    for (size_t i = 0; i < a.consts.size(); ++i) expect_same_const(a.consts[i], b.consts[i], where + " const " + std::to_string(i));
}

}  // namespace krait::testing_code
