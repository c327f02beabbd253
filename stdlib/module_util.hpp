// Small helpers the native standard modules share: building a module from a table of
// functions.
#pragma once
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/module.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"

namespace krait::stdlib {

// Adds the built-in function `name` to module m. With `bind`, the function is bound to the
// module (as CPython's module functions are) and receives it as its first argument, so that
// it can reach the module's own objects. False with an exception pending on failure.
inline bool add_function(State& st, Module* m, const char* name, NativeFn fn, const char* doc = nullptr,
                         bool bind = false) {
    Value f = make_native(st, name, fn, bind ? Value::from_object(m) : Value::error(), doc);
    if (f.is_error()) return false;
    Value mod_name = dict_get_str(st, m->dict, st.names.name);
    static_cast<NativeFunction*>(f.as_object())->module = mod_name.is_missing() ? Value::none() : mod_name;
    return dict_set_cstr(st, m->dict, name, f);
}

// A fresh module named `name` holding a built-in function for each entry of `fns` (ended
// by a null name). Null with an exception pending on failure.
inline Module* new_native_module(State& st, const char* name, const MethodDef* fns) {
    Str* n = intern(st, name);
    if (!n) return nullptr;
    Module* m = make_module(st, n);
    if (!m) return nullptr;
    Root keep(st.heap, Value::from_object(m));
    for (const MethodDef* def = fns; def && def->name; ++def)
        if (!add_function(st, m, def->name, def->fn, def->doc)) return nullptr;
    return m;
}

// The arguments after the bound module.
inline Args skip_self(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }
inline Module* bound_module(Args a) { return static_cast<Module*>(a.v[0].as_object()); }

}  // namespace krait::stdlib
