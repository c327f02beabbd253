// Registers Krait's standard modules with a State: the native ones by the function that
// builds each, the Python ones (stdlib/py) by their embedded source.
#include "stdlib/modules.hpp"

#include "runtime/dict.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "stdlib/frozen.hpp"

namespace krait::stdlib {

namespace {

struct NativeModule {
    const char* name;
    Value (*make)(State&);
};

// Imported on first use. Keep in alphabetical order.
const NativeModule kNativeModules[] = {
    {"_asyncio", make_asyncio_module},
    {"_collections", make_collections_module},
    {"_contextvars", make_contextvars_module},
    {"gc", make_gc_module},
    {"io", make_io_module},
    {"itertools", make_itertools_module},
    {"math", make_math_module},
    {"operator", make_operator_module},
    {"os", make_os_module},
    {"posixpath", make_posixpath_module},
    {"_random", make_random_module},
    {"_socket", make_socket_module},
    {"time", make_time_module},
    {nullptr, nullptr},
};

}  // namespace

bool install(State& st) {
    Value b = make_builtins_module(st);
    if (b.is_error()) return false;
    Value s = make_sys_module(st);
    if (s.is_error()) return false;
    if (!dict_set_cstr(st, st.modules, "builtins", b) || !dict_set_cstr(st, st.modules, "sys", s)) return false;
    st.builtin_modules["builtins"] = [](State& st) { return Value::from_object(st.builtins_module); };
    st.builtin_modules["sys"] = [](State& st) { return Value::from_object(st.sys_module); };
    for (const NativeModule* m = kNativeModules; m->name; ++m) st.builtin_modules[m->name] = m->make;
    for (const FrozenModule* m = kFrozenModules; m->name; ++m)
        st.frozen_modules[m->name] = std::string_view(m->code, m->size);
    return install_open(st);
}

}  // namespace krait::stdlib
