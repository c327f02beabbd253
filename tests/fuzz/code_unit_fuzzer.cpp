// libFuzzer target: any bytes given to compiler::deserialize (the reader of serialized code
// units, which the VM also uses to load the modules of stdlib/py) must be refused with a
// message or read as a unit that serializes again; never a crash, a sanitizer report or a
// hang. Seeds: serialized units (for instance the bytes a few short scripts compile to).
//
// Build with clang:  cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DKRAIT_FUZZ=ON
// Run:               build-fuzz/tests/fuzz/code_unit_fuzzer -max_len=65536 CORPUS_DIR
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "compiler/code_unit_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string error;
    auto unit = krait::compiler::deserialize(bytes, &error);
    if (!unit) {
        if (error.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    // What was accepted passed every check; its serialized form must read back too.
    if (!krait::compiler::deserialize(krait::compiler::serialize(*unit))) std::abort();
    return 0;
}
