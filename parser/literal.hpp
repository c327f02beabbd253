// Literal values: NUMBER tokens and the bodies of string tokens, decoded as CPython does.
#pragma once
#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "support/arena.hpp"

namespace krait::parse {

// Decodes a NUMBER token. On error returns false with CPython's message in `error`.
bool decode_number(std::string_view text, Arena& arena, ast::ConstValue& out, std::string& error);

// A string token taken apart: its prefix flags and the text between the quotes.
struct StringToken {
    bool bytes = false, raw = false, fstring = false, u = false;
    std::string_view body;
    size_t body_offset = 0;  // where body starts within the token text
};
StringToken split_string_token(std::string_view token);

// Appends the value of a literal (part) to `out`: newlines normalized to \n and, unless
// raw, escapes decoded. Str values are UTF-8 with lone surrogates encoded as 3-byte
// sequences; bytes values are raw bytes. On error returns false with CPython's message.
bool decode_literal(std::string_view body, bool bytes, bool raw, std::string& out, std::string& error);

}  // namespace krait::parse
