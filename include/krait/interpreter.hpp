// krait::Interpreter: one Python interpreter, with its own heap, modules and state.
#pragma once
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "krait/convert.hpp"
#include "krait/error.hpp"
#include "krait/handle.hpp"

namespace krait {

class NativeModule;
template <class T>
class Class;

// One interpreter: its own heap, modules and state. Any number may exist in a process; each
// is used by one thread at a time.
class EventLoop;

class Interpreter {
public:
    // A module's code as the host's loader serves it.
    struct ModuleSource {
        std::string source;
        std::string filename;   // __file__ and tracebacks' name for it; empty: "<name>"
        bool package = false;   // a package: its submodules ("pkg.sub") are asked for in turn
    };
    // Called with a module's full dotted name when it is not a built-in module, before
    // sys.path is searched: the module's source, or nullopt to let the search go on. A C++
    // exception it throws reaches the importing script as bound functions' do (function.hpp).
    using Loader = std::function<std::optional<ModuleSource>(std::string_view name)>;

    // What scripts may do beyond computing. A denied capability's functions raise
    // PermissionError naming what is not allowed.
    struct Capabilities {
        bool files = true;    // open(), os's file functions, os.path's queries, imports from sys.path
        bool os = true;       // os.environ (empty when denied), getenv, getcwd, getpid...
        bool network = true;  // the socket and _socket modules (asyncio's own loop stays)
        static Capabilities none() { return {false, false, false}; }
    };

    struct Config {
        // Where print() and tracebacks go; empty: the process's stdout and stderr.
        std::function<void(std::string_view)> out, err;
        std::vector<std::string> argv;   // sys.argv
        std::vector<std::string> path;   // sys.path (the script's folder first, as python does)
        int recursion_limit = 1000;
        Loader loader;
        // Bytes the heap may hold (objects and their buffers); 0: no limit. Beyond it a script
        // gets MemoryError, which it can catch.
        size_t memory_limit = 0;
        // See set_step_budget; 0: none.
        uint64_t step_budget = 0;
        Capabilities allow;
        // The built-in modules (native and bundled Python ones, by import name) scripts may
        // import; unset: all. A script importing another gets ModuleNotFoundError; the listed
        // modules themselves may import what they need. "builtins" is always there. This
        // narrows what scripts see; the capabilities (allow) are what keep them in.
        std::optional<std::vector<std::string>> modules;
    };

    Interpreter();
    explicit Interpreter(Config config);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // ---- Running code. Each throws krait::Error for an exception the code raises. ----

    // Runs statements in the globals of __main__ (`filename` names them in tracebacks).
    void exec(std::string_view source, std::string_view filename = "<string>");
    // The value of an expression, evaluated in the globals of __main__.
    Handle eval(std::string_view expression);
    template <class T>
    T eval(std::string_view expression) {
        return eval(expression).as<T>();
    }
    // `import name` (dotted names give the submodule, as importlib.import_module does).
    Handle import(std::string_view name);

    // __main__'s namespace (a dict), and one name in it (NameError if it is not there).
    Handle globals();
    Handle global(std::string_view name);
    template <class V>
    void set_global(std::string_view name, V&& value) {
        globals().set_item(name, std::forward<V>(value));
    }
    Handle builtins();  // the builtins module

    // A C++ callable as a function in __main__'s globals (function.hpp).
    template <class F, class... Params>
    void def(std::string name, F f, const Params&... params);

    // A native module scripts can import, and a C++ class in __main__'s globals (module.hpp).
    NativeModule module(std::string_view name);
    template <class T>
    Class<T> class_(const std::string& name, const std::string& doc = "");

    // Maps a C++ exception type thrown by bound code to a Python exception: the built-in
    // exception class named `python_type` ("KeyError"), or a class (a Handle). The message
    // is what() for std::exception types. Later registrations are tried first.
    template <class E>
    void register_exception(std::string python_type) {
        add_exception_translator(translator<E>(), std::move(python_type), Handle());
    }
    template <class E>
    void register_exception(const Handle& python_class) {
        add_exception_translator(translator<E>(), "", python_class);
    }

