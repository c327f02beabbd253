// The sandbox's part in the standard modules: functions a denied capability (State::allowed)
// takes away are replaced, when their module is made, by ones that raise PermissionError.
// Replacing them there leaves no way to reach the real ones: nothing else refers to them.
#pragma once
#include <initializer_list>

#include "runtime/module.hpp"
#include "runtime/state.hpp"

namespace krait::stdlib {

// Replaces each of `names` in m by a function raising PermissionError("<module>.<name>():
// <what> is not allowed in this interpreter"). False with an exception pending on failure.
bool deny_functions(State& st, Module* m, const char* module_name, std::initializer_list<const char*> names,
                    const char* what);

// Raises that PermissionError for `function` (a name as the script wrote it); returns error().
Value permission_denied(State& st, std::string_view function, const char* what);

}  // namespace krait::stdlib
