// A token: its kind (a TK_* code that Lemon generates from parser/grammar.y, so the lexer
// and the parser share one list) and where it lies in the source.
#pragma once
#include <cstdint>
#include <string_view>

namespace krait::lex {

struct Token {
    int kind;
    uint32_t begin, end;          // byte offsets into the source
    int32_t line, col;            // start: line from 1, byte column from 0
    int32_t end_line, end_col;    // end, exclusive

    std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};

// The token's name as Python's `token` module spells it (NAME, LPAR, ...); keywords are
// spelled by their own upper-cased word (IF, DEF, ...).
const char* token_name(int kind);

}  // namespace krait::lex
