// The type system: `object` and `type`, class creation (layout, C3 MRO, __classcell__,
// __set_name__, __init_subclass__), and the bridge between slots and special methods. A
// built-in type's slots are exposed as special methods (SlotWrapper objects in its dict); a
// class's special methods fill its slots with generic functions that call them.
#include <algorithm>
#include <array>
#include <utility>
#include <vector>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/int.hpp"

namespace krait {

// ---------------------------------------------------------------------------------------------
// The slot table: which special method names feed which slot.

namespace {

enum class SlotKind : uint8_t {
    Repr, Str, Hash, Compare, GetAttribute, GetAttr, SetAttr, DelAttr, Call, Iter, Next, Len, Bool,
    GetItem, SetItem, DelItem, Contains, Binop, RBinop, Inplace, Neg, Pos, Invert, Abs, Index, Int,
    Float, Get, Set, Delete, Init,
};

struct SlotDef {
    const char* name;
    SlotKind kind;
    uint8_t op;
};

#define KRAIT_BIN(n, op) {"__" n "__", SlotKind::Binop, uint8_t(BinOp::op)}, \
                         {"__r" n "__", SlotKind::RBinop, uint8_t(BinOp::op)}, \
                         {"__i" n "__", SlotKind::Inplace, uint8_t(BinOp::op)},
const SlotDef kSlots[] = {
    {"__repr__", SlotKind::Repr, 0},
    {"__str__", SlotKind::Str, 0},
    {"__hash__", SlotKind::Hash, 0},
    {"__lt__", SlotKind::Compare, uint8_t(CmpOp::Lt)},
    {"__le__", SlotKind::Compare, uint8_t(CmpOp::Le)},
    {"__eq__", SlotKind::Compare, uint8_t(CmpOp::Eq)},
    {"__ne__", SlotKind::Compare, uint8_t(CmpOp::Ne)},
    {"__gt__", SlotKind::Compare, uint8_t(CmpOp::Gt)},
    {"__ge__", SlotKind::Compare, uint8_t(CmpOp::Ge)},
    {"__getattribute__", SlotKind::GetAttribute, 0},
    {"__getattr__", SlotKind::GetAttr, 0},
    {"__setattr__", SlotKind::SetAttr, 0},
    {"__delattr__", SlotKind::DelAttr, 0},
    {"__call__", SlotKind::Call, 0},
    {"__iter__", SlotKind::Iter, 0},
    {"__next__", SlotKind::Next, 0},
    {"__len__", SlotKind::Len, 0},
    {"__bool__", SlotKind::Bool, 0},
    {"__getitem__", SlotKind::GetItem, 0},
    {"__setitem__", SlotKind::SetItem, 0},
    {"__delitem__", SlotKind::DelItem, 0},
    {"__contains__", SlotKind::Contains, 0},
    KRAIT_BIN("add", Add) KRAIT_BIN("sub", Sub) KRAIT_BIN("mul", Mul) KRAIT_BIN("matmul", MatMul)
    KRAIT_BIN("truediv", TrueDiv) KRAIT_BIN("mod", Mod) KRAIT_BIN("pow", Pow) KRAIT_BIN("lshift", LShift)
    KRAIT_BIN("rshift", RShift) KRAIT_BIN("or", Or) KRAIT_BIN("xor", Xor) KRAIT_BIN("and", And)
    KRAIT_BIN("floordiv", FloorDiv)
    {"__neg__", SlotKind::Neg, 0},
    {"__pos__", SlotKind::Pos, 0},
    {"__invert__", SlotKind::Invert, 0},
    {"__abs__", SlotKind::Abs, 0},
    {"__index__", SlotKind::Index, 0},
    {"__int__", SlotKind::Int, 0},
    {"__float__", SlotKind::Float, 0},
    {"__get__", SlotKind::Get, 0},
    {"__set__", SlotKind::Set, 0},
    {"__delete__", SlotKind::Delete, 0},
    {"__init__", SlotKind::Init, 0},
};
#undef KRAIT_BIN
constexpr size_t kSlotCount = sizeof kSlots / sizeof kSlots[0];

// The interned names of the slot table, made once per State (kept alive by the interned map).
Str* slot_name(State& st, size_t i) { return intern(st, kSlots[i].name); }

// Does the type have the native slot this table entry describes?
bool has_slot(Type* t, const SlotDef& d) {
    switch (d.kind) {
        case SlotKind::Repr: return t->repr;
        case SlotKind::Str: return t->str;
        case SlotKind::Hash: return t->hash;
        case SlotKind::Compare: return t->compare;
        case SlotKind::GetAttribute: return t->getattr;
        case SlotKind::GetAttr: return false;
        case SlotKind::SetAttr: case SlotKind::DelAttr: return t->setattr;
        case SlotKind::Call: return t->call;
        case SlotKind::Iter: return t->iter;
        case SlotKind::Next: return t->next;
        case SlotKind::Len: return t->len;
        case SlotKind::Bool: return t->truth;
        case SlotKind::GetItem: return t->getitem;
        case SlotKind::SetItem: case SlotKind::DelItem: return t->setitem;
        case SlotKind::Contains: return t->contains;
        case SlotKind::Binop: case SlotKind::RBinop: return t->binop[d.op];
        case SlotKind::Inplace: return t->inplace[d.op];
        case SlotKind::Neg: return t->neg;
        case SlotKind::Pos: return t->pos;
        case SlotKind::Invert: return t->invert;
        case SlotKind::Abs: return t->abs;
        case SlotKind::Index: return t->index;
        case SlotKind::Int: return t->to_int;
        case SlotKind::Float: return t->to_float;
        case SlotKind::Get: return t->descr_get;
        case SlotKind::Set: case SlotKind::Delete: return t->descr_set;
        case SlotKind::Init: return t->init;
    }
    return false;
}

// Is the slot the same function as in the base (then the base's wrapper already exposes it)?
bool same_as_base(Type* t, const SlotDef& d) {
    Type* b = t->base;
    if (!b) return false;
    switch (d.kind) {
        case SlotKind::Repr: return t->repr == b->repr;
        case SlotKind::Str: return t->str == b->str;
        case SlotKind::Hash: return t->hash == b->hash;
        case SlotKind::Compare: return t->compare == b->compare;
        case SlotKind::GetAttribute: return t->getattr == b->getattr;
        case SlotKind::SetAttr: case SlotKind::DelAttr: return t->setattr == b->setattr;
        case SlotKind::Call: return t->call == b->call;
        case SlotKind::Iter: return t->iter == b->iter;
        case SlotKind::Next: return t->next == b->next;
        case SlotKind::Len: return t->len == b->len;
        case SlotKind::Bool: return t->truth == b->truth;
        case SlotKind::GetItem: return t->getitem == b->getitem;
        case SlotKind::SetItem: case SlotKind::DelItem: return t->setitem == b->setitem;
        case SlotKind::Contains: return t->contains == b->contains;
        case SlotKind::Binop: case SlotKind::RBinop: return t->binop[d.op] == b->binop[d.op];
        case SlotKind::Inplace: return t->inplace[d.op] == b->inplace[d.op];
        case SlotKind::Neg: return t->neg == b->neg;
        case SlotKind::Pos: return t->pos == b->pos;
        case SlotKind::Invert: return t->invert == b->invert;
        case SlotKind::Abs: return t->abs == b->abs;
        case SlotKind::Index: return t->index == b->index;
        case SlotKind::Int: return t->to_int == b->to_int;
        case SlotKind::Float: return t->to_float == b->to_float;
        case SlotKind::Get: return t->descr_get == b->descr_get;
        case SlotKind::Set: case SlotKind::Delete: return t->descr_set == b->descr_set;
        case SlotKind::Init: return t->init == b->init;
        default: return false;
    }
}

Value none_or(bool ok) { return ok ? Value::none() : Value::error(); }

// Calls slot `i` of `owner` for a SlotWrapper call: args[0] is self.
Value call_slot(State& st, Type* owner, const SlotDef& d, const char* name, Args a) {
    auto want = [&](size_t n) {
        if (a.nkw()) {
            raise(st, st.exc.TypeError, std::string(name) + "() takes no keyword arguments");
            return false;
        }
        if (a.n - 1 != n) {
            raise(st, st.exc.TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                                            ", got " + std::to_string(a.n - 1));
            return false;
        }
        return true;
    };
    Value self = a.v[0];
    switch (d.kind) {
        case SlotKind::Repr: return want(0) ? owner->repr(st, self) : Value::error();
        case SlotKind::Str: return want(0) ? owner->str(st, self) : Value::error();
        case SlotKind::Hash: {
            if (!want(0)) return Value::error();
            int64_t h;
            return owner->hash(st, self, h) ? make_int(st, h) : Value::error();
        }
        case SlotKind::Compare: return want(1) ? owner->compare(st, self, a.v[1], CmpOp(d.op)) : Value::error();
        case SlotKind::GetAttribute: {
            if (!want(1)) return Value::error();
            if (!isinstance(st, a.v[1], st.str_type))
                return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
            return owner->getattr(st, self, as_str(a.v[1]));
        }
        case SlotKind::SetAttr: case SlotKind::DelAttr: {
            size_t n = d.kind == SlotKind::SetAttr ? 2 : 1;
            if (!want(n)) return Value::error();
            if (!isinstance(st, a.v[1], st.str_type))
                return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
            return none_or(owner->setattr(st, self, as_str(a.v[1]), n == 2 ? a.v[2] : Value::error()));
        }
        case SlotKind::Call: return owner->call(st, self, Args{a.v + 1, a.n - 1, a.kwnames});
        case SlotKind::Iter: return want(0) ? owner->iter(st, self) : Value::error();
        case SlotKind::Next: {
            if (!want(0)) return Value::error();
            Value r = owner->next(st, self);
            if (r.is_stop()) return raise_stop_iteration(st, Value::none());
            return r;
        }
        case SlotKind::Len: {
            if (!want(0)) return Value::error();
            int64_t n = owner->len(st, self);
            return n < 0 ? Value::error() : make_int(st, n);
        }
        case SlotKind::Bool: {
            if (!want(0)) return Value::error();
            int r = owner->truth(st, self);
            return r < 0 ? Value::error() : Value::from_bool(r);
        }
        case SlotKind::GetItem: return want(1) ? owner->getitem(st, self, a.v[1]) : Value::error();
        case SlotKind::SetItem: return want(2) ? none_or(owner->setitem(st, self, a.v[1], a.v[2])) : Value::error();
        case SlotKind::DelItem: return want(1) ? none_or(owner->setitem(st, self, a.v[1], Value::error())) : Value::error();
        case SlotKind::Contains: {
            if (!want(1)) return Value::error();
            int r = owner->contains(st, self, a.v[1]);
            return r < 0 ? Value::error() : Value::from_bool(r);
        }
        case SlotKind::Binop:
            if (d.op == uint8_t(BinOp::Pow) && a.n == 3 && !a.nkw()) {
                // pow(self, exp, mod) through __pow__: only the numbers know it.
                return number_pow_mod(st, self, a.v[1], a.v[2]);
            }
            return want(1) ? owner->binop[d.op](st, self, a.v[1]) : Value::error();
        case SlotKind::RBinop: return want(1) ? owner->binop[d.op](st, a.v[1], self) : Value::error();
        case SlotKind::Inplace: return want(1) ? owner->inplace[d.op](st, self, a.v[1]) : Value::error();
        case SlotKind::Neg: return want(0) ? owner->neg(st, self) : Value::error();
        case SlotKind::Pos: return want(0) ? owner->pos(st, self) : Value::error();
        case SlotKind::Invert: return want(0) ? owner->invert(st, self) : Value::error();
        case SlotKind::Abs: return want(0) ? owner->abs(st, self) : Value::error();
        case SlotKind::Index: return want(0) ? owner->index(st, self) : Value::error();
        case SlotKind::Int: return want(0) ? owner->to_int(st, self) : Value::error();
        case SlotKind::Float: return want(0) ? owner->to_float(st, self) : Value::error();
        case SlotKind::Get: {
            if (a.n < 2 || a.n > 3) return type_error(st, "expected 1 or 2 arguments, got " + std::to_string(a.n - 1));
            Value obj = a.v[1], type = a.n > 2 ? a.v[2] : Value::none();
            if (obj.is_none() && type.is_none()) return type_error(st, "__get__(None, None) is invalid");
            return owner->descr_get(st, self, obj.is_none() ? Value::error() : obj,
                                    type.is_none() ? Value::from_object(type_of(st, obj)) : type);
        }
        case SlotKind::Set: return want(2) ? none_or(owner->descr_set(st, self, a.v[1], a.v[2])) : Value::error();
        case SlotKind::Delete: return want(1) ? none_or(owner->descr_set(st, self, a.v[1], Value::error())) : Value::error();
        case SlotKind::Init: return none_or(owner->init(st, self, Args{a.v + 1, a.n - 1, a.kwnames}));
        default: return type_error(st, "slot not callable");
    }
}

}  // namespace

Value slot_wrapper_call(State& st, SlotWrapper* w, Args a) {
    const SlotDef& d = kSlots[w->slot];
    if (a.n < 1) {
        return type_error(st, "descriptor '" + std::string(w->name->view()) + "' of '" + w->owner->name +
                                  "' object needs an argument");
    }
    if (!isinstance(st, a.v[0], w->owner)) {
        return type_error(st, "descriptor '" + std::string(w->name->view()) + "' requires a '" + w->owner->name +
                                  "' object but received a '" + type_name(st, a.v[0]) + "'");
    }
    return call_slot(st, w->owner, d, d.name, a);
}

// ---------------------------------------------------------------------------------------------
// Subtypes and lookup.

bool is_subtype(Type* a, Type* b) {
    if (a == b) return true;
    if (Tuple* mro = a->mro) {
        for (size_t i = 0; i < mro->size; ++i)
            if (mro->items[i].as_object() == b) return true;
        return false;
    }
    for (Type* t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

static Value type_lookup_uncached(State& st, Type* type, Str* name);

Value type_lookup(State& st, Type* type, Str* name) {
    if (!type->version || !name->interned) return type_lookup_uncached(st, type, name);
    size_t h = (type->version * 0x9E3779B1u ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (State::kMethodCacheSize - 1);
    State::MethodCacheEntry& e = st.method_cache[h];
    if (e.version == type->version && e.name == name) return e.value;
    Value v = type_lookup_uncached(st, type, name);
    e.version = type->version;
    e.name = name;
    e.value = v;
    return v;
}

void invalidate_type(State& st, Type* t) {
    if (t->version) t->version = st.next_type_version++;
    if (t->subclasses.is_object()) {
        List* subs = as_list(t->subclasses);
        for (size_t i = 0; i < subs->size; ++i) invalidate_type(st, as_type(subs->items[i]));
    }
}

static Value type_lookup_uncached(State& st, Type* type, Str* name) {
    Tuple* mro = type->mro;
    if (!mro) {
        for (Type* t = type; t; t = t->base) {
            if (!t->dict) continue;
            Value v = dict_get_str(st, t->dict, name);
            if (!v.is_missing()) return v;
        }
        return Value::missing();
    }
    for (size_t i = 0; i < mro->size; ++i) {
        Type* t = as_type(mro->items[i]);
        Value v = dict_get_str(st, t->dict, name);
        if (!v.is_missing()) return v;
    }
    return Value::missing();
}

std::string type_name(State& st, Value v) { return type_name(st, type_of(st, v)); }

std::string type_name(State& st, Type* t) {
    std::string name = t->name_str ? std::string(t->name_str->view()) : t->name;
    // CPython's tp_name: a native module's types carry the module ("collections.deque").
    if (t->flags & kTypeHeap || !t->dict) return name;
    Value module = dict_get_str(st, t->dict, st.names.module);
    if (!module.is_object() || module.as_object()->type != st.str_type) return name;
    std::string_view m = as_str(module)->view();
    return m == "builtins" ? name : std::string(m) + "." + name;
}

static bool instance_dict_possible(State& st, Value obj);

// ---------------------------------------------------------------------------------------------
// Generic attribute access (object.__getattribute__ and object.__setattr__).

Dict* instance_dict(State& st, Value obj, bool create) {
    if (!obj.is_object()) return nullptr;
    Object* o = obj.as_object();
    Type* t = o->type;
    if (!t->dict_offset) return nullptr;
    auto** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + dict_word(t, o));
    if (!*slot && create) *slot = make_dict(st);
    return *slot;
}

Value generic_getattr(State& st, Value obj, Str* name) {
    Type* tp = type_of(st, obj);
    Value descr = type_lookup(st, tp, name);
    DescrGetFn get = nullptr;
    if (!descr.is_missing()) {
        Type* dt = type_of(st, descr);
        get = dt->descr_get;
        if (get && dt->descr_set) return get(st, descr, obj, Value::from_object(tp));
    }
    if (Dict* d = instance_dict(st, obj, false)) {
        Value v = dict_get_str(st, d, name);
        if (!v.is_missing()) return v;
    }
    if (get) return get(st, descr, obj, Value::from_object(tp));
    if (!descr.is_missing()) return descr;
    return attribute_error(st, obj, name);
}

bool generic_setattr(State& st, Value obj, Str* name, Value v) {
    Type* tp = type_of(st, obj);
    Value descr = type_lookup(st, tp, name);
    if (!descr.is_missing()) {
        DescrSetFn set = type_of(st, descr)->descr_set;
        if (set) return set(st, descr, obj, v);
    }
    Dict* d = instance_dict(st, obj, true);
    if (!d) {
        if (!instance_dict_possible(st, obj)) {
            if (descr.is_missing()) {
                raise(st, st.exc.AttributeError, "'" + type_name(st, obj) + "' object has no attribute '" +
                                                     std::string(name->view()) + "'");
            } else {
                raise(st, st.exc.AttributeError, "'" + type_name(st, obj) + "' object attribute '" +
                                                     std::string(name->view()) + "' is read-only");
            }
        }
        return false;
    }
    if (v.is_error()) {
        int r = dict_del(st, d, Value::from_object(name));
        if (r == 0) {
            raise(st, st.exc.AttributeError, "'" + type_name(st, obj) + "' object has no attribute '" +
                                                 std::string(name->view()) + "'");
        }
        return r > 0;
    }
    return dict_set_str(st, d, name, v);
}

static bool instance_dict_possible(State& st, Value obj) {
    if (!obj.is_object()) return false;
    if (!obj.as_object()->type->dict_offset) return false;
    return true;  // creation failed: MemoryError is pending
}

// ---------------------------------------------------------------------------------------------
// Generic slots of classes: each calls the special method defined in Python.

namespace {

Value call_dunder(State& st, Value self, Str* name, std::initializer_list<Value> args) {
    Value r = call_special(st, self, name, args);
    if (r.is_missing()) return attribute_error(st, self, name);
    return r;
}

Value slot_repr(State& st, Value self) { return call_dunder(st, self, st.names.repr, {}); }
Value slot_str(State& st, Value self) { return call_dunder(st, self, st.names.str, {}); }

bool slot_hash(State& st, Value self, int64_t& out) {
    Value f = type_lookup(st, type_of(st, self), st.names.hash);
    if (f.is_none()) {
        unhashable(st, self);
        return false;
    }
    Value r = call_dunder(st, self, st.names.hash, {});
    if (r.is_error()) return false;
    if (!is_int(st, r)) {
        type_error(st, "__hash__ method should return an integer");
        return false;
    }
    // A result that fits is used as it is; a larger one is reduced as hash(int) does.
    if (int_to_int64(st, r, out)) {
        if (out == -1) out = -2;
        return true;
    }
    out = int_hash(st, r);
    return true;
}

Str* compare_name(State& st, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return st.names.lt;
        case CmpOp::Le: return st.names.le;
        case CmpOp::Eq: return st.names.eq;
        case CmpOp::Ne: return st.names.ne;
        case CmpOp::Gt: return st.names.gt;
        default: return st.names.ge;
    }
}

Value slot_compare(State& st, Value a, Value b, CmpOp op) {
    Value r = call_special(st, a, compare_name(st, op), {b});
    if (r.is_missing()) return Value::not_implemented();
    return r;
}

Value slot_getattr_hook(State& st, Value self, Str* name) {
    Type* tp = type_of(st, self);
    Value ga = type_lookup(st, tp, st.names.getattribute);
    Value r;
    if (ga.is_missing() || (ga.is_object() && ga.as_object()->type == st.wrapper_descriptor_type &&
                            static_cast<SlotWrapper*>(ga.as_object())->owner->getattr == generic_getattr)) {
        r = generic_getattr(st, self, name);
    } else {
        r = call_special(st, self, st.names.getattribute, {Value::from_object(name)});
    }
    if (!r.is_error() || !raised_matches(st, st.exc.AttributeError)) return r;
    Value getattr_fn = type_lookup(st, tp, st.names.getattr);
    if (getattr_fn.is_missing()) return r;
    take_raised(st);
    return call_special(st, self, st.names.getattr, {Value::from_object(name)});
}

bool slot_setattr(State& st, Value self, Str* name, Value v) {
    Value r = v.is_error() ? call_dunder(st, self, st.names.delattr, {Value::from_object(name)})
                           : call_dunder(st, self, st.names.setattr, {Value::from_object(name), v});
    return !r.is_error();
}

Value slot_call(State& st, Value self, Args a) {
    Value f = type_lookup(st, type_of(st, self), st.names.call);
    if (f.is_missing()) return type_error(st, "'" + type_name(st, self) + "' object is not callable");
    Value bound = bind_descriptor(st, f, self);
    if (bound.is_error()) return bound;
    Root keep(st.heap, bound);
    return call(st, bound, a);
}

Value slot_iter(State& st, Value self) {
    Value f = type_lookup(st, type_of(st, self), st.names.iter);
    if (f.is_none()) return type_error(st, "'" + type_name(st, self) + "' object is not iterable");
    Value it = call_dunder(st, self, st.names.iter, {});
    if (it.is_error()) return it;
    if (!type_of(st, it)->next) {
        return type_error(st, "iter() returned non-iterator of type '" + type_name(st, it) + "'");
    }
    return it;
}

Value slot_next(State& st, Value self) {
    Value r = call_dunder(st, self, st.names.next, {});
    if (r.is_error() && raised_matches(st, st.exc.StopIteration)) {
        take_raised(st);
        return Value::stop();
    }
    return r;
}

int64_t slot_len(State& st, Value self) {
    Value r = call_dunder(st, self, st.names.len, {});
    if (r.is_error()) return -1;
    if (!is_int(st, r)) {
        type_error(st, "'" + type_name(st, r) + "' object cannot be interpreted as an integer");
        return -1;
    }
    int64_t n;
    if (!int_to_int64(st, r, n)) {
        overflow_error(st, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        value_error(st, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

int slot_bool(State& st, Value self) {
    Type* tp = type_of(st, self);
    Value f = type_lookup(st, tp, st.names.bool_);
    if (f.is_missing()) {
        if (type_lookup(st, tp, st.names.len).is_missing()) return 1;
        int64_t n = slot_len(st, self);
        return n < 0 ? -1 : n > 0;
    }
    Value r = call_dunder(st, self, st.names.bool_, {});
    if (r.is_error()) return -1;
    if (!r.is_bool()) {
        type_error(st, "__bool__ should return bool, returned " + type_name(st, r));
        return -1;
    }
    return r.is_true();
}

Value slot_getitem(State& st, Value self, Value key) { return call_dunder(st, self, st.names.getitem, {key}); }

bool slot_setitem(State& st, Value self, Value key, Value v) {
    Value r = v.is_error() ? call_dunder(st, self, st.names.delitem, {key})
                           : call_dunder(st, self, st.names.setitem, {key, v});
    return !r.is_error();
}

int slot_contains(State& st, Value self, Value item) {
    Type* tp = type_of(st, self);
    Value f = type_lookup(st, tp, st.names.contains);
    if (f.is_missing()) return iter_contains(st, self, item);
    Value r = call_dunder(st, self, st.names.contains, {item});
    if (r.is_error()) return -1;
    return truthy(st, r);
}

Str* binop_name(State& st, BinOp op, int form) {  // form 0: __add__, 1: __radd__, 2: __iadd__
    Str*& cached = st.binop_dunders[form][int(op)];
    if (cached) return cached;
    static const char* const kNames[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                         "lshift", "rshift", "or", "xor", "and", "floordiv"};
    std::string n = std::string(form == 1 ? "__r" : form == 2 ? "__i" : "__") + kNames[int(op)] + "__";
    return cached = intern(st, n);
}

// CPython's SLOT1BINFULL: the slot is shared by __op__ (self on the left) and __rop__ (self on
// the right); it is called as slot(a, b) for whichever operand's type has it.
template <BinOp Op>
Value slot_binop(State& st, Value a, Value b) {
    Type* ta = type_of(st, a);
    Type* tb = type_of(st, b);
    bool do_other = ta != tb && tb->binop[int(Op)] == slot_binop<Op>;
    Str* rname = binop_name(st, Op, 1);
    if (ta->binop[int(Op)] == slot_binop<Op>) {
        if (do_other && is_subtype(tb, ta)) {
            Value rb = type_lookup(st, tb, rname), ra = type_lookup(st, ta, rname);
            if (!rb.is_missing() && !rb.is(ra)) {
                Value r = call_special(st, b, rname, {a});
                if (!r.is_missing() && !r.is_not_implemented()) return r;
                if (r.is_error()) return r;
                do_other = false;
            }
        }
        Value r = call_special(st, a, binop_name(st, Op, 0), {b});
        if (r.is_missing()) r = Value::not_implemented();
        if (!r.is_not_implemented() || ta == tb) return r;
    }
    if (do_other) {
        Value r = call_special(st, b, rname, {a});
        return r.is_missing() ? Value::not_implemented() : r;
    }
    return Value::not_implemented();
}

template <BinOp Op>
Value slot_inplace(State& st, Value a, Value b) {
    Value r = call_special(st, a, binop_name(st, Op, 2), {b});
    return r.is_missing() ? Value::not_implemented() : r;
}

template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> make_binops(std::index_sequence<I...>) {
    return {slot_binop<BinOp(I)>...};
}
template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> make_inplaces(std::index_sequence<I...>) {
    return {slot_inplace<BinOp(I)>...};
}
constexpr auto kSlotBinops = make_binops(std::make_index_sequence<size_t(BinOp::Count)>());
constexpr auto kSlotInplaces = make_inplaces(std::make_index_sequence<size_t(BinOp::Count)>());

Value slot_neg(State& st, Value v) { return call_dunder(st, v, st.names.neg, {}); }
Value slot_pos(State& st, Value v) { return call_dunder(st, v, st.names.pos, {}); }
Value slot_invert(State& st, Value v) { return call_dunder(st, v, st.names.invert, {}); }
Value slot_abs(State& st, Value v) { return call_dunder(st, v, st.names.abs, {}); }
Value slot_index(State& st, Value v) { return call_dunder(st, v, st.names.index, {}); }
Value slot_int(State& st, Value v) { return call_dunder(st, v, st.names.int_, {}); }
Value slot_float(State& st, Value v) { return call_dunder(st, v, st.names.float_, {}); }

Value slot_descr_get(State& st, Value descr, Value obj, Value type) {
    return call_dunder(st, descr, st.names.get, {obj.is_error() ? Value::none() : obj, type});
}

bool slot_descr_set(State& st, Value descr, Value obj, Value v) {
    Value r = v.is_error() ? call_dunder(st, descr, st.names.delete_, {obj})
                           : call_dunder(st, descr, st.names.set, {obj, v});
    return !r.is_error();
}

bool slot_init(State& st, Value self, Args a) {
    Value f = type_lookup(st, type_of(st, self), st.names.init);
    if (f.is_missing()) return true;
    Value r;
    if (f.is_object() && f.as_object()->type == st.function_type) {
        r = call_prepend(st, f, self, a);
    } else {
        Value bound = bind_descriptor(st, f, self);
        if (bound.is_error()) return false;
        Root keep(st.heap, bound);
        r = call(st, bound, a);
    }
    if (r.is_error()) return false;
    if (!r.is_none()) {
        type_error(st, "__init__() should return None, not '" + type_name(st, r) + "'");
        return false;
    }
    return true;
}

Value slot_new(State& st, Type* type, Args a) {
    Value f = type_lookup(st, type, st.names.new_);
    if (f.is_missing()) return type_error(st, "cannot create instances");
    // __new__ is a static method: call it with the class first.
    Value fn = f;
    if (f.is_object() && f.as_object()->type == st.staticmethod_type)
        fn = static_cast<WrapperDescriptor*>(f.as_object())->func;
    Root keep(st.heap, fn);
    return call_prepend(st, fn, Value::from_object(type), a);
}

// Sets one slot of a class from its special methods: the native function when the method is
// a built-in type's wrapper for that slot, the generic function when it is Python code.
void update_slot(State& st, Type* t, const SlotDef& d, size_t i) {
    Value f = type_lookup(st, t, slot_name(st, i));
    // Absent: the inherited slot stays; a built-in's wrapper: that type's slot; else generic.
    bool generic = false;
    Type* owner = nullptr;
    if (f.is_missing()) {
    } else if (f.is_object() && f.as_object()->type == st.wrapper_descriptor_type &&
               static_cast<SlotWrapper*>(f.as_object())->slot == i) {
        owner = static_cast<SlotWrapper*>(f.as_object())->owner;
    } else {
        generic = true;
    }
    // Slots fed by several names become generic when any of them is Python code.
    auto pick = [&](auto& slot, auto generic_fn, auto owner_slot) {
        if (generic) slot = generic_fn;
        else if (owner) slot = owner_slot;
    };
    switch (d.kind) {
        case SlotKind::Repr: pick(t->repr, slot_repr, owner ? owner->repr : nullptr); break;
        case SlotKind::Str: pick(t->str, slot_str, owner ? owner->str : nullptr); break;
        case SlotKind::Hash:
            if (f.is_none()) t->hash = hash_not_implemented;
            else pick(t->hash, slot_hash, owner ? owner->hash : nullptr);
            break;
        case SlotKind::Compare: if (generic) t->compare = slot_compare; break;
        case SlotKind::GetAttribute: case SlotKind::GetAttr: if (generic) t->getattr = slot_getattr_hook; break;
        case SlotKind::SetAttr: case SlotKind::DelAttr: if (generic) t->setattr = slot_setattr; break;
        case SlotKind::Call: pick(t->call, slot_call, owner ? owner->call : nullptr); break;
        case SlotKind::Iter:
            if (f.is_none()) t->iter = slot_iter;
            else pick(t->iter, slot_iter, owner ? owner->iter : nullptr);
            break;
        case SlotKind::Next: pick(t->next, slot_next, owner ? owner->next : nullptr); break;
        case SlotKind::Len: pick(t->len, slot_len, owner ? owner->len : nullptr); break;
        case SlotKind::Bool: pick(t->truth, slot_bool, owner ? owner->truth : nullptr); break;
        case SlotKind::GetItem: pick(t->getitem, slot_getitem, owner ? owner->getitem : nullptr); break;
        case SlotKind::SetItem: case SlotKind::DelItem: if (generic) t->setitem = slot_setitem; break;
        case SlotKind::Contains: pick(t->contains, slot_contains, owner ? owner->contains : nullptr); break;
        case SlotKind::Binop: case SlotKind::RBinop: if (generic) t->binop[d.op] = kSlotBinops[d.op]; break;
        case SlotKind::Inplace: pick(t->inplace[d.op], kSlotInplaces[d.op], owner ? owner->inplace[d.op] : nullptr); break;
        case SlotKind::Neg: pick(t->neg, slot_neg, owner ? owner->neg : nullptr); break;
        case SlotKind::Pos: pick(t->pos, slot_pos, owner ? owner->pos : nullptr); break;
        case SlotKind::Invert: pick(t->invert, slot_invert, owner ? owner->invert : nullptr); break;
        case SlotKind::Abs: pick(t->abs, slot_abs, owner ? owner->abs : nullptr); break;
        case SlotKind::Index: pick(t->index, slot_index, owner ? owner->index : nullptr); break;
        case SlotKind::Int: pick(t->to_int, slot_int, owner ? owner->to_int : nullptr); break;
        case SlotKind::Float: pick(t->to_float, slot_float, owner ? owner->to_float : nullptr); break;
        case SlotKind::Get: pick(t->descr_get, slot_descr_get, owner ? owner->descr_get : nullptr); break;
        case SlotKind::Set: case SlotKind::Delete: if (generic) t->descr_set = slot_descr_set; break;
        case SlotKind::Init: pick(t->init, slot_init, owner ? owner->init : nullptr); break;
    }
}

}  // namespace

bool hash_not_implemented(State& st, Value v, int64_t&) {
    unhashable(st, v);
    return false;
}

// Re-derives every slot of a class (and its subclasses) after a special method changed.
void fixup_slots(State& st, Type* t, Str* changed) {
    for (size_t i = 0; i < kSlotCount; ++i) {
        if (changed && std::strcmp(kSlots[i].name, changed->data) != 0) continue;
        update_slot(st, t, kSlots[i], i);
    }
    if (Dict* d = t->dict) {
        if (!dict_get_str(st, d, st.names.new_).is_missing()) t->new_ = slot_new;
    }
    if ((t->flags & kTypeHeap) && t->new_ == st.object_type->new_ && t->init == slot_init &&
        type_of(st, Value::from_object(t)) == st.type_type)
        t->flags |= kTypePlainInit;
    else
        t->flags &= ~kTypePlainInit;
    if (t->subclasses.is_object()) {
        List* subs = as_list(t->subclasses);
        for (size_t i = 0; i < subs->size; ++i) fixup_slots(st, as_type(subs->items[i]), changed);
    }
}

bool is_special_name(Str* name) {
    std::string_view v = name->view();
    return v.size() > 4 && v.substr(0, 2) == "__" && v.substr(v.size() - 2) == "__";
}

// Exposes a built-in type's slots as special methods (the wrappers that `int.__add__`,
// `list.__len__` or `object.__init__` return).
void add_slot_wrappers(State& st, Type* t) {
    for (size_t i = 0; i < kSlotCount; ++i) {
        const SlotDef& d = kSlots[i];
        if (!has_slot(t, d) || (t != st.object_type && same_as_base(t, d))) continue;
        Str* name = slot_name(st, i);
        if (!dict_get_str(st, t->dict, name).is_missing()) continue;
        if (d.kind == SlotKind::Hash && t->hash == hash_not_implemented) {
            dict_set_str(st, t->dict, name, Value::none());
            continue;
        }
        auto* w = st.heap.make<SlotWrapper>(st.wrapper_descriptor_type);
        w->owner = t;
        w->name = name;
        w->slot = static_cast<uint16_t>(i);
        dict_set_str(st, t->dict, name, Value::from_object(w));
    }
}

// ---------------------------------------------------------------------------------------------
// C3 linearization.

Tuple* compute_mro(State& st, Type* t) {
    Tuple* bases = t->bases;
    std::vector<std::vector<Type*>> seqs;
    for (size_t i = 0; i < bases->size; ++i) {
        Type* b = as_type(bases->items[i]);
        std::vector<Type*> s;
        for (size_t j = 0; j < b->mro->size; ++j) s.push_back(as_type(b->mro->items[j]));
        seqs.push_back(std::move(s));
    }
    std::vector<Type*> tail;
    for (size_t i = 0; i < bases->size; ++i) tail.push_back(as_type(bases->items[i]));
    seqs.push_back(tail);
    std::vector<Type*> out{t};
    for (;;) {
        bool empty = true;
        for (auto& s : seqs) empty &= s.empty();
        if (empty) break;
        Type* pick = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            Type* cand = s.front();
            bool in_tail = false;
            for (auto& o : seqs)
                if (std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), cand) != o.end()) in_tail = true;
            if (!in_tail) {
                pick = cand;
                break;
            }
        }
        if (!pick) {
            std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
            for (size_t i = 0; i < bases->size; ++i) {
                msg += i ? ", " : " ";
                msg += std::string(as_type(bases->items[i])->name_str->view());
            }
            raise(st, st.exc.TypeError, msg);
            return nullptr;
        }
        out.push_back(pick);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == pick) s.erase(s.begin());
    }
    Tuple* mro = make_tuple(st, out.size());
    if (!mro) return nullptr;
    for (size_t i = 0; i < out.size(); ++i) mro->items[i] = Value::from_object(out[i]);
    return mro;
}

// ---------------------------------------------------------------------------------------------
// Class creation: type(name, bases, dict).

namespace {

Type* solid_base(Type* t) {
    while (t->flags & kTypeHeap) t = t->base;
    return t;
}

void trace_instance(Object* o, Tracer& tr) {
    Type* t = o->type;
    Type* solid = solid_base(t);
    solid->gc->trace(o, tr);
    size_t dict_at = 0;
    if (t->dict_offset) {
        dict_at = dict_word(t, o);
        tr.mark(*reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + dict_at));
    }
    if (t->flags & kTypeVarSize) return;  // no __slots__; the items follow the fixed part
    for (size_t off = t->solid_size; off < t->basicsize; off += sizeof(Value))
        if (off != dict_at) tr.mark(*reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + off));
}

void destroy_instance(Heap& h, Object* o) {
    Type* solid = solid_base(o->type);
    if (solid->gc->destroy) solid->gc->destroy(h, o);
}

const GcOps kInstanceOps{trace_instance, destroy_instance};

// The type whose instance layout t's instances have: past classes, and past built-in types
// that add nothing to their base's layout (ValueError's is BaseException's).
Type* layout_base(Type* t) {
    t = solid_base(t);
    while (t->base && t->basicsize == t->base->basicsize && t->dict_offset == t->base->dict_offset &&
           (t->flags & kTypeVarSize) == (t->base->flags & kTypeVarSize))
        t = t->base;
    return t;
}

Type* best_base(State& st, Tuple* bases) {
    Type* best = nullptr;
    Type* best_solid = nullptr;
    for (size_t i = 0; i < bases->size; ++i) {
        Value b = bases->items[i];
        if (!isinstance(st, b, st.type_type)) {
            raise(st, st.exc.TypeError, "bases must be types");
            return nullptr;
        }
        Type* bt = as_type(b);
        if (!(bt->flags & kTypeBaseType)) {
            raise(st, st.exc.TypeError, "type '" + std::string(bt->name_str->view()) + "' is not an acceptable base type");
            return nullptr;
        }
        Type* s = layout_base(bt);
        if (!best) {
            best = bt;
            best_solid = s;
        } else if (is_subtype(best_solid, s)) {
            // keep
        } else if (is_subtype(s, best_solid)) {
            best = bt;
            best_solid = s;
        } else {
            raise(st, st.exc.TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return best;
}

// The names a __slots__ declaration lists (a str or an iterable of strs), mangled for the
// class; "__dict__" asks for a __dict__ after all.
bool slot_list(State& st, Value slots, Type* t, std::vector<Str*>& out, bool& want_dict) {
    Root list(st.heap);
    if (isinstance(st, slots, st.str_type)) {
        Tuple* one = make_tuple(st, {slots});
        if (!one) return false;
        list.set(Value::from_object(one));
    } else {
        List* l = list_from_iterable(st, slots);
        if (!l) return false;
        list.set(Value::from_object(l));
    }
    Value lv = list.get();
    size_t n = lv.as_object()->type == st.tuple_type ? as_tuple(lv)->size : as_list(lv)->size;
    for (size_t i = 0; i < n; ++i) {
        Value item = lv.as_object()->type == st.tuple_type ? as_tuple(lv)->items[i] : as_list(lv)->items[i];
        if (!isinstance(st, item, st.str_type)) {
            type_error(st, "__slots__ items must be strings, not '" + type_name(st, item) + "'");
            return false;
        }
        std::string_view name = as_str(item)->view();
        if (name == "__dict__") {
            want_dict = true;
            continue;
        }
        if (name == "__weakref__") continue;
        std::string mangled(name);
        if (name.size() > 2 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) != "__") {
            std::string_view cls = t->name_str->view();
            while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
            if (!cls.empty()) mangled = "_" + std::string(cls) + mangled;
        }
        Str* s = intern(st, mangled);
        if (!s) return false;
        if (!dict_get_str(st, t->dict, s).is_missing()) {
            value_error(st, "'" + mangled + "' in __slots__ conflicts with class variable");
            return false;
        }
        out.push_back(s);
    }
    return true;
}

}  // namespace

Value type_new(State& st, Type* meta, Args a) {
    Value args3[3];
    if (a.n != 3) return type_error(st, "type() takes 1 or 3 arguments");
    for (int i = 0; i < 3; ++i) args3[i] = a.v[i];
    if (!isinstance(st, args3[0], st.str_type))
        return type_error(st, "type.__new__() argument 1 must be str, not " + type_name(st, args3[0]));
    if (!isinstance(st, args3[1], st.tuple_type))
        return type_error(st, "type.__new__() argument 2 must be tuple, not " + type_name(st, args3[1]));
    if (!isinstance(st, args3[2], st.dict_type))
        return type_error(st, "type.__new__() argument 3 must be dict, not " + type_name(st, args3[2]));
    Tuple* bases = as_tuple(args3[1]);

    // The most derived metaclass among meta and the bases' metaclasses.
    Type* winner = meta;
    for (size_t i = 0; i < bases->size; ++i) {
        Type* bm = type_of(st, bases->items[i]);
        if (is_subtype(winner, bm)) continue;
        if (is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return type_error(st, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->new_ != type_new) return winner->new_(st, winner, a);
    meta = winner;

    for (size_t i = 0; i < bases->size; ++i)
        for (size_t j = i + 1; j < bases->size; ++j)
            if (bases->items[i].is(bases->items[j]) && isinstance(st, bases->items[i], st.type_type))
                return type_error(st, "duplicate base class " + std::string(as_type(bases->items[i])->name_str->view()));
    Root bases_root(st.heap);
    if (bases->size == 0) {
        bases = make_tuple(st, {Value::from_object(st.object_type)});
        if (!bases) return Value::error();
        bases_root.set(Value::from_object(bases));
    }
    Type* base = best_base(st, bases);
    if (!base) return Value::error();

    Dict* dict = dict_copy(st, as_dict(args3[2]));
    if (!dict) return Value::error();
    Root dict_root(st.heap, Value::from_object(dict));

    auto* t = st.heap.make<Type>(meta);
    if (!t) return raise_no_memory(st);
    Root t_root(st.heap, Value::from_object(t));
    t->gc = &kInstanceOps;
    t->name = "";  // classes use name_str
    t->name_str = intern(st, as_str(args3[0])->view());
    t->base = base;
    t->bases = bases;
    t->dict = dict;
    t->flags = kTypeHeap | kTypeBaseType | kTypeReady |
               (base->flags & (kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                               kTypeListSubclass | kTypeDictSubclass | kTypeExcSubclass | kTypeTypeSubclass |
                               kTypeVarSize | kTypeHasDict));
    t->basicsize = base->basicsize;
    t->dict_offset = base->dict_offset;
    t->solid_size = base->solid_size ? base->solid_size : base->basicsize;
    std::vector<Str*> slot_names;
    bool want_dict = true;
    Value slots = dict_get_str(st, dict, st.names.slots);
    if (!slots.is_missing()) {
        want_dict = false;
        if (!slot_list(st, slots, t, slot_names, want_dict)) return Value::error();
        if (!slot_names.empty() && (base->flags & kTypeVarSize)) {
            return type_error(st, "nonempty __slots__ not supported for subtype of '" +
                                      std::string(base->name_str->view()) + "'");
        }
    }
    if (!t->dict_offset && want_dict) {
        // Instances get a __dict__ pointer after the base's fields (or as their last word when
        // the base has inline items).
        t->dict_offset = (base->flags & kTypeVarSize) ? -1 : static_cast<int32_t>(t->basicsize);
        t->basicsize += sizeof(Dict*);
        t->flags |= kTypeHasDict;
    }
    for (Str* name : slot_names) {
        auto* m = st.heap.make<MemberDescriptor>(st.member_descriptor_type);
        if (!m) return raise_no_memory(st);
        m->name = name;
        m->owner = t;
        m->offset = t->basicsize;
        t->basicsize += sizeof(Value);
        if (!dict_set_str(st, dict, name, Value::from_object(m))) return Value::error();
    }
    // Inherit every slot of the base; special methods override them below.
    copy_slots(t, base);
    t->mro = compute_mro(st, t);
    if (!t->mro) return Value::error();

    Value qual = dict_get_str(st, dict, st.names.qualname);
    if (!qual.is_missing()) {
        if (!isinstance(st, qual, st.str_type))
            return type_error(st, "type __qualname__ must be a str, not " + type_name(st, qual));
        t->qualname = as_str(qual);
        dict_del(st, dict, Value::from_object(st.names.qualname));
    } else {
        t->qualname = t->name_str;
    }
    Value doc = dict_get_str(st, dict, st.names.doc);
    if (doc.is_missing()) dict_set_str(st, dict, st.names.doc, Value::none());
    if (dict_get_str(st, dict, st.names.module).is_missing()) {
        if (Frame* f = st.frames.top) {
            Value modname = dict_get_str(st, f->globals(), st.names.name);
            if (!modname.is_missing()) dict_set_str(st, dict, st.names.module, modname);
        }
    }
    // __new__ is implicitly static; __init_subclass__ and __class_getitem__ implicitly class methods.
    auto wrap = [&](Str* name, Type* wrapper) -> bool {
        Value f = dict_get_str(st, dict, name);
        if (f.is_missing() || !f.is_object() || f.as_object()->type != st.function_type) return true;
        auto* w = st.heap.make<WrapperDescriptor>(wrapper);
        if (!w) return false;
        w->func = f;
        return dict_set_str(st, dict, name, Value::from_object(w));
    };
    if (!wrap(st.names.new_, st.staticmethod_type) || !wrap(st.names.init_subclass, st.classmethod_type) ||
        !wrap(st.names.class_getitem, st.classmethod_type))
        return Value::error();
    // A class that defines __eq__ and not __hash__ is unhashable.
    if (!dict_get_str(st, dict, st.names.eq).is_missing() && dict_get_str(st, dict, st.names.hash).is_missing())
        dict_set_str(st, dict, st.names.hash, Value::none());

    Value cell = dict_get_str(st, dict, st.names.classcell);
    if (!cell.is_missing()) {
        if (!cell.is_object() || cell.as_object()->type != st.cell_type)
            return type_error(st, "__classcell__ must be a nonlocal cell, not " + type_name(st, cell));
        static_cast<Cell*>(cell.as_object())->value = Value::from_object(t);
        dict_del(st, dict, Value::from_object(st.names.classcell));
    }
    if (t->dict_offset && type_lookup(st, t, st.names.dict).is_missing()) add_dict_getset(st, t);
    fixup_slots(st, t, nullptr);
    for (size_t i = 0; i < bases->size; ++i) {
        Type* b = as_type(bases->items[i]);
        if (!b->subclasses.is_object()) {
            List* l = make_list(st);
            if (!l) return Value::error();
            b->subclasses = Value::from_object(l);
        }
        if (!list_append(st, as_list(b->subclasses), Value::from_object(t))) return Value::error();
    }

    // __set_name__ on the attributes, then the parent's __init_subclass__.
    size_t pos = 0;
    Value k, v;
    std::vector<std::pair<Value, Value>> named;
    while (dict_next(dict, pos, k, v)) named.push_back({k, v});
    for (auto& [key, val] : named) {
        Value r = call_special(st, val, st.names.set_name, {Value::from_object(t), key});
        if (r.is_error()) {
            // 3.11 reports which attribute failed, with the original error as the cause.
            Value cause = take_raised(st);
            Root keep_cause(st.heap, cause);
            Value kr = repr(st, key);
            std::string kname = kr.is_error() ? "?" : std::string(as_str(kr)->view());
            Value e = new_exception(st, st.exc.RuntimeError,
                                    "Error calling __set_name__ on '" + type_name(st, val) + "' instance " + kname +
                                        " in '" + std::string(t->name_str->view()) + "'");
            if (e.is_error()) return e;
            as_exception(e)->cause = cause;
            as_exception(e)->suppress_context = true;
            return raise(st, e);
        }
    }
    t->version = st.next_type_version++;
    if (!init_subclass(st, t, Args{a.v + 3, 0, a.kwnames})) return Value::error();
    return Value::from_object(t);
}

bool init_subclass(State& st, Type* t, Args kw) {
    // super(t, t).__init_subclass__(**kwargs)
    Tuple* mro = t->mro;
    for (size_t i = 1; i < mro->size; ++i) {
        Type* b = as_type(mro->items[i]);
        Value f = dict_get_str(st, b->dict, st.names.init_subclass);
        if (f.is_missing()) continue;
        Value bound;
        if (f.is_object() && f.as_object()->type == st.classmethod_type) {
            bound = make_bound_method(st, static_cast<WrapperDescriptor*>(f.as_object())->func, Value::from_object(t));
        } else {
            bound = make_bound_method(st, f, Value::from_object(t));
        }
        if (bound.is_error()) return false;
        Root keep(st.heap, bound);
        return !call(st, bound, kw).is_error();
    }
    return true;
}

void copy_slots(Type* t, Type* base) {
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->compare = base->compare;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->next = base->next;
    t->len = base->len;
    t->truth = base->truth;
    t->getitem = base->getitem;
    t->setitem = base->setitem;
    t->contains = base->contains;
    for (int i = 0; i < int(BinOp::Count); ++i) {
        t->binop[i] = base->binop[i];
        t->inplace[i] = base->inplace[i];
    }
    t->neg = base->neg;
    t->pos = base->pos;
    t->invert = base->invert;
    t->abs = base->abs;
    t->index = base->index;
    t->to_int = base->to_int;
    t->to_float = base->to_float;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->new_ = base->new_;
    t->init = base->init;
}

// T.__new__(cls, *args) for a built-in T: checks that cls is a subtype of T whose solid base
// is T's, then runs T's new_ slot for cls (CPython's tp_new_wrapper).
static Value new_wrapper(State& st, Args a) {
    Type* self = as_type(a.v[0]);
    std::string name(self->name_str->view());
    if (a.n < 2) return type_error(st, name + ".__new__(): not enough arguments");
    Value cls = a.v[1];
    if (!isinstance(st, cls, st.type_type)) {
        return type_error(st, name + ".__new__(X): X is not a type object (" + type_name(st, cls) + ")");
    }
    Type* sub = as_type(cls);
    if (!is_subtype(sub, self)) {
        return type_error(st, name + ".__new__(" + std::string(sub->name_str->view()) + "): " +
                                  std::string(sub->name_str->view()) + " is not a subtype of " + name);
    }
    Type* solid = sub;
    while (solid->flags & kTypeHeap) solid = solid->base;
    if (solid != self && !is_subtype(solid, self)) {
        return type_error(st, name + ".__new__(" + std::string(sub->name_str->view()) + ") is not safe, use " +
                                  std::string(solid->name_str->view()) + ".__new__()");
    }
    return self->new_(st, sub, Args{a.v + 2, a.n - 2, a.kwnames});
}

// Fills a built-in type's null slots from its base and readies its MRO and dict.
bool ready_builtin_type(State& st, Type* t) {
    if (t->flags & kTypeReady) return true;
    if (t->base && !(t->base->flags & kTypeReady) && !ready_builtin_type(st, t->base)) return false;
    t->flags |= kTypeReady;
    if (!t->dict) t->dict = make_dict(st);
    if (!t->name_str) t->name_str = intern(st, t->name);
    if (!t->qualname) t->qualname = t->name_str;
    if (Type* b = t->base) {
        auto inherit = [](auto& slot, auto from) {
            if (!slot) slot = from;
        };
        inherit(t->repr, b->repr);
        inherit(t->str, b->str);
        inherit(t->hash, b->hash);
        inherit(t->compare, b->compare);
        inherit(t->getattr, b->getattr);
        inherit(t->setattr, b->setattr);
        inherit(t->call, b->call);
        inherit(t->iter, b->iter);
        inherit(t->next, b->next);
        inherit(t->len, b->len);
        inherit(t->truth, b->truth);
        inherit(t->getitem, b->getitem);
        inherit(t->setitem, b->setitem);
        inherit(t->contains, b->contains);
        for (int i = 0; i < int(BinOp::Count); ++i) {
            inherit(t->binop[i], b->binop[i]);
            inherit(t->inplace[i], b->inplace[i]);
        }
        inherit(t->neg, b->neg);
        inherit(t->pos, b->pos);
        inherit(t->invert, b->invert);
        inherit(t->abs, b->abs);
        inherit(t->index, b->index);
        inherit(t->to_int, b->to_int);
        inherit(t->to_float, b->to_float);
        inherit(t->descr_get, b->descr_get);
        inherit(t->descr_set, b->descr_set);
        // A built-in type directly below object without a constructor of its own cannot be
        // instantiated from Python ("cannot create 'generator' instances"), as in CPython.
        if (b != st.object_type) inherit(t->new_, b->new_);
        inherit(t->init, b->init);
        if (!t->basicsize) t->basicsize = b->basicsize;
        if (!t->dict_offset && b->dict_offset > 0) t->dict_offset = b->dict_offset;
        if (!t->gc) t->gc = b->gc;
        t->flags |= b->flags & (kTypeIntSubclass | kTypeExcSubclass | kTypeTypeSubclass | kTypeHasDict);
    }
    if (!t->bases) {
        t->bases = t->base ? make_tuple(st, {Value::from_object(t->base)}) : st.empty_tuple;
    }
    if (!t->mro) {
        size_t n = 1;
        for (Type* b = t->base; b; b = b->base) ++n;
        t->mro = make_tuple(st, n);
        size_t i = 0;
        for (Type* b = t; b; b = b->base) t->mro->items[i++] = Value::from_object(b);
    }
    add_slot_wrappers(st, t);
    if (t->new_ && (!t->base || t->new_ != t->base->new_) && dict_get_str(st, t->dict, st.names.new_).is_missing()) {
        Value f = make_native(st, "__new__", new_wrapper, Value::from_object(t));
        if (f.is_error()) return false;
        dict_set_str(st, t->dict, st.names.new_, f);
    }
    if (dict_get_str(st, t->dict, st.names.doc).is_missing())
        dict_set_str(st, t->dict, st.names.doc, t->doc.is_object() ? t->doc : Value::none());
    t->version = st.next_type_version++;
    return true;
}

}  // namespace krait
