// Native modules and classes: C++ types as Python classes, in modules scripts import.
//
//   krait::NativeModule geo = py.module("geometry");       // `import geometry` finds it
//   geo.def("dot", [](const Vec& a, const Vec& b) { return a.x * b.x + a.y * b.y; });
//   geo.set_attr("VERSION", "1.0");
//   geo.class_<Vec>("Vec", "A point in the plane.")
//       .init<double, double>(krait::arg("x") = 0.0, krait::arg("y") = 0.0)   // Vec(1, y=2)
//       .def("length", &Vec::length)                     // member functions, or callables
//       .def("scale", [](Vec& v, double k) { v.x *= k; v.y *= k; })   // taking T& / const T& first
//       .property("x", &Vec::x)                          // a data member, read/write
//       .property("y", &Vec::get_y, &Vec::set_y)         // getter and setter
//       .property_readonly("len", &Vec::length)
//       .static_def("zero", [] { return Vec{0, 0}; })
//       .def("__add__", [](const Vec& a, const Vec& b) { return a + b; })
//       .def("__repr__", [](const Vec& v) { return "Vec(" + ... + ")"; });
//   py.exec("from geometry import Vec\nv = Vec(1, 2) + Vec(3, 4)");
//   Vec& v = py.eval("v").as<Vec&>();        // the object inside the instance (class.hpp)
//   py.set_global("w", Vec{1, 1});           // a copy (or a move) in a new instance
//
// Instances are collected objects that hold the C++ object itself, constructed in place by
// __init__ (no copy: T need not be copyable or movable unless converted by value); its
// destructor runs when the collector frees the instance, or when the interpreter goes.
//
// Methods bind self as built-in methods do; `Vec.length(3)` is CPython's TypeError
// "descriptor 'length' for 'geometry.Vec' objects doesn't apply to a 'int' object". Special
// methods (__add__, __eq__, __lt__, __len__, __getitem__, __contains__, __iter__, __next__,
// __hash__, __bool__, __repr__, __str__, __call__, __neg__, ...) are what the operators,
// len(), repr(), print() and hash() use; a binary one whose other operand is not of its
// parameter's type returns NotImplemented (so `v == 3` is False, `v + 3` a TypeError). A
// class with __eq__ and no __hash__ is unhashable, as a Python class is.
//
// Python code may subclass a bound class (`class V3(Vec)`): instances hold the C++ object
// and a __dict__; a subclass's __init__ must call the base's (super().__init__(...)), or
// using the object raises TypeError. A class without init() cannot be instantiated from
// Python ("cannot create 'geometry.Vec' instances"); C++ values still convert to instances.
// Types and their attributes cannot be changed by scripts (as for built-in types).
//
// Results convert by value: a method returning Vec& gives scripts a copy. A C++ object that
// holds krait::Handles keeps their objects alive as roots; a cycle through one is never
// collected.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "krait/class.hpp"
#include "krait/function.hpp"
#include "krait/handle.hpp"
#include "krait/interpreter.hpp"

namespace krait {

namespace detail {

// The library's side of class_ (api/class.cpp). `scope` is the module the class goes in.
Handle make_class(const Handle& scope, const std::string& name, const std::string& doc, const std::type_info& type,
                  size_t size, size_t align);
// Adds to a class's dict; a special method also sets the slot the operators use. params
// leave self out.
void add_method(const Handle& cls, const std::string& name, std::unique_ptr<Callable> fn, std::vector<Param> params);
void add_init(const Handle& cls, std::unique_ptr<Callable> fn, std::vector<Param> params);
void add_property(const Handle& cls, const std::string& name, std::unique_ptr<Callable> get,
                  std::unique_ptr<Callable> set, const std::string& doc);
void add_class_attr(const Handle& cls, const std::string& name, const Handle& value);
Handle new_module(Interpreter& py, std::string_view name);
Handle main_module(Interpreter& py);

// A member function pointer as a callable taking the object first.
template <class T, class PM>
struct MemberFn;
template <class T, class C, class R, class... A>
struct MemberFn<T, R (C::*)(A...)> {
    static auto wrap(R (C::*pm)(A...)) {
        return [pm](T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); };
    }
};
template <class T, class C, class R, class... A>
struct MemberFn<T, R (C::*)(A...) const> {
    static auto wrap(R (C::*pm)(A...) const) {
        return [pm](const T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); };
    }
};
template <class T, class C, class R, class... A>
struct MemberFn<T, R (C::*)(A...) noexcept> : MemberFn<T, R (C::*)(A...)> {};
template <class T, class C, class R, class... A>
struct MemberFn<T, R (C::*)(A...) const noexcept> {
    static auto wrap(R (C::*pm)(A...) const noexcept) {
        return [pm](const T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); };
    }
};

template <class T, class F>
auto as_method(F f) {
    if constexpr (std::is_member_function_pointer_v<F>) return MemberFn<T, F>::wrap(f);
    else return f;
}

template <class F>
std::unique_ptr<Callable> bind(F f) {
    return std::make_unique<Bound<F>>(std::move(f));
}

}  // namespace detail

// A bound class: the type object (a Handle), with the builder methods that fill it.
template <class T>
class Class : public Handle {
public:
    static_assert(std::is_class_v<T> && !std::is_const_v<T>, "krait: bind a class type");
    static_assert(alignof(T) <= 4096, "krait: over-aligned type");
    explicit Class(Handle type) : Handle(std::move(type)) {}

