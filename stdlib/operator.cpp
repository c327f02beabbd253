// The operator module: Python's operators as functions (CPython's _operator), and the
// callable objects itemgetter, attrgetter and methodcaller.
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"

namespace krait::stdlib {

namespace {

// ---- argument checks with _operator's messages ----

bool no_kw(State& st, Args a, const char* name) {
    if (!a.kwnames || !a.nkw()) return true;
    type_error(st, std::string("_operator.") + name + "() takes no keyword arguments");
    return false;
}

// METH_O functions: "_operator.neg() takes exactly one argument (0 given)".
bool one(State& st, Args a, const char* name) {
    if (!no_kw(st, a, name)) return false;
    if (a.n == 1) return true;
    type_error(st, std::string("_operator.") + name + "() takes exactly one argument (" + std::to_string(a.n) +
                       " given)");
    return false;
}

// Positional-only functions: "add expected 2 arguments, got 1".
bool positional(State& st, Args a, const char* name, size_t min, size_t max) {
    if (!no_kw(st, a, name)) return false;
    return check_count(st, a, name, min, max);
}

Value binary(State& st, Args a, const char* name, BinOp op) {
    if (!positional(st, a, name, 2, 2)) return Value::error();
    return binary_op(st, a.v[0], a.v[1], op);
}

Value inplace(State& st, Args a, const char* name, BinOp op) {
    if (!positional(st, a, name, 2, 2)) return Value::error();
    return inplace_op(st, a.v[0], a.v[1], op);
}

Value comparison(State& st, Args a, const char* name, CmpOp op) {
    if (!positional(st, a, name, 2, 2)) return Value::error();
    return compare(st, a.v[0], a.v[1], op);
}

Value unary(State& st, Args a, const char* name, Value (*fn)(State&, Value)) {
    if (!one(st, a, name)) return Value::error();
    return fn(st, a.v[0]);
}

Value bool_result(int r) { return r < 0 ? Value::error() : Value::from_bool(r); }

// ---- the functions ----

Value op_truth(State& st, Args a) {
    if (!one(st, a, "truth")) return Value::error();
    return bool_result(truthy(st, a.v[0]));
}

Value op_not(State& st, Args a) {
    if (!one(st, a, "not_")) return Value::error();
    int r = truthy(st, a.v[0]);
    return r < 0 ? Value::error() : Value::from_bool(!r);
}

Value op_is(State& st, Args a) {
    if (!positional(st, a, "is_", 2, 2)) return Value::error();
    return Value::from_bool(a.v[0].is(a.v[1]));
}

Value op_is_not(State& st, Args a) {
    if (!positional(st, a, "is_not", 2, 2)) return Value::error();
    return Value::from_bool(!a.v[0].is(a.v[1]));
}

Value op_contains(State& st, Args a) {
    if (!positional(st, a, "contains", 2, 2)) return Value::error();
    return bool_result(contains(st, a.v[0], a.v[1]));
}

// countOf and indexOf compare by identity first, then ==, as PySequence_Count does.
Value op_count_of(State& st, Args a) {
    if (!positional(st, a, "countOf", 2, 2)) return Value::error();
    int64_t n = 0;
    Value target = a.v[1];
    bool ok = for_each(st, a.v[0], [&](Value v) {
        int eq = equal(st, v, target);
        if (eq < 0) return false;
        n += eq;
        return true;
    });
    return ok ? make_int(st, n) : Value::error();
}

Value op_index_of(State& st, Args a) {
    if (!positional(st, a, "indexOf", 2, 2)) return Value::error();
    int64_t i = 0;
    bool found = false;
    Value target = a.v[1];
    bool ok = for_each(st, a.v[0], [&](Value v) {
        int eq = equal(st, v, target);
        if (eq < 0) return false;
        if (eq) {
            found = true;
            return false;
        }
        ++i;
        return true;
    });
    if (found) return make_int(st, i);
    if (!ok) return Value::error();
    return value_error(st, "sequence.index(x): x not in sequence");
}

Value op_getitem(State& st, Args a) {
    if (!positional(st, a, "getitem", 2, 2)) return Value::error();
    return getitem(st, a.v[0], a.v[1]);
}

Value op_setitem(State& st, Args a) {
    if (!positional(st, a, "setitem", 3, 3)) return Value::error();
    return setitem(st, a.v[0], a.v[1], a.v[2]) ? Value::none() : Value::error();
}

Value op_delitem(State& st, Args a) {
    if (!positional(st, a, "delitem", 2, 2)) return Value::error();
    return delitem(st, a.v[0], a.v[1]) ? Value::none() : Value::error();
}

// PySequence_Check: something indexable that is not a mapping.
bool is_sequence(State& st, Value v) {
    Type* t = type_of(st, v);
    return t->getitem && !(t->flags & kTypeDictSubclass);
}

Value concat(State& st, Args a, const char* name, bool in_place) {
    if (!positional(st, a, name, 2, 2)) return Value::error();
    if (!is_sequence(st, a.v[0])) return type_error(st, "'" + type_name(st, a.v[0]) + "' object can't be concatenated");
    return in_place ? inplace_op(st, a.v[0], a.v[1], BinOp::Add) : binary_op(st, a.v[0], a.v[1], BinOp::Add);
}

Value op_index(State& st, Args a) { return unary(st, a, "index", number_index); }

// PyObject_LengthHint: len() if the object has one (a TypeError from it is ignored), then
// __length_hint__, then the default.
Value op_length_hint(State& st, Args a) {
    if (!positional(st, a, "length_hint", 1, 2)) return Value::error();
    int64_t dflt = 0;
    if (a.n > 1 && !to_index(st, a.v[1], dflt)) return Value::error();
    Value obj = a.v[0];
    if (type_of(st, obj)->len) {
        int64_t n = length(st, obj);
        if (n >= 0) return make_int(st, n);
        if (!raised_matches(st, st.exc.TypeError)) return Value::error();
        take_raised(st);
    }
    Value r = call_special(st, obj, st.names.length_hint, {});
    if (r.is_error()) {
        if (!raised_matches(st, st.exc.TypeError)) return r;
        take_raised(st);
        return make_int(st, dflt);
    }
    if (r.is_missing() || r.is_not_implemented()) return make_int(st, dflt);
    if (!is_int(st, r)) return type_error(st, "__length_hint__ must be an integer, not " + type_name(st, r));
    int64_t n;
    if (!int_to_int64(st, r, n)) return overflow_error(st, "Python int too large to convert to C ssize_t");
    if (n < 0) return value_error(st, "__length_hint__() should return >= 0");
    return make_int(st, n);
}

Value op_call(State& st, Args a) {
    if (a.n < 1) return type_error(st, "call expected at least 1 argument, got 0");
    return call(st, a.v[0], Args{a.v + 1, a.n - 1, a.kwnames});
}

const MethodDef kFunctions[] = {
    {"abs", [](State& st, Args a) { return unary(st, a, "abs", number_abs); }},
    {"add", [](State& st, Args a) { return binary(st, a, "add", BinOp::Add); }},
    {"and_", [](State& st, Args a) { return binary(st, a, "and_", BinOp::And); }},
    {"call", op_call},
    {"concat", [](State& st, Args a) { return concat(st, a, "concat", false); }},
    {"contains", op_contains},
    {"countOf", op_count_of},
    {"delitem", op_delitem},
    {"eq", [](State& st, Args a) { return comparison(st, a, "eq", CmpOp::Eq); }},
    {"floordiv", [](State& st, Args a) { return binary(st, a, "floordiv", BinOp::FloorDiv); }},
    {"ge", [](State& st, Args a) { return comparison(st, a, "ge", CmpOp::Ge); }},
    {"getitem", op_getitem},
    {"gt", [](State& st, Args a) { return comparison(st, a, "gt", CmpOp::Gt); }},
    {"iadd", [](State& st, Args a) { return inplace(st, a, "iadd", BinOp::Add); }},
    {"iand", [](State& st, Args a) { return inplace(st, a, "iand", BinOp::And); }},
    {"iconcat", [](State& st, Args a) { return concat(st, a, "iconcat", true); }},
    {"ifloordiv", [](State& st, Args a) { return inplace(st, a, "ifloordiv", BinOp::FloorDiv); }},
    {"ilshift", [](State& st, Args a) { return inplace(st, a, "ilshift", BinOp::LShift); }},
    {"imatmul", [](State& st, Args a) { return inplace(st, a, "imatmul", BinOp::MatMul); }},
    {"imod", [](State& st, Args a) { return inplace(st, a, "imod", BinOp::Mod); }},
    {"imul", [](State& st, Args a) { return inplace(st, a, "imul", BinOp::Mul); }},
    {"index", op_index},
    {"indexOf", op_index_of},
    {"inv", [](State& st, Args a) { return unary(st, a, "inv", unary_invert); }},
    {"invert", [](State& st, Args a) { return unary(st, a, "invert", unary_invert); }},
    {"ior", [](State& st, Args a) { return inplace(st, a, "ior", BinOp::Or); }},
    {"ipow", [](State& st, Args a) { return inplace(st, a, "ipow", BinOp::Pow); }},
    {"irshift", [](State& st, Args a) { return inplace(st, a, "irshift", BinOp::RShift); }},
    {"is_", op_is},
    {"is_not", op_is_not},
    {"isub", [](State& st, Args a) { return inplace(st, a, "isub", BinOp::Sub); }},
    {"itruediv", [](State& st, Args a) { return inplace(st, a, "itruediv", BinOp::TrueDiv); }},
    {"ixor", [](State& st, Args a) { return inplace(st, a, "ixor", BinOp::Xor); }},
    {"le", [](State& st, Args a) { return comparison(st, a, "le", CmpOp::Le); }},
    {"length_hint", op_length_hint},
    {"lshift", [](State& st, Args a) { return binary(st, a, "lshift", BinOp::LShift); }},
    {"lt", [](State& st, Args a) { return comparison(st, a, "lt", CmpOp::Lt); }},
    {"matmul", [](State& st, Args a) { return binary(st, a, "matmul", BinOp::MatMul); }},
    {"mod", [](State& st, Args a) { return binary(st, a, "mod", BinOp::Mod); }},
    {"mul", [](State& st, Args a) { return binary(st, a, "mul", BinOp::Mul); }},
    {"ne", [](State& st, Args a) { return comparison(st, a, "ne", CmpOp::Ne); }},
    {"neg", [](State& st, Args a) { return unary(st, a, "neg", unary_neg); }},
    {"not_", op_not},
    {"or_", [](State& st, Args a) { return binary(st, a, "or_", BinOp::Or); }},
    {"pos", [](State& st, Args a) { return unary(st, a, "pos", unary_pos); }},
    {"pow", [](State& st, Args a) { return binary(st, a, "pow", BinOp::Pow); }},
    {"rshift", [](State& st, Args a) { return binary(st, a, "rshift", BinOp::RShift); }},
    {"setitem", op_setitem},
    {"sub", [](State& st, Args a) { return binary(st, a, "sub", BinOp::Sub); }},
    {"truediv", [](State& st, Args a) { return binary(st, a, "truediv", BinOp::TrueDiv); }},
    {"truth", op_truth},
    {"xor", [](State& st, Args a) { return binary(st, a, "xor", BinOp::Xor); }},
    {nullptr, nullptr},
};

// operator.py binds the dunder names to the same function objects.
const char* const kAliases[][2] = {
    {"__abs__", "abs"},         {"__add__", "add"},           {"__and__", "and_"},
    {"__call__", "call"},       {"__concat__", "concat"},     {"__contains__", "contains"},
    {"__delitem__", "delitem"}, {"__eq__", "eq"},             {"__floordiv__", "floordiv"},
    {"__ge__", "ge"},           {"__getitem__", "getitem"},   {"__gt__", "gt"},
    {"__iadd__", "iadd"},       {"__iand__", "iand"},         {"__iconcat__", "iconcat"},
    {"__ifloordiv__", "ifloordiv"}, {"__ilshift__", "ilshift"}, {"__imatmul__", "imatmul"},
    {"__imod__", "imod"},       {"__imul__", "imul"},         {"__index__", "index"},
    {"__inv__", "inv"},         {"__invert__", "invert"},     {"__ior__", "ior"},
    {"__ipow__", "ipow"},       {"__irshift__", "irshift"},   {"__isub__", "isub"},
    {"__itruediv__", "itruediv"}, {"__ixor__", "ixor"},       {"__le__", "le"},
    {"__lshift__", "lshift"},   {"__lt__", "lt"},             {"__matmul__", "matmul"},
    {"__mod__", "mod"},         {"__mul__", "mul"},           {"__ne__", "ne"},
    {"__neg__", "neg"},         {"__not__", "not_"},          {"__or__", "or_"},
    {"__pos__", "pos"},         {"__pow__", "pow"},           {"__rshift__", "rshift"},
    {"__setitem__", "setitem"}, {"__sub__", "sub"},           {"__truediv__", "truediv"},
    {"__xor__", "xor"},         {"_abs", "abs"},
};

// ---- itemgetter, attrgetter, methodcaller ----

struct ItemGetter : Object {
    Value items;  // a tuple
};

struct AttrGetter : Object {
    Value names;  // a tuple of tuples of interned str: each dotted name split at its dots
};

struct MethodCaller : Object {
    Value name;     // str
    Value args;     // a tuple: the positional arguments, then the keyword arguments' values
    Value kwnames;  // a tuple of str, or None
    size_t npos;
};

void item_getter_trace(Object* self, Tracer& t) { t.mark(static_cast<ItemGetter*>(self)->items); }
void attr_getter_trace(Object* self, Tracer& t) { t.mark(static_cast<AttrGetter*>(self)->names); }
void method_caller_trace(Object* self, Tracer& t) {
    auto* m = static_cast<MethodCaller*>(self);
    t.mark(m->name);
    t.mark(m->args);
    t.mark(m->kwnames);
}
const GcOps kItemGetterGc{item_getter_trace, nullptr};
const GcOps kAttrGetterGc{attr_getter_trace, nullptr};
const GcOps kMethodCallerGc{method_caller_trace, nullptr};

// The instances take one positional argument: "itemgetter expected 1 argument, got 2".
bool one_object(State& st, Args a, const char* name) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (a.n == 1) return true;
    type_error(st, std::string(name) + " expected 1 argument, got " + std::to_string(a.n));
    return false;
}

// "operator.itemgetter(1, 'a')": the class name and the reprs of `parts`, or "..." when the
// object's repr is already in progress.
template <typename F>
Value ctor_repr(State& st, Value self, const char* name, F&& parts) {
    int r = repr_enter(st, self);
    if (r < 0) return Value::error();
    if (r > 0) return str_value(st, std::string("operator.") + name + "(...)");
    std::string out = std::string("operator.") + name + "(";
    bool ok = parts(out);
    repr_leave(st, self);
    if (!ok) return Value::error();
    return str_value(st, out + ")");
}

bool append_repr(State& st, std::string& out, Value v) {
    Value r = repr(st, v);
    if (r.is_error()) return false;
    out += as_str(r)->view();
    return true;
}

Value item_getter_new(State& st, Type* type, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "itemgetter() takes no keyword arguments");
    if (a.n == 0) return type_error(st, "itemgetter expected 1 argument, got 0");
    Tuple* items = make_tuple(st, a.v, a.n);
    if (!items) return Value::error();
    Root keep(st.heap, Value::from_object(items));
    auto* g = st.heap.make<ItemGetter>(type);
    if (!g) return raise_no_memory(st);
    g->items = Value::from_object(items);
    return Value::from_object(g);
}

