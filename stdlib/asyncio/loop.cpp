// The event loop's native core: the ready queue, the timer heap, epoll, and one iteration
// (`_run_once`) as CPython's BaseEventLoop._run_once does it: wait for I/O no longer than
// until the next timer, move the timers that are due to the ready queue, then run exactly
// the entries that were ready when the pass began. stdlib/py/asyncio.py derives the public
// loop class from this one and adds what needs no speed (run_until_complete, the exception
// handler's report, async generator shutdown).
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/args.hpp"
#include "runtime/interrupt.hpp"
#include "compiler/code_unit.hpp"
#include "runtime/code.hpp"
#include "runtime/function.hpp"
#include "runtime/dict.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/native_type.hpp"

namespace krait::stdlib::aio {

namespace {

constexpr double kClockResolution = 1e-9;
constexpr double kMaxSelectTimeout = 24 * 3600;
constexpr size_t kMinScheduledForCleanup = 100;

Loop* loop_of(Value v) { return static_cast<Loop*>(v.as_object()); }
Handle* handle_of(Value v) { return static_cast<Handle*>(v.as_object()); }

// The timer heap is managed exactly as CPython's heapq manages BaseEventLoop._scheduled
// (the same sift steps, comparing deadlines only), so that timers with equal deadlines
// come due in the same order as under CPython.
bool earlier(const Handle* a, const Handle* b) { return a->when < b->when; }

void sift_down(std::vector<Handle*>& heap, size_t start, size_t pos) {
    Handle* item = heap[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (!earlier(item, heap[parent])) break;
        heap[pos] = heap[parent];
        pos = parent;
    }
    heap[pos] = item;
}

void sift_up(std::vector<Handle*>& heap, size_t pos) {
    size_t end = heap.size(), start = pos;
    Handle* item = heap[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end && !earlier(heap[child], heap[right])) child = right;
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(heap, start, pos);
}

Value closed_error(State& st) { return raise(st, st.exc.RuntimeError, "Event loop is closed"); }

// Drops everything scheduled and watched; the loop is closed for good.
void close_loop(Loop* l) {
    if (l->closed) return;
    l->closed = true;
    l->ready->clear();
    for (Handle* h : *l->timers) h->scheduled = false;
    l->timers->clear();
    l->cancelled_timers = 0;
    for (auto& [fd, rw] : *l->io) {
        if (rw.first.is_object()) handle_of(rw.first)->cancelled = true;
        if (rw.second.is_object()) handle_of(rw.second)->cancelled = true;
    }
    l->io->clear();
    if (l->epoll_fd >= 0) ::close(l->epoll_fd);
    l->epoll_fd = -1;
}

// What a run of the loop (`_run`, `_run_once`) sets for its duration and gives back however
// it ends, a stop included (no Python `finally` runs on a stop's way out, so the Python half
// cannot do it): the running loop, the async generator hooks (sys.set_asyncgen_hooks) and
// the loop's running flag.
class RunScope {
public:
    RunScope(State& st, Value self)
        : st_(st),
          loop_(loop_of(self)),
          running_loop_(st.heap, module_state(st)->running_loop),
          firstiter_(st.heap, st.asyncgen_firstiter),
          finalizer_(st.heap, st.asyncgen_finalizer),
          was_running_(loop_->running) {}
    RunScope(const RunScope&) = delete;
    RunScope& operator=(const RunScope&) = delete;

    // The loop's hooks (as BaseEventLoop.run_forever installs them), when it has them.
    bool enter(Value self) {
        Value firstiter = getattr_opt(st_, self, intern(st_, "_asyncgen_firstiter_hook"));
        if (firstiter.is_error()) return false;
        Root keep(st_.heap, firstiter);
        Value finalizer = getattr_opt(st_, self, intern(st_, "_asyncgen_finalizer_hook"));
        if (finalizer.is_error()) return false;
        if (!firstiter.is_missing() && !finalizer.is_missing()) {
            st_.asyncgen_firstiter = firstiter;
            st_.asyncgen_finalizer = finalizer;
        }
        module_state(st_)->running_loop = self;
        loop_->running = true;
        return true;
    }

