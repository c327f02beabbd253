// A host that runs scripts it does not trust. The interpreter may not touch files, the OS or
// the network, may import only a few pure modules, and has a memory limit; a watchdog thread
// interrupts a script that runs too long, and a step budget bounds another. After each
// failure the interpreter carries on with the next script.
//
//   build/examples/sandbox
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "krait/krait.hpp"

namespace {

// Runs one untrusted script and says how it ended.
void attempt(krait::Interpreter& py, const char* what, const char* source) {
    std::printf("%-28s ", what);
    std::fflush(stdout);
    try {
        py.exec(source, "untrusted.py");
        std::printf("finished\n");
    } catch (const krait::Interrupted& e) {
        std::printf("stopped by the host (%s)\n", e.type_name().c_str());
    } catch (const krait::Error& e) {
        std::printf("%s%s%s\n", e.type_name().c_str(), e.message().empty() ? "" : ": ", e.message().c_str());
    }
}

}  // namespace

int main() {
    krait::Interpreter::Config config;
    config.allow = krait::Interpreter::Capabilities::none();  // no files, OS or network
    config.modules = std::vector<std::string>{"math", "json"};
    config.memory_limit = 64 << 20;
    krait::Interpreter py(config);

    attempt(py, "reading a file", "open('/etc/passwd').read()");
    attempt(py, "importing os", "import os");
    attempt(py, "a huge list", "cells = [0] * 10**9");
    attempt(py, "catching MemoryError",
            "try:\n"
            "    s = 'x' * 10**9\n"
            "except MemoryError:\n"
            "    print('caught MemoryError;', end=' ')\n");

    // A script that swallows every exception in an endless loop: only the host can end it.
    // The watchdog interrupts it (and keeps trying, in case the script had not started yet).
    std::atomic<bool> running{true};
    std::thread watchdog([&] {
        while (running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (running) py.interrupt();
        }
    });
    attempt(py, "a loop that catches all",
            "while True:\n"
            "    try:\n"
            "        pass\n"
            "    except BaseException:\n"
            "        pass\n");
    running = false;
    watchdog.join();

    py.set_step_budget(100000);
    attempt(py, "a script over its budget", "n = 0\nwhile True:\n    n += 1\n");
    py.set_step_budget(0);

    attempt(py, "a well-behaved script", "import json, math\nprint(json.dumps({'f': math.factorial(10)}), end=' ')\n");
    return 0;
}
