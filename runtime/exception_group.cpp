// BaseExceptionGroup and ExceptionGroup (PEP 654), in the shape of CPython 3.11's
// Objects/exceptions.c: the message and the tuple of exceptions are the group's two fields.
#include "runtime/exception_group.hpp"

#include <string>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

Value* fields(Value self) { return as_exception(self)->fields; }

// BaseExceptionGroup(message, exceptions)
Value group_new(State& st, Type* type, Args a) {
    if (a.nkw()) return type_error(st, type_name(st, Value::from_object(type)) + "() takes no keyword arguments");
    if (a.n != 2) {
        return type_error(st, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(a.n) + " given)");
    }
    if (!isinstance(st, a.v[0], st.str_type))
        return type_error(st, "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(st, a.v[0]));
    Type* et = type_of(st, a.v[1]);
    if (!et->iter || et == st.set_type || et == st.frozenset_type || et == st.dict_type || et == st.str_type) {
        if (!et->getitem || et == st.dict_type || et == st.set_type)
            return type_error(st, "second argument (exceptions) must be a sequence");
    }
    List* l = list_from_iterable(st, a.v[1]);
    if (!l) return Value::error();
    Root keep_l(st.heap, Value::from_object(l));
    if (l->size == 0) return value_error(st, "second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (size_t i = 0; i < l->size; ++i) {
        Value e = l->items[i];
        if (!is_exception_instance(st, e)) {
            return value_error(st, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
        }
        if (!isinstance(st, e, st.exc.Exception)) all_exc = false;
    }
    if (type == st.exc.BaseExceptionGroup) {
        if (all_exc) type = st.exc.ExceptionGroup;
    } else if (type == st.exc.ExceptionGroup) {
        if (!all_exc) return type_error(st, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exc && is_subtype(type, st.exc.Exception)) {
        return type_error(st, "Cannot nest BaseExceptions in '" + std::string(type->name_str->view()) + "'");
    }
    Value e = st.exc.BaseException->new_(st, type, a);
    if (e.is_error()) return e;
    fields(e)[0] = a.v[0];
    Tuple* t = make_tuple(st, l->items, l->size);
    if (!t) return Value::error();
    fields(e)[1] = Value::from_object(t);
    return e;
}

bool group_init(State& st, Value self, Args a) {
    return st.exc.BaseException->init(st, self, Args{a.v, a.n, nullptr});
}

Value group_str(State& st, Value self) {
    Value msg = fields(self)[0];
    size_t n = fields(self)[1].is_object() ? as_tuple(fields(self)[1])->size : 0;
    Value s = to_str(st, msg);
    if (s.is_error()) return s;
    return str_value(st, std::string(as_str(s)->view()) + " (" + std::to_string(n) + " sub-exception" +
                             (n == 1 ? "" : "s") + ")");
}

Value group_derive(State& st, Args a) {
    if (!check_count(st, a, "derive", 2, 2)) return Value::error();
    Value args[2] = {fields(a.v[0])[0], a.v[1]};
    return call(st, Value::from_object(st.exc.BaseExceptionGroup), Args{args, 2, nullptr});
}

// The condition of split() and subgroup(): an exception type, a tuple of them, or a predicate.
int group_condition(State& st, Value cond, Value exc) {
    if (is_exception_class(st, cond)) return isinstance(st, exc, as_type(cond));
    if (isinstance(st, cond, st.tuple_type)) {
        Tuple* t = as_tuple(cond);
        bool all_types = t->size > 0;
        for (size_t i = 0; i < t->size; ++i) all_types &= is_exception_class(st, t->items[i]);
        if (all_types) {
            for (size_t i = 0; i < t->size; ++i)
                if (isinstance(st, exc, as_type(t->items[i]))) return 1;
            return 0;
        }
    } else if (is_callable(st, cond) && !isinstance(st, cond, st.type_type)) {
        Value r = call(st, cond, {exc});
        if (r.is_error()) return -1;
        return truthy(st, r);
    }
    type_error(st, "expected a function, exception type or tuple of exception types");
    return -1;
}

// A group made by self.derive(excs), carrying self's traceback, cause, context and notes.
Value derive_group(State& st, Value self, List* excs) {
    Value seq = Value::from_object(excs);
    Value d = call_method(st, self, intern(st, "derive"), {seq});
    if (d.is_error()) return d;
    if (!is_exception_instance(st, d) || !isinstance(st, d, st.exc.BaseExceptionGroup))
        return type_error(st, "derive must return an instance of BaseExceptionGroup");
    ExceptionObject* from = as_exception(self);
    ExceptionObject* to = as_exception(d);
    to->traceback = from->traceback;
    to->cause = from->cause;
    to->context = from->context;
    if (from->dict) {
        Value notes = dict_get_cstr(st, from->dict, "__notes__");
        if (!notes.is_missing()) {
            Dict* td = instance_dict(st, d, true);
            if (!td || !dict_set_cstr(st, td, "__notes__", notes)) return Value::error();
        }
    }
    return d;
}

// Splits self into (matching, rest) recursively; either may be None. With `want_rest`
// false only the first is built (subgroup).
bool split_group(State& st, Value self, Value cond, bool want_rest, Value& match, Value& rest) {
    int whole = group_condition(st, cond, self);
    if (whole < 0) return false;
    if (whole) {
        match = self;
        rest = Value::none();
        return true;
    }
    if (!isinstance(st, self, st.exc.BaseExceptionGroup)) {
        match = Value::none();
        rest = self;
        return true;
    }
    Tuple* members = as_tuple(fields(self)[1]);
    List* ml = make_list(st);
    if (!ml) return false;
    Root keep_m(st.heap, Value::from_object(ml));
    List* rl = make_list(st);
    if (!rl) return false;
    Root keep_r(st.heap, Value::from_object(rl));
    for (size_t i = 0; i < members->size; ++i) {
        Value m, r;
        if (!enter_recursion(st, " in split")) return false;
        bool ok = split_group(st, members->items[i], cond, want_rest, m, r);
        leave_recursion(st);
        if (!ok) return false;
        if (!m.is_none() && !list_append(st, ml, m)) return false;
        if (want_rest && !r.is_none() && !list_append(st, rl, r)) return false;
    }
    match = Value::none();
    rest = Value::none();
    if (ml->size) {
        match = derive_group(st, self, ml);
        if (match.is_error()) return false;
    }
    Root keep_match(st.heap, match);
    if (want_rest && rl->size) {
        rest = derive_group(st, self, rl);
        if (rest.is_error()) return false;
    }
    return true;
}

Value group_split(State& st, Args a) {
    if (!check_count(st, a, "split", 2, 2)) return Value::error();
    Value m, r;
    if (!split_group(st, a.v[0], a.v[1], true, m, r)) return Value::error();
    Root keep(st.heap, m), keep_r(st.heap, r);
    Tuple* t = make_tuple(st, {m, r});
    return t ? Value::from_object(t) : Value::error();
}

Value group_subgroup(State& st, Args a) {
    if (!check_count(st, a, "subgroup", 2, 2)) return Value::error();
    Value m, r;
    if (!split_group(st, a.v[0], a.v[1], false, m, r)) return Value::error();
    return m;
}


const MethodDef kGroupMethods[] = {
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
    {nullptr, nullptr},
};

}  // namespace

void init_exception_group_types(State& st) {
    Type* t = st.exc.BaseExceptionGroup;
    t->new_ = group_new;
    t->init = group_init;
    t->str = group_str;
    add_methods(st, t, kGroupMethods);
}

}  // namespace krait
