// _contextvars (re-exported by stdlib/py/contextvars.py): ContextVar, Token, Context and
// copy_context as CPython 3.11 has them, with its messages.
//
// The current Context is State::context. A Context holds an immutable map from variables to
// values (stdlib/hamt.hpp, keyed by each variable's serial number), which copies of the
// context share: copy_context() makes one small object. ContextVar.set replaces the current
// context's map with a new one that has the new value, made in O(log n).
//
// Every map gets a stamp, unique within the State, when it is made. A ContextVar caches the
// value it found in the map with that stamp, so that get() in an unchanged context is a
// compare; stamps, unlike addresses, are never reused by a later map.
#include "stdlib/contextvars.hpp"

#include <cstdio>
#include <string>

#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/iterators.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/hamt.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"

namespace krait::stdlib {

namespace {

struct Context : Object {
    HamtNode* vars;  // null: empty (Context(), the base context)
    Value prev;      // while entered: the context it replaced as the current one
    bool entered;
};

struct ContextVar : Object {
    Value name;
    Value default_;        // missing(): none given
    uint64_t serial;       // the variable's id in maps
    uint64_t cached_stamp; // 0: nothing cached
    Value cached;          // the value in the map stamped cached_stamp; missing(): absent
};

struct Token : Object {
    Value ctx, var;
    Value old;       // missing(): the variable had no value (Token.MISSING)
    bool used;
};

// keys(), values(), items() and iter(context): one type per kind, over a map.
struct MapIter : Object {
    HamtNode* vars;  // null: empty
    HamtCursor cursor;
};

// The module's data, kept in State::contextvars.
struct Shared : Object {
    Type *context, *var, *token, *node, *missing_type;
    Type* iters[3];  // keys, values, items
    Value missing;   // Token.MISSING
    uint64_t stamps; // maps made so far
    uint64_t serials; // variables made so far
    // The Context lent to a task step whose task has no Context of its own (see
    // enter_task_context), and the Context that replaced it when the step set a variable.
    Context* lent;
    Value promoted;
};

enum IterKind { kKeys, kValues, kItems };

void trace_context(Object* o, Tracer& t) {
    auto* c = static_cast<Context*>(o);
    t.mark(c->vars);
    t.mark(c->prev);
}
void trace_var(Object* o, Tracer& t) {
    auto* v = static_cast<ContextVar*>(o);
    t.mark(v->name);
    t.mark(v->default_);
    t.mark(v->cached);
}
void trace_token(Object* o, Tracer& t) {
    auto* k = static_cast<Token*>(o);
    t.mark(k->ctx);
    t.mark(k->var);
    t.mark(k->old);
}
void trace_iter(Object* o, Tracer& t) { t.mark(static_cast<MapIter*>(o)->vars); }
void trace_shared(Object* o, Tracer& t) {
    auto* s = static_cast<Shared*>(o);
    for (Type* type : {s->context, s->var, s->token, s->node, s->missing_type, s->iters[0], s->iters[1], s->iters[2]})
        t.mark(type);
    t.mark(s->missing);
    if (s->lent) t.mark(s->lent);
    t.mark(s->promoted);
}
void trace_nothing(Object*, Tracer&) {}

const GcOps kContextGc{trace_context, nullptr};
const GcOps kVarGc{trace_var, nullptr};
const GcOps kTokenGc{trace_token, nullptr};
const GcOps kIterGc{trace_iter, nullptr};
const GcOps kSharedGc{trace_shared, nullptr};
const GcOps kMissingGc{trace_nothing, nullptr};

Context* as_context(Value v) { return static_cast<Context*>(v.as_object()); }
ContextVar* as_var(Value v) { return static_cast<ContextVar*>(v.as_object()); }
Token* as_token(Value v) { return static_cast<Token*>(v.as_object()); }

Shared* make_shared(State& st);

// The module's data, made on first use. Null with an exception pending on failure.
Shared* shared(State& st) {
    if (!st.contextvars.is_none()) return static_cast<Shared*>(st.contextvars.as_object());
    return make_shared(st);
}

template <typename T>
T* alloc(State& st, Type* type, size_t extra = 0) {
    T* o = st.heap.make<T>(type, extra);
    if (!o) raise_no_memory(st);
    return o;
}

// ---- maps ----

uint64_t var_id(Value var) { return as_var(var)->serial; }

Value map_find(const HamtNode* vars, Value var) { return hamt_find(vars, var, var_id(var)); }

// ---- contexts ----

Context* new_context(State& st, Shared* s, HamtNode* vars) {
    auto* c = alloc<Context>(st, s->context);
    if (!c) return nullptr;
    c->vars = vars;
    c->prev = Value::none();
    return c;
}

// The current context, made (empty) when there is none yet. Callers need its identity (a
// Token records it): if it is the Context lent to a task step, the task gets its own now.
Context* current(State& st, Shared* s) {
    if (st.context.is_none()) {
        Context* c = new_context(st, s, nullptr);
        if (!c) return nullptr;
        st.context = Value::from_object(c);
    }
    Context* c = as_context(st.context);
    if (c != s->lent) return c;
    Context* own = new_context(st, s, c->vars);
    if (!own) return nullptr;
    own->prev = c->prev;
    own->entered = true;
    c->vars = nullptr;
    c->prev = Value::none();
    c->entered = false;
    st.context = s->promoted = Value::from_object(own);
    return own;
}

// The value of var in the current context, or missing().
Value lookup(State& st, ContextVar* var) {
    if (st.context.is_none()) return Value::missing();
    const HamtNode* vars = as_context(st.context)->vars;
    if (!vars) return Value::missing();
    if (var->cached_stamp == vars->stamp) return var->cached;
    Value v = hamt_find(vars, Value::from_object(var), var->serial);
    var->cached_stamp = vars->stamp;
    var->cached = v;
    return v;
}

// Gives var `value` in the current context; missing() removes it (LookupError(var) if it has
// no value).
bool assign(State& st, Shared* s, ContextVar* var, Value value) {
    Context* ctx = current(st, s);
    if (!ctx) return false;
    Value v = Value::from_object(var);
    HamtNode* vars;
    if (value.is_missing()) {
        if (!hamt_remove(st, s->node, ctx->vars, v, var->serial, vars)) return false;
        if (vars == ctx->vars) {
            raise_value(st, st.exc.LookupError, v);
            return false;
        }
    } else if (!hamt_set(st, s->node, ctx->vars, v, var->serial, value, var_id, vars)) {
        return false;
    }
    ctx->vars = vars;
    if (vars) {
        vars->stamp = ++s->stamps;
        var->cached_stamp = vars->stamp;
        var->cached = value;
    }
    return true;
}

// ---- argument checks ----

// Positional-only arguments after `skip` leading values (self), with CPython's wording for
// each kind of function: METH_NOARGS "Context.keys() takes no arguments (1 given)", METH_O
// "ContextVar.set() takes exactly one argument (0 given)", Argument Clinic "get expected at
// most 1 argument, got 2"; keywords: "ContextVar.get() takes no keyword arguments".
bool positional(State& st, Args a, size_t skip, const char* name, const char* qualname, size_t min, size_t max) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    size_t n = a.n - skip;
    if (n >= min && n <= max) return true;
    std::string count = std::to_string(n);
    if (max == 0) {
        type_error(st, std::string(qualname) + "() takes no arguments (" + count + " given)");
    } else if (min == 1 && max == 1) {
        type_error(st, std::string(qualname) + "() takes exactly one argument (" + count + " given)");
    } else {
        size_t limit = n < min ? min : max;
        type_error(st, std::string(name) + " expected " + (n < min ? "at least " : "at most ") +
                           std::to_string(limit) + " argument" + (limit == 1 ? "" : "s") + ", got " + count);
    }
    return false;
}

// repr(v) as text, for messages; false with an exception pending.
bool repr_text(State& st, Value v, std::string& out) {
    Value r = repr(st, v);
    if (r.is_error()) return false;
    out = std::string(as_str(r)->view());
    return true;
}

std::string address(const Object* o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<const void*>(o));
    return buf;
}