    ~RunScope() {
        loop_->running = was_running_;
        loop_->stopping = false;
        module_state(st_)->running_loop = running_loop_.get();
        st_.asyncgen_firstiter = firstiter_.get();
        st_.asyncgen_finalizer = finalizer_.get();
    }

private:
    State& st_;
    Loop* loop_;
    Root running_loop_, firstiter_, finalizer_;
    bool was_running_;
};

// BaseEventLoop._check_callback.
bool check_callback(State& st, Value cb, const char* method) {
    bool coro = cb.is_object() && cb.as_object()->type == st.coroutine_type;
    if (!coro) {
        Value f = cb;
        if (f.is_object() && f.as_object()->type == st.function_type) {
            auto* fn = static_cast<Function*>(f.as_object());
            coro = fn->code->flags & compiler::kCodeCoroutine;
        }
    }
    if (coro) return type_error(st, std::string("coroutines cannot be used with ") + method + "()"), false;
    if (!is_callable(st, cb)) {
        Value r = repr(st, cb);
        if (r.is_error()) return false;
        return type_error(st, std::string("a callable object was expected by ") + method + "(), got " +
                                  std::string(str_view(r))),
               false;
    }
    return true;
}

Handle* new_handle(State& st, bool timer, Value cb, Value args, Value loop, Value ctx) {
    AsyncioState* m = module_state(st);
    Handle* h = st.heap.make<Handle>(as_type(timer ? m->timer_handle_type : m->handle_type));
    if (!h) {
        raise_no_memory(st);
        return nullptr;
    }
    h->callback = cb, h->args = args, h->loop = loop, h->context = ctx;
    return h;
}

// Splits `callback, *args, context=None` as call_soon and call_at take them.
bool callback_args(State& st, Args a, size_t first, const char* fname, Value& cb, Value& args, Value& ctx) {
    ctx = Value::none();
    size_t nkw = a.kwnames ? a.nkw() : 0;
    for (size_t i = 0; i < nkw; ++i) {
        Str* k = as_str(Value::from_object(a.kwnames->items[i].as_object()));
        if (k->view() != "context")
            return type_error(st, std::string(fname) + "() got an unexpected keyword argument '" +
                                      std::string(k->view()) + "'"),
                   false;
        ctx = a.kwvalues()[i];
    }
    if (a.n <= first)
        return type_error(st, std::string(fname) + "() missing 1 required positional argument: 'callback'"), false;
    cb = a.v[first];
    Tuple* t = make_tuple(st, a.v + first + 1, a.n - first - 1);
    if (!t) return false;
    args = Value::from_object(t);
    return true;
}

void push_timer(Loop* l, Handle* h) {
    auto& heap = *l->timers;
    heap.push_back(h);
    sift_down(heap, 0, heap.size() - 1);
    h->scheduled = true;
}

Handle* pop_timer(Loop* l) {
    auto& heap = *l->timers;
    Handle* h = heap.back();
    heap.pop_back();
    if (!heap.empty()) {
        std::swap(h, heap[0]);
        sift_up(heap, 0);
    }
    h->scheduled = false;
    return h;
}

Value schedule_at(State& st, Loop* l, Value self, double when, Value cb, Value args, Value ctx) {
    Root keep_args(st.heap, args);
    if (ctx.is_none()) {
        ctx = copy_current_context(st);
        if (ctx.is_error()) return ctx;
    }
    Root keep_ctx(st.heap, ctx);
    Handle* h = new_handle(st, true, cb, args, self, ctx);
    if (!h) return Value::error();
    h->when = when;
    push_timer(l, h);
    return Value::from_object(h);
}

// ---- methods ----

Value m_call_soon(State& st, Args a) {
    Loop* l = loop_of(a.v[0]);
    Value cb, args, ctx;
    if (!callback_args(st, a, 1, "call_soon", cb, args, ctx)) return Value::error();
    Root keep_args(st.heap, args);
    if (l->closed) return closed_error(st);
    if (!check_callback(st, cb, "call_soon")) return Value::error();
    if (ctx.is_none()) {
        ctx = copy_current_context(st);
        if (ctx.is_error()) return ctx;
    }
    Root keep_ctx(st.heap, ctx);
    Handle* h = new_handle(st, false, cb, args, a.v[0], ctx);
    if (!h) return Value::error();
    Value hv = Value::from_object(h);
    if (!call_soon_entry(st, l, Ready{Ready::kHandle, hv, Value::none(), Value::none()})) return Value::error();
    return hv;
}

Value m_call_at(State& st, Args a) {
    Loop* l = loop_of(a.v[0]);
    Value cb, args, ctx;
    if (a.n < 2) return type_error(st, "call_at() missing 2 required positional arguments: 'when' and 'callback'");
    if (!callback_args(st, a, 2, "call_at", cb, args, ctx)) return Value::error();
    if (a.v[1].is_none()) return type_error(st, "when cannot be None");
    double when;
    if (!to_double(st, a.v[1], when)) return Value::error();
    if (l->closed) return closed_error(st);
    if (!check_callback(st, cb, "call_at")) return Value::error();
    return schedule_at(st, l, a.v[0], when, cb, args, ctx);
}

Value m_call_later(State& st, Args a) {
    Loop* l = loop_of(a.v[0]);
    Value cb, args, ctx;
    if (a.n < 2) return type_error(st, "call_later() missing 2 required positional arguments: 'delay' and 'callback'");
    if (!callback_args(st, a, 2, "call_later", cb, args, ctx)) return Value::error();
    if (a.v[1].is_none()) return type_error(st, "delay must not be None");
    double delay;
    if (!to_double(st, a.v[1], delay)) return Value::error();
    if (l->closed) return closed_error(st);
    if (!check_callback(st, cb, "call_at")) return Value::error();
    return schedule_at(st, l, a.v[0], loop_time() + delay, cb, args, ctx);
}

Value m_time(State& st, Args a) {
    if (!check_count(st, a, "time", 1, 1)) return Value::error();
    return Value::from_double(loop_time());
}

Value m_stop(State& st, Args a) {
    if (!check_count(st, a, "stop", 1, 1)) return Value::error();
    loop_of(a.v[0])->stopping = true;
    return Value::none();
}

Value m_is_running(State& st, Args a) {
    if (!check_count(st, a, "is_running", 1, 1)) return Value::error();
    return Value::from_bool(loop_of(a.v[0])->running);
}

Value m_is_closed(State& st, Args a) {
    if (!check_count(st, a, "is_closed", 1, 1)) return Value::error();
    return Value::from_bool(loop_of(a.v[0])->closed);
}

Value m_get_debug(State& st, Args a) {
    if (!check_count(st, a, "get_debug", 1, 1)) return Value::error();
    return Value::from_bool(loop_of(a.v[0])->debug);
}

Value m_set_debug(State& st, Args a) {
    if (!check_count(st, a, "set_debug", 2, 2)) return Value::error();
    int b = truthy(st, a.v[1]);
    if (b < 0) return Value::error();
    loop_of(a.v[0])->debug = b;
    return Value::none();
}

// The native half of close(): BaseEventLoop.close plus the selector's.
Value m_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    Loop* l = loop_of(a.v[0]);
    if (l->running) return raise(st, st.exc.RuntimeError, "Cannot close a running event loop");
    close_loop(l);
    return Value::none();
}

Value m_timer_handle_cancelled(State& st, Args a) {
    if (!check_count(st, a, "_timer_handle_cancelled", 2, 2)) return Value::error();
    if (a.v[1].is_object() && handle_of(a.v[1])->scheduled) ++loop_of(a.v[0])->cancelled_timers;
    return Value::none();
}

bool run_entry(State& st, Loop* l, Ready& e);

// Drops cancelled timers: all of them when they are most of a large heap, else those on top.
void sweep_timers(Loop* l) {
    auto& heap = *l->timers;
    if (heap.size() > kMinScheduledForCleanup && l->cancelled_timers * 2 > heap.size()) {
        size_t w = 0;
        for (Handle* h : heap) {
            if (h->cancelled) h->scheduled = false;
            else heap[w++] = h;
        }
        heap.resize(w);
        for (size_t i = heap.size() / 2; i-- > 0;) sift_up(heap, i);
        l->cancelled_timers = 0;
        return;
    }
    while (!heap.empty() && heap.front()->cancelled) {
        if (l->cancelled_timers) --l->cancelled_timers;
        pop_timer(l);
    }
}

bool poll_io(State& st, Loop* l, double timeout) {
    if (l->io->empty()) {
        if (timeout <= 0) return true;
        struct timespec ts;
        ts.tv_sec = static_cast<time_t>(timeout);
        ts.tv_nsec = static_cast<long>((timeout - static_cast<double>(ts.tv_sec)) * 1e9);
        nanosleep(&ts, nullptr);  // a signal ends it early; the interrupt check follows
        return true;
    }
    // epoll counts in milliseconds: round up, as CPython's selector does.
    int ms = timeout < 0 ? -1 : static_cast<int>(std::ceil(timeout * 1e3));
    epoll_event events[64];
    int n = epoll_wait(l->epoll_fd, events, 64, ms);
    if (n < 0) {
        if (errno == EINTR) return true;
        raise(st, st.exc.OSError, "epoll_wait failed");
        return false;
    }
    for (int i = 0; i < n; ++i) {
        auto it = l->io->find(events[i].data.fd);
        if (it == l->io->end()) continue;
        uint32_t ev = events[i].events;
        bool err = ev & (EPOLLERR | EPOLLHUP);
        if ((ev & EPOLLIN || err) && it->second.first.is_object()) {
            Value h = it->second.first;
            if (handle_of(h)->cancelled) continue;
            if (!call_soon_entry(st, l, Ready{Ready::kHandle, h, Value::none(), Value::none()})) return false;
        }
        if ((ev & EPOLLOUT || err) && it->second.second.is_object()) {
            Value h = it->second.second;
            if (handle_of(h)->cancelled) continue;
            if (!call_soon_entry(st, l, Ready{Ready::kHandle, h, Value::none(), Value::none()})) return false;
        }
    }
    return true;
}

// One iteration; `max_wait` (seconds, negative: no limit) caps the wait for I/O and timers,
// so that a host driving the loop from its own main loop is never blocked by it.
bool run_once(State& st, Loop* l, double max_wait = -1) {
    sweep_timers(l);
    double timeout = -1;
    if (!l->ready->empty() || l->stopping) timeout = 0;
    else if (!l->timers->empty())
        timeout = std::clamp(l->timers->front()->when - loop_time(), 0.0, kMaxSelectTimeout);
    if (max_wait >= 0 && (timeout < 0 || timeout > max_wait)) timeout = max_wait;
    // Waits go in slices: an interrupt from another thread sends no signal to end them.
    if (timeout < 0 || timeout > kWaitSliceMs * 1e-3) timeout = kWaitSliceMs * 1e-3;
    if (!poll_io(st, l, timeout)) return false;
    if (st.interrupt_requested.load(std::memory_order_relaxed) && check_interrupt(st)) return false;
    double end = loop_time() + kClockResolution;
    while (!l->timers->empty()) {
        Handle* h = l->timers->front();
        if (h->when >= end) break;
        pop_timer(l);
        if (!call_soon_entry(st, l, Ready{Ready::kHandle, Value::from_object(h), Value::none(), Value::none()}))
            return false;
    }
    // Only what is ready now: callbacks these entries schedule wait for the next pass.
    for (size_t n = l->ready->size(); n > 0 && !l->ready->empty(); --n) {
        Ready e = l->ready->pop();
        Root keep_target(st.heap, e.target);
        Root keep_arg(st.heap, e.arg);
        Root keep_ctx(st.heap, e.context);
        if (!run_entry(st, l, e)) return false;
    }
    return true;
}

Value m_run_once(State& st, Args a) {
    if (!check_count(st, a, "_run_once", 1, 2)) return Value::error();
    double max_wait = -1;
    if (a.n > 1 && !a.v[1].is_none()) {
        if (!to_double(st, a.v[1], max_wait)) return Value::error();
        if (max_wait < 0) max_wait = 0;
    }
    Loop* l = loop_of(a.v[0]);
    RunScope scope(st, a.v[0]);
    if (!scope.enter(a.v[0])) return Value::error();
    return run_once(st, l, max_wait) ? Value::none() : Value::error();
}

// run_forever's loop, after the checks the Python class does.
Value m_run(State& st, Args a) {
    if (!check_count(st, a, "_run", 1, 1)) return Value::error();
    Loop* l = loop_of(a.v[0]);
    RunScope scope(st, a.v[0]);
    if (!scope.enter(a.v[0])) return Value::error();
    bool ok = true;
    while (ok) {
        ok = run_once(st, l);
        if (l->stopping) break;
    }
    return ok ? Value::none() : Value::error();
}

// When the next timer is due (loop time), None when there is none, or the current time when
// callbacks are ready: what a host driving the loop needs to know to sleep.
Value m_next_deadline(State& st, Args a) {
    if (!check_count(st, a, "_next_deadline", 1, 1)) return Value::error();
    Loop* l = loop_of(a.v[0]);
    sweep_timers(l);
    if (!l->ready->empty()) return Value::from_double(loop_time());
    if (l->timers->empty()) return Value::none();
    return Value::from_double(l->timers->front()->when);
}

// ---- I/O readiness (the selector) ----

bool fd_of(State& st, Value v, int& fd) {
    if (!v.is_int()) {
        Value r = call_method(st, v, intern(st, "fileno"), {});
        if (r.is_error()) return false;
        v = r;
    }
    int64_t n;
    if (!to_index(st, v, n)) return false;
    if (n < 0) return value_error(st, "Invalid file descriptor: " + std::to_string(n)), false;
    fd = static_cast<int>(n);
    return true;
}

bool update_epoll(State& st, Loop* l, int fd, bool existed) {
    auto it = l->io->find(fd);
    uint32_t ev = 0;
    if (it != l->io->end()) {
        if (it->second.first.is_object()) ev |= EPOLLIN;
        if (it->second.second.is_object()) ev |= EPOLLOUT;
    }
    if (l->epoll_fd < 0) {
        l->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
        if (l->epoll_fd < 0) return raise(st, st.exc.OSError, "epoll_create1 failed"), false;
    }
    epoll_event e{};
    e.events = ev;
    e.data.fd = fd;
    int rc;
    if (ev == 0) {
        rc = epoll_ctl(l->epoll_fd, EPOLL_CTL_DEL, fd, &e);
        l->io->erase(fd);
    } else {
        rc = epoll_ctl(l->epoll_fd, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &e);
    }
    if (rc < 0 && ev != 0) {
        l->io->erase(fd);
        return raise(st, st.exc.OSError, "epoll_ctl: cannot watch file descriptor " + std::to_string(fd)), false;
    }
    return true;
}

Value add_io(State& st, Args a, bool writer) {
    const char* fname = writer ? "add_writer" : "add_reader";
    Loop* l = loop_of(a.v[0]);
    if (a.n < 3) return type_error(st, std::string(fname) + "() missing required arguments");
    if (l->closed) return closed_error(st);
    int fd;
    if (!fd_of(st, a.v[1], fd)) return Value::error();
    if (!check_callback(st, a.v[2], fname)) return Value::error();
    Tuple* args = make_tuple(st, a.v + 3, a.n - 3);
    if (!args) return Value::error();
    Root keep(st.heap, Value::from_object(args));
    Handle* h = new_handle(st, false, a.v[2], Value::from_object(args), a.v[0], Value::none());
    if (!h) return Value::error();
    bool existed = l->io->count(fd);
    auto& slot = (*l->io)[fd];
    if (!existed) slot = {Value::none(), Value::none()};
    Value& target = writer ? slot.second : slot.first;
    if (target.is_object()) handle_of(target)->cancelled = true;
    target = Value::from_object(h);
    return update_epoll(st, l, fd, existed) ? Value::none() : Value::error();
}

Value remove_io(State& st, Args a, bool writer) {
    if (!check_count(st, a, writer ? "remove_writer" : "remove_reader", 2, 2)) return Value::error();
    Loop* l = loop_of(a.v[0]);
    if (l->closed) return Value::from_bool(false);
    int fd;
    if (!fd_of(st, a.v[1], fd)) return Value::error();
    auto it = l->io->find(fd);
    if (it == l->io->end()) return Value::from_bool(false);
    Value& target = writer ? it->second.second : it->second.first;
    if (!target.is_object()) return Value::from_bool(false);
    handle_of(target)->cancelled = true;
    target = Value::none();
    return update_epoll(st, l, fd, true) ? Value::from_bool(true) : Value::error();
}

Value m_add_reader(State& st, Args a) { return add_io(st, a, false); }
Value m_add_writer(State& st, Args a) { return add_io(st, a, true); }
Value m_remove_reader(State& st, Args a) { return remove_io(st, a, false); }
Value m_remove_writer(State& st, Args a) { return remove_io(st, a, true); }

Value g_current_task(State&, Value self) { return loop_of(self)->current_task; }
Value g_exception_handler(State&, Value self) { return loop_of(self)->exception_handler; }
bool s_exception_handler(State& st, Value self, Value v) {
    loop_of(self)->exception_handler = v.is_error() ? Value::none() : v;
    return true;
}
Value g_stopping(State&, Value self) { return Value::from_bool(loop_of(self)->stopping); }
Value g_ready_count(State&, Value self) { return Value::from_int(static_cast<int64_t>(loop_of(self)->ready->size())); }
Value g_timer_count(State&, Value self) { return Value::from_int(static_cast<int64_t>(loop_of(self)->timers->size())); }

Value loop_new(State& st, Type* type, Args) {
    Loop* l = st.heap.make<Loop>(type);
    if (!l) return raise_no_memory(st);
    l->exception_handler = l->current_task = Value::none();
    l->epoll_fd = -1;
    l->ready = new RingQueue<Ready>();
    l->timers = new std::vector<Handle*>();
    l->io = new std::unordered_map<int, std::pair<Value, Value>>();
    return Value::from_object(l);
}

void trace_loop(Object* o, Tracer& t) { static_cast<Loop*>(o)->trace(t); }
void destroy_loop(Heap&, Object* o) {
    Loop* l = static_cast<Loop*>(o);
    if (l->epoll_fd >= 0) ::close(l->epoll_fd);
    delete l->ready;
    delete l->timers;
    delete l->io;
}
constexpr GcOps kLoopGc{trace_loop, destroy_loop};

const MethodDef kLoopMethods[] = {
    {"call_soon", m_call_soon},
    {"call_soon_threadsafe", m_call_soon},
    {"call_later", m_call_later},
    {"call_at", m_call_at},
    {"time", m_time},
    {"stop", m_stop},
    {"is_running", m_is_running},
    {"is_closed", m_is_closed},
    {"get_debug", m_get_debug},
    {"set_debug", m_set_debug},
    {"_close", m_close},
    {"_timer_handle_cancelled", m_timer_handle_cancelled},
    {"_run_once", m_run_once},
    {"_run", m_run},
    {"_next_deadline", m_next_deadline},
    {"add_reader", m_add_reader},
    {"add_writer", m_add_writer},
    {"remove_reader", m_remove_reader},
    {"remove_writer", m_remove_writer},
    {nullptr, nullptr},
};

const GetSetDef kLoopGetSets[] = {
    {"_current_task", g_current_task},
    {"_exception_handler", g_exception_handler, s_exception_handler},
    {"_stopping", g_stopping},
    {"_ready_count", g_ready_count},
    {"_timer_count", g_timer_count},
    {nullptr, nullptr},
};

// ---- Handle and TimerHandle ----

Value handle_new(State& st, Type* type, Args a) {
    bool timer = isinstance(st, Value::from_object(type), st.type_type) &&
                 is_subtype(type, as_type(module_state(st)->timer_handle_type));
    Value out[5];
    bool ok = timer ? parse_args(st, a, Signature{"TimerHandle", {"when", "callback", "args", "loop", "context"}, 4}, out)
                    : parse_args(st, a, Signature{"Handle", {"callback", "args", "loop", "context"}, 3}, out);
    if (!ok) return Value::error();
    Value* p = timer ? out + 1 : out;
    Handle* h = st.heap.make<Handle>(type);
    if (!h) return raise_no_memory(st);
    h->callback = p[0], h->args = p[1], h->loop = p[2];
    h->context = p[3].is_missing() ? Value::none() : p[3];
    if (h->context.is_none()) {
        Root keep(st.heap, Value::from_object(h));
        Value ctx = copy_current_context(st);
        if (ctx.is_error()) return ctx;
        h->context = ctx;
    }
    if (timer) {
        if (out[0].is_none()) return raise(st, st.exc.AssertionError, "");
        if (!to_double(st, out[0], h->when)) return Value::error();
    }
    return Value::from_object(h);
}

Value h_cancel(State& st, Args a) {
    if (!check_count(st, a, "cancel", 1, 1)) return Value::error();
    Handle* h = handle_of(a.v[0]);
    if (h->cancelled) return Value::none();
    if (h->scheduled && h->loop.is_object() && isinstance(st, h->loop, as_type(module_state(st)->loop_type)))
        ++loop_of(h->loop)->cancelled_timers;
    h->cancelled = true;
    if (!(h->loop.is_object() && isinstance(st, h->loop, as_type(module_state(st)->loop_type)) &&
          loop_of(h->loop)->debug))
        h->callback = h->args = Value::none();
    return Value::none();
}

Value h_cancelled(State& st, Args a) {
    if (!check_count(st, a, "cancelled", 1, 1)) return Value::error();
    return Value::from_bool(handle_of(a.v[0])->cancelled);
}

Value h_get_context(State& st, Args a) {
    if (!check_count(st, a, "get_context", 1, 1)) return Value::error();
    return handle_of(a.v[0])->context;
}

Value h_when(State& st, Args a) {
    if (!check_count(st, a, "when", 1, 1)) return Value::error();
    return Value::from_double(handle_of(a.v[0])->when);
}

Value h_run(State& st, Args a) {
    if (!check_count(st, a, "_run", 1, 1)) return Value::error();
    Loop* l = as_loop(st, handle_of(a.v[0])->loop);
    if (!l) return Value::error();
    Ready e{Ready::kHandle, a.v[0], Value::none(), Value::none()};
    return run_entry(st, l, e) ? Value::none() : Value::error();
}

Value h_repr(State& st, Value self) {
    Value hook = module_state(st)->handle_repr;
    if (hook.is_none()) return str_value(st, std::string("<") + type_of(st, self)->name + ">");
    return call(st, hook, {self});
}

// TimerHandles compare by deadline (and hash as objects), as CPython's do.
Value h_compare(State& st, Value a, Value b, CmpOp op) {
    Type* timer = as_type(module_state(st)->timer_handle_type);
    if (!isinstance(st, a, timer) || !isinstance(st, b, timer)) return Value::not_implemented();
    Handle* x = handle_of(a);
    Handle* y = handle_of(b);
    switch (op) {
        case CmpOp::Lt: return Value::from_bool(x->when < y->when);
        case CmpOp::Gt: return Value::from_bool(x->when > y->when);
        case CmpOp::Le: return Value::from_bool(x->when < y->when || a.is(b) || x->when == y->when);
        case CmpOp::Ge: return Value::from_bool(x->when > y->when || a.is(b) || x->when == y->when);
        case CmpOp::Eq:
            return Value::from_bool(a.is(b) || (x->when == y->when && x->callback.is(y->callback) &&
                                                 x->args.is(y->args) && x->cancelled == y->cancelled));
        case CmpOp::Ne:
            return Value::from_bool(!(a.is(b) || (x->when == y->when && x->callback.is(y->callback) &&
                                                   x->args.is(y->args) && x->cancelled == y->cancelled)));
    }
    return Value::not_implemented();
}

bool h_hash(State&, Value v, int64_t& out) {
    out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_object()) >> 4);
    return true;
}

