// Bound C++ classes and native modules (module.hpp, class.hpp): the type objects, the
// instances that hold C++ objects, the method descriptors that bind self, and modules that
// `import` finds in sys.modules.
#include <cstring>
#include <stdexcept>
#include <string>

#include "api/bound.hpp"
#include "api/runtime.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

using detail::Access;

// An instance of a bound class. The C++ object lives inside the block, 16-aligned: heap
// blocks are only 8-aligned, so the class's basicsize has 8 bytes of slack and `offset`
// says where this instance's object starts.
struct Instance : Object {
    void (*destroy)(void*);  // null until the object is constructed (and after it is destroyed)
    uint32_t offset;
    uint32_t unused;
};

constexpr size_t kObjectAlign = 16;

void* data(Instance* i) { return reinterpret_cast<char*>(i) + i->offset; }

void trace_instance(Object*, Tracer&) {}  // the C++ object holds no Values

void destroy_instance(Heap&, Object* o) {
    auto* i = static_cast<Instance*>(o);
    if (auto d = i->destroy) {
        i->destroy = nullptr;
        d(data(i));
    }
}

const GcOps kInstanceOps{trace_instance, destroy_instance};

// The new_ slot of a class with init(): an instance whose object __init__ constructs. Also
// serves Python subclasses, whose instances are larger (__dict__, __slots__).
Value instance_new(State& st, Type* type, Args) {
    auto* i = st.heap.make<Instance>(type);
    if (!i) return raise_no_memory(st);
    uintptr_t start = reinterpret_cast<uintptr_t>(i) + sizeof(Instance);
    uintptr_t aligned = (start + kObjectAlign - 1) & ~uintptr_t(kObjectAlign - 1);
    i->offset = static_cast<uint32_t>(aligned - reinterpret_cast<uintptr_t>(i));
    return Value::from_object(i);
}

// The bound class a type is or derives from (past Python subclasses).
Type* bound_base(Type* t) {
    while (t->flags & kTypeHeap) t = t->base;
    return t;
}

std::string name_of(Type* t) { return std::string(t->name_str->view()); }

[[noreturn]] void fail(Interpreter::Impl& rt, const std::string& message) {
    raise(rt.st, rt.st.exc.TypeError, message);
    detail::throw_raised(rt);
}

Type* class_for(Interpreter::Impl& rt, const std::type_info& type) {
    auto it = rt.classes.find(std::type_index(type));
    if (it == rt.classes.end()) fail(rt, std::string("no Python class is bound to the C++ type ") + type.name());
    return it->second;
}

Instance* instance_of(const Handle& o) { return static_cast<Instance*>(Access::value(o).as_object()); }

// ---- methods: descriptors that bind self, as built-in types' methods do ----

struct HostMethod : Object {
    Interpreter::Impl* rt;
    detail::Callable* fn;                // owned
    std::vector<detail::Param>* params;  // owned; after self
    Str* name;
    Type* owner;
    unsigned flags;
    HostMethod* next;                    // the next overload: bound later under the same name
};

HostMethod* hm(Value v) { return static_cast<HostMethod*>(v.as_object()); }

void trace_method(Object* o, Tracer& t) {
    auto* m = static_cast<HostMethod*>(o);
    t.mark(m->name);
    t.mark(m->owner);
    t.mark(m->next);
}

void destroy_method(Heap&, Object* o) {
    auto* m = static_cast<HostMethod*>(o);
    delete m->fn;
    delete m->params;
}

// CPython's tp_name: "geometry.Vec" ("Vec" for a class in __main__).
std::string owner_name(Type* t) { return t->name; }

Value method_call(State& st, Value self, Args a) {
    HostMethod* m = hm(self);
    std::string name(m->name->view());
    if (a.n < 1)
        return type_error(st, "unbound method " + std::string(m->owner->qualname->view()) + "." + name +
                                  "() needs an argument");
    if (!isinstance(st, a.v[0], m->owner))
        return type_error(st, "descriptor '" + name + "' for '" + owner_name(m->owner) +
                                  "' objects doesn't apply to a '" + type_name(st, a.v[0]) + "' object");
    Args rest{a.v + 1, a.n - 1, a.kwnames};
    if (!m->next) return detail::call_bound(*m->rt, name, *m->params, *m->fn, a.v[0], rest, m->flags);
    // Overloads are tried in the order they were bound; the first the arguments fit runs.
    std::string why;
    int tried = 0;
    for (HostMethod* o = m; o; o = o->next) {
        bool mismatched = false;
        Value r = detail::call_bound(*o->rt, name, *o->params, *o->fn, a.v[0], rest, o->flags, &mismatched);
        if ((o->flags & detail::kNotImplementedOnMismatch) && r.is_not_implemented()) continue;
        if (!mismatched) return r;
        Value e = take_raised(st);
        Root keep(st.heap, e);
        Value text = to_str(st, e);
        if (text.is_error()) return text;
        why += "\n  " + std::to_string(++tried) + ". " + std::string(as_str(text)->view());
    }
    if (m->flags & detail::kNotImplementedOnMismatch) return Value::not_implemented();
    return type_error(st, name + "(): the arguments fit none of its overloads:" + why);
}

