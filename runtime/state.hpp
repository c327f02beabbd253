// The State: everything one interpreter owns. There is no process-wide mutable state in
// Krait; every function that can allocate, raise or run code takes the State it works for.
#pragma once
#include <atomic>
#include <cstdlib>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/frame.hpp"
#include "runtime/heap.hpp"
#include "runtime/type.hpp"

namespace krait {

struct Str;
struct Dict;
struct List;
struct Module;
struct Tuple;

// Where output goes: the host decides (the default writes to the process's stdout/stderr).
using WriteFn = std::function<void(std::string_view)>;

struct State {
    State();
    ~State();
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    Heap heap;

#define KRAIT_TYPE(id, name) Type* id##_type = nullptr;
#include "runtime/types.def"
#undef KRAIT_TYPE

    struct Exceptions {
#define KRAIT_EXC(name, base, doc) Type* name = nullptr;
#include "runtime/exceptions.def"
#undef KRAIT_EXC
    } exc;

    struct Names {
#define KRAIT_NAME(id, text) Str* id = nullptr;
#include "runtime/names.def"
#undef KRAIT_NAME
    } names;

    // Interned strings: an open-addressing table (linear probing, at most half full, a power
    // of two in size) of the strings themselves, found by their hash (kept in each Str, so
    // dicts never compute it again) and content. Objects never move. See runtime/str.cpp.
    struct InternTable {
        std::vector<Str*> slots;  // null: free
        size_t count = 0;
    } interned;
    Str* small_strs[128] = {};   // the one-character ASCII strings
    Tuple* empty_tuple = nullptr;
    Str* empty_str = nullptr;

    // The exception being raised, from the raise until a handler takes it (error() while
    // nothing is raised), and the exception being handled (sys.exc_info()).
    Value raised = Value::error();
    Value handled = Value::none();

    FrameStack frames;
    // Set by the host (from any thread or a signal handler): bits of runtime/interrupt.hpp,
    // which the VM acts on at its next safe point.
    std::atomic<uint8_t> interrupt_requested{0};
    // The step budget's countdown, decremented at every safe point (runtime/interrupt.hpp);
    // below zero, raise_interrupt stops the script. Without a budget it starts so high that
    // it never gets there, so the VM tests nothing else.
    int64_t budget_left = INT64_MAX;
    int depth = 0;                 // Python frames plus native recursion, checked against:
    int recursion_limit = 1000;
    int recursion_headroom = 0;    // extra depth allowed while a RecursionError is being made
    char* stack_limit = nullptr;   // the native stack must not grow below this address

    // Modules built into the interpreter: name -> function that makes the module.
    std::unordered_map<std::string, Value (*)(State&)> builtin_modules;
    // Modules written in Python and compiled when Krait is built: name -> serialized CodeUnit.
    std::unordered_map<std::string, std::string_view> frozen_modules;
    std::unordered_set<std::string> initializing;   // modules whose code is running (import)
    Dict* modules = nullptr;       // sys.modules
    Dict* builtins = nullptr;      // the builtins module's namespace
    Module* builtins_module = nullptr;
    Module* sys_module = nullptr;
    Value path = Value::none();    // sys.path (a list)
    Value argv = Value::none();    // sys.argv
    int max_str_digits = 4300;
    // The host's module loader (Interpreter::Config::loader), asked after the built-in modules
    // and before sys.path: 1 when it serves `name` (source, filename and package set), 0 when
    // it does not, -1 with an exception raised.
    std::function<int(State&, const std::string& name, std::string& source, std::string& filename, bool& package)>
        module_loader;
    // The sandbox (Interpreter::Config): what scripts may use. Functions that need a
    // capability check it when called (runtime/sandbox.hpp); denied built-in modules cannot
    // be imported at all.
    struct Capabilities {
        bool files = true;    // open(), io's file objects, os's file functions, imports from sys.path
        bool os = true;       // the process and its environment: os.system, environ, getcwd, listdir...
        bool network = true;  // sockets
    } allowed;
    std::unordered_set<std::string> denied_modules;
    // The module list's leftovers: built-in modules scripts may not import, though the
    // interpreter's own modules may (asyncio needs sys, _asyncio, heapq...).
    std::unordered_set<std::string> unlisted_modules;

