// Code objects: what the collector sees of them and the co_* attributes.
#include "runtime/code.hpp"

#include "runtime/dict.hpp"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

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

template <typename T>
T* dup(Heap& h, const T* p, size_t n) {
    if (!p) return nullptr;
    auto* q = static_cast<T*>(h.allocate_buffer(n * sizeof(T)));
    if (q && n) std::memcpy(q, p, n * sizeof(T));
    return q;
}

// A copy of src, buffers included; null when out of memory.
Code* copy_code(State& st, Code* src) {
    Heap& h = st.heap;
    // The new buffers first, while no object owns them.
    auto* code_ = dup(h, src->code, src->ncode);
    auto* lines = dup(h, src->lines, src->ncode);
    auto* handlers = dup(h, src->handlers, src->nhandlers);
    auto* cell2arg = dup(h, src->cell2arg, src->ncells);
    auto* cache = dup(h, src->cache, src->ncode);
    auto* globals = dup(h, src->global_caches, src->nglobal_caches);
    auto* attrs = dup(h, src->attr_caches, src->nattr_caches);
    bool ok = code_ && lines && (handlers || !src->handlers) && (cell2arg || !src->cell2arg) &&
              (cache || !src->cache) && (globals || !src->global_caches) && (attrs || !src->attr_caches);
    Code* c = ok ? h.make<Code>(st.code_type) : nullptr;
    if (!c) {
        h.free_buffer(code_, src->ncode * sizeof(vm::Instr));
        h.free_buffer(lines, src->ncode * sizeof(int32_t));
        h.free_buffer(handlers, src->nhandlers * sizeof(ExceptionRange));
        h.free_buffer(cell2arg, src->ncells * sizeof(int32_t));
        h.free_buffer(cache, src->ncode * sizeof(Value));
        h.free_buffer(globals, src->nglobal_caches * sizeof(GlobalCache));
        h.free_buffer(attrs, src->nattr_caches * sizeof(AttrCache));
        return nullptr;
    }
    // Everything after the object header, then the copied buffers in place of src's.
    std::memcpy(reinterpret_cast<char*>(c) + sizeof(Object), reinterpret_cast<const char*>(src) + sizeof(Object),
                sizeof(Code) - sizeof(Object));
    c->code = code_;
    c->lines = lines;
    c->handlers = handlers;
    c->cell2arg = cell2arg;
    c->cache = cache;
    c->global_caches = globals;
    c->attr_caches = attrs;
    c->builtin = false;
    return c;
}

// code.replace(co_flags=..., co_name=..., ...): a copy with those fields changed. The fields
// that describe CPython's bytecode have no meaning for Krait's and cannot be replaced.
Value code_replace(State& st, Args a) {
    if (a.n != 1) return type_error(st, "replace() takes no positional arguments");
    struct Change {
        std::string_view name;
        Value value;
        int64_t number;
    };
    std::vector<Change> changes;
    for (size_t i = 0; i < a.nkw(); ++i) {
        std::string_view n = as_str(a.kwnames->items[i])->view();
        Value v = a.kwvalues()[i];
        bool is_text = n == "co_name" || n == "co_qualname" || n == "co_filename";
        bool is_number = n == "co_flags" || n == "co_firstlineno";
        int64_t number = 0;
        if (is_text && !isinstance(st, v, st.str_type))
            return type_error(st, "replace() argument '" + std::string(n) + "' must be str, not " + type_name(st, v));
        if (is_number) {
            if (!is_int(st, v))
                return type_error(st, "replace() argument '" + std::string(n) + "' must be int, not " + type_name(st, v));
            if (!int_to_int64(st, v, number) || number < INT32_MIN || number > INT32_MAX)
                return raise(st, st.exc.OverflowError, "Python int too large to convert to C int");
        }
        if (!is_text && !is_number) {
            static const char* const kFixed[] = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                                                 "co_nlocals", "co_stacksize", "co_code", "co_consts",
                                                 "co_names", "co_varnames", "co_freevars", "co_cellvars",
                                                 "co_linetable", "co_exceptiontable"};
            for (const char* f : kFixed)
                if (n == f) return value_error(st, "code.replace() cannot change " + std::string(n) + " in Krait");
            return type_error(st, "'" + std::string(n) + "' is an invalid keyword argument for replace()");
        }
        changes.push_back({n, v, number});
    }
    Code* c = copy_code(st, code(a.v[0]));
    if (!c) return raise_no_memory(st);
    for (const Change& ch : changes) {
        if (ch.name == "co_name") c->name = as_str(ch.value);
        else if (ch.name == "co_qualname") c->qualname = as_str(ch.value);
        else if (ch.name == "co_filename") c->filename = as_str(ch.value);
        else if (ch.name == "co_flags") c->flags = static_cast<uint32_t>(ch.number);
        else c->firstlineno = static_cast<int32_t>(ch.number);
    }
    return Value::from_object(c);
}

const MethodDef kCodeMethods[] = {
    {"replace", code_replace},
    {nullptr, nullptr},
};

}  // namespace

void init_code_type(State& st) {
    Type* t = st.code_type;
    t->gc = &kCodeOps;
    t->basicsize = sizeof(Code);
    t->repr = code_repr;
    add_getsets(st, t, kCodeGetSets);
    add_methods(st, t, kCodeMethods);
}

}  // namespace krait