Value method_get(State& st, Value descr, Value obj, Value) {
    if (obj.is_error()) return descr;  // Vec.length: the descriptor itself
    return make_bound_method(st, descr, obj);
}

Value method_repr(State& st, Value self) {
    HostMethod* m = hm(self);
    return str_value(st, "<method '" + std::string(m->name->view()) + "' of '" + owner_name(m->owner) +
                             "' objects>");
}

Value method_name(State&, Value self) { return Value::from_object(hm(self)->name); }
Value method_qualname(State& st, Value self) {
    HostMethod* m = hm(self);
    return str_value(st, std::string(m->owner->qualname->view()) + "." + std::string(m->name->view()));
}
Value method_doc(State&, Value) { return Value::none(); }
Value method_objclass(State&, Value self) { return Value::from_object(hm(self)->owner); }

const GetSetDef kMethodGetSets[] = {
    {"__name__", method_name},
    {"__qualname__", method_qualname},
    {"__doc__", method_doc},
    {"__objclass__", method_objclass},
    {nullptr, nullptr},
};

Type* method_type(Interpreter::Impl& rt) {
    if (rt.method_type) return rt.method_type;
    State& st = rt.st;
    static constexpr GcOps kGc{trace_method, destroy_method};
    Type* t = make_native_type(st, "method_descriptor", nullptr, sizeof(HostMethod), &kGc);
    if (!t) detail::throw_raised(rt);
    Root keep(st.heap, Value::from_object(t));
    t->new_ = nullptr;
    t->call = method_call;
    t->descr_get = method_get;
    t->repr = method_repr;
    t->flags |= kTypeMethodLike;
    add_getsets(st, t, kMethodGetSets);
    if (!ready_builtin_type(st, t)) detail::throw_raised(rt);
    rt.method_type = t;
    st.native_roots.push_back([t](Tracer& tr) { tr.mark(t); });
    return t;
}

// Binary special methods give NotImplemented for an operand of another type.
bool is_binary_special(const std::string& n) {
    static const char* const kNames[] = {"lt", "le", "eq", "ne", "gt", "ge", "add", "sub", "mul", "matmul",
                                         "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
                                         "xor", "divmod"};
    if (n.size() < 5 || n.compare(0, 2, "__") != 0 || n.compare(n.size() - 2, 2, "__") != 0) return false;
    std::string core = n.substr(2, n.size() - 4);
    for (const char* k : kNames) {
        if (core == k) return true;
        if ((core[0] == 'r' || core[0] == 'i') && core.substr(1) == k) return true;
    }
    return false;
}

Value new_method(Interpreter::Impl& rt, Type* owner, const std::string& name, std::unique_ptr<detail::Callable> fn,
                 std::vector<detail::Param> params, unsigned flags) {
    State& st = rt.st;
    Type* t = method_type(rt);
    Str* n = intern(st, name);
    if (!n) detail::throw_raised(rt);
    auto* m = st.heap.make<HostMethod>(t);
    if (!m) {
        raise_no_memory(st);
        detail::throw_raised(rt);
    }
    m->rt = &rt;
    m->name = n;
    m->owner = owner;
    m->flags = flags;
    m->params = new std::vector<detail::Param>(std::move(params));
    m->fn = fn.release();
    return Value::from_object(m);
}

Type* type_of_class(const Handle& cls) { return as_type(Access::value(cls)); }

