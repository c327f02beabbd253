// Module objects: a namespace dict; attribute access reads and writes it.
#include "runtime/module.hpp"

#include <string>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace krait {

Module* make_module(State& st, Str* name) {
    auto* m = st.heap.make<Module>(st.module_type);
    if (!m) {
        raise_no_memory(st);
        return nullptr;
    }
    Root keep(st.heap, Value::from_object(m));
    m->dict = make_dict(st);
    if (!m->dict) return nullptr;
    if (!dict_set_str(st, m->dict, st.names.name, Value::from_object(name)) ||
        !dict_set_str(st, m->dict, st.names.doc, Value::none()) ||
        !dict_set_str(st, m->dict, st.names.package, Value::none()) ||
        !dict_set_str(st, m->dict, st.names.loader, Value::none()) ||
        !dict_set_str(st, m->dict, st.names.spec, Value::none()))
        return nullptr;
    return m;
}

Value module_name(State& st, Module* m) {
    Value n = dict_get_str(st, m->dict, st.names.name);
    return n.is_missing() ? Value::none() : n;
}

namespace {

void trace_module(Object* o, Tracer& t) { t.mark(static_cast<Module*>(o)->dict); }
const GcOps kModuleOps{trace_module, nullptr};

Value module_repr(State& st, Value self) {
    Module* m = static_cast<Module*>(self.as_object());
    Value n = module_name(st, m);
    std::string name = isinstance(st, n, st.str_type) ? std::string(as_str(n)->view()) : "?";
    Value f = dict_get_str(st, m->dict, st.names.file);
    if (!f.is_missing() && isinstance(st, f, st.str_type))
        return str_value(st, "<module '" + name + "' from '" + std::string(as_str(f)->view()) + "'>");
    if (st.builtin_modules.count(name)) return str_value(st, "<module '" + name + "' (built-in)>");
    if (st.frozen_modules.count(name)) return str_value(st, "<module '" + name + "' (frozen)>");
    return str_value(st, "<module '" + name + "'>");
}

Value module_getattr(State& st, Value self, Str* name) {
    Module* m = static_cast<Module*>(self.as_object());
    Value v = dict_get_str(st, m->dict, name);
    if (!v.is_missing()) return v;
    Value r = generic_getattr(st, self, name);
    if (!r.is_error() || !raised_matches(st, st.exc.AttributeError)) return r;
    // PEP 562: a module-level __getattr__.
    Value hook = dict_get_str(st, m->dict, st.names.getattr);
    if (hook.is_missing()) return r;
    take_raised(st);
    return call(st, hook, {Value::from_object(name)});
}

Value module_new(State& st, Type* type, Args a) {
    if (a.n < 1 || !isinstance(st, a.v[0], st.str_type))
        return type_error(st, "module.__init__() argument 'name' must be str");
    Module* m = make_module(st, intern(st, as_str(a.v[0])->view()));
    if (!m) return Value::error();
    m->type = type;
    if (a.n > 1) dict_set_str(st, m->dict, st.names.doc, a.v[1]);
    return Value::from_object(m);
}

bool module_init(State&, Value, Args) { return true; }

}  // namespace

void init_module_type(State& st) {
    Type* t = st.module_type;
    t->gc = &kModuleOps;
    t->basicsize = sizeof(Module);
    t->flags |= kTypeBaseType | kTypeHasDict;
    t->dict_offset = offsetof(Module, dict);
    t->repr = module_repr;
    t->getattr = module_getattr;
    t->new_ = module_new;
    t->init = module_init;
    add_dict_getset(st, t);
}

}  // namespace krait
