// BaseExceptionGroup and ExceptionGroup (PEP 654), in the shape of CPython 3.11's
// Objects/exceptions.c: the message and the tuple of exceptions are the group's two fields.
#include "runtime/exception_group.hpp"

#include <string>
#include <unordered_set>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/iterators.hpp"
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

// What split() and subgroup() keep (CPython's _exceptiongroup_split_matcher_type).
struct Matcher {
    enum Kind { ByType, Predicate, InstanceIds } kind;
    Value value;  // ByType: a class or a tuple of classes; Predicate: the function
    const std::unordered_set<Object*>* ids = nullptr;  // InstanceIds: the leaves to keep
};

// CPython 3.11 accepts only a Python function, an exception class or an exact tuple of
// exception classes (empty included): other callables are refused.
bool make_matcher(State& st, Value cond, Matcher& m) {
    m.value = cond;
    if (type_of(st, cond) == st.function_type) {
        m.kind = Matcher::Predicate;
        return true;
    }
    m.kind = Matcher::ByType;
    if (is_exception_class(st, cond)) return true;
    if (type_of(st, cond) == st.tuple_type) {
        Tuple* t = as_tuple(cond);
        bool all_types = true;
        for (size_t i = 0; i < t->size; ++i) all_types &= is_exception_class(st, t->items[i]);
        if (all_types) return true;
    }
    type_error(st, "expected a function, exception type or tuple of exception types");
    return false;
}

// -1 on error. ByType is PyErr_GivenExceptionMatches: subclassing only, no __instancecheck__.
int matches(State& st, const Matcher& m, Value exc) {
    switch (m.kind) {
        case Matcher::ByType:
            if (type_of(st, m.value) == st.tuple_type) {
                Tuple* t = as_tuple(m.value);
                for (size_t i = 0; i < t->size; ++i)
                    if (isinstance(st, exc, as_type(t->items[i]))) return 1;
                return 0;
            }
            return isinstance(st, exc, as_type(m.value));
        case Matcher::Predicate: {
            Value r = call(st, m.value, {exc});
            if (r.is_error()) return -1;
            return truthy(st, r);
        }
        case Matcher::InstanceIds:
            return m.ids->count(exc.as_object()) != 0;
    }
    return 0;
}

// self.derive(excs), given self's traceback, context and cause and a copy of its __notes__
// (CPython's exceptiongroup_subset). Setting the cause also sets __suppress_context__, as
// PyException_SetCause does, whether or not self has a cause.
Value derive_group(State& st, Value self, List* excs) {
    Value d = call_method(st, self, intern(st, "derive"), {Value::from_object(excs)});
    if (d.is_error()) return d;
    if (!isinstance(st, d, st.exc.BaseExceptionGroup))
        return type_error(st, "derive must return an instance of BaseExceptionGroup");
    Root keep(st.heap, d);
    ExceptionObject* from = as_exception(self);
    ExceptionObject* to = as_exception(d);
    if (!from->traceback.is_none()) to->traceback = from->traceback;
    to->context = from->context;
    to->cause = from->cause;
    to->suppress_context = true;
    Str* key = intern(st, "__notes__");
    Value notes = getattr_opt(st, self, key);
    if (notes.is_error()) return notes;
    Root keep_notes(st.heap, notes);
    // Only a sequence is copied (so the parts' lists are independent); anything else is
    // an earlier user error that split() does not report.
    if (!notes.is_missing() && type_of(st, notes)->getitem && !isinstance(st, notes, st.dict_type)) {
        List* copy = list_from_iterable(st, notes);
        if (!copy || !setattr(st, d, key, Value::from_object(copy))) return Value::error();
    }
    return d;
}