Value item_getter_call(State& st, Value self, Args a) {
    if (!one_object(st, a, "itemgetter")) return Value::error();
    Tuple* items = as_tuple(static_cast<ItemGetter*>(self.as_object())->items);
    if (items->size == 1) return getitem(st, a.v[0], items->items[0]);
    Tuple* out = make_tuple(st, items->size);
    if (!out) return Value::error();
    Root keep(st.heap, Value::from_object(out));
    for (size_t i = 0; i < items->size; ++i) {
        Value v = getitem(st, a.v[0], items->items[i]);
        if (v.is_error()) return v;
        out->items[i] = v;
    }
    return Value::from_object(out);
}

Value item_getter_repr(State& st, Value self) {
    Tuple* items = as_tuple(static_cast<ItemGetter*>(self.as_object())->items);
    return ctor_repr(st, self, "itemgetter", [&](std::string& out) {
        for (size_t i = 0; i < items->size; ++i) {
            if (i) out += ", ";
            if (!append_repr(st, out, items->items[i])) return false;
        }
        return true;
    });
}

Value attr_getter_new(State& st, Type* type, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "attrgetter() takes no keyword arguments");
    if (a.n == 0) return type_error(st, "attrgetter expected 1 argument, got 0");
    Tuple* names = make_tuple(st, a.n);
    if (!names) return Value::error();
    Root keep(st.heap, Value::from_object(names));
    for (size_t i = 0; i < a.n; ++i) {
        if (!isinstance(st, a.v[i], st.str_type)) return type_error(st, "attribute name must be a string");
        std::string_view name = as_str(a.v[i])->view();
        std::vector<Value> parts;
        for (size_t start = 0;;) {
            size_t dot = name.find('.', start);
            Str* s = intern(st, name.substr(start, dot == std::string_view::npos ? dot : dot - start));
            if (!s) return Value::error();
            parts.push_back(Value::from_object(s));  // interned: kept alive by the State
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        Tuple* t = make_tuple(st, parts.data(), parts.size());
        if (!t) return Value::error();
        names->items[i] = Value::from_object(t);
    }
    auto* g = st.heap.make<AttrGetter>(type);
    if (!g) return raise_no_memory(st);
    g->names = Value::from_object(names);
    return Value::from_object(g);
}

