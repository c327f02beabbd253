// Standard modules written in Python (stdlib/py/*.py), compiled into the binary.
#pragma once
#include <cstddef>

namespace krait::stdlib {

struct FrozenModule {
    const char* name;     // the module's name (the file name without .py)
    const char* source;
    size_t size;
};

// The table ends with an entry whose name is null.
extern const FrozenModule kFrozenModules[];

}  // namespace krait::stdlib