    // ---- Async (async.hpp) ----

    // The event loop this interpreter's host drives (made on first use, and set as asyncio's
    // current loop).
    EventLoop event_loop();
    // Runs the event loop until the awaitable (a coroutine, task or future) is done, as
    // loop.run_until_complete does: its result, or krait::Error for its exception.
    Handle run(const Handle& awaitable);
    template <class T>
    T run(const Handle& awaitable) {
        return run(awaitable).as<T>();
    }

    // ---- Values ----

    // The Python object for a C++ value (convert.hpp): `py.object(42)`, `py.object(names)`.
    template <class V>
    Handle object(V&& value) {
        return Converter<std::decay_t<V>>::to_python(*this, std::forward<V>(value));
    }
    Handle none();
    Handle list(std::vector<Handle> items = {});
    Handle tuple(std::vector<Handle> items = {});
    Handle dict();

    // ---- Programs, as the `krait` command runs them ----

    // Runs source as the __main__ module, as `python FILE` does: an uncaught exception prints
    // its traceback to the error stream. Returns the process exit status CPython would give:
    // 0, 1 after an uncaught exception, or what SystemExit asked for.
    int run_main(std::string_view source, std::string_view filename);

    // Runs a module as __main__, as `python -m name` does (its file is found along the path;
    // a package runs its __main__.py). Returns the exit status as run_main does.
    int run_module(std::string_view name);

    // Runs one interactive statement in __main__ (expression results are echoed with repr
    // and bound to `_`). Returns the exit status as run_main does; -1 when it was fine.
    // Sets *exit_requested when SystemExit was raised.
    int run_interactive(std::string_view source, bool* exit_requested);

    // ---- Limits. Each call below is safe from another thread or a signal handler. ----

    // Stops the running code at its next safe point (a loop's back edge, a call) or blocking
    // wait (time.sleep, sockets, the event loop), uncatchably: no except, finally or with
    // block of the script runs on the way out, and the call that ran the code throws
    // krait::Interrupted. A call made while no code runs has no effect.
    void interrupt();
    // Raises KeyboardInterrupt in the running code at its next safe point, as Ctrl-C does in
    // CPython: an ordinary exception, which scripts may catch.
    void keyboard_interrupt();

    // Not thread-safe (call them between runs, or from bound functions):
    // Lets code run `steps` more steps, then stops it as interrupt() does but with
    // krait::BudgetExceeded. A step is a VM safe point: one iteration of a Python loop, one
    // call of a Python function, one resumption of a generator or coroutine. The budget is
    // shared by everything run until it is used up, and then gone; 0 removes it.
    void set_step_budget(uint64_t steps);
    // The heap's limit in bytes (0: none); see Config::memory_limit.
    void set_memory_limit(size_t bytes);

    // Is this the start of a statement that needs more lines (an open block or bracket)?
    bool is_incomplete(std::string_view source);

    struct Impl;  // the interpreter's state (api/runtime.hpp)

    // Whether the exception p is an E; if so, its message.
    using Translator = bool (*)(std::exception_ptr p, std::string& message);

private:
    template <class E>
    static Translator translator() {
        return [](std::exception_ptr p, std::string& message) {
            try {
                std::rethrow_exception(p);
            } catch (const E& e) {
                if constexpr (std::is_base_of_v<std::exception, E>) message = e.what();
                return true;
            } catch (...) {
                return false;
            }
        };
    }
    void add_exception_translator(Translator t, std::string python_type, Handle python_class);

    friend struct detail::Access;
    std::unique_ptr<Impl> impl_;
};

}  // namespace krait

#include "krait/async.hpp"     // Interpreter::event_loop
#include "krait/function.hpp"  // Interpreter::def
