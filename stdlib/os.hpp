// What the os module shares with the other native modules (io's open takes the same path
// arguments): converting path-like arguments and making paths of the caller's kind.
#pragma once
#include <initializer_list>
#include <string>

#include "runtime/state.hpp"

namespace krait::stdlib {

// os.fspath(v): v itself for str and bytes, else the result of its __fspath__; a TypeError
// otherwise.
Value fspath(State& st, Value v);

// A path argument as CPython's path_converter takes it: str, bytes or os.PathLike (and an
// int file descriptor or None where allowed), as file-system bytes.
struct PathArg {
    std::string path;       // the encoded path (empty for a descriptor or None)
    bool is_bytes = false;  // results derived from it are bytes
    bool is_fd = false;
    int fd = -1;
    bool is_none = false;
    Value object;           // the argument as given, for OSError's filename
};
// Messages name the function and argument: "stat: path should be string, bytes, os.PathLike
// or integer, not list", "stat: embedded null character in path".
bool path_arg(State& st, Value v, const char* fname, const char* argname, bool allow_fd, bool allow_none,
              PathArg& out);
// A file-system path as str (decoded with surrogateescape) or bytes.
Value path_result(State& st, std::string_view path, bool as_bytes);

// Matches a's arguments to the parameters of a function written in Python in CPython
// (os.makedirs, os.path.join, ...), with its messages: "basename() missing 1 required
// positional argument: 'p'", "takes 1 positional argument but 2 were given". out[i] is
// missing() for absent optional parameters.
bool py_args(State& st, Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
             Value* out);

// Argument Clinic's matching (os.stat, open, ...): the first `maxpos` parameters may be
// positional, the first `required` are required. "'x' is an invalid keyword argument for
// stat()", "stat() takes exactly 1 positional argument (2 given)", "stat() missing required
// argument 'path' (pos 1)". out[i] is missing() for absent optional parameters.
bool clinic_args(State& st, Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
                 size_t maxpos, Value* out);

}  // namespace krait::stdlib
