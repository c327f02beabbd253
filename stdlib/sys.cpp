// The sys module: the interpreter's own state as Python sees it (argv, path, modules, the
// standard streams, the recursion limit, exception info) and the install() of every module.
#include <unistd.h>

#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/structseq.hpp"
#include "runtime/iterators.hpp"
#include "vm/collect.hpp"
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait::stdlib {

namespace {

// ---- the standard streams ----

struct Stream : Object {
    int fd;          // 0 stdin, 1 stdout, 2 stderr
    bool closed;
    bool binary;     // the .buffer of a text stream: writes bytes
    Value name;
    Value buffer;    // the binary stream under a text one, made on first use
};

void trace_stream(Object* o, Tracer& t) {
    t.mark(static_cast<Stream*>(o)->name);
    t.mark(static_cast<Stream*>(o)->buffer);
}
const GcOps kStreamOps{trace_stream, nullptr};

Stream* stream(Value v) { return static_cast<Stream*>(v.as_object()); }

Value stream_write(State& st, Args a) {
    if (!check_count(st, a, "write", 2, 2)) return Value::error();
    Stream* s = stream(a.v[0]);
    if (s->binary) {
        std::string_view data;
        if (!bytes_like(st, a.v[1], data))
            return type_error(st, "a bytes-like object is required, not '" + type_name(st, a.v[1]) + "'");
        if (s->fd == 0) return raise(st, st.exc.OSError, "not writable");
        (s->fd == 1 ? st.out : st.err)(data);
        return make_int(st, static_cast<int64_t>(data.size()));
    }
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "write() argument must be str, not " + type_name(st, a.v[1]));
    if (s->closed) return value_error(st, "I/O operation on closed file.");
    if (s->fd == 0) return raise(st, st.exc.OSError, "not writable");
    Str* text = as_str(a.v[1]);
    (s->fd == 1 ? st.out : st.err)(text->view());
    return make_int(st, static_cast<int64_t>(text->length));
}

Value sys_getdefaultencoding(State& st, Args a) {
    if (!check_count(st, a, "getdefaultencoding", 0, 0)) return Value::error();
    return str_value(st, "utf-8");
}

Value stream_writelines(State& st, Args a) {
    if (!check_count(st, a, "writelines", 2, 2)) return Value::error();
    Value it = get_iter(st, a.v[1]);
    if (it.is_error()) return it;
    Root keep(st.heap, it);
    for (;;) {
        Value line = iter_next(st, it);
        if (line.is_stop()) return Value::none();
        if (line.is_error()) return line;
        Value args[2] = {a.v[0], line};
        if (stream_write(st, Args{args, 2, nullptr}).is_error()) return Value::error();
    }
}

Value stream_flush(State& st, Args a) {
    Stream* s = stream(a.v[0]);
    if (s->fd == 1) std::fflush(stdout);
    if (s->fd == 2) std::fflush(stderr);
    (void)st;
    return Value::none();
}

Value stream_readline(State& st, Args a) {
    if (!check_count(st, a, "readline", 1, 2)) return Value::error();
    Stream* s = stream(a.v[0]);
    if (s->fd != 0) return raise(st, st.exc.OSError, "not readable");
    std::fflush(stdout);
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF) {
        line += static_cast<char>(c);
        if (c == '\n') break;
    }
    return str_value(st, line);
}

Value stream_read(State& st, Args a) {
    Stream* s = stream(a.v[0]);
    if (s->fd != 0) return raise(st, st.exc.OSError, "not readable");
    std::string text;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
    return str_value(st, text);
}

Value stream_readlines(State& st, Args a) {
    Value text = stream_read(st, Args{a.v, 1, nullptr});
    if (text.is_error()) return text;
    List* l = make_list(st);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    std::string_view v = as_str(text)->view();
    while (!v.empty()) {
        size_t nl = v.find('\n');
        size_t n = nl == std::string_view::npos ? v.size() : nl + 1;
        if (!list_append(st, l, str_value(st, v.substr(0, n)))) return Value::error();
        v.remove_prefix(n);
    }
    return Value::from_object(l);
}

Value stream_isatty(State&, Args a) {
    return Value::from_bool(isatty(stream(a.v[0])->fd));
}

Value stream_fileno(State&, Args a) { return Value::from_int(stream(a.v[0])->fd); }
Value stream_true(State&, Args) { return Value::from_bool(true); }
Value stream_enter(State&, Args a) { return a.v[0]; }
Value stream_exit(State&, Args) { return Value::none(); }
Value stream_close(State&, Args a) {
    stream(a.v[0])->closed = true;
    return Value::none();
}

