// The abstract operations: each dispatches through the type slots and implements the parts
// of the data model that involve two types (reflected operators, comparison fallbacks) or
// fallbacks (iteration by __getitem__, `in` by iteration, truth by __len__).
#include "runtime/ops.hpp"

#include <string>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

size_t Args::nkw() const { return kwnames ? kwnames->size : 0; }

std::string_view str_view(Value v) { return as_str(v)->view(); }

bool enter_recursion(State& st, const char* where) {
    char probe;
    ++st.depth;
    if (st.depth > st.recursion_limit + st.recursion_headroom ||
        (!st.recursion_headroom && st.stack_limit && &probe < st.stack_limit)) {
        --st.depth;
        if (st.recursion_headroom) {
            // Even the RecursionError could not be made: give up on it.
            st.raised = Value::from_object(st.exc.RecursionError);
            return false;
        }
        // Making the RecursionError calls code too: let it go a little deeper (CPython: 50).
        st.recursion_headroom = 50;
        raise(st, st.exc.RecursionError, std::string("maximum recursion depth exceeded") + where);
        st.recursion_headroom = 0;
        return false;
    }
    return true;
}

// ---- text ----

Value repr(State& st, Value v) {
    if (!enter_recursion(st, " while getting the repr of an object")) return Value::error();
    Value r = type_of(st, v)->repr(st, v);
    leave_recursion(st);
    if (r.is_error()) return r;
    if (!isinstance(st, r, st.str_type)) {
        return type_error(st, "__repr__ returned non-string (type " + type_name(st, r) + ")");
    }
    return r;
}

Value to_str(State& st, Value v) {
    Type* t = type_of(st, v);
    if (t == st.str_type) return v;
    if (!enter_recursion(st, " while getting the str of an object")) return Value::error();
    Value r = t->str(st, v);
    leave_recursion(st);
    if (r.is_error()) return r;
    if (!isinstance(st, r, st.str_type)) {
        return type_error(st, "__str__ returned non-string (type " + type_name(st, r) + ")");
    }
    return r;
}

Value ascii(State& st, Value v) {
    Value r = repr(st, v);
    if (r.is_error()) return r;
    Str* s = as_str(r);
    if (s->ascii) return r;
    std::string out;
    size_t pos = 0;
    while (pos < s->nbytes) {
        uint32_t cp = str_decode_at(s, pos);
        char buf[12];
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp), out += buf;
        else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp), out += buf;
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp), out += buf;
    }
    return str_value(st, out);
}

Value format(State& st, Value v, Value spec) {
    Type* t = type_of(st, v);
    if (t == st.str_type && as_str(spec)->nbytes == 0) return v;
    Value r = call_special(st, v, st.names.format, {spec});
    if (r.is_missing()) return type_error(st, "Type " + type_name(st, v) + " doesn't define __format__");
    if (r.is_error()) return r;
    if (!isinstance(st, r, st.str_type)) {
        return type_error(st, "__format__ must return a str, not " + type_name(st, r));
    }
    return r;
}

// ---- hashing, truth, comparison ----

Value unhashable(State& st, Value v) { return type_error(st, "unhashable type: '" + type_name(st, v) + "'"); }

bool hash(State& st, Value v, int64_t& out) {
    if (v.is_int()) {
        out = int_hash(st, v);
        return true;
    }
    Type* t = type_of(st, v);
    if (t == st.str_type) {
        out = str_hash(as_str(v));
        return true;
    }
    if (!t->hash) {
        unhashable(st, v);
        return false;
    }
    if (!enter_recursion(st)) return false;
    bool ok = t->hash(st, v, out);
    leave_recursion(st);
    return ok;
}

