// The itertools module: CPython's iterator building blocks as native iterator types, with
// its constructors' argument errors and the reprs of count and repeat. The algorithms follow
// CPython's itertoolsmodule.c step by step, so that partially consumed iterators, errors
// raised midway and re-entrant tees behave the same.
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"
#include "stdlib/os.hpp"

namespace krait::stdlib {

namespace {

// Each iterator struct lists what it references in trace(); buffers it owns are freed by
// release().
template <typename T>
void trace_of(Object* o, Tracer& t) {
    static_cast<T*>(o)->trace(t);
}
template <typename T>
void release_of(Heap& h, Object* o) {
    static_cast<T*>(o)->release(h);
}
template <typename T>
constexpr GcOps kGc{trace_of<T>, nullptr};
template <typename T>
constexpr GcOps kGcOwning{trace_of<T>, release_of<T>};

template <typename T>
T* alloc(State& st, Type* type) {
    T* o = st.heap.make<T>(type);
    if (!o) raise_no_memory(st);
    return o;
}

Value self_iter(State&, Value self) { return self; }

bool has_kw(Args a) { return a.kwnames && a.nkw(); }

// Positional-only constructors: "dropwhile() takes no keyword arguments", "dropwhile
// expected 2 arguments, got 1".
bool positional(State& st, Args a, const char* name, size_t min, size_t max) {
    if (has_kw(a)) {
        type_error(st, std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (a.n >= min && a.n <= max) return true;
    std::string msg = std::string(name) + " expected ";
    if (min == max) msg += std::to_string(min) + " argument" + (min == 1 ? "" : "s");
    else if (a.n < min) msg += "at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s");
    else msg += "at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s");
    type_error(st, msg + ", got " + std::to_string(a.n));
    return false;
}

// A Py_ssize_t argument ('n' converter).
bool ssize_arg(State& st, Value v, int64_t& out) { return to_index(st, v, out); }

// Hidden links between the module's types (groupby -> _grouper, _tee -> _tee_dataobject)
// live in the types' dicts under these names.
constexpr const char* kGrouperKey = "_krait_grouper";
constexpr const char* kTeeDataKey = "_krait_tee_data";

Type* linked_type(State& st, Type* from, const char* key) {
    Str* name = intern(st, key);
    if (!name) return nullptr;
    Value t = type_lookup(st, from, name);
    if (!t.is_object() || !isinstance(st, t, st.type_type)) {
        raise(st, st.exc.SystemError, "itertools: internal type is missing");
        return nullptr;
    }
    return as_type(t);
}

// ---- count ----

struct Count : Object {
    Value cnt, step;
    void trace(Tracer& t) { t.mark(cnt), t.mark(step); }
};

// PyNumber_Check: ints, floats and anything convertible like them.
bool is_number(State& st, Value v) {
    Type* t = type_of(st, v);
    return t->index || t->to_int || t->to_float;
}

Value count_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "count", {"start", "step"}, 0, 2, out)) return Value::error();
    Value start = out[0].is_missing() ? Value::from_int(0) : out[0];
    Value step = out[1].is_missing() ? Value::from_int(1) : out[1];
    if (!is_number(st, start) || !is_number(st, step)) return type_error(st, "a number is required");
    auto* c = alloc<Count>(st, type);
    if (!c) return Value::error();
    c->cnt = start;
    c->step = step;
    return Value::from_object(c);
}

Value count_next(State& st, Value self) {
    auto* c = static_cast<Count*>(self.as_object());
    Value v = c->cnt;
    Value next;
    if (v.is_int() && c->step.is_int() && Value::fits_int(v.as_int() + c->step.as_int()))
        next = Value::from_int(v.as_int() + c->step.as_int());
    else
        next = binary_op(st, v, c->step, BinOp::Add);
    if (next.is_error()) return next;
    c->cnt = next;
    return v;
}

Value count_repr(State& st, Value self) {
    auto* c = static_cast<Count*>(self.as_object());
    Value r = repr(st, c->cnt);
    if (r.is_error()) return r;
    std::string out = std::string(type_of(st, self)->name_str->view()) + "(" + std::string(as_str(r)->view());
    // A step of int 1 is left out, as CPython does.
    bool unit = c->step.is_true() || (c->step.is_int() && c->step.as_int() == 1);
    if (!unit) {
        Value s = repr(st, c->step);
        if (s.is_error()) return s;
        out += ", ";
        out += as_str(s)->view();
    }
    return str_value(st, out + ")");
}

// ---- cycle ----

struct Cycle : Object {
    Value it;      // error() once exhausted
    Value saved;   // a list
    size_t index;
    void trace(Tracer& t) { t.mark(it), t.mark(saved); }
};

Value cycle_new(State& st, Type* type, Args a) {
    if (!positional(st, a, "cycle", 1, 1)) return Value::error();
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    List* saved = make_list(st);
    if (!saved) return Value::error();
    Root keep_saved(st.heap, Value::from_object(saved));
    auto* c = alloc<Cycle>(st, type);
    if (!c) return Value::error();
    c->it = it;
    c->saved = Value::from_object(saved);
    return Value::from_object(c);
}

