// Bound C++ callables (function.hpp): the function objects scripts call, argument matching
// with CPython's messages, and C++ exceptions turned into Python ones at the boundary, so
// that no C++ exception ever unwinds through the VM.
#include <new>
#include <stdexcept>
#include <string>

#include "api/bound.hpp"
#include "api/runtime.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

// A bound callable as the script sees it (a builtin_function_or_method).
struct HostFunction : Object {
    Interpreter::Impl* rt;
    detail::Callable* fn;          // owned
    std::vector<detail::Param>* params;  // owned; names and defaults, kept alive by their handles
    Str* name;
};

HostFunction* hf(Value v) { return static_cast<HostFunction*>(v.as_object()); }

void trace_function(Object* o, Tracer& t) { t.mark(static_cast<HostFunction*>(o)->name); }

void destroy_function(Heap&, Object* o) {
    auto* f = static_cast<HostFunction*>(o);
    delete f->fn;
    delete f->params;
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as CPython lists missing arguments.
std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

// Matches a's arguments to the parameters; false with a TypeError raised. `name` is the
// function's name as messages give it ("f()").
bool match(State& st, Interpreter::Impl& rt, const std::string& fn, const std::vector<detail::Param>& ps, Args a,
           std::vector<Handle>& out, size_t first) {
    bool named = ps.empty() || !ps[0].name.empty();
    size_t nkw = a.kwnames ? a.nkw() : 0;
    if (!named) {
        if (nkw) return type_error(st, fn + " takes no keyword arguments"), false;
        if (a.n != ps.size())
            return type_error(st, fn + " takes exactly " + plural(ps.size(), "argument") + " (" +
                                      std::to_string(a.n) + " given)"),
                   false;
        for (size_t i = 0; i < a.n; ++i) out[first + i] = detail::Access::make(rt, a.v[i]);
        return true;
    }
    if (a.n > ps.size()) {
        size_t required = 0;
        while (required < ps.size() && ps[required].default_value.empty()) ++required;
        std::string takes = required == ps.size() ? std::to_string(ps.size())
                                                  : "from " + std::to_string(required) + " to " + std::to_string(ps.size());
        return type_error(st, fn + " takes " + takes + " positional argument" + (ps.size() == 1 ? "" : "s") + " but " +
                                  std::to_string(a.n) + (a.n == 1 ? " was" : " were") + " given"),
               false;
    }
    std::vector<bool> given(ps.size(), false);
    for (size_t i = 0; i < a.n; ++i) out[first + i] = detail::Access::make(rt, a.v[i]), given[i] = true;
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view key = as_str(a.kwnames->items[k])->view();
        size_t i = 0;
        while (i < ps.size() && ps[i].name != key) ++i;
        if (i == ps.size()) return type_error(st, fn + " got an unexpected keyword argument '" + std::string(key) + "'"), false;
        if (given[i]) return type_error(st, fn + " got multiple values for argument '" + std::string(key) + "'"), false;
        out[first + i] = detail::Access::make(rt, a.kwvalues()[k]);
        given[i] = true;
    }
    std::vector<std::string> missing;
    for (size_t i = 0; i < ps.size(); ++i) {
        if (given[i]) continue;
        if (ps[i].default_value.empty()) missing.push_back(ps[i].name);
        else out[first + i] = ps[i].default_value;
    }
    if (!missing.empty())
        return type_error(st, fn + " missing " + std::to_string(missing.size()) + " required positional argument" +
                                  (missing.size() == 1 ? "" : "s") + ": " + name_list(missing)),
               false;
    return true;
}

Value call_function(State&, Value self, Args a) {
    HostFunction* f = hf(self);
    return detail::call_bound(*f->rt, f->name->view(), *f->params, *f->fn, Value::error(), a, 0);
}

Value function_repr(State& st, Value self) {
    return str_value(st, "<built-in function " + std::string(hf(self)->name->view()) + ">");
}

Value get_name(State&, Value self) { return Value::from_object(hf(self)->name); }

const GetSetDef kGetSets[] = {
    {"__name__", get_name},
    {"__qualname__", get_name},
    {nullptr, nullptr},
};

Type* function_type(Interpreter::Impl& rt) {
    if (rt.function_type) return rt.function_type;
    State& st = rt.st;
    static constexpr GcOps kGc{trace_function, destroy_function};
    Type* t = make_native_type(st, "builtin_function_or_method", nullptr, sizeof(HostFunction), &kGc);
    if (!t) detail::throw_raised(rt);
    Root keep(st.heap, Value::from_object(t));
    t->new_ = nullptr;
    t->call = call_function;
    t->repr = function_repr;
    add_getsets(st, t, kGetSets);
    if (!ready_builtin_type(st, t)) detail::throw_raised(rt);
    rt.function_type = t;
    st.native_roots.push_back([t](Tracer& tr) { tr.mark(t); });
    return t;
}