Value dotted_getattr(State& st, Value obj, Tuple* parts) {
    for (size_t i = 0; i < parts->size && !obj.is_error(); ++i) {
        Root keep(st.heap, obj);
        obj = getattr(st, obj, as_str(parts->items[i]));
    }
    return obj;
}

Value attr_getter_call(State& st, Value self, Args a) {
    if (!one_object(st, a, "attrgetter")) return Value::error();
    Tuple* names = as_tuple(static_cast<AttrGetter*>(self.as_object())->names);
    if (names->size == 1) return dotted_getattr(st, a.v[0], as_tuple(names->items[0]));
    Tuple* out = make_tuple(st, names->size);
    if (!out) return Value::error();
    Root keep(st.heap, Value::from_object(out));
    for (size_t i = 0; i < names->size; ++i) {
        Value v = dotted_getattr(st, a.v[0], as_tuple(names->items[i]));
        if (v.is_error()) return v;
        out->items[i] = v;
    }
    return Value::from_object(out);
}

Value attr_getter_repr(State& st, Value self) {
    Tuple* names = as_tuple(static_cast<AttrGetter*>(self.as_object())->names);
    return ctor_repr(st, self, "attrgetter", [&](std::string& out) {
        for (size_t i = 0; i < names->size; ++i) {
            if (i) out += ", ";
            Tuple* parts = as_tuple(names->items[i]);
            std::string dotted;
            for (size_t j = 0; j < parts->size; ++j) {
                if (j) dotted += '.';
                dotted += as_str(parts->items[j])->view();
            }
            out += str_repr(dotted);
        }
        return true;
    });
}