Value stream_iternext(State& st, Value self) {
    Value line = stream_readline(st, Args{&self, 1, nullptr});
    if (line.is_error()) return line;
    if (as_str(line)->nbytes == 0) return Value::stop();
    return line;
}
Value stream_iter(State&, Value self) { return self; }

Value stream_repr(State& st, Value self) {
    Value n = stream(self)->name;
    return str_value(st, "<_io.TextIOWrapper name='" + std::string(as_str(n)->view()) + "' mode='" +
                             (stream(self)->fd == 0 ? "r" : "w") + "' encoding='utf-8'>");
}

Value stream_get_name(State&, Value self) { return stream(self)->name; }
Value stream_get_closed(State&, Value self) { return Value::from_bool(stream(self)->closed); }
Value stream_get_encoding(State& st, Value) { return str_value(st, "utf-8"); }
Value stream_get_buffer(State& st, Value self) {
    Stream* s = stream(self);
    if (s->binary) return attribute_error(st, self, intern(st, "buffer"));
    if (!s->buffer.is_object()) {
        auto* b = st.heap.make<Stream>(self.as_object()->type);
        if (!b) return raise_no_memory(st);
        b->fd = s->fd;
        b->binary = true;
        b->name = s->name;
        b->buffer = Value::none();
        s->buffer = Value::from_object(b);
    }
    return s->buffer;
}

const MethodDef kStreamMethods[] = {
    {"write", stream_write},
    {"writelines", stream_writelines},
    {"flush", stream_flush},
    {"readline", stream_readline},
    {"read", stream_read},
    {"readlines", stream_readlines},
    {"isatty", stream_isatty},
    {"fileno", stream_fileno},
    {"writable", stream_true},
    {"readable", stream_true},
    {"close", stream_close},
    {"__enter__", stream_enter},
    {"__exit__", stream_exit},
    {nullptr, nullptr},
};

const GetSetDef kStreamGetSets[] = {
    {"name", stream_get_name},
    {"closed", stream_get_closed},
    {"encoding", stream_get_encoding},
    {"buffer", stream_get_buffer},
    {nullptr, nullptr},
};

// ---- functions ----

Value sys_exit(State& st, Args a) {
    if (!check_count(st, a, "exit", 0, 1)) return Value::error();
    Value code = a.n ? a.v[0] : Value::none();
    return raise_value(st, st.exc.SystemExit, code);
}

Value sys_getrecursionlimit(State& st, Args a) {
    if (!check_count(st, a, "getrecursionlimit", 0, 0)) return Value::error();
    return Value::from_int(st.recursion_limit);
}

Value sys_setrecursionlimit(State& st, Args a) {
    if (!check_count(st, a, "setrecursionlimit", 1, 1)) return Value::error();
    if (!is_int(st, a.v[0])) return type_error(st, "'" + type_name(st, a.v[0]) + "' object cannot be interpreted as an integer");
    int64_t n;
    if (!int_to_int64(st, a.v[0], n) || n > INT32_MAX) return overflow_error(st, "Python int too large to convert to C int");
    if (n < 1) return value_error(st, "recursion limit must be greater or equal than 1");
    if (n <= st.depth) {
        return raise(st, st.exc.RecursionError,
                     "cannot set the recursion limit to " + std::to_string(n) + " at the recursion depth " +
                         std::to_string(st.depth) + ": the limit is too low");
    }
    st.recursion_limit = static_cast<int>(n);
    return Value::none();
}

Value sys_exc_info(State& st, Args a) {
    if (!check_count(st, a, "exc_info", 0, 0)) return Value::error();
    Value e = st.handled;
    if (e.is_none() || e.is_error()) {
        Tuple* t = make_tuple(st, {Value::none(), Value::none(), Value::none()});
        return t ? Value::from_object(t) : Value::error();
    }
    Tuple* t = make_tuple(st, {Value::from_object(type_of(st, e)), e, as_exception(e)->traceback});
    return t ? Value::from_object(t) : Value::error();
}

Value sys_exception(State& st, Args a) {
    if (!check_count(st, a, "exception", 0, 0)) return Value::error();
    Value e = st.handled;
    return e.is_error() ? Value::none() : e;
}

Value sys_getsizeof(State& st, Args a) {
    if (!check_count(st, a, "getsizeof", 1, 2)) return Value::error();
    Value v = a.v[0];
    return make_int(st, v.is_object() ? v.as_object()->size : 24);
}

