// krait::Handle: a host's reference to a Python object. While a Handle refers to it, the
// object survives collections. Objects belong to one interpreter and are used on the thread
// that uses it; one that outlives its interpreter becomes inert (using it throws
// std::logic_error; destroying it is fine).
//
// Conversions to and from C++ types are in convert.hpp (`o.as<int>()`, and every method
// below that takes a C++ value); errors Python raises come out as krait::Error (error.hpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace krait {

class Interpreter;
class Handle;

namespace detail {
struct Handles;  // the handle table of one interpreter (api/handles.hpp)
struct Access;   // the library's way into Handle
}  // namespace detail

// The conversions between T and Python objects: specialize it for your own types. It has
//   static Handle to_python(Interpreter& py, const T& value);
//   static T from_python(const Handle& object);   // throws krait::Error (a TypeError, ...)
template <class T, class Enable = void>
struct Converter;

// A keyword argument in a call, `f(1, krait::arg("sep") = ", ")`, or a parameter with a
// name (and a default) when binding a C++ function (function.hpp).
class arg {
public:
    explicit arg(const char* name) : name_(name) {}
    template <class T>
    struct with_value;
    template <class T>
    with_value<std::decay_t<T>> operator=(T&& value) const {
        return {name_, std::forward<T>(value)};
    }
    const char* name() const { return name_; }

private:
    const char* name_;
};

template <class T>
struct arg::with_value {
    const char* name;
    T value;
};

class Handle {
public:
    Handle() = default;  // empty: refers to nothing
    Handle(const Handle& other);
    Handle(Handle&& other) noexcept : h_(other.h_), slot_(other.slot_) { other.h_ = nullptr; }
    Handle& operator=(const Handle& other);
    Handle& operator=(Handle&& other) noexcept;
    ~Handle() {
        if (h_) release();
    }

    bool empty() const { return !h_; }
    // The interpreter the object belongs to; std::logic_error if it is gone or *this is empty.
    Interpreter& interpreter() const;

    // The value as a T (convert.hpp): `o.as<int>()`, `o.as<std::vector<std::string>>()`.
    template <class T>
    T as() const {
        return Converter<T>::from_python(*this);
    }

    bool truthy() const;                       // bool(o)
    bool is_none() const;
    bool is(const Handle& other) const;        // `o is other`
    bool equals(const Handle& other) const;    // `o == other`
    bool isinstance(const Handle& type) const;
    std::string type_name() const;             // type(o).__name__
    std::string repr() const;
    std::string str() const;
    size_t size() const;                       // len(o)

    Handle attr(std::string_view name) const;  // o.name (AttributeError as krait::Error)
    bool has_attr(std::string_view name) const;
    template <class V>
    void set_attr(std::string_view name, V&& value) const {
        set_attr_object(name, to_object(std::forward<V>(value)));
    }
    void del_attr(std::string_view name) const;

    template <class K>
    Handle operator[](K&& key) const {
        return item(std::forward<K>(key));
    }
    template <class K>
    Handle item(K&& key) const {
        return item_object(to_object(std::forward<K>(key)));
    }
    template <class K, class V>
    void set_item(K&& key, V&& value) const {
        set_item_object(to_object(std::forward<K>(key)), to_object(std::forward<V>(value)));
    }
    template <class K>
    void del_item(K&& key) const {
        del_item_object(to_object(std::forward<K>(key)));
    }
    template <class V>
    bool contains(V&& value) const {  // `value in o`
        return contains_object(to_object(std::forward<V>(value)));
    }

    // o(args...): C++ values are converted; krait::arg("name") = value passes a keyword.
    template <class... A>
    Handle operator()(A&&... args) const {
        Call c;
        (c.add(*this, std::forward<A>(args)), ...);
        return call(c.positional, c.keywords);
    }
    // o.name(args...).
    template <class... A>
    Handle call_method(std::string_view name, A&&... args) const {
        return attr(name)(std::forward<A>(args)...);
    }
    Handle call(const std::vector<Handle>& positional,
                const std::vector<std::pair<std::string, Handle>>& keywords = {}) const;

    // Iteration, as `for x in o` does: `for (krait::Handle x : o)`.
    class iterator;
    iterator begin() const;
    iterator end() const;

    // The object for a C++ value, in this object's interpreter.
    template <class V>
    Handle to_object(V&& value) const {
        return Converter<std::decay_t<V>>::to_python(interpreter(), std::forward<V>(value));
    }

private:
    friend struct detail::Access;

    struct Call {
        std::vector<Handle> positional;
        std::vector<std::pair<std::string, Handle>> keywords;
        template <class V>
        void add(const Handle& self, V&& v) {
            positional.push_back(self.to_object(std::forward<V>(v)));
        }
        template <class T>
        void add(const Handle& self, const arg::with_value<T>& kw) {
            keywords.emplace_back(kw.name, self.to_object(kw.value));
        }
        template <class T>
        void add(const Handle& self, arg::with_value<T>&& kw) {
            keywords.emplace_back(kw.name, self.to_object(std::move(kw.value)));
        }
    };

    void release();
    void set_attr_object(std::string_view name, const Handle& value) const;
    Handle item_object(const Handle& key) const;
    void set_item_object(const Handle& key, const Handle& value) const;
    void del_item_object(const Handle& key) const;
    bool contains_object(const Handle& value) const;

    detail::Handles* h_ = nullptr;
    uint32_t slot_ = 0;
};

class Handle::iterator {
public:
    using value_type = Handle;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::input_iterator_tag;
    iterator() = default;
    const Handle& operator*() const { return current_; }
    const Handle* operator->() const { return &current_; }
    iterator& operator++();
    void operator++(int) { ++*this; }
    // Only the end compares equal to the end.
    bool operator==(const iterator& other) const { return current_.empty() && other.current_.empty(); }

private:
    friend class Handle;
    Handle it_, current_;
};

inline Handle::iterator Handle::end() const { return iterator(); }

}  // namespace krait
