// The _socket module: BSD sockets for IPv4, IPv6 and Unix-domain addresses, with CPython's
// address formats, errors and timeout modes. stdlib/py/socket.py builds the public `socket`
// module over it (the socket class with accept(), reprs, enums), as CPython's socket.py does
// over its _socket.
//
// A socket object owns its descriptor: close() is idempotent, detach() gives the descriptor
// up, and the collector closes it when the object dies. Every descriptor is made
// close-on-exec, and send() passes MSG_NOSIGNAL, so that writing to a closed connection is an
// EPIPE error (BrokenPipeError) instead of a SIGPIPE that would stop the host process.
//
// Timeouts follow CPython: None is a blocking descriptor; 0 is non-blocking (operations that
// would wait raise BlockingIOError); a positive timeout keeps the descriptor non-blocking and
// waits for readiness with poll() before each attempt, raising TimeoutError('timed out').
// A blocking socket's operations give what the plain blocking calls give, but never block in
// the kernel for long: an interrupt from another thread sends no signal, so they wait for
// readiness in slices (see sock_call).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/native_type.hpp"
#include "stdlib/os_error.hpp"

namespace krait::stdlib {

namespace {

struct Socket : Object {
    int fd;          // -1 once closed or detached
    int family, kind, proto;  // kind: SOCK_STREAM, ... (`type` would hide Object::type)
    double timeout;  // < 0: blocking (None); 0: non-blocking; > 0: seconds
};

Socket* sock_of(Value v) { return static_cast<Socket*>(v.as_object()); }

void trace_socket(Object*, Tracer&) {}
void destroy_socket(Heap&, Object* o) {
    auto* s = static_cast<Socket*>(o);
    if (s->fd >= 0) ::close(s->fd);
    s->fd = -1;
}
constexpr GcOps kSocketGc{trace_socket, destroy_socket};

// gaierror lives in the module; the socket type keeps a link to it (as itertools links its
// internal types) so that methods resolving host names can raise it.
constexpr const char* kGaiErrorKey = "_krait_gaierror";

Value raise_errno(State& st, int err) { return raise_os_error(st, err); }
Value raise_timeout(State& st) { return raise(st, st.exc.TimeoutError, "timed out"); }

// After an EINTR or a slice of a wait: Ctrl-C becomes KeyboardInterrupt and the host's
// interrupt a stop (runtime/interrupt.hpp); any other signal means try again (PEP 475).
bool interrupted(State& st) {
    return st.interrupt_requested.load(std::memory_order_relaxed) && check_interrupt(st);
}

Value raise_gaierror(State& st, Type* sock_type, int code) {
    if (code == EAI_SYSTEM) return raise_errno(st, errno);
    Value cls = Value::missing();
    if (sock_type) {
        Str* key = intern(st, kGaiErrorKey);
        if (!key) return Value::error();
        cls = type_lookup(st, sock_type, key);
    }
    if (cls.is_missing() || cls.is_error()) cls = Value::from_object(st.exc.OSError);
    Root keep(st.heap, cls);
    Value msg = str_value(st, gai_strerror(code));
    if (msg.is_error()) return msg;
    Root keep_msg(st.heap, msg);
    Value e = call(st, cls, {Value::from_int(code), msg});
    if (e.is_error()) return e;
    return raise(st, e);
}

bool set_nonblocking(int fd, bool on) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0) return false;
    int want = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    return want == flags || fcntl(fd, F_SETFL, want) == 0;
}

// ---- addresses ----

union SockAddr {
    sockaddr sa;
    sockaddr_in in4;
    sockaddr_in6 in6;
    sockaddr_un un;
    sockaddr_storage storage;
};

// The host part of an IPv4/IPv6 address as CPython prints it (getnameinfo with
// NI_NUMERICHOST: an IPv6 scope becomes "%iface").
Value host_text(State& st, const sockaddr* sa, socklen_t len) {
    char buf[NI_MAXHOST];
    int rc = getnameinfo(sa, len, buf, sizeof buf, nullptr, 0, NI_NUMERICHOST);
    if (rc != 0) {
        const void* addr = sa->sa_family == AF_INET ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr)
                                                    : static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr);
        if (!inet_ntop(sa->sa_family, addr, buf, sizeof buf)) return raise_errno(st, errno);
    }
    return str_value(st, buf);
}

// makesockaddr: ('1.2.3.4', port), ('::1', port, flowinfo, scope_id), a path for AF_UNIX
// (bytes for an abstract address), or (family, raw bytes) for anything else.
Value make_address(State& st, const SockAddr& a, socklen_t len) {
    if (len == 0) return Value::none();
    switch (a.sa.sa_family) {
        case AF_INET: {
            Value host = host_text(st, &a.sa, sizeof(sockaddr_in));
            if (host.is_error()) return host;
            Root keep(st.heap, host);
            Tuple* t = make_tuple(st, {host, Value::from_int(ntohs(a.in4.sin_port))});
            return t ? Value::from_object(t) : Value::error();
        }
        case AF_INET6: {
            Value host = host_text(st, &a.sa, sizeof(sockaddr_in6));
            if (host.is_error()) return host;
            Root keep(st.heap, host);
            Tuple* t = make_tuple(st, {host, Value::from_int(ntohs(a.in6.sin6_port)),
                                       Value::from_int(ntohl(a.in6.sin6_flowinfo)),
                                       Value::from_int(a.in6.sin6_scope_id)});
            return t ? Value::from_object(t) : Value::error();
        }
        case AF_UNIX: {
            size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
            if (n > sizeof a.un.sun_path) n = sizeof a.un.sun_path;
            if (n > 0 && a.un.sun_path[0] == '\0') {
                Bytes* b = make_bytes(st, std::string_view(a.un.sun_path, n));
                return b ? Value::from_object(b) : Value::error();
            }
            size_t end = 0;
            while (end < n && a.un.sun_path[end]) ++end;
            return str_decode(st, std::string_view(a.un.sun_path, end), "utf-8", "surrogateescape");
        }
        default: {
            Bytes* b = make_bytes(st, std::string_view(a.sa.sa_data, sizeof a.sa.sa_data));
            if (!b) return Value::error();
            Root keep(st.heap, Value::from_object(b));
            Tuple* t = make_tuple(st, {Value::from_int(a.sa.sa_family), Value::from_object(b)});
            return t ? Value::from_object(t) : Value::error();
        }
    }
}

