// The two roots of the object model: `object`, the base of every class, and `type`, the class
// of every class. Calling a type makes an instance (__new__ then __init__); attribute access
// on a type searches its MRO and the metaclass.
#include <cstdio>
#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {
namespace {

// ---- object ----

void trace_nothing(Object*, Tracer&) {}
const GcOps kObjectOps{trace_nothing, nullptr};

std::string module_prefix(State& st, Type* t) {
    Value m = dict_get_str(st, t->dict, st.names.module);
    if (m.is_missing() || !isinstance(st, m, st.str_type)) return "";
    std::string_view v = as_str(m)->view();
    if (v == "builtins") return "";
    return std::string(v) + ".";
}

std::string qualified_name(State& st, Type* t) {
    return module_prefix(st, t) + std::string(t->qualname->view());
}

Value object_repr(State& st, Value self) {
    char buf[40];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_object()));
    return str_value(st, "<" + qualified_name(st, type_of(st, self)) + buf);
}

Value object_str(State& st, Value self) {
    Type* t = type_of(st, self);
    return t->repr(st, self);
}

bool object_hash(State&, Value self, int64_t& out) {
    // Identity hash: the address, rotated so that the alignment zeros do not cluster.
    uint64_t a = self.bits();
    out = static_cast<int64_t>((a >> 4) | (a << 60));
    if (out == -1) out = -2;
    return true;
}

Value object_compare(State& st, Value a, Value b, CmpOp op) {
    switch (op) {
        case CmpOp::Eq: return a.is(b) ? Value::from_bool(true) : Value::not_implemented();
        case CmpOp::Ne: {
            // object.__ne__ inverts __eq__ unless that is NotImplemented.
            Type* t = type_of(st, a);
            Value r = t->compare(st, a, b, CmpOp::Eq);
            if (r.is_error() || r.is_not_implemented()) return r;
            int tr = truthy(st, r);
            return tr < 0 ? Value::error() : Value::from_bool(!tr);
        }
        default: return Value::not_implemented();
    }
}

bool excess_args(Args a) { return a.n || a.nkw(); }

// "Can't instantiate abstract class X with abstract methods a, b" (names sorted).
Value abstract_error(State& st, Type* type) {
    std::string msg = "Can't instantiate abstract class " + std::string(type->name_str->view());
    Value names = dict_get_cstr(st, type->dict, "__abstractmethods__");
    if (names.is_object()) {
        List* l = list_from_iterable(st, names);
        if (!l) return Value::error();
        Root keep(st.heap, Value::from_object(l));
        if (list_sort(st, l, Value::none(), false).is_error()) return Value::error();
        msg += l->size == 1 ? " with abstract method " : " with abstract methods ";
        for (size_t i = 0; i < l->size; ++i) {
            Value s = to_str(st, l->items[i]);
            if (s.is_error()) return s;
            msg += (i ? ", " : "") + std::string(as_str(s)->view());
        }
    }
    return type_error(st, msg);
}