Value cycle_next(State& st, Value self) {
    auto* c = static_cast<Cycle*>(self.as_object());
    if (!c->it.is_error()) {
        Value v = iter_next(st, c->it);
        if (v.is_error()) return v;
        if (!v.is_stop()) {
            Root keep(st.heap, v);
            if (!list_append(st, as_list(c->saved), v)) return Value::error();
            return v;
        }
        c->it = Value::error();
    }
    List* saved = as_list(c->saved);
    if (saved->size == 0) return Value::stop();
    if (c->index >= saved->size) c->index = 0;
    Value v = saved->items[c->index++];
    if (c->index >= saved->size) c->index = 0;
    return v;
}

// ---- repeat ----

struct Repeat : Object {
    Value element;
    int64_t cnt;   // -1: forever
    void trace(Tracer& t) { t.mark(element); }
};

Value repeat_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "repeat", {"object", "times"}, 1, 2, out)) return Value::error();
    int64_t cnt = -1;
    if (!out[1].is_missing()) {
        if (!ssize_arg(st, out[1], cnt)) return Value::error();
        if (cnt < 0) cnt = 0;
    }
    auto* r = alloc<Repeat>(st, type);
    if (!r) return Value::error();
    r->element = out[0];
    r->cnt = cnt;
    return Value::from_object(r);
}

Value repeat_next(State&, Value self) {
    auto* r = static_cast<Repeat*>(self.as_object());
    if (r->cnt == 0) return Value::stop();
    if (r->cnt > 0) --r->cnt;
    return r->element;
}

Value repeat_repr(State& st, Value self) {
    auto* r = static_cast<Repeat*>(self.as_object());
    Value e = repr(st, r->element);
    if (e.is_error()) return e;
    std::string out = std::string(type_of(st, self)->name_str->view()) + "(" + std::string(as_str(e)->view());
    if (r->cnt >= 0) out += ", " + std::to_string(r->cnt);
    return str_value(st, out + ")");
}

Value repeat_length_hint(State& st, Args a) {
    if (!check_args(st, a, 1, "__length_hint__", 0, 0)) return Value::error();
    auto* r = static_cast<Repeat*>(a.v[0].as_object());
    if (r->cnt < 0) return type_error(st, "len() of unsized object");
    return make_int(st, r->cnt);
}

const MethodDef kRepeatMethods[] = {{"__length_hint__", repeat_length_hint}, {nullptr, nullptr}};

// ---- accumulate ----

struct Accumulate : Object {
    Value it, func, total, initial;  // func None: +; total error(): none yet; initial None: none
    void trace(Tracer& t) { t.mark(it), t.mark(func), t.mark(total), t.mark(initial); }
};

Value accumulate_new(State& st, Type* type, Args a) {
    Value out[3];
    if (!clinic_parse(st, a, "accumulate", {"iterable", "func", "initial"}, 1, 2, out)) return Value::error();
    Value it = get_iter(st, out[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    auto* acc = alloc<Accumulate>(st, type);
    if (!acc) return Value::error();
    acc->it = it;
    acc->func = out[1].is_missing() ? Value::none() : out[1];
    acc->total = Value::error();
    acc->initial = out[2].is_missing() ? Value::none() : out[2];
    return Value::from_object(acc);
}

Value accumulate_next(State& st, Value self) {
    auto* acc = static_cast<Accumulate*>(self.as_object());
    if (!acc->initial.is_none()) {
        acc->total = acc->initial;
        acc->initial = Value::none();
        return acc->total;
    }
    Value v = iter_next(st, acc->it);
    if (v.is_error() || v.is_stop()) return v;
    if (acc->total.is_error()) {
        acc->total = v;
        return v;
    }
    Root keep(st.heap, v);
    Value total = acc->func.is_none() ? binary_op(st, acc->total, v, BinOp::Add) : call(st, acc->func, {acc->total, v});
    if (total.is_error()) return total;
    acc->total = total;
    return total;
}

// ---- chain ----

struct Chain : Object {
    Value source;  // an iterator over the iterables; error() once exhausted
    Value active;  // the current iterable's iterator, or error()
    void trace(Tracer& t) { t.mark(source), t.mark(active); }
};

Value make_chain(State& st, Type* type, Value iterables) {
    Value source = get_iter(st, iterables);
    if (source.is_error()) return source;
    Root keep(st.heap, source);
    auto* c = alloc<Chain>(st, type);
    if (!c) return Value::error();
    c->source = source;
    c->active = Value::error();
    return Value::from_object(c);
}

Value chain_new(State& st, Type* type, Args a) {
    if (has_kw(a)) return type_error(st, "chain() takes no keyword arguments");
    Tuple* args = make_tuple(st, a.v, a.n);
    if (!args) return Value::error();
    Root keep(st.heap, Value::from_object(args));
    return make_chain(st, type, Value::from_object(args));
}

Value chain_from_iterable(State& st, Args a) {
    if (!check_args(st, a, 1, "chain.from_iterable", 1, 1)) return Value::error();
    return make_chain(st, as_type(a.v[0]), a.v[1]);
}

Value chain_next(State& st, Value self) {
    auto* c = static_cast<Chain*>(self.as_object());
    while (!c->source.is_error()) {
        if (c->active.is_error()) {
            Value iterable = iter_next(st, c->source);
            if (iterable.is_error() || iterable.is_stop()) {
                c->source = Value::error();
                return iterable;
            }
            Root keep(st.heap, iterable);
            Value it = get_iter(st, iterable);
            if (it.is_error()) {
                c->source = Value::error();
                return it;
            }
            c->active = it;
        }
        Value v = iter_next(st, c->active);
        if (!v.is_stop()) return v;
        c->active = Value::error();
    }
    return Value::stop();
}

const MethodDef kChainMethods[] = {{"from_iterable", chain_from_iterable, MethodKind::Class}, {nullptr, nullptr}};

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

struct Pair : Object {
    Value first, it;  // compress: data and selectors; the others: the function and the iterator
    bool done;        // dropwhile: started yielding; takewhile: stopped
    void trace(Tracer& t) { t.mark(first), t.mark(it); }
};

Value make_pair(State& st, Type* type, Value first, Value iterable) {
    Value it = get_iter(st, iterable);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    auto* p = alloc<Pair>(st, type);
    if (!p) return Value::error();
    p->first = first;
    p->it = it;
    return Value::from_object(p);
}

Value compress_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "compress", {"data", "selectors"}, 2, 2, out)) return Value::error();
    Value data = get_iter(st, out[0]);
    if (data.is_error()) return data;
    Root keep(st.heap, data);
    return make_pair(st, type, data, out[1]);
}

