// Functions, methods and descriptors. Calling a Python function is the VM's business (it sets
// the function type's call slot); everything else about these objects lives here.
#include "runtime/function.hpp"

#include <cstdio>
#include <string>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

Function* make_function(State& st, Code* code, Dict* globals) {
    auto* f = st.heap.make<Function>(st.function_type);
    if (!f) {
        raise_no_memory(st);
        return nullptr;
    }
    f->code = code;
    f->globals = globals;
    f->builtins = st.builtins;
    f->name = Value::from_object(code->name);
    f->qualname = Value::from_object(code->qualname);
    f->doc = code->consts->size && (code->flags & 0x1) ? code->consts->items[0] : Value::none();
    if (!isinstance(st, f->doc, st.str_type)) f->doc = Value::none();
    Value mod = dict_get_str(st, globals, st.names.name);
    f->module = mod.is_missing() ? Value::none() : mod;
    f->annotations = Value::none();
    return f;
}

Value make_native(State& st, const char* name, NativeFn fn, Value self, const char* doc) {
    auto* f = st.heap.make<NativeFunction>(st.builtin_function_type);
    if (!f) return raise_no_memory(st);
    Root keep(st.heap, Value::from_object(f));
    f->fn = fn;
    f->self = self;
    f->module = Value::none();
    f->doc = doc;
    f->name = intern(st, name);
    if (!f->name) return Value::error();
    return Value::from_object(f);
}

Value make_bound_method(State& st, Value func, Value self) {
    auto* m = st.heap.make<BoundMethod>(st.method_type);
    if (!m) return raise_no_memory(st);
    m->func = func;
    m->self = self;
    return Value::from_object(m);
}

Cell* make_cell(State& st, Value v) {
    auto* c = st.heap.make<Cell>(st.cell_type);
    if (!c) {
        raise_no_memory(st);
        return nullptr;
    }
    c->value = v;
    return c;
}

Value make_method_descriptor(State& st, const MethodDef& def, Type* owner) {
    // A static method of a built-in type is a plain built-in function in its dict.
    if (def.kind == MethodKind::Static) return make_native(st, def.name, def.fn, Value::error(), def.doc);
    Str* name = intern(st, def.name);
    if (!name) return Value::error();
    auto* d = st.heap.make<MethodDescriptor>(def.kind == MethodKind::Method ? st.method_descriptor_type
                                                                           : st.classmethod_descriptor_type);
    if (!d) return raise_no_memory(st);
    d->fn = def.fn;
    d->name = name;
    d->owner = owner;
    d->kind = def.kind;
    d->doc = def.doc;
    return Value::from_object(d);
}

void add_methods(State& st, Type* type, const MethodDef* defs) {
    if (!type->dict) type->dict = make_dict(st);
    for (; defs->name; ++defs) {
        Value v = make_method_descriptor(st, *defs, type);
        if (!v.is_error()) dict_set_cstr(st, type->dict, defs->name, v);
    }
}

void add_getsets(State& st, Type* type, const GetSetDef* defs) {
    if (!type->dict) type->dict = make_dict(st);
    for (; defs->name; ++defs) {
        auto* d = st.heap.make<GetSetDescriptor>(st.getset_descriptor_type);
        d->get = defs->get;
        d->set = defs->set;
        d->name = intern(st, defs->name);
        d->owner = type;
        dict_set_str(st, type->dict, d->name, Value::from_object(d));
    }
}

namespace {

std::string str_of(Value v) { return std::string(as_str(v)->view()); }

std::string address(Object* o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(o));
    return buf;
}

// ---- function ----

void trace_function(Object* o, Tracer& t) {
    auto* f = static_cast<Function*>(o);
    t.mark(f->code);
    t.mark(f->globals);
    t.mark(f->builtins);
    t.mark(f->defaults);
    t.mark(f->kwdefaults);
    t.mark(f->closure);
    t.mark(f->name);
    t.mark(f->qualname);
    t.mark(f->doc);
    t.mark(f->module);
    t.mark(f->annotations);
    t.mark(f->dict);
}
const GcOps kFunctionOps{trace_function, nullptr};

Function* fn(Value v) { return static_cast<Function*>(v.as_object()); }

Value function_repr(State& st, Value self) {
    Value q = fn(self)->qualname;
    std::string name = isinstance(st, q, st.str_type) ? str_of(q) : "?";
    return str_value(st, "<function " + name + " at " + address(self.as_object()) + ">");
}