// ---- ContextVar ----

// ContextVar(name, *, default=...), parsed as PyArg_ParseTupleAndKeywords("O|$O") words it.
Value var_new(State& st, Type* type, Args a) {
    size_t nkw = a.kwnames ? a.nkw() : 0;
    if (a.n + nkw > 2)
        return type_error(st, std::string("ContextVar() takes at most 2 ") + (a.n == 0 ? "keyword " : "") +
                                  "arguments (" + std::to_string(a.n + nkw) + " given)");
    if (a.n > 1)
        return type_error(st, "ContextVar() takes at most 1 positional argument (" + std::to_string(a.n) + " given)");
    if (a.n == 0) return type_error(st, "ContextVar() takes exactly 1 positional argument (0 given)");
    Value def = Value::missing();
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view key = as_str(a.kwnames->items[k])->view();
        if (key != "default")
            return type_error(st, "'" + std::string(key) + "' is an invalid keyword argument for ContextVar()");
        def = a.kwvalues()[k];
    }
    if (!isinstance(st, a.v[0], st.str_type)) return type_error(st, "context variable name must be a str");
    Shared* s = shared(st);
    auto* var = s ? alloc<ContextVar>(st, type) : nullptr;
    if (!var) return Value::error();
    var->serial = s->serials++;
    var->name = a.v[0];
    var->default_ = def;
    var->cached = Value::missing();
    return Value::from_object(var);
}

