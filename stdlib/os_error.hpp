// Raising OSError from a C errno value as CPython does: the subclass the errno maps to
// (ENOENT -> FileNotFoundError, ...), with errno, strerror and the file names set, so that
// str(e) is "[Errno 2] No such file or directory: 'x'".
#pragma once
#include "runtime/state.hpp"

namespace krait::stdlib {

// The OSError subclass for an errno value (OSError itself when none is specific).
Type* os_error_type(State& st, int err);
// Raises it; filename and filename2 are None when not given. Returns Value::error().
Value raise_os_error(State& st, int err, Value filename = Value::none(), Value filename2 = Value::none());

}  // namespace krait::stdlib