Value function_get(State& st, Value self, Value obj, Value) {
    if (obj.is_error() || obj.is_none()) return self;
    return make_bound_method(st, self, obj);
}

Value fn_get_name(State&, Value self) { return fn(self)->name; }
bool fn_set_name(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "__name__ must be set to a string object");
        return false;
    }
    fn(self)->name = v;
    return true;
}
Value fn_get_qualname(State&, Value self) { return fn(self)->qualname; }
bool fn_set_qualname(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "__qualname__ must be set to a string object");
        return false;
    }
    fn(self)->qualname = v;
    return true;
}
Value fn_get_doc(State&, Value self) { return fn(self)->doc; }
bool fn_set_doc(State&, Value self, Value v) {
    fn(self)->doc = v.is_error() ? Value::none() : v;
    return true;
}
Value fn_get_module(State&, Value self) { return fn(self)->module; }
bool fn_set_module(State&, Value self, Value v) {
    fn(self)->module = v.is_error() ? Value::none() : v;
    return true;
}
Value fn_get_defaults(State&, Value self) {
    Tuple* d = fn(self)->defaults;
    return d ? Value::from_object(d) : Value::none();
}
bool fn_set_defaults(State& st, Value self, Value v) {
    if (v.is_error() || v.is_none()) {
        fn(self)->defaults = nullptr;
        return true;
    }
    if (!isinstance(st, v, st.tuple_type)) {
        type_error(st, "__defaults__ must be set to a tuple object");
        return false;
    }
    fn(self)->defaults = as_tuple(v);
    return true;
}
Value fn_get_kwdefaults(State&, Value self) {
    Dict* d = fn(self)->kwdefaults;
    return d ? Value::from_object(d) : Value::none();
}
bool fn_set_kwdefaults(State& st, Value self, Value v) {
    if (v.is_error() || v.is_none()) {
        fn(self)->kwdefaults = nullptr;
        return true;
    }
    if (!isinstance(st, v, st.dict_type)) {
        type_error(st, "__kwdefaults__ must be set to a dict object");
        return false;
    }
    fn(self)->kwdefaults = as_dict(v);
    return true;
}
Value fn_get_code(State&, Value self) { return Value::from_object(fn(self)->code); }
bool fn_set_code(State& st, Value self, Value v) {
    if (v.is_error() || type_of(st, v) != st.code_type) {
        type_error(st, "__code__ must be set to a code object");
        return false;
    }
    Function* f = fn(self);
    auto* c = static_cast<Code*>(v.as_object());
    uint32_t have = f->closure ? static_cast<uint32_t>(f->closure->size) : 0;
    if (c->nfree != have) {
        value_error(st, std::string(as_str(f->name)->view()) + "() requires a code object with " +
                            std::to_string(have) + " free vars, not " + std::to_string(c->nfree));
        return false;
    }
    f->code = c;
    return true;
}
Value fn_get_globals(State&, Value self) { return Value::from_object(fn(self)->globals); }
Value fn_get_builtins(State&, Value self) { return Value::from_object(fn(self)->builtins); }
Value fn_get_closure(State&, Value self) {
    Tuple* c = fn(self)->closure;
    return c ? Value::from_object(c) : Value::none();
}
Value fn_get_annotations(State& st, Value self) {
    Function* f = fn(self);
    if (f->annotations.is_none()) {
        Dict* d = make_dict(st);
        if (!d) return Value::error();
        f->annotations = Value::from_object(d);
    }
    return f->annotations;
}
bool fn_set_annotations(State& st, Value self, Value v) {
    if (!v.is_error() && !v.is_none() && !isinstance(st, v, st.dict_type)) {
        type_error(st, "__annotations__ must be set to a dict object");
        return false;
    }
    fn(self)->annotations = v.is_error() ? Value::none() : v;
    return true;
}
Value fn_get_dict(State& st, Value self) {
    Function* f = fn(self);
    if (!f->dict) f->dict = make_dict(st);
    return f->dict ? Value::from_object(f->dict) : Value::error();
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals},
    {"__builtins__", fn_get_builtins},
    {"__closure__", fn_get_closure},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict},
    {nullptr, nullptr},
};

// ---- built-in functions and method descriptors ----