Value var_repr(State& st, Value self) {
    ContextVar* var = as_var(self);
    std::string out = "<ContextVar name=", text;
    if (!repr_text(st, var->name, text)) return Value::error();
    out += text;
    if (!var->default_.is_missing()) {
        if (!repr_text(st, var->default_, text)) return Value::error();
        out += " default=" + text;
    }
    return str_value(st, out + address(var));
}

Value var_get(State& st, Args a) {
    if (!positional(st, a, 1, "get", "ContextVar.get", 0, 1)) return Value::error();
    ContextVar* var = as_var(a.v[0]);
    Value v = lookup(st, var);
    if (!v.is_missing()) return v;
    if (a.n == 2) return a.v[1];
    if (!var->default_.is_missing()) return var->default_;
    return raise_value(st, st.exc.LookupError, a.v[0]);
}

Value var_set(State& st, Args a) {
    if (!positional(st, a, 1, "set", "ContextVar.set", 1, 1)) return Value::error();
    Shared* s = shared(st);
    Context* ctx = s ? current(st, s) : nullptr;
    if (!ctx) return Value::error();
    auto* tok = alloc<Token>(st, s->token);
    if (!tok) return Value::error();
    tok->ctx = Value::from_object(ctx);
    tok->var = a.v[0];
    tok->old = map_find(ctx->vars, a.v[0]);
    Root keep(st.heap, Value::from_object(tok));
    if (!assign(st, s, as_var(a.v[0]), a.v[1])) return Value::error();
    return Value::from_object(tok);
}

Value var_reset(State& st, Args a) {
    if (!positional(st, a, 1, "reset", "ContextVar.reset", 1, 1)) return Value::error();
    Shared* s = shared(st);
    if (!s) return Value::error();
    Value tv = a.v[1];
    std::string text;
    if (type_of(st, tv) != s->token) {
        if (!repr_text(st, tv, text)) return Value::error();
        return type_error(st, "expected an instance of Token, got " + text);
    }
    Token* tok = as_token(tv);
    if (tok->used) {
        if (!repr_text(st, tv, text)) return Value::error();
        return raise(st, st.exc.RuntimeError, text + " has already been used once");
    }
    if (!tok->var.is(a.v[0])) {
        if (!repr_text(st, tv, text)) return Value::error();
        return value_error(st, text + " was created by a different ContextVar");
    }
    Context* ctx = current(st, s);
    if (!ctx) return Value::error();
    if (!tok->ctx.is(Value::from_object(ctx))) {
        if (!repr_text(st, tv, text)) return Value::error();
        return value_error(st, text + " was created in a different Context");
    }
    tok->used = true;
    if (!assign(st, s, as_var(a.v[0]), tok->old)) return Value::error();
    return Value::none();
}

Value var_name(State&, Value self) { return as_var(self)->name; }

// A read-only member (T_OBJECT, READONLY): CPython's terse message for set and delete.
bool readonly(State& st, Value, Value) {
    raise(st, st.exc.AttributeError, "readonly attribute");
    return false;
}

const MethodDef kVarMethods[] = {
    {"get", var_get},
    {"set", var_set},
    {"reset", var_reset},
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};
const GetSetDef kVarGetSets[] = {{"name", var_name, readonly}, {nullptr, nullptr}};

// ---- Token ----

Value token_new(State& st, Type*, Args) { return raise(st, st.exc.RuntimeError, "Tokens can only be created by ContextVars"); }

Value token_repr(State& st, Value self) {
    Token* tok = as_token(self);
    std::string text;
    if (!repr_text(st, tok->var, text)) return Value::error();
    return str_value(st, std::string("<Token") + (tok->used ? " used" : "") + " var=" + text + address(tok));
}

Value token_var(State&, Value self) { return as_token(self)->var; }
Value token_old_value(State& st, Value self) {
    Value old = as_token(self)->old;
    return old.is_missing() ? shared(st)->missing : old;
}

