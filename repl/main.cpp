// The `krait` command. Like any host, it uses only the public API in include/krait/.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "krait/krait.hpp"

namespace {

// The interpreter Ctrl-C interrupts (the one signal handler of the program needs a global).
krait::Interpreter* g_running = nullptr;

void on_sigint(int) {
    if (g_running) g_running->keyboard_interrupt();
}

const char kUsage[] =
    "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd           run the program passed in as a string\n"
    "  -m mod           run library module as a script\n"
    "  -i               inspect interactively after running the script\n"
    "  -q               don't print the version message on interactive start-up\n"
    "  -h, --help       print this help and exit\n"
    "  -V, --version    print the version and exit\n"
    "  --dump-ast FILE  print FILE's syntax tree as CPython's ast.dump() does\n"
    "  --tokens FILE    print FILE's tokens as `python -m tokenize -e` does\n"
    "                   (without comments and non-logical newlines)\n"
    "  --dis FILE       print FILE's bytecode\n"
    "file               the program to run\n"
    "-                  read the program from standard input (the default when it is not a terminal)\n"
    "arg ...            arguments passed to the program in sys.argv[1:]\n";

// stdio rather than iostreams: iostreams' static initialisation alone (locales, facets) would
// be a good part of start-up time and memory.
bool read_stream(std::FILE* in, std::string& out) {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) out.append(buf, n);
    return !std::ferror(in);
}

bool read_file(const std::string& path, std::string& out) {
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return false;
    bool ok = read_stream(in, out);
    int saved = errno;
    std::fclose(in);
    errno = saved;
    return ok;
}

// One line of standard input without its newline; false at end of input.
bool read_line(std::string& line) {
    line.clear();
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') line += static_cast<char>(c);
    return c != EOF || !line.empty();
}

void write_out(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

int usage_error(const std::string& msg) {
    std::fprintf(stderr, "krait: %s\nusage: krait [option] ... [-c cmd | file | -] [arg] ...\n"
                         "Try `krait -h' for more information.\n", msg.c_str());
    return 2;
}

std::string folder_of(const std::string& path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The interactive prompt: `>>> ` and `... `, blocks until an empty line, results echoed.
int repl(krait::Interpreter& interp, bool quiet) {
    if (!quiet) {
        std::fprintf(stderr, "Krait %.*s (Python 3.11 compatible)\nType Ctrl-D to exit.\n",
                     static_cast<int>(krait::version().size()), krait::version().data());
    }
    std::string buffer, line;
    for (;;) {
        std::fputs(buffer.empty() ? ">>> " : "... ", stderr);
        std::fflush(stderr);
        if (!read_line(line)) {
            std::fputs("\n", stderr);
            return 0;
        }
        if (buffer.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
        buffer += line;
        buffer += '\n';
        if (interp.is_incomplete(buffer) && !(line.empty() && !buffer.empty() && buffer != "\n")) continue;
        bool exit_requested = false;
        int status = interp.run_interactive(buffer, &exit_requested);
        buffer.clear();
        if (exit_requested) return status;
    }
}

}  // namespace

int main(int argc, char** argv) {
    bool interactive = false, quiet = false;
    int i = 1;
    std::string command, module;
    bool have_command = false;
    for (; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "-V" || arg == "--version") {
            std::printf("Krait %.*s\n", static_cast<int>(krait::version().size()), krait::version().data());
            return 0;
        }
        if (arg == "--dump-ast" || arg == "--tokens" || arg == "--dis") {
            if (i + 1 >= argc) return usage_error("option " + arg + " needs a file");
            std::string source;
            if (!read_file(argv[i + 1], source)) {
                std::fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", argv[i + 1], errno,
                             std::strerror(errno));
                return 2;
            }
            try {
                if (arg == "--dump-ast") write_out(krait::dump_ast(source, argv[i + 1]));
                else if (arg == "--tokens") write_out(krait::dump_tokens(source, argv[i + 1]));
                else write_out(krait::disassemble(source, argv[i + 1]));
            } catch (const krait::Error& e) {
                std::fflush(stdout);
                std::fputs(e.what(), stderr);
                return 1;
            }
            return 0;
        }
        if (arg == "-i") {
            interactive = true;
        } else if (arg == "-q") {
            quiet = true;
        } else if (arg == "-c") {
            if (i + 1 >= argc) return usage_error("Argument expected for the -c option");
            command = argv[i + 1];
            have_command = true;
            i += 2;
            break;
        } else if (arg.size() > 2 && arg.substr(0, 2) == "-c") {
            command = arg.substr(2);
            have_command = true;
            ++i;
            break;
        } else if (arg == "-m") {
            if (i + 1 >= argc) return usage_error("Argument expected for the -m option");
            module = argv[i + 1];
            i += 2;
            break;
        } else if (arg == "-") {
            break;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("unknown option " + arg);
        } else {
            break;
        }
    }

    krait::Interpreter::Config config;
    std::string source, filename;
    bool run_repl = false;
    if (!module.empty()) {
        config.argv.push_back("-m");
        char cwd[4096];
        config.path.push_back(getcwd(cwd, sizeof cwd) ? cwd : ".");
    } else if (have_command) {
        config.argv.push_back("-c");
        config.path.push_back("");
        source = command;
        filename = "<string>";
    } else if (i < argc && std::string(argv[i]) != "-") {
        filename = argv[i];
        config.argv.push_back(filename);
        config.path.push_back(folder_of(filename));
        ++i;
        if (!read_file(filename, source)) {
            std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], filename.c_str(), errno,
                         std::strerror(errno));
            return 2;
        }
    } else {
        bool dash = i < argc;
        if (dash) ++i;
        config.argv.push_back(dash ? "-" : "");
        config.path.push_back("");
        if (!dash && isatty(0)) {
            run_repl = true;
        } else {
            read_stream(stdin, source);
            filename = "<stdin>";
        }
    }
    for (; i < argc; ++i) config.argv.push_back(argv[i]);

    krait::Interpreter interp(config);
    g_running = &interp;
    struct sigaction sa = {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    if (run_repl) return repl(interp, quiet);
    if (!module.empty()) {
        int status = interp.run_module(module);
        if (interactive && isatty(0)) return repl(interp, true);
        return status;
    }
    int status = interp.run_main(source, filename);
    if (interactive && isatty(0)) return repl(interp, true);
    return status;
}