void trace_native(Object* o, Tracer& t) {
    auto* f = static_cast<NativeFunction*>(o);
    t.mark(f->name);
    t.mark(f->self);
    t.mark(f->module);
}
const GcOps kNativeOps{trace_native, nullptr};

Value native_call(State& st, Value self, Args a) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (f->self.is_error()) return f->fn(st, a);
    Value small[8];
    size_t total = a.n + a.nkw() + 1;
    std::vector<Value> big;
    Value* buf = small;
    if (total > 8) {
        big.resize(total);
        buf = big.data();
    }
    buf[0] = f->self;
    for (size_t i = 0; i + 1 < total; ++i) buf[i + 1] = a.v[i];
    return f->fn(st, Args{buf, a.n + 1, a.kwnames});
}

Value native_repr(State& st, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (f->self.is_error() || type_of(st, f->self) == st.module_type)
        return str_value(st, "<built-in function " + std::string(f->name->view()) + ">");
    return str_value(st, "<built-in method " + std::string(f->name->view()) + " of " + type_name(st, f->self) +
                             " object at " + address(f->self.is_object() ? f->self.as_object() : nullptr) + ">");
}

Value native_get_name(State&, Value self) { return Value::from_object(static_cast<NativeFunction*>(self.as_object())->name); }
Value native_get_qualname(State& st, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (f->self.is_error() || type_of(st, f->self) == st.module_type) return Value::from_object(f->name);
    Type* t = isinstance(st, f->self, st.type_type) ? as_type(f->self) : type_of(st, f->self);
    return str_value(st, std::string(t->qualname->view()) + "." + std::string(f->name->view()));
}
Value native_get_self(State& st, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    return f->self.is_error() ? Value::none() : f->self;
}
Value native_get_doc(State& st, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    return f->doc ? str_value(st, f->doc) : Value::none();
}
Value native_get_module(State& st, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (!f->module.is_none()) return f->module;
    if (f->self.is_error()) return str_value(st, "builtins");
    return Value::none();
}

const GetSetDef kNativeGetSets[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__self__", native_get_self},
    {"__doc__", native_get_doc},
    {"__module__", native_get_module},
    {nullptr, nullptr},
};

void trace_method_descr(Object* o, Tracer& t) {
    auto* d = static_cast<MethodDescriptor*>(o);
    t.mark(d->name);
    t.mark(d->owner);
}
const GcOps kMethodDescrOps{trace_method_descr, nullptr};

MethodDescriptor* md(Value v) { return static_cast<MethodDescriptor*>(v.as_object()); }

// CPython's tp_name for a descriptor's owner: a built-in type's C name ("collections.deque"),
// a class's __name__ (a Python class may take native methods: asyncio.Queue).
std::string tp_name(const Type* t) { return t->name && *t->name ? t->name : std::string(t->name_str->view()); }

Value method_descr_call(State& st, Value self, Args a) {
    MethodDescriptor* d = md(self);
    if (d->kind == MethodKind::Class) {
        // Called through the class: the first argument is the class.
        if (a.n < 1 || !isinstance(st, a.v[0], st.type_type) || !is_subtype(as_type(a.v[0]), d->owner)) {
            return type_error(st, "descriptor '" + std::string(d->name->view()) + "' for type '" + tp_name(d->owner) +
                                      "' needs a type, not a '" + (a.n ? type_name(st, a.v[0]) : "nothing") + "' as arg 1");
        }
        return d->fn(st, a);
    }
    // A Python class's native method (asyncio.Queue.put) leaves the checks to fn, which
    // words them as the Python method it stands for would.
    if (d->owner == st.object_type || (d->owner->flags & kTypeHeap)) return d->fn(st, a);
    if (a.n < 1) {
        return type_error(st, "unbound method " + tp_name(d->owner) + "." + std::string(d->name->view()) +
                                  "() needs an argument");
    }
    if (!isinstance(st, a.v[0], d->owner)) {
        return type_error(st, "descriptor '" + std::string(d->name->view()) + "' for '" + tp_name(d->owner) +
                                  "' objects doesn't apply to a '" + type_name(st, a.v[0]) + "' object");
    }
    return d->fn(st, a);
}

