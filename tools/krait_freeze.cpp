// krait_freeze OUT.cpp MODULE.py...
//
// Compiles the standard modules written in Python (stdlib/py/*.py) when Krait is built, and
// writes OUT.cpp: the table stdlib/frozen.hpp declares, each module's CodeUnit serialized
// (compiler/code_unit_io.hpp) into a string literal. It runs on the build machine and uses the
// front end and the compiler only. Each module is compiled as the import system compiled it
// before (filename `<frozen NAME>`), so tracebacks show the same names and lines. A module
// that does not compile fails the build, reported as CPython reports a SyntaxError, after a
// `FILE:LINE:COLUMN: error:` line.
#include <cstdio>
#include <string>
#include <vector>

#include "compiler/code_unit_io.hpp"
#include "compiler/codegen.hpp"
#include "compiler/symtable.hpp"
#include "parser/parser.hpp"
#include "parser/syntax_error.hpp"
#include "support/arena.hpp"

namespace {

using namespace krait;

bool read_file(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

void report(const Diagnostic& d, std::string_view text, const std::string& path, bool declared) {
    parse::SyntaxErrorInfo e = parse::to_python(d, text, path, declared);
    std::fprintf(stderr, "%s:%d:%d: error: %s: %s\n%s", path.c_str(), e.lineno, e.offset, e.type.c_str(),
                 e.message.c_str(), parse::format_syntax_error(e).c_str());
}

// The module's code, serialized; false (reported) if it does not compile.
bool freeze(const std::string& path, const std::string& name, std::string& out) {
    std::string raw, text;
    if (!read_file(path, raw)) {
        std::fprintf(stderr, "%s: error: cannot read the file\n", path.c_str());
        return false;
    }
    Diagnostic d;
    bool declared = false;
    if (!parse::prepare_source(raw, path, text, d, &declared)) {
        report(d, raw, path, false);
        return false;
    }
    Arena arena;
    parse::Result r = parse::parse(text, parse::Mode::Exec, arena);
    if (!r.tree) {
        report(r.error, text, path, declared);
        return false;
    }
    compiler::SymbolTable symbols;
    if (!symbols.build(r.tree, d)) {
        report(d, text, path, declared);
        return false;
    }
    auto unit = compiler::compile(r.tree, symbols, "<frozen " + name + ">", d);
    if (!unit) {
        report(d, text, path, declared);
        return false;
    }
    out = compiler::serialize(*unit);
    // The build must never embed what the interpreter would refuse.
    std::string why;
    if (!compiler::deserialize(out, &why)) {
        std::fprintf(stderr, "%s: error: its serialized code does not read back: %s\n", path.c_str(), why.c_str());
        return false;
    }
    return true;
}

// `bytes` as a C++ string literal, in lines of about 100 characters. Printable characters
// stay as they are; the rest are three-digit octal escapes, which cannot swallow a digit that
// follows them.
void append_literal(std::string& out, std::string_view bytes) {
    out += "    \"";
    size_t col = 0;
    for (unsigned char c : bytes) {
        if (col >= 100) {
            out += "\"\n    \"";
            col = 0;
        }
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            out += static_cast<char>(c);
            ++col;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
            col += 4;
        }
    }
    out += "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: krait_freeze OUT.cpp MODULE.py...\n");
        return 2;
    }
    std::string body, table;
    bool ok = true;
    for (int i = 2; i < argc; ++i) {
        std::string path = argv[i];
        size_t slash = path.find_last_of('/');
        std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
        if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0) name.resize(name.size() - 3);
        bool identifier = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
        for (char c : name)
            identifier = identifier && (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        if (!identifier) {
            std::fprintf(stderr, "%s: error: not a module name\n", path.c_str());
            ok = false;
            continue;
        }
        std::string bytes;
        if (!freeze(path, name, bytes)) {
            ok = false;
            continue;
        }
        std::string id = "k_code_" + std::to_string(i - 2);
        body += "// " + name + "\nstatic const char " + id + "[] =\n";
        append_literal(body, bytes);
        body += ";\n\n";
        table += "    {\"" + name + "\", " + id + ", sizeof " + id + " - 1},\n";
    }
    if (!ok) return 1;
    std::string out =
        "// Generated from stdlib/py/ by tools/krait_freeze.cpp: do not edit.\n"
        "#include \"stdlib/frozen.hpp\"\n\nnamespace krait::stdlib {\n\n" +
        body + "const FrozenModule kFrozenModules[] = {\n" + table +
        "    {nullptr, nullptr, 0},\n};\n\n}  // namespace krait::stdlib\n";
    std::string tmp = std::string(argv[1]) + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    bool written = f && std::fwrite(out.data(), 1, out.size(), f) == out.size();
    if (f && std::fclose(f) != 0) written = false;
    if (!written || std::rename(tmp.c_str(), argv[1]) != 0) {
        std::fprintf(stderr, "krait_freeze: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
