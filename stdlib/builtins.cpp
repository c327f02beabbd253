// The builtins module: the functions every program can call without importing anything,
// and the names of the built-in types and exceptions.
#include "stdlib/modules.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/anext_awaitable.hpp"
#include "vm/compile.hpp"
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait::stdlib {

namespace {

Value none_or_error(bool ok) { return ok ? Value::none() : Value::error(); }

// Writes text to a file object: the fast path for the interpreter's own stdout/stderr.
bool write_to(State& st, Value file, std::string_view text) {
    Value r = call_method(st, file, st.names.write, {str_value(st, text)});
    return !r.is_error();
}

Value sys_attr(State& st, const char* name) {
    if (!st.sys_module) return Value::missing();
    return dict_get_cstr(st, st.sys_module->dict, name);
}

Value b_print(State& st, Args a) {
    Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::from_bool(false);
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        Value v = a.kwvalues()[i];
        if (k == "sep") sep = v;
        else if (k == "end") end = v;
        else if (k == "file") file = v;
        else if (k == "flush") flush = v;
        else return type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for print()");
    }
    if (!sep.is_none() && !isinstance(st, sep, st.str_type))
        return type_error(st, "sep must be None or a string, not " + type_name(st, sep));
    if (!end.is_none() && !isinstance(st, end, st.str_type))
        return type_error(st, "end must be None or a string, not " + type_name(st, end));
    if (file.is_none()) file = sys_attr(st, "stdout");
    if (file.is_missing() || file.is_none()) return Value::none();
    Root keep_file(st.heap, file);
    std::string_view sep_text = sep.is_none() ? std::string_view(" ") : as_str(sep)->view();
    std::string_view end_text = end.is_none() ? std::string_view("\n") : as_str(end)->view();
    if (type_of(st, file) == st.std_stream_type) {
        // The interpreter's own streams: one write of the whole line.
        std::string out;
        for (size_t i = 0; i < a.n; ++i) {
            if (i) out += sep_text;
            Value s = to_str(st, a.v[i]);
            if (s.is_error()) return s;
            out += as_str(s)->view();
        }
        out += end_text;
        if (!write_to(st, file, out)) return Value::error();
    } else {
        // Any other file sees the pieces one write at a time, as CPython writes them.
        for (size_t i = 0; i < a.n; ++i) {
            if (i && !write_to(st, file, sep_text)) return Value::error();
            Value s = to_str(st, a.v[i]);
            if (s.is_error()) return s;
            if (!write_to(st, file, as_str(s)->view())) return Value::error();
        }
        if (!write_to(st, file, end_text)) return Value::error();
    }
    int fl = truthy(st, flush);
    if (fl < 0) return Value::error();
    if (fl && call_method(st, file, st.names.flush, {}).is_error()) return Value::error();
    return Value::none();
}

Value b_len(State& st, Args a) {
    if (!check_count(st, a, "len", 1, 1)) return Value::error();
    int64_t n = length(st, a.v[0]);
    return n < 0 ? Value::error() : make_int(st, n);
}

Value b_repr(State& st, Args a) {
    if (!check_count(st, a, "repr", 1, 1)) return Value::error();
    return repr(st, a.v[0]);
}

Value b_ascii(State& st, Args a) {
    if (!check_count(st, a, "ascii", 1, 1)) return Value::error();
    return ascii(st, a.v[0]);
}

Value b_id(State& st, Args a) {
    if (!check_count(st, a, "id", 1, 1)) return Value::error();
    Value v = a.v[0];
    if (v.is_object()) return make_int(st, static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_object())));
    return make_int(st, static_cast<int64_t>(v.bits() >> 1));
}

Value b_hash(State& st, Args a) {
    if (!check_count(st, a, "hash", 1, 1)) return Value::error();
    int64_t h;
    if (!hash(st, a.v[0], h)) return Value::error();
    return make_int(st, h);
}