Value method_descr_get(State& st, Value self, Value obj, Value type) {
    MethodDescriptor* d = md(self);
    if (d->kind == MethodKind::Class) {
        Value cls = obj.is_error() ? type : Value::from_object(type_of(st, obj));
        return make_native(st, d->name->data, d->fn, cls, d->doc);
    }
    if (obj.is_error()) return self;
    if (!isinstance(st, obj, d->owner)) {
        return type_error(st, "descriptor '" + std::string(d->name->view()) + "' for '" + tp_name(d->owner) +
                                  "' objects doesn't apply to a '" + type_name(st, obj) + "' object");
    }
    return make_native(st, d->name->data, d->fn, obj, d->doc);
}

Value method_descr_repr(State& st, Value self) {
    MethodDescriptor* d = md(self);
    return str_value(st, "<method '" + std::string(d->name->view()) + "' of '" + tp_name(d->owner) + "' objects>");
}

Value method_descr_get_name(State&, Value self) { return Value::from_object(md(self)->name); }
Value method_descr_get_qualname(State& st, Value self) {
    return str_value(st, std::string(md(self)->owner->qualname->view()) + "." + std::string(md(self)->name->view()));
}
Value method_descr_get_doc(State& st, Value self) {
    return md(self)->doc ? str_value(st, md(self)->doc) : Value::none();
}
Value method_descr_get_objclass(State&, Value self) { return Value::from_object(md(self)->owner); }

const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", method_descr_get_name},
    {"__qualname__", method_descr_get_qualname},
    {"__doc__", method_descr_get_doc},
    {"__objclass__", method_descr_get_objclass},
    {nullptr, nullptr},
};

// ---- slot wrappers ----

void trace_slot_wrapper(Object* o, Tracer& t) {
    auto* w = static_cast<SlotWrapper*>(o);
    t.mark(w->owner);
    t.mark(w->name);
}
const GcOps kSlotWrapperOps{trace_slot_wrapper, nullptr};

Value slot_wrapper_call_slot(State& st, Value self, Args a) {
    return slot_wrapper_call(st, static_cast<SlotWrapper*>(self.as_object()), a);
}

Value slot_wrapper_get(State& st, Value self, Value obj, Value) {
    if (obj.is_error()) return self;
    return make_bound_method(st, self, obj);
}

Value slot_wrapper_repr(State& st, Value self) {
    auto* w = static_cast<SlotWrapper*>(self.as_object());
    return str_value(st, "<slot wrapper '" + std::string(w->name->view()) + "' of '" +
                             std::string(w->owner->name_str->view()) + "' objects>");
}

Value slot_wrapper_get_name(State&, Value self) { return Value::from_object(static_cast<SlotWrapper*>(self.as_object())->name); }
Value slot_wrapper_get_objclass(State&, Value self) { return Value::from_object(static_cast<SlotWrapper*>(self.as_object())->owner); }

const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", slot_wrapper_get_name},
    {"__objclass__", slot_wrapper_get_objclass},
    {nullptr, nullptr},
};

// ---- getset and member descriptors ----

void trace_getset(Object* o, Tracer& t) {
    auto* d = static_cast<GetSetDescriptor*>(o);
    t.mark(d->name);
    t.mark(d->owner);
}
const GcOps kGetSetOps{trace_getset, nullptr};

GetSetDescriptor* gs(Value v) { return static_cast<GetSetDescriptor*>(v.as_object()); }

Value getset_get(State& st, Value self, Value obj, Value) {
    if (obj.is_error()) return self;
    GetSetDescriptor* d = gs(self);
    if (!isinstance(st, obj, d->owner)) {
        return type_error(st, "descriptor '" + std::string(d->name->view()) + "' for '" +
                                  std::string(d->owner->name_str->view()) + "' objects doesn't apply to a '" +
                                  type_name(st, obj) + "' object");
    }
    return d->get(st, obj);
}

bool getset_set(State& st, Value self, Value obj, Value v) {
    GetSetDescriptor* d = gs(self);
    if (!d->set) {
        raise(st, st.exc.AttributeError, "attribute '" + std::string(d->name->view()) + "' of '" +
                                             type_name(st, d->owner) + "' objects is not writable");
        return false;
    }
    return d->set(st, obj, v);
}

Value getset_repr(State& st, Value self) {
    GetSetDescriptor* d = gs(self);
    return str_value(st, "<attribute '" + std::string(d->name->view()) + "' of '" +
                             std::string(d->owner->name_str->view()) + "' objects>");
}

void trace_member(Object* o, Tracer& t) {
    auto* d = static_cast<MemberDescriptor*>(o);
    t.mark(d->name);
    t.mark(d->owner);
}
const GcOps kMemberOps{trace_member, nullptr};

