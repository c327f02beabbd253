// Exceptions: the built-in hierarchy of CPython 3.11 (runtime/exceptions.def), their
// attributes, str() and repr(), and the functions native code raises with.
#include "runtime/exception.hpp"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception_group.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

// ---- raising ----

Value raise(State& st, Value exception) {
    st.raised = exception;
    return Value::error();
}

Value new_exception(State& st, Type* type, std::string_view message) {
    Value msg = str_value(st, message);
    if (msg.is_error()) return msg;
    Root keep(st.heap, msg);
    // Straight through the metatype's call slot: an error the runtime raises does not count
    // as a call towards the recursion limit (CPython makes these lazily).
    Value cls = Value::from_object(type);
    return type_of(st, cls)->call(st, cls, Args{&msg, 1, nullptr});
}

Value raise(State& st, Type* type, std::string_view message) {
    Value e = new_exception(st, type, message);
    if (e.is_error()) return e;
    return raise(st, e);
}

Value raise_value(State& st, Type* type, Value arg) {
    Value e = call(st, Value::from_object(type), {arg});
    if (e.is_error()) return e;
    return raise(st, e);
}

Value raise_no_memory(State& st) {
    // Made without allocating much, from the heap's reserve: the heap may be exhausted.
    st.heap.grant_reserve();
    auto* e = st.heap.make<ExceptionObject>(st.exc.MemoryError, 0);
    if (!e) {
        st.raised = Value::from_object(st.exc.MemoryError);
        return Value::error();
    }
    e->args = Value::from_object(st.empty_tuple);
    e->context = e->cause = e->traceback = Value::none();
    e->notes = Value::error();
    return raise(st, Value::from_object(e));
}

Value raise_recursion(State& st) {
    int saved = st.recursion_headroom;
    st.recursion_headroom = 50;  // making the exception calls code too
    raise(st, st.exc.RecursionError, "maximum recursion depth exceeded");
    st.recursion_headroom = saved;
    return Value::error();
}

Value raise_stop_iteration(State& st, Value value) {
    Value e = value.is_none() ? call(st, Value::from_object(st.exc.StopIteration), {})
                              : call(st, Value::from_object(st.exc.StopIteration), {value});
    if (e.is_error()) return e;
    return raise(st, e);
}

Value raise_from_cause(State& st, Type* type, std::string_view message) {
    Value cause = take_raised(st);
    Root keep(st.heap, cause);
    Value e = new_exception(st, type, message);
    if (e.is_error()) return e;
    as_exception(e)->cause = cause;
    as_exception(e)->context = cause;
    as_exception(e)->suppress_context = true;
    return raise(st, e);
}

Value type_error(State& st, std::string_view m) { return raise(st, st.exc.TypeError, m); }
Value value_error(State& st, std::string_view m) { return raise(st, st.exc.ValueError, m); }
Value index_error(State& st, std::string_view m) { return raise(st, st.exc.IndexError, m); }
Value zero_division(State& st, std::string_view m) { return raise(st, st.exc.ZeroDivisionError, m); }
Value overflow_error(State& st, std::string_view m) { return raise(st, st.exc.OverflowError, m); }
Value key_error(State& st, Value key) { return raise_value(st, st.exc.KeyError, key); }

Value attribute_error(State& st, Value obj, Str* name) {
    std::string msg;
    if (isinstance(st, obj, st.type_type)) {
        msg = "type object '" + std::string(as_type(obj)->qualname->view()) + "' has no attribute '" +
              std::string(name->view()) + "'";
    } else if (obj.is_object() && obj.as_object()->type == st.module_type) {
        Dict* d = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + sizeof(Object));
        Value mn = dict_get_str(st, d, st.names.name);
        if (!mn.is_missing() && isinstance(st, mn, st.str_type)) {
            msg = "module '" + std::string(as_str(mn)->view()) + "' has no attribute '" + std::string(name->view()) + "'";
        } else {
            msg = "module has no attribute '" + std::string(name->view()) + "'";
        }
    } else {
        msg = "'" + type_name(st, obj) + "' object has no attribute '" + std::string(name->view()) + "'";
    }
    Value e = new_exception(st, st.exc.AttributeError, msg);
    if (e.is_error()) return e;
    // AttributeError.name and .obj, as 3.10+ set them.
    Root keep(st.heap, e);
    as_exception(e)->fields[0] = Value::from_object(name);
    as_exception(e)->fields[1] = obj;
    return raise(st, e);
}

