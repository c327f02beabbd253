// Test data folders (tests/ast, tests/lex): one GoogleTest case per .py file, named after
// it. Shared by the data-driven unit tests.
#pragma once
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace krait::testing_data {

namespace fs = std::filesystem;

struct DataFile {
    fs::path path;     // the .py file
    std::string rel;   // its path under the data folder, for messages
    std::string name;  // a valid, unique gtest parameter name
};

inline void PrintTo(const DataFile& f, std::ostream* os) { *os << f.rel; }

// Lists dir's *.py files, sorted, each with a gtest-safe name derived from its path
// (gtest allows only [A-Za-z0-9_] and rejects duplicates, hence the numbered suffix).
inline std::vector<DataFile> data_files(const fs::path& dir) {
    std::vector<DataFile> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".py")
            files.push_back({e.path(), fs::relative(e.path(), dir).generic_string(), ""});
    }
    std::sort(files.begin(), files.end(), [](auto& a, auto& b) { return a.rel < b.rel; });
    std::set<std::string> used;
    for (auto& f : files) {
        std::string base = f.rel.substr(0, f.rel.size() - 3);
        for (char& c : base)
            if (!isalnum(static_cast<unsigned char>(c))) c = '_';
        std::string name = base;
        for (int n = 2; !used.insert(name).second; ++n) name = base + "_" + std::to_string(n);
        f.name = name;
    }
    return files;
}

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace krait::testing_data
