// Conversions between C++ values and Python objects (Converter<T>, declared in object.hpp):
//
//   C++                                   Python
//   bool                                  bool (from Python: any object, by its truth)
//   integers (char excluded)              int (from Python: int or __index__; OverflowError
//                                           when it does not fit)
//   float, double                         float (from Python: int, float, __float__)
//   std::string, std::string_view,        str (from Python: str only, into std::string;
//     const char*                           a string_view would outlive its object)
//   std::nullptr_t, std::nullopt          None
//   std::optional<T>                      None or T
//   std::vector<T>                        list (from Python: any iterable but str/bytes)
//   std::map, std::unordered_map          dict (from Python: a dict or anything with items())
//   std::pair, std::tuple                 tuple (from Python: a tuple or list of that length)
//   krait::Handle                         itself
//
// A value that does not fit throws krait::Error with CPython's kind of message: TypeError
// "must be str, not int", "'float' object cannot be interpreted as an integer", OverflowError
// "Python int too large to convert to C++ int", ...
#pragma once
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "krait/handle.hpp"

namespace krait {

namespace detail {
// The primitives the converters are built on (api/convert.cpp).
Handle none(Interpreter& py);
Handle from_bool(Interpreter& py, bool v);
Handle from_int(Interpreter& py, long long v);
Handle from_uint(Interpreter& py, unsigned long long v);
Handle from_double(Interpreter& py, double v);
Handle from_str(Interpreter& py, std::string_view utf8);
Handle new_list(Interpreter& py, std::vector<Handle> items);
Handle new_tuple(Interpreter& py, std::vector<Handle> items);
Handle new_dict(Interpreter& py);
long long to_int(const Handle& o, long long min, long long max, const char* cpp_type);
unsigned long long to_uint(const Handle& o, unsigned long long max, const char* cpp_type);
double to_double(const Handle& o);
std::string to_string(const Handle& o);
// The items of an iterable that is not a str or bytes ("must be an iterable, not int").
std::vector<Handle> to_items(const Handle& o, const char* what);
// The items of a tuple or list of exactly n items.
std::vector<Handle> to_fixed(const Handle& o, size_t n);
// A dict's (or mapping's) items() as pairs.
std::vector<std::pair<Handle, Handle>> to_pairs(const Handle& o);
// TypeError "must be None, not int".
[[noreturn]] void type_mismatch(const Handle& o, const char* expected);

template <class T>
constexpr const char* int_name() {
    if constexpr (std::is_same_v<T, signed char>) return "signed char";
    else if constexpr (std::is_same_v<T, unsigned char>) return "unsigned char";
    else if constexpr (std::is_same_v<T, short>) return "short";
    else if constexpr (std::is_same_v<T, unsigned short>) return "unsigned short";
    else if constexpr (std::is_same_v<T, int>) return "int";
    else if constexpr (std::is_same_v<T, unsigned>) return "unsigned int";
    else if constexpr (std::is_same_v<T, long>) return "long";
    else if constexpr (std::is_same_v<T, unsigned long>) return "unsigned long";
    else if constexpr (std::is_same_v<T, long long>) return "long long";
    else return "unsigned long long";
}

template <class T>
constexpr bool is_integer = std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char> &&
                            !std::is_same_v<T, char8_t> && !std::is_same_v<T, char16_t> &&
                            !std::is_same_v<T, char32_t> && !std::is_same_v<T, wchar_t>;
}  // namespace detail

template <>
struct Converter<Handle> {
    static Handle to_python(Interpreter&, const Handle& o) { return o; }
    static Handle from_python(const Handle& o) { return o; }
};

template <>
struct Converter<bool> {
    static Handle to_python(Interpreter& py, bool v) { return detail::from_bool(py, v); }
    static bool from_python(const Handle& o) { return o.truthy(); }
};

template <class T>
struct Converter<T, std::enable_if_t<detail::is_integer<T>>> {
    static Handle to_python(Interpreter& py, T v) {
        if constexpr (std::is_signed_v<T>) return detail::from_int(py, v);
        else return detail::from_uint(py, v);
    }
    static T from_python(const Handle& o) {
        if constexpr (std::is_signed_v<T>)
            return static_cast<T>(detail::to_int(o, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(),
                                                 detail::int_name<T>()));
        else return static_cast<T>(detail::to_uint(o, std::numeric_limits<T>::max(), detail::int_name<T>()));
    }
};

template <class T>
struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static Handle to_python(Interpreter& py, T v) { return detail::from_double(py, static_cast<double>(v)); }
    static T from_python(const Handle& o) { return static_cast<T>(detail::to_double(o)); }
};

