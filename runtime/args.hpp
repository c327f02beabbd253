// Argument parsing for native functions, with CPython's messages. A native receives Args
// (positional values, then keyword values named by kwnames); these helpers check counts and
// match keywords to parameter names.
#pragma once
#include <cstddef>
#include <initializer_list>

#include "runtime/type.hpp"

namespace krait {

// Matches args against parameters `names` (the first `posonly` positional-only, the rest
// positional-or-keyword; after `maxpos` only keywords). Fills out[i] with each argument, or
// Value::missing() when an optional one is absent. Fails with CPython's TypeErrors:
//   "f() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)",
//   "f() got an unexpected keyword argument 'y'", "f() got multiple values for argument 'x'".
struct Signature {
    const char* fname;
    std::initializer_list<const char*> names;
    size_t required = 0;      // how many leading parameters are required
    size_t posonly = 0;       // how many leading parameters are positional-only
    size_t maxpos = SIZE_MAX; // parameters after this are keyword-only
};
bool parse_args(State& st, Args args, const Signature& sig, Value* out);

// Simple checks for positional-only natives.
bool no_keywords(State& st, Args args, const char* fname);
// "f() takes exactly one argument (2 given)", "f expected at most 2 arguments, got 3", ...
bool check_count(State& st, Args args, const char* fname, size_t min, size_t max);

}  // namespace krait