Value object_new(State& st, Type* type, Args a) {
    if (excess_args(a)) {
        if (type->new_ != object_new) {
            return type_error(st, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->init == st.object_type->init) {
            return type_error(st, std::string(type->name_str->view()) + "() takes no arguments");
        }
    }
    if (type->flags & kTypeAbstract) return abstract_error(st, type);
    Object* o = st.heap.make<Object>(type, 0);
    if (!o) return raise_no_memory(st);
    return Value::from_object(o);
}

bool object_init(State& st, Value self, Args a) {
    if (excess_args(a)) {
        Type* type = type_of(st, self);
        if (type->init != object_init) {
            type_error(st, "object.__init__() takes exactly one argument (the instance to initialize)");
            return false;
        }
        if (type->new_ == object_new) {
            type_error(st, std::string(type->name_str->view()) + "() takes no arguments");
            return false;
        }
    }
    return true;
}

Value object_format(State& st, Args a) {
    if (!check_count(st, a, "__format__", 2, 2)) return Value::error();
    if (!isinstance(st, a.v[1], st.str_type)) {
        return type_error(st, "__format__() argument must be str, not " + type_name(st, a.v[1]));
    }
    if (as_str(a.v[1])->nbytes) {
        return type_error(st, "unsupported format string passed to " + type_name(st, a.v[0]) + ".__format__");
    }
    return to_str(st, a.v[0]);
}

Value object_dir(State& st, Args a) {
    Value self = a.v[0];
    Dict* names = make_dict(st);
    if (!names) return Value::error();
    Root keep(st.heap, Value::from_object(names));
    if (Dict* d = instance_dict(st, self, false)) {
        if (!dict_update(st, names, Value::from_object(d))) return Value::error();
    }
    Tuple* mro = type_of(st, self)->mro;
    for (size_t i = 0; i < mro->size; ++i) {
        if (!dict_update(st, names, Value::from_object(as_type(mro->items[i])->dict))) return Value::error();
    }
    List* l = make_list(st);
    if (!l) return Value::error();
    size_t pos = 0;
    Value k, v;
    while (dict_next(names, pos, k, v))
        if (!list_append(st, l, k)) return Value::error();
    return Value::from_object(l);
}

Value object_init_subclass(State& st, Args a) {
    if (a.n > 1 || a.nkw()) {
        return type_error(st, std::string(as_type(a.v[0])->name_str->view()) +
                                  ".__init_subclass__() takes no keyword arguments");
    }
    return Value::none();
}

Value object_subclasshook(State&, Args) { return Value::not_implemented(); }

Value object_reduce_ex(State& st, Args a) {
    return type_error(st, "cannot pickle '" + type_name(st, a.v[0]) + "' object");
}

Value object_sizeof(State& st, Args a) {
    Value self = a.v[0];
    return make_int(st, self.is_object() ? self.as_object()->size : 24);
}

Value object_get_class(State& st, Value self) { return Value::from_object(type_of(st, self)); }

bool object_set_class(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "can't delete __class__ attribute");
        return false;
    }
    if (!isinstance(st, v, st.type_type)) {
        type_error(st, "__class__ must be set to a class, not '" + type_name(st, v) + "' object");
        return false;
    }
    Type* old = type_of(st, self);
    Type* nt = as_type(v);
    if (!(old->flags & kTypeHeap) || !(nt->flags & kTypeHeap) || old->basicsize != nt->basicsize ||
        old->dict_offset != nt->dict_offset) {
        type_error(st, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return false;
    }
    self.as_object()->type = nt;
    return true;
}

Value object_get_dict(State& st, Value self) {
    Dict* d = instance_dict(st, self, true);
    if (!d) return attribute_error(st, self, st.names.dict);
    return Value::from_object(d);
}

bool object_set_dict(State& st, Value self, Value v) {
    if (!self.is_object() || !self.as_object()->type->dict_offset) {
        attribute_error(st, self, st.names.dict);
        return false;
    }
    if (v.is_error() || !isinstance(st, v, st.dict_type)) {
        type_error(st, "__dict__ must be set to a dictionary, not a '" + type_name(st, v) + "'");
        return false;
    }
    Object* o = self.as_object();
    *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + dict_word(o->type, o)) = as_dict(v);
    return true;
}

const MethodDef kObjectMethods[] = {
    {"__format__", object_format},
    {"__dir__", object_dir},
    {"__init_subclass__", object_init_subclass, MethodKind::Class},
    {"__subclasshook__", object_subclasshook, MethodKind::Class},
    {"__reduce_ex__", object_reduce_ex},
    {"__reduce__", object_reduce_ex},
    {"__sizeof__", object_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr, nullptr},
};

// ---- type ----

void trace_type(Object* o, Tracer& t) {
    auto* tp = static_cast<Type*>(o);
    t.mark(tp->name_str);
    t.mark(tp->qualname);
    t.mark(tp->base);
    t.mark(tp->bases);
    t.mark(tp->mro);
    t.mark(tp->dict);
    t.mark(tp->doc);
    t.mark(tp->subclasses);
}
const GcOps kTypeOps{trace_type, nullptr};