MemberDescriptor* mem(Value v) { return static_cast<MemberDescriptor*>(v.as_object()); }

Value member_get(State& st, Value self, Value obj, Value) {
    if (obj.is_error()) return self;
    MemberDescriptor* d = mem(self);
    if (!isinstance(st, obj, d->owner)) {
        return type_error(st, "descriptor '" + std::string(d->name->view()) + "' for '" +
                                  std::string(d->owner->name_str->view()) + "' objects doesn't apply to a '" +
                                  type_name(st, obj) + "' object");
    }
    Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + d->offset);
    if (v.is_error()) {
        return raise(st, st.exc.AttributeError, "'" + type_name(st, obj) + "' object has no attribute '" +
                                                    std::string(d->name->view()) + "'");
    }
    return v;
}

bool member_set(State& st, Value self, Value obj, Value v) {
    MemberDescriptor* d = mem(self);
    if (!isinstance(st, obj, d->owner)) {
        type_error(st, "descriptor '" + std::string(d->name->view()) + "' for '" +
                           std::string(d->owner->name_str->view()) + "' objects doesn't apply to a '" +
                           type_name(st, obj) + "' object");
        return false;
    }
    if (d->readonly) {
        raise(st, st.exc.AttributeError, "readonly attribute");
        return false;
    }
    Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + d->offset);
    if (v.is_error() && slot->is_error()) {
        raise(st, st.exc.AttributeError, "'" + type_name(st, obj) + "' object has no attribute '" +
                                             std::string(d->name->view()) + "'");
        return false;
    }
    *slot = v;
    return true;
}

Value member_repr(State& st, Value self) {
    MemberDescriptor* d = mem(self);
    return str_value(st, "<member '" + std::string(d->name->view()) + "' of '" +
                             std::string(d->owner->name_str->view()) + "' objects>");
}

// ---- bound methods ----

void trace_bound(Object* o, Tracer& t) {
    auto* m = static_cast<BoundMethod*>(o);
    t.mark(m->func);
    t.mark(m->self);
}
const GcOps kBoundOps{trace_bound, nullptr};

BoundMethod* bm(Value v) { return static_cast<BoundMethod*>(v.as_object()); }

Value bound_call(State& st, Value self, Args a) { return call_prepend(st, bm(self)->func, bm(self)->self, a); }

Value bound_repr(State& st, Value self) {
    BoundMethod* m = bm(self);
    Value name = getattr_opt(st, m->func, st.names.qualname);
    if (name.is_error()) return name;
    std::string n = !name.is_missing() && isinstance(st, name, st.str_type) ? str_of(name) : "?";
    Value r = repr(st, m->self);
    if (r.is_error()) return r;
    return str_value(st, "<bound method " + n + " of " + str_of(r) + ">");
}

Value bound_compare(State& st, Value a, Value b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(st, b) != st.method_type) return Value::not_implemented();
    bool eq = bm(a)->self.is(bm(b)->self);
    if (eq) {
        int r = equal(st, bm(a)->func, bm(b)->func);
        if (r < 0) return Value::error();
        eq = r;
    }
    return Value::from_bool(op == CmpOp::Eq ? eq : !eq);
}

bool bound_hash(State& st, Value self, int64_t& out) {
    int64_t a, b;
    if (!hash(st, bm(self)->self, a) || !hash(st, bm(self)->func, b)) return false;
    out = a ^ b;
    if (out == -1) out = -2;
    return true;
}

Value bound_getattr(State& st, Value self, Str* name) {
    Value r = generic_getattr(st, self, name);
    if (!r.is_error() || !raised_matches(st, st.exc.AttributeError)) return r;
    take_raised(st);
    return getattr(st, bm(self)->func, name);
}

// types.MethodType(function, instance)
Value bound_new(State& st, Type*, Args a) {
    if (!check_count(st, a, "method", 2, 2)) return Value::error();
    if (!is_callable(st, a.v[0])) return type_error(st, "first argument must be callable");
    if (a.v[1].is_none()) return type_error(st, "instance must not be None");
    return make_bound_method(st, a.v[0], a.v[1]);
}

Value bound_get_func(State&, Value self) { return bm(self)->func; }
Value bound_get_self(State&, Value self) { return bm(self)->self; }