Value take_raised(State& st) {
    Value e = st.raised;
    st.raised = Value::error();
    return e;
}

bool raised_matches(State& st, Type* type) {
    return !st.raised.is_error() && isinstance(st, st.raised, type);
}

bool is_exception_instance(State& st, Value v) { return type_of(st, v)->flags & kTypeExcSubclass; }

bool is_exception_class(State& st, Value v) {
    return isinstance(st, v, st.type_type) && (as_type(v)->flags & kTypeExcSubclass);
}

// ---- fields of the subtypes ----

namespace {

struct FieldTable {
    Type* State::Exceptions::*type;
    const char* names[9];
};

// The attributes each exception type adds (its subclasses inherit them).
const FieldTable kFields[] = {
    {&State::Exceptions::StopIteration, {"value"}},
    {&State::Exceptions::StopAsyncIteration, {"value"}},
    {&State::Exceptions::SystemExit, {"code"}},
    {&State::Exceptions::ImportError, {"msg", "name", "path"}},
    {&State::Exceptions::OSError, {"errno", "strerror", "filename", "filename2", "characters_written"}},
    {&State::Exceptions::SyntaxError,
     {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}},
    {&State::Exceptions::NameError, {"name"}},
    {&State::Exceptions::AttributeError, {"name", "obj"}},
    {&State::Exceptions::UnicodeDecodeError, {"encoding", "object", "start", "end", "reason"}},
    {&State::Exceptions::UnicodeEncodeError, {"encoding", "object", "start", "end", "reason"}},
    {&State::Exceptions::UnicodeTranslateError, {"encoding", "object", "start", "end", "reason"}},
    {&State::Exceptions::BaseExceptionGroup, {"message", "exceptions"}},
};

size_t field_count(Type* t) { return (t->basicsize - sizeof(ExceptionObject)) / sizeof(Value); }

int field_index(State& st, Type* t, const char* name) {
    Value d = type_lookup(st, t, intern(st, name));
    if (d.is_missing() || !d.is_object() || d.as_object()->type != st.member_descriptor_type) return -1;
    return static_cast<int>((static_cast<MemberDescriptor*>(d.as_object())->offset - sizeof(ExceptionObject)) /
                            sizeof(Value));
}

void trace_exception(Object* o, Tracer& t) {
    auto* e = static_cast<ExceptionObject*>(o);
    t.mark(e->dict);
    t.mark(e->args);
    t.mark(e->traceback);
    t.mark(e->context);
    t.mark(e->cause);
    t.mark(e->notes);
    Type* solid = o->type;
    while (solid->flags & kTypeHeap) solid = solid->base;
    size_t n = (solid->basicsize - sizeof(ExceptionObject)) / sizeof(Value);
    for (size_t i = 0; i < n; ++i) t.mark(e->fields[i]);
}
const GcOps kExceptionOps{trace_exception, nullptr};

// OSError(errno, ...) makes the subclass for that errno, as CPython does.
Type* os_error_subclass(State& st, Type* type, Args a) {
    if (type != st.exc.OSError || a.n < 2 || !a.v[0].is_int()) return type;
    switch (a.v[0].as_int()) {
        case EAGAIN: case EALREADY: case EINPROGRESS: return st.exc.BlockingIOError;
        case ECHILD: return st.exc.ChildProcessError;
        case EPIPE: case ESHUTDOWN: return st.exc.BrokenPipeError;
        case ECONNABORTED: return st.exc.ConnectionAbortedError;
        case ECONNREFUSED: return st.exc.ConnectionRefusedError;
        case ECONNRESET: return st.exc.ConnectionResetError;
        case EEXIST: return st.exc.FileExistsError;
        case ENOENT: return st.exc.FileNotFoundError;
        case EISDIR: return st.exc.IsADirectoryError;
        case ENOTDIR: return st.exc.NotADirectoryError;
        case EINTR: return st.exc.InterruptedError;
        case EACCES: case EPERM: return st.exc.PermissionError;
        case ESRCH: return st.exc.ProcessLookupError;
        case ETIMEDOUT: return st.exc.TimeoutError;
        default: return type;
    }
}

Value exc_new(State& st, Type* type, Args a) {
    type = os_error_subclass(st, type, a);
    auto* e = st.heap.make<ExceptionObject>(type, 0);
    if (!e) return raise_no_memory(st);
    Root keep(st.heap, Value::from_object(e));
    Type* solid = type;
    while (solid->flags & kTypeHeap) solid = solid->base;
    for (size_t i = 0; i < field_count(solid); ++i) e->fields[i] = Value::none();
    e->traceback = e->context = e->cause = Value::none();
    e->notes = Value::error();
    Tuple* args = make_tuple(st, a.v, a.n);
    if (!args) return Value::error();
    e->args = Value::from_object(args);
    return Value::from_object(e);
}

bool exc_init(State& st, Value self, Args a) {
    if (a.nkw() && type_of(st, self)->init == exc_init && (type_of(st, self)->flags & kTypeHeap) == 0) {
        type_error(st, type_name(st, self) + "() takes no keyword arguments");
        return false;
    }
    Tuple* args = make_tuple(st, a.v, a.n);
    if (!args) return false;
    as_exception(self)->args = Value::from_object(args);
    return true;
}

Tuple* exc_args(Value self) { return as_tuple(as_exception(self)->args); }

Value exc_str(State& st, Value self) {
    Tuple* args = exc_args(self);
    if (args->size == 0) return Value::from_object(st.empty_str);
    if (args->size == 1) return to_str(st, args->items[0]);
    return to_str(st, Value::from_object(args));
}

Value exc_repr(State& st, Value self) {
    Tuple* args = exc_args(self);
    std::string name(type_of(st, self)->name_str->view());
    if (args->size == 1) {
        Value r = repr(st, args->items[0]);
        if (r.is_error()) return r;
        return str_value(st, name + "(" + std::string(as_str(r)->view()) + ")");
    }
    Value r = repr(st, Value::from_object(args));
    if (r.is_error()) return r;
    if (args->size == 0) return str_value(st, name + "()");
    return str_value(st, name + std::string(as_str(r)->view()));
}

Value exc_get_args(State&, Value self) { return as_exception(self)->args; }
bool exc_set_args(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "args may not be deleted");
        return false;
    }
    Tuple* t;
    if (isinstance(st, v, st.tuple_type)) {
        t = as_tuple(v);
    } else {
        List* l = list_from_iterable(st, v);
        if (!l) return false;
        t = make_tuple(st, l->items, l->size);
        if (!t) return false;
    }
    as_exception(self)->args = Value::from_object(t);
    return true;
}
Value exc_get_tb(State&, Value self) { return as_exception(self)->traceback; }
bool exc_set_tb(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "__traceback__ may not be deleted");
        return false;
    }
    if (!v.is_none() && type_of(st, v) != st.traceback_type) {
        type_error(st, "__traceback__ must be a traceback or None");
        return false;
    }
    as_exception(self)->traceback = v;
    return true;
}
Value exc_get_context(State&, Value self) { return as_exception(self)->context; }
bool exc_set_context(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "__context__ may not be deleted");
        return false;
    }
    if (!v.is_none() && !is_exception_instance(st, v)) {
        type_error(st, "exception context must be None or derive from BaseException");
        return false;
    }
    as_exception(self)->context = v;
    return true;
}
Value exc_get_cause(State&, Value self) { return as_exception(self)->cause; }
bool exc_set_cause(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "__cause__ may not be deleted");
        return false;
    }
    if (!v.is_none() && !is_exception_instance(st, v)) {
        type_error(st, "exception cause must be None or derive from BaseException");
        return false;
    }
    as_exception(self)->cause = v;
    as_exception(self)->suppress_context = true;
    return true;
}
Value exc_get_suppress(State&, Value self) { return Value::from_bool(as_exception(self)->suppress_context); }
bool exc_set_suppress(State& st, Value self, Value v) {
    int r = v.is_error() ? 0 : truthy(st, v);
    if (r < 0) return false;
    as_exception(self)->suppress_context = r;
    return true;
}
Value exc_get_dict(State& st, Value self) {
    auto* e = as_exception(self);
    if (!e->dict) e->dict = make_dict(st);
    return e->dict ? Value::from_object(e->dict) : Value::error();
}