// The host of an address tuple, as text: str (IDNA is not needed for the names Krait
// resolves), bytes or bytearray.
bool host_arg(State& st, Value v, const char* caller, std::string& out) {
    if (isinstance(st, v, st.str_type)) {
        out = std::string(as_str(v)->view());
        return true;
    }
    std::string_view b;
    if (bytes_like(st, v, b)) {
        out = std::string(b);
        return true;
    }
    type_error(st, "str, bytes or bytearray expected, not " + type_name(st, v));
    (void)caller;
    return false;
}

// setipaddr: '' is the wildcard, '<broadcast>' the broadcast address, numeric addresses are
// parsed directly and names go through getaddrinfo (a gaierror when they do not resolve).
bool resolve_host(State& st, Type* sock_type, const std::string& host, int family, SockAddr& out) {
    if (host.find('\0') != std::string::npos) return type_error(st, "host name must not contain null character"), false;
    if (host.empty()) {
        if (family == AF_INET6) out.in6.sin6_addr = in6addr_any;
        else out.in4.sin_addr.s_addr = htonl(INADDR_ANY);
        return true;
    }
    if (family == AF_INET && (host == "<broadcast>" || host == "255.255.255.255")) {
        out.in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return true;
    }
    if (family == AF_INET && inet_pton(AF_INET, host.c_str(), &out.in4.sin_addr) == 1) return true;
    if (family == AF_INET6 && host.find('%') == std::string::npos &&
        inet_pton(AF_INET6, host.c_str(), &out.in6.sin6_addr) == 1)
        return true;
    addrinfo hints{};
    hints.ai_family = family;
    addrinfo* res = nullptr;
    int rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
    if (rc != 0) return raise_gaierror(st, sock_type, rc), false;
    bool found = false;
    for (addrinfo* p = res; p; p = p->ai_next) {
        if (p->ai_family != family) continue;
        if (family == AF_INET) out.in4.sin_addr = reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr;
        else {
            out.in6.sin6_addr = reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr;
            out.in6.sin6_scope_id = reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_scope_id;
        }
        found = true;
        break;
    }
    freeaddrinfo(res);
    if (!found) return raise(st, st.exc.OSError, "address family mismatched"), false;
    return true;
}

bool port_arg(State& st, Value v, const char* caller, int& port) {
    int64_t p;
    if (!isinstance(st, v, st.int_type)) {
        type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
        return false;
    }
    if (!to_index(st, v, p)) return false;
    if (p < 0 || p > 65535) {
        raise(st, st.exc.OverflowError, std::string(caller) + "(): port must be 0-65535.");
        return false;
    }
    port = static_cast<int>(p);
    return true;
}

// getsockaddrarg: a Python address for socket s, as a sockaddr.
bool address_arg(State& st, Socket* s, Value addr, const char* caller, SockAddr& out, socklen_t& len) {
    std::memset(&out, 0, sizeof out);
    Type* sock_type = s->type;
    switch (s->family) {
        case AF_INET:
        case AF_INET6: {
            const char* fam = s->family == AF_INET ? "AF_INET" : "AF_INET6";
            if (!isinstance(st, addr, st.tuple_type)) {
                type_error(st, std::string(caller) + "(): " + fam + " address must be tuple, not " + type_name(st, addr));
                return false;
            }
            Tuple* t = as_tuple(addr);
            if (s->family == AF_INET ? t->size != 2 : (t->size < 2 || t->size > 4)) {
                type_error(st, s->family == AF_INET ? "AF_INET address must be a pair (host, port)"
                                                    : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                return false;
            }
            std::string host;
            if (!host_arg(st, t->items[0], caller, host)) return false;
            int port;
            if (!port_arg(st, t->items[1], caller, port)) return false;
            if (!resolve_host(st, sock_type, host, s->family, out)) return false;
            if (s->family == AF_INET) {
                out.in4.sin_family = AF_INET;
                out.in4.sin_port = htons(static_cast<uint16_t>(port));
                len = sizeof(sockaddr_in);
            } else {
                int64_t flow = 0, scope = 0;
                if (t->size > 2 && !to_index(st, t->items[2], flow)) return false;
                if (t->size > 3 && !to_index(st, t->items[3], scope)) return false;
                if (flow < 0 || flow > 0xfffff) {
                    raise(st, st.exc.OverflowError, std::string(caller) + "(): flowinfo must be 0-1048575.");
                    return false;
                }
                out.in6.sin6_family = AF_INET6;
                out.in6.sin6_port = htons(static_cast<uint16_t>(port));
                out.in6.sin6_flowinfo = htonl(static_cast<uint32_t>(flow));
                if (t->size > 3) out.in6.sin6_scope_id = static_cast<uint32_t>(scope);
                len = sizeof(sockaddr_in6);
            }
            return true;
        }
        case AF_UNIX: {
            std::string path;
            if (isinstance(st, addr, st.str_type)) {
                Value b = str_encode(st, as_str(addr), "utf-8", "surrogateescape");
                if (b.is_error()) return false;
                path = std::string(static_cast<Bytes*>(b.as_object())->view());
            } else {
                std::string_view b;
                if (!bytes_like(st, addr, b)) {
                    type_error(st, std::string(caller) + "(): AF_UNIX address must be str or bytes, not " +
                                       type_name(st, addr));
                    return false;
                }
                path = std::string(b);
            }
            if (path.size() > sizeof out.un.sun_path - (path.empty() || path[0] ? 1 : 0)) {
                raise(st, st.exc.OSError, "AF_UNIX path too long");
                return false;
            }
            out.un.sun_family = AF_UNIX;
            std::memcpy(out.un.sun_path, path.data(), path.size());
            len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() +
                                         (path.empty() || path[0] ? 1 : 0));
            return true;
        }
        default:
            raise(st, st.exc.OSError, std::string(caller) + "(): bad family");
            return false;
    }
}

// ---- waiting for readiness (sockets with a positive timeout) ----

