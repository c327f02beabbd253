// The iterator types shared by the built-in sequences and the builtins module: the sequence
// iterator (__getitem__ fallback), callable_iterator (iter(f, sentinel)), enumerate, zip,
// map, filter, reversed. Each container's own iterator lives with the container.
//
// Also the small helpers the containers share: subscript indices and iteration loops.
#pragma once
#include <cstdint>

#include "runtime/heap.hpp"
#include "runtime/object.hpp"
#include "runtime/ops.hpp"

namespace krait {

struct State;

// An iterator over an indexable sequence: the seq_iterator, tuple_iterator, list_iterator,
// list_reverseiterator and reversed types all have this layout. `seq` is error() once the
// iterator is exhausted (so it lets go of the sequence, as CPython's do).
struct SeqIter : Object {
    Value seq;
    int64_t index;
};
Value make_seq_iter(State& st, Type* type, Value seq, int64_t index);
extern const GcOps kSeqIterGc;

// An iterator over anything with __getitem__ (the fallback of iter()).
Value make_seq_iterator(State& st, Value seq);
Value make_callable_iterator(State& st, Value callable, Value sentinel);
void init_iterator_types(State& st);

// Does v have __index__ (an int or an object that converts to one)?
bool has_index(State& st, Value v);
// PyNumber_AsSsize_t(v, NULL): an __index__-able value as int64, clamped to int64's range.
bool clamp_index(State& st, Value v, int64_t& out);
// PyNumber_AsSsize_t(key, IndexError): a subscript as int64; IndexError "cannot fit 'int' into
// an index-sized integer" beyond.
bool subscript_index(State& st, Value key, int64_t& out);
// A sequence index (negative counts from the end) for a container of `len` items; false with
// IndexError "<what> index out of range" pending when it is outside.
bool normalize_index(State& st, Value key, int64_t len, const char* what, int64_t& out);

// Calls f(item) for each item of the iterable; f returns false to stop with an exception
// pending. Returns false on any error.
template <typename F>
bool for_each(State& st, Value iterable, F&& f) {
    Value it = get_iter(st, iterable);
    if (it.is_error()) return false;
    Root root(st.heap, it);
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_stop()) return true;
        if (v.is_error()) return false;
        if (!f(v)) return false;
    }
}

}  // namespace krait

namespace krait {

// The count of a sequence repetition (`[0] * n`): an int via __index__; OverflowError
// "cannot fit 'int' into an index-sized integer" beyond int64.
bool repeat_count(State& st, Value n, int64_t& out);
// Could `other` still handle a binary operation reflected (a class with the reflected
// method)? If not, a sequence's + and * raise CPython's sequence messages at once
// ("can only concatenate list (not "int") to list").
bool has_reflected(State& st, Value other, BinOp op);

}  // namespace krait

namespace krait {

// Argument-count checks for native methods with CPython's messages; `skip` leading values
// (self) are not counted. With min == max == 1: "list.append() takes exactly one argument
// (0 given)" (name "list.append"); min == max == 0: "copy() takes no arguments (1 given)";
// otherwise "insert expected 2 arguments, got 1", "pop expected at most 1 argument, got 2",
// "index expected at least 1 argument, got 0". Keywords: "name() takes no keyword arguments".
bool check_args(State& st, Args a, size_t skip, const char* name, size_t min, size_t max);
// Keyword-only or mixed parameters (CPython's Argument Clinic wording): matches a's values
// after `skip` against `names`; the first `maxpos` may be positional. Fills out[i] or leaves
// missing(). "'x' is an invalid keyword argument for f()", "f() takes at most 2 arguments
// (3 given)", "f() takes no positional arguments", "argument for f() given by name ('x') and
// position (1)".
bool parse_kwargs(State& st, Args a, size_t skip, const char* fname, std::initializer_list<const char*> names,
                  size_t maxpos, Value* out);

}  // namespace krait

namespace krait {

// __class_getitem__ of the built-in containers (`list[int]` in annotations). Until Krait has
// types.GenericAlias this returns the class itself, so annotations evaluate; the repr of
// such an alias is the class's.
Value class_getitem_self(State& st, Args a);

}  // namespace krait