Value hg_callback(State&, Value self) { return handle_of(self)->callback; }
Value hg_args(State&, Value self) { return handle_of(self)->args; }
Value hg_loop(State&, Value self) { return handle_of(self)->loop; }
Value hg_when(State&, Value self) { return Value::from_double(handle_of(self)->when); }
Value hg_scheduled(State&, Value self) { return Value::from_bool(handle_of(self)->scheduled); }
Value hg_cancelled(State&, Value self) { return Value::from_bool(handle_of(self)->cancelled); }
Value hg_none(State&, Value) { return Value::none(); }

const MethodDef kHandleMethods[] = {
    {"cancel", h_cancel},
    {"cancelled", h_cancelled},
    {"get_context", h_get_context},
    {"_run", h_run},
    {nullptr, nullptr},
};
const MethodDef kTimerMethods[] = {
    {"when", h_when},
    {nullptr, nullptr},
};
const GetSetDef kHandleGetSets[] = {
    {"_callback", hg_callback}, {"_args", hg_args},   {"_loop", hg_loop},
    {"_cancelled", hg_cancelled}, {"_source_traceback", hg_none}, {nullptr, nullptr},
};
const GetSetDef kTimerGetSets[] = {
    {"_when", hg_when},
    {"_scheduled", hg_scheduled},
    {nullptr, nullptr},
};