const GetSetDef kBoundGetSets[] = {
    {"__func__", bound_get_func},
    {"__self__", bound_get_self},
    {nullptr, nullptr},
};

// ---- cells ----

void trace_cell(Object* o, Tracer& t) { t.mark(static_cast<Cell*>(o)->value); }
const GcOps kCellOps{trace_cell, nullptr};

Value cell_get_contents(State& st, Value self) {
    Value v = static_cast<Cell*>(self.as_object())->value;
    if (v.is_error()) return raise(st, st.exc.ValueError, "Cell is empty");
    return v;
}
bool cell_set_contents(State&, Value self, Value v) {
    static_cast<Cell*>(self.as_object())->value = v;
    return true;
}
const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};

Value cell_repr(State& st, Value self) {
    Value v = static_cast<Cell*>(self.as_object())->value;
    if (v.is_error()) return str_value(st, "<cell at " + address(self.as_object()) + ": empty>");
    return str_value(st, "<cell at " + address(self.as_object()) + ": " + type_name(st, v) + " object at " +
                             address(v.is_object() ? v.as_object() : nullptr) + ">");
}

// ---- classmethod and staticmethod ----

void trace_wrapper(Object* o, Tracer& t) {
    auto* w = static_cast<WrapperDescriptor*>(o);
    t.mark(w->func);
    t.mark(w->dict);
}
const GcOps kWrapperOps{trace_wrapper, nullptr};

WrapperDescriptor* wd(Value v) { return static_cast<WrapperDescriptor*>(v.as_object()); }

Value wrapper_new(State& st, Type* type, Args a) {
    auto* w = st.heap.make<WrapperDescriptor>(type);
    if (!w) return raise_no_memory(st);
    w->func = Value::none();
    return Value::from_object(w);
}