// The built-in exception class called `name`, or null.
Type* builtin_exception(State& st, const std::string& name) {
    Value v = dict_get_cstr(st, st.builtins, name.c_str());
    if (v.is_error()) take_raised(st);
    if (!v.is_object() || v.as_object()->type != st.type_type) return nullptr;
    Type* t = as_type(v);
    return is_subtype(t, st.exc.BaseException) ? t : nullptr;
}

void raise_named(State& st, const std::string& type, const std::string& message) {
    Type* cls = builtin_exception(st, type);
    if (cls) raise(st, cls, message);
    else raise(st, st.exc.RuntimeError, type + ": " + message);
}

}  // namespace

namespace detail {

Value call_bound(Interpreter::Impl& rt, std::string_view name, const std::vector<Param>& params, Callable& fn,
                 Value self, Args a, unsigned flags, bool* mismatched) {
    State& st = rt.st;
    size_t first = self.is_error() ? 0 : 1;
    std::vector<Handle> args(params.size() + first);
    if (first) args[0] = Access::make(rt, self);
    std::string fname = std::string(name) + "()";
    if (!match(st, rt, fname, params, a, args, first)) {
        if (mismatched) *mismatched = true;
        return Value::error();
    }
    try {
        Handle r = fn.call(*rt.self, args);
        return Access::value(r);
    } catch (const ArgumentError& e) {
        // "must be int, not str" names the function and the argument, as CPython's do; self
        // is not counted.
        const std::string& m = e.error.message();
        if (e.error.type_name() == "TypeError" && m.rfind("must be ", 0) == 0 && e.index >= first) {
            if (flags & kNotImplementedOnMismatch) return Value::not_implemented();
            if (mismatched) *mismatched = true;
            if (flags & kBareArgumentErrors) return type_error(st, m);
            const std::string& pname = params[e.index - first].name;
            std::string which = pname.empty() ? std::to_string(e.index - first + 1) : "'" + pname + "'";
            return type_error(st, fname + " argument " + which + " " + m);
        }
        raise_error(rt, e.error);
    } catch (const Error& e) {
        raise_error(rt, e);
    } catch (...) {
        raise_cpp_exception(rt, std::current_exception());
    }
    return Value::error();
}

Handle make_function(Interpreter& py, std::string name, std::unique_ptr<Callable> fn, std::vector<Param> params) {
    Interpreter::Impl& rt = Access::runtime(py);
    State& st = rt.st;
    Type* t = function_type(rt);
    Value n = check(rt, str_value(st, name));
    Root keep(st.heap, n);
    auto* f = st.heap.make<HostFunction>(t);
    if (!f) {
        raise_no_memory(st);
        throw_raised(rt);
    }
    f->rt = &rt;
    f->name = as_str(n);
    f->params = new std::vector<Param>(std::move(params));
    f->fn = fn.release();
    return Access::make(rt, Value::from_object(f));
}

void raise_error(Interpreter::Impl& rt, const Error& e) {
    State& st = rt.st;
    if (dynamic_cast<const Interrupted*>(&e)) {
        // A stop passing back through bound code (or one bound code asks for) goes on.
        st.interrupt_requested.fetch_or(dynamic_cast<const BudgetExceeded*>(&e) ? kStopBudget : kStopInterrupt);
        raise_interrupt(st);
        return;
    }
    const Handle& exc = e.exception();
    if (!exc.empty() && &Access::runtime(exc) == &rt) {
        raise(st, Access::value(exc));
        return;
    }
    raise_named(st, e.type_name(), e.message());
}

void raise_cpp_exception(Interpreter::Impl& rt, std::exception_ptr p) {
    State& st = rt.st;
    for (auto m = rt.exception_mappings.rbegin(); m != rt.exception_mappings.rend(); ++m) {
        std::string message;
        if (!m->matches(p, message)) continue;
        if (!m->python_class.empty()) {
            Value cls = Access::value(m->python_class);
            Value msg = str_value(st, message);
            if (msg.is_error()) return;
            Root keep(st.heap, msg);
            Value exc = call(st, cls, {msg});
            if (!exc.is_error()) raise(st, exc);
            return;
        }
        raise_named(st, m->python_type, message);
        return;
    }
    try {
        std::rethrow_exception(p);
    } catch (const std::invalid_argument& e) {
        raise(st, st.exc.ValueError, e.what());
    } catch (const std::out_of_range& e) {
        raise(st, st.exc.IndexError, e.what());
    } catch (const std::bad_alloc&) {
        raise_no_memory(st);
    } catch (const std::exception& e) {
        raise(st, st.exc.RuntimeError, e.what());
    } catch (...) {
        raise(st, st.exc.RuntimeError, "unknown C++ exception");
    }
}

}  // namespace detail

void Interpreter::add_exception_translator(Translator t, std::string python_type, Handle python_class) {
    impl_->exception_mappings.push_back({t, std::move(python_type), std::move(python_class)});
}

}  // namespace krait
