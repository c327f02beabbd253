// Code objects: what the collector sees of them and the co_* attributes.
#include "runtime/code.hpp"

#include "runtime/dict.hpp"

#include <cstdio>
#include <string>

#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {
namespace {

void trace_code(Object* o, Tracer& t) {
    auto* c = static_cast<Code*>(o);
    t.mark(c->consts);
    t.mark(c->names);
    t.mark(c->varnames);
    t.mark(c->cellvars);
    t.mark(c->freevars);
    t.mark(c->name);
    t.mark(c->qualname);
    t.mark(c->filename);
    if (c->cache)
        for (uint32_t i = 0; i < c->ncode; ++i) t.mark(c->cache[i]);
    for (uint32_t i = 0; i < c->nattr_caches; ++i) {
        t.mark(c->attr_caches[i].name);
        t.mark(c->attr_caches[i].found);
    }
    for (uint32_t i = 0; i < c->nglobal_caches; ++i) {
        GlobalCache& g = c->global_caches[i];
        t.mark(g.name);
        t.mark(g.globals);
        t.mark(g.builtins);
        t.mark(g.value);
    }
}

void destroy_code(Heap& h, Object* o) {
    auto* c = static_cast<Code*>(o);
    h.free_buffer(c->code, c->ncode * sizeof(vm::Instr));
    h.free_buffer(c->lines, c->ncode * sizeof(int32_t));
    h.free_buffer(c->handlers, c->nhandlers * sizeof(ExceptionRange));
    if (c->cell2arg) h.free_buffer(c->cell2arg, c->ncells * sizeof(int32_t));
    if (c->cache) h.free_buffer(c->cache, c->ncode * sizeof(Value));
    if (c->global_caches) h.free_buffer(c->global_caches, c->nglobal_caches * sizeof(GlobalCache));
    if (c->attr_caches) h.free_buffer(c->attr_caches, c->nattr_caches * sizeof(AttrCache));
}

const GcOps kCodeOps{trace_code, destroy_code};

Code* code(Value v) { return static_cast<Code*>(v.as_object()); }

Value code_repr(State& st, Value self) {
    Code* c = code(self);
    char buf[48];
    std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
    return str_value(st, "<code object " + std::string(c->name->view()) + buf + std::string(c->filename->view()) +
                             "\", line " + std::to_string(c->firstlineno) + ">");
}

Value co_name(State&, Value s) { return Value::from_object(code(s)->name); }
Value co_qualname(State&, Value s) { return Value::from_object(code(s)->qualname); }
Value co_filename(State&, Value s) { return Value::from_object(code(s)->filename); }
Value co_firstlineno(State&, Value s) { return Value::from_int(code(s)->firstlineno); }
Value co_argcount(State&, Value s) { return Value::from_int(code(s)->argcount); }
Value co_posonlyargcount(State&, Value s) { return Value::from_int(code(s)->posonlyargcount); }
Value co_kwonlyargcount(State&, Value s) { return Value::from_int(code(s)->kwonlyargcount); }
Value co_nlocals(State&, Value s) { return Value::from_int(code(s)->nlocals); }
Value co_stacksize(State&, Value s) { return Value::from_int(code(s)->stacksize); }
Value co_flags(State&, Value s) { return Value::from_int(code(s)->flags); }
Value co_varnames(State&, Value s) { return Value::from_object(code(s)->varnames); }
Value co_cellvars(State&, Value s) { return Value::from_object(code(s)->cellvars); }
Value co_freevars(State&, Value s) { return Value::from_object(code(s)->freevars); }
Value co_names(State&, Value s) { return Value::from_object(code(s)->names); }
Value co_consts(State&, Value s) { return Value::from_object(code(s)->consts); }

const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name},
    {"co_qualname", co_qualname},
    {"co_filename", co_filename},
    {"co_firstlineno", co_firstlineno},
    {"co_argcount", co_argcount},
    {"co_posonlyargcount", co_posonlyargcount},
    {"co_kwonlyargcount", co_kwonlyargcount},
    {"co_nlocals", co_nlocals},
    {"co_stacksize", co_stacksize},
    {"co_flags", co_flags},
    {"co_varnames", co_varnames},
    {"co_cellvars", co_cellvars},
    {"co_freevars", co_freevars},
    {"co_names", co_names},
    {"co_consts", co_consts},
    {nullptr, nullptr},
};

}  // namespace

void init_code_type(State& st) {
    Type* t = st.code_type;
    t->gc = &kCodeOps;
    t->basicsize = sizeof(Code);
    t->repr = code_repr;
    add_getsets(st, t, kCodeGetSets);
}

}  // namespace krait
