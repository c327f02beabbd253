#include "stdlib/sandbox.hpp"

#include <string>

#include "runtime/exception.hpp"
#include "stdlib/module_util.hpp"

namespace krait::stdlib {

namespace {

// Bound to its message.
Value denied(State& st, Args a) { return raise(st, st.exc.PermissionError, as_str(a.v[0])->view()); }

}  // namespace

Value permission_denied(State& st, std::string_view function, const char* what) {
    return raise(st, st.exc.PermissionError,
                 std::string(function) + "(): " + what + " is not allowed in this interpreter");
}

bool deny_functions(State& st, Module* m, const char* module_name, std::initializer_list<const char*> names,
                    const char* what) {
    for (const char* name : names) {
        Value msg = str_value(st, std::string(module_name) + "." + name + "(): " + what +
                                      " is not allowed in this interpreter");
        if (msg.is_error()) return false;
        Root keep(st.heap, msg);
        Value f = make_native(st, name, denied, msg, nullptr);
        if (f.is_error() || !dict_set_cstr(st, m->dict, name, f)) return false;
    }
    return true;
}

}  // namespace krait::stdlib
