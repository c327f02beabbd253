// The `krait` command. Like any host, it uses only the public API in include/krait/.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "krait/krait.hpp"

namespace {

const char kUsage[] =
    "usage: krait [option] file\n"
    "Options:\n"
    "  --dump-ast FILE  print FILE's syntax tree as CPython's ast.dump() does\n"
    "  --tokens FILE    print FILE's tokens as `python -m tokenize -e` does\n"
    "  --dis FILE       print FILE's bytecode\n"
    "                   (without comments and non-logical newlines)\n"
    "  -h, --help       print this help and exit\n"
    "  -V, --version    print the version and exit\n"
    "file               the script to run (for now: check its syntax)\n";

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

int usage_error(const char* msg) {
    std::fprintf(stderr, "krait: %s\n%s", msg, kUsage);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no input file (the interactive prompt is not built yet)");
    std::string arg = argv[1];
    if (arg == "-h" || arg == "--help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (arg == "-V" || arg == "--version") {
        std::printf("Krait %.*s\n", static_cast<int>(krait::version().size()), krait::version().data());
        return 0;
    }
    enum { Run, DumpAst, Tokens, Dis } action = Run;
    const char* path = argv[1];
    if (arg == "--dump-ast" || arg == "--tokens" || arg == "--dis") {
        if (argc < 3) return usage_error(("option " + arg + " needs a file").c_str());
        action = arg == "--dump-ast" ? DumpAst : arg == "--tokens" ? Tokens : Dis;
        path = argv[2];
    } else if (arg.size() > 1 && arg[0] == '-') {
        return usage_error(("unknown option " + arg).c_str());
    }

    std::string source;
    if (!read_file(path, source)) {
        std::fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", path, errno, std::strerror(errno));
        return 2;
    }
    try {
        switch (action) {
            case DumpAst: std::cout << krait::dump_ast(source, path); break;
            case Tokens: std::cout << krait::dump_tokens(source, path); break;
            case Dis: std::cout << krait::disassemble(source, path); break;
            case Run:
                krait::check_syntax(source, path);
                std::fprintf(stderr, "krait: '%s' is valid Python, but this build cannot run it yet: "
                                     "only the front end exists (try --dump-ast)\n", path);
                return 2;
        }
    } catch (const krait::Error& e) {
        std::cout.flush();
        std::fputs(e.what(), stderr);
        return 1;
    }
    return 0;
}