int recursive_isinstance(State& st, Value obj, Value cls) {
    if (isinstance(st, cls, st.type_type)) {
        Type* t = as_type(cls);
        if (type_of(st, cls) != st.type_type) {
            // A metaclass may define __instancecheck__ (abc.ABCMeta does).
            Value chk = type_lookup(st, type_of(st, cls), st.names.instancecheck);
            if (!chk.is_missing() && !(chk.is_object() && chk.as_object()->type == st.method_descriptor_type)) {
                Value r = call_special(st, cls, st.names.instancecheck, {obj});
                if (r.is_error()) return -1;
                return truthy(st, r);
            }
        }
        if (isinstance(st, obj, t)) return 1;
        // obj.__class__ may differ from its type (proxies).
        Value c = getattr_opt(st, obj, st.names.class_);
        if (c.is_error()) return -1;
        if (!c.is_missing() && isinstance(st, c, st.type_type) && as_type(c) != type_of(st, obj))
            return is_subtype(as_type(c), t);
        return 0;
    }
    if (type_of(st, cls) == st.union_type || isinstance(st, cls, st.tuple_type)) {
        Tuple* t = type_of(st, cls) == st.union_type ? as_tuple(getattr(st, cls, intern(st, "__args__"))) : as_tuple(cls);
        for (size_t i = 0; i < t->size; ++i) {
            if (!enter_recursion(st, " in __instancecheck__")) return -1;
            int r = recursive_isinstance(st, obj, t->items[i]);
            leave_recursion(st);
            if (r != 0) return r;
        }
        return 0;
    }
    Value chk = lookup_special(st, cls, st.names.instancecheck);
    if (chk.is_error()) return -1;
    if (chk.is_missing()) {
        Value origin = getattr_opt(st, cls, intern(st, "__origin__"));
        if (origin.is_error()) return -1;
        if (!origin.is_missing()) {
            type_error(st, "isinstance() argument 2 cannot be a parameterized generic");
            return -1;
        }
    }
    if (!chk.is_missing()) {
        Root keep(st.heap, chk);
        Value r = call(st, chk, {obj});
        if (r.is_error()) return -1;
        return truthy(st, r);
    }
    type_error(st, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

Value b_isinstance(State& st, Args a) {
    if (!check_count(st, a, "isinstance", 2, 2)) return Value::error();
    int r = recursive_isinstance(st, a.v[0], a.v[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

int recursive_issubclass(State& st, Value derived, Value cls) {
    if (isinstance(st, cls, st.type_type) && type_of(st, cls) == st.type_type) {
        if (!isinstance(st, derived, st.type_type)) {
            type_error(st, "issubclass() arg 1 must be a class");
            return -1;
        }
        return is_subtype(as_type(derived), as_type(cls));
    }
    if (type_of(st, cls) == st.union_type || isinstance(st, cls, st.tuple_type)) {
        Tuple* t = type_of(st, cls) == st.union_type ? as_tuple(getattr(st, cls, intern(st, "__args__"))) : as_tuple(cls);
        for (size_t i = 0; i < t->size; ++i) {
            if (!enter_recursion(st, " in __subclasscheck__")) return -1;
            int r = recursive_issubclass(st, derived, t->items[i]);
            leave_recursion(st);
            if (r != 0) return r;
        }
        return 0;
    }
    if (isinstance(st, cls, st.type_type)) {
        Value chk = type_lookup(st, type_of(st, cls), st.names.subclasscheck);
        if (!chk.is_missing() && !(chk.is_object() && chk.as_object()->type == st.method_descriptor_type)) {
            Value r = call_special(st, cls, st.names.subclasscheck, {derived});
            if (r.is_error()) return -1;
            return truthy(st, r);
        }
        if (!isinstance(st, derived, st.type_type)) {
            type_error(st, "issubclass() arg 1 must be a class");
            return -1;
        }
        return is_subtype(as_type(derived), as_type(cls));
    }
    type_error(st, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

Value b_issubclass(State& st, Args a) {
    if (!check_count(st, a, "issubclass", 2, 2)) return Value::error();
    int r = recursive_issubclass(st, a.v[0], a.v[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

bool attr_name(State& st, Value v, const char* fname, size_t pos, Str*& out) {
    if (!isinstance(st, v, st.str_type)) {
        type_error(st, std::string(fname) + "(): attribute name must be string, not '" + type_name(st, v) + "'");
        return false;
    }
    out = as_str(v);
    if (!out->interned) out = intern(st, out->view());
    return out != nullptr;
}

Value b_getattr(State& st, Args a) {
    if (!check_count(st, a, "getattr", 2, 3)) return Value::error();
    Str* name;
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
    if (!attr_name(st, a.v[1], "getattr", 2, name)) return Value::error();
    if (a.n == 3) {
        Value v = getattr_opt(st, a.v[0], name);
        return v.is_missing() ? a.v[2] : v;
    }
    return getattr(st, a.v[0], name);
}

Value b_setattr(State& st, Args a) {
    if (!check_count(st, a, "setattr", 3, 3)) return Value::error();
    Str* name;
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
    if (!attr_name(st, a.v[1], "setattr", 2, name)) return Value::error();
    return none_or_error(setattr(st, a.v[0], name, a.v[2]));
}

Value b_delattr(State& st, Args a) {
    if (!check_count(st, a, "delattr", 2, 2)) return Value::error();
    Str* name;
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
    if (!attr_name(st, a.v[1], "delattr", 2, name)) return Value::error();
    return none_or_error(delattr(st, a.v[0], name));
}

Value b_hasattr(State& st, Args a) {
    if (!check_count(st, a, "hasattr", 2, 2)) return Value::error();
    Str* name;
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "attribute name must be string, not '" + type_name(st, a.v[1]) + "'");
    if (!attr_name(st, a.v[1], "hasattr", 2, name)) return Value::error();
    Value v = getattr_opt(st, a.v[0], name);
    if (v.is_error()) return v;
    return Value::from_bool(!v.is_missing());
}

Value b_callable(State& st, Args a) {
    if (!check_count(st, a, "callable", 1, 1)) return Value::error();
    return Value::from_bool(is_callable(st, a.v[0]));
}

Value b_abs(State& st, Args a) {
    if (!check_count(st, a, "abs", 1, 1)) return Value::error();
    return number_abs(st, a.v[0]);
}

// min() and max(): one iterable or several arguments, key= and default=.
Value min_max(State& st, Args a, bool is_max) {
    const char* name = is_max ? "max" : "min";
    Value key = Value::none(), dflt = Value::missing();
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k == "key") key = a.kwvalues()[i];
        else if (k == "default") dflt = a.kwvalues()[i];
        else return type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for " + name + "()");
    }
    if (a.n == 0) return type_error(st, std::string(name) + " expected at least 1 argument, got 0");
    if (a.n > 1 && !dflt.is_missing())
        return type_error(st, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    Root items(st.heap);
    Value it;
    if (a.n == 1) {
        it = get_iter(st, a.v[0]);
    } else {
        Tuple* t = make_tuple(st, a.v, a.n);
        if (!t) return Value::error();
        items.set(Value::from_object(t));
        it = get_iter(st, items.get());
    }
    if (it.is_error()) return it;
    Root keep_it(st.heap, it);
    Root best(st.heap, Value::missing()), best_key(st.heap, Value::missing());
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_error()) return v;
        if (v.is_stop()) break;
        Root keep_v(st.heap, v);
        Value k = v;
        if (!key.is_none()) {
            k = call(st, key, {v});
            if (k.is_error()) return k;
        }
        Root keep_k(st.heap, k);
        if (best.get().is_missing()) {
            best.set(v);
            best_key.set(k);
            continue;
        }
        int r = compare_bool(st, k, best_key.get(), is_max ? CmpOp::Gt : CmpOp::Lt);
        if (r < 0) return Value::error();
        if (r) {
            best.set(v);
            best_key.set(k);
        }
    }
    if (best.get().is_missing()) {
        if (!dflt.is_missing()) return dflt;
        return value_error(st, std::string(name) + "() arg is an empty sequence");
    }
    return best.get();
}

Value b_min(State& st, Args a) { return min_max(st, a, false); }
Value b_max(State& st, Args a) { return min_max(st, a, true); }

Value b_sum(State& st, Args a) {
    Value out[2];
    if (!parse_args(st, a, Signature{"sum", {"iterable", "start"}, 1, 1}, out)) return Value::error();
    Value start = out[1].is_missing() ? Value::from_int(0) : out[1];
    if (isinstance(st, start, st.str_type))
        return type_error(st, "sum() can't sum strings [use ''.join(seq) instead]");
    if (isinstance(st, start, st.bytes_type))
        return type_error(st, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (isinstance(st, start, st.bytearray_type))
        return type_error(st, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = get_iter(st, out[0]);
    if (it.is_error()) return it;
    Root keep_it(st.heap, it);
    Root acc(st.heap, start);
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_error()) return v;
        if (v.is_stop()) return acc.get();
        Value s = acc.get();
        if (s.is_int() && v.is_int()) {
            int64_t r = s.as_int() + v.as_int();
            if (Value::fits_int(r)) {
                acc.set(Value::from_int(r));
                continue;
            }
        } else if (s.is_double() && v.is_double()) {
            acc.set(Value::from_double(s.as_double() + v.as_double()));
            continue;
        }
        Root keep_v(st.heap, v);
        Value r = binary_op(st, s, v, BinOp::Add);
        if (r.is_error()) return r;
        acc.set(r);
    }
}

Value b_sorted(State& st, Args a) {
    if (a.n != 1) {
        if (a.n == 0) return type_error(st, "sorted expected 1 argument, got 0");
        return type_error(st, "sorted expected 1 argument, got " + std::to_string(a.n));
    }
    Value key = Value::none(), reverse = Value::from_bool(false);
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k == "key") key = a.kwvalues()[i];
        else if (k == "reverse") reverse = a.kwvalues()[i];
        else return type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for sort()");
    }
    List* l = list_from_iterable(st, a.v[0]);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    int rev = truthy(st, reverse);
    if (rev < 0) return Value::error();
    Value r = list_sort(st, l, key, rev);
    if (r.is_error()) return r;
    return Value::from_object(l);
}

Value b_iter(State& st, Args a) {
    if (!check_count(st, a, "iter", 1, 2)) return Value::error();
    if (a.n == 2) {
        if (!is_callable(st, a.v[0])) return type_error(st, "iter(v, w): v must be callable");
        return make_callable_iterator(st, a.v[0], a.v[1]);
    }
    return get_iter(st, a.v[0]);
}

Value b_aiter(State& st, Args a) {
    if (!check_count(st, a, "aiter", 1, 1)) return Value::error();
    Value it = call_special(st, a.v[0], st.names.aiter, {});
    if (it.is_missing()) return type_error(st, "'" + type_name(st, a.v[0]) + "' object is not an async iterable");
    if (it.is_error()) return it;
    if (type_lookup(st, type_of(st, it), st.names.anext).is_missing())
        return type_error(st, "aiter() returned not an async iterator of type '" + type_name(st, it) + "'");
    return it;
}

Value b_anext(State& st, Args a) {
    if (!check_count(st, a, "anext", 1, 2)) return Value::error();
    Value awaitable = call_special(st, a.v[0], st.names.anext, {});
    if (awaitable.is_missing())
        return type_error(st, "'" + type_name(st, a.v[0]) + "' object is not an async iterator");
    if (awaitable.is_error() || a.n == 1) return awaitable;
    return vm::make_anext_awaitable(st, awaitable, a.v[1]);
}

Value b_next(State& st, Args a) {
    if (!check_count(st, a, "next", 1, 2)) return Value::error();
    Type* t = type_of(st, a.v[0]);
    if (!t->next) return type_error(st, "'" + type_name(st, a.v[0]) + "' object is not an iterator");
    Value v = t->next(st, a.v[0]);
    if (v.is_stop()) {
        if (a.n == 2) return a.v[1];
        Value e = call(st, Value::from_object(st.exc.StopIteration), {});
        return e.is_error() ? e : raise(st, e);
    }
    if (v.is_error() && a.n == 2 && raised_matches(st, st.exc.StopIteration)) {
        take_raised(st);
        return a.v[1];
    }
    return v;
}

Value b_all(State& st, Args a) {
    if (!check_count(st, a, "all", 1, 1)) return Value::error();
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_error()) return v;
        if (v.is_stop()) return Value::from_bool(true);
        int t = truthy(st, v);
        if (t < 0) return Value::error();
        if (!t) return Value::from_bool(false);
    }
}

Value b_any(State& st, Args a) {
    if (!check_count(st, a, "any", 1, 1)) return Value::error();
    Value it = get_iter(st, a.v[0]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_error()) return v;
        if (v.is_stop()) return Value::from_bool(false);
        int t = truthy(st, v);
        if (t < 0) return Value::error();
        if (t) return Value::from_bool(true);
    }
}

Value b_chr(State& st, Args a) {
    if (!check_count(st, a, "chr", 1, 1)) return Value::error();
    if (!is_int(st, a.v[0])) {
        if (isinstance(st, a.v[0], st.float_type)) return type_error(st, "integer argument expected, got float");
        Value i = number_index(st, a.v[0]);
        if (i.is_error()) return i;
        return b_chr(st, Args{&i, 1, nullptr});
    }
    int64_t c;
    if (!int_to_int64(st, a.v[0], c)) return overflow_error(st, "signed integer is greater than maximum");
    if (c < 0 || c > 0x10FFFF) return value_error(st, "chr() arg not in range(0x110000)");
    return str_from_char(st, static_cast<uint32_t>(c));
}

Value b_ord(State& st, Args a) {
    if (!check_count(st, a, "ord", 1, 1)) return Value::error();
    Value v = a.v[0];
    if (isinstance(st, v, st.str_type)) {
        Str* s = as_str(v);
        if (s->length != 1)
            return type_error(st, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
        size_t pos = 0;
        return make_int(st, str_decode_at(s, pos));
    }
    std::string_view b;
    if (bytes_like(st, v, b)) {
        if (b.size() != 1)
            return type_error(st, "ord() expected a character, but string of length " + std::to_string(b.size()) + " found");
        return make_int(st, static_cast<uint8_t>(b[0]));
    }
    return type_error(st, "ord() expected string of length 1, but " + type_name(st, v) + " found");
}

Value int_in_base(State& st, Value v, int base, const char* prefix) {
    Value i = number_index(st, v);
    if (i.is_error()) return i;
    BigInt b = to_bigint(st, i);
    std::string digits = b.abs().to_string(base);
    return str_value(st, std::string(b.is_negative() ? "-" : "") + prefix + digits);
}

Value b_hex(State& st, Args a) {
    if (!check_count(st, a, "hex", 1, 1)) return Value::error();
    return int_in_base(st, a.v[0], 16, "0x");
}
Value b_oct(State& st, Args a) {
    if (!check_count(st, a, "oct", 1, 1)) return Value::error();
    return int_in_base(st, a.v[0], 8, "0o");
}
Value b_bin(State& st, Args a) {
    if (!check_count(st, a, "bin", 1, 1)) return Value::error();
    return int_in_base(st, a.v[0], 2, "0b");
}

Value b_round(State& st, Args a) {
    Value out[2];
    if (!parse_args(st, a, Signature{"round", {"number", "ndigits"}, 1}, out)) return Value::error();
    Value f = lookup_special(st, out[0], st.names.round);
    if (f.is_error()) return f;
    if (f.is_missing())
        return type_error(st, "type " + type_name(st, out[0]) + " doesn't define __round__ method");
    Root keep(st.heap, f);
    if (out[1].is_missing() || out[1].is_none()) return call(st, f, {});
    return call(st, f, {out[1]});
}

Value b_divmod(State& st, Args a) {
    if (!check_count(st, a, "divmod", 2, 2)) return Value::error();
    Value x = a.v[0], y = a.v[1];
    bool numbers = (is_int(st, x) || is_float(st, x)) && (is_int(st, y) || is_float(st, y));
    if (numbers && (type_of(st, x)->flags & kTypeHeap) == 0 && (type_of(st, y)->flags & kTypeHeap) == 0)
        return number_divmod(st, x, y);
    Str* name = intern(st, "__divmod__");
    Str* rname = intern(st, "__rdivmod__");
    Value r = call_special(st, x, name, {y});
    if (r.is_error()) return r;
    if (!r.is_missing() && !r.is_not_implemented()) return r;
    r = call_special(st, y, rname, {x});
    if (r.is_error()) return r;
    if (!r.is_missing() && !r.is_not_implemented()) return r;
    return type_error(st, "unsupported operand type(s) for divmod(): '" + type_name(st, x) + "' and '" +
                              type_name(st, y) + "'");
}

Value b_pow(State& st, Args a) {
    Value out[3];
    if (!parse_args(st, a, Signature{"pow", {"base", "exp", "mod"}, 2}, out)) return Value::error();
    if (out[2].is_missing() || out[2].is_none()) return binary_op(st, out[0], out[1], BinOp::Pow);
    return number_pow_mod(st, out[0], out[1], out[2]);
}

Value b_format(State& st, Args a) {
    if (!check_count(st, a, "format", 1, 2)) return Value::error();
    Value spec = a.n == 2 ? a.v[1] : Value::from_object(st.empty_str);
    if (!isinstance(st, spec, st.str_type))
        return type_error(st, "format() argument 2 must be str, not " + type_name(st, spec));
    return format(st, a.v[0], spec);
}

Value frame_locals(State& st) {
    Frame* f = st.frames.top;
    if (!f) return Value::none();
    return vm::frame_locals(st, f);
}

Value b_globals(State& st, Args a) {
    if (!check_count(st, a, "globals", 0, 0)) return Value::error();
    Frame* f = st.frames.top;
    return f ? Value::from_object(f->globals()) : Value::none();
}

Value b_locals(State& st, Args a) {
    if (!check_count(st, a, "locals", 0, 0)) return Value::error();
    return frame_locals(st);
}

Value b_vars(State& st, Args a) {
    if (!check_count(st, a, "vars", 0, 1)) return Value::error();
    if (a.n == 0) return frame_locals(st);
    Value d = getattr_opt(st, a.v[0], st.names.dict);
    if (d.is_error()) return d;
    if (d.is_missing()) return type_error(st, "vars() argument must have __dict__ attribute");
    return d;
}

Value b_dir(State& st, Args a) {
    if (!check_count(st, a, "dir", 0, 1)) return Value::error();
    Value names;
    if (a.n == 0) {
        Value loc = frame_locals(st);
        if (loc.is_error()) return loc;
        List* l = list_from_iterable(st, loc);
        if (!l) return Value::error();
        names = Value::from_object(l);
    } else {
        Value r;
        if (isinstance(st, a.v[0], st.module_type)) {
            Dict* d = instance_dict(st, a.v[0], false);
            List* l = d ? list_from_iterable(st, Value::from_object(d)) : make_list(st);
            if (!l) return Value::error();
            r = Value::from_object(l);
        } else {
            r = call_special(st, a.v[0], intern(st, "__dir__"), {});
            if (r.is_error()) return r;
            if (r.is_missing()) return type_error(st, "object does not provide __dir__");
        }
        Root keep(st.heap, r);
        List* l = list_from_iterable(st, r);
        if (!l) return Value::error();
        names = Value::from_object(l);
    }
    Root keep(st.heap, names);
    Value s = list_sort(st, as_list(names), Value::none(), false);
    if (s.is_error()) return s;
    return names;
}

// exec and eval: compile when given a string, then run with the given namespaces.
Value run_source(State& st, Args a, bool is_eval) {
    const char* fname = is_eval ? "eval" : "exec";
    Value out[3];
    if (!parse_args(st, a, Signature{fname, {"source", "globals", "locals"}, 1, 1}, out)) return Value::error();
    Value src = out[0];
    Value g = out[1].is_missing() ? Value::none() : out[1];
    Value l = out[2].is_missing() ? Value::none() : out[2];
    if (!g.is_none() && !isinstance(st, g, st.dict_type)) {
        return type_error(st, std::string(fname) + "() globals must be a dict, not " + type_name(st, g));
    }
    if (!l.is_none() && !type_of(st, l)->getitem) {
        return type_error(st, std::string(is_eval ? "locals must be a mapping" : "locals must be a mapping"));
    }
    Frame* caller = st.frames.top;
    if (g.is_none()) {
        if (!caller) return raise(st, st.exc.SystemError, "globals and locals cannot be NULL");
        g = Value::from_object(caller->globals());
        if (l.is_none()) {
            l = frame_locals(st);
            if (l.is_error()) return l;
        }
    } else if (l.is_none()) {
        l = g;
    }
    Root keep_g(st.heap, g), keep_l(st.heap, l);
    Dict* gd = as_dict(g);
    if (dict_get_str(st, gd, st.names.builtins).is_missing()) {
        if (!dict_set_str(st, gd, st.names.builtins, Value::from_object(st.builtins_module))) return Value::error();
    }
    Code* code;
    if (type_of(st, src) == st.code_type) {
        code = static_cast<Code*>(src.as_object());
    } else {
        std::string_view text;
        std::string buf;
        if (isinstance(st, src, st.str_type)) {
            text = as_str(src)->view();
        } else if (bytes_like(st, src, text)) {
        } else {
            return type_error(st, std::string(fname) + "() arg 1 must be a string, bytes or code object");
        }
        if (is_eval) {
            // eval ignores leading spaces and tabs.
            while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
        }
        code = vm::compile_source(st, text, "<string>", is_eval ? parse::Mode::Eval : parse::Mode::Exec,
                                  !isinstance(st, src, st.str_type));
        if (!code) return Value::error();
    }
    Root keep_code(st.heap, Value::from_object(code));
    Value r = vm::run_code(st, code, gd, l);
    if (r.is_error()) return r;
    return is_eval ? r : Value::none();
}

Value b_exec(State& st, Args a) { return run_source(st, a, false); }
Value b_eval(State& st, Args a) { return run_source(st, a, true); }

Value b_input(State& st, Args a) {
    if (!check_count(st, a, "input", 0, 1)) return Value::error();
    Value out = sys_attr(st, "stdout");
    if (a.n == 1 && !out.is_missing()) {
        Value s = to_str(st, a.v[0]);
        if (s.is_error()) return s;
        if (!write_to(st, out, as_str(s)->view())) return Value::error();
        if (call_method(st, out, st.names.flush, {}).is_error()) return Value::error();
    }
    Value in = sys_attr(st, "stdin");
    if (in.is_missing()) return raise(st, st.exc.RuntimeError, "input(): lost sys.stdin");
    Value line = call_method(st, in, st.names.readline, {});
    if (line.is_error()) return line;
    if (!isinstance(st, line, st.str_type)) return type_error(st, "object.readline() returned non-string");
    std::string_view s = as_str(line)->view();
    if (s.empty()) return raise(st, st.exc.EOFError, "EOF when reading a line");
    if (s.back() == '\n') s.remove_suffix(1);
    return str_value(st, s);
}

// __build_class__(func, name, *bases, metaclass=..., **kwargs): runs the class body in a
// fresh namespace, then calls the metaclass.
Value b_build_class(State& st, Args a) {
    if (a.n < 2) return type_error(st, "__build_class__: not enough arguments");
    Value func = a.v[0];
    if (type_of(st, func) != st.function_type) return type_error(st, "__build_class__: func must be a function");
    Value name = a.v[1];
    if (!isinstance(st, name, st.str_type)) return type_error(st, "__build_class__: name is not a string");
    // Bases may define __mro_entries__ (generic aliases); plain classes pass through.
    Tuple* orig_bases = make_tuple(st, a.v + 2, a.n - 2);
    if (!orig_bases) return Value::error();
    Root keep_orig(st.heap, Value::from_object(orig_bases));
    Tuple* bases = orig_bases;
    bool changed = false;
    {
        List* nb = make_list(st);
        if (!nb) return Value::error();
        Root keep_nb(st.heap, Value::from_object(nb));
        for (size_t i = 0; i < orig_bases->size; ++i) {
            Value b = orig_bases->items[i];
            if (!isinstance(st, b, st.type_type)) {
                // Looked up as an attribute (functions such as typing.NamedTuple carry one).
                Value meth = getattr_opt(st, b, st.names.mro_entries);
                if (meth.is_error()) return meth;
                Root keep_meth(st.heap, meth);
                Value me = meth.is_missing() ? meth : call(st, meth, {Value::from_object(orig_bases)});
                if (me.is_error()) return me;
                if (!me.is_missing()) {
                    if (!isinstance(st, me, st.tuple_type)) return type_error(st, "__mro_entries__ must return a tuple");
                    changed = true;
                    for (size_t j = 0; j < as_tuple(me)->size; ++j)
                        if (!list_append(st, nb, as_tuple(me)->items[j])) return Value::error();
                    continue;
                }
            }
            if (!list_append(st, nb, b)) return Value::error();
        }
        if (changed) {
            bases = make_tuple(st, nb->items, nb->size);
            if (!bases) return Value::error();
        }
    }
    Root keep_bases(st.heap, Value::from_object(bases));

    Value meta = Value::missing();
    std::vector<Value> kwvals;
    std::vector<Value> kwnames_v;
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        if (as_str(a.kwnames->items[i])->view() == "metaclass") meta = a.kwvalues()[i];
        else {
            kwnames_v.push_back(a.kwnames->items[i]);
            kwvals.push_back(a.kwvalues()[i]);
        }
    }
    bool is_class = false;
    if (meta.is_missing()) {
        meta = bases->size ? Value::from_object(type_of(st, bases->items[0])) : Value::from_object(st.type_type);
        is_class = true;
    } else {
        is_class = isinstance(st, meta, st.type_type);
    }
    if (is_class) {
        // The most derived metaclass of meta and the bases' metaclasses.
        Type* winner = as_type(meta);
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
        meta = Value::from_object(winner);
    }
    Root keep_meta(st.heap, meta);
    Tuple* kwnames = make_tuple(st, kwnames_v.data(), kwnames_v.size());
    if (!kwnames) return Value::error();
    Root keep_kwnames(st.heap, Value::from_object(kwnames));
    // __prepare__(name, bases, **kwargs) gives the namespace.
    Value ns;
    Value prep = getattr_opt(st, meta, st.names.prepare);
    if (prep.is_error()) return prep;
    {
        std::vector<Value> buf{name, Value::from_object(bases)};
        buf.insert(buf.end(), kwvals.begin(), kwvals.end());
        if (prep.is_missing()) {
            Dict* d = make_dict(st);
            if (!d) return Value::error();
            ns = Value::from_object(d);
        } else {
            Root keep_prep(st.heap, prep);
            ns = call(st, prep, Args{buf.data(), 2, kwnames->size ? kwnames : nullptr});
            if (ns.is_error()) return ns;
            if (!type_of(st, ns)->getitem) {
                return type_error(st, std::string(is_class ? as_type(meta)->name_str->view() : "<metaclass>") +
                                          ".__prepare__() must return a mapping, not " + type_name(st, ns));
            }
        }
    }
    Root keep_ns(st.heap, ns);
    Function* fn = static_cast<Function*>(func.as_object());
    Value body = vm::run_code(st, fn->code, fn->globals, ns, fn->closure);
    if (body.is_error()) return body;
    if (changed) {
        if (!setitem(st, ns, str_value(st, "__orig_bases__"), Value::from_object(orig_bases))) return Value::error();
    }
    std::vector<Value> buf{name, Value::from_object(bases), ns};
    buf.insert(buf.end(), kwvals.begin(), kwvals.end());
    Value cls = call(st, meta, Args{buf.data(), 3, kwnames->size ? kwnames : nullptr});
    if (cls.is_error()) return cls;
    // The class cell the body returned must now hold the class.
    if (body.is_object() && body.as_object()->type == st.cell_type) {
        Value cell_value = static_cast<Cell*>(body.as_object())->value;
        if (!cell_value.is(cls)) {
            if (cell_value.is_error()) {
                return raise(st, st.exc.RuntimeError,
                             "__class__ not set defining '" + std::string(as_str(name)->view()) + "' as " +
                                 std::string(as_str(repr(st, cls))->view()) + ". Was __classcell__ propagated to type.__new__?");
            }
            return type_error(st, "__class__ set to " + std::string(as_str(repr(st, cell_value))->view()) +
                                      " defining '" + std::string(as_str(name)->view()) + "' as " +
                                      std::string(as_str(repr(st, cls))->view()));
        }
    }
    return cls;
}

Value b_import(State& st, Args a) {
    Value out[5];
    if (!parse_args(st, a, Signature{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1}, out))
        return Value::error();
    if (!isinstance(st, out[0], st.str_type))
        return type_error(st, "__import__() argument 1 must be str, not " + type_name(st, out[0]));
    int64_t level = 0;
    if (!out[4].is_missing() && !int_to_int64(st, out[4], level)) return Value::error();
    if (level < 0) return value_error(st, "level must be >= 0");
    Value g = out[1].is_missing() ? Value::none() : out[1];
    Value fl = out[3].is_missing() ? Value::none() : out[3];
    Root keep(st.heap);
    if (!fl.is_none() && !isinstance(st, fl, st.tuple_type)) {
        List* l = list_from_iterable(st, fl);
        if (!l) return Value::error();
        Tuple* t = make_tuple(st, l->items, l->size);
        if (!t) return Value::error();
        fl = Value::from_object(t);
        keep.set(fl);
    }
    return vm::import_name(st, intern(st, as_str(out[0])->view()), g, fl, static_cast<int>(level));
}

const MethodDef kBuiltins[] = {
    {"print", b_print},
    {"len", b_len},
    {"repr", b_repr},
    {"ascii", b_ascii},
    {"id", b_id},
    {"hash", b_hash},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"getattr", b_getattr},
    {"setattr", b_setattr},
    {"delattr", b_delattr},
    {"hasattr", b_hasattr},
    {"callable", b_callable},
    {"abs", b_abs},
    {"min", b_min},
    {"max", b_max},
    {"sum", b_sum},
    {"sorted", b_sorted},
    {"iter", b_iter},
    {"next", b_next},
    {"aiter", b_aiter},
    {"anext", b_anext},
    {"all", b_all},
    {"any", b_any},
    {"chr", b_chr},
    {"ord", b_ord},
    {"hex", b_hex},
    {"oct", b_oct},
    {"bin", b_bin},
    {"round", b_round},
    {"divmod", b_divmod},
    {"pow", b_pow},
    {"format", b_format},
    {"globals", b_globals},
    {"locals", b_locals},
    {"vars", b_vars},
    {"dir", b_dir},
    {"exec", b_exec},
    {"eval", b_eval},
    {"input", b_input},
    {"__build_class__", b_build_class},
    {"__import__", b_import},
    {nullptr, nullptr},
};

}  // namespace