Value exc_with_traceback(State& st, Args a) {
    if (!check_count(st, a, "with_traceback", 2, 2)) return Value::error();
    if (!exc_set_tb(st, a.v[0], a.v[1])) return Value::error();
    return a.v[0];
}

Value exc_add_note(State& st, Args a) {
    if (!check_count(st, a, "add_note", 2, 2)) return Value::error();
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "note must be a str, not '" + type_name(st, a.v[1]) + "'");
    Value self = a.v[0];
    Str* key = intern(st, "__notes__");
    Dict* d = instance_dict(st, self, true);
    if (!d) return Value::error();
    Value notes = dict_get_str(st, d, key);
    if (notes.is_missing()) {
        List* l = make_list(st);
        if (!l) return Value::error();
        notes = Value::from_object(l);
        if (!dict_set_str(st, d, key, notes)) return Value::error();
    }
    if (!isinstance(st, notes, st.list_type)) return type_error(st, "Cannot add note: __notes__ is not a list");
    if (!list_append(st, as_list(notes), a.v[1])) return Value::error();
    return Value::none();
}

Value exc_reduce(State& st, Args a) {
    Value self = a.v[0];
    Tuple* t = make_tuple(st, {Value::from_object(type_of(st, self)), as_exception(self)->args});
    return t ? Value::from_object(t) : Value::error();
}

