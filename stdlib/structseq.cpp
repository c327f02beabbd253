// Struct sequences: a tuple of the visible fields with the hidden ones stored after them in
// the same block, so that every tuple operation sees only the visible part.
#include "stdlib/structseq.hpp"

#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait::stdlib {

namespace {

// All the fields, visible or not, live after the tuple header: the block's size says how many.
size_t field_count(const Object* o) { return (o->size - sizeof(Tuple)) / sizeof(Value); }

void trace_structseq(Object* o, Tracer& t) {
    auto* tu = static_cast<Tuple*>(o);
    for (size_t i = 0, n = field_count(o); i < n; ++i) t.mark(tu->items[i]);
}
const GcOps kStructSeqGc{trace_structseq, nullptr};

// The counts CPython keeps in the type's dict.
size_t type_count(State& st, Type* t, const char* key) {
    Value v = dict_get_cstr(st, t->dict, key);
    return v.is_int() ? static_cast<size_t>(v.as_int()) : 0;
}

std::string qualified_name(State& st, Type* t) {
    Value m = dict_get_str(st, t->dict, st.names.module);
    std::string out = !m.is_missing() && isinstance(st, m, st.str_type) ? std::string(as_str(m)->view()) + "." : "";
    return out + std::string(t->name_str->view());
}

Value structseq_repr(State& st, Value self) {
    Type* t = type_of(st, self);
    Value names = dict_get_cstr(st, t->dict, "_krait_fields");
    if (names.is_missing() || !isinstance(st, names, st.tuple_type)) return raise(st, st.exc.SystemError, "bad struct sequence");
    Tuple* tu = as_tuple(self);
    Tuple* nt = as_tuple(names);
    std::string out = qualified_name(st, t) + "(";
    for (size_t i = 0; i < tu->size && i < nt->size; ++i) {
        Value r = repr(st, tu->items[i]);
        if (r.is_error()) return r;
        if (i) out += ", ";
        out += std::string(as_str(nt->items[i])->view()) + "=" + std::string(as_str(r)->view());
    }
    return str_value(st, out + ")");
}

bool structseq_setattr(State& st, Value self, Str* name, Value) {
    Value d = type_lookup(st, type_of(st, self), name);
    if (!d.is_missing() && type_of(st, d) == st.member_descriptor_type) {
        raise(st, st.exc.AttributeError, "readonly attribute");
        return false;
    }
    raise(st, st.exc.AttributeError,
          "'" + qualified_name(st, type_of(st, self)) + "' object has no attribute '" + std::string(name->view()) + "'");
    return false;
}

// type(sequence, dict=None): the visible fields from the sequence, hidden ones from it or
// from the dict by name, else None.
Value structseq_new(State& st, Type* type, Args a) {
    Value v[2];
    if (!parse_args(st, a, Signature{type->name, {"sequence", "dict"}, 1}, v)) return Value::error();
    size_t visible = type_count(st, type, "n_sequence_fields");
    size_t total = type_count(st, type, "n_fields");
    Value seq = v[0];
    if (!isinstance(st, seq, st.tuple_type) && !isinstance(st, seq, st.list_type)) {
        if (type_of(st, seq)->getitem == nullptr || type_of(st, seq)->iter == nullptr)
            return type_error(st, "constructor requires a sequence");
    }
    Value items = tuple_from_iterable(st, seq);
    if (items.is_error()) return items;
    Root keep(st.heap, items);
    size_t n = as_tuple(items)->size;
    std::string name = qualified_name(st, type);
    if (n < visible) {
        std::string at_least = visible == total ? "a " : "an at least ";
        return type_error(st, name + "() takes " + at_least + std::to_string(visible) + "-sequence (" +
                                  std::to_string(n) + "-sequence given)");
    }
    if (n > total) {
        std::string at_most = visible == total ? "a " : "an at most ";
        return type_error(st, name + "() takes " + at_most + std::to_string(total) + "-sequence (" +
                                  std::to_string(n) + "-sequence given)");
    }
    Value dict = v[1].is_missing() ? Value::none() : v[1];
    if (!dict.is_none() && !isinstance(st, dict, st.dict_type))
        return type_error(st, name + "() takes a dict as second arg, if any");
    std::vector<Value> all(total, Value::none());
    for (size_t i = 0; i < n; ++i) all[i] = as_tuple(items)->items[i];
    if (!dict.is_none()) {
        Value names = dict_get_cstr(st, type->dict, "_krait_fields");
        for (size_t i = n; i < total && !names.is_missing(); ++i) {
            Value got = dict_get(st, as_dict(dict), as_tuple(names)->items[i]);
            if (got.is_error()) return got;
            if (!got.is_missing()) all[i] = got;
        }
    }
    return make_structseq(st, type, all.data(), total);
}

}  // namespace