Value make_builtins_module(State& st) {
    Module* m = make_module(st, intern(st, "builtins"));
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    Dict* d = m->dict;
    for (const MethodDef* def = kBuiltins; def->name; ++def) {
        Value f = make_native(st, def->name, def->fn);
        if (f.is_error() || !dict_set_cstr(st, d, def->name, f)) return Value::error();
    }
    st.builtin_next = b_next;
    struct {
        const char* name;
        Type* type;
    } types[] = {
        {"object", st.object_type}, {"type", st.type_type}, {"int", st.int_type}, {"bool", st.bool_type},
        {"float", st.float_type}, {"str", st.str_type}, {"bytes", st.bytes_type}, {"bytearray", st.bytearray_type},
        {"tuple", st.tuple_type}, {"list", st.list_type}, {"dict", st.dict_type}, {"set", st.set_type},
        {"frozenset", st.frozenset_type}, {"range", st.range_type}, {"slice", st.slice_type},
        {"property", st.property_type}, {"classmethod", st.classmethod_type},
        {"staticmethod", st.staticmethod_type}, {"super", st.super_type}, {"enumerate", st.enumerate_type},
        {"zip", st.zip_type}, {"map", st.map_type}, {"filter", st.filter_type}, {"reversed", st.reversed_type},
    };
    for (auto& t : types)
        if (!dict_set_cstr(st, d, t.name, Value::from_object(t.type))) return Value::error();
#define KRAIT_EXC(name, base, doc) \
    if (!dict_set_cstr(st, d, #name, Value::from_object(st.exc.name))) return Value::error();
#include "runtime/exceptions.def"
#undef KRAIT_EXC
    dict_set_cstr(st, d, "EnvironmentError", Value::from_object(st.exc.OSError));
    dict_set_cstr(st, d, "IOError", Value::from_object(st.exc.OSError));
    dict_set_cstr(st, d, "None", Value::none());
    dict_set_cstr(st, d, "True", Value::from_bool(true));
    dict_set_cstr(st, d, "False", Value::from_bool(false));
    dict_set_cstr(st, d, "NotImplemented", Value::not_implemented());
    dict_set_cstr(st, d, "Ellipsis", Value::ellipsis());
    dict_set_cstr(st, d, "__debug__", Value::from_bool(true));
    st.builtins = d;
    st.builtins_module = m;
    return Value::from_object(m);
}

}  // namespace krait::stdlib