Value type_repr(State& st, Value self) {
    Type* t = as_type(self);
    return str_value(st, "<class '" + qualified_name(st, t) + "'>");
}

Value type_call(State& st, Value self, Args a) {
    Type* t = as_type(self);
    if (t == st.type_type && a.n == 1 && !a.nkw()) return Value::from_object(type_of(st, a.v[0]));
    if (!t->new_) return type_error(st, "cannot create '" + qualified_name(st, t) + "' instances");
    Value obj = t->new_(st, t, a);
    if (obj.is_error()) return obj;
    // __init__ runs only when __new__ returned an instance of this type.
    if (!isinstance(st, obj, t)) return obj;
    Type* ot = type_of(st, obj);
    if (ot->init) {
        Root keep(st.heap, obj);
        if (!ot->init(st, obj, a)) return Value::error();
    }
    return obj;
}

Value type_new_slot(State& st, Type* meta, Args a) {
    if (meta == st.type_type && a.n == 1 && !a.nkw()) return Value::from_object(type_of(st, a.v[0]));
    if (a.n != 3) return type_error(st, "type() takes 1 or 3 arguments");
    return type_new(st, meta, a);
}

bool type_init(State& st, Value, Args a) {
    if (a.n != 1 && a.n != 3) {
        type_error(st, "type.__init__() takes 1 or 3 arguments");
        return false;
    }
    return true;
}

Value type_getattr(State& st, Value self, Str* name) {
    Type* t = as_type(self);
    Type* meta = type_of(st, self);
    Value meta_attr = type_lookup(st, meta, name);
    DescrGetFn meta_get = nullptr;
    if (!meta_attr.is_missing()) {
        Type* mt = type_of(st, meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set) return meta_get(st, meta_attr, self, Value::from_object(meta));
    }
    Value attr = type_lookup(st, t, name);
    if (!attr.is_missing()) {
        DescrGetFn get = type_of(st, attr)->descr_get;
        if (get) return get(st, attr, Value::error(), self);
        return attr;
    }
    if (meta_get) return meta_get(st, meta_attr, self, Value::from_object(meta));
    if (!meta_attr.is_missing()) return meta_attr;
    return raise(st, st.exc.AttributeError,
                 "type object '" + std::string(t->qualname->view()) + "' has no attribute '" +
                     std::string(name->view()) + "'");
}

bool type_setattr(State& st, Value self, Str* name, Value v) {
    Type* t = as_type(self);
    if (!(t->flags & kTypeHeap)) {
        raise(st, st.exc.TypeError, "cannot set '" + std::string(name->view()) + "' attribute of immutable type '" +
                                        std::string(t->name_str->view()) + "'");
        return false;
    }
    Value meta_attr = type_lookup(st, type_of(st, self), name);
    if (!meta_attr.is_missing()) {
        if (DescrSetFn set = type_of(st, meta_attr)->descr_set) return set(st, meta_attr, self, v);
    }
    Str* key = name->interned ? name : intern(st, name->view());
    if (v.is_error()) {
        int r = dict_del(st, t->dict, Value::from_object(key));
        if (r == 0) {
            raise(st, st.exc.AttributeError, "type object '" + std::string(t->qualname->view()) +
                                                 "' has no attribute '" + std::string(name->view()) + "'");
        }
        if (r <= 0) return false;
    } else if (!dict_set_str(st, t->dict, key, v)) {
        return false;
    }
    invalidate_type(st, t);
    if (is_special_name(key)) fixup_slots(st, t, key);
    return true;
}

