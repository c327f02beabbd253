// Creating an interpreter's State: every built-in type and exception class, the interned
// names, and the root set the collector starts from.
#include "runtime/state.hpp"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

#include "runtime/bytes.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/super.hpp"
#include "runtime/tuple.hpp"

namespace krait {

namespace {

Type* new_type(State& st, const char* name) {
    auto* t = static_cast<Type*>(st.heap.allocate(st.type_type, sizeof(Type)));
    if (!t) {
        std::fputs("krait: out of memory creating the built-in types\n", stderr);
        std::abort();
    }
    t->name = name;
    t->base = st.object_type;
    return t;
}

void trace_state(void* ctx, Tracer& t) { static_cast<State*>(ctx)->trace_roots(t); }
void sweep_state(void* ctx, const Heap& h) { static_cast<State*>(ctx)->sweep_weak(h); }

}  // namespace

extern "C" void* __libc_stack_end;  // glibc: the stack pointer when the process started

void set_stack_limit(State& st) {
    // Leave room below the limit for the native code that runs between checks.
    constexpr size_t kMargin = size_t(256) << 10;
    char* low = nullptr;
    if (getpid() == gettid()) {
        // The main thread: glibc would parse /proc/self/maps for its bounds, which costs more
        // start-up time and memory than the rest of start-up. Its stack ends at most
        // RLIMIT_STACK below its top, and the top is above where the process started
        // (__libc_stack_end) by the arguments and environment, which the kernel caps at a
        // quarter of that limit.
        rlimit rl{};
        size_t size = size_t(8) << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
        size -= size / 4;
        auto* start = static_cast<char*>(__libc_stack_end);
        if (size > 2 * kMargin && reinterpret_cast<uintptr_t>(start) > size) low = start - size;
    } else {
        pthread_attr_t attr;
        void* addr = nullptr;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            pthread_attr_getstack(&attr, &addr, &size);
            pthread_attr_destroy(&attr);
        }
        if (addr && size > 2 * kMargin) low = static_cast<char*>(addr);
    }
    st.stack_limit = low ? low + kMargin : nullptr;
}

State::State() {
    if (!method_cache) {
        std::fputs("krait: out of memory creating the interpreter\n", stderr);
        std::abort();
    }
    heap.set_root_tracer(trace_state, this);
    heap.set_weak_sweeper(sweep_state, this);
    heap.set_enabled(false);  // nothing is rooted until the types are complete

    // `type` is its own type; every other built-in type is an instance of it.
    type_type = static_cast<Type*>(heap.allocate(nullptr, sizeof(Type)));
    type_type->type = type_type;
    type_type->name = "type";
    object_type = new_type(*this, "object");
    object_type->base = nullptr;
    type_type->base = object_type;
#define KRAIT_TYPE(id, text) \
    if (!id##_type) id##_type = new_type(*this, text);
#include "runtime/types.def"
#undef KRAIT_TYPE
#define KRAIT_EXC(name, base, doc) exc.name = new_type(*this, #name);
#include "runtime/exceptions.def"
#undef KRAIT_EXC
#define KRAIT_EXC(name, base_, doc) \
    exc.name->base = exc.base_ == exc.name ? object_type : exc.base_; \
    exc.name->flags |= kTypeBaseType;
#include "runtime/exceptions.def"
#undef KRAIT_EXC

    // Strings and tuples are needed before their types are set up (names, bases tuples).
    str_type->basicsize = sizeof(Str);
    tuple_type->basicsize = sizeof(Tuple);
    empty_tuple = make_tuple(*this, 0);
    empty_str = make_str(*this, "");
#define KRAIT_NAME(id, text) names.id = intern(*this, text);
#include "runtime/names.def"
#undef KRAIT_NAME
    for (int c = 0; c < 128; ++c) {
        char ch = static_cast<char>(c);
        small_strs[c] = intern(*this, std::string_view(&ch, 1));
    }

    init_object_types(*this);
    init_singleton_types(*this);
    init_int_type(*this);
    init_bool_type(*this);
    init_float_type(*this);
    init_str_type(*this);
    init_bytes_types(*this);
    init_tuple_type(*this);
    init_list_type(*this);
    init_dict_type(*this);
    init_set_type(*this);
    init_range_types(*this);
    init_iterator_types(*this);
    init_function_types(*this);
    init_code_type(*this);
    init_module_type(*this);
    init_super_type(*this);
    init_exception_types(*this);

    str_type->flags |= kTypeVarSize | kTypeStrSubclass;
    tuple_type->flags |= kTypeVarSize | kTypeTupleSubclass;
    bytes_type->flags |= kTypeVarSize;
    int_type->flags |= kTypeIntSubclass;
    float_type->flags |= kTypeFloatSubclass;
    list_type->flags |= kTypeListSubclass;
    dict_type->flags |= kTypeDictSubclass;
    function_type->flags |= kTypeMethodLike;
    method_descriptor_type->flags |= kTypeMethodLike;

    object_type->doc = str_value(*this, "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
#define KRAIT_TYPE(id, text) ready_builtin_type(*this, id##_type);
#include "runtime/types.def"
#undef KRAIT_TYPE
#define KRAIT_EXC(name, base, text)                                        \
    if (const char* d = text) exc.name->doc = Value::from_object(make_str(*this, d)); \
    ready_builtin_type(*this, exc.name);
#include "runtime/exceptions.def"
#undef KRAIT_EXC
    // ExceptionGroup(BaseExceptionGroup, Exception): the one built-in with two bases.
    exc.ExceptionGroup->bases =
        make_tuple(*this, {Value::from_object(exc.BaseExceptionGroup), Value::from_object(exc.Exception)});
    exc.ExceptionGroup->mro = compute_mro(*this, exc.ExceptionGroup);

    modules = make_dict(*this);
    set_stack_limit(*this);
    heap.set_enabled(true);
}

State::~State() = default;

void State::trace_roots(Tracer& t) {
#define KRAIT_TYPE(id, text) t.mark(id##_type);
#include "runtime/types.def"
#undef KRAIT_TYPE
#define KRAIT_EXC(name, base, doc) t.mark(exc.name);
#include "runtime/exceptions.def"
#undef KRAIT_EXC
    for (Str* s : interned.slots)
        if (s) t.mark(s);
    t.mark(empty_tuple);
    t.mark(empty_str);
    t.mark(raised);
    t.mark(handled);
    frames.trace(t);
    t.mark(modules);
    t.mark(builtins);
    t.mark(builtins_module);
    t.mark(sys_module);
    t.mark(path);
    t.mark(argv);
    t.mark(repr_stack);
    t.mark(extra_roots);
    t.mark(asyncgen_firstiter);
    t.mark(asyncgen_finalizer);
    t.mark(asyncio);
    t.mark(context);
    t.mark(contextvars);
    t.mark(collections);
    for (auto& r : native_roots) r(t);
    for (auto& [g, names] : generator_names) {
        t.mark(names.name);
        t.mark(names.qualname);
    }
}

void State::sweep_weak(const Heap& h) {
    std::erase_if(generator_names, [&](const auto& entry) { return !h.is_marked(entry.first); });
}

}  // namespace krait
