#include "parser/syntax_error.hpp"

#include "support/utf8.hpp"

namespace krait::parse {

namespace {

// The text of 1-based line `n`, without its line break.
std::string_view line_text(std::string_view src, int n) {
    size_t start = 0;
    for (int i = 1; i < n; ++i) {
        size_t nl = src.find_first_of("\r\n", start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
        if (src[nl] == '\r' && start < src.size() && src[start] == '\n') ++start;
    }
    size_t end = src.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = src.size();
    std::string_view l = src.substr(start, end - start);
    size_t nul = l.find('\0');  // CPython's echo stops at a NUL byte
    return nul == std::string_view::npos ? l : l.substr(0, nul);
}

// 1-based character offset of byte column `col` in `line` (CPython's SyntaxError.offset).
int char_offset(std::string_view line, int col) {
    if (col < 0) return 0;
    size_t c = static_cast<size_t>(col);
    if (c > line.size()) return static_cast<int>(utf8::length(line) + (c - line.size())) + 1;
    return static_cast<int>(utf8::length(line.substr(0, c))) + 1;
}

}  // namespace

// The text CPython shows for a parser error on a file line: it reads the line back with
// fgets into a 1000-byte buffer, so of a longer line only the last chunk remains.
std::string_view program_text(std::string_view line, std::string_view source) {
    size_t with_newline = line.size() + (line.data() + line.size() < source.data() + source.size() ? 1 : 0);
    constexpr size_t kChunk = 999;
    if (with_newline <= kChunk) return line;
    size_t last = with_newline % kChunk;
    if (last == 0) last = kChunk;
    size_t keep = last - (with_newline - line.size());  // the newline is not shown
    return line.substr(line.size() - keep);
}

SyntaxErrorInfo to_python(const Diagnostic& d, std::string_view source, std::string_view filename,
                          bool encoding_declared) {
    SyntaxErrorInfo e;
    e.type = Diagnostic::type_name(d.type);
    e.message = d.message;
    e.filename = std::string(filename);
    if (d.line <= 0) return e;
    e.lineno = d.line;
    std::string_view line = d.text.empty() ? line_text(source, d.line) : std::string_view(d.text);
    bool bytes = d.from_parser && !encoding_declared;
    auto offset = [&](int col) { return col < 0 ? 0 : bytes ? col + 1 : char_offset(line, col); };
    e.offset = offset(d.col);
    e.end_lineno = d.end_line;
    if (d.end_line == d.line)
        e.end_offset = d.end_col < 0 ? 0 : offset(d.end_col);
    else
        e.end_offset = static_cast<int>(bytes ? line.size() : utf8::length(line)) + 1;
    e.text = std::string(d.from_parser && d.text.empty() ? program_text(line, source) : line);
    return e;
}

// As CPython's print_error_text: the line without its indentation, then a caret line.
std::string format_syntax_error(const SyntaxErrorInfo& e) {
    std::string out;
    if (e.lineno > 0) {
        out += "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
        std::string_view text = e.text;
        int offset = e.offset - 1;
        int carets = (e.end_offset > 0 && e.end_offset > e.offset) ? e.end_offset - e.offset : 1;
        size_t strip = 0;
        while (strip < text.size() && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f')) ++strip;
        std::string_view shown = text.substr(strip);
        offset -= static_cast<int>(utf8::length(text.substr(0, strip)));
        int len = static_cast<int>(utf8::length(shown));
        if (offset > len) offset = len;
        out += "    ";
        out += shown;
        out += "\n";
        if (offset >= 0 && e.offset > 0) {
            out += "    ";
            out.append(static_cast<size_t>(offset), ' ');
            out.append(static_cast<size_t>(carets), '^');
            out += "\n";
        }
    }
    out += e.type;
    if (!e.message.empty()) out += ": " + e.message;
    out += "\n";
    return out;
}

}  // namespace krait::parse