double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// 1: ready; 0: timed out; -1: error raised.
// A negative deadline waits for as long as it takes. The wait goes in slices, so that an
// interrupt from another thread (which sends no signal) is seen.
int wait_ready(State& st, Socket* s, bool writing, double deadline) {
    for (;;) {
        int ms = kWaitSliceMs;
        if (deadline >= 0) {
            double left = deadline - now();
            if (left <= 0) return 0;
            ms = std::min(ms, static_cast<int>(std::ceil(left * 1e3)));
        }
        pollfd p{s->fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
        int rc = poll(&p, 1, ms);
        if (rc > 0) return 1;
        if (rc < 0 && errno != EINTR) return raise_errno(st, errno), -1;
        if (interrupted(st)) return -1;
    }
}

// Whether the descriptor itself blocks. A socket without a timeout normally has a blocking
// descriptor; one made non-blocking behind its back (socket(fileno=...) of such a descriptor,
// os.set_blocking) fails with EAGAIN where its call would block, as the plain call does.
bool fd_blocks(int fd) {
    int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && !(flags & O_NONBLOCK);
}

// How a socket without a timeout waits (`sliced`: its descriptor blocks and the caller did not
// ask for MSG_DONTWAIT). The call is made with MSG_DONTWAIT, and where it would block the wait
// for readiness goes in slices (wait_ready) before it is made again: the result is the
// blocking call's, and an interrupt can end the wait.
bool sliced_wait(Socket* s, int flags) { return s->timeout < 0 && !(flags & MSG_DONTWAIT) && fd_blocks(s->fd); }

// Runs op (a syscall returning < 0 with errno on failure; it is passed the flags to add) as
// CPython's sock_call does: retrying after EINTR and, with a positive timeout, waiting for
// readiness when it would block. `sliced` (sliced_wait): op is given MSG_DONTWAIT, and waits
// without a deadline. Returns op's result, or -1 with an exception raised.
template <typename Op>
ssize_t sock_call(State& st, Socket* s, bool writing, bool sliced, Op op) {
    double deadline = s->timeout > 0 ? now() + s->timeout : 0;
    for (;;) {
        ssize_t r = op(sliced ? MSG_DONTWAIT : 0);
        if (r >= 0) return r;
        int err = errno;
        if (err == EINTR) {
            if (interrupted(st)) return -1;
            continue;
        }
        if ((s->timeout > 0 || sliced) && (err == EAGAIN || err == EWOULDBLOCK)) {
            int w = wait_ready(st, s, writing, sliced ? -1 : deadline);
            if (w < 0) return -1;
            if (w == 0) return raise_timeout(st), -1;
            continue;
        }
        raise_errno(st, err);
        return -1;
    }
}

// ---- the socket type ----

Value socket_new(State& st, Type* type, Args) {
    Socket* s = st.heap.make<Socket>(type);
    if (!s) return raise_no_memory(st);
    s->fd = -1;
    s->family = AF_INET;
    s->kind = SOCK_STREAM;
    s->proto = 0;
    s->timeout = -1;
    return Value::from_object(s);
}

bool int_arg(State& st, Value v, int& out) {
    int64_t n;
    if (!isinstance(st, v, st.int_type)) {
        type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
        return false;
    }
    if (!to_index(st, v, n)) return false;
    if (n < INT_MIN || n > INT_MAX) {
        raise(st, st.exc.OverflowError, n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
bool socket_init(State& st, Value self, Args a) {
    Value out[4];
    if (!parse_args(st, a, Signature{"socket", {"family", "type", "proto", "fileno"}, 0}, out)) return false;
    int family = -1, type = -1, proto = -1;
    if (!out[0].is_missing() && !int_arg(st, out[0], family)) return false;
    if (!out[1].is_missing() && !int_arg(st, out[1], type)) return false;
    if (!out[2].is_missing() && !int_arg(st, out[2], proto)) return false;
    Socket* s = sock_of(self);
    int fd;
    if (!out[3].is_missing() && !out[3].is_none()) {
        int64_t n;
        if (isinstance(st, out[3], st.float_type)) return type_error(st, "socket() argument 'fileno' must be int, not float"), false;
        if (!to_index(st, out[3], n)) return false;
        if (n < 0) return value_error(st, "negative file descriptor"), false;
        if (n > INT_MAX) return raise(st, st.exc.OverflowError, "file descriptor would overflow int"), false;
        fd = static_cast<int>(n);
        socklen_t len = sizeof(int);
        int v;
        if (family == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &len) < 0) return raise_errno(st, errno), false;
            family = v;
        }
        len = sizeof(int);
        if (type == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len) < 0) return raise_errno(st, errno), false;
            type = v;
        }
        len = sizeof(int);
        if (proto == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len) < 0) return raise_errno(st, errno), false;
            proto = v;
        }
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = ::socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) return raise_errno(st, errno), false;
    }
    if (s->fd >= 0 && s->fd != fd) ::close(s->fd);  // __init__ called again
    s->fd = fd;
    s->family = family;
    s->kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = -1;
    if (type & SOCK_NONBLOCK) {
        s->timeout = 0;
        set_nonblocking(fd, true);
    }
    return true;
}

Value m_fileno(State& st, Args a) {
    if (!check_count(st, a, "fileno", 1, 1)) return Value::error();
    return Value::from_int(sock_of(a.v[0])->fd);
}

Value m_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int fd = s->fd;
    if (fd >= 0) {
        s->fd = -1;
        // The descriptor is released whatever close() reports; ECONNRESET only says that
        // the peer reset the connection first (bpo-30319).
        if (::close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_errno(st, errno);
    }
    return Value::none();
}