void trace_handle(Object* o, Tracer& t) { static_cast<Handle*>(o)->trace(t); }
constexpr GcOps kHandleGc{trace_handle, nullptr};

// Reports an exception a callback raised through the loop's exception handler, as
// Handle._run does; KeyboardInterrupt and SystemExit go on up.
// A stop (runtime/interrupt.hpp) is no callback's exception: it ends the loop's run.
bool report_callback_error(State& st, Loop* l, Value handle_or_cb, Value arg) {
    if (stopping(st)) return false;
    if (raised_matches(st, st.exc.KeyboardInterrupt) || raised_matches(st, st.exc.SystemExit)) return false;
    Value exc = take_raised(st);
    Root keep(st.heap, exc);
    Value hook = module_state(st)->callback_error;
    if (hook.is_none()) return true;
    Value r = call(st, hook, {handle_or_cb, arg, exc});
    if (r.is_error()) {
        if (stopping(st)) return false;
        if (raised_matches(st, st.exc.KeyboardInterrupt) || raised_matches(st, st.exc.SystemExit)) return false;
        take_raised(st);
    }
    return true;
}

bool run_entry(State& st, Loop* l, Ready& e) {
    switch (e.kind) {
        case Ready::kTaskStep: {
            bool ok = task_step(st, static_cast<Task*>(e.target.as_object()), e.arg);
            return ok || report_callback_error(st, l, e.target, Value::none());
        }
        case Ready::kCallback: {
            Value r;
            if (e.target.is_object() && isinstance(st, e.target, as_type(module_state(st)->task_type))) {
                // A task woken by the future it waited on (see Task's block_on).
                r = task_wakeup(st, static_cast<Task*>(e.target.as_object()), e.arg) ? Value::none()
                                                                                    : Value::error();
            } else {
                r = run_in_context(st, e.context, e.target, Args{&e.arg, 1, nullptr});
            }
            return !r.is_error() || report_callback_error(st, l, e.target, e.arg);
        }
        case Ready::kHandle: {
            Handle* h = handle_of(e.target);
            if (h->cancelled) return true;
            Tuple* args = h->args.is_object() ? static_cast<Tuple*>(h->args.as_object()) : nullptr;
            Value r = run_in_context(st, h->context, h->callback,
                                     Args{args ? args->items : nullptr, args ? args->size : 0, nullptr});
            return !r.is_error() || report_callback_error(st, l, e.target, Value::missing());
        }
    }
    return true;
}

}  // namespace

