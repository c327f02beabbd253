// A readable listing of compiled code (`krait --dis`), in the spirit of CPython's dis module.
#pragma once
#include <string>

#include "compiler/code_unit.hpp"

namespace krait::compiler {

// Lists `code` and, after it, every code object among its constants.
std::string disassemble(const CodeUnit& code);

}  // namespace krait::compiler
