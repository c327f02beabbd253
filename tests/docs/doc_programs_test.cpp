// docs/EMBEDDING.md's programs do what the document says: each exits with 0 and prints the
// output shown after it. (That every snippet compiles, the build of this test checks.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "doc_programs.hpp"

namespace {

// Runs program with the process's stdout going to a temporary file; what it printed.
std::string run_capturing(int (*program)(), int& status) {
    std::fflush(stdout);
    std::FILE* tmp = std::tmpfile();
    int saved = dup(fileno(stdout));
    dup2(fileno(tmp), fileno(stdout));
    status = program();
    std::fflush(stdout);
    dup2(saved, fileno(stdout));
    close(saved);
    std::string out;
    std::rewind(tmp);
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, tmp)) > 0;) out.append(buf, n);
    std::fclose(tmp);
    return out;
}

TEST(EmbeddingDoc, ProgramsPrintWhatTheDocumentShows) {
    ASSERT_FALSE(kDocPrograms.empty());
    for (const DocProgram& p : kDocPrograms) {
        SCOPED_TRACE("the program at docs/EMBEDDING.md line " + std::to_string(p.line));
        int status = -1;
        std::string out = run_capturing(p.program, status);
        EXPECT_EQ(status, 0);
        if (p.output) {
            EXPECT_EQ(out, p.output);
        }
    }
}

}  // namespace
