// range and slice objects.
#pragma once
#include <cstdint>

#include "runtime/object.hpp"

namespace krait {

struct State;

// range: the bounds as Python ints (any size). When all of them and the length fit in int64,
// `small` is set and the int64 copies serve the fast paths (iteration, indexing, `in`).
struct Range : Object {
    Value start, stop, step, length;
    int64_t istart, istop, istep, ilength;  // valid when small
    bool small;
};

struct Slice : Object {
    Value start, stop, step;
};

Value make_range(State& st, int64_t start, int64_t stop, int64_t step);
// range(start, stop, step) for ints of any size (step != 0).
Value make_range_values(State& st, Value start, Value stop, Value step);
Value make_slice(State& st, Value start, Value stop, Value step);
// slice.indices(length): clamps to [0, length] as CPython's PySlice_GetIndicesEx; false with
// an exception pending (bad types, step 0: "slice step cannot be zero").
bool slice_indices(State& st, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& count);
void init_range_types(State& st);

}  // namespace krait
