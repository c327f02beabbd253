// The tokenizer. re2c matches token shapes over a whole NUL-terminated buffer; the C++
// around it keeps CPython's tokenizer state: the indentation stack (with the tab
// consistency check), pending INDENT/DEDENTs, and the bracket stack that joins lines.
//
// Numbers and the bounds of string literals are scanned by hand, because their error
// messages and caret positions must match CPython's character for character. Literal
// *values* are decoded later by the parser (parser/literal.cpp).

#include "lexer/lexer.hpp"

#include <cstdio>
#include <cstring>
#include <string>

#include "grammar.h"
#include "support/unicode.hpp"
#include "support/utf8.hpp"

namespace krait::lex {

namespace {

constexpr int kMaxIndent = 100;  // CPython's MAXINDENT
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL: nested brackets

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// A byte that could continue an identifier: what makes `1abc` an invalid number.
bool is_potential_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' ||
           static_cast<unsigned char>(c) >= 128;
}

char closing_for(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

}  // namespace

Lexer::Lexer(std::string_view source)
    : src_(source), cur_(source.data()), line_start_(source.data()) {}

Token Lexer::make(int kind, const char* start) {
    Token t;
    t.kind = kind;
    t.begin = static_cast<uint32_t>(start - src_.data());
    t.end = static_cast<uint32_t>(cur_ - src_.data());
    // A token never spans lines except strings, which fix their start line themselves.
    t.end_line = line_;
    t.end_col = col_of(cur_);
    t.line = line_;
    t.col = col_of(start);
    return t;
}

Token Lexer::fail(Diagnostic::Type type, std::string msg, int line, int col, int end_line, int end_col) {
    failed_ = true;
    error_.type = type;
    error_.message = std::move(msg);
    error_.line = line;
    error_.col = col;
    error_.end_line = end_line;
    error_.end_col = end_col;
    Token t{};
    t.kind = TK_ERRORTOKEN;
    t.line = t.end_line = line;
    t.col = t.end_col = col;
    t.begin = t.end = static_cast<uint32_t>(cur_ - src_.data());
    return t;
}

// CPython's tokenizer reports most errors with the caret on the character just before its
// read position; `at` is that read position.
Token Lexer::fail_at(const char* at, std::string msg) {
    const char* p = at > line_start_ ? at - 1 : at;
    while (p > line_start_ && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
    int col = col_of(p);
    return fail(Diagnostic::Type::SyntaxError, std::move(msg), line_, col, line_, col + 1);
}

void Lexer::newline_at(const char* p) {
    ++line_;
    line_start_ = p;
}

Token Lexer::next() {
    for (;;) {
        if (failed_) {
            Token t{};
            t.kind = TK_ERRORTOKEN;
            t.line = t.end_line = line_;
            return t;
        }
        if (pending_dedents_ > 0) {
            --pending_dedents_;
            Token t = make(TK_DEDENT, cur_);
            return t;
        }
        if (pending_indent_) {
            pending_indent_ = false;
            Token t = make(TK_INDENT, line_start_);
            return t;
        }
        if (at_bol_) {
            at_bol_ = false;
            if (brackets_.empty() && !at_line_start()) continue;
        }
        Token t = scan();
        if (t.kind < 0) continue;  // a line with no tokens after all
        if (t.kind == TK_NEWLINE) {
            at_bol_ = true;
            emitted_any_ = false;
        } else if (t.kind != TK_INDENT && t.kind != TK_DEDENT && t.kind != TK_ENDMARKER) {
            emitted_any_ = true;
        }
        return t;
    }
}

// At the start of a logical line: skips blank and comment-only lines, then compares the
// indentation with the stack and queues INDENT or DEDENTs. Returns false when it queued
// an error or tokens that next() must deliver first.
bool Lexer::at_line_start() {
    for (;;) {
        const char* p = cur_;
        int col = 0, altcol = 0;
        for (;; ++p) {
            if (*p == ' ') { ++col; ++altcol; }
            else if (*p == '\t') { col = (col / 8 + 1) * 8; ++altcol; }
            else if (*p == '\f') { col = altcol = 0; }
            else break;
        }
        if (*p == '#' || *p == '\n' || *p == '\r') {
            // Blank or comment-only line: indentation means nothing here.
            while (*p != '\n' && *p != '\r' && !(*p == '\0' && p == src_.data() + src_.size())) ++p;
            if (*p == '\0') { cur_ = p; return true; }
            if (*p == '\r' && p[1] == '\n') ++p;
            cur_ = p + 1;
            newline_at(cur_);
            continue;
        }
        if (*p == '\0' && p == src_.data() + src_.size()) { cur_ = p; return true; }
        cur_ = p;
        if (col == indents_.back()) {
            if (altcol != alt_indents_.back()) {
                fail(Diagnostic::Type::TabError, "inconsistent use of tabs and spaces in indentation", line_, -1, line_, -1);
                return false;
            }
        } else if (col > indents_.back()) {
            if (static_cast<int>(indents_.size()) >= kMaxIndent) {
                fail(Diagnostic::Type::IndentationError, "too many levels of indentation", line_, -1, line_, -1);
                return false;
            }
            if (altcol <= alt_indents_.back()) {
                fail(Diagnostic::Type::TabError, "inconsistent use of tabs and spaces in indentation", line_, -1, line_, -1);
                return false;
            }
            indents_.push_back(col);
            alt_indents_.push_back(altcol);
            pending_indent_ = true;
            return false;
        } else {
            while (indents_.size() > 1 && col < indents_.back()) {
                indents_.pop_back();
                alt_indents_.pop_back();
                ++pending_dedents_;
            }
            if (col != indents_.back()) {
                const char* eol = cur_;
                while (*eol != '\n' && *eol != '\r' && *eol != '\0') ++eol;
                int c = col_of(eol);
                fail(Diagnostic::Type::IndentationError, "unindent does not match any outer indentation level", line_, c, line_, c);
                return false;
            }
            if (altcol != alt_indents_.back()) {
                fail(Diagnostic::Type::TabError, "inconsistent use of tabs and spaces in indentation", line_, -1, line_, -1);
                return false;
            }
            return pending_dedents_ == 0;
        }
        return true;
    }
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = p;
    re2c:define:YYMARKER = marker;
    re2c:yyfill:enable = 0;
    re2c:indent:top = 1;

    prefix = [rRuUfFbB] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
*/

Token Lexer::scan() {
    using U = const unsigned char*;
    for (;;) {
        const char* start = cur_;
        U p = reinterpret_cast<U>(cur_);
        U marker = p;
        (void)marker;
        int kind;
        /*!re2c
            "\x00" {
                if (reinterpret_cast<const char*>(p) - 1 != src_.data() + src_.size()) {
                    cur_ = reinterpret_cast<const char*>(p);
                    return fail_at(cur_, "source code cannot contain null bytes");
                }
                // End of input: close the logical line, then the open blocks.
                if (!brackets_.empty()) {
                    const Bracket& b = brackets_.back();
                    std::string msg = "'";
                    msg += b.ch;
                    msg += "' was never closed";
                    return fail(Diagnostic::Type::SyntaxError, std::move(msg), b.line, b.col, b.line, b.col + 1);
                }
                if (emitted_any_) {
                    Token t = make(TK_NEWLINE, cur_);
                    t.end_col = t.col + 1;
                    return t;
                }
                // tokenize puts the closing DEDENTs and ENDMARKER on the line after the last.
                bool ends_with_newline = cur_ == src_.data() || cur_[-1] == '\n' || cur_[-1] == '\r';
                Token t = make(indents_.size() > 1 ? TK_DEDENT : TK_ENDMARKER, cur_);
                t.line = t.end_line = ends_with_newline ? line_ : line_ + 1;
                t.col = t.end_col = 0;
                if (indents_.size() > 1) { indents_.pop_back(); alt_indents_.pop_back(); }
                return t;
            }
            [ \t\f]+ { cur_ = reinterpret_cast<const char*>(p); continue; }
            "#" [^\n\r\x00]* { cur_ = reinterpret_cast<const char*>(p); continue; }
            "\\" "\r"? "\n" | "\\" "\r" {
                cur_ = reinterpret_cast<const char*>(p);
                if (*cur_ == '\0' && cur_ == src_.data() + src_.size()) {
                    int col = col_of(start) + 1;  // CPython points just past the backslash
                    return fail(Diagnostic::Type::SyntaxError, "unexpected EOF while parsing", line_, col, line_, col);
                }
                newline_at(cur_);
                continue;
            }
            "\\" {
                cur_ = reinterpret_cast<const char*>(p);
                if (*cur_ == '\0' && cur_ == src_.data() + src_.size())
                    return fail(Diagnostic::Type::SyntaxError, "unexpected EOF while parsing", line_, col_of(cur_), line_, col_of(cur_));
                return fail_at(cur_ + 1, "unexpected character after line continuation character");
            }
            "\r\n" | "\n" | "\r" {
                cur_ = reinterpret_cast<const char*>(p);
                if (!brackets_.empty() || !emitted_any_) {
                    newline_at(cur_);
                    if (brackets_.empty()) { at_bol_ = true; Token t{}; t.kind = -1; return t; }
                    continue;
                }
                Token t = make(TK_NEWLINE, start);
                newline_at(cur_);
                return t;
            }

            "False"    { kind = TK_FALSE; goto keyword; }
            "None"     { kind = TK_NONE; goto keyword; }
            "True"     { kind = TK_TRUE; goto keyword; }
            "and"      { kind = TK_AND; goto keyword; }
            "as"       { kind = TK_AS; goto keyword; }
            "assert"   { kind = TK_ASSERT; goto keyword; }
            "async"    { kind = TK_ASYNC; goto keyword; }
            "await"    { kind = TK_AWAIT; goto keyword; }
            "break"    { kind = TK_BREAK; goto keyword; }
            "class"    { kind = TK_CLASS; goto keyword; }
            "continue" { kind = TK_CONTINUE; goto keyword; }
            "def"      { kind = TK_DEF; goto keyword; }
            "del"      { kind = TK_DEL; goto keyword; }
            "elif"     { kind = TK_ELIF; goto keyword; }
            "else"     { kind = TK_ELSE; goto keyword; }
            "except"   { kind = TK_EXCEPT; goto keyword; }
            "finally"  { kind = TK_FINALLY; goto keyword; }
            "for"      { kind = TK_FOR; goto keyword; }
            "from"     { kind = TK_FROM; goto keyword; }
            "global"   { kind = TK_GLOBAL; goto keyword; }
            "if"       { kind = TK_IF; goto keyword; }
            "import"   { kind = TK_IMPORT; goto keyword; }
            "in"       { kind = TK_IN; goto keyword; }
            "is"       { kind = TK_IS; goto keyword; }
            "lambda"   { kind = TK_LAMBDA; goto keyword; }
            "nonlocal" { kind = TK_NONLOCAL; goto keyword; }
            "not"      { kind = TK_NOT; goto keyword; }
            "or"       { kind = TK_OR; goto keyword; }
            "pass"     { kind = TK_PASS; goto keyword; }
            "raise"    { kind = TK_RAISE; goto keyword; }
            "return"   { kind = TK_RETURN; goto keyword; }
            "try"      { kind = TK_TRY; goto keyword; }
            "while"    { kind = TK_WHILE; goto keyword; }
            "with"     { kind = TK_WITH; goto keyword; }
            "yield"    { kind = TK_YIELD; goto keyword; }

            prefix? ['"] {
                cur_ = reinterpret_cast<const char*>(p);
                return scan_string(start, cur_ - 1);
            }
            [a-zA-Z_][a-zA-Z0-9_]* { kind = TK_NAME; goto keyword; }
            [\x80-\xff] { kind = TK_NAME; goto unicode_name; }
            [0-9] | "." [0-9] { return scan_number(start); }

            "(" | "[" | "{" {
                cur_ = reinterpret_cast<const char*>(p);
                if (static_cast<int>(brackets_.size()) >= kMaxLevel)
                    return fail_at(cur_, "too many nested parentheses");
                brackets_.push_back({*start, line_, col_of(start)});
                return make(*start == '(' ? TK_LPAR : *start == '[' ? TK_LSQB : TK_LBRACE, start);
            }
            ")" | "]" | "}" {
                cur_ = reinterpret_cast<const char*>(p);
                char c = *start;
                if (brackets_.empty()) {
                    std::string msg = "unmatched '";
                    msg += c;
                    msg += "'";
                    return fail_at(cur_, std::move(msg));
                }
                Bracket open = brackets_.back();
                if (closing_for(open.ch) != c) {
                    std::string msg = "closing parenthesis '";
                    msg += c;
                    msg += "' does not match opening parenthesis '";
                    msg += open.ch;
                    msg += "'";
                    if (open.line != line_) msg += " on line " + std::to_string(open.line);
                    return fail_at(cur_, std::move(msg));
                }
                brackets_.pop_back();
                return make(c == ')' ? TK_RPAR : c == ']' ? TK_RSQB : TK_RBRACE, start);
            }

            "..."  { kind = TK_ELLIPSIS; goto op; }
            "**="  { kind = TK_DOUBLESTAREQUAL; goto op; }
            "//="  { kind = TK_DOUBLESLASHEQUAL; goto op; }
            ">>="  { kind = TK_RIGHTSHIFTEQUAL; goto op; }
            "<<="  { kind = TK_LEFTSHIFTEQUAL; goto op; }
            "!="   { kind = TK_NOTEQUAL; goto op; }
            "%="   { kind = TK_PERCENTEQUAL; goto op; }
            "&="   { kind = TK_AMPEREQUAL; goto op; }
            "**"   { kind = TK_DOUBLESTAR; goto op; }
            "*="   { kind = TK_STAREQUAL; goto op; }
            "+="   { kind = TK_PLUSEQUAL; goto op; }
            "-="   { kind = TK_MINEQUAL; goto op; }
            "->"   { kind = TK_RARROW; goto op; }
            "//"   { kind = TK_DOUBLESLASH; goto op; }
            "/="   { kind = TK_SLASHEQUAL; goto op; }
            ":="   { kind = TK_COLONEQUAL; goto op; }
            "<<"   { kind = TK_LEFTSHIFT; goto op; }
            "<="   { kind = TK_LESSEQUAL; goto op; }
            "=="   { kind = TK_EQEQUAL; goto op; }
            ">="   { kind = TK_GREATEREQUAL; goto op; }
            ">>"   { kind = TK_RIGHTSHIFT; goto op; }
            "@="   { kind = TK_ATEQUAL; goto op; }
            "^="   { kind = TK_CIRCUMFLEXEQUAL; goto op; }
            "|="   { kind = TK_VBAREQUAL; goto op; }
            ":"    { kind = TK_COLON; goto op; }
            ","    { kind = TK_COMMA; goto op; }
            ";"    { kind = TK_SEMI; goto op; }
            "+"    { kind = TK_PLUS; goto op; }
            "-"    { kind = TK_MINUS; goto op; }
            "*"    { kind = TK_STAR; goto op; }
            "/"    { kind = TK_SLASH; goto op; }
            "|"    { kind = TK_VBAR; goto op; }
            "&"    { kind = TK_AMPER; goto op; }
            "<"    { kind = TK_LESS; goto op; }
            ">"    { kind = TK_GREATER; goto op; }
            "="    { kind = TK_EQUAL; goto op; }
            "."    { kind = TK_DOT; goto op; }
            "%"    { kind = TK_PERCENT; goto op; }
            "~"    { kind = TK_TILDE; goto op; }
            "^"    { kind = TK_CIRCUMFLEX; goto op; }
            "@"    { kind = TK_AT; goto op; }

            [\x01-\x08\x0b\x0e-\x1f\x7f] {
                // CPython: a control character is never part of a token.
                cur_ = reinterpret_cast<const char*>(p);
                char buf[64];
                std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(*start));
                return fail_at(cur_, buf);
            }
            * {
                // `$`, `?`, `!` and backquote are no token at all; the parser reports them.
                cur_ = reinterpret_cast<const char*>(p);
                return make(TK_ERRORTOKEN, start);
            }
        */
    op:
        cur_ = reinterpret_cast<const char*>(p);
        return make(kind, start);
    keyword:
        // A word followed by a non-ASCII letter is one longer identifier, never a keyword.
        cur_ = reinterpret_cast<const char*>(p);
        if (static_cast<unsigned char>(*cur_) < 0x80) return make(kind, start);
        kind = TK_NAME;
    unicode_name:
        // Non-ASCII identifiers: every character must be XID_Start / XID_Continue.
        {
            size_t i = static_cast<size_t>(start - src_.data());
            bool first = true;
            for (;;) {
                size_t at = i;
                unsigned char c = static_cast<unsigned char>(src_.data()[i]);
                if (c == 0 && i == src_.size()) break;
                int32_t cp;
                if (c < 0x80) {
                    if (!is_potential_identifier_char(static_cast<char>(c)) || (first && is_digit(static_cast<char>(c)))) break;
                    cp = c;
                    ++i;
                } else {
                    cp = utf8::decode(src_, i);
                    if (cp < 0) {
                        cur_ = src_.data() + at + 1;
                        return fail_at(cur_, "invalid UTF-8 in source");
                    }
                }
                bool ok = first ? unicode::is_xid_start(static_cast<char32_t>(cp))
                                : unicode::is_xid_continue(static_cast<char32_t>(cp));
                if (!ok) {
                    if (cp < 0x80) break;
                    cur_ = src_.data() + i;
                    char buf[64];
                    std::string msg;
                    if (unicode::is_printable(static_cast<char32_t>(cp))) {
                        msg = "invalid character '";
                        utf8::encode(msg, static_cast<uint32_t>(cp));
                        std::snprintf(buf, sizeof buf, "' (U+%04X)", static_cast<unsigned>(cp));
                    } else {
                        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
                    }
                    msg += buf;
                    return fail_at(cur_, std::move(msg));
                }
                first = false;
            }
            cur_ = src_.data() + i;
            return make(kind, start);
        }
    }
}

// Scans a string literal whose prefix starts at `start` and whose opening quote is at
// `quote` (cur_ is just past it). Only finds the end; escapes are decoded by the parser.
Token Lexer::scan_string(const char* start, const char* quote) {
    char q = *quote;
    int quote_size = 1;
    if (cur_[0] == q && cur_[1] == q) {
        quote_size = 3;
        cur_ += 2;
    }
    int first_line = line_;
    const char* first_line_start = line_start_;
    int end_quotes = 0;
    for (;;) {
        char c = *cur_;
        bool at_end = c == '\0' && cur_ == src_.data() + src_.size();
        if (at_end || (quote_size == 1 && (c == '\n' || c == '\r'))) {
            // CPython reports from the start of the literal, on its first line; a final line
            // break does not count as another line.
            int detected = line_;
            if (at_end && detected > first_line && (cur_[-1] == '\n' || cur_[-1] == '\r')) --detected;
            line_ = first_line;
            line_start_ = first_line_start;
            int col = col_of(start);
            std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
            msg += " (detected at line " + std::to_string(detected) + ")";
            return fail(Diagnostic::Type::SyntaxError, std::move(msg), first_line, col, first_line, col + 1);
        }
        ++cur_;
        if (c == q) {
            if (++end_quotes == quote_size) break;
            continue;
        }
        end_quotes = 0;
        if (c == '\\') {
            // A backslash escapes the next character, even in raw strings.
            char e = *cur_;
            if (e == '\0' && cur_ == src_.data() + src_.size()) continue;
            ++cur_;
            if (e == '\r' && *cur_ == '\n') ++cur_;
            if (e == '\n' || e == '\r') newline_at(cur_);
        } else if (c == '\n' || (c == '\r' && *cur_ != '\n')) {
            newline_at(cur_);
        }
    }
    Token t = make(TK_STRING, start);
    t.line = first_line;
    t.col = static_cast<int>(start - first_line_start);
    return t;
}

// Numbers, following CPython's tokenizer step by step so that every malformed literal
// gets its message ("invalid decimal literal", "invalid digit '2' in binary literal", ...)
// with the caret where CPython puts it.
Token Lexer::scan_number(const char* start) {
    const char* p = start;
    // Reads digits with single underscores between them; p ends on the first other char.
    auto decimal_tail = [&]() -> bool {
        for (;;) {
            while (is_digit(*p)) ++p;
            if (*p != '_') return true;
            ++p;
            if (!is_digit(*p)) return false;
        }
    };
    // After a number: a letter or digit glued to it is an error, except the keywords that
    // may follow a number in valid code (`1if x else y`).
    auto end_ok = [&](const char* kind, Token* out) -> bool {
        static const char* const kFollowers[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
        for (const char* kw : kFollowers) {
            size_t n = std::strlen(kw);
            if (std::strncmp(p, kw, n) == 0) return true;
        }
        if (static_cast<unsigned char>(*p) < 128 && is_potential_identifier_char(*p)) {
            cur_ = p;
            *out = fail_at(p, std::string("invalid ") + kind + " literal");
            return false;
        }
        return true;
    };
    Token err;
    auto based = [&](int base, const char* kind) -> Token {
        p += 2;  // 0x / 0o / 0b
        auto valid = [base](char c) {
            return base == 16 ? is_hex(c) : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        };
        do {
            if (*p == '_') ++p;
            if (!valid(*p)) {
                if (base != 16 && is_digit(*p)) {
                    cur_ = p + 1;
                    return fail_at(cur_, std::string("invalid digit '") + *p + "' in " + kind + " literal");
                }
                cur_ = p;
                return fail_at(p, std::string("invalid ") + kind + " literal");
            }
            while (valid(*p)) ++p;
        } while (*p == '_');
        if (base != 16 && is_digit(*p)) {
            cur_ = p + 1;
            return fail_at(cur_, std::string("invalid digit '") + *p + "' in " + kind + " literal");
        }
        if (!end_ok(kind, &err)) return err;
        cur_ = p;
        return make(TK_NUMBER, start);
    };

    if (*p == '0' && (p[1] == 'x' || p[1] == 'X')) return based(16, "hexadecimal");
    if (*p == '0' && (p[1] == 'o' || p[1] == 'O')) return based(8, "octal");
    if (*p == '0' && (p[1] == 'b' || p[1] == 'B')) return based(2, "binary");

    bool fraction = false;
    if (*p == '0') {
        // "0", "00", "0_0", or a float/imaginary starting with zeros; never "0777".
        ++p;
        for (;;) {
            if (*p == '_') {
                ++p;
                if (!is_digit(*p)) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
            }
            if (*p != '0') break;
            ++p;
        }
        const char* zeros_end = *p ? p + 1 : p;  // CPython has read one character past the zeros
        bool nonzero = false;
        if (is_digit(*p)) {
            nonzero = true;
            if (!decimal_tail()) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
        }
        if (*p == '.') {
            ++p;
            fraction = true;
        } else if (*p == 'e' || *p == 'E' || *p == 'j' || *p == 'J') {
            // handled below
        } else if (nonzero) {
            cur_ = zeros_end;
            return fail(Diagnostic::Type::SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line_, col_of(start), line_, col_of(zeros_end) - 1);
        } else {
            if (!end_ok("decimal", &err)) return err;
            cur_ = p;
            return make(TK_NUMBER, start);
        }
    } else if (*p == '.') {
        ++p;
        fraction = true;
    } else {
        if (!decimal_tail()) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
        if (*p == '.') { ++p; fraction = true; }
    }
    if (fraction && is_digit(*p)) {
        if (!decimal_tail()) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
    }
    if (*p == 'e' || *p == 'E') {
        const char* e = p;
        ++p;
        if (*p == '+' || *p == '-') {
            ++p;
            if (!is_digit(*p)) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
        } else if (!is_digit(*p)) {
            // `1else`: the 'e' starts a keyword, not an exponent.
            p = e;
            if (!end_ok("decimal", &err)) return err;
            cur_ = p;
            return make(TK_NUMBER, start);
        }
        if (!decimal_tail()) { cur_ = p; return fail_at(p, "invalid decimal literal"); }
    }
    if (*p == 'j' || *p == 'J') {
        ++p;
        if (!end_ok("imaginary", &err)) return err;
    } else if (!end_ok("decimal", &err)) {
        return err;
    }
    cur_ = p;
    return make(TK_NUMBER, start);
}

}  // namespace krait::lex