Value method_caller_new(State& st, Type* type, Args a) {
    if (a.n == 0) return type_error(st, "methodcaller needs at least one argument, the method name");
    if (!isinstance(st, a.v[0], st.str_type)) return type_error(st, "method name must be a string");
    size_t nkw = a.kwnames ? a.nkw() : 0;
    Tuple* args = make_tuple(st, a.v + 1, a.n - 1 + nkw);
    if (!args) return Value::error();
    Root keep(st.heap, Value::from_object(args));
    Str* name = intern_str(st, as_str(a.v[0]));
    if (!name) return Value::error();
    auto* m = st.heap.make<MethodCaller>(type);
    if (!m) return raise_no_memory(st);
    m->name = Value::from_object(name);
    m->args = Value::from_object(args);
    m->kwnames = nkw ? Value::from_object(a.kwnames) : Value::none();
    m->npos = a.n - 1;
    return Value::from_object(m);
}

Value method_caller_call(State& st, Value self, Args a) {
    if (!one_object(st, a, "methodcaller")) return Value::error();
    auto* m = static_cast<MethodCaller*>(self.as_object());
    Value method = getattr(st, a.v[0], as_str(m->name));
    if (method.is_error()) return method;
    Root keep(st.heap, method);
    Tuple* args = as_tuple(m->args);
    Tuple* kwnames = m->kwnames.is_none() ? nullptr : as_tuple(m->kwnames);
    return call(st, method, Args{args->items, m->npos, kwnames});
}