bool wrapper_init(State& st, Value self, Args a) {
    const char* name = type_of(st, self) == st.classmethod_type || is_subtype(type_of(st, self), st.classmethod_type)
                           ? "classmethod"
                           : "staticmethod";
    if (a.nkw()) {
        type_error(st, std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (a.n != 1) {
        type_error(st, std::string(name) + " expected 1 argument, got " + std::to_string(a.n));
        return false;
    }
    wd(self)->func = a.v[0];
    return true;
}

Value classmethod_get(State& st, Value self, Value obj, Value type) {
    Value cls = type;
    if (cls.is_error() || cls.is_none()) cls = Value::from_object(type_of(st, obj));
    Value f = wd(self)->func;
    // Chained descriptors (a classmethod over a property) were removed later; 3.11 binds.
    if (DescrGetFn get = type_of(st, f)->descr_get; get && type_of(st, f) != st.function_type &&
                                                    type_of(st, f) != st.builtin_function_type) {
        return get(st, f, cls, cls);
    }
    return make_bound_method(st, f, cls);
}

Value staticmethod_get(State&, Value self, Value, Value) { return wd(self)->func; }

Value staticmethod_call(State& st, Value self, Args a) { return call(st, wd(self)->func, a); }

Value wrapper_get_func(State&, Value self) { return wd(self)->func; }
Value wrapper_get_dict(State& st, Value self) {
    if (!wd(self)->dict) wd(self)->dict = make_dict(st);
    return Value::from_object(wd(self)->dict);
}
Value wrapper_get_abstract(State& st, Value self) {
    Value r = getattr_opt(st, wd(self)->func, intern(st, "__isabstractmethod__"));
    if (r.is_missing()) return Value::from_bool(false);
    return r;
}
Value wrapper_getattr(State& st, Value self, Str* name) {
    // __name__, __doc__, __qualname__... come from the wrapped function (functools.wraps style).
    Value r = generic_getattr(st, self, name);
    if (!r.is_error() || !raised_matches(st, st.exc.AttributeError)) return r;
    std::string_view n = name->view();
    if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" || n == "__wrapped__") {
        take_raised(st);
        if (n == "__wrapped__") return wd(self)->func;
        return getattr(st, wd(self)->func, name);
    }
    return r;
}

const GetSetDef kWrapperGetSets[] = {
    {"__func__", wrapper_get_func},
    {"__dict__", wrapper_get_dict},
    {"__isabstractmethod__", wrapper_get_abstract},
    {nullptr, nullptr},
};

Value classmethod_repr(State& st, Value self) {
    Value r = repr(st, wd(self)->func);
    if (r.is_error()) return r;
    return str_value(st, "<classmethod(" + str_of(r) + ")>");
}
Value staticmethod_repr(State& st, Value self) {
    Value r = repr(st, wd(self)->func);
    if (r.is_error()) return r;
    return str_value(st, "<staticmethod(" + str_of(r) + ")>");
}

// ---- property ----

void trace_property(Object* o, Tracer& t) {
    auto* p = static_cast<Property*>(o);
    t.mark(p->fget);
    t.mark(p->fset);
    t.mark(p->fdel);
    t.mark(p->doc);
    t.mark(p->name);
}
const GcOps kPropertyOps{trace_property, nullptr};

Property* prop(Value v) { return static_cast<Property*>(v.as_object()); }

Value property_new(State& st, Type* type, Args) {
    auto* p = st.heap.make<Property>(type);
    if (!p) return raise_no_memory(st);
    p->fget = p->fset = p->fdel = p->doc = p->name = Value::none();
    return Value::from_object(p);
}

bool property_init(State& st, Value self, Args a) {
    Value out[4];
    if (!parse_args(st, a, Signature{"property", {"fget", "fset", "fdel", "doc"}, 0, 0}, out)) return false;
    Property* p = prop(self);
    p->fget = out[0].is_missing() ? Value::none() : out[0];
    p->fset = out[1].is_missing() ? Value::none() : out[1];
    p->fdel = out[2].is_missing() ? Value::none() : out[2];
    p->doc = out[3].is_missing() ? Value::none() : out[3];
    if (p->doc.is_none() && !p->fget.is_none()) {
        Value d = getattr_opt(st, p->fget, st.names.doc);
        if (d.is_error()) return false;
        if (!d.is_missing()) p->doc = d;
    }
    return true;
}

std::string property_name(State& st, Property* p) {
    if (isinstance(st, p->name, st.str_type)) return "'" + str_of(p->name) + "' ";
    return "";
}

Value property_get(State& st, Value self, Value obj, Value) {
    if (obj.is_error()) return self;
    Property* p = prop(self);
    if (p->fget.is_none()) {
        return raise(st, st.exc.AttributeError,
                     "property " + property_name(st, p) + "of '" + type_name(st, obj) + "' object has no getter");
    }
    return call(st, p->fget, {obj});
}

bool property_set(State& st, Value self, Value obj, Value v) {
    Property* p = prop(self);
    Value f = v.is_error() ? p->fdel : p->fset;
    if (f.is_none()) {
        raise(st, st.exc.AttributeError, "property " + property_name(st, p) + "of '" + type_name(st, obj) +
                                             "' object has no " + (v.is_error() ? "deleter" : "setter"));
        return false;
    }
    Value r = v.is_error() ? call(st, f, {obj}) : call(st, f, {obj, v});
    return !r.is_error();
}

Value property_copy(State& st, Value self, Value fget, Value fset, Value fdel) {
    Property* p = prop(self);
    Type* t = type_of(st, self);
    Value args[4] = {fget, fset, fdel, p->doc};
    Value np = call(st, Value::from_object(t), Args{args, 4, nullptr});
    if (np.is_error()) return np;
    if (type_of(st, np) == st.property_type) prop(np)->name = p->name;
    return np;
}

Value property_getter(State& st, Args a) {
    if (!check_count(st, a, "getter", 2, 2)) return Value::error();
    Property* p = prop(a.v[0]);
    return property_copy(st, a.v[0], a.v[1], p->fset, p->fdel);
}
Value property_setter(State& st, Args a) {
    if (!check_count(st, a, "setter", 2, 2)) return Value::error();
    Property* p = prop(a.v[0]);
    return property_copy(st, a.v[0], p->fget, a.v[1], p->fdel);
}
Value property_deleter(State& st, Args a) {
    if (!check_count(st, a, "deleter", 2, 2)) return Value::error();
    Property* p = prop(a.v[0]);
    return property_copy(st, a.v[0], p->fget, p->fset, a.v[1]);
}
Value property_set_name(State& st, Args a) {
    if (!check_count(st, a, "__set_name__", 3, 3)) return Value::error();
    prop(a.v[0])->name = a.v[2];
    return Value::none();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
    {nullptr, nullptr},
};

Value prop_fget(State&, Value self) { return prop(self)->fget; }
Value prop_fset(State&, Value self) { return prop(self)->fset; }
Value prop_fdel(State&, Value self) { return prop(self)->fdel; }
Value prop_doc(State&, Value self) { return prop(self)->doc; }
bool prop_set_doc(State&, Value self, Value v) {
    prop(self)->doc = v.is_error() ? Value::none() : v;
    return true;
}
Value prop_abstract(State& st, Value self) {
    for (Value f : {prop(self)->fget, prop(self)->fset, prop(self)->fdel}) {
        Value r = getattr_opt(st, f, intern(st, "__isabstractmethod__"));
        if (r.is_error()) return r;
        if (!r.is_missing()) {
            int t = truthy(st, r);
            if (t < 0) return Value::error();
            if (t) return Value::from_bool(true);
        }
    }
    return Value::from_bool(false);
}

const GetSetDef kPropertyGetSets[] = {
    {"fget", prop_fget},
    {"fset", prop_fset},
    {"fdel", prop_fdel},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_abstract},
    {nullptr, nullptr},
};

}  // namespace

