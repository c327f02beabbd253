// ast.dump for Krait's syntax tree, byte for byte as CPython 3.11 prints it, so that trees
// can be compared with the reference implementation's.
#pragma once
#include <string>

#include "parser/ast.hpp"

namespace krait::ast {

// Appends what CPython 3.11's ast.dump(node) prints (annotate_fields=True,
// include_attributes=False, indent=None). Returns false when a constant cannot be printed
// (an int literal beyond str()'s 4300-digit limit, where ast.dump raises ValueError) and
// stores CPython's message in *error if error is not null; out then holds a partial dump.
// Recursion is as deep as the tree, which the parser bounds by kMaxDepth.
bool dump(std::string& out, const Node* node, std::string* error);

}  // namespace krait::ast