// Stores value in the class's dict; a special method also updates the slots (as assigning
// it to a Python class does), and the attribute caches learn of the change.
void set_in_class(Interpreter::Impl& rt, Type* t, Str* name, Value value) {
    State& st = rt.st;
    Root keep(st.heap, value);
    if (!dict_set_str(st, t->dict, name, value)) detail::throw_raised(rt);
    invalidate_type(st, t);
    if (!is_special_name(name)) return;
    // fixup_slots takes a __new__ in the dict for a Python __new__; bound classes have none,
    // and their new_ slot is their own.
    NewFn new_ = t->new_;
    fixup_slots(st, t, name);
    t->new_ = new_;
    // As for Python classes, __eq__ without __hash__ makes instances unhashable.
    if (name == st.names.eq && dict_get_str(st, t->dict, st.names.hash).is_missing()) {
        if (!dict_set_str(st, t->dict, st.names.hash, Value::none())) detail::throw_raised(rt);
        fixup_slots(st, t, st.names.hash);
        t->new_ = new_;
    }
    invalidate_type(st, t);
}

Str* interned(Interpreter::Impl& rt, std::string_view s) {
    Str* n = intern(rt.st, s);
    if (!n) detail::throw_raised(rt);
    return n;
}

}  // namespace

namespace detail {

void* instance_data(const Handle& o, const std::type_info& type, bool none_ok) {
    Interpreter::Impl& rt = Access::runtime(o);
    State& st = rt.st;
    Value v = Access::value(o);
    if (none_ok && v.is_none()) return nullptr;
    Type* cls = class_for(rt, type);
    Type* t = type_of(st, v);
    if (!is_subtype(t, cls))
        fail(rt, "must be " + name_of(cls) + ", not " + (v.is_none() ? std::string("None") : name_of(t)));
    Instance* i = static_cast<Instance*>(v.as_object());
    if (!i->destroy)
        fail(rt, "'" + name_of(t) + "' object is not initialized: " + name_of(t) + ".__init__() must call " +
                     name_of(bound_base(t)) + ".__init__()");
    return data(i);
}

Handle new_instance(Interpreter& py, const std::type_info& type, void*& storage) {
    Interpreter::Impl& rt = Access::runtime(py);
    Type* cls = class_for(rt, type);
    Handle h = Access::make(rt, check(rt, instance_new(rt.st, cls, Args{})));
    storage = data(instance_of(h));
    return h;
}

void* init_storage(const Handle& instance) {
    Interpreter::Impl& rt = Access::runtime(instance);
    Instance* i = instance_of(instance);
    if (i->destroy) fail(rt, "'" + name_of(i->type) + "' object is already initialized");
    return data(i);
}

void set_constructed(const Handle& instance, void (*destroy)(void*)) { instance_of(instance)->destroy = destroy; }

Handle make_class(const Handle& scope, const std::string& name, const std::string& doc, const std::type_info& type,
                  size_t size, size_t align) {
    Interpreter::Impl& rt = Access::runtime(scope);
    State& st = rt.st;
    if (align > kObjectAlign) throw std::logic_error("krait: alignment over 16 bytes is not supported: " + name);
    if (rt.classes.count(std::type_index(type)))
        throw std::logic_error("krait: the C++ type of class " + name + " is already bound");
    std::string module = scope.attr("__name__").as<std::string>();
    // The C name, CPython's tp_name: "geometry.Vec" in messages about instances ("unhashable
    // type: 'geometry.Vec'"), as for extension types. Interned, so that it lives as long as
    // the interpreter.
    Str* c_name = interned(rt, module == "__main__" ? name : module + "." + name);
    Str* py_name = interned(rt, name);
    Str* mod_name = interned(rt, module);
    Value doc_value = Value::none();
    Root keep_doc(st.heap);
    if (!doc.empty()) {
        doc_value = check(rt, str_value(st, doc));
        keep_doc.set(doc_value);
    }
    size_t basicsize = (sizeof(Instance) + (kObjectAlign - 8) + size + 7) & ~size_t(7);
    Type* t = make_native_type(st, c_name->data, st.object_type, static_cast<uint32_t>(basicsize), &kInstanceOps);
    if (!t) throw_raised(rt);
    Root keep(st.heap, Value::from_object(t));
    t->new_ = nullptr;  // until init(): "cannot create 'geometry.Vec' instances"
    t->flags |= kTypeBaseType;
    t->name_str = py_name;
    t->qualname = py_name;
    t->doc = doc_value;
    if (!ready_builtin_type(st, t)) throw_raised(rt);
    if (!dict_set_str(st, t->dict, st.names.module, Value::from_object(mod_name))) throw_raised(rt);
    if (rt.classes.empty())
        st.native_roots.push_back([r = &rt](Tracer& tr) {
            for (auto& [cpp, cls] : r->classes) tr.mark(cls);
        });
    rt.classes.emplace(std::type_index(type), t);
    Handle cls = Access::make(rt, Value::from_object(t));
    scope.set_attr(name, cls);
    return cls;
}

void add_method(const Handle& cls, const std::string& name, std::unique_ptr<Callable> fn, std::vector<Param> params) {
    Interpreter::Impl& rt = Access::runtime(cls);
    Type* t = type_of_class(cls);
    unsigned flags = is_binary_special(name) ? unsigned(kNotImplementedOnMismatch) : 0u;
    Value m = new_method(rt, t, name, std::move(fn), std::move(params), flags);
    Root keep(rt.st.heap, m);
    // A second method of the same name is an overload (as in pybind11): it goes after the
    // first one's others.
    Value old = dict_get_str(rt.st, t->dict, hm(m)->name);
    if (old.is_object() && old.as_object()->type == method_type(rt) && hm(old)->owner == t) {
        HostMethod* last = hm(old);
        while (last->next) last = last->next;
        last->next = hm(m);
        return;
    }
    set_in_class(rt, t, hm(m)->name, m);
}

void add_init(const Handle& cls, std::unique_ptr<Callable> fn, std::vector<Param> params) {
    Type* t = type_of_class(cls);
    t->new_ = instance_new;
    add_method(cls, "__init__", std::move(fn), std::move(params));
}

void add_property(const Handle& cls, const std::string& name, std::unique_ptr<Callable> get,
                  std::unique_ptr<Callable> set, const std::string& doc) {
    Interpreter::Impl& rt = Access::runtime(cls);
    State& st = rt.st;
    Type* t = type_of_class(cls);
    Root fget(st.heap, new_method(rt, t, name, std::move(get), {}, 0));
    Root fset(st.heap, Value::none());
    if (set) {
        std::vector<Param> one(1);
        fset.set(new_method(rt, t, name, std::move(set), std::move(one), kBareArgumentErrors));
    }
    Root doc_value(st.heap, Value::none());
    if (!doc.empty()) doc_value.set(check(rt, str_value(st, doc)));
    Value args[4] = {fget.get(), fset.get(), Value::none(), doc_value.get()};
    Value p = check(rt, call(st, Value::from_object(st.property_type), Args{args, 4, nullptr}));
    Root keep(st.heap, p);
    Str* n = interned(rt, name);
    static_cast<Property*>(p.as_object())->name = Value::from_object(n);  // for its messages
    set_in_class(rt, t, n, p);
}

void add_class_attr(const Handle& cls, const std::string& name, const Handle& value) {
    Interpreter::Impl& rt = Access::runtime(cls);
    set_in_class(rt, type_of_class(cls), interned(rt, name), Access::value(value));
}

Handle new_module(Interpreter& py, std::string_view name) {
    Interpreter::Impl& rt = Access::runtime(py);
    State& st = rt.st;
    if (name.empty() || name.front() == '.' || name.back() == '.' || name.find("..") != std::string_view::npos)
        throw std::invalid_argument("krait: bad module name '" + std::string(name) + "'");
    Handle parent;
    size_t start = 0;
    for (;;) {
        size_t dot = name.find('.', start);
        std::string full(name.substr(0, dot));
        Str* n = interned(rt, full);
        Value existing = dict_get_str(st, st.modules, n);
        if (existing.is_error()) throw_raised(rt);
        Handle m;
        if (!existing.is_missing() && !existing.is_none()) {
            m = Access::make(rt, existing);
        } else {
            Module* mod = make_module(st, n);
            if (!mod) throw_raised(rt);
            m = Access::make(rt, Value::from_object(mod));
            size_t last = full.rfind('.');
            Value package = check(rt, str_value(st, last == std::string::npos ? "" : full.substr(0, last)));
            if (!dict_set_str(st, mod->dict, st.names.package, package)) throw_raised(rt);
            if (!dict_set_str(st, st.modules, n, Value::from_object(mod))) throw_raised(rt);
        }
        if (!parent.empty()) parent.set_attr(full.substr(full.rfind('.') + 1), m);
        if (dot == std::string_view::npos) return m;
        // A parent is a package: `import host.geo` looks for submodules there.
        if (!m.has_attr("__path__")) m.set_attr("__path__", py.list());
        parent = std::move(m);
        start = dot + 1;
    }
}

Handle main_module(Interpreter& py) {
    Interpreter::Impl& rt = Access::runtime(py);
    return Access::make(rt, Value::from_object(rt.main));
}

}  // namespace detail

}  // namespace krait
