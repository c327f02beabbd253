// The sandbox: capabilities a host denies and built-in modules it leaves out; the host's
// module loader, which serves modules from memory.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "krait/krait.hpp"

namespace {

std::string raised(krait::Interpreter& py, const char* code) {
    try {
        py.exec(code);
    } catch (const krait::Error& e) {
        return e.type_name() + ": " + e.message();
    }
    return "no error";
}

krait::Interpreter::Config sandboxed() {
    krait::Interpreter::Config config;
    config.allow = krait::Interpreter::Capabilities::none();
    return config;
}

TEST(Sandbox, FilesDenied) {
    krait::Interpreter py(sandboxed());
    EXPECT_EQ(raised(py, "open('x')"), "PermissionError: open(): file access is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import io\nio.open('x')"),
              "PermissionError: open(): file access is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import os\nos.listdir('.')"),
              "PermissionError: os.listdir(): file access is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "__import__('os').open('x', 0)"),
              "PermissionError: os.open(): file access is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import os\nos.path.exists('/')"),
              "PermissionError: os.path.exists(): file access is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import sys\nsys.modules['os'].stat('/')"),
              "PermissionError: os.stat(): file access is not allowed in this interpreter");
    // Pure path arithmetic and pure modules stay.
    EXPECT_EQ(py.eval<std::string>("__import__('os').path.join('a', 'b')"), "a/b");
    py.exec("import math, json, collections, itertools, asyncio\n"
            "async def f():\n    await asyncio.sleep(0)\n    return json.dumps([math.floor(2.5)])\n"
            "r = asyncio.run(f())\n");
    EXPECT_EQ(py.eval<std::string>("r"), "[2]");
}

TEST(Sandbox, OsAndNetworkDenied) {
    krait::Interpreter py(sandboxed());
    EXPECT_EQ(raised(py, "import os\nos.getcwd()"),
              "PermissionError: os.getcwd(): access to the process and its environment is not allowed in this "
              "interpreter");
    EXPECT_EQ(py.eval<int>("len(__import__('os').environ)"), 0);
    EXPECT_EQ(raised(py, "import socket"), "ModuleNotFoundError: import of 'socket' is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import _socket"),
              "ModuleNotFoundError: import of '_socket' is not allowed in this interpreter");
    // Allowed by default.
    krait::Interpreter open_py;
    EXPECT_GT(open_py.eval<int>("len(__import__('os').environ)"), 0);
}

TEST(Sandbox, ModuleList) {
    krait::Interpreter::Config config;
    config.modules = std::vector<std::string>{"math", "sys"};
    krait::Interpreter py(config);
    EXPECT_EQ(py.eval<int>("__import__('math').floor(2.5)"), 2);
    EXPECT_EQ(raised(py, "import os"), "ModuleNotFoundError: import of 'os' is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import os.path"),
              "ModuleNotFoundError: import of 'os.path' is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "__import__('json')"),
              "ModuleNotFoundError: import of 'json' is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import io"), "ModuleNotFoundError: import of 'io' is not allowed in this interpreter");
}

TEST(Sandbox, ListedModulesMayImportUnlistedOnes) {
    // asyncio is asyncio.py over sys, _asyncio, _asyncio_locks, _asyncio_queues and more:
    // listing it is enough, and the script still cannot import the others itself.
    krait::Interpreter::Config config;
    config.modules = std::vector<std::string>{"asyncio"};
    krait::Interpreter py(config);
    py.exec("import asyncio\nasync def main():\n    q = asyncio.Queue()\n    lock = asyncio.Lock()\n"
            "    async with lock:\n        await q.put(7)\n    return await q.get()\nr = asyncio.run(main())\n");
    EXPECT_EQ(py.eval<int>("r"), 7);
    EXPECT_EQ(raised(py, "import _asyncio"),
              "ModuleNotFoundError: import of '_asyncio' is not allowed in this interpreter");
    EXPECT_EQ(raised(py, "import sys"), "ModuleNotFoundError: import of 'sys' is not allowed in this interpreter");
    // Nor through a copy of asyncio's code: a copy is the script's own.
    EXPECT_EQ(raised(py, "def f(name): pass\nf.__code__ = asyncio.__getattr__.__code__.replace()\n"
                         "_LAZY = {'sys': ('path',)}\nf('path')\n"),
              "ModuleNotFoundError: import of 'sys' is not allowed in this interpreter");
}

TEST(Loader, ServesModulesAndPackagesFromMemory) {
    std::map<std::string, krait::Interpreter::ModuleSource> files = {
        {"greet", {"def hello(who):\n    return 'hello ' + who\n", "mem/greet.py"}},
        {"pkg", {"from . import sub\nfrom .sub import value\n", "mem/pkg/__init__.py", true}},
        {"pkg.sub", {"value = 42\ndef fail():\n    raise ValueError('from memory')\n", "mem/pkg/sub.py"}},
    };
    krait::Interpreter::Config config = sandboxed();  // no files: the loader still serves
    config.loader = [&files](std::string_view name) -> std::optional<krait::Interpreter::ModuleSource> {
        auto it = files.find(std::string(name));
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    krait::Interpreter py(config);
    EXPECT_EQ(py.eval<std::string>("__import__('greet').hello('you')"), "hello you");
    py.exec("import pkg\n");
    EXPECT_EQ(py.eval<int>("pkg.value + pkg.sub.value"), 84);
    EXPECT_EQ(py.eval<std::string>("pkg.__file__ + ' ' + pkg.sub.__name__"), "mem/pkg/__init__.py pkg.sub");
    try {
        py.exec("pkg.sub.fail()");
        FAIL() << "no error";
    } catch (const krait::Error& e) {
        std::string report = e.what();
        EXPECT_NE(report.find("File \"mem/pkg/sub.py\", line 3, in fail\n    raise ValueError('from memory')"),
                  std::string::npos)
            << report;
    }
    EXPECT_EQ(raised(py, "import nothere"), "ModuleNotFoundError: No module named 'nothere'");
    EXPECT_EQ(raised(py, "import pkg.nothere"), "ModuleNotFoundError: No module named 'pkg.nothere'");
}

TEST(Loader, ErrorsReachTheScript) {
    krait::Interpreter::Config config;
    config.loader = [](std::string_view name) -> std::optional<krait::Interpreter::ModuleSource> {
        if (name == "broken") throw krait::Error("ImportError", "cannot serve broken");
        if (name == "bad") return krait::Interpreter::ModuleSource{"x = (", "mem/bad.py"};
        return std::nullopt;
    };
    krait::Interpreter py(config);
    EXPECT_EQ(raised(py, "import broken"), "ImportError: cannot serve broken");
    EXPECT_EQ(raised(py, "import bad"), "SyntaxError: '(' was never closed (bad.py, line 1)");
}

}  // namespace