Value sys_intern(State& st, Args a) {
    if (!check_count(st, a, "intern", 1, 1)) return Value::error();
    if (type_of(st, a.v[0]) != st.str_type)
        return type_error(st, "intern() argument must be str, not " + type_name(st, a.v[0]));
    Str* s = intern(st, as_str(a.v[0])->view());
    return s ? Value::from_object(s) : Value::error();
}

Value sys_get_int_max_str_digits(State& st, Args a) {
    if (!check_count(st, a, "get_int_max_str_digits", 0, 0)) return Value::error();
    return Value::from_int(st.max_str_digits);
}

Value sys_set_int_max_str_digits(State& st, Args a) {
    Value out[1];
    if (!parse_args(st, a, Signature{"set_int_max_str_digits", {"maxdigits"}, 1}, out)) return Value::error();
    int64_t n;
    if (!is_int(st, out[0]) || !int_to_int64(st, out[0], n))
        return type_error(st, "'" + type_name(st, out[0]) + "' object cannot be interpreted as an integer");
    if (n != 0 && n < 640) return value_error(st, "maxdigits must be 0 or larger than 640");
    st.max_str_digits = static_cast<int>(n);
    return Value::none();
}

Value sys_getframe(State& st, Args a) {
    if (!check_count(st, a, "_getframe", 0, 1)) return Value::error();
    int64_t depth = 0;
    if (a.n && !int_to_int64(st, a.v[0], depth)) return Value::error();
    Frame* f = st.frames.top;
    while (f && depth > 0) {
        f = f->back;
        --depth;
    }
    if (!f) return value_error(st, "call stack is not deep enough");
    // The frame objects of the whole chain below, so that f_back works.
    std::vector<Frame*> chain;
    for (Frame* g = f; g; g = g->back) chain.push_back(g);
    Root back(st.heap, Value::none());
    for (size_t i = chain.size(); i-- > 0;) {
        Value fo = vm::make_frame_object(st, chain[i], back.get());
        if (fo.is_error()) return fo;
        back.set(fo);
    }
    return back.get();
}

Value sys_displayhook(State& st, Args a) {
    if (!check_count(st, a, "displayhook", 1, 1)) return Value::error();
    Value v = a.v[0];
    if (v.is_none()) return Value::none();
    if (!dict_set_cstr(st, st.builtins, "_", Value::none())) return Value::error();
    Value r = repr(st, v);
    if (r.is_error()) return r;
    st.out(as_str(r)->view());
    st.out("\n");
    if (!dict_set_cstr(st, st.builtins, "_", v)) return Value::error();
    return Value::none();
}

Value sys_excepthook(State& st, Args a) {
    if (!check_count(st, a, "excepthook", 3, 3)) return Value::error();
    if (!is_exception_instance(st, a.v[1])) {
        st.err("TypeError: print_exception(): Exception expected for value, " + type_name(st, a.v[1]) + " found\n");
        return Value::none();
    }
    st.err(vm::format_exception(st, a.v[1]));
    return Value::none();
}

// sys.__unraisablehook__: CPython's report of an exception raised where nobody could catch it.
Value sys_unraisablehook(State& st, Args a) {
    if (!check_count(st, a, "unraisablehook", 1, 1)) return Value::error();
    Value parts[3];
    const char* names[3] = {"exc_value", "err_msg", "object"};
    for (int i = 0; i < 3; ++i) {
        parts[i] = getattr(st, a.v[0], intern(st, names[i]));
        if (parts[i].is_error()) return parts[i];
    }
    st.err(vm::unraisable_report(st, parts[0], parts[1], parts[2]));
    return Value::none();
}

