// range and slice objects.
#pragma once
#include <cstdint>

#include "runtime/object.hpp"

namespace krait {

struct State;

// range with bounds that fit in int64 (larger bounds are an OverflowError for now).
struct Range : Object {
    int64_t start, stop, step, length;
};

struct Slice : Object {
    Value start, stop, step;
};

Value make_range(State& st, int64_t start, int64_t stop, int64_t step);
Value make_slice(State& st, Value start, Value stop, Value step);
// slice.indices(length): clamps to [0, length] as CPython's PySlice_GetIndicesEx; false with
// an exception pending (bad types, step 0: "slice step cannot be zero").
bool slice_indices(State& st, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& count);
void init_range_types(State& st);

}  // namespace krait
