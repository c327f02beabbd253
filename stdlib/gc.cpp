// The gc module over Krait's collector. Krait has one tracing mark-and-sweep heap rather than
// CPython's three generations, so collect() always collects everything, and the thresholds
// are accepted and remembered but do not steer the collector.
#include <cstdint>
#include <string>
#include <utility>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "vm/collect.hpp"

namespace krait::stdlib {

namespace {

// The remembered settings live in the module's dict under this name: a list of
// [threshold0, threshold1, threshold2, debug flags].
constexpr const char* kStateKey = "_krait_settings";

List* settings(State& st, Module* m) {
    Value v = dict_get_cstr(st, m->dict, kStateKey);
    if (!v.is_missing() && type_of(st, v) == st.list_type && as_list(v)->size == 4) return as_list(v);
    List* l = make_list(st, 4);
    if (!l) return nullptr;
    l->items[0] = Value::from_int(700);
    l->items[1] = Value::from_int(10);
    l->items[2] = Value::from_int(10);
    l->items[3] = Value::from_int(0);
    if (!dict_set_cstr(st, m->dict, kStateKey, Value::from_object(l))) return nullptr;
    return l;
}

// A C int argument (PyArg_ParseTuple's 'i').
bool c_int(State& st, Value v, int64_t& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    if (!int_to_int64(st, i, out)) {
        overflow_error(st, "Python int too large to convert to C long");
        return false;
    }
    if (out > INT32_MAX || out < INT32_MIN) {
        overflow_error(st, out > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return false;
    }
    return true;
}

Value gc_collect(State& st, Args a) {
    Value gen = Value::missing();
    if (!parse_kwargs(st, a, 0, "collect", {"generation"}, 1, &gen)) return Value::error();
    if (!gen.is_missing()) {
        Value i = number_index(st, gen);
        if (i.is_error()) return i;
        int64_t g;
        if (!int_to_int64(st, i, g)) return overflow_error(st, "Python int too large to convert to C int");
        if (g < 0 || g > 2) return value_error(st, "invalid generation");
    }
    // A call from the VM is a safe point: every live value is in a frame or rooted.
    return make_int(st, static_cast<int64_t>(vm::collect_garbage(st)));
}

Value gc_enable(State& st, Args a) {
    if (!check_count(st, a, "gc.enable", 0, 0)) return Value::error();
    st.heap.set_enabled(true);
    return Value::none();
}

Value gc_disable(State& st, Args a) {
    if (!check_count(st, a, "gc.disable", 0, 0)) return Value::error();
    st.heap.set_enabled(false);
    return Value::none();
}

Value gc_isenabled(State& st, Args a) {
    if (!check_count(st, a, "gc.isenabled", 0, 0)) return Value::error();
    return Value::from_bool(st.heap.enabled());
}

Value gc_get_count(State& st, Args a) {
    if (!check_count(st, a, "gc.get_count", 0, 0)) return Value::error();
    Tuple* t = make_tuple(st, {Value::from_int(0), Value::from_int(0), Value::from_int(0)});
    return t ? Value::from_object(t) : Value::error();
}

Value gc_get_threshold(State& st, Args bound) {
    if (!check_count(st, skip_self(bound), "gc.get_threshold", 0, 0)) return Value::error();
    List* s = settings(st, bound_module(bound));
    if (!s) return Value::error();
    Tuple* t = make_tuple(st, s->items, 3);
    return t ? Value::from_object(t) : Value::error();
}

Value gc_set_threshold(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!no_keywords(st, a, "set_threshold")) return Value::error();
    if (a.n < 1) return type_error(st, "set_threshold() takes at least 1 argument (0 given)");
    if (a.n > 3) return type_error(st, "set_threshold() takes at most 3 arguments (" + std::to_string(a.n) + " given)");
    int64_t v[3];
    for (size_t i = 0; i < a.n; ++i)
        if (!c_int(st, a.v[i], v[i])) return Value::error();
    List* s = settings(st, bound_module(bound));
    if (!s) return Value::error();
    for (size_t i = 0; i < a.n; ++i) s->items[i] = Value::from_int(v[i]);
    return Value::none();
}

Value gc_get_debug(State& st, Args bound) {
    if (!check_count(st, skip_self(bound), "gc.get_debug", 0, 0)) return Value::error();
    List* s = settings(st, bound_module(bound));
    return s ? s->items[3] : Value::error();
}

Value gc_set_debug(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!check_count(st, a, "gc.set_debug", 1, 1)) return Value::error();
    int64_t f;
    if (!c_int(st, a.v[0], f)) return Value::error();
    List* s = settings(st, bound_module(bound));
    if (!s) return Value::error();
    s->items[3] = Value::from_int(f);
    return Value::none();
}

// Could v hold references to other objects, as CPython decides for its GC-tracked types? The
// atomic built-ins (numbers, strings, bytes, ranges, built-in types) never are.
bool is_container(State& st, Value v) {
    if (!v.is_object()) return false;
    Type* t = type_of(st, v);
    if (t == st.str_type || t == st.bytes_type || t == st.bytearray_type || t == st.int_type ||
        t == st.float_type || t == st.range_type || t == st.bool_type || t == st.code_type)
        return false;
    if (isinstance(st, v, st.type_type)) return (as_type(v)->flags & kTypeHeap) != 0;
    return true;
}

// gc.is_tracked: CPython leaves dicts of atomic keys and values and the empty tuple untracked.
Value gc_is_tracked(State& st, Args a) {
    if (!check_count(st, a, "gc.is_tracked", 1, 1)) return Value::error();
    Value v = a.v[0];
    if (!is_container(st, v)) return Value::from_bool(false);
    Type* t = type_of(st, v);
    if (t == st.tuple_type) return Value::from_bool(as_tuple(v)->size > 0);
    if (t == st.dict_type) {
        size_t pos = 0;
        Value k, val;
        while (dict_next(as_dict(v), pos, k, val))
            if (is_container(st, k) || is_container(st, val)) return Value::from_bool(true);
        return Value::from_bool(false);
    }
    return Value::from_bool(true);
}

Value gc_is_finalized(State& st, Args a) {
    if (!check_count(st, a, "gc.is_finalized", 1, 1)) return Value::error();
    return Value::from_bool(false);
}

Value empty_list(State& st) {
    List* l = make_list(st);
    return l ? Value::from_object(l) : Value::error();
}

// Krait's heap cannot enumerate objects or their referrers for Python code: these answer
// with empty lists.
Value gc_get_objects(State& st, Args a) {
    Value gen = Value::missing();
    if (!parse_kwargs(st, a, 0, "get_objects", {"generation"}, 1, &gen)) return Value::error();
    return empty_list(st);
}

Value gc_get_referrers(State& st, Args a) {
    if (!no_keywords(st, a, "gc.get_referrers")) return Value::error();
    return empty_list(st);
}

Value gc_get_referents(State& st, Args a) {
    if (!no_keywords(st, a, "gc.get_referents")) return Value::error();
    return empty_list(st);
}

Value gc_get_stats(State& st, Args a) {
    if (!check_count(st, a, "gc.get_stats", 0, 0)) return Value::error();
    List* l = make_list(st);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    for (int g = 0; g < 3; ++g) {
        Dict* d = make_dict(st);
        if (!d || !list_append(st, l, Value::from_object(d))) return Value::error();
        int64_t collections = g == 2 ? static_cast<int64_t>(st.heap.collections()) : 0;
        if (!dict_set_cstr(st, d, "collections", make_int(st, collections)) ||
            !dict_set_cstr(st, d, "collected", Value::from_int(0)) ||
            !dict_set_cstr(st, d, "uncollectable", Value::from_int(0)))
            return Value::error();
    }
    return Value::from_object(l);
}

Value gc_freeze(State& st, Args a) {
    if (!check_count(st, a, "gc.freeze", 0, 0)) return Value::error();
    return Value::none();
}

Value gc_unfreeze(State& st, Args a) {
    if (!check_count(st, a, "gc.unfreeze", 0, 0)) return Value::error();
    return Value::none();
}

Value gc_get_freeze_count(State& st, Args a) {
    if (!check_count(st, a, "gc.get_freeze_count", 0, 0)) return Value::error();
    return Value::from_int(0);
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"get_count", gc_get_count},
    {"is_tracked", gc_is_tracked},
    {"is_finalized", gc_is_finalized},
    {"get_objects", gc_get_objects},
    {"get_referrers", gc_get_referrers},
    {"get_referents", gc_get_referents},
    {"get_stats", gc_get_stats},
    {"freeze", gc_freeze},
    {"unfreeze", gc_unfreeze},
    {"get_freeze_count", gc_get_freeze_count},
    {nullptr, nullptr},
};

const MethodDef kBoundGcFunctions[] = {
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"get_debug", gc_get_debug},
    {"set_debug", gc_set_debug},
    {nullptr, nullptr},
};

}  // namespace

Value make_gc_module(State& st) {
    Module* m = new_native_module(st, "gc", kGcFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const MethodDef* d = kBoundGcFunctions; d->name; ++d)
        if (!add_function(st, m, d->name, d->fn, nullptr, true)) return Value::error();
    if (!settings(st, m)) return Value::error();
    for (const char* name : {"garbage", "callbacks"}) {
        Value l = empty_list(st);
        if (l.is_error() || !dict_set_cstr(st, m->dict, name, l)) return Value::error();
    }
    const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1},    {"DEBUG_COLLECTABLE", 2},
                                                 {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
                                                 {"DEBUG_LEAK", 38}};
    for (auto [name, value] : flags)
        if (!dict_set_cstr(st, m->dict, name, Value::from_int(value))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