// State::report_unraisable once sys exists: calls sys.unraisablehook with an
// UnraisableHookArgs; an error in the hook itself is reported by the default hook.
void report_unraisable(State& st, Value obj) {
    Root exc(st.heap, take_raised(st));
    Dict* d = st.sys_module->dict;
    Value hook = dict_get_cstr(st, d, "unraisablehook");
    Value type = dict_get_cstr(st, d, "UnraisableHookArgs");
    if (hook.is_missing() || !type.is_object() || type.as_object()->type != st.type_type) {
        st.err(vm::unraisable_report(st, exc, Value::none(), obj));
        return;
    }
    Root keep_hook(st.heap, hook);
    Value e = exc;
    Value items[5] = {Value::from_object(type_of(st, e)), e, as_exception(e)->traceback, Value::none(), obj};
    Value args = make_structseq(st, static_cast<Type*>(type.as_object()), items, 5);
    if (!args.is_error() && !call(st, hook, {args}).is_error()) return;
    Root failure(st.heap, take_raised(st));
    st.err(vm::unraisable_report(st, failure, str_value(st, "Exception ignored in sys.unraisablehook"), hook));
}

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...): a hook not passed stays as it was;
// None removes it.
Value sys_set_asyncgen_hooks(State& st, Args a) {
    Value hooks[2];
    if (!parse_kwargs(st, a, 0, "set_asyncgen_hooks", {"firstiter", "finalizer"}, 2, hooks)) return Value::error();
    Value firstiter = hooks[0], finalizer = hooks[1];
    // As CPython: the finalizer is checked first, and nothing changes on an error.
    for (auto [hook, name] : {std::pair{finalizer, "finalizer"}, std::pair{firstiter, "firstiter"}}) {
        if (!hook.is_missing() && !hook.is_none() && !is_callable(st, hook))
            return type_error(st, std::string("callable ") + name + " expected, got " + type_name(st, hook));
    }
    if (!finalizer.is_missing()) st.asyncgen_finalizer = finalizer;
    if (!firstiter.is_missing()) st.asyncgen_firstiter = firstiter;
    return Value::none();
}

// sys.get_asyncgen_hooks(): an asyncgen_hooks(firstiter, finalizer) struct sequence, whose
// type the function carries as its self.
Value sys_get_asyncgen_hooks(State& st, Args a) {
    if (!check_count(st, Args{a.v + 1, a.n - 1, a.kwnames}, "get_asyncgen_hooks", 0, 0)) return Value::error();
    Value items[2] = {st.asyncgen_firstiter, st.asyncgen_finalizer};
    return make_structseq(st, static_cast<Type*>(a.v[0].as_object()), items, 2);
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"_getframe", sys_getframe},
    {"displayhook", sys_displayhook},
    {"excepthook", sys_excepthook},
    {"__excepthook__", sys_excepthook},
    {"unraisablehook", sys_unraisablehook},
    {"__unraisablehook__", sys_unraisablehook},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
    {"getdefaultencoding", sys_getdefaultencoding},
    {nullptr, nullptr},
};

Value make_stream(State& st, Type* t, int fd, const char* name) {
    auto* s = st.heap.make<Stream>(t);
    if (!s) return raise_no_memory(st);
    s->fd = fd;
    s->buffer = Value::none();
    s->name = str_value(st, name);
    return Value::from_object(s);
}

// A struct sequence in sys: sys.version_info, sys.float_info, ...
Value make_record(State& st, const char* name, std::initializer_list<const char*> fields,
                  std::initializer_list<Value> values) {
    Type* t = make_structseq_type(st, "sys", name, fields, fields.size());
    if (!t) return Value::error();
    Root keep(st.heap, Value::from_object(t));
    return make_structseq(st, t, values.begin(), values.size());
}

Value make_version_info(State& st) {
    return make_record(st, "version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                       {Value::from_int(3), Value::from_int(11), Value::from_int(0), str_value(st, "final"),
                        Value::from_int(0)});
}

}  // namespace