Value missing_repr(State& st, Value) { return str_value(st, "<Token.MISSING>"); }

const MethodDef kTokenMethods[] = {
    {"__class_getitem__", class_getitem_self, MethodKind::Class},
    {nullptr, nullptr},
};
const GetSetDef kTokenGetSets[] = {{"var", token_var}, {"old_value", token_old_value}, {nullptr, nullptr}};

// ---- Context ----

Value context_new(State& st, Type*, Args a) {
    if (a.n || (a.kwnames && a.nkw())) return type_error(st, "Context() does not accept any arguments");
    Shared* s = shared(st);
    Context* c = s ? new_context(st, s, nullptr) : nullptr;
    return c ? Value::from_object(c) : Value::error();
}

// Contexts are keyed by ContextVar objects only.
bool check_key(State& st, Value key) {
    if (type_of(st, key) == shared(st)->var) return true;
    std::string text;
    if (repr_text(st, key, text)) type_error(st, "a ContextVar key was expected, got " + text);
    return false;
}

Value context_getitem(State& st, Value self, Value key) {
    if (!check_key(st, key)) return Value::error();
    Value v = map_find(as_context(self)->vars, key);
    return v.is_missing() ? key_error(st, key) : v;
}

int context_contains(State& st, Value self, Value key) {
    if (!check_key(st, key)) return -1;
    return !map_find(as_context(self)->vars, key).is_missing();
}

int64_t context_len(State&, Value self) { return hamt_size(as_context(self)->vars); }

Value new_iter(State& st, Value ctx, IterKind kind) {
    Shared* s = shared(st);
    auto* it = alloc<MapIter>(st, s->iters[kind]);
    if (!it) return Value::error();
    it->vars = as_context(ctx)->vars;
    it->cursor.start(it->vars);
    return Value::from_object(it);
}

Value context_iter(State& st, Value self) { return new_iter(st, self, kKeys); }

// Equal when both hold the same variables with equal values (==, identity first). Only ==
// and != between contexts.
Value context_compare(State& st, Value a, Value b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(st, b) != type_of(st, a)) return Value::not_implemented();
    HamtNode* x = as_context(a)->vars;
    HamtNode* y = as_context(b)->vars;
    // == may run Python code that sets a variable in one of them: keep the maps compared.
    Root keep_x(st.heap, x ? Value::from_object(x) : Value::none());
    Root keep_y(st.heap, y ? Value::from_object(y) : Value::none());
    bool eq = hamt_size(x) == hamt_size(y);
    HamtCursor cursor;
    cursor.start(x);
    Value var, value;
    while (eq && cursor.next(var, value)) {
        Value w = map_find(y, var);
        if (w.is_missing()) {
            eq = false;
            break;
        }
        int r = equal(st, value, w);
        if (r < 0) return Value::error();
        eq = r;
    }
    return Value::from_bool(eq == (op == CmpOp::Eq));
}

Value context_get(State& st, Args a) {
    if (!positional(st, a, 1, "get", "Context.get", 1, 2)) return Value::error();
    if (!check_key(st, a.v[1])) return Value::error();
    Value v = map_find(as_context(a.v[0])->vars, a.v[1]);
    if (!v.is_missing()) return v;
    return a.n == 3 ? a.v[2] : Value::none();
}

template <IterKind Kind>
Value context_view(State& st, Args a) {
    static constexpr const char* kNames[] = {"Context.keys", "Context.values", "Context.items"};
    if (!positional(st, a, 1, kNames[Kind], kNames[Kind], 0, 0)) return Value::error();
    return new_iter(st, a.v[0], Kind);
}

Value context_copy(State& st, Args a) {
    if (!positional(st, a, 1, "Context.copy", "Context.copy", 0, 0)) return Value::error();
    Context* c = new_context(st, shared(st), as_context(a.v[0])->vars);
    return c ? Value::from_object(c) : Value::error();
}

Value context_run(State& st, Args a) {
    if (a.n < 2) return type_error(st, "run() missing 1 required positional argument");
    return run_in_context(st, a.v[0], a.v[1], Args{a.v + 2, a.n - 2, a.kwnames});
}

const MethodDef kContextMethods[] = {
    {"get", context_get},
    {"items", context_view<kItems>},
    {"keys", context_view<kKeys>},
    {"values", context_view<kValues>},
    {"copy", context_copy},
    {"run", context_run},
    {nullptr, nullptr},
};

