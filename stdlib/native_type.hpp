// Types that belong to a native module (itertools.count, io.StringIO, operator.itemgetter):
// made with make_native_type, then published in their module.
#pragma once
#include <string>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/os.hpp"

namespace krait::stdlib {

// Readies t (slots and methods already set), names `module` as its __module__ so that its
// repr is <class 'itertools.count'>, and stores it in m under its name unless m is null.
// False with an exception pending on failure.
inline bool publish_type(State& st, Module* m, Type* t, const char* module) {
    Root keep(st.heap, Value::from_object(t));
    if (!ready_builtin_type(st, t)) return false;
    Str* mod = intern(st, module);
    if (!mod || !dict_set_str(st, t->dict, st.names.module, Value::from_object(mod))) return false;
    return !m || dict_set_cstr(st, m->dict, t->name, Value::from_object(t));
}

// The type stored in m under `name` by publish_type, or null.
inline Type* module_type(State& st, Module* m, const char* name) {
    Value t = dict_get_cstr(st, m->dict, name);
    if (t.is_missing() || t.is_error() || !t.is_object() || t.as_object()->type != st.type_type) return nullptr;
    return static_cast<Type*>(t.as_object());
}

// Argument Clinic's keyword parsing, which counts every argument first: "groupby() takes at
// most 2 arguments (3 given)", "takes at most 1 keyword argument" when all are keywords; then
// as clinic_args.
inline bool clinic_parse(State& st, Args a, const char* fname, std::initializer_list<const char*> names,
                         size_t required, size_t maxpos, Value* out) {
    size_t total = a.n + (a.kwnames ? a.nkw() : 0);
    if (total > names.size() && a.n <= maxpos) {
        type_error(st, std::string(fname) + "() takes at most " + std::to_string(names.size()) + " " +
                           (a.n == 0 ? "keyword " : "") + "argument" + (names.size() == 1 ? "" : "s") + " (" +
                           std::to_string(total) + " given)");
        return false;
    }
    return clinic_args(st, a, fname, names, required, maxpos, out);
}

}  // namespace krait::stdlib