Value type_get_name(State& st, Value self) { return Value::from_object(as_type(self)->name_str); }
bool type_set_name(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "can only assign string to " + std::string(as_type(self)->name_str->view()) +
                           ".__name__, not '" + type_name(st, v) + "'");
        return false;
    }
    as_type(self)->name_str = intern(st, as_str(v)->view());
    return true;
}
Value type_get_qualname(State& st, Value self) { return Value::from_object(as_type(self)->qualname); }
bool type_set_qualname(State& st, Value self, Value v) {
    if (v.is_error() || !isinstance(st, v, st.str_type)) {
        type_error(st, "can only assign string to " + std::string(as_type(self)->name_str->view()) +
                           ".__qualname__, not '" + type_name(st, v) + "'");
        return false;
    }
    as_type(self)->qualname = as_str(v);
    return true;
}
Value type_get_module(State& st, Value self) {
    Type* t = as_type(self);
    // Classes keep __module__ in their dict; so do the types of native modules (time.struct_time).
    Value m = dict_get_str(st, t->dict, st.names.module);
    if (t->flags & kTypeHeap) return m.is_missing() ? attribute_error(st, self, st.names.module) : m;
    // (A built-in type's dict may hold its instances' __module__ descriptor instead.)
    if (isinstance(st, m, st.str_type)) return m;
    return str_value(st, "builtins");
}
bool type_set_module(State& st, Value self, Value v) {
    Type* t = as_type(self);
    if (!(t->flags & kTypeHeap)) {
        type_error(st, "cannot set '__module__' attribute of immutable type '" + std::string(t->name_str->view()) + "'");
        return false;
    }
    invalidate_type(st, t);
    return dict_set_str(st, t->dict, st.names.module, v.is_error() ? Value::none() : v);
}
Value type_get_bases(State&, Value self) { return Value::from_object(as_type(self)->bases); }
Value type_get_base(State&, Value self) {
    Type* b = as_type(self)->base;
    return b ? Value::from_object(b) : Value::none();
}
Value type_get_mro(State&, Value self) { return Value::from_object(as_type(self)->mro); }
// A class's namespace is read-only from Python (writes must go through setattr, which keeps
// the slots and the attribute cache right): type.__dict__ is a mappingproxy.
struct MappingProxy : Object {
    Value mapping;
};
void trace_proxy(Object* o, Tracer& t) { t.mark(static_cast<MappingProxy*>(o)->mapping); }
const GcOps kProxyOps{trace_proxy, nullptr};
Value proxied(Value v) { return static_cast<MappingProxy*>(v.as_object())->mapping; }

}  // namespace

Value make_mappingproxy(State& st, Value mapping) {
    auto* p = st.heap.make<MappingProxy>(st.mappingproxy_type);
    if (!p) return raise_no_memory(st);
    p->mapping = mapping;
    return Value::from_object(p);
}