// ---- the iterators ----

Value map_iter_next(State& st, Value self) {
    auto* it = static_cast<MapIter*>(self.as_object());
    Value var, value;
    if (!it->cursor.next(var, value)) return Value::stop();
    Shared* s = shared(st);
    Type* type = type_of(st, self);
    if (type == s->iters[kKeys]) return var;
    if (type == s->iters[kValues]) return value;
    Tuple* pair = make_tuple(st, {var, value});
    return pair ? Value::from_object(pair) : Value::error();
}

Value iter_self(State&, Value self) { return self; }

// The number of variables in the map, however far the iteration went (as CPython).
int64_t iter_len(State&, Value self) { return hamt_size(static_cast<MapIter*>(self.as_object())->vars); }

// ---- the module's types ----

// A type of the module: not subclassable; `module` names its __module__. Null with an
// exception pending on failure.
Type* new_type(State& st, const char* name, const char* module, uint32_t size, const GcOps* gc, NewFn new_) {
    Type* t = make_native_type(st, name, nullptr, size, gc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->new_ = new_;
    return publish_type(st, nullptr, t, module) ? t : nullptr;
}

Shared* make_shared(State& st) {
    Type* shared_type = new_type(st, "_contextvars_data", "_contextvars", sizeof(Shared), &kSharedGc, nullptr);
    if (!shared_type) return nullptr;
    Root keep_type(st.heap, Value::from_object(shared_type));
    auto* s = alloc<Shared>(st, shared_type);
    if (!s) return nullptr;
    s->missing = s->promoted = Value::none();
    s->lent = nullptr;
    Root keep(st.heap, Value::from_object(s));

    if (!(s->node = new_type(st, "_contextvars_map", "_contextvars", sizeof(HamtNode), &kHamtNodeGc, nullptr)))
        return nullptr;

    static const char* const kIterNames[] = {"keys", "values", "items"};
    for (int k = 0; k < 3; ++k) {
        Type* t = make_native_type(st, kIterNames[k], nullptr, sizeof(MapIter), &kIterGc);
        if (!t) return nullptr;
        s->iters[k] = t;
        t->new_ = nullptr;
        t->iter = iter_self;
        t->next = map_iter_next;
        t->len = iter_len;
        if (!ready_builtin_type(st, t)) return nullptr;
    }

    // Token.MISSING: the only instance of a type CPython names "Token.MISSING".
    Type* missing_type = make_native_type(st, "MISSING", nullptr, sizeof(Object), &kMissingGc);
    if (!(s->missing_type = missing_type)) return nullptr;
    missing_type->new_ = nullptr;
    missing_type->repr = missing_repr;
    if (!publish_type(st, nullptr, missing_type, "Token")) return nullptr;
    Object* missing = alloc<Object>(st, s->missing_type);
    if (!missing) return nullptr;
    s->missing = Value::from_object(missing);

    Type* var = make_native_type(st, "ContextVar", nullptr, sizeof(ContextVar), &kVarGc);
    if (!(s->var = var)) return nullptr;
    var->new_ = var_new;
    var->repr = var_repr;
    add_methods(st, var, kVarMethods);
    add_getsets(st, var, kVarGetSets);
    if (!publish_type(st, nullptr, var, "_contextvars")) return nullptr;

    Type* token = make_native_type(st, "Token", nullptr, sizeof(Token), &kTokenGc);
    if (!(s->token = token)) return nullptr;
    token->new_ = token_new;
    token->repr = token_repr;
    token->hash = hash_not_implemented;
    add_methods(st, token, kTokenMethods);
    add_getsets(st, token, kTokenGetSets);
    if (!dict_set_cstr(st, token->dict, "MISSING", s->missing) || !publish_type(st, nullptr, token, "_contextvars"))
        return nullptr;

    Type* context = make_native_type(st, "Context", nullptr, sizeof(Context), &kContextGc);
    if (!(s->context = context)) return nullptr;
    context->new_ = context_new;
    context->hash = hash_not_implemented;
    context->compare = context_compare;
    context->getitem = context_getitem;
    context->contains = context_contains;
    context->len = context_len;
    context->iter = context_iter;
    add_methods(st, context, kContextMethods);
    if (!publish_type(st, nullptr, context, "_contextvars")) return nullptr;

    st.contextvars = Value::from_object(s);
    return s;
}

Value module_copy_context(State& st, Args a) {
    if (!positional(st, a, 0, "_contextvars.copy_context", "_contextvars.copy_context", 0, 0)) return Value::error();
    return copy_context(st);
}

const MethodDef kFunctions[] = {
    {"copy_context", module_copy_context},
    {nullptr, nullptr},
};

}  // namespace

