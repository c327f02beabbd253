// The front-end part of the public API: parse, dump and tokenize on behalf of a host.
#include <string>

#include "grammar.h"
#include "krait/krait.hpp"
#include "lexer/lexer.hpp"
#include "compiler/codegen.hpp"
#include "compiler/disasm.hpp"
#include "compiler/symtable.hpp"
#include "parser/dump.hpp"
#include "parser/parser.hpp"
#include "parser/syntax_error.hpp"
#include "support/pyrepr.hpp"
#include "support/utf8.hpp"

namespace krait {

namespace {

// A source decoded for parsing, and whether it declared its encoding (which changes how
// CPython counts columns in error reports).
struct Source {
    std::string text;
    bool declared = false;
};

[[noreturn]] void raise(const Diagnostic& d, const Source& src, std::string_view filename) {
    parse::SyntaxErrorInfo e = parse::to_python(d, src.text, filename, src.declared);
    throw Error(e.type, e.message, parse::format_syntax_error(e));
}

// Decodes the raw bytes, or throws the SyntaxError CPython gives for them.
Source prepared(std::string_view raw, std::string_view filename) {
    Source s;
    Diagnostic d;
    if (!parse::prepare_source(raw, filename, s.text, d, &s.declared)) raise(d, Source{std::string(raw)}, filename);
    return s;
}

}  // namespace

std::string_view version() { return KRAIT_VERSION; }

std::string dump_ast(std::string_view source, std::string_view filename) {
    Source src = prepared(source, filename);
    Arena arena;
    parse::Result r = parse::parse(src.text, parse::Mode::Exec, arena);
    if (!r.tree) raise(r.error, src, filename);
    std::string out, error;
    if (!ast::dump(out, r.tree, &error)) throw Error("ValueError", error, "ValueError: " + error + "\n");
    out += '\n';
    return out;
}

void check_syntax(std::string_view source, std::string_view filename) {
    Source src = prepared(source, filename);
    Arena arena;
    parse::Result r = parse::parse(src.text, parse::Mode::Exec, arena);
    if (!r.tree) raise(r.error, src, filename);
    // The scoping errors CPython reports when compiling ("no binding for nonlocal 'x' found").
    compiler::SymbolTable symbols;
    Diagnostic error;
    if (!symbols.build(r.tree, error)) raise(error, src, filename);
}

std::string disassemble(std::string_view source, std::string_view filename) {
    Source src = prepared(source, filename);
    Arena arena;
    parse::Result r = parse::parse(src.text, parse::Mode::Exec, arena);
    if (!r.tree) raise(r.error, src, filename);
    compiler::SymbolTable symbols;
    Diagnostic error;
    if (!symbols.build(r.tree, error)) raise(error, src, filename);
    auto code = compiler::compile(r.tree, symbols, filename, error);
    if (!code) raise(error, src, filename);
    return compiler::disassemble(*code);
}

std::string dump_tokens(std::string_view source, std::string_view filename) {
    Source src = prepared(source, filename);
    const std::string& text = src.text;
    lex::Lexer lexer(text);
    std::string out;
    // Columns count characters, as the tokenize module does.
    auto chars = [&](uint32_t offset, int byte_col) {
        if (byte_col <= 0 || offset < static_cast<uint32_t>(byte_col)) return static_cast<size_t>(byte_col < 0 ? 0 : byte_col);
        return utf8::length(std::string_view(text).substr(offset - byte_col, byte_col));
    };
    for (;;) {
        lex::Token t = lexer.next();
        if (t.kind == TK_ERRORTOKEN && lexer.failed()) raise(lexer.error(), src, filename);
        size_t c0 = chars(t.begin, t.col);
        size_t c1 = t.begin == t.end ? c0 + (t.end_col - t.col) : chars(t.end, t.end_col);
        std::string range = std::to_string(t.line) + "," + std::to_string(c0) + "-" + std::to_string(t.end_line) +
                            "," + std::to_string(c1) + ":";
        const char* name = lex::token_name(t.kind);
        bool keyword = t.kind >= TK_FALSE && t.kind <= TK_YIELD;
        std::string value;
        pyrepr::str_repr(value, t.text(text));
        char line[64];
        std::snprintf(line, sizeof line, "%-20s%-15s", range.c_str(), keyword ? "NAME" : name);
        out += line;
        out += value;
        size_t width = utf8::length(value);  // Python pads by characters
        if (width < 15) out.append(15 - width, ' ');
        out += '\n';
        if (t.kind == TK_ENDMARKER) break;
    }
    return out;
}

}  // namespace krait