const MethodDef kBaseExceptionMethods[] = {
    {"with_traceback", exc_with_traceback},
    {"add_note", exc_add_note},
    {"__reduce__", exc_reduce},
    {nullptr, nullptr},
};

const GetSetDef kBaseExceptionGetSets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, nullptr},
    {nullptr, nullptr},
};

// ---- subtypes' __init__ and __str__ ----

Value* fields(Value self) { return as_exception(self)->fields; }

bool stop_iteration_init(State& st, Value self, Args a) {
    if (!exc_init(st, self, a)) return false;
    fields(self)[0] = a.n ? a.v[0] : Value::none();
    return true;
}

bool system_exit_init(State& st, Value self, Args a) {
    if (!exc_init(st, self, a)) return false;
    fields(self)[0] = a.n == 0 ? Value::none() : a.n == 1 ? a.v[0] : as_exception(self)->args;
    return true;
}

bool import_error_init(State& st, Value self, Args a) {
    Value out[2] = {Value::missing(), Value::missing()};
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k == "name") out[0] = a.kwvalues()[i];
        else if (k == "path") out[1] = a.kwvalues()[i];
        else {
            type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for " + type_name(st, self) + "()");
            return false;
        }
    }
    if (!exc_init(st, self, Args{a.v, a.n, nullptr})) return false;
    fields(self)[0] = a.n == 1 ? a.v[0] : Value::none();
    fields(self)[1] = out[0].is_missing() ? Value::none() : out[0];
    fields(self)[2] = out[1].is_missing() ? Value::none() : out[1];
    return true;
}

Value import_error_str(State& st, Value self) {
    Value msg = fields(self)[0];
    if (!msg.is_none()) return to_str(st, msg);
    return exc_str(st, self);
}

bool name_error_init(State& st, Value self, Args a) {
    Value name = Value::none();
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k == "name") name = a.kwvalues()[i];
        else {
            type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for " + type_name(st, self) + "()");
            return false;
        }
    }
    if (!exc_init(st, self, Args{a.v, a.n, nullptr})) return false;
    fields(self)[0] = name;
    return true;
}

bool attribute_error_init(State& st, Value self, Args a) {
    Value kw[2] = {Value::none(), Value::none()};
    size_t nkw = a.nkw();
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k == "name") kw[0] = a.kwvalues()[i];
        else if (k == "obj") kw[1] = a.kwvalues()[i];
        else {
            type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for " + type_name(st, self) + "()");
            return false;
        }
    }
    if (!exc_init(st, self, Args{a.v, a.n, nullptr})) return false;
    fields(self)[0] = kw[0];
    fields(self)[1] = kw[1];
    return true;
}

bool os_error_init(State& st, Value self, Args a) {
    if (!exc_init(st, self, a)) return false;
    if (a.n >= 2 && a.n <= 5) {
        fields(self)[0] = a.v[0];
        fields(self)[1] = a.v[1];
        if (a.n >= 3) fields(self)[2] = a.v[2];
        if (a.n >= 5) fields(self)[3] = a.v[4];
        // args keeps only (errno, strerror) when a filename is given.
        if (a.n >= 3) {
            Tuple* t = make_tuple(st, a.v, 2);
            if (!t) return false;
            as_exception(self)->args = Value::from_object(t);
        }
    }
    return true;
}