// Splits exc into (matching, rest) recursively; either may be None. With `want_rest` false
// only the first is built (subgroup).
bool split_group(State& st, Value exc, const Matcher& m, bool want_rest, Value& match, Value& rest) {
    match = rest = Value::none();
    int whole = matches(st, m, exc);
    if (whole < 0) return false;
    if (whole) {
        match = exc;
        return true;
    }
    if (!isinstance(st, exc, st.exc.BaseExceptionGroup)) {
        if (want_rest) rest = exc;
        return true;
    }
    Tuple* members = as_tuple(fields(exc)[1]);
    List* ml = make_list(st);
    if (!ml) return false;
    Root keep_m(st.heap, Value::from_object(ml));
    List* rl = make_list(st);
    if (!rl) return false;
    Root keep_r(st.heap, Value::from_object(rl));
    for (size_t i = 0; i < members->size; ++i) {
        Value mi, ri;
        if (!enter_recursion(st, " in exceptiongroup_split_recursive")) return false;
        bool ok = split_group(st, members->items[i], m, want_rest, mi, ri);
        leave_recursion(st);
        if (!ok) return false;
        if (!mi.is_none() && !list_append(st, ml, mi)) return false;
        if (want_rest && !ri.is_none() && !list_append(st, rl, ri)) return false;
    }
    if (ml->size) {
        match = derive_group(st, exc, ml);
        if (match.is_error()) return false;
    }
    Root keep_match(st.heap, match);
    if (want_rest && rl->size) {
        rest = derive_group(st, exc, rl);
        if (rest.is_error()) return false;
    }
    return true;
}

bool split_by(State& st, Value self, Value cond, bool want_rest, Value& match, Value& rest) {
    Matcher m;
    return make_matcher(st, cond, m) && split_group(st, self, m, want_rest, match, rest);
}

Value group_split(State& st, Args a) {
    if (!check_count(st, a, "split", 2, 2)) return Value::error();
    Value m, r;
    if (!split_by(st, a.v[0], a.v[1], true, m, r)) return Value::error();
    Root keep(st.heap, m), keep_r(st.heap, r);
    Tuple* t = make_tuple(st, {m, r});
    return t ? Value::from_object(t) : Value::error();
}

Value group_subgroup(State& st, Args a) {
    if (!check_count(st, a, "subgroup", 2, 2)) return Value::error();
    Value m, r;
    if (!split_by(st, a.v[0], a.v[1], false, m, r)) return Value::error();
    return m;
}

const MethodDef kGroupMethods[] = {
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
    {nullptr, nullptr},
};

// BaseExceptionGroup("", excs): an ExceptionGroup when every member is an Exception.
Value make_group(State& st, Value excs) {
    Value args[2] = {Value::from_object(st.empty_str), excs};
    return call(st, Value::from_object(st.exc.BaseExceptionGroup), Args{args, 2, nullptr});
}

// PyErr_GivenExceptionMatches for a type already checked by check_star_type.
bool given_matches(State& st, Value exc, Value type) {
    if (!isinstance(st, type, st.tuple_type)) return isinstance(st, exc, as_type(type));
    Tuple* t = as_tuple(type);
    for (size_t i = 0; i < t->size; ++i)
        if (isinstance(st, exc, as_type(t->items[i]))) return true;
    return false;
}