Value compress_next(State& st, Value self) {
    auto* p = static_cast<Pair*>(self.as_object());
    for (;;) {
        Value datum = iter_next(st, p->first);
        if (datum.is_error() || datum.is_stop()) return datum;
        Root keep(st.heap, datum);
        Value selector = iter_next(st, p->it);
        if (selector.is_error() || selector.is_stop()) return selector;
        int ok = truthy(st, selector);
        if (ok < 0) return Value::error();
        if (ok) return datum;
    }
}

template <const char* Name>
Value predicate_new(State& st, Type* type, Args a) {
    if (!positional(st, a, Name, 2, 2)) return Value::error();
    return make_pair(st, type, a.v[0], a.v[1]);
}

// pred(item) as a truth value; pred None (filterfalse) is bool.
int test(State& st, Value pred, Value item) {
    if (pred.is_none()) return truthy(st, item);
    Value r = call(st, pred, {item});
    if (r.is_error()) return -1;
    return truthy(st, r);
}

Value dropwhile_next(State& st, Value self) {
    auto* p = static_cast<Pair*>(self.as_object());
    for (;;) {
        Value v = iter_next(st, p->it);
        if (v.is_error() || v.is_stop() || p->done) return v;
        Root keep(st.heap, v);
        int ok = test(st, p->first, v);
        if (ok < 0) return Value::error();
        if (!ok) {
            p->done = true;
            return v;
        }
    }
}

Value takewhile_next(State& st, Value self) {
    auto* p = static_cast<Pair*>(self.as_object());
    if (p->done) return Value::stop();
    Value v = iter_next(st, p->it);
    if (v.is_error() || v.is_stop()) return v;
    Root keep(st.heap, v);
    int ok = test(st, p->first, v);
    if (ok < 0) return Value::error();
    if (ok) return v;
    p->done = true;
    return Value::stop();
}

Value filterfalse_next(State& st, Value self) {
    auto* p = static_cast<Pair*>(self.as_object());
    for (;;) {
        Value v = iter_next(st, p->it);
        if (v.is_error() || v.is_stop()) return v;
        Root keep(st.heap, v);
        int ok = test(st, p->first, v);
        if (ok < 0) return Value::error();
        if (!ok) return v;
    }
}

Value starmap_next(State& st, Value self) {
    auto* p = static_cast<Pair*>(self.as_object());
    Value args = iter_next(st, p->it);
    if (args.is_error() || args.is_stop()) return args;
    Root keep(st.heap, args);
    if (type_of(st, args) != st.tuple_type) {
        args = tuple_from_iterable(st, args);
        if (args.is_error()) return args;
        keep.set(args);
    }
    Tuple* t = as_tuple(args);
    return call(st, p->first, Args{t->items, t->size, nullptr});
}

constexpr char kDropwhile[] = "dropwhile";
constexpr char kTakewhile[] = "takewhile";
constexpr char kFilterfalse[] = "filterfalse";
constexpr char kStarmap[] = "starmap";

// ---- groupby and _grouper ----

struct GroupBy : Object {
    Value it, keyfunc;
    Value tgtkey, currkey, currvalue;  // error(): not set
    Value currgrouper;                 // the grouper that may still yield, or None
    Value grouper_type;
    void trace(Tracer& t) {
        t.mark(it), t.mark(keyfunc), t.mark(tgtkey), t.mark(currkey), t.mark(currvalue), t.mark(currgrouper);
        t.mark(grouper_type);
    }
};

struct Grouper : Object {
    Value parent, tgtkey;
    void trace(Tracer& t) { t.mark(parent), t.mark(tgtkey); }
};

