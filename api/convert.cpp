// The primitive conversions of convert.hpp, with CPython's messages for what does not fit.
#include <string>

#include "api/runtime.hpp"
#include "runtime/bigint.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait::detail {

namespace {

Interpreter::Impl& rt_of(Interpreter& py) { return Access::runtime(py); }

Handle made(Interpreter::Impl& rt, Value v) { return Access::make(rt, check(rt, v)); }

[[noreturn]] void fail(Interpreter::Impl& rt, Type* type, const std::string& message) {
    raise(rt.st, type, message);
    throw_raised(rt);
}

std::string type_of_name(State& st, Value v) { return std::string(type_of(st, v)->name_str->view()); }

}  // namespace

Handle none(Interpreter& py) { return Access::make(rt_of(py), Value::none()); }
Handle from_bool(Interpreter& py, bool v) { return Access::make(rt_of(py), Value::from_bool(v)); }
Handle from_int(Interpreter& py, long long v) { return made(rt_of(py), make_int(rt_of(py).st, v)); }
Handle from_uint(Interpreter& py, unsigned long long v) {
    auto& rt = rt_of(py);
    if (v <= static_cast<unsigned long long>(INT64_MAX)) return made(rt, make_int(rt.st, static_cast<int64_t>(v)));
    return made(rt, make_int(rt.st, BigInt::from_uint64(v)));
}
Handle from_double(Interpreter& py, double v) { return Access::make(rt_of(py), Value::from_double(v)); }
Handle from_str(Interpreter& py, std::string_view utf8) { return made(rt_of(py), str_value(rt_of(py).st, utf8)); }

Handle new_list(Interpreter& py, std::vector<Handle> items) {
    auto& rt = rt_of(py);
    List* l = make_list(rt.st, items.size());
    if (!l) throw_raised(rt);
    for (size_t i = 0; i < items.size(); ++i) l->items[i] = Access::value(items[i]);
    return Access::make(rt, Value::from_object(l));
}

Handle new_tuple(Interpreter& py, std::vector<Handle> items) {
    auto& rt = rt_of(py);
    Tuple* t = make_tuple(rt.st, items.size());
    if (!t) throw_raised(rt);
    for (size_t i = 0; i < items.size(); ++i) t->items[i] = Access::value(items[i]);
    return Access::make(rt, Value::from_object(t));
}

Handle new_dict(Interpreter& py) {
    auto& rt = rt_of(py);
    Dict* d = make_dict(rt.st);
    if (!d) throw_raised(rt);
    return Access::make(rt, Value::from_object(d));
}

void type_mismatch(const Handle& o, const char* expected) {
    auto& rt = Access::runtime(o);
    fail(rt, rt.st.exc.TypeError, std::string("must be ") + expected + ", not " + type_of_name(rt.st, Access::value(o)));
}

namespace {

// The int an object stands for, as CPython's integer arguments take it (__index__):
// TypeError "'float' object cannot be interpreted as an integer" otherwise.
Value as_index(Interpreter::Impl& rt, const Handle& o) {
    Value v = Access::value(o);
    return is_int(rt.st, v) ? v : check(rt, number_index(rt.st, v));
}

}  // namespace

long long to_int(const Handle& o, long long min, long long max, const char* cpp_type) {
    auto& rt = Access::runtime(o);
    Value v = as_index(rt, o);
    int64_t n;
    if (int_to_int64(rt.st, v, n) && n >= min && n <= max) return n;
    bool negative = v.is_int() ? v.as_int() < 0 : to_bigint(rt.st, v).is_negative();
    fail(rt, rt.st.exc.OverflowError, std::string("Python int too ") + (negative ? "small" : "large") +
                                          " to convert to C++ " + cpp_type);
}

unsigned long long to_uint(const Handle& o, unsigned long long max, const char* cpp_type) {
    auto& rt = Access::runtime(o);
    Value v = as_index(rt, o);
    BigInt b = to_bigint(rt.st, v);
    if (b.is_negative()) fail(rt, rt.st.exc.OverflowError, std::string("can't convert negative int to C++ ") + cpp_type);
    uint64_t n;
    if (b.to_uint64(n) && n <= max) return n;
    fail(rt, rt.st.exc.OverflowError, std::string("Python int too large to convert to C++ ") + cpp_type);
}

double to_double(const Handle& o) {
    auto& rt = Access::runtime(o);
    double d;
    if (!krait::to_double(rt.st, Access::value(o), d)) throw_raised(rt);
    return d;
}

std::string to_string(const Handle& o) {
    auto& rt = Access::runtime(o);
    Value v = Access::value(o);
    if (!isinstance(rt.st, v, rt.st.str_type)) type_mismatch(o, "str");
    return std::string(as_str(v)->view());
}

std::vector<Handle> to_items(const Handle& o, const char* what) {
    auto& rt = Access::runtime(o);
    Value v = Access::value(o);
    if (isinstance(rt.st, v, rt.st.str_type) || isinstance(rt.st, v, rt.st.bytes_type)) type_mismatch(o, what);
    std::vector<Handle> out;
    Value it = get_iter(rt.st, v);
    if (it.is_error()) {
        take_raised(rt.st);
        type_mismatch(o, what);
    }
    Handle iter = Access::make(rt, it);
    for (;;) {
        Value x = iter_next(rt.st, it);
        if (x.is_error()) throw_raised(rt);
        if (x.is_stop()) return out;
        out.push_back(Access::make(rt, x));
    }
}

std::vector<Handle> to_fixed(const Handle& o, size_t n) {
    auto& rt = Access::runtime(o);
    Value v = Access::value(o);
    if (!isinstance(rt.st, v, rt.st.tuple_type) && !isinstance(rt.st, v, rt.st.list_type))
        type_mismatch(o, "a tuple");
    std::vector<Handle> items = to_items(o, "a tuple");
    if (items.size() != n)
        fail(rt, rt.st.exc.ValueError,
             "expected a sequence of " + std::to_string(n) + " items, not " + std::to_string(items.size()));
    return items;
}

std::vector<std::pair<Handle, Handle>> to_pairs(const Handle& o) {
    if (!o.has_attr("items")) type_mismatch(o, "a dict");
    std::vector<std::pair<Handle, Handle>> out;
    for (const Handle& kv : o.call_method("items")) {
        std::vector<Handle> pair = to_fixed(kv, 2);
        out.emplace_back(std::move(pair[0]), std::move(pair[1]));
    }
    return out;
}

}  // namespace krait::detail
