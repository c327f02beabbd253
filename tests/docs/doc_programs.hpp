// The complete programs of a document (made by extract_snippets): where each starts, its
// main, and what it must print (null: not shown in the document).
#pragma once
#include <vector>

struct DocProgram {
    int line;  // of its ```cpp fence
    int (*program)();
    const char* output;
};

extern const std::vector<DocProgram> kDocPrograms;