void Loop::trace(Tracer& t) {
    t.mark(exception_handler), t.mark(current_task);
    ready->for_each([&](Ready& e) { t.mark(e.target), t.mark(e.arg), t.mark(e.context); });
    for (Handle* h : *timers) t.mark(h);
    for (auto& [fd, rw] : *io) t.mark(rw.first), t.mark(rw.second);
}

void end_loop_on_stop(State& st, Value loop) {
    Loop* l = loop_of(loop);
    if (l->running || !stopping(st)) return;
    Root keep_loop(st.heap, loop);
    Root saved(st.heap, take_raised(st));
    AsyncioState* m = module_state(st);
    // Its tasks, whatever they wait on. Ending one unlinks it; the next stays linked (and so
    // alive) until its turn.
    for (Task* t = m->pending_tasks; t;) {
        Task* next = t->next_pending;
        if (t->loop.is(loop)) end_task_on_stop(st, t, false);
        t = next;
    }
    // The async generators it would finalize (BaseEventLoop._asyncgens).
    if (Dict* d = instance_dict(st, loop, false)) {
        Value agens = dict_get_cstr(st, d, "_asyncgens");
        if (agens.is_object() && agens.as_object()->type == st.list_type) {
            Root keep(st.heap, agens);
            List* list = static_cast<List*>(agens.as_object());
            for (size_t i = 0; i < list->size; ++i) close_on_stop(st, list->items[i]);
            list->size = 0;
        }
    }
    close_loop(l);
    // asyncio's default policy forgets it, as Runner.close's set_event_loop(None) would.
    Value aio = st.modules ? dict_get_cstr(st, st.modules, "asyncio") : Value::missing();
    Dict* aio_dict = aio.is_object() && aio.as_object()->type == st.module_type
                         ? static_cast<krait::Module*>(aio.as_object())->dict
                         : nullptr;
    if (aio_dict) {
        Value policy = dict_get_cstr(st, aio_dict, "_policy");
        Value policy_class = dict_get_cstr(st, aio_dict, "_UnixDefaultEventLoopPolicy");
        if (policy.is_object() && policy_class.is_object() && type_of(st, policy) == as_type(policy_class)) {
            Dict* pd = instance_dict(st, policy, false);
            if (pd && dict_get_cstr(st, pd, "_loop").is(loop)) dict_set_cstr(st, pd, "_loop", Value::none());
        }
    }
    st.raised = saved.get();
}

