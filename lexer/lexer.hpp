// The tokenizer: a re2c scanner over a whole, NUL-terminated buffer, with the indentation
// and bracket bookkeeping of CPython's tokenizer around it. It produces the token stream
// the Lemon parser consumes: NEWLINE/INDENT/DEDENT are synthesized, comments and blank
// lines vanish, and lines inside brackets join.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.hpp"
#include "support/diagnostic.hpp"

namespace krait::lex {

class Lexer {
public:
    // `source` must stay alive and be followed by a NUL byte (source.data()[size] == 0).
    explicit Lexer(std::string_view source);

    // The next token. After an error it returns TK_ERRORTOKEN forever; error() says why.
    Token next();

    const Diagnostic& error() const { return error_; }
    bool failed() const { return failed_; }

    // Bracket nesting at the current position (for the parser's error messages).
    struct Bracket { char ch; int line, col; };
    const std::vector<Bracket>& brackets() const { return brackets_; }

    std::string_view source() const { return src_; }

private:
    Token scan();                       // one raw token (re2c)
    Token make(int kind, const char* start);
    Token fail(Diagnostic::Type type, std::string msg, int line, int col, int end_line, int end_col);
    Token fail_at(const char* at, std::string msg);
    bool at_line_start();               // handles indentation; may queue INDENT/DEDENT
    Token scan_string(const char* start, const char* quote);
    Token scan_number(const char* start);
    void newline_at(const char* p);     // records a line start
    int col_of(const char* p) const { return static_cast<int>(p - line_start_); }

    std::string_view src_;
    const char* cur_;        // scan position
    const char* line_start_; // start of the current physical line
    int line_ = 1;

    std::vector<int> indents_{0};       // indentation columns (tabs to multiples of 8)
    std::vector<int> alt_indents_{0};   // the same with tabs as 1 column, for TabError
    int pending_dedents_ = 0;
    bool pending_indent_ = false;
    bool at_bol_ = true;                // at the beginning of a logical line
    bool emitted_any_ = false;          // a token was produced on this logical line
    std::vector<Bracket> brackets_;
    bool failed_ = false;
    Diagnostic error_;
};

}  // namespace krait::lex
