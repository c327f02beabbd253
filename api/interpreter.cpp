// The Interpreter part of the public API: a State with the VM and the standard modules, and
// the CPython-compatible ways of running a program in it.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_set>

#include "api/runtime.hpp"
#include "parser/parser.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/modules.hpp"
#include "support/arena.hpp"
#include "vm/collect.hpp"
#include "vm/compile.hpp"
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait {

namespace {

void write_stdout(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }
void write_stderr(std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
}

// The exit status for an uncaught exception, printing what CPython prints.
int report(State& st, Value exc) {
    Root keep(st.heap, exc);
    if (isinstance(st, exc, st.exc.SystemExit)) {
        Value code = as_exception(exc)->fields[0];
        if (code.is_none()) return 0;
        if (is_int(st, code)) {
            int64_t c = 0;
            if (!int_to_int64(st, code, c)) c = -1;
            return static_cast<int>(c & 0xFF);
        }
        Value s = to_str(st, code);
        if (s.is_error()) {
            take_raised(st);
            return 1;
        }
        st.err(std::string(as_str(s)->view()) + "\n");
        return 1;
    }
    // After Ctrl-C the status is 130, as a shell reports a process that SIGINT stopped.
    int status = isinstance(st, exc, st.exc.KeyboardInterrupt) ? 130 : 1;
    Value hook = st.sys_module ? dict_get_cstr(st, st.sys_module->dict, "excepthook") : Value::missing();
    if (!hook.is_missing()) {
        Value args[3] = {Value::from_object(type_of(st, exc)), exc, as_exception(exc)->traceback};
        Value r = call(st, hook, Args{args, 3, nullptr});
        if (!r.is_error()) return status;
        take_raised(st);
    }
    st.err(vm::format_exception(st, exc));
    return status;
}

}  // namespace

Interpreter::Interpreter() : Interpreter(Config{}) {}

Interpreter::Interpreter(Config config) : impl_(std::make_unique<Impl>()) {
    State& st = impl_->st;
    impl_->self = this;
    impl_->handles = new detail::Handles;
    impl_->handles->rt = impl_.get();
    st.native_roots.push_back([h = impl_->handles](Tracer& t) {
        for (Value v : h->slots) t.mark(v);
    });
    st.out = config.out ? config.out : write_stdout;
    st.err = config.err ? config.err : write_stderr;
    st.recursion_limit = config.recursion_limit;
    set_step_budget(config.step_budget);
    st.allowed.files = config.allow.files;
    st.allowed.os = config.allow.os;
    st.allowed.network = config.allow.network;
    if (config.loader) {
        st.module_loader = [rt = impl_.get(), loader = std::move(config.loader)](
                               State&, const std::string& name, std::string& source, std::string& filename,
                               bool& package) -> int {
            std::optional<ModuleSource> m;
            try {
                m = loader(name);
            } catch (const Error& e) {
                detail::raise_error(*rt, e);
                return -1;
            } catch (...) {
                detail::raise_cpp_exception(*rt, std::current_exception());
                return -1;
            }
            if (!m) return 0;
            source = std::move(m->source);
            filename = std::move(m->filename);
            package = m->package;
            return 1;
        };
    }
    vm::install(st);
    List* argv = make_list(st);
    List* path = make_list(st);
    st.argv = Value::from_object(argv);
    st.path = Value::from_object(path);
    for (const std::string& a : config.argv) list_append(st, argv, str_value(st, a));
    if (config.argv.empty()) list_append(st, argv, Value::from_object(st.empty_str));
    for (const std::string& p : config.path) list_append(st, path, str_value(st, p));
    if (!stdlib::install(st)) {
        st.err("krait: could not initialize the standard modules\n");
        return;
    }
    // The sandbox's module list: what is not on it cannot be imported (vm/import.cpp).
    if (config.modules) {
        std::unordered_set<std::string> listed(config.modules->begin(), config.modules->end());
        listed.insert("builtins");
        for (const auto& [name, make] : st.builtin_modules)
            if (!listed.count(name)) st.unlisted_modules.insert(name);
        for (const auto& [name, code] : st.frozen_modules)
            if (!listed.count(name)) st.unlisted_modules.insert(name);
    }
    if (!st.allowed.network) st.denied_modules.insert({"socket", "_socket"});
    // Set last: the limit is for scripts, and start-up must not fail on it.
    set_memory_limit(config.memory_limit);
    Module* m = make_module(st, st.names.main);
    impl_->main = m;
    dict_set(st, st.modules, Value::from_object(st.names.main), Value::from_object(m));
    dict_set_str(st, m->dict, st.names.builtins, Value::from_object(st.builtins_module));
}

Interpreter::~Interpreter() {
    // As at CPython's exit: suspended generators are closed (their finally blocks run) and
    // coroutines never awaited are reported.
    if (impl_ && impl_->main) {
        vm::finalize_at_exit(impl_->st);
        std::fflush(stdout);
    }
    // Objects the host still holds become inert; the table goes with the last of them.
    detail::Handles* h = impl_->handles;
    h->rt = nullptr;
    h->slots.clear();
    h->free.clear();
    if (--h->refs == 0) delete h;
}

namespace {

// The start of a call that runs code. A stop requested when no code ran is stale: it is
// dropped, so that interrupt() only ever stops code that was running.
void begin(State& st) {
    set_stack_limit(st);
    if (!st.frames.top) clear_stop(st);
}

// The code's result, or a krait::Error.
Value run_source(Interpreter::Impl& rt, std::string_view source, std::string_view filename, parse::Mode mode) {
    State& st = rt.st;
    begin(st);
    Code* code = vm::compile_source(st, source, filename, mode, false);
    if (!code) detail::throw_raised(rt);
    Dict* g = rt.main->dict;
    return detail::check(rt, vm::run_code(st, code, g, Value::from_object(g)));
}

}  // namespace

void Interpreter::exec(std::string_view source, std::string_view filename) {
    run_source(*impl_, source, filename, parse::Mode::Exec);
}

Handle Interpreter::eval(std::string_view expression) {
    return detail::Access::make(*impl_, run_source(*impl_, expression, "<string>", parse::Mode::Eval));
}

Handle Interpreter::import(std::string_view name) {
    Impl& rt = *impl_;
    State& st = rt.st;
    begin(st);
    Value n = detail::check(rt, str_value(st, name));
    Root keep(st.heap, n);
    Value top = detail::check(rt, vm::import_name(st, as_str(n), Value::from_object(rt.main->dict), Value::none(), 0));
    // `import a.b` binds a; the host asked for a.b itself.
    Value m = dict_get(st, st.modules, n);
    if (m.is_error()) detail::throw_raised(rt);
    return detail::Access::make(rt, m.is_missing() ? top : m);
}

Handle Interpreter::globals() { return detail::Access::make(*impl_, Value::from_object(impl_->main->dict)); }

Handle Interpreter::global(std::string_view name) {
    Impl& rt = *impl_;
    State& st = rt.st;
    Value n = detail::check(rt, str_value(st, name));
    Root keep(st.heap, n);
    Value v = dict_get(st, rt.main->dict, n);
    if (v.is_error()) detail::throw_raised(rt);
    if (v.is_missing()) {
        raise(st, st.exc.NameError, "name '" + std::string(name) + "' is not defined");
        detail::throw_raised(rt);
    }
    return detail::Access::make(rt, v);
}

Handle Interpreter::builtins() { return detail::Access::make(*impl_, Value::from_object(impl_->st.builtins_module)); }

Handle Interpreter::none() { return detail::none(*this); }
Handle Interpreter::list(std::vector<Handle> items) { return detail::new_list(*this, std::move(items)); }
Handle Interpreter::tuple(std::vector<Handle> items) { return detail::new_tuple(*this, std::move(items)); }
Handle Interpreter::dict() { return detail::new_dict(*this); }

int Interpreter::run_main(std::string_view source, std::string_view filename) {
    State& st = impl_->st;
    begin(st);
    Dict* g = impl_->main->dict;
    if (filename != "<string>" && filename != "<stdin>") dict_set_str(st, g, st.names.file, str_value(st, filename));
    Code* code = vm::compile_source(st, source, filename, parse::Mode::Exec);
    Value r = code ? vm::run_code(st, code, g, Value::from_object(g)) : Value::error();
    int status = 0;
    if (r.is_error() && stopping(st)) detail::throw_raised(*impl_);
    if (r.is_error()) status = report(st, take_raised(st));
    std::fflush(stdout);
    return status;
}

int Interpreter::run_module(std::string_view name) {
    State& st = impl_->st;
    begin(st);
    std::string path;
    if (!vm::find_main_module(st, std::string(name), path)) {
        Value exc = take_raised(st);
        if (type_of(st, exc) == st.exc.ModuleNotFoundError) {
            st.err("krait: No module named " + std::string(name) + "\n");
            return 1;
        }
        Value msg = to_str(st, exc);
        std::string text = msg.is_error() ? std::string("error") : std::string(as_str(msg)->view());
        st.err("krait: Error while finding module specification for '" + std::string(name) + "' (" +
               std::string(type_of(st, exc)->name_str->view()) + ": " + text + ")\n");
        return 1;
    }
    std::string source;
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
        std::fclose(f);
    }
    if (char* full = realpath(path.c_str(), nullptr)) {
        path = full;
        std::free(full);
    }
    if (isinstance(st, st.argv, st.list_type) && as_list(st.argv)->size)
        as_list(st.argv)->items[0] = str_value(st, path);
    size_t dot = name.rfind('.');
    std::string package = dot == std::string_view::npos ? "" : std::string(name.substr(0, dot));
    if (path.size() > 12 && path.substr(path.size() - 12) == "/__main__.py") package = std::string(name);
    dict_set_str(st, impl_->main->dict, st.names.package, str_value(st, package));
    return run_main(source, path);
}

