// The types of None, NotImplemented and Ellipsis (their values live in the Value itself).
#include <string>

#include "runtime/exception.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"

namespace krait {
namespace {

void trace_nothing(Object*, Tracer&) {}
const GcOps kNoOps{trace_nothing, nullptr};

Value none_repr(State& st, Value) { return Value::from_object(st.names.none); }
int none_truth(State&, Value) { return 0; }
Value notimpl_repr(State& st, Value) { return str_value(st, "NotImplemented"); }
Value ellipsis_repr(State& st, Value) { return str_value(st, "Ellipsis"); }

bool singleton_hash(State&, Value v, int64_t& out) {
    out = static_cast<int64_t>(v.bits() >> 4);
    return true;
}

// NoneType(), type(NotImplemented)(), type(...)() return the singleton.
Value none_new(State& st, Type*, Args a) {
    if (a.n || a.nkw()) return type_error(st, "NoneType takes no arguments");
    return Value::none();
}
Value notimpl_new(State& st, Type*, Args a) {
    if (a.n || a.nkw()) return type_error(st, "NotImplementedType takes no arguments");
    return Value::not_implemented();
}
Value ellipsis_new(State& st, Type*, Args a) {
    if (a.n || a.nkw()) return type_error(st, "ellipsis takes no arguments");
    return Value::ellipsis();
}

}  // namespace

void init_singleton_types(State& st) {
    for (Type* t : {st.none_type, st.notimpl_type, st.ellipsis_type}) {
        t->gc = &kNoOps;
        t->hash = singleton_hash;
    }
    st.none_type->repr = none_repr;
    st.none_type->truth = none_truth;
    st.none_type->new_ = none_new;
    st.notimpl_type->repr = notimpl_repr;
    st.notimpl_type->new_ = notimpl_new;
    st.ellipsis_type->repr = ellipsis_repr;
    st.ellipsis_type->new_ = ellipsis_new;
}

}  // namespace krait
