// The native core of asyncio (the `_asyncio` module): the event loop, Future, Task and the
// loop's handles. stdlib/py/asyncio.py builds the public module on top of them; it keeps
// what reads best in Python (the combinators, the synchronisation primitives, streams) and
// registers a few hooks back here (reprs, the exception handler's default report).
//
// The loop drives coroutines only through the generator protocol (vm/generator.hpp resume,
// or `send`/`throw` for other coroutine-like objects). Futures schedule their callbacks and
// tasks schedule their steps as plain entries in the loop's ready queue, without making a
// Handle object for each: a task switch allocates nothing.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/asyncio/ready_queue.hpp"

namespace krait::stdlib::aio {

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

struct Loop;

struct Future : Object {
    Value loop;
    // Pending: none (a Task keeps the message of a cancellation it must still deliver here).
    // Finished: the result, or the exception when `failed`. Cancelled: the cancel message.
    Value result;
    // Pending: the done callbacks, in one slot since most futures have at most one: none; the
    // Task waiting on the future (its wakeup, which runs in the task's own context); a tuple
    // (fn, context); or, from two on, a list fn, context, fn, context...
    // Done: the exception's __traceback__ as it was when set (failed), or the CancelledError
    // a cancelled Task raises, made once (or none).
    Value callbacks;
    FutureState state;
    bool failed : 1;
    bool blocking : 1;             // _asyncio_future_blocking
    bool log_traceback : 1;        // an exception nobody retrieved: report it when collected
    bool must_cancel : 1;          // Task's: cancel the coroutine at its next step
    bool log_destroy_pending : 1;  // Task's
    uint8_t aux;                   // subtypes' (EventWait's progress)
    int32_t num_cancels_requested; // Task's; Future's padding has room for it
    void trace(Tracer& t) { t.mark(loop), t.mark(result), t.mark(callbacks); }
};

struct Task : Future {
    Value coro;
    Value context;
    Value fut_waiter;         // the future the task is blocked on, or none
    Value name;               // a str, or the int N of the default name "Task-N"
    Task* prev_pending;       // every unfinished task, for all_tasks()
    Task* next_pending;
    void trace(Tracer& t) {
        Future::trace(t);
        t.mark(coro), t.mark(context), t.mark(fut_waiter), t.mark(name);
        if (next_pending) t.mark(next_pending);
    }
};

// Handle and TimerHandle: a callback the loop will call, as call_soon/call_later return it.
struct Handle : Object {
    Value callback;
    Value args;               // a tuple
    Value context;            // a Context, or none
    Value loop;
    double when;              // TimerHandle only
    bool cancelled;
    bool scheduled;           // TimerHandle: in the loop's heap
    void trace(Tracer& t) { t.mark(callback), t.mark(args), t.mark(context), t.mark(loop); }
};

// An entry of the ready queue. Task steps and future callbacks need no Handle object.
struct Ready {
    // kCallback whose target is a Task: the task's wakeup (it waited on the future `arg`).
    enum Kind : uint8_t { kHandle, kCallback, kTaskStep };
    Kind kind;
    Value target;             // the Handle, the callback, or the Task
    Value arg;                // the future (callback, wakeup), the exception to throw (step)
    Value context;            // kCallback: the Context to run it in, or none
};

struct Loop : Object {
    RingQueue<Ready>* ready;
    std::vector<Handle*>* timers;   // a heap by deadline, kept as heapq keeps CPython's
    std::unordered_map<int, std::pair<Value, Value>>* io;  // fd -> reader, writer handles
    Value exception_handler;
    Value current_task;
    Value dict;               // the instance __dict__ of Python subclasses goes after this
    size_t cancelled_timers;
    int epoll_fd;
    bool stopping, closed, running, debug;
    void trace(Tracer& t);
};

// An interned attribute name, with the dict entry where it was found last (a hint for
// dict_find_str_hinted).
struct HintedName {
    Str* str;
    uint32_t hint;
};

// Interned attribute names (names.def).
struct AsyncioNames {
#define ASYNCIO_NAME(id, text) HintedName id;
#include "stdlib/asyncio/names.def"
#undef ASYNCIO_NAME
    void trace(Tracer& t) {
#define ASYNCIO_NAME(id, text) t.mark(id.str);
#include "stdlib/asyncio/names.def"
#undef ASYNCIO_NAME
    }
};

// Per-interpreter state of the module (State::asyncio).
struct AsyncioState : Object {
    Value running_loop;       // the loop running now, or none
    Value event_loop;         // set_event_loop's loop (the policy's), or none
    Value cancelled_error, invalid_state_error;  // exception classes
    Value future_repr, task_repr;                // Python hooks for the reprs
    Value get_event_loop;                        // asyncio.get_event_loop, for Future(loop=None)
    Value handle_repr;                           // repr of Handle and TimerHandle
    Value callback_error;                        // reports an exception a callback raised
    Value task_get_stack, task_print_stack;      // Task.get_stack / print_stack, in Python
    Value future_iter_type, event_wait_type, queue_put_type, queue_get_type;
    Value create_future;                         // BaseEventLoop.create_future (makes a Future)
    Value queue_empty, queue_full;               // asyncio.QueueEmpty, QueueFull
    Value loop_type, future_type, task_type, handle_type, timer_handle_type;
    Task* pending_tasks;      // unfinished tasks, a doubly linked list
    uint64_t task_counter;
    AsyncioNames names;
    void trace(Tracer& t) {
        t.mark(running_loop), t.mark(event_loop), t.mark(cancelled_error), t.mark(invalid_state_error);
        t.mark(future_repr), t.mark(task_repr), t.mark(loop_type), t.mark(future_type), t.mark(task_type);
        t.mark(handle_type), t.mark(timer_handle_type), t.mark(get_event_loop), t.mark(future_iter_type);
        t.mark(event_wait_type), t.mark(queue_put_type), t.mark(queue_get_type);
        t.mark(create_future), t.mark(queue_empty), t.mark(queue_full);
        names.trace(t);
        t.mark(handle_repr), t.mark(callback_error), t.mark(task_get_stack), t.mark(task_print_stack);
        if (pending_tasks) t.mark(pending_tasks);
    }
};

inline AsyncioState* module_state(State& st) { return static_cast<AsyncioState*>(st.asyncio.as_object()); }

// ---- future.cpp ----
Type* make_future_type(State& st);
bool is_future(State& st, Value v);       // an asyncio Future (native or duck-typed)
Future* as_native_future(State& st, Value v);  // v's native Future part, or null
Value future_init(State& st, Future* f, Value loop);  // none: the current event loop
void clear_future(Future* f);                          // a fresh pending future, no loop yet
// The collector's hooks: a future with an exception nobody retrieved reports it when
// collected, as CPython's __del__ does.
bool future_finalize_pending(const Object* o);
void finalize_future(State& st, Object* o);
// set_result / set_exception / cancel on a native future, scheduling its callbacks. cancel:
// 1 if it cancelled the future, 0 if the future was done already, -1 on error.
bool future_set_result(State& st, Future* f, Value result);
bool future_set_exception(State& st, Future* f, Value exc);
int future_cancel(State& st, Future* f, Value msg);
// The CancelledError a cancelled future raises (with its message), made once.
Value make_cancelled_error(State& st, Future* f);
// add_done_callback: called with the future, in `ctx` (none: the current context).
bool future_add_callback(State& st, Future* f, Value fn, Value ctx);
// The task's wakeup, as the done callback of the future it blocks on.
bool future_add_wakeup(State& st, Future* f, Task* t);
// Raises what result() would, or returns the result.
Value future_result(State& st, Future* f);
void add_future_methods(State& st, Type* t);
// `await` drives instances of t (a native Future type) without an iterator object.
void make_awaits_itself(Type* t);
// The read-only attributes of a future's state (_state, _result, _exception, _callbacks,
// _loop), for a type that stands for a future without being one.
void add_future_state_getsets(State& st, Type* t);
// Whether v's type is one of the native future types, exactly (Future, Task, the coroutines
// of native_wait.hpp): their methods cannot be overridden, so they can be called natively.
bool is_native_future(State& st, Value v);

// ---- event_wait.cpp ----
Type* make_event_wait_type(State& st);
// _asyncio._event_wait(event): the coroutine asyncio.Event.wait() returns.
Value event_wait(State& st, Args a);
// _asyncio._event_set(event): wakes every waiter of the event, oldest first.
Value event_set(State& st, Args a);

// ---- queue.cpp ----
// Makes the types of Queue.put()'s and get()'s coroutines, and publishes Queue's native
// methods in the module as _queue_methods.
bool init_queue(State& st, AsyncioState* m, Module* mod);
// _asyncio._is_coroutine_method(f): whether f is Queue's native get or put, which return
// coroutines (for asyncio.iscoroutinefunction).
Value is_coroutine_method(State& st, Args a);

// ---- task.cpp ----
Type* make_task_type(State& st);
// One step of the task: send None into its coroutine (exc missing) or throw exc in.
bool task_step(State& st, Task* t, Value exc);
// The future the task waited on is done.
bool task_wakeup(State& st, Task* t, Value fut);
int task_cancel(State& st, Task* t, Value msg);  // as future_cancel
// For a stop (runtime/interrupt.hpp), which is left pending. Closes a generator, coroutine or
// async generator (or the one an asend/athrow/aclose awaitable drives): as the stop is
// pending, none of its handlers runs; it is finished, so none will later either.
void close_on_stop(State& st, Value v);
// Ends a task the stop abandoned: its coroutine is closed (close_on_stop) and it is cancelled;
// `wake`: its done callbacks are scheduled (the loop may run on), else dropped.
void end_task_on_stop(State& st, Task* t, bool wake);

// ---- loop.cpp ----
Type* make_loop_type(State& st);
Type* make_handle_type(State& st, bool timer, Type* base);
Loop* as_loop(State& st, Value v);        // the native loop, or null with TypeError
// Queues entries without a Handle object.
bool call_soon_entry(State& st, Loop* loop, Ready entry);
double loop_time();
// loop.call_exception_handler(context) for a context dict built from key/value pairs.
void report_exception(State& st, Value loop, std::initializer_list<std::pair<const char*, Value>> context);
// A stop left asyncio.run (or a Runner's run or close) on this loop, which is not running:
// what that run would do on its way out (cancel the tasks and let them finish, close the
// async generators) runs handlers, which a stop forbids. Instead the loop's tasks and async
// generators are closed with close_on_stop, the loop is closed, and the default policy no
// longer gives it as the current loop. The stop stays pending.
void end_loop_on_stop(State& st, Value loop);

// ---- module.cpp ----
// Runs fn(args) inside the Context ctx (none: the current one).
Value run_in_context(State& st, Value ctx, Value fn, Args args);
Value copy_current_context(State& st);
// The running loop, else asyncio.get_event_loop() (3.11: makes one when none is set).
Value get_event_loop(State& st);

}  // namespace krait::stdlib::aio