int Interpreter::run_interactive(std::string_view source, bool* exit_requested) {
    State& st = impl_->st;
    begin(st);
    *exit_requested = false;
    Dict* g = impl_->main->dict;
    Code* code = vm::compile_source(st, source, "<stdin>", parse::Mode::Single, false);
    Value r = code ? vm::run_code(st, code, g, Value::from_object(g)) : Value::error();
    std::fflush(stdout);
    if (!r.is_error()) return -1;
    if (stopping(st)) detail::throw_raised(*impl_);
    Value exc = take_raised(st);
    if (isinstance(st, exc, st.exc.SystemExit)) *exit_requested = true;
    return report(st, exc);
}

void Interpreter::interrupt() { impl_->st.interrupt_requested.fetch_or(kStopInterrupt); }
void Interpreter::keyboard_interrupt() { impl_->st.interrupt_requested.fetch_or(kInterruptKeyboard); }
void Interpreter::set_step_budget(uint64_t steps) { set_budget(impl_->st, steps); }
void Interpreter::set_memory_limit(size_t bytes) { impl_->st.heap.set_memory_limit(bytes ? bytes : SIZE_MAX); }

bool Interpreter::is_incomplete(std::string_view source) {
    Arena arena;
    parse::Result r = parse::parse(source, parse::Mode::Single, arena);
    if (r.tree) {
        // A compound statement stays open until an empty line ends it.
        size_t end = source.find_last_not_of('\n');
        std::string_view first = source.substr(0, source.find('\n'));
        bool compound = !first.empty() && first.back() == ':';
        return compound && source.size() && end != std::string_view::npos && source.substr(end).size() < 2;
    }
    const std::string& m = r.error.message;
    return m.find("unexpected EOF") != std::string::npos || m.find("was never closed") != std::string::npos ||
           m.find("expected an indented block") != std::string::npos ||
           m.find("unterminated triple-quoted") != std::string::npos || m == "incomplete input";
}

}  // namespace krait
