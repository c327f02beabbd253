// Adjacent string literals, concatenated into one Constant or, when any of them is an
// f-string, a JoinedStr, as CPython 3.11's string parser does.
#pragma once
#include "lexer/token.hpp"
#include "parser/ast.hpp"

namespace krait::parse {

class Builder;

ast::Expr* build_string(Builder& b, const Vec<lex::Token>& parts);

// Parses the text of one f-string replacement field as `(text)` in f-string mode
// (implemented by the parse driver). Errors are recorded on `outer`.
ast::Expr* parse_fstring_expression(Builder& outer, std::string_view text, const lex::Token& where);

}  // namespace krait::parse