Value os_error_str(State& st, Value self) {
    Value* f = fields(self);
    if (!f[2].is_none()) {
        Value e = to_str(st, f[0]), s = to_str(st, f[1]);
        if (e.is_error() || s.is_error()) return Value::error();
        Value fn = repr(st, f[2]);
        if (fn.is_error()) return fn;
        std::string out = "[Errno " + std::string(as_str(e)->view()) + "] " + std::string(as_str(s)->view()) + ": " +
                          std::string(as_str(fn)->view());
        if (!f[3].is_none()) {
            Value fn2 = repr(st, f[3]);
            if (fn2.is_error()) return fn2;
            out += " -> " + std::string(as_str(fn2)->view());
        }
        return str_value(st, out);
    }
    if (!f[0].is_none() && !f[1].is_none()) {
        Value e = to_str(st, f[0]), s = to_str(st, f[1]);
        if (e.is_error() || s.is_error()) return Value::error();
        return str_value(st, "[Errno " + std::string(as_str(e)->view()) + "] " + std::string(as_str(s)->view()));
    }
    return exc_str(st, self);
}

bool syntax_error_init(State& st, Value self, Args a) {
    if (!exc_init(st, self, a)) return false;
    Value* f = fields(self);
    if (a.n >= 1) f[0] = a.v[0];
    if (a.n == 2) {
        Value info = a.v[1];
        if (!isinstance(st, info, st.tuple_type)) {
            type_error(st, "SyntaxError() argument 2 must be tuple, not " + type_name(st, info));
            return false;
        }
        Tuple* t = as_tuple(info);
        if (t->size < 4 || t->size > 6) {
            index_error(st, "tuple index out of range");
            return false;
        }
        for (size_t i = 0; i < t->size; ++i) f[1 + i] = t->items[i];
    }
    return true;
}

Value syntax_error_str(State& st, Value self) {
    Value* f = fields(self);
    Value msg = to_str(st, f[0].is_none() && exc_args(self)->size ? exc_args(self)->items[0] : f[0]);
    if (msg.is_error()) return msg;
    std::string out(as_str(msg)->view());
    bool have_file = isinstance(st, f[1], st.str_type);
    bool have_line = f[2].is_int();
    if (have_file || have_line) {
        std::string file;
        if (have_file) {
            std::string_view p = as_str(f[1])->view();
            size_t slash = p.rfind('/');
            file = std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
        }
        if (have_file && have_line) out += " (" + file + ", line " + std::to_string(f[2].as_int()) + ")";
        else if (have_file) out += " (" + file + ")";
        else out += " (line " + std::to_string(f[2].as_int()) + ")";
    }
    return str_value(st, out);
}

Value key_error_str(State& st, Value self) {
    Tuple* args = exc_args(self);
    if (args->size == 1) return repr(st, args->items[0]);
    return exc_str(st, self);
}

bool unicode_error_init(State& st, Value self, Args a) {
    if (!exc_init(st, self, a)) return false;
    for (size_t i = 0; i < a.n && i < 5; ++i) fields(self)[i] = a.v[i];
    return true;
}

Value unicode_decode_error_str(State& st, Value self) {
    Value* f = fields(self);
    if (!f[1].is_object() || !f[2].is_int()) return exc_str(st, self);
    std::string_view data;
    Value obj = f[1];
    std::string enc = isinstance(st, f[0], st.str_type) ? std::string(as_str(f[0])->view()) : "?";
    std::string reason = isinstance(st, f[4], st.str_type) ? std::string(as_str(f[4])->view()) : "?";
    int64_t start = f[2].as_int(), end = f[3].is_int() ? f[3].as_int() : start + 1;
    if (bytes_like(st, obj, data) && start >= 0 && size_t(start) < data.size()) {
        char buf[64];
        if (end == start + 1) {
            std::snprintf(buf, sizeof buf, "byte 0x%02x in position %lld", unsigned(uint8_t(data[start])),
                          static_cast<long long>(start));
        } else {
            std::snprintf(buf, sizeof buf, "bytes in position %lld-%lld", static_cast<long long>(start),
                          static_cast<long long>(end - 1));
        }
        return str_value(st, "'" + enc + "' codec can't decode " + buf + ": " + reason);
    }
    return exc_str(st, self);
}