// `except* T` accepts what `except T` does, except exception groups.
bool check_star_type(State& st, Value type) {
    bool is_tuple = isinstance(st, type, st.tuple_type);
    const Value* items = is_tuple ? as_tuple(type)->items : &type;
    size_t n = is_tuple ? as_tuple(type)->size : 1;
    for (size_t i = 0; i < n; ++i) {
        if (!is_exception_class(st, items[i])) {
            type_error(st, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        if (is_subtype(as_type(items[i]), st.exc.BaseExceptionGroup)) {
            type_error(st, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
    }
    return true;
}

// Adds the leaves of exc (itself if it is not a group) to ids.
bool collect_leaf_ids(State& st, Value exc, std::unordered_set<Object*>& ids) {
    if (!is_exception_instance(st, exc)) return true;
    if (!isinstance(st, exc, st.exc.BaseExceptionGroup)) {
        ids.insert(exc.as_object());
        return true;
    }
    Tuple* members = as_tuple(fields(exc)[1]);
    for (size_t i = 0; i < members->size; ++i) {
        if (!enter_recursion(st, " in collect_exception_group_leaf_ids")) return false;
        bool ok = collect_leaf_ids(st, members->items[i], ids);
        leave_recursion(st);
        if (!ok) return false;
    }
    return true;
}

// A part of a group made by split() carries the group's traceback, cause and context, so
// having the same ones means "re-raised, not raised anew". (CPython 3.11 compares its C
// `notes` field too, which is never set: notes live in __dict__.)
bool same_metadata(Value a, Value b) {
    ExceptionObject* x = as_exception(a);
    ExceptionObject* y = as_exception(b);
    return x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
}

}  // namespace

bool except_star_match(State& st, Value exc, Value type, Value& match, Value& rest) {
    match = rest = Value::none();
    if (!check_star_type(st, type)) return false;
    if (exc.is_none()) return true;  // an earlier clause took everything
    if (given_matches(st, exc, type)) {
        if (isinstance(st, exc, st.exc.BaseExceptionGroup)) {
            match = exc;
            return true;
        }
        // A naked exception is handled as a group of one.
        Tuple* one = make_tuple(st, {exc});
        if (!one) return false;
        Root keep(st.heap, Value::from_object(one));
        match = make_group(st, Value::from_object(one));
        return !match.is_error();
    }
    if (!isinstance(st, exc, st.exc.BaseExceptionGroup)) return true;
    Value pair = call_method(st, exc, intern(st, "split"), {type});
    if (pair.is_error()) return false;
    // CPython 3.11 assumes a 2-tuple; later versions say so, as this does.
    if (type_of(st, pair) != st.tuple_type) {
        type_error(st, type_name(st, exc) + ".split must return a tuple, not " + type_name(st, pair));
        return false;
    }
    if (as_tuple(pair)->size < 2) {
        type_error(st, type_name(st, exc) + ".split must return a 2-tuple, got tuple of size " +
                           std::to_string(as_tuple(pair)->size));
        return false;
    }
    match = as_tuple(pair)->items[0];
    rest = as_tuple(pair)->items[1];
    // The match becomes the handled exception: it must be one (CPython does not check).
    for (Value v : {match, rest}) {
        if (!v.is_none() && !is_exception_instance(st, v)) {
            type_error(st, type_name(st, exc) + ".split must return exceptions or None, not " + type_name(st, v));
            return false;
        }
    }
    return true;
}

Value prep_reraise_star(State& st, Value orig, List* excs) {
    if (excs->size == 0) return Value::none();
    // A naked exception was wrapped: only one clause can have run, so there is at most
    // one exception to raise.
    if (!isinstance(st, orig, st.exc.BaseExceptionGroup)) return excs->items[0];

    List* raised = make_list(st);
    if (!raised) return Value::error();
    Root keep_raised(st.heap, Value::from_object(raised));
    std::unordered_set<Object*> reraised_ids;
    for (size_t i = 0; i < excs->size; ++i) {
        Value e = excs->items[i];
        if (e.is_none()) continue;
        if (is_exception_instance(st, e) && same_metadata(e, orig)) {
            if (!collect_leaf_ids(st, e, reraised_ids)) return Value::error();
        } else if (!list_append(st, raised, e)) {
            return Value::error();
        }
    }
    // What was re-raised or left unhandled keeps the shape of the original group.
    Value reraised = Value::none(), unused;
    if (!reraised_ids.empty()) {
        Matcher m{Matcher::InstanceIds, Value::none(), &reraised_ids};
        if (!split_group(st, orig, m, false, reraised, unused)) return Value::error();
    }
    if (raised->size == 0) return reraised;
    if (!reraised.is_none() && !list_append(st, raised, reraised)) return Value::error();
    if (raised->size == 1) return raised->items[0];
    return make_group(st, Value::from_object(raised));
}

void init_exception_group_types(State& st) {
    Type* t = st.exc.BaseExceptionGroup;
    t->new_ = group_new;
    t->init = group_init;
    t->str = group_str;
    add_methods(st, t, kGroupMethods);
    for (const char* field : {"message", "exceptions"}) {
        Value d = dict_get_cstr(st, t->dict, field);
        static_cast<MemberDescriptor*>(d.as_object())->readonly = true;
    }
}

}  // namespace krait