void init_function_types(State& st) {
    Type* t = st.function_type;
    t->gc = &kFunctionOps;
    t->basicsize = sizeof(Function);
    t->repr = function_repr;
    t->descr_get = function_get;
    t->dict_offset = offsetof(Function, dict);
    add_getsets(st, t, kFunctionGetSets);

    t = st.builtin_function_type;
    t->gc = &kNativeOps;
    t->basicsize = sizeof(NativeFunction);
    t->call = native_call;
    t->repr = native_repr;
    add_getsets(st, t, kNativeGetSets);

    for (Type* d : {st.method_descriptor_type, st.classmethod_descriptor_type}) {
        d->gc = &kMethodDescrOps;
        d->basicsize = sizeof(MethodDescriptor);
        d->call = method_descr_call;
        d->descr_get = method_descr_get;
        d->repr = method_descr_repr;
        add_getsets(st, d, kMethodDescrGetSets);
    }

    t = st.wrapper_descriptor_type;
    t->gc = &kSlotWrapperOps;
    t->basicsize = sizeof(SlotWrapper);
    t->call = slot_wrapper_call_slot;
    t->descr_get = slot_wrapper_get;
    t->repr = slot_wrapper_repr;
    add_getsets(st, t, kSlotWrapperGetSets);

    t = st.getset_descriptor_type;
    t->gc = &kGetSetOps;
    t->basicsize = sizeof(GetSetDescriptor);
    t->descr_get = getset_get;
    t->descr_set = getset_set;
    t->repr = getset_repr;

    t = st.member_descriptor_type;
    t->gc = &kMemberOps;
    t->basicsize = sizeof(MemberDescriptor);
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->repr = member_repr;

    t = st.method_type;
    t->gc = &kBoundOps;
    t->basicsize = sizeof(BoundMethod);
    t->call = bound_call;
    t->new_ = bound_new;
    t->repr = bound_repr;
    t->compare = bound_compare;
    t->hash = bound_hash;
    t->getattr = bound_getattr;
    add_getsets(st, t, kBoundGetSets);

    t = st.cell_type;
    t->gc = &kCellOps;
    t->basicsize = sizeof(Cell);
    t->repr = cell_repr;
    add_getsets(st, t, kCellGetSets);

    for (Type* w : {st.classmethod_type, st.staticmethod_type}) {
        w->gc = &kWrapperOps;
        w->basicsize = sizeof(WrapperDescriptor);
        w->flags |= kTypeBaseType;
        w->dict_offset = offsetof(WrapperDescriptor, dict);
        w->new_ = wrapper_new;
        w->init = wrapper_init;
        w->getattr = wrapper_getattr;
        add_getsets(st, w, kWrapperGetSets);
    }
    st.classmethod_type->descr_get = classmethod_get;
    st.classmethod_type->repr = classmethod_repr;
    st.staticmethod_type->descr_get = staticmethod_get;
    st.staticmethod_type->call = staticmethod_call;
    st.staticmethod_type->repr = staticmethod_repr;

    t = st.property_type;
    t->gc = &kPropertyOps;
    t->basicsize = sizeof(Property);
    t->flags |= kTypeBaseType;
    t->new_ = property_new;
    t->init = property_init;
    t->descr_get = property_get;
    t->descr_set = property_set;
    add_methods(st, t, kPropertyMethods);
    add_getsets(st, t, kPropertyGetSets);
}

}  // namespace krait
