// libFuzzer target: any bytes given to the front end and the compiler must produce a tree
// or code, or a Python exception (krait::Error); never a crash, a sanitizer report or a hang.
//
// Build with clang:  cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DKRAIT_FUZZ=ON
// Run:               build-fuzz/tests/fuzz/parse_fuzzer -max_len=4096 tests/ast tests/py/syntax
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "krait/krait.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    try {
        krait::dump_ast(source, "fuzz.py");
    } catch (const krait::Error&) {
        // A SyntaxError (or MemoryError, RecursionError, ...) is a correct answer.
    }
    try {
        krait::dump_tokens(source, "fuzz.py");
    } catch (const krait::Error&) {
    }
    try {
        krait::disassemble(source, "fuzz.py");  // symbol table and code generation
    } catch (const krait::Error&) {
    }
    return 0;
}