Value groupby_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "groupby", {"iterable", "key"}, 1, 2, out)) return Value::error();
    Type* grouper = linked_type(st, type, kGrouperKey);
    if (!grouper) return Value::error();
    Value it = get_iter(st, out[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    auto* g = alloc<GroupBy>(st, type);
    if (!g) return Value::error();
    g->it = it;
    g->keyfunc = out[1].is_missing() ? Value::none() : out[1];
    g->tgtkey = g->currkey = g->currvalue = Value::error();
    g->currgrouper = Value::none();
    g->grouper_type = Value::from_object(grouper);
    return Value::from_object(g);
}

// Advances to the next value and its key: false at the end (stop) or on error (pending).
bool groupby_step(State& st, GroupBy* g, bool& stopped) {
    Value v = iter_next(st, g->it);
    stopped = v.is_stop();
    if (v.is_error() || v.is_stop()) return false;
    Value key = v;
    if (!g->keyfunc.is_none()) {
        Root keep(st.heap, v);
        key = call(st, g->keyfunc, {v});
        if (key.is_error()) return false;
    }
    g->currvalue = v;
    g->currkey = key;
    return true;
}

Value groupby_next(State& st, Value self) {
    auto* g = static_cast<GroupBy*>(self.as_object());
    g->currgrouper = Value::none();
    for (;;) {
        if (!g->currkey.is_error()) {
            if (g->tgtkey.is_error()) break;
            int eq = equal(st, g->tgtkey, g->currkey);
            if (eq < 0) return Value::error();
            if (!eq) break;
        }
        bool stopped;
        if (!groupby_step(st, g, stopped)) return stopped ? Value::stop() : Value::error();
    }
    g->tgtkey = g->currkey;
    auto* grouper = alloc<Grouper>(st, as_type(g->grouper_type));
    if (!grouper) return Value::error();
    grouper->parent = self;
    grouper->tgtkey = g->tgtkey;
    g->currgrouper = Value::from_object(grouper);
    Tuple* t = make_tuple(st, {g->currkey, Value::from_object(grouper)});
    return t ? Value::from_object(t) : Value::error();
}

// _grouper(parent, tgtkey): what groupby's next makes (pickling calls it too).
Value grouper_new(State& st, Type* type, Args a) {
    if (!positional(st, a, "_grouper", 2, 2)) return Value::error();
    if (type_of(st, a.v[0])->gc != &kGc<GroupBy>)
        return type_error(st, "_grouper() argument 1 must be itertools.groupby, not " + type_name(st, a.v[0]));
    auto* gr = alloc<Grouper>(st, type);
    if (!gr) return Value::error();
    gr->parent = a.v[0];
    gr->tgtkey = a.v[1];
    return Value::from_object(gr);
}

Value grouper_next(State& st, Value self) {
    auto* gr = static_cast<Grouper*>(self.as_object());
    auto* g = static_cast<GroupBy*>(gr->parent.as_object());
    if (!g->currgrouper.is(self)) return Value::stop();
    if (g->currvalue.is_error()) {
        bool stopped;
        if (!groupby_step(st, g, stopped)) return stopped ? Value::stop() : Value::error();
    }
    int eq = equal(st, gr->tgtkey, g->currkey);
    if (eq < 0) return Value::error();
    if (!eq) return Value::stop();
    Value v = g->currvalue;
    g->currvalue = g->currkey = Value::error();
    return v;
}

// ---- islice ----

struct ISlice : Object {
    Value it;  // error() once exhausted
    int64_t next, stop, step, cnt;  // stop -1: none
    void trace(Tracer& t) { t.mark(it); }
};

// PyNumber_AsSsize_t(v, OverflowError) with the error swallowed: false when v is not a
// usable index.
bool islice_index(State& st, Value v, int64_t& out) {
    if (to_index(st, v, out)) return true;
    take_raised(st);
    return false;
}

Value islice_new(State& st, Type* type, Args a) {
    if (!positional(st, a, "islice", 2, 4)) return Value::error();
    int64_t start = 0, stop = -1, step = 1;
    const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (a.n == 2) {
        if (!a.v[1].is_none() && (!islice_index(st, a.v[1], stop) || stop == -1)) return value_error(st, stop_msg);
    } else {
        if (!a.v[1].is_none() && !islice_index(st, a.v[1], start)) start = -1;
        if (!a.v[2].is_none() && (!islice_index(st, a.v[2], stop) || stop == -1)) return value_error(st, stop_msg);
    }
    if (start < 0 || stop < -1)
        return value_error(st, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (a.n == 4 && !a.v[3].is_none() && !islice_index(st, a.v[3], step)) step = -1;
    if (step < 1) return value_error(st, "Step for islice() must be a positive integer or None.");
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    auto* s = alloc<ISlice>(st, type);
    if (!s) return Value::error();
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return Value::from_object(s);
}

Value islice_next(State& st, Value self) {
    auto* s = static_cast<ISlice*>(self.as_object());
    auto empty = [&](Value v) {
        s->it = Value::error();
        return v;
    };
    if (s->it.is_error()) return Value::stop();
    while (s->cnt < s->next) {
        Value v = iter_next(st, s->it);
        if (v.is_error() || v.is_stop()) return empty(v);
        ++s->cnt;
    }
    if (s->stop != -1 && s->cnt >= s->stop) return empty(Value::stop());
    Value v = iter_next(st, s->it);
    if (v.is_error() || v.is_stop()) return empty(v);
    ++s->cnt;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return v;
}

// ---- pairwise ----

struct Pairwise : Object {
    Value it, old;  // error(): exhausted / no previous item
    void trace(Tracer& t) { t.mark(it), t.mark(old); }
};

Value pairwise_new(State& st, Type* type, Args a) {
    if (!positional(st, a, "pairwise", 1, 1)) return Value::error();
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    auto* p = alloc<Pairwise>(st, type);
    if (!p) return Value::error();
    p->it = it;
    p->old = Value::error();
    return Value::from_object(p);
}

Value pairwise_next(State& st, Value self) {
    auto* p = static_cast<Pairwise*>(self.as_object());
    if (p->it.is_error()) return Value::stop();
    if (p->old.is_error()) {
        Value v = iter_next(st, p->it);
        if (v.is_error() || v.is_stop()) {
            p->it = Value::error();
            return v;
        }
        p->old = v;
    }
    Value v = iter_next(st, p->it);
    if (v.is_error() || v.is_stop()) {
        p->it = p->old = Value::error();
        return v;
    }
    Root keep(st.heap, v);
    Tuple* t = make_tuple(st, {p->old, v});
    if (!t) return Value::error();
    p->old = v;
    return Value::from_object(t);
}

// ---- tee ----

// The values read from the shared iterator, in links of kTeeLink: every tee holds the link
// it reads from, so links all tees have passed are collected.
constexpr int kTeeLink = 57;

struct TeeData : Object {
    Value it;
    Value nextlink;  // error() until needed
    int numread;
    bool running;
    Value values[kTeeLink];
    void trace(Tracer& t) {
        t.mark(it), t.mark(nextlink);
        for (int i = 0; i < numread; ++i) t.mark(values[i]);
    }
};

struct Tee : Object {
    Value data;
    int index;
    void trace(Tracer& t) { t.mark(data); }
};

Value make_tee_data(State& st, Type* type, Value it) {
    auto* d = alloc<TeeData>(st, type);
    if (!d) return Value::error();
    d->it = it;
    d->nextlink = Value::error();
    return Value::from_object(d);
}

Value make_tee(State& st, Type* type, Value data, int index) {
    auto* t = alloc<Tee>(st, type);
    if (!t) return Value::error();
    t->data = data;
    t->index = index;
    return Value::from_object(t);
}

// A _tee over iterable (CPython's tee_fromiterable).
Value tee_from_iterable(State& st, Type* tee_type, Value iterable) {
    Type* data_type = linked_type(st, tee_type, kTeeDataKey);
    if (!data_type) return Value::error();
    Value it = get_iter(st, iterable);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    Value data = make_tee_data(st, data_type, it);
    if (data.is_error()) return data;
    Root keep_data(st.heap, data);
    return make_tee(st, tee_type, data, 0);
}

Value tee_new(State& st, Type* type, Args a) {
    if (!positional(st, a, "_tee", 1, 1)) return Value::error();
    return tee_from_iterable(st, type, a.v[0]);
}

Value tee_next(State& st, Value self) {
    auto* t = static_cast<Tee*>(self.as_object());
    auto* d = static_cast<TeeData*>(t->data.as_object());
    if (t->index >= kTeeLink) {
        if (d->nextlink.is_error()) {
            Value link = make_tee_data(st, d->type, d->it);
            if (link.is_error()) return link;
            d->nextlink = link;
        }
        t->data = d->nextlink;
        d = static_cast<TeeData*>(t->data.as_object());
        t->index = 0;
    }
    if (t->index < d->numread) return d->values[t->index++];
    if (d->running) return raise(st, st.exc.RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Root keep(st.heap, t->data);
    Value v = iter_next(st, d->it);
    d->running = false;
    if (v.is_error() || v.is_stop()) return v;
    d->values[d->numread++] = v;
    ++t->index;
    return v;
}

Value tee_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "__copy__", 0, 0)) return Value::error();
    auto* t = static_cast<Tee*>(a.v[0].as_object());
    return make_tee(st, t->type, t->data, t->index);
}