Value copy_context(State& st) {
    Shared* s = shared(st);
    if (!s) return Value::error();
    // Without a current context yet, the copy is empty: the base context need not be made.
    HamtNode* vars = st.context.is_none() ? nullptr : as_context(st.context)->vars;
    Context* c = new_context(st, s, vars);
    return c ? Value::from_object(c) : Value::error();
}

Value context_snapshot(State& st) {
    if (st.context.is_none()) return Value::missing();
    HamtNode* vars = as_context(st.context)->vars;
    return vars ? Value::from_object(vars) : Value::missing();
}

Value task_context(State& st, Value ctx) {
    if (is_context(st, ctx)) return ctx;
    Shared* s = shared(st);
    if (!s) return Value::error();
    Context* c = new_context(st, s, ctx.is_missing() ? nullptr : static_cast<HamtNode*>(ctx.as_object()));
    return c ? Value::from_object(c) : Value::error();
}

bool enter_task_context(State& st, Value& ctx, TaskEntry& how) {
    how = TaskEntry::Current;
    if (ctx.is(st.context)) return true;
    if (is_context(st, ctx)) {
        how = TaskEntry::Entered;
        return enter_context(st, ctx);
    }
    Shared* s = shared(st);
    if (!s) return false;
    if (!s->lent) {
        s->lent = new_context(st, s, nullptr);
        if (!s->lent) return false;
    }
    if (s->lent->entered) {
        // A step inside a step (a host running the loop from a callback): the lent Context
        // is taken, so this task gets its own.
        ctx = task_context(st, ctx);
        how = TaskEntry::Entered;
        return !ctx.is_error() && enter_context(st, ctx);
    }
    s->lent->vars = ctx.is_missing() ? nullptr : static_cast<HamtNode*>(ctx.as_object());
    how = TaskEntry::Lent;
    return enter_context(st, Value::from_object(s->lent));
}

bool exit_task_context(State& st, Value& ctx, TaskEntry how) {
    if (how == TaskEntry::Current) return true;
    if (how == TaskEntry::Entered) return exit_context(st, ctx);
    Shared* s = shared(st);
    if (!s) return false;
    if (!s->promoted.is_none()) {
        ctx = s->promoted;  // the step set a variable: the task has a Context of its own now
        s->promoted = Value::none();
        return exit_context(st, ctx);
    }
    Context* lent = s->lent;
    Value left = lent->vars ? Value::from_object(lent->vars) : Value::missing();
    if (!exit_context(st, Value::from_object(lent))) return false;
    lent->vars = nullptr;
    ctx = left;
    return true;
}

bool is_context(State& st, Value v) {
    return !st.contextvars.is_none() && type_of(st, v) == static_cast<Shared*>(st.contextvars.as_object())->context;
}

bool enter_context(State& st, Value ctx) {
    if (!is_context(st, ctx)) {
        type_error(st, "an instance of Context was expected");
        return false;
    }
    Context* c = as_context(ctx);
    if (c->entered) {
        std::string text;
        if (repr_text(st, ctx, text)) raise(st, st.exc.RuntimeError, "cannot enter context: " + text + " is already entered");
        return false;
    }
    c->prev = st.context;
    c->entered = true;
    st.context = ctx;
    return true;
}

bool exit_context(State& st, Value ctx) {
    if (!st.context.is(ctx) || !is_context(st, ctx)) {
        raise(st, st.exc.RuntimeError, "cannot exit context: thread state references a different context object");
        return false;
    }
    Context* c = as_context(ctx);
    st.context = c->prev;
    c->prev = Value::none();
    c->entered = false;
    return true;
}

Value run_in_context(State& st, Value ctx, Value fn, Args args) {
    if (!enter_context(st, ctx)) return Value::error();
    Value result = call(st, fn, args);
    if (!exit_context(st, ctx)) return Value::error();
    return result;
}

Value make_contextvars_module(State& st) {
    Shared* s = shared(st);
    if (!s) return Value::error();
    Module* m = new_native_module(st, "_contextvars", kFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (Type* t : {s->context, s->var, s->token})
        if (!dict_set_str(st, m->dict, t->name_str, Value::from_object(t))) return Value::error();
    if (!dict_set_cstr(st, m->dict, "__doc__", str_value(st, "Context Variables"))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
