// The interpreter loop. One C++ activation runs a chain of Python frames: a call to a Python
// function pushes a frame and continues in the same loop, and a return pops it, so Python
// recursion never grows the C++ stack. Native code that calls Python (a user __eq__ from a
// dict lookup, sorted's key=) re-enters through execute(), bounded by the recursion guard.
//
// Dispatch is computed goto where the compiler has it (KRAIT_SWITCH_DISPATCH forces the
// portable switch). Exceptions are values: an instruction that fails jumps to `error`, which
// records the traceback entry, then `unwind` finds the handler in the code's exception table,
// or pops the frame and continues unwinding in the caller.
#include "vm/interp.hpp"
#include "vm/anext_awaitable.hpp"
#include "vm/async_generator.hpp"
#include "vm/collect.hpp"
#include "vm/generator.hpp"

#include <cmath>
#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/bigint.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/exception_group.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

#if defined(__GNUC__) && !defined(KRAIT_SWITCH_DISPATCH)
#define KRAIT_COMPUTED_GOTO 1
#endif

namespace krait::vm {

namespace {

Str* name_at(Frame* f, uint32_t i) { return as_str(f->code()->names->items[i]); }

Value name_error(State& st, Str* name) {
    Value e = new_exception(st, st.exc.NameError, "name '" + std::string(name->view()) + "' is not defined");
    if (e.is_error()) return e;
    as_exception(e)->fields[0] = Value::from_object(name);
    return raise(st, e);
}

Value unbound_local(State& st, Frame* f, uint32_t i) {
    Str* name = as_str(f->code()->varnames->items[i]);
    return raise(st, st.exc.UnboundLocalError,
                 "cannot access local variable '" + std::string(name->view()) +
                     "' where it is not associated with a value");
}

Value unbound_deref(State& st, Frame* f, uint32_t i) {
    Code* c = f->code();
    if (i < c->ncells) {
        Str* name = as_str(c->cellvars->items[i]);
        return raise(st, st.exc.UnboundLocalError,
                     "cannot access local variable '" + std::string(name->view()) +
                         "' where it is not associated with a value");
    }
    Str* name = as_str(c->freevars->items[i - c->ncells]);
    return raise(st, st.exc.NameError,
                 "cannot access free variable '" + std::string(name->view()) +
                     "' where it is not associated with a value in enclosing scope");
}

// The global or builtin `name`: missing() when neither has it.
Value load_global(State& st, Frame* f, Str* name) {
    Value v = dict_get_str(st, f->globals(), name);
    if (!v.is_missing()) return v;
    return dict_get_str(st, f->builtins(), name);
}

// The exception that `raise x` raises: x itself, or an instance of the class x.
Value make_raisable(State& st, Value x) {
    if (is_exception_class(st, x)) {
        Value e = call(st, x, {});
        if (e.is_error()) return e;
        if (!is_exception_instance(st, e)) {
            return type_error(st, "calling " + std::string(as_str(repr(st, x))->view()) +
                                      " should have returned an instance of BaseException, not " + type_name(st, e));
        }
        return e;
    }
    if (is_exception_instance(st, x)) return x;
    return type_error(st, "exceptions must derive from BaseException");
}

// Sets __context__ of a newly raised exception to the one being handled (CPython does this
// when the exception is set), taking care not to create a cycle.
void chain_context(State& st, Value exc) {
    Value handled = st.handled;
    if (handled.is_none() || handled.is_error() || handled.is(exc) || !is_exception_instance(st, exc)) return;
    ExceptionObject* e = as_exception(exc);
    if (!e->context.is_none()) return;
    // Break a cycle: if exc already appears in handled's context chain, cut it there.
    Value o = handled;
    while (is_exception_instance(st, o)) {
        ExceptionObject* oe = as_exception(o);
        if (oe->context.is(exc)) {
            oe->context = Value::none();
            break;
        }
        o = oe->context;
    }
    e->context = handled;
}

// `except T:` accepts exception classes and tuples of them.
int exception_matches(State& st, Value exc, Value type) {
    if (isinstance(st, type, st.tuple_type)) {
        Tuple* t = as_tuple(type);
        for (size_t i = 0; i < t->size; ++i) {
            if (!is_exception_class(st, t->items[i])) {
                type_error(st, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (size_t i = 0; i < t->size; ++i)
            if (isinstance(st, exc, as_type(t->items[i]))) return 1;
        return 0;
    }
    if (!is_exception_class(st, type)) {
        type_error(st, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return isinstance(st, exc, as_type(type));
}

// Unpacks an iterable into exactly n values (or before/after around a starred list) stored
// top-down at sp (so the first item ends on top).
bool unpack(State& st, Value seq, Value* out, size_t before, bool star, size_t after) {
    size_t need = before + after;
    Type* t = type_of(st, seq);
    if (!star && (t == st.tuple_type || t == st.list_type)) {
        size_t n = t == st.tuple_type ? as_tuple(seq)->size : as_list(seq)->size;
        Value* items = t == st.tuple_type ? as_tuple(seq)->items : as_list(seq)->items;
        if (n != need) {
            if (n < need) {
                value_error(st, "not enough values to unpack (expected " + std::to_string(need) + ", got " +
                                    std::to_string(n) + ")");
            } else {
                value_error(st, "too many values to unpack (expected " + std::to_string(need) + ")");
            }
            return false;
        }
        for (size_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
        return true;
    }
    Value it = get_iter(st, seq);
    if (it.is_error()) {
        if (raised_matches(st, st.exc.TypeError) && !t->iter && !t->getitem) {
            take_raised(st);
            type_error(st, "cannot unpack non-iterable " + type_name(st, seq) + " object");
        }
        return false;
    }
    Root keep(st.heap, it);
    size_t total = star ? before + 1 + after : need;
    // Items go into out[] as they come; out is inside the frame's stack, so they stay rooted.
    for (size_t i = 0; i < before; ++i) out[total - 1 - i] = Value::none();
    for (size_t i = 0; i < before + (star ? 0 : after); ++i) {
        Value v = iter_next(st, it);
        if (v.is_error()) return false;
        if (v.is_stop()) {
            if (star) {
                value_error(st, "not enough values to unpack (expected at least " + std::to_string(need) + ", got " +
                                    std::to_string(i) + ")");
            } else {
                value_error(st, "not enough values to unpack (expected " + std::to_string(need) + ", got " +
                                    std::to_string(i) + ")");
            }
            return false;
        }
        out[total - 1 - i] = v;
    }
    if (!star) {
        Value v = iter_next(st, it);
        if (v.is_error()) return false;
        if (!v.is_stop()) {
            value_error(st, "too many values to unpack (expected " + std::to_string(need) + ")");
            return false;
        }
        return true;
    }
    List* rest = list_from_iterable(st, it);
    if (!rest) return false;
    out[after] = Value::from_object(rest);
    if (rest->size < after) {
        value_error(st, "not enough values to unpack (expected at least " + std::to_string(need) + ", got " +
                            std::to_string(before + rest->size) + ")");
        return false;
    }
    for (size_t i = 0; i < after; ++i) out[after - 1 - i] = rest->items[rest->size - after + i];
    rest->size -= after;
    return true;
}

// Records what LOAD_ATTR/LOAD_METHOD found on obj's type, when the type uses the generic
// attribute algorithm (anything else is not cached).
void fill_attr_cache(State& st, AttrCache& ac, Value obj) {
    ac.kind = AttrCache::Empty;
    ac.version = 0;
    if (!obj.is_object()) return;
    Type* t = obj.as_object()->type;
    if (t->getattr != generic_getattr || !t->version) return;
    Value descr = type_lookup(st, t, ac.name);
    if (descr.is_missing()) {
        ac.kind = AttrCache::InstanceOnly;
    } else if (!descr.is_object()) {
        ac.kind = AttrCache::ClassPlain;
    } else {
        Type* dt = descr.as_object()->type;
        if (dt->flags & kTypeMethodLike) {
            ac.kind = AttrCache::ClassMethod;
        } else if (!dt->descr_get && !dt->descr_set) {
            ac.kind = AttrCache::ClassPlain;
        } else {
            return;  // other descriptors (properties, slots, classmethods): the full algorithm
        }
    }
    ac.found = descr.is_missing() ? Value::none() : descr;
    ac.version = t->version;
}

// The entry of ac's name in the instance dict d, looking first at the entry it was found in last.
inline int64_t find_instance_attr(State& st, AttrCache& ac, Dict* d) {
    return dict_find_str_hinted(st, d, ac.name, ac.hint);
}

// Fast paths of BINARY_OP for two small ints; false when the general path must run.
// Python's // and % for b != 0: rounding toward negative infinity.
inline int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
inline int64_t floor_mod(int64_t a, int64_t b) {
    int64_t r = a % b;
    return r != 0 && ((r < 0) != (b < 0)) ? r + b : r;
}

inline bool int_binop(BinOp op, int64_t a, int64_t b, Value& out) {
    int64_t r;
    switch (op) {
        case BinOp::Add: r = a + b; break;
        case BinOp::Sub: r = a - b; break;
        case BinOp::Mul:
            if (__builtin_mul_overflow(a, b, &r)) return false;
            break;
        case BinOp::FloorDiv:
            if (b == 0) return false;
            r = floor_div(a, b);
            break;
        case BinOp::Mod:
            if (b == 0) return false;
            r = floor_mod(a, b);
            break;
        case BinOp::And: r = a & b; break;
        case BinOp::Or: r = a | b; break;
        case BinOp::Xor: r = a ^ b; break;
        case BinOp::LShift:
            if (b < 0 || b > 40 || a > (int64_t(1) << 40) || a < -(int64_t(1) << 40)) return false;
            r = a << b;
            break;
        case BinOp::RShift:
            if (b < 0) return false;
            r = b > 63 ? (a < 0 ? -1 : 0) : a >> b;
            break;
        case BinOp::TrueDiv:
            if (b == 0 || a > (int64_t(1) << 53) || a < -(int64_t(1) << 53) || b > (int64_t(1) << 53) ||
                b < -(int64_t(1) << 53))
                return false;
            out = Value::from_double(double(a) / double(b));
            return true;
        default: return false;
    }
    if (!Value::fits_int(r)) return false;
    out = Value::from_int(r);
    return true;
}

inline bool float_binop(BinOp op, double a, double b, Value& out) {
    switch (op) {
        case BinOp::Add: out = Value::from_double(a + b); return true;
        case BinOp::Sub: out = Value::from_double(a - b); return true;
        case BinOp::Mul: out = Value::from_double(a * b); return true;
        case BinOp::TrueDiv:
            if (b == 0) return false;
            out = Value::from_double(a / b);
            return true;
        default: return false;
    }
}

inline bool fast_compare(Value a, Value b, CmpOp op, bool& out) {
    double x, y;
    if (a.is_int() && b.is_int()) {
        int64_t i = a.as_int(), j = b.as_int();
        switch (op) {
            case CmpOp::Lt: out = i < j; return true;
            case CmpOp::Le: out = i <= j; return true;
            case CmpOp::Eq: out = i == j; return true;
            case CmpOp::Ne: out = i != j; return true;
            case CmpOp::Gt: out = i > j; return true;
            case CmpOp::Ge: out = i >= j; return true;
        }
    }
    if (a.is_double() && b.is_double()) {
        x = a.as_double();
        y = b.as_double();
    } else if (a.is_double() && b.is_int()) {
        x = a.as_double();
        y = double(b.as_int());  // exact: |small int| < 2^49
    } else if (a.is_int() && b.is_double()) {
        x = double(a.as_int());
        y = b.as_double();
    } else {
        return false;
    }
    switch (op) {
        case CmpOp::Lt: out = x < y; return true;
        case CmpOp::Le: out = x <= y; return true;
        case CmpOp::Eq: out = x == y; return true;
        case CmpOp::Ne: out = x != y; return true;
        case CmpOp::Gt: out = x > y; return true;
        case CmpOp::Ge: out = x >= y; return true;
    }
    return false;
}

// FORMAT_VALUE's conversion and format.
Value format_value(State& st, Value v, uint32_t conv, Value spec) {
    Root keep(st.heap, v);
    switch (conv) {
        case 1: v = to_str(st, v); break;
        case 2: v = repr(st, v); break;
        case 3: v = ascii(st, v); break;
        default: break;
    }
    if (v.is_error()) return v;
    keep.set(v);
    if (spec.is_error()) {
        if (type_of(st, v) == st.str_type) return v;
        spec = Value::from_object(st.empty_str);
    }
    return format(st, v, spec);
}

Value build_string(State& st, Value* items, size_t n) {
    size_t total = 0, length = 0;
    for (size_t i = 0; i < n; ++i) {
        total += as_str(items[i])->nbytes;
        length += as_str(items[i])->length;
    }
    std::string out;
    out.reserve(total);
    for (size_t i = 0; i < n; ++i) out += as_str(items[i])->view();
    Str* s = make_str(st, out, static_cast<int64_t>(length));
    return s ? Value::from_object(s) : Value::error();
}

// MAKE_FUNCTION: code on top, then closure, annotations, kwdefaults, defaults as flagged.
Value make_function_from_stack(State& st, Frame* f, Value* sp, uint32_t flags) {
    Value code = sp[-1];
    Function* fn = make_function(st, static_cast<Code*>(code.as_object()), f->globals());
    if (!fn) return Value::error();
    fn->builtins = f->builtins();
    int i = -2;
    if (flags & 8) fn->closure = as_tuple(sp[i--]);
    if (flags & 4) {
        Tuple* flat = as_tuple(sp[i--]);
        Root keep(st.heap, Value::from_object(fn));
        Dict* d = make_dict(st);
        if (!d) return Value::error();
        fn->annotations = Value::from_object(d);
        for (size_t k = 0; k + 1 < flat->size; k += 2)
            if (!dict_set(st, d, flat->items[k], flat->items[k + 1])) return Value::error();
    }
    if (flags & 2) fn->kwdefaults = as_dict(sp[i--]);
    if (flags & 1) fn->defaults = as_tuple(sp[i--]);
    return Value::from_object(fn);
}

// The number of stack items MAKE_FUNCTION pops (the code plus one per flag).
int make_function_pops(uint32_t flags) { return 1 + __builtin_popcount(flags & 15); }

Value call_with_ex(State& st, Value func, Value args, Value kwargs) {
    Root keep_args(st.heap);
    if (!isinstance(st, args, st.tuple_type)) {
        if (!type_of(st, args)->iter && !type_of(st, args)->getitem) {
            return type_error(st, function_str(st, func) + " argument after * must be an iterable, not " +
                                      type_name(st, args));
        }
        List* l = list_from_iterable(st, args);
        if (!l) return Value::error();
        keep_args.set(Value::from_object(l));
        Tuple* t = make_tuple(st, l->items, l->size);
        if (!t) return Value::error();
        args = Value::from_object(t);
        keep_args.set(args);
    }
    Tuple* pos = as_tuple(args);
    if (kwargs.is_error() || as_dict(kwargs)->used == 0) return call(st, func, Args{pos->items, pos->size, nullptr});
    Dict* kw = as_dict(kwargs);
    size_t nkw = kw->used;
    Tuple* names = make_tuple(st, nkw);
    if (!names) return Value::error();
    Root keep_names(st.heap, Value::from_object(names));
    std::vector<Value> buf(pos->size + nkw);
    for (size_t i = 0; i < pos->size; ++i) buf[i] = pos->items[i];
    size_t p = 0, j = 0;
    Value k, v;
    while (dict_next(kw, p, k, v)) {
        if (!isinstance(st, k, st.str_type)) return type_error(st, "keywords must be strings");
        names->items[j] = k;
        buf[pos->size + j] = v;
        ++j;
    }
    // The values stay reachable from the kwargs dict, which is on the caller's stack.
    return call(st, func, Args{buf.data(), pos->size, names});
}

}  // namespace

// ---------------------------------------------------------------------------------------------

bool add_traceback(State& st, Value exc, Frame* f);

Value execute(State& st, Frame* entry) {
    using enum Op;
    Frame* f = entry;
    Code* code = f->code();
    const Instr* ip = f->ip;
    // A compiler barrier, so that ip and sp are loaded separately: whoever resumes a
    // generator has just stored its sp, and one 16-byte load spanning that store could not
    // take the value from the store buffer and would wait for it to retire (this stall was a
    // quarter of the cost of a resume by next() or sum()).
    asm volatile("" ::: "memory");
    Value* sp = f->sp;
    Value* locals = f->slots;
    Value* consts = code->consts->items;
    Tuple* kwnames = nullptr;
    Instr instr = 0;
    uint32_t oparg = 0;

// Saves the registers into the frame before anything that may run Python code or collect.
#define SYNC() (f->ip = ip, f->sp = sp)
#define RELOAD()                          \
    do {                                  \
        code = f->code();                   \
        ip = f->ip;                       \
        sp = f->sp;                       \
        locals = f->slots;                \
        consts = code->consts->items;     \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define CHECK(v)                       \
    do {                               \
        if ((v).is_error()) goto error; \
    } while (0)

#ifdef KRAIT_COMPUTED_GOTO
    static const void* const kTargets[] = {
#define KRAIT_OP(name, pops, pushes, arg) &&L_##name,
#include "vm/opcodes.def"
#undef KRAIT_OP
    };
#define TARGET(name) L_##name:
#define DISPATCH()                               \
    do {                                         \
        instr = *ip++;                           \
        oparg = arg_of(instr);                   \
        goto* kTargets[instr & 0xFF];            \
    } while (0)
#else
#define TARGET(name) case name:
#define DISPATCH() goto dispatch
#endif

    // A safe point: collect if the heap asked for it (every frame is synced here), count a
    // step of the budget, and act on the host's requests (runtime/interrupt.hpp).
#define SAFE_POINT()                                                                        \
    do {                                                                                    \
        if (st.heap.collection_wanted()) {                                                  \
            SYNC();                                                                         \
            collect_garbage(st);                                                            \
        }                                                                                   \
        if ((--st.budget_left < 0) | (st.interrupt_requested.load(std::memory_order_relaxed) != 0)) { \
            SYNC();                                                                         \
            raise_interrupt(st);                                                            \
            goto error;                                                                     \
        }                                                                                   \
    } while (0)
// A jump to instruction `target`. One that goes back closes a loop (a `while` loop tests at
// its bottom, so conditional jumps can too): there the collector and Ctrl-C get their turn.
#define JUMP_TO(target)                                   \
    do {                                                  \
        const Instr* to_ = code->code + (target);         \
        if (to_ < ip) SAFE_POINT();                       \
        ip = to_;                                         \
    } while (0)

    if (f->flags & kFrameThrow) {
        // A generator resumed by throw(): the exception arises at its yield.
        f->flags &= ~kFrameThrow;
        goto error;
    }
    SAFE_POINT();
#ifdef KRAIT_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = *ip++;
    oparg = arg_of(instr);
    switch (op_of(instr)) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        --sp;
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value v = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(Value::error());
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[oparg]);
        DISPATCH();
    }
#define DO_LOAD_FAST(n)                \
    do {                               \
        Value v_ = locals[n];          \
        if (v_.is_error()) {           \
            SYNC();                    \
            unbound_local(st, f, n);   \
            goto error;                \
        }                              \
        PUSH(v_);                      \
    } while (0)
    TARGET(LOAD_FAST) {
        DO_LOAD_FAST(oparg);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        locals[oparg] = POP();
        DISPATCH();
    }

    // Pairs (vm/opcodes.def): the first half, then the second's argument, stepping over it.
#define SECOND_ARG() arg_of(*ip++)
    TARGET(LOAD_FAST_LOAD_FAST) {
        DO_LOAD_FAST(oparg);
        oparg = SECOND_ARG();
        DO_LOAD_FAST(oparg);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_CONST) {
        DO_LOAD_FAST(oparg);
        PUSH(consts[SECOND_ARG()]);
        DISPATCH();
    }
    TARGET(LOAD_CONST_LOAD_FAST) {
        PUSH(consts[oparg]);
        oparg = SECOND_ARG();
        DO_LOAD_FAST(oparg);
        DISPATCH();
    }
    TARGET(STORE_FAST_LOAD_FAST) {
        locals[oparg] = POP();
        oparg = SECOND_ARG();
        DO_LOAD_FAST(oparg);
        DISPATCH();
    }
    TARGET(STORE_FAST_STORE_FAST) {
        locals[oparg] = POP();
        locals[SECOND_ARG()] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (locals[oparg].is_error()) {
            SYNC();
            unbound_local(st, f, oparg);
            goto error;
        }
        locals[oparg] = Value::error();
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = static_cast<Cell*>(locals[code->nlocals + oparg].as_object())->value;
        if (v.is_error()) {
            SYNC();
            unbound_deref(st, f, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        static_cast<Cell*>(locals[code->nlocals + oparg].as_object())->value = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell* c = static_cast<Cell*>(locals[code->nlocals + oparg].as_object());
        if (c->value.is_error()) {
            SYNC();
            unbound_deref(st, f, oparg);
            goto error;
        }
        c->value = Value::error();
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(locals[code->nlocals + oparg]);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        SYNC();
        uint32_t i = oparg - code->ncells;
        Str* name = as_str(oparg < code->ncells ? code->cellvars->items[oparg] : code->freevars->items[i]);
        Value v = Value::missing();
        if (f->locals_map.is_object()) {
            if (type_of(st, f->locals_map) == st.dict_type) {
                v = dict_get_str(st, as_dict(f->locals_map), name);
            } else {
                v = getitem(st, f->locals_map, Value::from_object(name));
                if (v.is_error() && raised_matches(st, st.exc.KeyError)) {
                    take_raised(st);
                    v = Value::missing();
                }
            }
            CHECK(v);
        }
        if (v.is_missing()) {
            v = static_cast<Cell*>(locals[code->nlocals + oparg].as_object())->value;
            if (v.is_error()) {
                unbound_deref(st, f, oparg);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_PUSH_NULL)
    TARGET(LOAD_GLOBAL) {
        GlobalCache& gc = code->global_caches[oparg];
        Dict* g = f->globals();
        Dict* b = f->builtins();
        if (gc.globals == g && gc.builtins == b && gc.globals_version == g->version &&
            gc.builtins_version == b->version) {
            PUSH(gc.value);
            if (op_of(instr) == LOAD_GLOBAL_PUSH_NULL) {
                PUSH(Value::error());
                ++ip;
            }
            DISPATCH();
        }
        // A key that is not a str with the name's hash may run its __eq__: sync the frame
        // first, and that __eq__ may raise.
        SYNC();
        Value v = dict_get_str(st, g, gc.name);
        if (v.is_missing()) v = dict_get_str(st, b, gc.name);
        if (v.is_error()) goto error;
        if (v.is_missing()) {
            name_error(st, gc.name);
            goto error;
        }
        gc.globals = g;
        gc.builtins = b;
        gc.globals_version = g->version;
        gc.builtins_version = b->version;
        gc.value = v;
        PUSH(v);
        if (op_of(instr) == LOAD_GLOBAL_PUSH_NULL) {
            PUSH(Value::error());
            ++ip;
        }
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        SYNC();
        if (!dict_set_str(st, f->globals(), name_at(f, oparg), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SYNC();
        int r = dict_del(st, f->globals(), Value::from_object(name_at(f, oparg)));
        if (r < 0) goto error;
        if (r == 0) {
            name_error(st, name_at(f, oparg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SYNC();
        Str* name = name_at(f, oparg);
        Value v = Value::missing();
        Value ns = f->locals_map;
        if (ns.is_object()) {
            if (type_of(st, ns) == st.dict_type) {
                v = dict_get_str(st, as_dict(ns), name);
            } else {
                v = getitem(st, ns, Value::from_object(name));
                if (v.is_error() && raised_matches(st, st.exc.KeyError)) {
                    take_raised(st);
                    v = Value::missing();
                }
            }
            CHECK(v);
        }
        if (v.is_missing()) v = load_global(st, f, name);
        if (v.is_missing()) {
            name_error(st, name);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        SYNC();
        Value ns = f->locals_map;
        if (!ns.is_object()) {
            raise(st, st.exc.SystemError, "no locals found when storing name");
            goto error;
        }
        bool ok = type_of(st, ns) == st.dict_type ? dict_set_str(st, as_dict(ns), name_at(f, oparg), TOP())
                                                    : setitem(st, ns, Value::from_object(name_at(f, oparg)), TOP());
        if (!ok) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SYNC();
        Value ns = f->locals_map;
        Str* name = name_at(f, oparg);
        if (type_of(st, ns) == st.dict_type) {
            int r = dict_del(st, as_dict(ns), Value::from_object(name));
            if (r < 0) goto error;
            if (r == 0) {
                name_error(st, name);
                goto error;
            }
        } else if (!delitem(st, ns, Value::from_object(name))) {
            if (raised_matches(st, st.exc.KeyError)) {
                take_raised(st);
                name_error(st, name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        AttrCache& ac = code->attr_caches[oparg];
        Value obj = TOP();
        if (obj.is_object() && obj.as_object()->type->version == ac.version) {
            // The type is as it was when the cache was filled: skip the MRO lookup.
            Object* o = obj.as_object();
            Dict* d = o->type->dict_offset ? *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) +
                                                                       dict_word(o->type, o))
                                           : nullptr;
            int64_t ix = d ? find_instance_attr(st, ac, d) : kStrAbsent;
            if (ix >= 0) {
                TOP() = d->entries[ix].value;
                DISPATCH();
            }
            // kStrUnsure (a key of another type with the name's hash): the full algorithm.
            if (ix == kStrAbsent && ac.kind == AttrCache::ClassPlain) {
                TOP() = ac.found;
                DISPATCH();
            }
            if (ix == kStrAbsent && ac.kind == AttrCache::ClassMethod) {
                SYNC();
                Value v = bind_descriptor(st, ac.found, obj);
                CHECK(v);
                TOP() = v;
                DISPATCH();
            }
        }
        SYNC();
        Value v = getattr(st, obj, ac.name);
        CHECK(v);
        fill_attr_cache(st, ac, obj);
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SYNC();
        if (!setattr(st, TOP(), name_at(f, oparg), SECOND())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SYNC();
        if (!delattr(st, TOP(), name_at(f, oparg))) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        AttrCache& ac = code->attr_caches[oparg];
        Value obj = TOP();
        if (ac.kind == AttrCache::ClassMethod && obj.is_object() && obj.as_object()->type->version == ac.version) {
            Object* o = obj.as_object();
            Dict* d = o->type->dict_offset ? *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) +
                                                                       dict_word(o->type, o))
                                           : nullptr;
            if (!d || dict_find_str(st, d, ac.name) == kStrAbsent) {
                TOP() = ac.found;
                PUSH(obj);
                DISPATCH();
            }
        }
        SYNC();
        Str* name = ac.name;
        Type* t = type_of(st, obj);
        if (t->getattr == generic_getattr) {
            fill_attr_cache(st, ac, obj);
            // A function found on the type, not shadowed by the instance: call it with self
            // instead of making a bound method.
            Value m = type_lookup(st, t, name);
            if (!m.is_missing() && m.is_object()) {
                Type* mt = m.as_object()->type;
                if (mt->flags & kTypeMethodLike) {
                    Dict* d = instance_dict(st, obj, false);
                    if (!d || dict_get_str(st, d, name).is_missing()) {
                        TOP() = m;
                        PUSH(obj);
                        DISPATCH();
                    }
                }
            }
        }
        Value v = getattr(st, obj, name);
        CHECK(v);
        TOP() = v;
        PUSH(Value::error());
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (v.is_int() && v.as_int() != Value::kIntMin) {
            TOP() = Value::from_int(-v.as_int());
            DISPATCH();
        }
        if (v.is_double()) {
            TOP() = Value::from_double(-v.as_double());
            DISPATCH();
        }
        SYNC();
        Value r = unary_neg(st, v);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SYNC();
        Value r = unary_pos(st, TOP());
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value v = TOP();
        if (v.is_int()) {
            TOP() = Value::from_int(~v.as_int());
            DISPATCH();
        }
        SYNC();
        Value r = unary_invert(st, v);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        if (v.is_bool()) {
            TOP() = Value::from_bool(v.is_false());
            DISPATCH();
        }
        SYNC();
        int t = truthy(st, v);
        if (t < 0) goto error;
        TOP() = Value::from_bool(!t);
        DISPATCH();
    }
    // BINARY_OP of the commonest operators, which the loader gives opcodes of their own
    // (vm/opcodes.def): small ints inline, anything else as BINARY_OP.
    // `ok`: x op y is r (else the general path decides, and raises ZeroDivisionError).
#define INT_BINARY_OP(name, ...)                              \
    TARGET(name) {                                            \
        Value b_ = TOP(), a_ = SECOND();                      \
        if (a_.is_int() && b_.is_int()) {                     \
            int64_t x = a_.as_int(), y = b_.as_int(), r = 0;  \
            bool ok = true;                                   \
            __VA_ARGS__;                                      \
            if (ok && Value::fits_int(r)) {                   \
                --sp;                                         \
                TOP() = Value::from_int(r);                   \
                DISPATCH();                                   \
            }                                                 \
        }                                                     \
        goto binary_op;                                       \
    }
    INT_BINARY_OP(BINARY_OP_ADD, r = x + y)
    INT_BINARY_OP(BINARY_OP_SUB, r = x - y)
    INT_BINARY_OP(BINARY_OP_MUL, ok = !__builtin_mul_overflow(x, y, &r))
    INT_BINARY_OP(BINARY_OP_MOD, ok = y != 0; if (ok) r = floor_mod(x, y))
    INT_BINARY_OP(BINARY_OP_FLOORDIV, ok = y != 0; if (ok) r = floor_div(x, y))
#undef INT_BINARY_OP
    TARGET(BINARY_OP)
    binary_op: {
        Value b = TOP(), a = SECOND(), r;
        BinOp op = BinOp(oparg & 15);
        if (a.is_int() && b.is_int()) {
            if (int_binop(op, a.as_int(), b.as_int(), r)) {
                --sp;
                TOP() = r;
                DISPATCH();
            }
        } else if (a.is_double() && b.is_double()) {
            if (float_binop(op, a.as_double(), b.as_double(), r)) {
                --sp;
                TOP() = r;
                DISPATCH();
            }
        }
        SYNC();
        r = oparg & 16 ? inplace_op(st, a, b, op) : binary_op(st, a, b, op);
        CHECK(r);
        --sp;
        TOP() = r;
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        bool res;
        if (fast_compare(SECOND(), TOP(), CmpOp(oparg), res)) {
            --sp;
            TOP() = Value::from_bool(res);
            DISPATCH();
        }
        goto compare_op;
    }
    TARGET(COMPARE_OP_POP_JUMP_IF_FALSE)
    TARGET(COMPARE_OP_POP_JUMP_IF_TRUE) {
        bool res;
        if (fast_compare(SECOND(), TOP(), CmpOp(oparg), res)) {
            sp -= 2;
            uint32_t target = SECOND_ARG();
            if (res == (op_of(instr) == COMPARE_OP_POP_JUMP_IF_TRUE)) JUMP_TO(target);
            DISPATCH();
        }
        // The full comparison; the jump then runs as an instruction of its own.
        goto compare_op;
    }
    compare_op: {
        SYNC();
        Value r = compare(st, SECOND(), TOP(), CmpOp(oparg));
        CHECK(r);
        --sp;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        bool r = SECOND().is(TOP()) != (oparg == 1);
        --sp;
        TOP() = Value::from_bool(r);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SYNC();
        int r = contains(st, TOP(), SECOND());
        if (r < 0) goto error;
        --sp;
        TOP() = Value::from_bool(r != int(oparg));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = TOP(), obj = SECOND();
        if (key.is_int() && obj.is_object() && obj.as_object()->type == st.list_type) {
            List* l = as_list(obj);
            int64_t i = key.as_int();
            if (i < 0) i += static_cast<int64_t>(l->size);
            if (i >= 0 && size_t(i) < l->size) {
                --sp;
                TOP() = l->items[i];
                DISPATCH();
            }
        }
        SYNC();
        Value r = getitem(st, obj, key);
        CHECK(r);
        --sp;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = TOP(), obj = SECOND(), v = PEEK(3);
        if (key.is_int() && obj.is_object() && obj.as_object()->type == st.list_type) {
            List* l = as_list(obj);
            int64_t i = key.as_int();
            if (i < 0) i += static_cast<int64_t>(l->size);
            if (i >= 0 && size_t(i) < l->size) {
                l->items[i] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        SYNC();
        if (!setitem(st, obj, key, v)) goto error;
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SYNC();
        if (!delitem(st, SECOND(), TOP())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        SYNC();
        Value step = oparg == 3 ? POP() : Value::none();
        Value stop = POP(), start = TOP();
        f->sp = sp;
        Value s = make_slice(st, start, stop, step);
        CHECK(s);
        TOP() = s;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        SYNC();
        Tuple* t = make_tuple(st, sp - oparg, oparg);
        if (!t) goto error;
        sp -= oparg;
        PUSH(Value::from_object(t));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SYNC();
        List* l = make_list(st, oparg);
        if (!l) goto error;
        for (uint32_t i = 0; i < oparg; ++i) l->items[i] = sp[int(i) - int(oparg)];
        sp -= oparg;
        PUSH(Value::from_object(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SYNC();
        Set* s = make_set(st, st.set_type);
        if (!s) goto error;
        Value sv = Value::from_object(s);
        PUSH(sv);  // keeps it rooted while the items are hashed
        f->sp = sp;
        for (uint32_t i = 0; i < oparg; ++i)
            if (!set_add(st, s, sp[int(i) - int(oparg) - 1])) goto error;
        sp -= oparg + 1;
        PUSH(sv);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SYNC();
        Dict* d = make_dict(st, oparg);
        if (!d) goto error;
        Value dv = Value::from_object(d);
        PUSH(dv);
        f->sp = sp;
        Value* items = sp - 1 - 2 * oparg;
        for (uint32_t i = 0; i < oparg; ++i)
            if (!dict_set(st, d, items[2 * i], items[2 * i + 1])) goto error;
        sp -= 2 * oparg + 1;
        PUSH(dv);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SYNC();
        Value s = build_string(st, sp - oparg, oparg);
        CHECK(s);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        SYNC();
        if (!list_append(st, as_list(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        SYNC();
        if (!set_add(st, as_set(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        SYNC();
        if (!dict_set(st, as_dict(PEEK(oparg + 2)), SECOND(), TOP())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SYNC();
        Value it = TOP();
        if (!list_extend(st, as_list(PEEK(oparg + 1)), it)) {
            if (raised_matches(st, st.exc.TypeError) && !type_of(st, it)->iter && !type_of(st, it)->getitem) {
                take_raised(st);
                type_error(st, "Value after * must be an iterable, not " + type_name(st, it));
            }
            goto error;
        }
        --sp;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SYNC();
        if (!set_update(st, as_set(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        SYNC();
        Value other = TOP();
        if (!dict_merge(st, as_dict(PEEK(oparg + 1)), other, false, Value::none())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SYNC();
        // The function being called sits below the list of positional arguments.
        if (!dict_merge(st, as_dict(PEEK(oparg + 1)), TOP(), true, PEEK(oparg + 4))) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        SYNC();
        List* l = as_list(TOP());
        Tuple* t = make_tuple(st, l->items, l->size);
        if (!t) goto error;
        TOP() = Value::from_object(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        SYNC();
        Value seq = TOP();
        Value s = seq;
        if (s.is_object() && s.as_object()->type == st.tuple_type && as_tuple(s)->size == oparg) {
            Tuple* t = as_tuple(s);
            --sp;
            for (uint32_t i = oparg; i-- > 0;) PUSH(t->items[i]);
            DISPATCH();
        }
        // The sequence stays on the stack (rooted) while it is unpacked above it.
        if (!unpack(st, seq, sp, oparg, false, 0)) goto error;
        for (uint32_t i = 0; i < oparg; ++i) sp[int(i) - 1] = sp[i];
        sp += oparg - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        SYNC();
        size_t before = oparg & 0xFF, after = oparg >> 8;
        Value seq = TOP();
        if (!unpack(st, seq, sp, before, true, after)) goto error;
        size_t n = before + 1 + after;
        for (size_t i = 0; i < n; ++i) sp[int(i) - 1] = sp[i];
        sp += n - 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        SYNC();
        Value spec = oparg & 4 ? POP() : Value::error();
        f->sp = sp + (oparg & 4 ? 1 : 0);  // keep the spec rooted
        Value r = format_value(st, TOP(), oparg & 3, spec);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }


    TARGET(JUMP) {
        JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v.is_false()) {
            JUMP_TO(oparg);
        } else if (!v.is_true()) {
            SYNC();
            f->sp = sp + 1;
            int t = truthy(st, v);
            if (t < 0) goto error;
            if (!t) JUMP_TO(oparg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v.is_true()) {
            JUMP_TO(oparg);
        } else if (!v.is_false()) {
            SYNC();
            f->sp = sp + 1;
            int t = truthy(st, v);
            if (t < 0) goto error;
            if (t) JUMP_TO(oparg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP().is_none()) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!POP().is_none()) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t = v.is_bool() ? v.is_true() : -2;
        if (t == -2) {
            SYNC();
            t = truthy(st, v);
            if (t < 0) goto error;
        }
        if (!t) ip = code->code + oparg;
        else --sp;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t = v.is_bool() ? v.is_true() : -2;
        if (t == -2) {
            SYNC();
            t = truthy(st, v);
            if (t < 0) goto error;
        }
        if (t) ip = code->code + oparg;
        else --sp;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SYNC();
        Value it = get_iter(st, TOP());
        CHECK(it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        SYNC();
        if (it.is_object() && it.as_object()->type == st.generator_type) {
            // The generator's frame runs in this loop; it yields back here or ends the loop.
            bool finished;
            Frame* nf = enter(st, static_cast<Generator*>(it.as_object()), Value::none(), false, finished);
            if (nf) {
                f = nf;
                RELOAD();
                DISPATCH();
            }
            if (!finished) goto error;
            --sp;
            ip = code->code + oparg;
            DISPATCH();
        }
        Value v = type_of(st, it)->next(st, it);
        if (v.is_error() && raised_matches(st, st.exc.StopIteration)) {
            take_raised(st);
            v = Value::stop();
        }
        if (v.is_stop()) {
            --sp;
            ip = code->code + oparg;
            SAFE_POINT();
            DISPATCH();
        }
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = as_tuple(consts[oparg]);
        DISPATCH();
    }
    TARGET(CALL) {
        // Stack: callable, self-or-null, args...
        Value* args = sp - oparg;
        Value callable = args[-2];
        size_t nargs = oparg;
        if (!args[-1].is_error()) {
            --args;
            ++nargs;
        } else if (callable.is_object() && callable.as_object()->type == st.method_type) {
            // A bound method: its self fills the null slot.
            BoundMethod* m = static_cast<BoundMethod*>(callable.as_object());
            args[-1] = m->self;
            args[-2] = callable = m->func;
            --args;
            ++nargs;
        }
        Tuple* kw = kwnames;
        kwnames = nullptr;
        size_t npos = nargs - (kw ? kw->size : 0);
        SYNC();
        Type* ctype = callable.is_object() ? callable.as_object()->type : nullptr;
        if (ctype == st.function_type) {
            Function* fn = static_cast<Function*>(callable.as_object());
            if (!(fn->code->flags & (compiler::kCodeGenerator | compiler::kCodeCoroutine |
                                     compiler::kCodeAsyncGenerator))) {
                Frame* nf = push_function_frame(st, fn, Args{args, npos, kw});
                if (!nf) goto error;
                // The caller resumes after the call with the arguments and callable popped.
                f->sp = sp - oparg - 2;
                nf->back = f;
                f = nf;
                st.frames.top = f;
                RELOAD();
                SAFE_POINT();
                DISPATCH();
            }
        } else if (!kw && (ctype == st.builtin_function_type || ctype == st.method_descriptor_type)) {
            // gen.send(v) and next(gen): the generator's frame runs in this loop; its yield
            // becomes the call's result (see YIELD_VALUE).
            Value sent;
            if (Generator* g = resumed_by_call(st, callable, args, npos, sent)) {
                bool done;
                Frame* nf = enter(st, g, sent, false, done);
                if (!nf) {
                    if (done) raise_stop_iteration(st, Value::none());
                    goto error;
                }
                f->sp = sp - oparg - 2;
                f = nf;
                RELOAD();
                DISPATCH();
            }
        } else if (ctype == st.type_type && args[-1].is_error() &&
                   (as_type(callable)->flags & (kTypePlainInit | kTypeAbstract)) == kTypePlainInit) {
            // Instantiating a plain class: make the instance and run __init__ as a frame of
            // this loop. The instance waits in the callable's slot; __init__ returns nothing.
            Type* t = as_type(callable);
            Value init = type_lookup(st, t, st.names.init);
            if (init.is_object() && init.as_object()->type == st.function_type &&
                !(static_cast<Function*>(init.as_object())->code->flags &
                  (compiler::kCodeGenerator | compiler::kCodeCoroutine | compiler::kCodeAsyncGenerator))) {
                Object* o = st.heap.make<Object>(t, 0);
                if (!o) {
                    raise_no_memory(st);
                    goto error;
                }
                args[-2] = args[-1] = Value::from_object(o);
                Frame* nf = push_function_frame(st, static_cast<Function*>(init.as_object()), Args{args - 1, npos + 1, kw});
                if (!nf) goto error;
                nf->flags |= kFrameInit;
                f->sp = sp - oparg - 1;
                nf->back = f;
                f = nf;
                st.frames.top = f;
                RELOAD();
                SAFE_POINT();
                DISPATCH();
            }
        }
        Value r = call(st, callable, Args{args, npos, kw});
        sp -= oparg + 2;
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        SYNC();
        Value kwargs = oparg & 1 ? TOP() : Value::error();
        Value args = oparg & 1 ? SECOND() : TOP();
        Value func = PEEK(oparg & 1 ? 4 : 3);
        Value r = call_with_ex(st, func, args, kwargs);
        sp -= oparg & 1 ? 4 : 3;
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        SYNC();
        Value fn = make_function_from_stack(st, f, sp, oparg);
        CHECK(fn);
        sp -= make_function_pops(oparg);
        PUSH(fn);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        Value r = POP();
        if (f == entry) {
            f->sp = sp;
            return r;
        }
        if (f->flags & kFrameOwned) {
            // A generator resumed by SEND, FOR_ITER or CALL below ended: SEND gets the value
            // and jumps past its loop, FOR_ITER ends its loop, the call raises StopIteration.
            f->sp = sp;
            f = leave_finished(st, generator_of(f), false);
            RELOAD();
            Instr resumer = ip[-1];
            if (op_of(resumer) == CALL) {
                SYNC();
                raise_stop_iteration(st, r);
                goto error;
            }
            --sp;
            if (op_of(resumer) == SEND) TOP() = r;
            ip = code->code + arg_of(resumer);
            DISPATCH();
        }
        Frame* caller = f->back;
        uint32_t flags = f->flags;
        st.frames.pop(f);
        --st.depth;
        f = caller;
        st.frames.top = f;
        RELOAD();
        if (flags & kFrameInit) {
            // The instance is already on the caller's stack.
            if (!r.is_none()) {
                SYNC();
                type_error(st, "__init__() should return None, not '" + type_name(st, r) + "'");
                goto error;
            }
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        SYNC();
        if (oparg == 0) {
            Value e = st.handled;
            if (e.is_none() || e.is_error()) {
                raise(st, st.exc.RuntimeError, "No active exception to reraise");
                goto error;
            }
            st.raised = e;
            goto unwind;  // a bare raise keeps the traceback as it is
        }
        Value cause = oparg == 2 ? POP() : Value::error();
        f->sp = sp + (oparg == 2 ? 1 : 0);
        Value e = make_raisable(st, TOP());
        if (e.is_error()) {
            --sp;
            goto error;
        }
        if (oparg == 2) {
            Value c = cause;
            if (!c.is_none()) {
                if (is_exception_class(st, c)) {
                    Root keep(st.heap, e);
                    c = call(st, c, {});
                    if (c.is_error()) {
                        --sp;
                        goto error;
                    }
                } else if (!is_exception_instance(st, c)) {
                    --sp;
                    type_error(st, "exception causes must derive from BaseException");
                    goto error;
                }
            }
            as_exception(e)->cause = c;
            as_exception(e)->suppress_context = true;
        }
        --sp;
        st.raised = e;
        goto error;
    }
    TARGET(RERAISE) {
        // The handler is looked up from this instruction. (The lasti below the exception,
        // when oparg says there is one, is where the exception first arose: its traceback
        // entry already names that line.)
        Value e = POP();
        SYNC();
        st.raised = e;
        goto unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = st.handled;
        PUSH(e);
        st.handled = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        st.handled = POP();
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        SYNC();
        int r = exception_matches(st, SECOND(), TOP());
        if (r < 0) goto error;
        TOP() = Value::from_bool(r);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        // exc, type -> exc, None (no match) or rest, match. The match becomes the handled
        // exception, so a bare `raise` in the clause re-raises just that part.
        SYNC();
        Value match, rest;
        if (!except_star_match(st, SECOND(), TOP(), match, rest)) goto error;
        if (match.is_none()) {
            TOP() = match;
        } else {
            SECOND() = rest;
            TOP() = match;
            st.handled = match;
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        // orig, list of raised / re-raised / unhandled -> what to raise, or None.
        SYNC();
        Value r = prep_reraise_star(st, SECOND(), as_list(TOP()));
        if (r.is_error()) goto error;
        --sp;
        TOP() = r;
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH)
    TARGET(BEFORE_WITH) {
        SYNC();
        bool async = op_of(ip[-1]) == BEFORE_ASYNC_WITH;
        const char* protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
        Value mgr = TOP();
        Value enter = lookup_special(st, mgr, async ? st.names.aenter : st.names.enter);
        CHECK(enter);
        if (enter.is_missing()) {
            type_error(st, "'" + type_name(st, mgr) + "' object does not support the " + protocol);
            goto error;
        }
        PUSH(enter);
        f->sp = sp;
        Value exit = lookup_special(st, mgr, async ? st.names.aexit : st.names.exit);
        CHECK(exit);
        if (exit.is_missing()) {
            type_error(st, "'" + type_name(st, mgr) + "' object does not support the " + protocol + " (missed " +
                               (async ? "__aexit__" : "__exit__") + " method)");
            goto error;
        }
        SECOND() = exit;
        f->sp = sp;
        Value r = call(st, enter, {});
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        // Stack: exit, lasti, previous handled exception, exception.
        SYNC();
        Value exc = TOP();
        Value exit = PEEK(4);
        Value args[3] = {Value::from_object(type_of(st, exc)), exc, as_exception(exc)->traceback};
        Value r = call(st, exit, Args{args, 3, nullptr});
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value::from_object(st.exc.AssertionError));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        SYNC();
        Value fromlist = POP();
        Value level = TOP();
        f->sp = sp + 1;
        Value m = import_name(st, name_at(f, oparg), Value::from_object(f->globals()), fromlist,
                              static_cast<int>(level.as_int()));
        CHECK(m);
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SYNC();
        Value v = import_from(st, TOP(), name_at(f, oparg));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        SYNC();
        if (!import_star(st, TOP(), f)) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        SYNC();
        Value b = dict_get_cstr(st, f->builtins(), "__build_class__");
        if (b.is_missing()) {
            raise(st, st.exc.NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(b);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        SYNC();
        Value ns = f->locals_map;
        if (type_of(st, ns) == st.dict_type) {
            if (dict_get_str(st, as_dict(ns), st.names.annotations).is_missing()) {
                Dict* d = make_dict(st);
                if (!d || !dict_set_str(st, as_dict(ns), st.names.annotations, Value::from_object(d))) goto error;
            }
        } else {
            Value v = getitem(st, ns, Value::from_object(st.names.annotations));
            if (v.is_error()) {
                if (!raised_matches(st, st.exc.KeyError)) goto error;
                take_raised(st);
                Dict* d = make_dict(st);
                if (!d || !setitem(st, ns, Value::from_object(st.names.annotations), Value::from_object(d))) goto error;
            }
        }
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        SYNC();
        Value hook = Value::missing();
        if (st.sys_module) hook = dict_get_cstr(st, st.sys_module->dict, "displayhook");
        if (hook.is_missing()) {
            raise(st, st.exc.RuntimeError, "lost sys.displayhook");
            goto error;
        }
        Value r = call(st, hook, {TOP()});
        CHECK(r);
        --sp;
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        Value v = POP();
        f->ip = ip;
        f->sp = sp;
        if (f == entry) {
            // Resumed from native code (next(), send(), ...): resume() takes it from here.
            f->flags |= kFrameYielded;
            return v;
        }
        // Resumed by SEND, FOR_ITER or CALL of the frame below, which gets the value.
        f = leave_yielded(st, generator_of(f));
        RELOAD();
        if (op_of(ip[-1]) == SEND) TOP() = v;
        else PUSH(v);
        DISPATCH();
    }
    TARGET(SEND) {
        // [iterator, value] -> yields [iterator, item] or, when done, jumps with [result].
        SYNC();
        Value v = TOP();
        Value it = SECOND();
        Value r;
        bool done = false;
        if (is_resumable(st, it)) {
            // Run the delegate's frame in this loop: a chain of `yield from`/`await` costs
            // no C++ stack.
            Frame* nf = enter(st, static_cast<Generator*>(it.as_object()), v, false, done);
            if (nf) {
                f = nf;
                RELOAD();
                DISPATCH();
            }
            if (!done) goto error;
            r = Value::none();
        } else if (SendFn send = type_of(st, it)->send) {
            SendResult how = send(st, it, v, r);
            if (how == SendResult::Error) goto error;
            done = how == SendResult::Return;
        } else {
            if (v.is_none() && type_of(st, it)->next) {
                r = type_of(st, it)->next(st, it);
                if (r.is_stop()) {
                    done = true;
                    r = Value::none();
                }
            } else {
                r = call_method(st, it, st.names.send, {v});
            }
            if (r.is_error()) {
                // StopIteration(value) ends the delegation with that value.
                if (!raised_matches(st, st.exc.StopIteration)) goto error;
                Value e = take_raised(st);
                r = as_exception(e)->fields[0];
                done = true;
            }
        }
        if (done) {
            --sp;
            TOP() = r;
            ip = code->code + oparg;
            DISPATCH();
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (v.is_object() && v.as_object()->type == st.coroutine_type) {
            if (!(code->flags & (compiler::kCodeCoroutine | compiler::kCodeIterableCoroutine))) {
                SYNC();
                type_error(st, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (!(v.is_object() && v.as_object()->type == st.generator_type)) {
            SYNC();
            Value it = get_iter(st, v);
            CHECK(it);
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SYNC();
        Value it = get_awaitable(st, TOP(), oparg);
        CHECK(it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SYNC();
        Value obj = TOP();
        Value it = call_special(st, obj, st.names.aiter, {});
        CHECK(it);
        if (it.is_missing()) {
            type_error(st, "'async for' requires an object with __aiter__ method, got " + type_name(st, obj));
            goto error;
        }
        TOP() = it;
        if (type_lookup(st, type_of(st, it), st.names.anext).is_missing()) {
            type_error(st, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                               type_name(st, it));
            goto error;
        }
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SYNC();
        Value aiter = TOP();
        Value next = call_special(st, aiter, st.names.anext, {});
        CHECK(next);
        if (next.is_missing()) {
            type_error(st, "'async for' requires an iterator with __anext__ method, got " + type_name(st, aiter));
            goto error;
        }
        PUSH(next);
        f->sp = sp;
        Value awaitable = get_awaitable(st, next, 0);
        if (awaitable.is_error()) {
            raise_from_cause(st, st.exc.TypeError,
                             "'async for' received an invalid object from __anext__: " + type_name(st, next));
            goto error;
        }
        TOP() = awaitable;
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        // [aiter, exception]: StopAsyncIteration ends the loop; anything else goes on.
        Value exc = POP();
        if (isinstance(st, exc, st.exc.StopAsyncIteration)) {
            --sp;
            DISPATCH();
        }
        SYNC();
        st.raised = exc;
        goto unwind;
    }
    TARGET(ASYNC_GEN_WRAP) {
        // Marks the YIELD_VALUE that follows as an async generator's own item (see
        // vm/async_generator.cpp): nothing to do at run time.
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) {
        // Generator frames start after it (make_generator); reaching it is a compiler bug.
        SYNC();
        raise(st, st.exc.SystemError, "RETURN_GENERATOR outside a generator's creation");
        goto error;
    }

#ifndef KRAIT_COMPUTED_GOTO
    }
#endif

error:
    // A new exception (not a re-raise): chain it to the one being handled and record where
    // this frame was.
    chain_context(st, st.raised);
    add_traceback(st, st.raised, f);

unwind:
    for (;;) {
        uint32_t lasti = f->lasti();
        const ExceptionRange* h = nullptr;
        for (uint32_t i = 0; i < code->nhandlers; ++i) {
            const ExceptionRange& r = code->handlers[i];
            if (lasti >= r.start && lasti < r.end) {
                h = &r;
                break;
            }
        }
        // A stop passes every handler: except, finally and with blocks alike.
        if (h && !stopping(st)) {
            sp = f->stack_base() + h->depth;
            if (h->lasti) PUSH(Value::from_int(lasti));
            PUSH(take_raised(st));
            ip = code->code + h->target;
            f->ip = ip;
            f->sp = sp;
            DISPATCH();
        }
        // No handler here: leave the frame.
        if (f == entry) {
            f->sp = f->stack_base();
            return Value::error();
        }
        if (f->flags & kFrameOwned) {
            f->sp = f->stack_base();
            f = leave_finished(st, generator_of(f), true);
        } else {
            Frame* caller = f->back;
            st.frames.pop(f);
            --st.depth;
            f = caller;
            st.frames.top = f;
        }
        RELOAD();
        // The call instruction in the caller failed: the traceback gets its line too.
        add_traceback(st, st.raised, f);
    }
#undef SYNC
#undef RELOAD
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef CHECK
#undef TARGET
#undef DISPATCH
#undef SAFE_POINT
#undef JUMP_TO
#undef DO_LOAD_FAST
#undef SECOND_ARG
}

// ---------------------------------------------------------------------------------------------

Frame* push_function_frame(State& st, Function* fn, Args args) {
    Code* c = fn->code;
    if (st.depth >= st.recursion_limit + st.recursion_headroom) {
        raise_recursion(st);
        return nullptr;
    }
    Frame* f = st.frames.push(c->frame_slots());
    if (!f) {
        raise_no_memory(st);
        return nullptr;
    }
    f->nslots = c->frame_slots();
    if (!setup_function_frame(st, f, fn, args)) {
        st.frames.pop(f);
        return nullptr;
    }
    ++st.depth;
    return f;
}

bool setup_function_frame(State& st, Frame* f, Function* fn, Args args) {
    Code* c = fn->code;
    f->back = st.frames.top;
    f->func = fn;
    f->locals_map = Value::none();
    f->ip = c->code;
    f->flags = 0;
    Value* locals = f->slots;
    uint32_t nfast = c->nlocals + c->ncells + c->nfree;
    for (uint32_t i = 0; i < nfast; ++i) locals[i] = Value::error();
    f->sp = locals + nfast;  // the frame is traced from here on: every slot is initialized
    // While binding, the frame is on the stack but not yet the top: make it so, so that a
    // collection during binding (a default's __eq__? no: kwargs dicts) sees its slots.
    Frame* saved_top = st.frames.top;
    st.frames.top = f;
    if (!bind_arguments(st, fn, locals, args)) {
        st.frames.top = saved_top;
        return false;
    }
    for (uint32_t i = 0; i < c->ncells; ++i) {
        int32_t arg = c->cell2arg ? c->cell2arg[i] : -1;
        Cell* cell = make_cell(st, arg >= 0 ? locals[arg] : Value::error());
        if (!cell) {
            st.frames.top = saved_top;
            return false;
        }
        locals[c->nlocals + i] = Value::from_object(cell);
        if (arg >= 0) locals[arg] = Value::error();
    }
    if (c->nfree) {
        Tuple* closure = fn->closure;
        for (uint32_t i = 0; i < c->nfree; ++i) locals[c->nlocals + c->ncells + i] = closure->items[i];
    }
    st.frames.top = saved_top;
    return true;
}

Value call_function(State& st, Value func, Args args) {
    Function* fn = static_cast<Function*>(func.as_object());
    if (fn->code->flags & (compiler::kCodeGenerator | compiler::kCodeCoroutine | compiler::kCodeAsyncGenerator)) {
        Generator* g = make_generator(st, fn, args);
        return g ? Value::from_object(g) : Value::error();
    }
    char probe;
    if (st.stack_limit && &probe < st.stack_limit) return raise_recursion(st);
    Frame* f = push_function_frame(st, fn, args);
    if (!f) return Value::error();
    f->flags |= kFrameEntry;
    Frame* saved = st.frames.top;
    f->back = saved;
    st.frames.top = f;
    Value r = execute(st, f);
    st.frames.top = saved;
    st.frames.pop(f);
    --st.depth;
    return r;
}

Value run_code(State& st, Code* code, Dict* globals, Value locals, Tuple* closure) {
    if (st.depth >= st.recursion_limit) return raise_recursion(st);
    char probe;
    if (st.stack_limit && &probe < st.stack_limit) return raise_recursion(st);
    // The frame runs a function made for it, as every frame does (runtime/frame.hpp); its
    // builtins are what the globals' __builtins__ names, as CPython finds them.
    Function* fn = make_function(st, code, globals);
    if (!fn) return Value::error();
    Value b = dict_get_str(st, globals, st.names.builtins);
    if (!b.is_missing() && isinstance(st, b, st.module_type)) {
        fn->builtins = static_cast<Module*>(b.as_object())->dict;
    } else if (!b.is_missing() && isinstance(st, b, st.dict_type)) {
        fn->builtins = as_dict(b);
    }
    fn->closure = closure;
    Root keep(st.heap, Value::from_object(fn));
    Frame* f = st.frames.push(code->frame_slots());
    if (!f) return raise_no_memory(st);
    f->back = st.frames.top;
    f->func = fn;
    f->locals_map = locals;
    f->ip = code->code;
    f->flags = kFrameEntry;
    uint32_t nfast = code->nlocals + code->ncells + code->nfree;
    for (uint32_t i = 0; i < nfast; ++i) f->slots[i] = Value::error();
    for (uint32_t i = 0; i < code->ncells; ++i) {
        f->sp = f->slots + nfast;
        Cell* c = make_cell(st, Value::error());
        if (!c) {
            st.frames.pop(f);
            return Value::error();
        }
        f->slots[code->nlocals + i] = Value::from_object(c);
    }
    if (closure)
        for (uint32_t i = 0; i < code->nfree && i < closure->size; ++i)
            f->slots[code->nlocals + code->ncells + i] = closure->items[i];
    f->sp = f->slots + nfast;
    Frame* saved = st.frames.top;
    st.frames.top = f;
    ++st.depth;
    Value r = execute(st, f);
    --st.depth;
    st.frames.top = saved;
    st.frames.pop(f);
    return r;
}

}  // namespace krait::vm

namespace krait::vm {

void install(State& st) {
    st.function_type->call = call_function;
    add_slot_wrappers(st, st.function_type);
    init_traceback_types(st);
    init_generator_type(st);
    init_async_generator_types(st);
    init_anext_awaitable_type(st);
    add_slot_wrappers(st, st.frame_type);
    add_slot_wrappers(st, st.generator_type);
    add_slot_wrappers(st, st.async_generator_asend_type);
    add_slot_wrappers(st, st.async_generator_athrow_type);
    add_slot_wrappers(st, st.anext_awaitable_type);
    invalidate_type(st, st.function_type);
    invalidate_type(st, st.frame_type);
    invalidate_type(st, st.traceback_type);
    invalidate_type(st, st.generator_type);
    invalidate_type(st, st.async_generator_type);
    invalidate_type(st, st.async_generator_asend_type);
    invalidate_type(st, st.async_generator_athrow_type);
}

}  // namespace krait::vm