Value make_sys_module(State& st) {
    Module* m = make_module(st, intern(st, "sys"));
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    Dict* d = m->dict;
    for (const MethodDef* def = kSysFunctions; def->name; ++def) {
        Value f = make_native(st, def->name, def->fn);
        if (f.is_error() || !dict_set_cstr(st, d, def->name, f)) return Value::error();
    }
    Type* stream_type = make_native_type(st, "TextIOWrapper", nullptr, sizeof(Stream), &kStreamOps);
    if (!stream_type) return Value::error();
    dict_set_cstr(st, d, "_TextIOWrapper", Value::from_object(stream_type));
    stream_type->repr = stream_repr;
    stream_type->iter = stream_iter;
    stream_type->next = stream_iternext;
    add_methods(st, stream_type, kStreamMethods);
    add_getsets(st, stream_type, kStreamGetSets);
    ready_builtin_type(st, stream_type);
    st.std_stream_type = stream_type;
    for (auto [fd, name, dunder] : {std::tuple{0, "stdin", "__stdin__"}, std::tuple{1, "stdout", "__stdout__"},
                                    std::tuple{2, "stderr", "__stderr__"}}) {
        Value s = make_stream(st, stream_type, fd, fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
        if (s.is_error() || !dict_set_cstr(st, d, name, s) || !dict_set_cstr(st, d, dunder, s)) return Value::error();
    }
    dict_set_cstr(st, d, "modules", Value::from_object(st.modules));
    Type* hooks_type = make_structseq_type(st, "sys", "asyncgen_hooks", {"firstiter", "finalizer"}, 2);
    if (!hooks_type) return Value::error();
    Value get_hooks = make_native(st, "get_asyncgen_hooks", sys_get_asyncgen_hooks, Value::from_object(hooks_type));
    if (get_hooks.is_error() || !dict_set_cstr(st, d, "get_asyncgen_hooks", get_hooks)) return Value::error();
    Type* unraisable_type = make_structseq_type(st, "sys", "UnraisableHookArgs",
                                                {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5);
    if (!unraisable_type || !dict_set_cstr(st, d, "UnraisableHookArgs", Value::from_object(unraisable_type)))
        return Value::error();
    st.report_unraisable = report_unraisable;
    if (!st.path.is_object()) {
        List* p = make_list(st);
        if (!p) return Value::error();
        st.path = Value::from_object(p);
    }
    if (!st.argv.is_object()) {
        List* p = make_list(st);
        if (!p || !list_append(st, p, Value::from_object(st.empty_str))) return Value::error();
        st.argv = Value::from_object(p);
    }
    dict_set_cstr(st, d, "path", st.path);
    dict_set_cstr(st, d, "argv", st.argv);
    dict_set_cstr(st, d, "maxsize", make_int(st, INT64_MAX));
    dict_set_cstr(st, d, "byteorder", str_value(st, "little"));
    dict_set_cstr(st, d, "platform", str_value(st, "linux"));
    dict_set_cstr(st, d, "version", str_value(st, "3.11.0 (Krait " KRAIT_VERSION ")"));
    dict_set_cstr(st, d, "hexversion", Value::from_int(0x030B00F0));
    dict_set_cstr(st, d, "executable", str_value(st, ""));
    dict_set_cstr(st, d, "maxunicode", Value::from_int(0x10FFFF));
    dict_set_cstr(st, d, "dont_write_bytecode", Value::from_bool(true));
    dict_set_cstr(st, d, "version_info", make_version_info(st));
    dict_set_cstr(st, d, "float_info",
                  make_record(st, "float_info",
                              {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                               "epsilon", "radix", "rounds"},
                              {Value::from_double(DBL_MAX), Value::from_int(DBL_MAX_EXP), Value::from_int(DBL_MAX_10_EXP),
                               Value::from_double(DBL_MIN), Value::from_int(DBL_MIN_EXP), Value::from_int(DBL_MIN_10_EXP),
                               Value::from_int(DBL_DIG), Value::from_int(DBL_MANT_DIG), Value::from_double(DBL_EPSILON),
                               Value::from_int(FLT_RADIX), Value::from_int(1)}));
    dict_set_cstr(st, d, "int_info",
                  make_record(st, "int_info",
                              {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                              {Value::from_int(30), Value::from_int(4), Value::from_int(4300), Value::from_int(640)}));
    dict_set_cstr(st, d, "hash_info",
                  make_record(st, "hash_info",
                              {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                              {Value::from_int(64), make_int(st, (int64_t(1) << 61) - 1), Value::from_int(314159),
                               Value::from_int(0), Value::from_int(1000003), str_value(st, "siphash13"),
                               Value::from_int(64), Value::from_int(128), Value::from_int(0)}));
    dict_set_cstr(st, d, "flags",
                  make_record(st, "flags",
                              {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                               "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                               "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                               "int_max_str_digits"},
                              {Value::from_int(0), Value::from_int(0), Value::from_int(0), Value::from_int(0),
                               Value::from_int(1), Value::from_int(0), Value::from_int(0), Value::from_int(0),
                               Value::from_int(0), Value::from_int(0), Value::from_int(0), Value::from_int(0),
                               Value::from_int(0), Value::from_bool(false), Value::from_int(1), Value::from_int(0),
                               Value::from_bool(false), Value::from_int(4300)}));
    dict_set_cstr(st, d, "builtin_module_names", Value::from_object(st.empty_tuple));
    // sys.implementation: a namespace with name, version and cache_tag.
    {
        Module* impl = make_module(st, intern(st, "implementation"));
        if (!impl) return Value::error();
        dict_set_cstr(st, impl->dict, "name", str_value(st, "krait"));
        dict_set_cstr(st, impl->dict, "cache_tag", Value::none());
        dict_set_cstr(st, impl->dict, "version", make_version_info(st));
        dict_set_cstr(st, d, "implementation", Value::from_object(impl));
    }
    st.sys_module = m;
    return Value::from_object(m);
}

}  // namespace krait::stdlib