double loop_time() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Loop* as_loop(State& st, Value v) {
    if (v.is_object() && isinstance(st, v, as_type(module_state(st)->loop_type))) return loop_of(v);
    type_error(st, "the loop is not a Krait event loop");
    return nullptr;
}

bool call_soon_entry(State& st, Loop* loop, Ready entry) {
    if (loop->closed) return closed_error(st), false;
    if (!loop->ready->push(entry)) return raise_no_memory(st), false;
    return true;
}

void report_exception(State& st, Value loop, std::initializer_list<std::pair<const char*, Value>> context) {
    Dict* d = make_dict(st);
    if (!d) return;
    Root keep(st.heap, Value::from_object(d));
    for (auto& [k, v] : context)
        if (!dict_set_cstr(st, d, k, v)) return;
    Value r = call_method(st, loop, intern(st, "call_exception_handler"), {Value::from_object(d)});
    if (r.is_error()) take_raised(st);
}

Type* make_loop_type(State& st) {
    Type* t = make_native_type(st, "_Loop", nullptr, sizeof(Loop), &kLoopGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->flags |= kTypeBaseType;
    t->new_ = loop_new;
    add_methods(st, t, kLoopMethods);
    add_getsets(st, t, kLoopGetSets);
    return ready_builtin_type(st, t) ? t : nullptr;
}

Type* make_handle_type(State& st, bool timer, Type* base) {
    Type* t = make_native_type(st, timer ? "TimerHandle" : "Handle", base, sizeof(Handle), &kHandleGc);
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    t->flags |= kTypeBaseType;
    t->new_ = handle_new;
    t->repr = h_repr;
    if (timer) {
        t->compare = h_compare;
        t->hash = h_hash;
        add_methods(st, t, kTimerMethods);
        add_getsets(st, t, kTimerGetSets);
    } else {
        add_methods(st, t, kHandleMethods);
        add_getsets(st, t, kHandleGetSets);
    }
    return ready_builtin_type(st, t) ? t : nullptr;
}

}  // namespace krait::stdlib::aio