namespace {

Value make_proxy(State& st, Value mapping) {
    auto* p = st.heap.make<MappingProxy>(st.mappingproxy_type);
    if (!p) return raise_no_memory(st);
    p->mapping = mapping;
    return Value::from_object(p);
}

Value type_get_dict(State& st, Value self) { return make_proxy(st, Value::from_object(as_type(self)->dict)); }

Value proxy_new(State& st, Type*, Args a) {
    if (!check_count(st, a, "mappingproxy", 1, 1)) return Value::error();
    Type* t = type_of(st, a.v[0]);
    if (!t->getitem || t == st.list_type || t == st.tuple_type)
        return type_error(st, "mappingproxy() argument must be a mapping, not " + type_name(st, a.v[0]));
    return make_proxy(st, a.v[0]);
}
Value proxy_getitem(State& st, Value self, Value key) { return getitem(st, proxied(self), key); }
int64_t proxy_len(State& st, Value self) { return length(st, proxied(self)); }
Value proxy_iter(State& st, Value self) { return get_iter(st, proxied(self)); }
int proxy_contains(State& st, Value self, Value key) { return contains(st, proxied(self), key); }
Value proxy_repr(State& st, Value self) {
    Value r = repr(st, proxied(self));
    if (r.is_error()) return r;
    return str_value(st, "mappingproxy(" + std::string(as_str(r)->view()) + ")");
}
Value proxy_str(State& st, Value self) { return to_str(st, proxied(self)); }
Value proxy_compare(State& st, Value a, Value b, CmpOp op) { return compare(st, proxied(a), b, op); }
Value proxy_forward(State& st, Args a, const char* name) {
    Value f = getattr(st, proxied(a.v[0]), intern(st, name));
    if (f.is_error()) return f;
    Root keep(st.heap, f);
    return call(st, f, Args{a.v + 1, a.n - 1, a.kwnames});
}
Value proxy_keys(State& st, Args a) { return proxy_forward(st, a, "keys"); }
Value proxy_values(State& st, Args a) { return proxy_forward(st, a, "values"); }
Value proxy_items(State& st, Args a) { return proxy_forward(st, a, "items"); }
Value proxy_get(State& st, Args a) { return proxy_forward(st, a, "get"); }
Value proxy_copy(State& st, Args a) { return proxy_forward(st, a, "copy"); }
Value proxy_or(State& st, Value a, Value b) {
    Value x = type_of(st, a) == st.mappingproxy_type ? proxied(a) : a;
    Value y = type_of(st, b) == st.mappingproxy_type ? proxied(b) : b;
    return binary_op(st, x, y, BinOp::Or);
}

// X | Y of types (PEP 604): a types.UnionType whose __args__ are the members, flattened and
// without repeats; isinstance() and issubclass() accept it.
struct Union : Object {
    Tuple* args;
};
void trace_union(Object* o, Tracer& t) { t.mark(static_cast<Union*>(o)->args); }
const GcOps kUnionOps{trace_union, nullptr};

bool union_member(State& st, Value v) {
    return v.is_none() || isinstance(st, v, st.type_type) || type_of(st, v) == st.union_type;
}

Value union_or(State& st, Value a, Value b) {
    if (!union_member(st, a) || !union_member(st, b)) return Value::not_implemented();
    List* items = make_list(st);
    if (!items) return Value::error();
    Root keep(st.heap, Value::from_object(items));
    for (Value side : {a, b}) {
        auto add = [&](Value m) -> bool {
            if (m.is_none()) m = Value::from_object(st.none_type);
            for (size_t i = 0; i < items->size; ++i)
                if (items->items[i].is(m)) return true;
            return list_append(st, items, m);
        };
        if (type_of(st, side) == st.union_type) {
            Tuple* t = static_cast<Union*>(side.as_object())->args;
            for (size_t i = 0; i < t->size; ++i)
                if (!add(t->items[i])) return Value::error();
        } else if (!add(side)) {
            return Value::error();
        }
    }
    if (items->size == 1) return items->items[0];
    auto* u = st.heap.make<Union>(st.union_type);
    if (!u) return raise_no_memory(st);
    Root keep_u(st.heap, Value::from_object(u));
    u->args = make_tuple(st, items->items, items->size);
    if (!u->args) return Value::error();
    return Value::from_object(u);
}

Value union_repr(State& st, Value self) {
    Tuple* t = static_cast<Union*>(self.as_object())->args;
    std::string out;
    for (size_t i = 0; i < t->size; ++i) {
        if (i) out += " | ";
        Value m = t->items[i];
        if (m.as_object() == st.none_type) {
            out += "None";
        } else if (isinstance(st, m, st.type_type)) {
            out += qualified_name(st, as_type(m));
        } else {
            Value r = repr(st, m);
            if (r.is_error()) return r;
            out += as_str(r)->view();
        }
    }
    return str_value(st, out);
}

Value union_args(State&, Value self) { return Value::from_object(static_cast<Union*>(self.as_object())->args); }

Value union_compare(State& st, Value a, Value b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(st, b) != st.union_type) return Value::not_implemented();
    Tuple* x = static_cast<Union*>(a.as_object())->args;
    Tuple* y = static_cast<Union*>(b.as_object())->args;
    bool same = x->size == y->size;
    for (size_t i = 0; same && i < x->size; ++i) {
        bool found = false;
        for (size_t j = 0; j < y->size; ++j) found |= x->items[i].is(y->items[j]);
        same = found;
    }
    return Value::from_bool(op == CmpOp::Eq ? same : !same);
}