template <>
struct Converter<std::string> {
    static Handle to_python(Interpreter& py, const std::string& v) { return detail::from_str(py, v); }
    static std::string from_python(const Handle& o) { return detail::to_string(o); }
};

template <>
struct Converter<std::string_view> {
    static Handle to_python(Interpreter& py, std::string_view v) { return detail::from_str(py, v); }
};

template <>
struct Converter<const char*> {
    static Handle to_python(Interpreter& py, const char* v) { return detail::from_str(py, v); }
};

template <>
struct Converter<std::nullptr_t> {
    static Handle to_python(Interpreter& py, std::nullptr_t) { return detail::none(py); }
    static std::nullptr_t from_python(const Handle& o) {
        if (!o.is_none()) detail::type_mismatch(o, "None");
        return nullptr;
    }
};

template <>
struct Converter<std::nullopt_t> {
    static Handle to_python(Interpreter& py, std::nullopt_t) { return detail::none(py); }
};

template <class T>
struct Converter<std::optional<T>> {
    static Handle to_python(Interpreter& py, const std::optional<T>& v) {
        return v ? Converter<T>::to_python(py, *v) : detail::none(py);
    }
    static std::optional<T> from_python(const Handle& o) {
        if (o.is_none()) return std::nullopt;
        return Converter<T>::from_python(o);
    }
};

template <class T, class A>
struct Converter<std::vector<T, A>> {
    static Handle to_python(Interpreter& py, const std::vector<T, A>& v) {
        std::vector<Handle> items;
        items.reserve(v.size());
        for (const T& x : v) items.push_back(Converter<T>::to_python(py, x));
        return detail::new_list(py, std::move(items));
    }
    static std::vector<T, A> from_python(const Handle& o) {
        std::vector<T, A> out;
        for (const Handle& x : detail::to_items(o, "an iterable")) out.push_back(Converter<T>::from_python(x));
        return out;
    }
};

namespace detail {
template <class M>
struct MapConverter {
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static Handle to_python(Interpreter& py, const M& m) {
        Handle d = new_dict(py);
        for (const auto& [k, v] : m) d.set_item(Converter<K>::to_python(py, k), Converter<V>::to_python(py, v));
        return d;
    }
    static M from_python(const Handle& o) {
        M out;
        for (auto& [k, v] : to_pairs(o)) out.emplace(Converter<K>::from_python(k), Converter<V>::from_python(v));
        return out;
    }
};
}  // namespace detail

template <class K, class V, class C, class A>
struct Converter<std::map<K, V, C, A>> : detail::MapConverter<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Converter<std::unordered_map<K, V, H, E, A>> : detail::MapConverter<std::unordered_map<K, V, H, E, A>> {};

template <class... T>
struct Converter<std::tuple<T...>> {
    static Handle to_python(Interpreter& py, const std::tuple<T...>& t) {
        return std::apply(
            [&](const T&... x) {
                return detail::new_tuple(py, {Converter<T>::to_python(py, x)...});
            },
            t);
    }
    static std::tuple<T...> from_python(const Handle& o) {
        std::vector<Handle> items = detail::to_fixed(o, sizeof...(T));
        return build(items, std::index_sequence_for<T...>());
    }

private:
    template <size_t... I>
    static std::tuple<T...> build(const std::vector<Handle>& items, std::index_sequence<I...>) {
        return std::tuple<T...>(Converter<T>::from_python(items[I])...);
    }
};

template <class A, class B>
struct Converter<std::pair<A, B>> {
    static Handle to_python(Interpreter& py, const std::pair<A, B>& p) {
        return detail::new_tuple(py, {Converter<A>::to_python(py, p.first), Converter<B>::to_python(py, p.second)});
    }
    static std::pair<A, B> from_python(const Handle& o) {
        std::vector<Handle> items = detail::to_fixed(o, 2);
        return {Converter<A>::from_python(items[0]), Converter<B>::from_python(items[1])};
    }
};

}  // namespace krait
