// Code generation: the syntax tree and its symbol table become CodeUnits (bytecode from
// vm/opcodes.def, constants, names, a line table and an exception table).
#pragma once
#include <memory>
#include <string_view>

#include "compiler/code_unit.hpp"
#include "compiler/symtable.hpp"
#include "parser/ast.hpp"
#include "support/diagnostic.hpp"

namespace krait::compiler {

// Compiles a module (or an Expression/Interactive tree). On a compile-time error returns null
// and fills `error` with CPython's message ("'return' outside function", ...).
std::shared_ptr<CodeUnit> compile(const ast::Mod* tree, const SymbolTable& symbols, std::string_view filename,
                                  Diagnostic& error);

}  // namespace krait::compiler
