// krait_parse_bench: how fast Krait's front end turns source text into a syntax tree.
//
//   krait_parse_bench [--repeat N] [--list FILE]... [SOURCE.py]...
//
// --list FILE names one source file per line ("-" reads the list from stdin). Every file
// is read and decoded (prepare_source) once, untimed; files Krait cannot parse are
// reported on stderr as "skip: PATH: ..." and left out. Then each of N repetitions
// (default 5) parses all remaining files, each into a fresh Arena, and the fastest
// repetition is reported. Bytes are the files' sizes on disk; MB/s means 10^6 bytes/s.
// bench/parse_speed.py runs this next to CPython on the standard library.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parser.hpp"

namespace {

struct Source {
    std::string path;
    size_t raw_size;
    std::string text;  // after prepare_source
};

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

void print_skip(const std::string& path, const krait::Diagnostic& d) {
    std::cerr << "skip: " << path << ":" << d.line << ": "
              << krait::Diagnostic::type_name(d.type) << ": " << d.message << "\n";
}

int usage() {
    std::cerr << "usage: krait_parse_bench [--repeat N] [--list FILE]... [SOURCE.py]...\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if ((arg == "--repeat" || arg == "--list") && i + 1 >= argc) return usage();
        if (arg == "--repeat") {
            repeat = std::atoi(argv[++i]);
            if (repeat < 1) return usage();
        } else if (arg == "--list") {
            std::string name = argv[++i];
            std::ifstream file;
            if (name != "-") {
                file.open(name);
                if (!file) {
                    std::cerr << "krait_parse_bench: cannot read " << name << "\n";
                    return 1;
                }
            }
            std::istream& list = name == "-" ? std::cin : file;
            for (std::string line; std::getline(list, line);)
                if (!line.empty()) paths.push_back(line);
        } else if (arg.starts_with("-")) {
            return usage();
        } else {
            paths.push_back(arg);
        }
    }
    if (paths.empty()) return usage();

    // Untimed: reading, decoding, and one parse to drop files Krait rejects, so that
    // every timed repetition does the same, successful work.
    std::vector<Source> sources;
    for (const std::string& path : paths) {
        std::string raw;
        if (!read_file(path, raw)) {
            std::cerr << "krait_parse_bench: cannot read " << path << "\n";
            return 1;
        }
        Source s{path, raw.size(), {}};
        krait::Diagnostic error;
        if (!krait::parse::prepare_source(raw, path, s.text, error)) {
            print_skip(path, error);
            continue;
        }
        krait::Arena arena;
        krait::parse::Result r = krait::parse::parse(s.text, krait::parse::Mode::Exec, arena);
        if (!r.tree) {
            print_skip(path, r.error);
            continue;
        }
        sources.push_back(std::move(s));
    }
    if (sources.empty()) {
        std::cerr << "krait_parse_bench: no file to parse\n";
        return 1;
    }

    size_t bytes = 0;
    for (const Source& s : sources) bytes += s.raw_size;

    using Clock = std::chrono::steady_clock;
    double best = 1e300;
    size_t trees = 0;  // consumed below, so no parse can be optimized away
    for (int rep = 0; rep < repeat; ++rep) {
        auto start = Clock::now();
        for (const Source& s : sources) {
            krait::Arena arena;  // its teardown is part of a parse's cost
            trees += krait::parse::parse(s.text, krait::parse::Mode::Exec, arena).tree != nullptr;
        }
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    if (trees != sources.size() * static_cast<size_t>(repeat)) {
        std::cerr << "krait_parse_bench: a parse failed on a repetition\n";
        return 1;
    }

    // One line, kept stable: parse_speed.py reads it.
    std::printf("krait parse: %zu files, %zu bytes, best of %d: %.9f s, %.2f MB/s\n",
                sources.size(), bytes, repeat, best, bytes / best / 1e6);
    return 0;
}