const MethodDef kTeeMethods[] = {{"__copy__", tee_copy}, {nullptr, nullptr}};

// tee(iterable, n=2, /): n independent iterators; an iterator that can copy itself
// (__copy__) is copied rather than wrapped.
Value it_tee(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!positional(st, a, "tee", 1, 2)) return Value::error();
    int64_t n = 2;
    if (a.n > 1 && !ssize_arg(st, a.v[1], n)) return Value::error();
    if (n < 0) return value_error(st, "n must be >= 0");
    Tuple* result = make_tuple(st, static_cast<size_t>(n));
    if (!result) return Value::error();
    Root keep(st.heap, Value::from_object(result));
    if (n == 0) return Value::from_object(result);
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep_it(st.heap, it);
    Str* copy_name = intern(st, "__copy__");
    if (!copy_name) return Value::error();
    Value copy = getattr_opt(st, it, copy_name);
    if (copy.is_error()) return copy;
    Value copyable = it;
    if (copy.is_missing()) {
        Type* tee_type = module_type(st, bound_module(bound), "_tee");
        if (!tee_type) return raise(st, st.exc.SystemError, "itertools._tee is missing");
        copyable = tee_from_iterable(st, tee_type, it);
        if (copyable.is_error()) return copyable;
    }
    result->items[0] = copyable;
    for (int64_t i = 1; i < n; ++i) {
        copyable = call_method(st, copyable, copy_name, {});
        if (copyable.is_error()) return copyable;
        result->items[i] = copyable;
    }
    return Value::from_object(result);
}

// ---- zip_longest ----

struct ZipLongest : Object {
    Value iters;      // a tuple; exhausted iterators are replaced by error()
    Value fillvalue;
    size_t active;
    void trace(Tracer& t) {
        t.mark(iters), t.mark(fillvalue);
    }
};

