// Struct sequences (CPython's structseq): named tuples made natively, such as time.struct_time
// and os.stat_result. The first `visible` fields are the tuple's items; the rest are hidden
// fields reachable by name only (tm_zone, st_atime_ns, ...). Every field is a read-only
// attribute, and the repr names the visible ones: time.struct_time(tm_year=1970, ...).
#pragma once
#include <cstddef>
#include <initializer_list>

#include "runtime/state.hpp"

namespace krait::stdlib {

// A new struct sequence type `module.name`. Null with an exception pending on failure.
Type* make_structseq_type(State& st, const char* module, const char* name, std::initializer_list<const char*> fields,
                          size_t visible);
// Was t made by make_structseq_type?
bool is_structseq_type(Type* t);
// An instance holding `items`, one per field (visible ones first). Error() on failure.
Value make_structseq(State& st, Type* type, const Value* items, size_t n);

}  // namespace krait::stdlib