Type* make_structseq_type(State& st, const char* module, const char* name, std::initializer_list<const char*> fields,
                          size_t visible) {
    Type* t = make_native_type(st, name, st.tuple_type, sizeof(Tuple), &kStructSeqGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->flags |= kTypeTupleSubclass | kTypeVarSize;
    t->repr = structseq_repr;
    t->setattr = structseq_setattr;
    t->new_ = structseq_new;
    if (!ready_builtin_type(st, t)) return nullptr;
    Tuple* names = make_tuple(st, fields.size());
    if (!names) return nullptr;
    Root keep_names(st.heap, Value::from_object(names));
    size_t i = 0;
    for (const char* f : fields) {
        Str* s = intern(st, f);
        if (!s) return nullptr;
        names->items[i] = Value::from_object(s);
        auto* m = st.heap.make<MemberDescriptor>(st.member_descriptor_type);
        if (!m) {
            raise_no_memory(st);
            return nullptr;
        }
        m->name = s;
        m->owner = t;
        m->offset = static_cast<uint32_t>(sizeof(Tuple) + i * sizeof(Value));
        if (!dict_set_str(st, t->dict, s, Value::from_object(m))) return nullptr;
        ++i;
    }
    // A visible field whose name a hidden field takes over is unnamed (os.stat_result's
    // integer times): it has no attribute and is not in __match_args__.
    size_t unnamed = 0;
    Tuple* match = make_tuple(st, visible);
    if (!match) return nullptr;
    for (size_t v = 0; v < visible; ++v) {
        bool shadowed = false;
        for (size_t h = visible; h < names->size; ++h) shadowed |= names->items[h].is(names->items[v]);
        if (shadowed) ++unnamed;
        else match->items[v - unnamed] = names->items[v];
    }
    match->size = visible - unnamed;
    Str* mod = intern(st, module);
    if (!mod || !dict_set_cstr(st, t->dict, "__match_args__", Value::from_object(match)) ||
        !dict_set_cstr(st, t->dict, "_krait_fields", Value::from_object(names)) ||
        !dict_set_str(st, t->dict, st.names.module, Value::from_object(mod)) ||
        !dict_set_cstr(st, t->dict, "n_sequence_fields", Value::from_int(static_cast<int64_t>(visible))) ||
        !dict_set_cstr(st, t->dict, "n_fields", Value::from_int(static_cast<int64_t>(fields.size()))) ||
        !dict_set_cstr(st, t->dict, "n_unnamed_fields", Value::from_int(static_cast<int64_t>(unnamed))))
        return nullptr;
    return t;
}

bool is_structseq_type(Type* t) { return t->gc == &kStructSeqGc; }

Value make_structseq(State& st, Type* type, const Value* items, size_t n) {
    size_t visible = type_count(st, type, "n_sequence_fields");
    auto* t = static_cast<Tuple*>(st.heap.allocate(type, sizeof(Tuple) + n * sizeof(Value)));
    if (!t) return raise_no_memory(st);
    t->size = visible;
    for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
    return Value::from_object(t);
}

}  // namespace krait::stdlib