Value zip_longest_new(State& st, Type* type, Args a) {
    Value fill = Value::none();
    if (has_kw(a)) {
        if (a.nkw() != 1 || as_str(a.kwnames->items[0])->view() != "fillvalue")
            return type_error(st, "zip_longest() got an unexpected keyword argument");
        fill = a.kwvalues()[0];
    }
    Tuple* iters = make_tuple(st, a.n);
    if (!iters) return Value::error();
    Root keep(st.heap, Value::from_object(iters));
    for (size_t i = 0; i < a.n; ++i) {
        Value it = get_iter(st, a.v[i]);
        if (it.is_error()) return it;
        iters->items[i] = it;
    }
    auto* z = alloc<ZipLongest>(st, type);
    if (!z) return Value::error();
    z->iters = Value::from_object(iters);
    z->fillvalue = fill;
    z->active = a.n;
    return Value::from_object(z);
}

Value zip_longest_next(State& st, Value self) {
    auto* z = static_cast<ZipLongest*>(self.as_object());
    Tuple* iters = as_tuple(z->iters);
    if (iters->size == 0 || z->active == 0) return Value::stop();
    Tuple* result = make_tuple(st, iters->size);
    if (!result) return Value::error();
    Root keep(st.heap, Value::from_object(result));
    for (size_t i = 0; i < iters->size; ++i) {
        Value item = z->fillvalue;
        if (!iters->items[i].is_error()) {
            item = iter_next(st, iters->items[i]);
            if (item.is_error() || item.is_stop()) {
                --z->active;
                if (z->active == 0 || item.is_error()) {
                    z->active = 0;
                    return item;
                }
                item = z->fillvalue;
                iters->items[i] = Value::error();
            }
        }
        result->items[i] = item;
    }
    return Value::from_object(result);
}

// ---- product, permutations, combinations, combinations_with_replacement ----

// What the combinatoric iterators share: the pool(s), index arrays in heap buffers, and
// the last result (each next() returns a fresh tuple made from it).
struct Combinatoric : Object {
    Value pools;     // product: a tuple of tuples; the others: one tuple
    Value result;    // the previous result tuple, error() before the first
    int64_t* indices;
    int64_t* cycles; // permutations only
    size_t nindices, ncycles;
    size_t r;
    bool stopped;
    void trace(Tracer& t) { t.mark(pools), t.mark(result); }
    void release(Heap& h) {
        if (indices) h.free_buffer(indices, nindices * sizeof(int64_t));
        if (cycles) h.free_buffer(cycles, ncycles * sizeof(int64_t));
    }
};

int64_t* new_indices(State& st, size_t n) {
    if (n == 0) return nullptr;
    if (n > SIZE_MAX / sizeof(int64_t)) {
        raise_no_memory(st);
        return nullptr;
    }
    auto* p = static_cast<int64_t*>(st.heap.allocate_buffer(n * sizeof(int64_t)));
    if (!p) raise_no_memory(st);
    return p;
}

// Fills c's index buffer (n entries) or fails with MemoryError.
bool give_indices(State& st, Combinatoric* c, size_t n) {
    c->indices = new_indices(st, n);
    if (n && !c->indices) return false;
    c->nindices = n;
    for (size_t i = 0; i < n; ++i) c->indices[i] = 0;
    return true;
}

Value copy_result(State& st, Combinatoric* c) {
    Tuple* prev = as_tuple(c->result);
    Tuple* t = make_tuple(st, prev->items, prev->size);
    return t ? Value::from_object(t) : Value::error();
}

Value product_new(State& st, Type* type, Args a) {
    int64_t repeat = 1;
    if (has_kw(a)) {
        Value out[1];
        Args kw{a.v + a.n, 0, a.kwnames};
        if (!parse_kwargs(st, kw, 0, "product", {"repeat"}, 0, out)) return Value::error();
        if (!out[0].is_missing()) {
            if (!ssize_arg(st, out[0], repeat)) return Value::error();
            if (repeat < 0) return value_error(st, "repeat argument cannot be negative");
        }
    }
    if (repeat && a.n && static_cast<uint64_t>(repeat) > (SIZE_MAX / sizeof(Value)) / a.n)
        return overflow_error(st, "repeat argument too large");
    size_t npools = a.n * static_cast<size_t>(repeat);
    Tuple* pools = make_tuple(st, npools);
    if (!pools) return Value::error();
    Root keep(st.heap, Value::from_object(pools));
    for (size_t i = 0; i < a.n; ++i) {
        Value pool = tuple_from_iterable(st, a.v[i]);
        if (pool.is_error()) return pool;
        for (size_t k = 0; k < static_cast<size_t>(repeat); ++k) pools->items[k * a.n + i] = pool;
    }
    auto* c = alloc<Combinatoric>(st, type);
    if (!c) return Value::error();
    c->pools = Value::from_object(pools);
    c->result = Value::error();
    if (!give_indices(st, c, npools)) return Value::error();
    return Value::from_object(c);
}

Value product_next(State& st, Value self) {
    auto* c = static_cast<Combinatoric*>(self.as_object());
    if (c->stopped) return Value::stop();
    Tuple* pools = as_tuple(c->pools);
    size_t n = pools->size;
    if (c->result.is_error()) {
        Tuple* t = make_tuple(st, n);
        if (!t) return Value::error();
        for (size_t i = 0; i < n; ++i) {
            Tuple* pool = as_tuple(pools->items[i]);
            if (pool->size == 0) {
                c->stopped = true;
                return Value::stop();
            }
            t->items[i] = pool->items[0];
        }
        c->result = Value::from_object(t);
        return copy_result(st, c);
    }
    Tuple* res = as_tuple(c->result);
    size_t i = n;
    while (i-- > 0) {
        Tuple* pool = as_tuple(pools->items[i]);
        if (static_cast<size_t>(++c->indices[i]) == pool->size) {
            c->indices[i] = 0;
            res->items[i] = pool->items[0];
        } else {
            res->items[i] = pool->items[c->indices[i]];
            return copy_result(st, c);
        }
    }
    c->stopped = true;
    return Value::stop();
}