int truthy(State& st, Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_none()) return 0;
    if (v.is_int()) return v.as_int() != 0;
    if (v.is_double()) return v.as_double() != 0;
    Type* t = type_of(st, v);
    if (t->truth) return t->truth(st, v);
    if (t->len) {
        int64_t n = t->len(st, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

Value compare(State& st, Value a, Value b, CmpOp op) {
    Type* ta = type_of(st, a);
    Type* tb = type_of(st, b);
    if (!enter_recursion(st, " in comparison")) return Value::error();
    Value r = Value::not_implemented();
    bool checked_reverse = false;
    // A subclass that overrides the reflected comparison goes first.
    if (ta != tb && is_subtype(tb, ta) && tb->compare) {
        checked_reverse = true;
        r = tb->compare(st, b, a, swapped(op));
        if (!r.is_not_implemented()) {
            leave_recursion(st);
            return r;
        }
    }
    if (ta->compare) {
        r = ta->compare(st, a, b, op);
        if (!r.is_not_implemented()) {
            leave_recursion(st);
            return r;
        }
    }
    if (!checked_reverse && tb->compare) {
        r = tb->compare(st, b, a, swapped(op));
        if (!r.is_not_implemented()) {
            leave_recursion(st);
            return r;
        }
    }
    leave_recursion(st);
    // Neither side knows: identity for == and !=, TypeError for ordering.
    if (op == CmpOp::Eq) return Value::from_bool(a.is(b));
    if (op == CmpOp::Ne) return Value::from_bool(!a.is(b));
    return type_error(st, std::string("'") + kCmpSymbols[int(op)] + "' not supported between instances of '" +
                              type_name(st, a) + "' and '" + type_name(st, b) + "'");
}

int compare_bool(State& st, Value a, Value b, CmpOp op) {
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        switch (op) {
            case CmpOp::Lt: return x < y;
            case CmpOp::Le: return x <= y;
            case CmpOp::Eq: return x == y;
            case CmpOp::Ne: return x != y;
            case CmpOp::Gt: return x > y;
            case CmpOp::Ge: return x >= y;
        }
    }
    Value r = compare(st, a, b, op);
    if (r.is_error()) return -1;
    return truthy(st, r);
}

int equal(State& st, Value a, Value b) {
    if (a.is(b)) return 1;
    if (a.is_int() && b.is_int()) return 0;
    if (a.is_object() && b.is_object() && a.as_object()->type == st.str_type && b.as_object()->type == st.str_type)
        return str_equal(as_str(a), as_str(b));
    return compare_bool(st, a, b, CmpOp::Eq);
}

// ---- arithmetic ----

const char* binop_symbol(BinOp op) {
    static const char* const k[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};
    return k[int(op)];
}

static Value binary_op1(State& st, Value a, Value b, BinOp op) {
    Type* ta = type_of(st, a);
    Type* tb = type_of(st, b);
    BinaryFn fa = ta->binop[int(op)];
    BinaryFn fb = ta != tb ? tb->binop[int(op)] : nullptr;
    if (fb == fa) fb = nullptr;
    if (fa) {
        if (fb && is_subtype(tb, ta)) {
            Value r = fb(st, a, b);
            if (!r.is_not_implemented()) return r;
            fb = nullptr;
        }
        Value r = fa(st, a, b);
        if (!r.is_not_implemented()) return r;
    }
    if (fb) return fb(st, a, b);
    return Value::not_implemented();
}

static Value binop_type_error(State& st, Value a, Value b, const char* symbol) {
    return type_error(st, std::string("unsupported operand type(s) for ") + symbol + ": '" + type_name(st, a) +
                              "' and '" + type_name(st, b) + "'");
}

Value binary_op(State& st, Value a, Value b, BinOp op) {
    Value r = binary_op1(st, a, b, op);
    if (!r.is_not_implemented()) return r;
    return binop_type_error(st, a, b, binop_symbol(op));
}

Value inplace_op(State& st, Value a, Value b, BinOp op) {
    Type* ta = type_of(st, a);
    if (BinaryFn f = ta->inplace[int(op)]) {
        Value r = f(st, a, b);
        if (!r.is_not_implemented()) return r;
    }
    Value r = binary_op1(st, a, b, op);
    if (!r.is_not_implemented()) return r;
    static const char* const k[] = {"+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};
    return binop_type_error(st, a, b, k[int(op)]);
}

static Value unary(State& st, Value v, UnaryFn f, const char* symbol) {
    if (!f) return type_error(st, std::string("bad operand type for ") + symbol + ": '" + type_name(st, v) + "'");
    return f(st, v);
}

Value unary_neg(State& st, Value v) { return unary(st, v, type_of(st, v)->neg, "unary -"); }
Value unary_pos(State& st, Value v) { return unary(st, v, type_of(st, v)->pos, "unary +"); }
Value unary_invert(State& st, Value v) { return unary(st, v, type_of(st, v)->invert, "unary ~"); }
Value number_abs(State& st, Value v) { return unary(st, v, type_of(st, v)->abs, "abs()"); }

// ---- attributes ----

Value getattr(State& st, Value obj, Str* name) { return type_of(st, obj)->getattr(st, obj, name); }

Value getattr_opt(State& st, Value obj, Str* name) {
    Value r = getattr(st, obj, name);
    if (r.is_error() && raised_matches(st, st.exc.AttributeError)) {
        take_raised(st);
        return Value::missing();
    }
    return r;
}

bool setattr(State& st, Value obj, Str* name, Value v) {
    Type* t = type_of(st, obj);
    if (!t->setattr) {
        attribute_error(st, obj, name);
        return false;
    }
    return t->setattr(st, obj, name, v);
}

bool delattr(State& st, Value obj, Str* name) { return setattr(st, obj, name, Value::error()); }

Value bind_descriptor(State& st, Value descr, Value self) {
    Type* dt = type_of(st, descr);
    if (dt == st.function_type) return make_bound_method(st, descr, self);
    if (dt->descr_get) return dt->descr_get(st, descr, self, Value::from_object(type_of(st, self)));
    return descr;
}

Value lookup_special(State& st, Value v, Str* name) {
    Value f = type_lookup(st, type_of(st, v), name);
    if (f.is_missing()) return f;
    return bind_descriptor(st, f, v);
}

Value call_special(State& st, Value self, Str* name, std::initializer_list<Value> args) {
    Value f = type_lookup(st, type_of(st, self), name);
    if (f.is_missing()) return f;
    Type* ft = type_of(st, f);
    Value buf[8];
    size_t n = 0;
    buf[n++] = self;
    for (Value a : args) buf[n++] = a;
    // Plain functions and built-in method descriptors take self as their first argument.
    if ((ft->flags & kTypeMethodLike) || ft == st.wrapper_descriptor_type)
        return call(st, f, Args{buf, n, nullptr});
    Value bound = bind_descriptor(st, f, self);
    if (bound.is_error()) return bound;
    Root keep(st.heap, bound);
    return call(st, bound, Args{buf + 1, n - 1, nullptr});
}

// ---- items ----

Value getitem(State& st, Value obj, Value key) {
    Type* t = type_of(st, obj);
    if (t->getitem) return t->getitem(st, obj, key);
    if (t == st.type_type || (t->flags & kTypeTypeSubclass)) {
        // Generic aliases: list[int]. __class_getitem__ decides.
        Value f = getattr_opt(st, obj, st.names.class_getitem);
        if (f.is_error()) return f;
        if (!f.is_missing()) {
            Root keep(st.heap, f);
            return call(st, f, {key});
        }
        return type_error(st, "type '" + std::string(as_type(obj)->name_str->view()) + "' is not subscriptable");
    }
    return type_error(st, "'" + type_name(st, obj) + "' object is not subscriptable");
}

bool setitem(State& st, Value obj, Value key, Value v) {
    Type* t = type_of(st, obj);
    if (!t->setitem) {
        type_error(st, "'" + type_name(st, obj) + "' object does not support item assignment");
        return false;
    }
    return t->setitem(st, obj, key, v);
}

bool delitem(State& st, Value obj, Value key) {
    Type* t = type_of(st, obj);
    if (!t->setitem) {
        type_error(st, "'" + type_name(st, obj) + "' object doesn't support item deletion");
        return false;
    }
    return t->setitem(st, obj, key, Value::error());
}

int iter_contains(State& st, Value container, Value item) {
    Value it = get_iter(st, container);
    if (it.is_error()) return -1;
    Root keep(st.heap, it);
    for (;;) {
        Value x = iter_next(st, it);
        if (x.is_stop()) return 0;
        if (x.is_error()) return -1;
        int eq = equal(st, x, item);
        if (eq != 0) return eq;
    }
}

int contains(State& st, Value container, Value item) {
    Type* t = type_of(st, container);
    if (t->contains) return t->contains(st, container, item);
    if (t->iter || t->getitem) return iter_contains(st, container, item);
    type_error(st, "argument of type '" + type_name(st, container) + "' is not iterable");
    return -1;
}

int64_t length(State& st, Value v) {
    Type* t = type_of(st, v);
    if (!t->len) {
        type_error(st, "object of type '" + type_name(st, v) + "' has no len()");
        return -1;
    }
    return t->len(st, v);
}

Value get_iter(State& st, Value v) {
    Type* t = type_of(st, v);
    if (t->iter) {
        Value it = t->iter(st, v);
        if (it.is_error()) return it;
        if (!type_of(st, it)->next) {
            return type_error(st, "iter() returned non-iterator of type '" + type_name(st, it) + "'");
        }
        return it;
    }
    if (t->getitem) return make_seq_iterator(st, v);
    return type_error(st, "'" + type_name(st, v) + "' object is not iterable");
}

Value iter_next(State& st, Value it) {
    Type* t = type_of(st, it);
    if (!t->next) return type_error(st, "'" + type_name(st, it) + "' object is not an iterator");
    Value r = t->next(st, it);
    if (r.is_error() && raised_matches(st, st.exc.StopIteration)) {
        take_raised(st);
        return Value::stop();
    }
    return r;
}

// ---- calls ----

Value call(State& st, Value callable, Args args) {
    Type* t = type_of(st, callable);
    if (!t->call) return type_error(st, "'" + type_name(st, callable) + "' object is not callable");
    // Functions count their own frames; built-in functions and methods are called directly,
    // as CPython's vectorcalls are. Other calls (classes, objects with __call__) count
    // towards the recursion limit, as CPython's tp_call does.
    if (t == st.function_type || t == st.builtin_function_type || t == st.method_descriptor_type ||
        t == st.method_type || t == st.wrapper_descriptor_type)
        return t->call(st, callable, args);
    if (!enter_recursion(st, " while calling a Python object")) return Value::error();
    Value r = t->call(st, callable, args);
    leave_recursion(st);
    return r;
}

Value call(State& st, Value callable, std::initializer_list<Value> args) {
    return call(st, callable, Args{args.begin(), args.size(), nullptr});
}

Value call_method(State& st, Value obj, Str* name, std::initializer_list<Value> args) {
    // A function found on the type and not shadowed by the instance is called with obj
    // prepended, without making a bound method (as LOAD_METHOD does).
    Type* t = type_of(st, obj);
    if (t->getattr == generic_getattr && args.size() < 8) {
        Value m = type_lookup(st, t, name);
        if (m.is_object() && (m.as_object()->type->flags & kTypeMethodLike)) {
            Dict* d = instance_dict(st, obj, false);
            if (!d || dict_get_str(st, d, name).is_missing()) {
                Value buf[8] = {obj};
                size_t n = 1;
                for (Value v : args) buf[n++] = v;
                return call(st, m, Args{buf, n, nullptr});
            }
        }
    }
    Value f = getattr(st, obj, name);
    if (f.is_error()) return f;
    Root keep(st.heap, f);
    return call(st, f, args);
}

Value call_prepend(State& st, Value callable, Value first, Args a) {
    size_t total = a.n + a.nkw() + 1;
    Value small[16];
    std::vector<Value> big;
    Value* buf = small;
    if (total > 16) {
        big.resize(total);
        buf = big.data();
    }
    buf[0] = first;
    for (size_t i = 0; i + 1 < total; ++i) buf[i + 1] = a.v[i];
    // The copies sit in C++ memory: the originals stay rooted by whoever passed `a`.
    return call(st, callable, Args{buf, a.n + 1, a.kwnames});
}

bool is_callable(State& st, Value v) { return type_of(st, v)->call != nullptr; }

// _PyObject_FunctionStr: "mod.qualname()" or "qualname()" for builtins.
std::string function_str(State& st, Value func) {
    Value q = getattr_opt(st, func, st.names.qualname);
    if (q.is_error()) {
        take_raised(st);
        q = Value::missing();
    }
    if (q.is_missing() || !isinstance(st, q, st.str_type)) {
        Value s = to_str(st, func);
        if (s.is_error()) {
            take_raised(st);
            return "function";
        }
        return std::string(str_view(s));
    }
    Root rq(st.heap, q);
    Value m = getattr_opt(st, func, st.names.module);
    if (m.is_error()) {
        take_raised(st);
        m = Value::missing();
    }
    std::string out;
    if (!m.is_missing() && isinstance(st, m, st.str_type) && str_view(m) != "builtins")
        out = std::string(str_view(m)) + ".";
    return out + std::string(str_view(q)) + "()";
}


}  // namespace krait