Value m_detach(State& st, Args a) {
    if (!check_count(st, a, "detach", 1, 1)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int fd = s->fd;
    s->fd = -1;
    return Value::from_int(fd);
}

Value m_bind(State& st, Args a) {
    if (!check_count(st, a, "bind", 2, 2)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    SockAddr addr;
    socklen_t len;
    if (!address_arg(st, s, a.v[1], "bind", addr, len)) return Value::error();
    if (::bind(s->fd, &addr.sa, len) < 0) return raise_errno(st, errno);
    return Value::none();
}

Value m_listen(State& st, Args a) {
    if (!check_count(st, a, "listen", 1, 2)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (a.n > 1 && !int_arg(st, a.v[1], backlog)) return Value::error();
    if (backlog < 0) backlog = 0;
    if (::listen(s->fd, backlog) < 0) return raise_errno(st, errno);
    return Value::none();
}

// _accept() -> (fd, address): socket.py wraps the descriptor in a socket object.
Value m_accept(State& st, Args a) {
    if (!check_count(st, a, "_accept", 1, 1)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    SockAddr addr;
    socklen_t len = sizeof addr;
    // accept4 takes no MSG_DONTWAIT: a blocking socket waits in slices until a connection is
    // there, then accepts it with the plain call.
    if (sliced_wait(s, 0) && wait_ready(st, s, false, -1) < 0) return Value::error();
    ssize_t fd = sock_call(st, s, false, false, [&](int) {
        len = sizeof addr;
        return static_cast<ssize_t>(accept4(s->fd, &addr.sa, &len, SOCK_CLOEXEC));
    });
    if (fd < 0) return Value::error();
    Value address = make_address(st, addr, len);
    if (address.is_error()) {
        ::close(static_cast<int>(fd));
        return address;
    }
    Root keep(st.heap, address);
    Tuple* t = make_tuple(st, {Value::from_int(fd), address});
    if (!t) {
        ::close(static_cast<int>(fd));
        return Value::error();
    }
    return Value::from_object(t);
}

// connect() as CPython's internal_connect: 0 or the errno; raised is set when an exception
// other than an OS error code (a timeout, an interrupt, a bad address) is pending.
int do_connect(State& st, Socket* s, Value address, const char* caller, bool& raised) {
    raised = false;
    SockAddr addr;
    socklen_t len;
    if (!address_arg(st, s, address, caller, addr, len)) return raised = true, -1;
    // A blocking socket connects without blocking and waits in slices (sock_call) for the
    // outcome. Where that cannot be (a Unix socket whose listener's backlog is full says
    // EAGAIN), the plain call is made.
    int rc, err;
    if (sliced_wait(s, 0) && set_nonblocking(s->fd, true)) {
        rc = ::connect(s->fd, &addr.sa, len);
        err = errno;
        set_nonblocking(s->fd, false);
        if (rc < 0 && err == EAGAIN) {
            rc = ::connect(s->fd, &addr.sa, len);
            err = errno;
        }
    } else {
        rc = ::connect(s->fd, &addr.sa, len);
        err = errno;
    }
    if (rc == 0) return 0;
    if (err == EINTR) {
        if (interrupted(st)) return raised = true, -1;
        // The connection goes on in the background: a blocking socket waits for it.
        if (s->timeout == 0) return EINTR;
        err = EINPROGRESS;
    }
    if (err == EINPROGRESS && s->timeout != 0) {
        double deadline = s->timeout > 0 ? now() + s->timeout : 0;
        for (;;) {
            int w;
            if (s->timeout > 0) {
                w = wait_ready(st, s, true, deadline);
            } else {
                w = wait_ready(st, s, true, -1);
            }
            if (w < 0) return raised = true, -1;
            if (w == 0) return raise_timeout(st), raised = true, -1;
            break;
        }
        int soerr = 0;
        socklen_t sl = sizeof soerr;
        if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) return errno;
        return soerr;
    }
    return err;
}

Value m_connect(State& st, Args a) {
    if (!check_count(st, a, "connect", 2, 2)) return Value::error();
    bool raised;
    int err = do_connect(st, sock_of(a.v[0]), a.v[1], "connect", raised);
    if (raised) return Value::error();
    if (err) return raise_errno(st, err);
    return Value::none();
}

Value m_connect_ex(State& st, Args a) {
    if (!check_count(st, a, "connect_ex", 2, 2)) return Value::error();
    bool raised;
    int err = do_connect(st, sock_of(a.v[0]), a.v[1], "connect_ex", raised);
    if (raised) return Value::error();
    return Value::from_int(err);
}

// recv() for recv and recv_into. As in CPython, 0 bytes asked for are read without a call.
// MSG_WAITALL asks a blocking socket for all `size` bytes, which MSG_DONTWAIT would cut
// short: that call is made plainly, once the first bytes are there (the wait for the rest is
// the kernel's).
ssize_t recv_call(State& st, Socket* s, void* buf, size_t size, int flags) {
    if (size == 0) return 0;
    bool sliced = sliced_wait(s, flags);
    if (sliced && (flags & MSG_WAITALL)) {
        if (wait_ready(st, s, false, -1) < 0) return -1;
        sliced = false;
    }
    return sock_call(st, s, false, sliced, [&](int more) { return ::recv(s->fd, buf, size, flags | more); });
}

// recv(bufsize[, flags]): the data lands in a buffer on the stack (small sizes) or a temporary
// one (malloc reuses it from call to call), then in a bytes object of exactly the size read.
Value m_recv(State& st, Args a) {
    if (!check_count(st, a, "recv", 2, 3)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int64_t size;
    if (!isinstance(st, a.v[1], st.int_type)) return type_error(st, "'" + type_name(st, a.v[1]) + "' object cannot be interpreted as an integer");
    if (!to_index(st, a.v[1], size)) return Value::error();
    if (size < 0) return value_error(st, "negative buffersize in recv");
    int flags = 0;
    if (a.n > 2 && !int_arg(st, a.v[2], flags)) return Value::error();
    constexpr size_t kStack = 8 * 1024;  // small: hosts may run Krait on threads with small stacks
    char stack_buf[kStack];
    std::unique_ptr<char[]> heap_buf;
    char* buf = stack_buf;
    if (static_cast<size_t>(size) > kStack) {
        heap_buf.reset(new (std::nothrow) char[size]);
        if (!heap_buf) return raise_no_memory(st);
        buf = heap_buf.get();
    }
    ssize_t n = recv_call(st, s, buf, static_cast<size_t>(size), flags);
    if (n < 0) return Value::error();
    Bytes* b = make_bytes(st, std::string_view(buf, static_cast<size_t>(n)));
    return b ? Value::from_object(b) : raise_no_memory(st);
}

// recv_into(buffer[, nbytes[, flags]]): the buffer is a bytearray (Krait has no memoryview).
Value m_recv_into(State& st, Args a) {
    Value out[4];
    Args self_less{a.v + 1, a.n - 1, a.kwnames};
    if (a.n < 1) return type_error(st, "recv_into() missing self");
    if (!parse_args(st, self_less, Signature{"recv_into", {"buffer", "nbytes", "flags"}, 1}, out)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    if (!isinstance(st, out[0], st.bytearray_type))
        return type_error(st, "recv_into() argument 'buffer' must be read-write bytes-like object, not " +
                                  type_name(st, out[0]));
    auto* ba = static_cast<ByteArray*>(out[0].as_object());
    int64_t n = 0;
    if (!out[1].is_missing() && !to_index(st, out[1], n)) return Value::error();
    int flags = 0;
    if (!out[2].is_missing() && !int_arg(st, out[2], flags)) return Value::error();
    if (n < 0) return value_error(st, "negative buffersize in recv_into");
    if (n == 0) n = static_cast<int64_t>(ba->size);
    if (static_cast<size_t>(n) > ba->size) return value_error(st, "buffer too small for requested bytes");
    ssize_t got = recv_call(st, s, ba->data, static_cast<size_t>(n), flags);
    if (got < 0) return Value::error();
    return Value::from_int(got);
}

bool data_arg(State& st, Value v, const char* caller, std::string_view& out) {
    if (bytes_like(st, v, out)) return true;
    type_error(st, std::string("a bytes-like object is required, not '") + type_name(st, v) + "'");
    (void)caller;
    return false;
}

Value m_send(State& st, Args a) {
    if (!check_count(st, a, "send", 2, 3)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    std::string_view data;
    if (!data_arg(st, a.v[1], "send", data)) return Value::error();
    int flags = 0;
    if (a.n > 2 && !int_arg(st, a.v[2], flags)) return Value::error();
    if (!sliced_wait(s, flags)) {
        ssize_t n = sock_call(st, s, true, false,
                              [&](int) { return ::send(s->fd, data.data(), data.size(), flags | MSG_NOSIGNAL); });
        if (n < 0) return Value::error();
        return Value::from_int(n);
    }
    // A blocking send on a stream socket returns once all of the data is queued, or with
    // what was queued before an error; a datagram goes whole or not at all.
    size_t done = 0;
    for (;;) {
        size_t left = data.size() - done;
        ssize_t n = sock_call(st, s, true, true, [&](int more) {
            return ::send(s->fd, data.data() + done, left, flags | more | MSG_NOSIGNAL);
        });
        if (n < 0) {
            // After some data, an OS error is reported by the next call, as the kernel does.
            if (done == 0 || stopping(st) || !raised_matches(st, st.exc.OSError)) return Value::error();
            take_raised(st);
            break;
        }
        done += static_cast<size_t>(n);
        if (done == data.size() || s->kind != SOCK_STREAM) break;
    }
    return Value::from_int(static_cast<int64_t>(done));
}

Value m_sendall(State& st, Args a) {
    if (!check_count(st, a, "sendall", 2, 3)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    std::string_view data;
    if (!data_arg(st, a.v[1], "sendall", data)) return Value::error();
    int flags = 0;
    if (a.n > 2 && !int_arg(st, a.v[2], flags)) return Value::error();
    // The data stays valid: a bytearray cannot be resized by Python code while this runs,
    // since no Python code runs here.
    size_t done = 0;
    double deadline = s->timeout > 0 ? now() + s->timeout : 0;
    bool sliced = sliced_wait(s, flags);
    while (done < data.size()) {
        ssize_t n = ::send(s->fd, data.data() + done, data.size() - done,
                           flags | MSG_NOSIGNAL | (sliced ? MSG_DONTWAIT : 0));
        if (n >= 0) {
            done += static_cast<size_t>(n);
            continue;
        }
        int err = errno;
        if (err == EINTR) {
            if (interrupted(st)) return Value::error();
            continue;
        }
        if ((s->timeout > 0 || sliced) && (err == EAGAIN || err == EWOULDBLOCK)) {
            int w = wait_ready(st, s, true, sliced ? -1 : deadline);
            if (w < 0) return Value::error();
            if (w == 0) return raise_timeout(st);
            continue;
        }
        return raise_errno(st, err);
    }
    return Value::none();
}

Value m_shutdown(State& st, Args a) {
    if (!check_count(st, a, "shutdown", 2, 2)) return Value::error();
    int how;
    if (!int_arg(st, a.v[1], how)) return Value::error();
    if (::shutdown(sock_of(a.v[0])->fd, how) < 0) return raise_errno(st, errno);
    return Value::none();
}

Value name_of(State& st, Args a, const char* fname, bool peer) {
    if (!check_count(st, a, fname, 1, 1)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    SockAddr addr;
    std::memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    int rc = peer ? getpeername(s->fd, &addr.sa, &len) : getsockname(s->fd, &addr.sa, &len);
    if (rc < 0) return raise_errno(st, errno);
    return make_address(st, addr, len);
}

Value m_getsockname(State& st, Args a) { return name_of(st, a, "getsockname", false); }
Value m_getpeername(State& st, Args a) { return name_of(st, a, "getpeername", true); }

// setsockopt(level, option, value: int | bytes) or setsockopt(level, option, None, optlen).
Value m_setsockopt(State& st, Args a) {
    if (!check_count(st, a, "setsockopt", 4, 5)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int level, opt;
    if (!int_arg(st, a.v[1], level) || !int_arg(st, a.v[2], opt)) return Value::error();
    int rc;
    if (a.n == 5) {
        if (!a.v[3].is_none()) return type_error(st, "setsockopt() takes 3 arguments, or 4 with None as the value");
        int optlen;
        if (!int_arg(st, a.v[4], optlen)) return Value::error();
        rc = ::setsockopt(s->fd, level, opt, nullptr, static_cast<socklen_t>(optlen));
    } else if (isinstance(st, a.v[3], st.int_type)) {
        int v;
        if (!int_arg(st, a.v[3], v)) return Value::error();
        rc = ::setsockopt(s->fd, level, opt, &v, sizeof v);
    } else {
        std::string_view b;
        if (!bytes_like(st, a.v[3], b))
            return type_error(st, "a bytes-like object is required, not '" + type_name(st, a.v[3]) + "'");
        rc = ::setsockopt(s->fd, level, opt, b.data(), static_cast<socklen_t>(b.size()));
    }
    if (rc < 0) return raise_errno(st, errno);
    return Value::none();
}

Value m_getsockopt(State& st, Args a) {
    if (!check_count(st, a, "getsockopt", 3, 4)) return Value::error();
    Socket* s = sock_of(a.v[0]);
    int level, opt;
    if (!int_arg(st, a.v[1], level) || !int_arg(st, a.v[2], opt)) return Value::error();
    if (a.n == 3) {
        int v = 0;
        socklen_t len = sizeof v;
        if (::getsockopt(s->fd, level, opt, &v, &len) < 0) return raise_errno(st, errno);
        return Value::from_int(v);
    }
    int buflen;
    if (!int_arg(st, a.v[3], buflen)) return Value::error();
    if (buflen <= 0 || buflen > 1024) return raise(st, st.exc.OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t len = static_cast<socklen_t>(buflen);
    if (::getsockopt(s->fd, level, opt, buf, &len) < 0) return raise_errno(st, errno);
    Bytes* b = make_bytes(st, std::string_view(buf, len));
    return b ? Value::from_object(b) : Value::error();
}

bool apply_timeout(State& st, Socket* s, double timeout) {
    s->timeout = timeout;
    if (s->fd >= 0 && !set_nonblocking(s->fd, timeout >= 0)) return raise_errno(st, errno), false;
    return true;
}

Value m_setblocking(State& st, Args a) {
    if (!check_count(st, a, "setblocking", 2, 2)) return Value::error();
    int flag = truthy(st, a.v[1]);
    if (flag < 0) return Value::error();
    return apply_timeout(st, sock_of(a.v[0]), flag ? -1.0 : 0.0) ? Value::none() : Value::error();
}

Value m_getblocking(State& st, Args a) {
    if (!check_count(st, a, "getblocking", 1, 1)) return Value::error();
    return Value::from_bool(sock_of(a.v[0])->timeout != 0);
}

// A timeout argument: None, or a non-negative number of seconds.
bool timeout_arg(State& st, Value v, double& out) {
    if (v.is_none()) {
        out = -1;
        return true;
    }
    if (!isinstance(st, v, st.int_type) && !isinstance(st, v, st.float_type)) {
        type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
        return false;
    }
    if (!to_double(st, v, out)) return false;
    if (std::isnan(out)) return value_error(st, "Invalid value NaN (not a number)"), false;
    if (out < 0) return value_error(st, "Timeout value out of range"), false;
    return true;
}

Value m_settimeout(State& st, Args a) {
    if (!check_count(st, a, "settimeout", 2, 2)) return Value::error();
    double t;
    if (!timeout_arg(st, a.v[1], t)) return Value::error();
    return apply_timeout(st, sock_of(a.v[0]), t) ? Value::none() : Value::error();
}

Value timeout_value(double t) { return t < 0 ? Value::none() : Value::from_double(t); }

Value m_gettimeout(State& st, Args a) {
    if (!check_count(st, a, "gettimeout", 1, 1)) return Value::error();
    return timeout_value(sock_of(a.v[0])->timeout);
}

Value m_get_inheritable(State& st, Args a) {
    if (!check_count(st, a, "get_inheritable", 1, 1)) return Value::error();
    int flags = fcntl(sock_of(a.v[0])->fd, F_GETFD);
    if (flags < 0) return raise_errno(st, errno);
    return Value::from_bool(!(flags & FD_CLOEXEC));
}

Value m_set_inheritable(State& st, Args a) {
    if (!check_count(st, a, "set_inheritable", 2, 2)) return Value::error();
    int on = truthy(st, a.v[1]);
    if (on < 0) return Value::error();
    int fd = sock_of(a.v[0])->fd;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return raise_errno(st, errno);
    flags = on ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    if (fcntl(fd, F_SETFD, flags) < 0) return raise_errno(st, errno);
    return Value::none();
}

Value socket_repr(State& st, Value self) {
    Socket* s = sock_of(self);
    return str_value(st, "<socket object, fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->family) +
                             ", type=" + std::to_string(s->kind) + ", proto=" + std::to_string(s->proto) + ">");
}

Value g_family(State&, Value self) { return Value::from_int(sock_of(self)->family); }
Value g_type(State&, Value self) { return Value::from_int(sock_of(self)->kind); }
Value g_proto(State&, Value self) { return Value::from_int(sock_of(self)->proto); }
Value g_timeout(State&, Value self) { return timeout_value(sock_of(self)->timeout); }

const MethodDef kSocketMethods[] = {
    {"_accept", m_accept},
    {"bind", m_bind},
    {"close", m_close},
    {"connect", m_connect},
    {"connect_ex", m_connect_ex},
    {"detach", m_detach},
    {"fileno", m_fileno},
    {"getpeername", m_getpeername},
    {"getsockname", m_getsockname},
    {"getsockopt", m_getsockopt},
    {"setsockopt", m_setsockopt},
    {"getblocking", m_getblocking},
    {"setblocking", m_setblocking},
    {"gettimeout", m_gettimeout},
    {"settimeout", m_settimeout},
    {"get_inheritable", m_get_inheritable},
    {"set_inheritable", m_set_inheritable},
    {"listen", m_listen},
    {"recv", m_recv},
    {"recv_into", m_recv_into},
    {"send", m_send},
    {"sendall", m_sendall},
    {"shutdown", m_shutdown},
    {nullptr, nullptr},
};

const GetSetDef kSocketGetSets[] = {
    {"family", g_family},
    {"type", g_type},
    {"proto", g_proto},
    {"timeout", g_timeout},
    {nullptr, nullptr},
};

// ---- module functions ----

Type* socket_type_of(State& st, Module* m) { return module_type(st, m, "socket"); }

// A fresh native socket around fd (socketpair's halves).
Value wrap_fd(State& st, Type* type, int fd, int family, int sock_type, int proto) {
    Value v = socket_new(st, type, Args{});
    if (v.is_error()) {
        ::close(fd);
        return v;
    }
    Socket* s = sock_of(v);
    s->fd = fd, s->family = family, s->kind = sock_type, s->proto = proto;
    return v;
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
Value f_getaddrinfo(State& st, Args a) {
    Module* m = bound_module(a);
    Args args = skip_self(a);
    Value out[6];
    if (!parse_args(st, args, Signature{"getaddrinfo", {"host", "port", "family", "type", "proto", "flags"}, 2}, out))
        return Value::error();
    std::string host, port;
    bool has_host = false, has_port = false;
    if (!out[0].is_none()) {
        if (isinstance(st, out[0], st.str_type)) {
            host = std::string(as_str(out[0])->view());
        } else {
            std::string_view b;
            if (!bytes_like(st, out[0], b) || isinstance(st, out[0], st.bytearray_type))
                return type_error(st, "getaddrinfo() argument 1 must be string or None");
            host = std::string(b);
        }
        has_host = true;
    }
    if (isinstance(st, out[1], st.int_type)) {
        int64_t p;
        if (!int_to_int64(st, out[1], p)) return Value::error();
        port = std::to_string(p);
        has_port = true;
    } else if (isinstance(st, out[1], st.str_type)) {
        port = std::string(as_str(out[1])->view());
        has_port = true;
    } else if (isinstance(st, out[1], st.bytes_type)) {
        port = std::string(static_cast<Bytes*>(out[1].as_object())->view());
        has_port = true;
    } else if (!out[1].is_none()) {
        return raise(st, st.exc.OSError, "Int or String expected");
    }
    int ints[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; ++i)
        if (!out[2 + i].is_missing() && !int_arg(st, out[2 + i], ints[i])) return Value::error();
    if (host.find('\0') != std::string::npos) return type_error(st, "host name must not contain null character");
    addrinfo hints{};
    hints.ai_family = ints[0];
    hints.ai_socktype = ints[1];
    hints.ai_protocol = ints[2];
    hints.ai_flags = ints[3];
    addrinfo* res = nullptr;
    int rc = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
    if (rc != 0) return raise_gaierror(st, socket_type_of(st, m), rc);
    List* list = make_list(st, 0);
    if (!list) {
        freeaddrinfo(res);
        return Value::error();
    }
    Root keep(st.heap, Value::from_object(list));
    for (addrinfo* p = res; p; p = p->ai_next) {
        SockAddr addr;
        std::memset(&addr, 0, sizeof addr);
        std::memcpy(&addr, p->ai_addr, std::min<size_t>(p->ai_addrlen, sizeof addr));
        Value address = make_address(st, addr, p->ai_addrlen);
        if (address.is_error()) {
            freeaddrinfo(res);
            return address;
        }
        Root keep_addr(st.heap, address);
        Value canon = str_value(st, p->ai_canonname ? p->ai_canonname : "");
        if (canon.is_error()) {
            freeaddrinfo(res);
            return canon;
        }
        Root keep_canon(st.heap, canon);
        Tuple* t = make_tuple(st, {Value::from_int(p->ai_family), Value::from_int(p->ai_socktype),
                                   Value::from_int(p->ai_protocol), canon, address});
        if (!t || !list_append(st, list, Value::from_object(t))) {
            freeaddrinfo(res);
            return Value::error();
        }
    }
    freeaddrinfo(res);
    return Value::from_object(list);
}

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) -> two native sockets.
Value f_socketpair(State& st, Args a) {
    Module* m = bound_module(a);
    Args args = skip_self(a);
    Value out[3];
    if (!parse_args(st, args, Signature{"socketpair", {"family", "type", "proto"}, 0, 3}, out)) return Value::error();
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if (!out[0].is_missing() && !int_arg(st, out[0], family)) return Value::error();
    if (!out[1].is_missing() && !int_arg(st, out[1], type)) return Value::error();
    if (!out[2].is_missing() && !int_arg(st, out[2], proto)) return Value::error();
    int fds[2];
    if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return raise_errno(st, errno);
    Type* t = socket_type_of(st, m);
    if (!t) {
        ::close(fds[0]), ::close(fds[1]);
        return raise(st, st.exc.SystemError, "_socket: the socket type is missing");
    }
    int clean_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    Value x = wrap_fd(st, t, fds[0], family, clean_type, proto);
    if (x.is_error()) {
        ::close(fds[1]);
        return x;
    }
    Root keep_x(st.heap, x);
    Value y = wrap_fd(st, t, fds[1], family, clean_type, proto);
    if (y.is_error()) return y;
    Root keep_y(st.heap, y);
    if (type & SOCK_NONBLOCK) sock_of(x)->timeout = sock_of(y)->timeout = 0;
    Tuple* pair = make_tuple(st, {x, y});
    return pair ? Value::from_object(pair) : Value::error();
}

Value f_gethostname(State& st, Args a) {
    if (!check_count(st, a, "gethostname", 0, 0)) return Value::error();
    char buf[1024];
    if (::gethostname(buf, sizeof buf - 1) < 0) return raise_errno(st, errno);
    buf[sizeof buf - 1] = '\0';
    return str_decode(st, buf, "utf-8", "surrogateescape");
}

Value f_close(State& st, Args a) {
    if (!check_count(st, a, "close", 1, 1)) return Value::error();
    int fd;
    if (!int_arg(st, a.v[0], fd)) return Value::error();
    if (::close(fd) < 0 && errno != ECONNRESET) return raise_errno(st, errno);
    return Value::none();
}

Value f_dup(State& st, Args a) {
    if (!check_count(st, a, "dup", 1, 1)) return Value::error();
    int fd;
    if (!int_arg(st, a.v[0], fd)) return Value::error();
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return raise_errno(st, errno);
    return Value::from_int(r);
}

Value f_inet_pton(State& st, Args a) {
    if (!check_count(st, a, "inet_pton", 2, 2)) return Value::error();
    int family;
    if (!int_arg(st, a.v[0], family)) return Value::error();
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "inet_pton() argument 2 must be str, not " + type_name(st, a.v[1]));
    std::string text(as_str(a.v[1])->view());
    unsigned char buf[sizeof(in6_addr)];
    int rc = inet_pton(family, text.c_str(), buf);
    if (rc < 0) return raise_errno(st, errno);
    if (rc == 0) return raise(st, st.exc.OSError, "illegal IP address string passed to inet_pton");
    Bytes* b = make_bytes(st, std::string_view(reinterpret_cast<char*>(buf), family == AF_INET ? 4 : 16));
    return b ? Value::from_object(b) : Value::error();
}

Value f_inet_ntop(State& st, Args a) {
    if (!check_count(st, a, "inet_ntop", 2, 2)) return Value::error();
    int family;
    if (!int_arg(st, a.v[0], family)) return Value::error();
    std::string_view packed;
    if (!bytes_like(st, a.v[1], packed))
        return type_error(st, "a bytes-like object is required, not '" + type_name(st, a.v[1]) + "'");
    if (family == AF_INET && packed.size() != 4) return value_error(st, "invalid length of packed IP address string");
    if (family == AF_INET6 && packed.size() != 16) return value_error(st, "invalid length of packed IP address string");
    if (family != AF_INET && family != AF_INET6) return value_error(st, "unknown address family " + std::to_string(family));
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, packed.data(), buf, sizeof buf)) return raise_errno(st, errno);
    return str_value(st, buf);
}

Value byte_order(State& st, Args a, const char* fname, bool wide) {
    if (!check_count(st, a, fname, 1, 1)) return Value::error();
    int64_t v;
    if (!isinstance(st, a.v[0], st.int_type))
        return type_error(st, std::string("'") + type_name(st, a.v[0]) + "' object cannot be interpreted as an integer");
    if (!to_index(st, a.v[0], v)) return Value::error();
    if (v < 0) return raise(st, st.exc.OverflowError, std::string(fname) + ": can't convert negative Python int to C " + (wide ? "32-bit" : "16-bit") + " unsigned integer");
    if (wide ? v > 0xffffffffLL : v > 0xffff)
        return raise(st, st.exc.OverflowError, std::string(fname) + ": Python int too large to convert to C " + (wide ? "32-bit" : "16-bit") + " unsigned integer");
    return wide ? Value::from_int(htonl(static_cast<uint32_t>(v))) : Value::from_int(htons(static_cast<uint16_t>(v)));
}

Value f_htons(State& st, Args a) { return byte_order(st, a, "htons", false); }
Value f_ntohs(State& st, Args a) { return byte_order(st, a, "ntohs", false); }
Value f_htonl(State& st, Args a) { return byte_order(st, a, "htonl", true); }
Value f_ntohl(State& st, Args a) { return byte_order(st, a, "ntohl", true); }

const MethodDef kFunctions[] = {
    {"gethostname", f_gethostname},
    {"close", f_close},
    {"dup", f_dup},
    {"inet_pton", f_inet_pton},
    {"inet_ntop", f_inet_ntop},
    {"htons", f_htons},
    {"ntohs", f_ntohs},
    {"htonl", f_htonl},
    {"ntohl", f_ntohl},
    {nullptr, nullptr},
};

const MethodDef kBoundFunctions[] = {
    {"getaddrinfo", f_getaddrinfo},
    {"socketpair", f_socketpair},
    {nullptr, nullptr},
};

const std::pair<const char*, int> kConstants[] = {
    {"AF_UNSPEC", AF_UNSPEC}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX},
    {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
    {"SOCK_SEQPACKET", SOCK_SEQPACKET}, {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
    {"SOL_SOCKET", SOL_SOCKET}, {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
    {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_LINGER", SO_LINGER},
    {"SO_ERROR", SO_ERROR}, {"SO_TYPE", SO_TYPE}, {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF},
    {"SO_RCVLOWAT", SO_RCVLOWAT}, {"SO_SNDLOWAT", SO_SNDLOWAT}, {"SO_DOMAIN", SO_DOMAIN},
    {"SO_PROTOCOL", SO_PROTOCOL}, {"SO_ACCEPTCONN", SO_ACCEPTCONN},
    {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
    {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPV6_V6ONLY", IPV6_V6ONLY}, {"IP_TOS", IP_TOS}, {"IP_TTL", IP_TTL},
    {"TCP_NODELAY", TCP_NODELAY}, {"TCP_KEEPIDLE", TCP_KEEPIDLE}, {"TCP_KEEPINTVL", TCP_KEEPINTVL},
    {"TCP_KEEPCNT", TCP_KEEPCNT}, {"TCP_QUICKACK", TCP_QUICKACK},
    {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
    {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
    {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_ADDRCONFIG", AI_ADDRCONFIG}, {"AI_V4MAPPED", AI_V4MAPPED},
    {"AI_ALL", AI_ALL},
    {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV}, {"NI_NAMEREQD", NI_NAMEREQD},
    {"NI_NOFQDN", NI_NOFQDN}, {"NI_DGRAM", NI_DGRAM}, {"NI_MAXHOST", NI_MAXHOST}, {"NI_MAXSERV", NI_MAXSERV},
    {"EAI_ADDRFAMILY", EAI_ADDRFAMILY}, {"EAI_AGAIN", EAI_AGAIN}, {"EAI_BADFLAGS", EAI_BADFLAGS},
    {"EAI_FAIL", EAI_FAIL}, {"EAI_FAMILY", EAI_FAMILY}, {"EAI_MEMORY", EAI_MEMORY}, {"EAI_NODATA", EAI_NODATA},
    {"EAI_NONAME", EAI_NONAME}, {"EAI_SERVICE", EAI_SERVICE}, {"EAI_SOCKTYPE", EAI_SOCKTYPE},
    {"EAI_SYSTEM", EAI_SYSTEM},
    {"MSG_PEEK", MSG_PEEK}, {"MSG_OOB", MSG_OOB}, {"MSG_WAITALL", MSG_WAITALL}, {"MSG_DONTWAIT", MSG_DONTWAIT},
    {"MSG_NOSIGNAL", MSG_NOSIGNAL}, {"MSG_TRUNC", MSG_TRUNC},
    {"SOMAXCONN", SOMAXCONN},
    {"INADDR_ANY", static_cast<int>(INADDR_ANY)}, {"INADDR_LOOPBACK", static_cast<int>(INADDR_LOOPBACK)},
};

Value make_gaierror(State& st, const char* name) {
    Dict* d = make_dict(st);
    if (!d) return Value::error();
    Root keep(st.heap, Value::from_object(d));
    Value mod = str_value(st, "socket");
    if (mod.is_error() || !dict_set_cstr(st, d, "__module__", mod)) return Value::error();
    Tuple* bases = make_tuple(st, {Value::from_object(st.exc.OSError)});
    if (!bases) return Value::error();
    Root keep_bases(st.heap, Value::from_object(bases));
    Value n = str_value(st, name);
    if (n.is_error()) return n;
    Root keep_name(st.heap, n);
    return call(st, Value::from_object(st.type_type), {n, Value::from_object(bases), Value::from_object(d)});
}

}  // namespace

Value make_socket_module(State& st) {
    Module* m = new_native_module(st, "_socket", kFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const MethodDef* d = kBoundFunctions; d->name; ++d)
        if (!add_function(st, m, d->name, d->fn, nullptr, true)) return Value::error();

    Type* t = make_native_type(st, "socket", nullptr, sizeof(Socket), &kSocketGc);
    if (!t) return Value::error();
    Root keep_type(st.heap, Value::from_object(t));
    t->flags |= kTypeBaseType;
    t->new_ = socket_new;
    t->init = socket_init;
    t->repr = socket_repr;
    add_methods(st, t, kSocketMethods);
    add_getsets(st, t, kSocketGetSets);
    if (!publish_type(st, m, t, "_socket")) return Value::error();
    if (!dict_set_cstr(st, m->dict, "SocketType", Value::from_object(t))) return Value::error();

    Value gai = make_gaierror(st, "gaierror");
    if (gai.is_error() || !dict_set_cstr(st, m->dict, "gaierror", gai)) return Value::error();
    if (!dict_set_cstr(st, t->dict, kGaiErrorKey, gai)) return Value::error();
    Value herror = make_gaierror(st, "herror");
    if (herror.is_error() || !dict_set_cstr(st, m->dict, "herror", herror)) return Value::error();
    if (!dict_set_cstr(st, m->dict, "error", Value::from_object(st.exc.OSError)) ||
        !dict_set_cstr(st, m->dict, "timeout", Value::from_object(st.exc.TimeoutError)) ||
        !dict_set_cstr(st, m->dict, "has_ipv6", Value::from_bool(true)))
        return Value::error();
    for (auto [k, v] : kConstants)
        if (!dict_set_cstr(st, m->dict, k, Value::from_int(v))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
