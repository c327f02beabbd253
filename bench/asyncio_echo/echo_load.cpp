// echo_load: the load generator for bench/asyncio_echo. It opens --conns loopback TCP
// connections to an echo server and, on each, sends a request of --size bytes ending in a
// newline, waits for the whole echo, checks it, and sends the next, --requests times (after
// --warmup unmeasured round trips per connection). One thread and epoll drive every
// connection, so the client costs far less CPU than the server it measures.
//
//   echo_load --port N [--host 127.0.0.1] [--conns 100] [--requests 1000] [--warmup 50]
//             [--size 64]
//
// Prints one line: "requests=R seconds=S rps=X": R round trips completed between the moment
// every connection finished its warm-up and the end.
// Exit status 1 on any error (connection refused or reset, wrong echo).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Options {
    std::string host = "127.0.0.1";
    int port = 0;
    int conns = 100;
    long requests = 1000;
    long warmup = 50;
    int size = 64;
};

struct Conn {
    int fd = -1;
    long done = 0;          // round trips completed
    size_t sent = 0;        // bytes of the current request sent
    size_t received = 0;    // bytes of the current echo received
    std::string request;
    std::string reply;
};

[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "echo_load: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "echo_load: %s\n", what.c_str());
    std::exit(1);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (i + 1 >= argc) fail("missing value after " + a);
        const char* v = argv[++i];
        if (a == "--host") o.host = v;
        else if (a == "--port") o.port = std::atoi(v);
        else if (a == "--conns") o.conns = std::atoi(v);
        else if (a == "--requests") o.requests = std::atol(v);
        else if (a == "--warmup") o.warmup = std::atol(v);
        else if (a == "--size") o.size = std::atoi(v);
        else fail("unknown option " + a);
    }
    if (o.port <= 0 || o.conns <= 0 || o.requests <= 0 || o.size < 2) fail("bad options (see the source)");
    return o;
}

// The request for round trip n on connection c: printable bytes that change with n, then '\n'.
void make_request(Conn& c, int id, long n, int size) {
    c.request.assign(static_cast<size_t>(size), 'x');
    std::string head = std::to_string(id) + ":" + std::to_string(n) + ":";
    size_t keep = std::min(head.size(), c.request.size() - 1);
    c.request.replace(0, keep, head, 0, keep);
    c.request.back() = '\n';
    c.sent = c.received = 0;
}

// Sends what is left of the request, as much as the socket takes now.
void pump_send(Conn& c) {
    while (c.sent < c.request.size()) {
        ssize_t n = ::send(c.fd, c.request.data() + c.sent, c.request.size() - c.sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) return;
            die("send");
        }
        c.sent += static_cast<size_t>(n);
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(o.port));
    if (inet_pton(AF_INET, o.host.c_str(), &addr.sin_addr) != 1) fail("bad host " + o.host);

    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0) die("epoll_create1");
    std::vector<Conn> conns(static_cast<size_t>(o.conns));
    for (int i = 0; i < o.conns; ++i) {
        Conn& c = conns[static_cast<size_t>(i)];
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (c.fd < 0) die("socket");
        int one = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(c.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0) die("connect");
        fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
        epoll_event e{};
        e.events = EPOLLIN;
        e.data.u32 = static_cast<uint32_t>(i);
        if (epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &e) < 0) die("epoll_ctl");
        c.reply.resize(static_cast<size_t>(o.size));
    }

    const long total_per_conn = o.warmup + o.requests;
    long finished = 0;        // connections that completed every round trip
    long warm = 0;            // connections past the warm-up
    long measured = 0;        // round trips completed while the clock ran
    auto start = std::chrono::steady_clock::now();
    bool measuring = o.warmup == 0;
    for (int i = 0; i < o.conns; ++i) {
        Conn& c = conns[static_cast<size_t>(i)];
        make_request(c, i, 0, o.size);
        pump_send(c);
    }
    if (measuring) start = std::chrono::steady_clock::now();

    std::vector<epoll_event> events(static_cast<size_t>(o.conns));
    char buf[65536];
    while (finished < o.conns) {
        int n = epoll_wait(ep, events.data(), o.conns, 10000);
        if (n < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        if (n == 0) fail("no progress for 10 s");
        for (int k = 0; k < n; ++k) {
            Conn& c = conns[events[static_cast<size_t>(k)].data.u32];
            int id = static_cast<int>(events[static_cast<size_t>(k)].data.u32);
            if (c.sent < c.request.size()) pump_send(c);
            for (;;) {
                ssize_t got = ::recv(c.fd, buf, sizeof buf, 0);
                if (got < 0) {
                    if (errno == EAGAIN || errno == EINTR) break;
                    die("recv");
                }
                if (got == 0) fail("the server closed a connection");
                if (c.received + static_cast<size_t>(got) > c.request.size()) fail("echo longer than the request");
                std::memcpy(&c.reply[c.received], buf, static_cast<size_t>(got));
                c.received += static_cast<size_t>(got);
                if (c.received < c.request.size()) continue;
                if (c.reply != c.request) fail("wrong echo");
                ++c.done;
                if (measuring) ++measured;
                if (c.done == o.warmup && ++warm == o.conns && !measuring) {
                    measuring = true;
                    start = std::chrono::steady_clock::now();
                }
                if (c.done == total_per_conn) {
                    ++finished;
                    epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                    ::shutdown(c.fd, SHUT_WR);
                    break;
                }
                make_request(c, id, c.done, o.size);
                pump_send(c);
            }
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    long requests = measured;
    for (Conn& c : conns) ::close(c.fd);
    std::printf("requests=%ld seconds=%.4f rps=%.0f\n", requests, seconds, requests / seconds);
    return 0;
}