bool union_hash(State& st, Value self, int64_t& out) {
    Tuple* t = static_cast<Union*>(self.as_object())->args;
    uint64_t h = 0x345678;
    for (size_t i = 0; i < t->size; ++i) h ^= t->items[i].bits() >> 4;  // order-independent
    out = static_cast<int64_t>(h >> 1);
    return true;
}

const GetSetDef kUnionGetSets[] = {
    {"__args__", union_args},
    {nullptr, nullptr},
};

const MethodDef kProxyMethods[] = {
    {"keys", proxy_keys}, {"values", proxy_values}, {"items", proxy_items},
    {"get", proxy_get},   {"copy", proxy_copy},     {nullptr, nullptr},
};
Value type_get_doc(State& st, Value self) {
    Type* t = as_type(self);
    Value d = dict_get_str(st, t->dict, st.names.doc);
    if (d.is_missing()) return Value::none();
    if (DescrGetFn get = type_of(st, d)->descr_get) return get(st, d, Value::error(), self);
    return d;
}
bool type_set_doc(State& st, Value self, Value v) {
    Type* t = as_type(self);
    if (!(t->flags & kTypeHeap)) {
        type_error(st, "cannot set '__doc__' attribute of immutable type '" + std::string(t->name_str->view()) + "'");
        return false;
    }
    invalidate_type(st, t);
    return dict_set_str(st, t->dict, st.names.doc, v.is_error() ? Value::none() : v);
}

Value type_get_abstract(State& st, Value self) {
    Type* t = as_type(self);
    Value v = dict_get_cstr(st, t->dict, "__abstractmethods__");
    if (v.is_missing() || t == st.type_type) return attribute_error(st, self, intern(st, "__abstractmethods__"));
    return v;
}
bool type_set_abstract(State& st, Value self, Value v) {
    Type* t = as_type(self);
    if (v.is_error()) {
        dict_del(st, t->dict, str_value(st, "__abstractmethods__"));
        t->flags &= ~kTypeAbstract;
        return true;
    }
    int r = truthy(st, v);
    if (r < 0) return false;
    if (r) t->flags |= kTypeAbstract;
    else t->flags &= ~kTypeAbstract;
    invalidate_type(st, t);
    return dict_set_cstr(st, t->dict, "__abstractmethods__", v);
}

Value type_mro_method(State& st, Args a) {
    Type* t = as_type(a.v[0]);
    List* l = make_list(st);
    if (!l) return Value::error();
    for (size_t i = 0; i < t->mro->size; ++i)
        if (!list_append(st, l, t->mro->items[i])) return Value::error();
    return Value::from_object(l);
}

Value type_subclasses(State& st, Args a) {
    Type* t = as_type(a.v[0]);
    List* l = make_list(st);
    if (!l) return Value::error();
    if (t->subclasses.is_object()) {
        List* s = as_list(t->subclasses);
        for (size_t i = 0; i < s->size; ++i)
            if (!list_append(st, l, s->items[i])) return Value::error();
    }
    return Value::from_object(l);
}

Value type_instancecheck(State& st, Args a) {
    if (!check_count(st, a, "__instancecheck__", 2, 2)) return Value::error();
    return Value::from_bool(isinstance(st, a.v[1], as_type(a.v[0])));
}

Value type_subclasscheck(State& st, Args a) {
    if (!check_count(st, a, "__subclasscheck__", 2, 2)) return Value::error();
    if (!isinstance(st, a.v[1], st.type_type)) return type_error(st, "issubclass() arg 1 must be a class");
    return Value::from_bool(is_subtype(as_type(a.v[1]), as_type(a.v[0])));
}