Value unicode_encode_error_str(State& st, Value self) {
    Value* f = fields(self);
    if (!isinstance(st, f[1], st.str_type) || !f[2].is_int()) return exc_str(st, self);
    Str* s = as_str(f[1]);
    std::string enc = isinstance(st, f[0], st.str_type) ? std::string(as_str(f[0])->view()) : "?";
    std::string reason = isinstance(st, f[4], st.str_type) ? std::string(as_str(f[4])->view()) : "?";
    int64_t start = f[2].as_int(), end = f[3].is_int() ? f[3].as_int() : start + 1;
    if (start < 0 || size_t(start) >= s->length) return exc_str(st, self);
    char buf[80];
    if (end == start + 1) {
        size_t pos = str_offset(s, size_t(start));
        uint32_t cp = str_decode_at(s, pos);
        const char* fmt = cp < 0x100 ? "character '\\x%02x' in position %lld" : cp < 0x10000 ? "character '\\u%04x' in position %lld" : "character '\\U%08x' in position %lld";
        std::snprintf(buf, sizeof buf, fmt, cp, static_cast<long long>(start));
    } else {
        std::snprintf(buf, sizeof buf, "characters in position %lld-%lld", static_cast<long long>(start),
                      static_cast<long long>(end - 1));
    }
    return str_value(st, "'" + enc + "' codec can't encode " + buf + ": " + reason);
}

}  // namespace

Value exception_field(State& st, Value exc, const char* name) {
    int i = field_index(st, type_of(st, exc), name);
    if (i < 0) return Value::missing();
    return fields(exc)[i];
}

Value exception_str(State& st, Value exc) { return to_str(st, exc); }

void init_exception_types(State& st) {
    Type* base = st.exc.BaseException;
    base->gc = &kExceptionOps;
    base->basicsize = sizeof(ExceptionObject);
    base->dict_offset = sizeof(Object);  // ExceptionObject::dict comes right after the header
    base->flags |= kTypeBaseType | kTypeExcSubclass | kTypeHasDict;
    base->new_ = exc_new;
    base->init = exc_init;
    base->str = exc_str;
    base->repr = exc_repr;
    add_methods(st, base, kBaseExceptionMethods);
    add_getsets(st, base, kBaseExceptionGetSets);

    // Subtypes: every one subclassable; field tables widen the layout.
    for (const FieldTable& ft : kFields) {
        Type* t = st.exc.*ft.type;
        size_t inherited = 0;
        for (Type* b = t->base; b && b != base; b = b->base) {
            for (const FieldTable& o : kFields)
                if (st.exc.*o.type == b)
                    for (const char* n : o.names) inherited += n != nullptr;
        }
        size_t i = inherited;
        for (const char* n : ft.names) {
            if (!n) break;
            auto* m = st.heap.make<MemberDescriptor>(st.member_descriptor_type);
            m->name = intern(st, n);
            m->owner = t;
            m->offset = static_cast<uint32_t>(sizeof(ExceptionObject) + i * sizeof(Value));
            dict_set_str(st, t->dict ? t->dict : (t->dict = make_dict(st)), m->name, Value::from_object(m));
            ++i;
        }
        t->basicsize = static_cast<uint32_t>(sizeof(ExceptionObject) + i * sizeof(Value));
    }
    st.exc.StopIteration->init = stop_iteration_init;
    st.exc.StopAsyncIteration->init = stop_iteration_init;
    st.exc.SystemExit->init = system_exit_init;
    st.exc.ImportError->init = import_error_init;
    st.exc.ImportError->str = import_error_str;
    st.exc.NameError->init = name_error_init;
    st.exc.AttributeError->init = attribute_error_init;
    st.exc.OSError->init = os_error_init;
    st.exc.OSError->str = os_error_str;
    st.exc.SyntaxError->init = syntax_error_init;
    st.exc.SyntaxError->str = syntax_error_str;
    st.exc.KeyError->str = key_error_str;
    st.exc.UnicodeDecodeError->init = unicode_error_init;
    st.exc.UnicodeDecodeError->str = unicode_decode_error_str;
    st.exc.UnicodeEncodeError->init = unicode_error_init;
    st.exc.UnicodeEncodeError->str = unicode_encode_error_str;
    st.exc.UnicodeTranslateError->init = unicode_error_init;
    init_exception_group_types(st);
}

}  // namespace krait