// The pool and r of permutations/combinations: r absent (permutations) is the pool's size.
Combinatoric* new_combinatoric(State& st, Type* type, Value iterable, Value r_arg, bool r_optional) {
    Value pool = tuple_from_iterable(st, iterable);
    if (pool.is_error()) return nullptr;
    Root keep(st.heap, pool);
    int64_t r = static_cast<int64_t>(as_tuple(pool)->size);
    if (!(r_optional && (r_arg.is_missing() || r_arg.is_none()))) {
        if (r_optional && !is_int(st, r_arg)) {
            type_error(st, "Expected int as r");
            return nullptr;
        }
        if (!ssize_arg(st, r_arg, r)) return nullptr;
    }
    if (r < 0) {
        value_error(st, "r must be non-negative");
        return nullptr;
    }
    auto* c = alloc<Combinatoric>(st, type);
    if (!c) return nullptr;
    c->pools = pool;
    c->result = Value::error();
    c->r = static_cast<size_t>(r);
    return c;
}

Value permutations_new(State& st, Type* type, Args a) {
    Value out[2];
    if (!clinic_parse(st, a, "permutations", {"iterable", "r"}, 1, 2, out)) return Value::error();
    Combinatoric* c = new_combinatoric(st, type, out[0], out[1], true);
    if (!c) return Value::error();
    Root keep(st.heap, Value::from_object(c));
    size_t n = as_tuple(c->pools)->size;
    if (!give_indices(st, c, n)) return Value::error();
    for (size_t i = 0; i < n; ++i) c->indices[i] = static_cast<int64_t>(i);
    size_t nc = c->r <= n ? c->r : 0;
    c->cycles = new_indices(st, nc);
    if (nc && !c->cycles) return Value::error();
    c->ncycles = nc;
    for (size_t i = 0; i < nc; ++i) c->cycles[i] = static_cast<int64_t>(n - i);
    return Value::from_object(c);
}

Value permutations_next(State& st, Value self) {
    auto* c = static_cast<Combinatoric*>(self.as_object());
    if (c->stopped) return Value::stop();
    Tuple* pool = as_tuple(c->pools);
    size_t n = pool->size, r = c->r;
    if (c->result.is_error()) {
        if (r > n) {
            c->stopped = true;
            return Value::stop();
        }
        Tuple* t = make_tuple(st, r);
        if (!t) return Value::error();
        for (size_t i = 0; i < r; ++i) t->items[i] = pool->items[c->indices[i]];
        c->result = Value::from_object(t);
        return copy_result(st, c);
    }
    if (n == 0) {
        c->stopped = true;
        return Value::stop();
    }
    Tuple* res = as_tuple(c->result);
    size_t i = r;
    while (i-- > 0) {
        if (--c->cycles[i] == 0) {
            // Rotate indices[i:] left by one.
            int64_t first = c->indices[i];
            for (size_t j = i; j + 1 < n; ++j) c->indices[j] = c->indices[j + 1];
            c->indices[n - 1] = first;
            c->cycles[i] = static_cast<int64_t>(n - i);
        } else {
            size_t j = static_cast<size_t>(c->cycles[i]);
            std::swap(c->indices[i], c->indices[n - j]);
            for (size_t k = i; k < r; ++k) res->items[k] = pool->items[c->indices[k]];
            return copy_result(st, c);
        }
    }
    c->stopped = true;
    return Value::stop();
}

template <bool WithReplacement>
Value combinations_new(State& st, Type* type, Args a) {
    const char* name = WithReplacement ? "combinations_with_replacement" : "combinations";
    Value out[2];
    if (!clinic_parse(st, a, name, {"iterable", "r"}, 2, 2, out)) return Value::error();
    Combinatoric* c = new_combinatoric(st, type, out[0], out[1], false);
    if (!c) return Value::error();
    Root keep(st.heap, Value::from_object(c));
    if (!give_indices(st, c, c->r)) return Value::error();
    for (size_t i = 0; i < c->r; ++i) c->indices[i] = WithReplacement ? 0 : static_cast<int64_t>(i);
    return Value::from_object(c);
}

Value combinations_next(State& st, Value self) {
    auto* c = static_cast<Combinatoric*>(self.as_object());
    if (c->stopped) return Value::stop();
    Tuple* pool = as_tuple(c->pools);
    size_t n = pool->size, r = c->r;
    if (c->result.is_error()) {
        if (r > n) {
            c->stopped = true;
            return Value::stop();
        }
        Tuple* t = make_tuple(st, r);
        if (!t) return Value::error();
        for (size_t i = 0; i < r; ++i) t->items[i] = pool->items[i];
        c->result = Value::from_object(t);
        return copy_result(st, c);
    }
    Tuple* res = as_tuple(c->result);
    size_t i = r;
    while (i-- > 0 && static_cast<size_t>(c->indices[i]) == i + n - r) {
    }
    if (i == SIZE_MAX) {
        c->stopped = true;
        return Value::stop();
    }
    ++c->indices[i];
    for (size_t j = i + 1; j < r; ++j) c->indices[j] = c->indices[j - 1] + 1;
    for (size_t j = i; j < r; ++j) res->items[j] = pool->items[c->indices[j]];
    return copy_result(st, c);
}

