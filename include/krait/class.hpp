// Conversions for bound C++ classes (module.hpp binds them with class_<T>). Every class type
// without a Converter of its own converts as a bound class:
//
//   C++                       Python
//   T                         an instance of T's class: to Python copies (or moves) the
//                               value into a new instance; from Python copies it out
//   T&, const T&              the object inside an instance (from Python only)
//   T*, const T*              the same, or nullptr for None (from Python only)
//
// A reference or pointer from `o.as<Vec&>()` is valid while the instance lives: while `o`,
// or any other handle or Python reference to it, does. Using a class that was never bound
// throws krait::Error (TypeError) at run time, as pybind11 does.
#pragma once
#include <new>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "krait/convert.hpp"
#include "krait/handle.hpp"

namespace krait {

namespace detail {

// The object inside o, an instance of the class bound to `type` (or of a Python subclass);
// null for None when none_ok. Throws krait::Error: TypeError "must be Vec, not int", or one
// saying the instance was never initialized.
void* instance_data(const Handle& o, const std::type_info& type, bool none_ok);
// A new instance of the class bound to `type` whose object is not constructed yet, and where
// to construct it.
Handle new_instance(Interpreter& py, const std::type_info& type, void*& storage);
// Where to construct the object of `instance`, a fresh instance made by calling its class
// (__init__); TypeError if it already holds one.
void* init_storage(const Handle& instance);
// Records that the object was constructed: the collector runs `destroy` when it frees the
// instance, or when the interpreter goes.
void set_constructed(const Handle& instance, void (*destroy)(void*));

template <class T>
void destroy_object(void* p) {
    static_cast<T*>(p)->~T();
}

template <class T, class... A>
Handle make_instance(Interpreter& py, A&&... args) {
    void* storage = nullptr;
    Handle h = new_instance(py, typeid(T), storage);
    new (storage) T(std::forward<A>(args)...);
    set_constructed(h, destroy_object<T>);
    return h;
}

}  // namespace detail

// The primary template: bound classes.
template <class T, class Enable>
struct Converter {
    static_assert(std::is_class_v<T> && !std::is_const_v<T>,
                  "krait: no conversion between this type and Python objects (see convert.hpp)");
    static constexpr bool bound_class = true;
    static Handle to_python(Interpreter& py, const T& v) { return detail::make_instance<T>(py, v); }
    static Handle to_python(Interpreter& py, T&& v) { return detail::make_instance<T>(py, std::move(v)); }
    static T from_python(const Handle& o) { return *static_cast<T*>(detail::instance_data(o, typeid(T), false)); }
};

template <class T>
struct Converter<T&> {
    static T& from_python(const Handle& o) {
        return *static_cast<T*>(detail::instance_data(o, typeid(std::remove_cv_t<T>), false));
    }
};

template <class T>
struct Converter<T*, std::enable_if_t<std::is_class_v<T>>> {
    static T* from_python(const Handle& o) {
        return static_cast<T*>(detail::instance_data(o, typeid(std::remove_cv_t<T>), true));
    }
};

namespace detail {

template <class U>
concept BoundClass = std::is_class_v<U> && requires { Converter<U>::bound_class; };

// How a bound function receives a parameter of type A: a converted value it owns...
template <class A>
struct ArgCaster {
    using D = std::decay_t<A>;
    D value;
    explicit ArgCaster(const Handle& h) : value(Converter<D>::from_python(h)) {}
    decltype(auto) get() {
        if constexpr (std::is_lvalue_reference_v<A>) return static_cast<D&>(value);
        else return std::move(value);
    }
};

// ... or, for a reference to a bound class, the object inside the instance (no copy) ...
template <class A>
    requires(std::is_reference_v<A> && BoundClass<std::remove_cvref_t<A>>)
struct ArgCaster<A> {
    std::remove_reference_t<A>* p;
    explicit ArgCaster(const Handle& h)
        : p(static_cast<std::remove_reference_t<A>*>(instance_data(h, typeid(std::remove_cvref_t<A>), false))) {}
    A get() { return static_cast<A>(*p); }
};

// ... and for a pointer to one, that object or nullptr for None.
template <class A>
    requires(std::is_pointer_v<A> && BoundClass<std::remove_cv_t<std::remove_pointer_t<A>>>)
struct ArgCaster<A> {
    A p;
    explicit ArgCaster(const Handle& h)
        : p(static_cast<A>(instance_data(h, typeid(std::remove_cv_t<std::remove_pointer_t<A>>), true))) {}
    A get() { return p; }
};

}  // namespace detail

}  // namespace krait