    std::unordered_map<std::string, std::string> source_cache;  // file text for tracebacks
    WriteFn out, err;                  // the process's stdout/stderr unless the host says otherwise
    Type* std_stream_type = nullptr;   // the type of sys.stdout/stderr/stdin as sys made them
    // Results of type_lookup by (type version, interned name): a type's version changes
    // whenever it or a base changes, so stale entries never match.
    struct MethodCacheEntry {
        uint32_t version;
        Str* name;
        Value value;
    };
    static constexpr size_t kMethodCacheSize = 4096;
    struct FreeDeleter {
        void operator()(void* p) const { std::free(p); }
    };
    // calloc'd apart from State: fresh pages stay untouched until an entry is used, which keeps
    // start-up memory down.
    std::unique_ptr<MethodCacheEntry[], FreeDeleter> method_cache{
        static_cast<MethodCacheEntry*>(std::calloc(kMethodCacheSize, sizeof(MethodCacheEntry)))};
    uint32_t next_type_version = 1;
    // __add__, __radd__, __iadd__, ... by form and operator, interned on first use.
    Str* binop_dunders[3][static_cast<int>(BinOp::Count)] = {};

    Value repr_stack = Value::none();  // containers whose repr is in progress (for [...])
    Value extra_roots = Value::none(); // a list the runtime keeps things alive in

    // sys.set_asyncgen_hooks: called with an async generator on its first use, and given
    // to it to call when it is collected unfinished (None: no hook).
    Value asyncgen_firstiter = Value::none();
    Value asyncgen_finalizer = Value::none();
    // The asyncio module's native state (stdlib/asyncio), made when _asyncio is first imported.
    Value asyncio = Value::none();
    bool finalizing = false;           // finalizers are running (vm/collect.hpp)
    // contextvars (stdlib/contextvars.hpp): the current Context, None until a variable is
    // set (the empty base context is made then), and that module's own data (its types, made
    // on first use), which native callers such as an event loop use without importing it.
    Value context = Value::none();
    Value contextvars = Value::none();
    // The _collections module's types (stdlib/deque.hpp), made on first use: a tuple of
    // deque and its two iterator types.
    Value collections = Value::none();
    // The builtin next(), set by the builtins module: the VM resumes a generator in place
    // for next(gen).
    NativeFn builtin_next = nullptr;
    // Reports the pending exception, raised where nobody can catch it (in a finalizer), and
    // clears it: the sys module sets it to call sys.unraisablehook. Null: CPython's default
    // report goes to err.
    void (*report_unraisable)(State& st, Value obj) = nullptr;

    // __name__ and __qualname__ of the generators and coroutines whose names are not their
    // code's (made from a renamed function, or assigned): rare, so they are kept here rather
    // than in a word of every generator (vm/generator.hpp: kGenRenamed). The names are roots;
    // the generators are not kept alive: an entry goes when its generator is collected.
    struct GeneratorNames {
        Value name, qualname;
    };
    std::unordered_map<const Object*, GeneratorNames> generator_names;

    // Layers above the runtime (the VM, the API) register what they keep alive.
    std::vector<std::function<void(Tracer&)>> native_roots;

    // Tracks every root of the heap: called by the collector.
    void trace_roots(Tracer& t);
    // Drops the entries of tables keyed by objects the collection is about to free.
    void sweep_weak(const Heap& h);
};

// Sets the address below which the native stack counts as exhausted (RecursionError), for
// the calling thread; called again whenever a different thread starts using the State.
void set_stack_limit(State& st);

}  // namespace krait
