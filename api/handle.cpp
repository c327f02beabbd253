// krait::Handle: handles into an interpreter's heap, and the operations on them.
#include <stdexcept>
#include <string>

#include "api/runtime.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/traceback.hpp"

namespace krait {

namespace detail {

uint32_t Handles::take(Value v) {
    ++refs;
    if (!free.empty()) {
        uint32_t s = free.back();
        free.pop_back();
        slots[s] = v;
        return s;
    }
    slots.push_back(v);
    return static_cast<uint32_t>(slots.size() - 1);
}

void Handles::give_back(uint32_t slot) {
    if (rt) {
        slots[slot] = Value::none();
        free.push_back(slot);
    }
    if (--refs == 0) delete this;
}

Handle Access::make(Interpreter::Impl& rt, Value v) {
    Handle o;
    o.slot_ = rt.handles->take(v);
    o.h_ = rt.handles;
    return o;
}

Interpreter::Impl& Access::runtime(const Handle& o) {
    if (!o.h_) throw std::logic_error("krait::Handle: empty");
    if (!o.h_->rt) throw std::logic_error("krait::Handle: its interpreter is gone");
    return *o.h_->rt;
}

Value Access::value(const Handle& o) {
    runtime(o);
    return o.h_->slots[o.slot_];
}

void throw_raised(Interpreter::Impl& rt) {
    State& st = rt.st;
    if (uint8_t stop = st.interrupt_requested.load(std::memory_order_relaxed) & kStopBits) {
        // What the stop raised is no one's business. Out of the outermost call it is over
        // (st.handled may be stale: no except block ran its cleanup); in a bound function,
        // it stays pending until the code that called it is gone too.
        if (!st.raised.is_error()) take_raised(st);
        if (!st.frames.top) {
            clear_stop(st);
            st.handled = Value::none();
        }
        if (stop & kStopInterrupt) throw Interrupted();
        throw BudgetExceeded();
    }
    Value exc = take_raised(st);
    Root keep(st.heap, exc);
    if (isinstance(st, exc, st.type_type)) {
        // Only a class was raised (MemoryError with nothing left to make an instance).
        Type* t = as_type(exc);
        std::string name = t->name_str ? std::string(t->name_str->view()) : "Exception";
        throw Error(name, "", name);
    }
    std::string type = type_of(st, exc)->name_str ? std::string(type_of(st, exc)->name_str->view()) : "Exception";
    std::string message;
    Value text = to_str(st, exc);
    if (text.is_error()) take_raised(st);
    else message = std::string(as_str(text)->view());
    std::string report = vm::format_exception(st, exc);
    if (!report.empty() && report.back() == '\n') report.pop_back();
    throw Error(std::move(type), std::move(message), std::move(report), Access::make(rt, exc));
}

}  // namespace detail

using detail::Access;

namespace {

Str* name_str(State& st, Interpreter::Impl& rt, std::string_view name) {
    Value s = str_value(st, name);
    if (s.is_error()) detail::throw_raised(rt);
    return as_str(s);
}

}  // namespace

Handle::Handle(const Handle& other) : h_(other.h_), slot_(0) {
    if (h_) slot_ = h_->take(h_->slots.empty() || !h_->rt ? Value::none() : h_->slots[other.slot_]);
}

Handle& Handle::operator=(const Handle& other) {
    if (this != &other) *this = Handle(other);
    return *this;
}

Handle& Handle::operator=(Handle&& other) noexcept {
    if (this != &other) {
        if (h_) release();
        h_ = other.h_;
        slot_ = other.slot_;
        other.h_ = nullptr;
    }
    return *this;
}

void Handle::release() {
    h_->give_back(slot_);
    h_ = nullptr;
}

Interpreter& Handle::interpreter() const { return *Access::runtime(*this).self; }

bool Handle::truthy() const {
    auto& rt = Access::runtime(*this);
    int r = krait::truthy(rt.st, Access::value(*this));
    if (r < 0) detail::throw_raised(rt);
    return r;
}

bool Handle::is_none() const { return Access::value(*this).is_none(); }

bool Handle::is(const Handle& other) const { return Access::value(*this).bits() == Access::value(other).bits(); }

bool Handle::equals(const Handle& other) const {
    auto& rt = Access::runtime(*this);
    int r = compare_bool(rt.st, Access::value(*this), Access::value(other), CmpOp::Eq);
    if (r < 0) detail::throw_raised(rt);
    return r;
}

bool Handle::isinstance(const Handle& type) const {
    auto& rt = Access::runtime(*this);
    Value t = Access::value(type);
    Value args[2] = {Access::value(*this), t};
    Value r = detail::check(rt, krait::call(rt.st, dict_get_cstr(rt.st, rt.st.builtins, "isinstance"), Args{args, 2, nullptr}));
    return r.is_true();
}

std::string Handle::type_name() const {
    auto& rt = Access::runtime(*this);
    return std::string(type_of(rt.st, Access::value(*this))->name_str->view());
}

std::string Handle::repr() const {
    auto& rt = Access::runtime(*this);
    return std::string(as_str(detail::check(rt, krait::repr(rt.st, Access::value(*this))))->view());
}

std::string Handle::str() const {
    auto& rt = Access::runtime(*this);
    return std::string(as_str(detail::check(rt, to_str(rt.st, Access::value(*this))))->view());
}

size_t Handle::size() const {
    auto& rt = Access::runtime(*this);
    int64_t n = length(rt.st, Access::value(*this));
    if (n < 0) detail::throw_raised(rt);
    return static_cast<size_t>(n);
}

Handle Handle::attr(std::string_view name) const {
    auto& rt = Access::runtime(*this);
    Str* n = name_str(rt.st, rt, name);
    Root keep(rt.st.heap, Value::from_object(n));
    return Access::make(rt, detail::check(rt, getattr(rt.st, Access::value(*this), n)));
}

bool Handle::has_attr(std::string_view name) const {
    auto& rt = Access::runtime(*this);
    Str* n = name_str(rt.st, rt, name);
    Root keep(rt.st.heap, Value::from_object(n));
    Value v = getattr_opt(rt.st, Access::value(*this), n);
    if (v.is_error()) detail::throw_raised(rt);
    return !v.is_missing();
}

void Handle::set_attr_object(std::string_view name, const Handle& value) const {
    auto& rt = Access::runtime(*this);
    Str* n = name_str(rt.st, rt, name);
    Root keep(rt.st.heap, Value::from_object(n));
    if (!setattr(rt.st, Access::value(*this), n, Access::value(value))) detail::throw_raised(rt);
}

void Handle::del_attr(std::string_view name) const {
    auto& rt = Access::runtime(*this);
    Str* n = name_str(rt.st, rt, name);
    Root keep(rt.st.heap, Value::from_object(n));
    if (!delattr(rt.st, Access::value(*this), n)) detail::throw_raised(rt);
}

Handle Handle::item_object(const Handle& key) const {
    auto& rt = Access::runtime(*this);
    return Access::make(rt, detail::check(rt, getitem(rt.st, Access::value(*this), Access::value(key))));
}

void Handle::set_item_object(const Handle& key, const Handle& value) const {
    auto& rt = Access::runtime(*this);
    if (!setitem(rt.st, Access::value(*this), Access::value(key), Access::value(value))) detail::throw_raised(rt);
}

void Handle::del_item_object(const Handle& key) const {
    auto& rt = Access::runtime(*this);
    if (!delitem(rt.st, Access::value(*this), Access::value(key))) detail::throw_raised(rt);
}

bool Handle::contains_object(const Handle& value) const {
    auto& rt = Access::runtime(*this);
    int r = krait::contains(rt.st, Access::value(*this), Access::value(value));
    if (r < 0) detail::throw_raised(rt);
    return r;
}

Handle Handle::call(const std::vector<Handle>& positional,
                    const std::vector<std::pair<std::string, Handle>>& keywords) const {
    auto& rt = Access::runtime(*this);
    State& st = rt.st;
    // The arguments, then the keyword values, as Args lays them out; the handles keep them
    // alive, and the names' tuple is rooted.
    std::vector<Value> argv;
    argv.reserve(positional.size() + keywords.size());
    for (const Handle& a : positional) argv.push_back(Access::value(a));
    Tuple* names = nullptr;
    if (!keywords.empty()) {
        names = make_tuple(st, keywords.size());
        if (!names) detail::throw_raised(rt);
    }
    Root keep(st.heap, names ? Value::from_object(names) : Value::none());
    for (size_t i = 0; i < keywords.size(); ++i) {
        names->items[i] = Value::from_object(name_str(st, rt, keywords[i].first));
        argv.push_back(Access::value(keywords[i].second));
    }
    Args args{argv.data(), positional.size(), names};
    return Access::make(rt, detail::check(rt, krait::call(st, Access::value(*this), args)));
}

Handle::iterator Handle::begin() const {
    auto& rt = Access::runtime(*this);
    iterator it;
    it.it_ = Access::make(rt, detail::check(rt, get_iter(rt.st, Access::value(*this))));
    ++it;
    return it;
}

Handle::iterator& Handle::iterator::operator++() {
    auto& rt = Access::runtime(it_);
    Value v = iter_next(rt.st, Access::value(it_));
    if (v.is_error()) {
        current_ = Handle();
        detail::throw_raised(rt);
    }
    current_ = v.is_stop() ? Handle() : Access::make(rt, v);
    return *this;
}

}  // namespace krait
