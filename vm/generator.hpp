// Generators: a generator object owns its frame (locals, value stack, instruction pointer) in
// one allocation. Resuming it links that frame onto the running chain and runs the
// interpreter loop until the frame yields, returns or raises.
#pragma once
#include <cstddef>

#include "runtime/frame.hpp"
#include "runtime/state.hpp"

namespace krait {
struct Function;
}

namespace krait::vm {

// A generator's state, kept in its frame's flags (above the kFrame* bits): a word less per
// generator than fields of its own.
enum : uint32_t {
    kGenStarted = 1 << 8,
    kGenRunning = 1 << 9,
    kGenFinished = 1 << 10,
    kGenResumeWithoutValue = 1 << 11,  // the frame's stack is already set for the next resume
    // Async generators only (PEP 525): an asend/athrow awaitable is driving it; it was closed
    // (aclose, or exhausted); the sys.set_asyncgen_hooks hooks were applied.
    kGenRunningAsync = 1 << 12,
    kGenClosed = 1 << 13,
    kGenHooksInited = 1 << 14,
    // __name__ or __qualname__ is not the code's: both are in State::generator_names.
    kGenRenamed = 1 << 15,
};

struct Generator : Object {
    // While suspended: the exception the generator was handling when it last yielded.
    // While running: the exception its resumer was handling, restored when it stops.
    Value handled;
    // An async generator given a finalizer hook keeps it in one Value after its frame's slots.
    Frame frame;          // followed by the frame's slots

    bool has(uint32_t state) const { return frame.flags & state; }
    void set(uint32_t state, bool on = true) {
        if (on) frame.flags |= state;
        else frame.flags &= ~state;
    }
};

// g.__name__ and g.__qualname__: the code's, unless g is renamed (kGenRenamed).
Value generator_name(State& st, Generator* g);
Value generator_qualname(State& st, Generator* g);

// The generator (or coroutine) whose frame this is; f must have kFrameOwned.
inline Generator* generator_of(Frame* f) {
    return reinterpret_cast<Generator*>(reinterpret_cast<char*>(f) - offsetof(Generator, frame));
}

// Whether v is a generator or coroutine object (whose frame the loop can resume in place).
bool is_resumable(State& st, Value v);
// "coroutine 'NAME' was never awaited" (a RuntimeWarning, through the warnings module so that
// filters apply), for a coroutine collected before it ever ran.
void warn_never_awaited(State& st, Value coro);

// What resuming a generator produced.
enum class Resume { Yielded, Returned, Raised };

// A generator for a call of a generator function (its arguments already bound by the
// frame setup). Null with an exception pending.
Generator* make_generator(State& st, Function* f, Args args);
// Sends `value` in (None to start), or throws the pending exception in when `throwing`.
// Runs a nested interpreter loop: for native callers (next(), send(), throw()).
Resume resume(State& st, Generator* g, Value value, bool throwing, Value& out);

// Resumption by the interpreter loop itself, without C++ recursion: `enter` links g's frame
// above the running one (null when it cannot run: an exception is pending, or g is finished and
// the resume gives None, with `finished` set), and the loop runs that frame until it yields
// or ends, then calls the matching `leave_*`, which return the frame that resumed g.
// enter and leave_yielded are inline: together they are the whole cost of a resume.
Frame* enter(State& st, Generator* g, Value value, bool throwing, bool& finished);
// enter for every case but a plain send into a suspended generator: starting, throwing,
// and the errors.
Frame* enter_slow(State& st, Generator* g, Value value, bool throwing, bool& finished);
// The frame yielded: it is unlinked and g is suspended.
Frame* leave_yielded(State& st, Generator* g);
// The frame returned or raised (`raised`): g is finished; a StopIteration escaping it
// becomes RuntimeError (PEP 479).
Frame* leave_finished(State& st, Generator* g, bool raised);

// Throws exc in at g's paused yield, delegating first to the iterator g is in `yield from` or
// `await` of, as CPython's gen.throw() does. With `close_delegate`, a GeneratorExit closes
// the delegate instead of being thrown into it (async generators pass false: their
// delegate may need to await its way out).
Resume throw_into(State& st, Generator* g, Value exc, bool close_delegate, Value& out);
// The exception throw(typ[, val[, tb]]) raises, as CPython builds it (None: not given).
Value thrown_exception(State& st, Value typ, Value val, Value tb);
// gen.close(): None, or an error pending.
Value close(State& st, Generator* g);
// gen.send(v) and coroutine.send(v).
Value gen_send(State& st, Args a);
// The generator a call resumes when the interpreter loop can run it in place instead (see
// CALL): `gen.send(v)` (callable gen.send's descriptor, args gen and v) and `next(gen)`; null
// for any other call. `sent` is what the resume sends in.
Generator* resumed_by_call(State& st, Value callable, const Value* args, size_t n, Value& sent);
// The iterator g is paused in `yield from`/`await` of, or missing().
Value delegate_of(Generator* g);
// "generator", "coroutine" or "async generator": how the protocol's messages name g.
const char* kind_of(State& st, Generator* g);
// Marks g finished without running it (closing an unstarted generator).
void finish(Generator* g);
// An async generator's finalizer hook, kept after its frame's slots.
inline Value& async_gen_finalizer(Generator* g) { return g->frame.slots[g->frame.nslots]; }

// What `await v` iterates over: a coroutine itself, or what v.__await__() returns, with
// CPython's errors; `where` is GET_AWAITABLE's argument (1: from __aenter__, 2: __aexit__).
Value awaitable_iter(State& st, Value v, uint32_t where = 0);
// awaitable_iter for GET_AWAITABLE: a coroutine another await is driving is an error too.
Value get_awaitable(State& st, Value v, uint32_t where);
// A generator that types.coroutine made awaitable.
bool is_iterable_coroutine(State& st, Value v);

// Links g's frame above the running one and marks g running. The frame sees its own handled
// exception if it has one, else its resumer's; g keeps the resumer's until it stops.
inline Frame* link(State& st, Generator* g) {
    Frame* f = &g->frame;
    f->flags = (f->flags | kGenRunning) & ~kFrameYielded;
    Value outer = st.handled;
    if (!g->handled.is_none()) st.handled = g->handled;
    g->handled = outer;
    f->back = st.frames.top;
    st.frames.top = f;
    ++st.depth;
    return f;
}

inline Frame* enter(State& st, Generator* g, Value value, bool throwing, bool& finished) {
    Frame* f = &g->frame;
    constexpr uint32_t kState = kGenStarted | kGenRunning | kGenFinished | kGenResumeWithoutValue;
    if (!throwing && (f->flags & kState) == kGenStarted &&
        st.depth < st.recursion_limit + st.recursion_headroom) {
        finished = false;
        *f->sp++ = value;  // what the paused yield evaluates to
        return link(st, g);
    }
    return enter_slow(st, g, value, throwing, finished);
}

// Takes g's frame off the running chain; returns the frame that resumed it.
inline Frame* unlink(State& st, Generator* g) {
    Frame* f = &g->frame;
    Frame* caller = f->back;
    st.frames.top = caller;
    f->back = nullptr;
    --st.depth;
    f->flags &= ~kGenRunning;
    return caller;
}

inline Frame* leave_yielded(State& st, Generator* g) {
    Value own = st.handled;
    st.handled = g->handled;
    g->handled = own.is(st.handled) ? Value::none() : own;
    return unlink(st, g);
}

void init_generator_type(State& st);

}  // namespace krait::vm
