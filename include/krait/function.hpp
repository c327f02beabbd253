// Binding C++ callables as Python functions. The parameter and return types say how
// arguments and the result convert (convert.hpp); krait::arg gives parameters names (so
// scripts may pass them by keyword) and defaults:
//
//   py.def("clamp", [](double x, double lo, double hi) { return std::min(std::max(x, lo), hi); },
//          krait::arg("x"), krait::arg("lo") = 0.0, krait::arg("hi") = 1.0);
//   py.eval<double>("clamp(3, hi=2)");   // 2.0
//
// A C++ exception thrown by the callable reaches the script as a Python exception:
// krait::Error as the exception it carries (or names), std::invalid_argument as ValueError,
// std::out_of_range as IndexError, std::bad_alloc as MemoryError, anything else as
// RuntimeError; Interpreter::register_exception adds mappings.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "krait/class.hpp"
#include "krait/convert.hpp"
#include "krait/error.hpp"
#include "krait/handle.hpp"
#include "krait/interpreter.hpp"

namespace krait {

namespace detail {

// A bound callable, with its arguments matched to its parameters by the library.
struct Callable {
    virtual ~Callable() = default;
    virtual Handle call(Interpreter& py, const std::vector<Handle>& args) = 0;
};

// A parameter's name ("" for positional-only) and default (empty: required).
struct Param {
    std::string name;
    Handle default_value;
};

// A function object for a callable of `arity` parameters (api/function.cpp).
Handle make_function(Interpreter& py, std::string name, std::unique_ptr<Callable> fn, std::vector<Param> params);

// An argument that did not convert: the library names the function and the argument.
struct ArgumentError {
    size_t index;  // 0-based
    Error error;
};

template <class A>
ArgCaster<A> argument(const Handle& arg, size_t index) {
    try {
        return ArgCaster<A>(arg);
    } catch (const Error& e) {
        throw ArgumentError{index, e};
    }
}

template <class T>
struct Signature : Signature<decltype(&T::operator())> {};  // lambdas and function objects
template <class R, class... A>
struct Signature<R (*)(A...)> {
    using result = R;
    using args = std::tuple<A...>;  // as declared: ArgCaster decides how each is passed
    static constexpr size_t arity = sizeof...(A);
};
template <class R, class... A>
struct Signature<R(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) noexcept> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const noexcept> : Signature<R (*)(A...)> {};
template <class R, class... A>
struct Signature<R (*)(A...) noexcept> : Signature<R (*)(A...)> {};

template <class F>
class Bound : public Callable {
public:
    explicit Bound(F f) : f_(std::move(f)) {}
    Handle call(Interpreter& py, const std::vector<Handle>& args) override {
        using S = Signature<F>;
        return invoke(py, args, static_cast<typename S::args*>(nullptr),
                      std::make_index_sequence<S::arity>());
    }

private:
    template <class... A, size_t... I>
    Handle invoke(Interpreter& py, const std::vector<Handle>& args, std::tuple<A...>*, std::index_sequence<I...>) {
        std::tuple<ArgCaster<A>...> cast{argument<A>(args[I], I)...};
        using R = typename Signature<F>::result;
        if constexpr (std::is_void_v<R>) {
            f_(std::get<I>(cast).get()...);
            return py.none();
        } else {
            return py.object(f_(std::get<I>(cast).get()...));
        }
    }
    F f_;
};

inline Param param(Interpreter&, const arg& a) { return Param{a.name(), Handle()}; }
template <class T>
Param param(Interpreter& py, const arg::with_value<T>& a) {
    return Param{a.name, py.object(a.value)};
}

}  // namespace detail

// A Python function (a builtin_function_or_method named `name`) that calls f.
template <class F, class... Params>
Handle function(Interpreter& py, std::string name, F f, const Params&... params) {
    constexpr size_t arity = detail::Signature<std::decay_t<F>>::arity;
    static_assert(sizeof...(Params) == 0 || sizeof...(Params) == arity,
                  "name every parameter with krait::arg, or none");
    std::vector<detail::Param> ps;
    if constexpr (sizeof...(Params) == 0) ps.resize(arity);
    else ps = {detail::param(py, params)...};
    return detail::make_function(py, std::move(name),
                                 std::make_unique<detail::Bound<std::decay_t<F>>>(std::move(f)), std::move(ps));
}

template <class F, class... Params>
void Interpreter::def(std::string name, F f, const Params&... params) {
    Handle fn = function(*this, name, std::move(f), params...);
    set_global(name, fn);
}

}  // namespace krait

#include "krait/module.hpp"  // Interpreter::module and class_, which bind callables