Value type_prepare(State& st, Args) {
    Dict* d = make_dict(st);
    return d ? Value::from_object(d) : Value::error();
}

Value type_dir(State& st, Args a) {
    Type* t = as_type(a.v[0]);
    Dict* names = make_dict(st);
    if (!names) return Value::error();
    Root keep(st.heap, Value::from_object(names));
    for (size_t i = 0; i < t->mro->size; ++i)
        if (!dict_update(st, names, Value::from_object(as_type(t->mro->items[i])->dict))) return Value::error();
    List* l = make_list(st);
    if (!l) return Value::error();
    size_t pos = 0;
    Value k, v;
    while (dict_next(names, pos, k, v))
        if (!list_append(st, l, k)) return Value::error();
    return Value::from_object(l);
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method},
    {"__subclasses__", type_subclasses},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"__prepare__", type_prepare, MethodKind::Class},
    {"__dir__", type_dir},
    {nullptr, nullptr},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__mro__", type_get_mro},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {nullptr, nullptr},
};

}  // namespace

void init_object_types(State& st) {
    Type* o = st.object_type;
    o->gc = &kObjectOps;
    o->basicsize = sizeof(Object);
    o->flags |= kTypeBaseType;
    o->base = nullptr;
    o->repr = object_repr;
    o->str = object_str;
    o->hash = object_hash;
    o->compare = object_compare;
    o->getattr = generic_getattr;
    o->setattr = generic_setattr;
    o->new_ = object_new;
    o->init = object_init;
    add_methods(st, o, kObjectMethods);
    add_getsets(st, o, kObjectGetSets);

    Type* t = st.type_type;
    t->gc = &kTypeOps;
    t->basicsize = sizeof(Type);
    t->flags |= kTypeBaseType | kTypeTypeSubclass;
    t->repr = type_repr;
    t->call = type_call;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t->new_ = type_new_slot;
    t->init = type_init;
    add_methods(st, t, kTypeMethods);
    add_getsets(st, t, kTypeGetSets);
    st.none_type->binop[int(BinOp::Or)] = union_or;

    t->binop[int(BinOp::Or)] = union_or;
    Type* u = st.union_type;
    u->gc = &kUnionOps;
    u->basicsize = sizeof(Union);
    u->repr = union_repr;
    u->compare = union_compare;
    u->hash = union_hash;
    u->binop[int(BinOp::Or)] = union_or;
    add_getsets(st, u, kUnionGetSets);
    dict_set_str(st, u->dict ? u->dict : (u->dict = make_dict(st)), st.names.module, str_value(st, "types"));

    Type* p = st.mappingproxy_type;
    p->gc = &kProxyOps;
    p->basicsize = sizeof(MappingProxy);
    p->new_ = proxy_new;
    p->getitem = proxy_getitem;
    p->len = proxy_len;
    p->iter = proxy_iter;
    p->contains = proxy_contains;
    p->repr = proxy_repr;
    p->str = proxy_str;
    p->compare = proxy_compare;
    p->binop[int(BinOp::Or)] = proxy_or;
    add_methods(st, p, kProxyMethods);
}

Type* make_native_type(State& st, const char* name, Type* base, uint32_t basicsize, const GcOps* gc) {
    auto* t = static_cast<Type*>(st.heap.allocate(st.type_type, sizeof(Type)));
    if (!t) {
        raise_no_memory(st);
        return nullptr;
    }
    t->name = name;
    t->base = base ? base : st.object_type;
    t->basicsize = basicsize;
    t->gc = gc;
    // Constructible by default, like the Python classes these stand in for; a module sets
    // new_ to null for a type only its functions make.
    if (t->base == st.object_type) t->new_ = st.object_type->new_;
    return t;
}

void add_dict_getset(State& st, Type* t) {
    static const GetSetDef kDict[] = {{"__dict__", object_get_dict, object_set_dict}, {nullptr, nullptr}};
    add_getsets(st, t, kDict);
}

}  // namespace krait