Value method_caller_repr(State& st, Value self) {
    auto* m = static_cast<MethodCaller*>(self.as_object());
    return ctor_repr(st, self, "methodcaller", [&](std::string& out) {
        if (!append_repr(st, out, m->name)) return false;
        Tuple* args = as_tuple(m->args);
        for (size_t i = 0; i < args->size; ++i) {
            out += ", ";
            if (i >= m->npos) {
                out += as_str(as_tuple(m->kwnames)->items[i - m->npos])->view();
                out += '=';
            }
            if (!append_repr(st, out, args->items[i])) return false;
        }
        return true;
    });
}

bool add_callable_type(State& st, Module* m, const char* name, uint32_t size, const GcOps* gc, NewFn new_,
                       CallFn call, UnaryFn repr) {
    Type* t = make_native_type(st, name, nullptr, size, gc);
    if (!t) return false;
    t->new_ = new_;
    t->call = call;
    t->repr = repr;
    return publish_type(st, m, t, "operator");
}

}  // namespace

Value make_operator_module(State& st) {
    Module* m = new_native_module(st, "operator", kFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const auto& alias : kAliases) {
        Value f = dict_get_cstr(st, m->dict, alias[1]);
        if (f.is_missing() || !dict_set_cstr(st, m->dict, alias[0], f)) return Value::error();
    }
    if (!add_callable_type(st, m, "itemgetter", sizeof(ItemGetter), &kItemGetterGc, item_getter_new,
                           item_getter_call, item_getter_repr) ||
        !add_callable_type(st, m, "attrgetter", sizeof(AttrGetter), &kAttrGetterGc, attr_getter_new,
                           attr_getter_call, attr_getter_repr) ||
        !add_callable_type(st, m, "methodcaller", sizeof(MethodCaller), &kMethodCallerGc, method_caller_new,
                           method_caller_call, method_caller_repr))
        return Value::error();
    // __all__ lists the public names, as operator.py's does.
    List* all = make_list(st);
    if (!all) return Value::error();
    Root keep_all(st.heap, Value::from_object(all));
    auto add_name = [&](const char* name) {
        Value s = str_value(st, name);
        return !s.is_error() && list_append(st, all, s);
    };
    for (const MethodDef* d = kFunctions; d->name; ++d)
        if (!add_name(d->name)) return Value::error();
    for (const char* name : {"attrgetter", "itemgetter", "methodcaller"})
        if (!add_name(name)) return Value::error();
    if (list_sort(st, all, Value::none(), false).is_error()) return Value::error();
    if (!dict_set_cstr(st, m->dict, "__all__", Value::from_object(all))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