Value cwr_next(State& st, Value self) {
    auto* c = static_cast<Combinatoric*>(self.as_object());
    if (c->stopped) return Value::stop();
    Tuple* pool = as_tuple(c->pools);
    size_t n = pool->size, r = c->r;
    if (c->result.is_error()) {
        if (n == 0 && r > 0) {
            c->stopped = true;
            return Value::stop();
        }
        Tuple* t = make_tuple(st, r);
        if (!t) return Value::error();
        for (size_t i = 0; i < r; ++i) t->items[i] = pool->items[0];
        c->result = Value::from_object(t);
        return copy_result(st, c);
    }
    Tuple* res = as_tuple(c->result);
    size_t i = r;
    while (i-- > 0 && static_cast<size_t>(c->indices[i]) == n - 1) {
    }
    if (i == SIZE_MAX) {
        c->stopped = true;
        return Value::stop();
    }
    int64_t index = c->indices[i] + 1;
    for (size_t j = i; j < r; ++j) {
        c->indices[j] = index;
        res->items[j] = pool->items[index];
    }
    return copy_result(st, c);
}

// ---- the module ----

struct TypeSpec {
    const char* name;
    uint32_t size;
    const GcOps* gc;
    NewFn new_;
    UnaryFn next;
    UnaryFn repr = nullptr;
    const MethodDef* methods = nullptr;
};

const TypeSpec kTypes[] = {
    {"accumulate", sizeof(Accumulate), &kGc<Accumulate>, accumulate_new, accumulate_next},
    {"chain", sizeof(Chain), &kGc<Chain>, chain_new, chain_next, nullptr, kChainMethods},
    {"combinations", sizeof(Combinatoric), &kGcOwning<Combinatoric>, combinations_new<false>, combinations_next},
    {"combinations_with_replacement", sizeof(Combinatoric), &kGcOwning<Combinatoric>, combinations_new<true>,
     cwr_next},
    {"compress", sizeof(Pair), &kGc<Pair>, compress_new, compress_next},
    {"count", sizeof(Count), &kGc<Count>, count_new, count_next, count_repr},
    {"cycle", sizeof(Cycle), &kGc<Cycle>, cycle_new, cycle_next},
    {"dropwhile", sizeof(Pair), &kGc<Pair>, predicate_new<kDropwhile>, dropwhile_next},
    {"filterfalse", sizeof(Pair), &kGc<Pair>, predicate_new<kFilterfalse>, filterfalse_next},
    {"groupby", sizeof(GroupBy), &kGc<GroupBy>, groupby_new, groupby_next},
    {"islice", sizeof(ISlice), &kGc<ISlice>, islice_new, islice_next},
    {"pairwise", sizeof(Pairwise), &kGc<Pairwise>, pairwise_new, pairwise_next},
    {"permutations", sizeof(Combinatoric), &kGcOwning<Combinatoric>, permutations_new, permutations_next},
    {"product", sizeof(Combinatoric), &kGcOwning<Combinatoric>, product_new, product_next},
    {"repeat", sizeof(Repeat), &kGc<Repeat>, repeat_new, repeat_next, repeat_repr, kRepeatMethods},
    {"starmap", sizeof(Pair), &kGc<Pair>, predicate_new<kStarmap>, starmap_next},
    {"takewhile", sizeof(Pair), &kGc<Pair>, predicate_new<kTakewhile>, takewhile_next},
    {"zip_longest", sizeof(ZipLongest), &kGc<ZipLongest>, zip_longest_new, zip_longest_next},
    // The helper types: not subclassable, and _grouper and _tee_dataobject are made only here.
    {"_grouper", sizeof(Grouper), &kGc<Grouper>, grouper_new, grouper_next},
    {"_tee", sizeof(Tee), &kGc<Tee>, tee_new, tee_next, nullptr, kTeeMethods},
    {"_tee_dataobject", sizeof(TeeData), &kGc<TeeData>, nullptr, nullptr},
};

}  // namespace

Value make_itertools_module(State& st) {
    static const MethodDef kNoFunctions[] = {{nullptr, nullptr}};
    Module* m = new_native_module(st, "itertools", kNoFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const TypeSpec& spec : kTypes) {
        Type* t = make_native_type(st, spec.name, nullptr, spec.size, spec.gc);
        if (!t) return Value::error();
        Root keep_type(st.heap, Value::from_object(t));
        if (spec.name[0] != '_') t->flags |= kTypeBaseType;
        t->new_ = spec.new_;
        if (spec.next) {
            t->iter = self_iter;
            t->next = spec.next;
        }
        if (spec.repr) t->repr = spec.repr;
        if (spec.methods) add_methods(st, t, spec.methods);
        if (!publish_type(st, m, t, "itertools")) return Value::error();
    }
    // Without a constructor, _tee_dataobject() says "cannot create ... instances".
    module_type(st, m, "_tee_dataobject")->new_ = nullptr;
    Type* groupby = module_type(st, m, "groupby");
    Type* tee = module_type(st, m, "_tee");
    if (!dict_set_cstr(st, groupby->dict, kGrouperKey, Value::from_object(module_type(st, m, "_grouper"))) ||
        !dict_set_cstr(st, tee->dict, kTeeDataKey, Value::from_object(module_type(st, m, "_tee_dataobject"))))
        return Value::error();
    if (!add_function(st, m, "tee", it_tee, nullptr, true)) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
