// super(type, obj) and the zero-argument form, which reads __class__ and the first argument
// of the calling function's frame.
#include "runtime/super.hpp"

#include <string>

#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {
namespace {

void trace_super(Object* o, Tracer& t) {
    auto* s = static_cast<Super*>(o);
    t.mark(s->type);
    t.mark(s->obj);
    t.mark(s->obj_type);
}
const GcOps kSuperOps{trace_super, nullptr};

Super* sup(Value v) { return static_cast<Super*>(v.as_object()); }

// The type whose MRO super() searches: obj's type, or obj itself when it is a subclass.
Type* check_super(State& st, Type* type, Value obj) {
    if (isinstance(st, obj, st.type_type) && is_subtype(as_type(obj), type)) return as_type(obj);
    Type* ot = type_of(st, obj);
    if (is_subtype(ot, type)) return ot;
    type_error(st, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Value super_new(State& st, Type* type, Args) {
    auto* s = st.heap.make<Super>(type);
    if (!s) return raise_no_memory(st);
    s->obj = Value::none();
    return Value::from_object(s);
}

bool super_init(State& st, Value self, Args a) {
    if (a.nkw()) {
        type_error(st, "super() takes no keyword arguments");
        return false;
    }
    Value type, obj = Value::none();
    if (a.n == 0) {
        // Zero arguments: the enclosing function's __class__ cell and first argument.
        Frame* f = st.frames.top;
        if (!f || !f->code()) {
            raise(st, st.exc.RuntimeError, "super(): no current frame");
            return false;
        }
        Code* c = f->code();
        if (c->argcount == 0 && !(c->flags & 0x4)) {
            raise(st, st.exc.RuntimeError, "super(): no arguments");
            return false;
        }
        obj = f->slots[0];
        if (c->cell2arg) {
            for (uint32_t i = 0; i < c->ncells; ++i) {
                if (c->cell2arg[i] == 0) obj = static_cast<Cell*>(f->slots[c->nlocals + i].as_object())->value;
            }
        }
        if (obj.is_error()) {
            raise(st, st.exc.RuntimeError, "super(): arg[0] deleted");
            return false;
        }
        bool found = false;
        for (uint32_t i = 0; i < c->nfree; ++i) {
            if (as_str(c->freevars->items[i])->view() == "__class__") {
                Value cell = f->slots[c->nlocals + c->ncells + i];
                type = static_cast<Cell*>(cell.as_object())->value;
                found = true;
            }
        }
        if (!found) {
            raise(st, st.exc.RuntimeError, "super(): __class__ cell not found");
            return false;
        }
        if (type.is_error()) {
            raise(st, st.exc.RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!isinstance(st, type, st.type_type)) {
            raise(st, st.exc.RuntimeError, "super(): __class__ is not a type (" + type_name(st, type) + ")");
            return false;
        }
    } else {
        if (a.n > 2) {
            type_error(st, "super() takes at most 2 arguments (" + std::to_string(a.n) + " given)");
            return false;
        }
        type = a.v[0];
        if (!isinstance(st, type, st.type_type)) {
            type_error(st, "super() argument 1 must be a type, not " + type_name(st, type));
            return false;
        }
        if (a.n == 2) obj = a.v[1];
    }
    Super* s = sup(self);
    s->type = as_type(type);
    s->obj = obj;
    if (!obj.is_none()) {
        s->obj_type = check_super(st, s->type, obj);
        if (!s->obj_type) return false;
    }
    return true;
}

Value super_getattr(State& st, Value self, Str* name) {
    Super* s = sup(self);
    if (s->obj_type && name != st.names.class_) {
        Tuple* mro = s->obj_type->mro;
        size_t i = 0;
        while (i < mro->size && mro->items[i].as_object() != s->type) ++i;
        for (++i; i < mro->size; ++i) {
            Type* t = as_type(mro->items[i]);
            Value v = dict_get_str(st, t->dict, name);
            if (v.is_missing()) continue;
            DescrGetFn get = type_of(st, v)->descr_get;
            if (!get) return v;
            // A class as obj (super() in a classmethod) binds like attribute access on a class.
            Value inst = s->obj.is(Value::from_object(s->obj_type)) ? Value::error() : s->obj;
            return get(st, v, inst, Value::from_object(s->obj_type));
        }
    }
    return generic_getattr(st, self, name);
}

Value super_get(State& st, Value self, Value obj, Value) {
    Super* s = sup(self);
    if (obj.is_error() || !s->obj.is_none()) return self;
    Value args[2] = {Value::from_object(s->type), obj};
    return call(st, Value::from_object(type_of(st, self)), Args{args, 2, nullptr});
}

Value super_repr(State& st, Value self) {
    Super* s = sup(self);
    std::string t = s->type ? std::string(s->type->name_str->view()) : "NULL";
    if (s->obj_type) {
        return str_value(st, "<super: <class '" + t + "'>, <" + std::string(s->obj_type->name_str->view()) +
                                 " object>>");
    }
    return str_value(st, "<super: <class '" + t + "'>, NULL>");
}

Value super_thisclass(State&, Value self) { return sup(self)->type ? Value::from_object(sup(self)->type) : Value::none(); }
Value super_self(State&, Value self) { return sup(self)->obj; }
Value super_self_class(State&, Value self) {
    return sup(self)->obj_type ? Value::from_object(sup(self)->obj_type) : Value::none();
}

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_thisclass},
    {"__self__", super_self},
    {"__self_class__", super_self_class},
    {nullptr, nullptr},
};

}  // namespace

void init_super_type(State& st) {
    Type* t = st.super_type;
    t->gc = &kSuperOps;
    t->basicsize = sizeof(Super);
    t->flags |= kTypeBaseType;
    t->new_ = super_new;
    t->init = super_init;
    t->getattr = super_getattr;
    t->descr_get = super_get;
    t->repr = super_repr;
    add_getsets(st, t, kSuperGetSets);
}

}  // namespace krait