    // The constructor scripts call: Vec(1, 2) runs T(A...) in place. Calling init (or def)
    // again with the same name adds an overload: the first the arguments fit runs.
    template <class... A, class... Params>
    Class& init(const Params&... params) {
        static_assert(sizeof...(Params) == 0 || sizeof...(Params) == sizeof...(A),
                      "name every parameter with krait::arg, or none");
        auto ctor = [](Handle self, A... args) {
            void* storage = detail::init_storage(self);
            new (storage) T(std::forward<A>(args)...);
            detail::set_constructed(self, detail::destroy_object<T>);
        };
        std::vector<detail::Param> ps;
        if constexpr (sizeof...(Params) == 0) ps.resize(sizeof...(A));
        else ps = {detail::param(interpreter(), params)...};
        detail::add_init(*this, detail::bind(std::move(ctor)), std::move(ps));
        return *this;
    }

    // A method: a member function pointer, or a callable whose first parameter is the
    // object (T&, const T&, T*, or a krait::Handle). krait::arg names the others.
    template <class F, class... Params>
    Class& def(const std::string& name, F f, const Params&... params) {
        auto fn = detail::as_method<T>(std::move(f));
        using G = decltype(fn);
        static_assert(detail::Signature<G>::arity >= 1, "a method takes the object first (use static_def)");
        static_assert(sizeof...(Params) == 0 || sizeof...(Params) + 1 == detail::Signature<G>::arity,
                      "name every parameter but the object with krait::arg, or none");
        std::vector<detail::Param> ps;
        if constexpr (sizeof...(Params) == 0) ps.resize(detail::Signature<G>::arity - 1);
        else ps = {detail::param(interpreter(), params)...};
        detail::add_method(*this, name, detail::bind(std::move(fn)), std::move(ps));
        return *this;
    }

    // A static method (Vec.zero(), also through instances): any callable.
    template <class F, class... Params>
    Class& static_def(const std::string& name, F f, const Params&... params) {
        add_class_attr(name, function(interpreter(), name, std::move(f), params...));
        return *this;
    }

    // A data member, read/write (read-only when it is const). Reading copies the value.
    template <class M, class C>
        requires std::is_member_object_pointer_v<M C::*>
    Class& property(const std::string& name, M C::*member, const std::string& doc = "") {
        if constexpr (std::is_const_v<M>) return property_readonly(name, member, doc);
        else return property_impl(name, getter(member), setter(member), doc);
    }
    // A getter and a setter: member function pointers, data member pointers, or callables
    // taking the object first (the setter also the value).
    template <class G, class S>
        requires(!std::is_convertible_v<S, std::string>)
    Class& property(const std::string& name, G get, S set, const std::string& doc = "") {
        return property_impl(name, getter(get), setter(set), doc);
    }
    // A read-only attribute: `v.len = 1` is "AttributeError: property 'len' of 'Vec' object
    // has no setter".
    template <class G>
    Class& property_readonly(const std::string& name, G get, const std::string& doc = "") {
        detail::add_property(*this, name, detail::bind(getter(get)), nullptr, doc);
        return *this;
    }

    // A class attribute (Vec.ORIGIN), any convertible value.
    template <class V>
    Class& class_attr(const std::string& name, V&& value) {
        detail::add_class_attr(*this, name, to_object(std::forward<V>(value)));
        return *this;
    }

private:
    template <class G, class S>
    Class& property_impl(const std::string& name, G get, S set, const std::string& doc) {
        detail::add_property(*this, name, detail::bind(std::move(get)), detail::bind(std::move(set)), doc);
        return *this;
    }
    template <class G>
    static auto getter(G get) {
        if constexpr (std::is_member_object_pointer_v<G>) {
            using M = std::remove_cvref_t<decltype(std::declval<const T&>().*get)>;
            return [get](const T& self) -> M { return self.*get; };
        } else {
            return detail::as_method<T>(std::move(get));
        }
    }
    template <class S>
    static auto setter(S set) {
        if constexpr (std::is_member_object_pointer_v<S>) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*set)>;
            return [set](T& self, const Handle& value) { self.*set = value.as<M>(); };
        } else {
            return detail::as_method<T>(std::move(set));
        }
    }
    void add_class_attr(const std::string& name, const Handle& value) { detail::add_class_attr(*this, name, value); }
};

// A native module (a Handle to the module object). Interpreter::module makes one that
// `import name` finds: it is in sys.modules from the start. A dotted name ("host.geo") makes
// its parents too, as packages (their __path__ is empty: only native submodules are found in
// them).
class NativeModule : public Handle {
public:
    NativeModule() = default;
    explicit NativeModule(Handle module) : Handle(std::move(module)) {}

    // A C++ callable as a function of the module (function.hpp).
    template <class F, class... Params>
    NativeModule& def(const std::string& name, F f, const Params&... params) {
        set_attr(name, function(interpreter(), name, std::move(f), params...));
        return *this;
    }
    // A C++ class as a class of the module.
    template <class T>
    Class<T> class_(const std::string& name, const std::string& doc = "") {
        return Class<T>(detail::make_class(*this, name, doc, typeid(T), sizeof(T), alignof(T)));
    }
    // The native submodule `name` ("geo" in "host": host.geo).
    NativeModule submodule(const std::string& name) const {
        return NativeModule(detail::new_module(interpreter(), attr("__name__").as<std::string>() + "." + name));
    }
};

inline NativeModule Interpreter::module(std::string_view name) { return NativeModule(detail::new_module(*this, name)); }

template <class T>
Class<T> Interpreter::class_(const std::string& name, const std::string& doc) {
    return Class<T>(detail::make_class(detail::main_module(*this), name, doc, typeid(T), sizeof(T), alignof(T)));
}

}  // namespace krait
