// Running code and exchanging values: exec, eval, import, globals, conversions both ways,
// attribute and item access, calls, iteration, and the errors a host sees.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "krait/krait.hpp"

namespace {

// An interpreter whose output is captured.
struct Captured {
    std::string out, err;
    krait::Interpreter py{krait::Interpreter::Config{
        [this](std::string_view s) { out += s; },
        [this](std::string_view s) { err += s; },
    }};
};

TEST(Run, ExecEvalAndGlobals) {
    Captured c;
    c.py.exec("x = 6 * 7\nprint('x is', x)");
    EXPECT_EQ(c.out, "x is 42\n");
    EXPECT_EQ(c.py.eval<int>("x"), 42);
    EXPECT_EQ(c.py.global("x").as<long long>(), 42);
    c.py.set_global("name", "Ada");
    c.py.set_global("scores", std::vector<int>{3, 1, 2});
    EXPECT_EQ(c.py.eval<std::string>("name.upper()"), "ADA");
    EXPECT_EQ(c.py.eval<int>("sum(scores)"), 6);
    EXPECT_TRUE(c.py.globals().contains("scores"));
}

TEST(Run, ImportGivesTheModuleAskedFor) {
    krait::Interpreter py;
    krait::Handle math = py.import("math");
    EXPECT_DOUBLE_EQ(math.attr("sqrt")(2.25).as<double>(), 1.5);
    krait::Handle abc = py.import("collections.abc");
    EXPECT_EQ(abc.attr("__name__").as<std::string>(), "collections.abc");
    try {
        py.import("no_such_module");
        FAIL() << "import succeeded";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "ModuleNotFoundError");
        EXPECT_EQ(e.message(), "No module named 'no_such_module'");
    }
}

TEST(Errors, PythonExceptionsReachTheHostWithTheirTraceback) {
    Captured c;
    c.py.exec("def inner():\n    return 1 / 0\n\ndef outer():\n    return inner()\n", "game.py");
    try {
        c.py.eval("outer()");
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "ZeroDivisionError");
        EXPECT_EQ(e.message(), "division by zero");
        std::string tb = e.traceback();
        EXPECT_NE(tb.find("Traceback (most recent call last):"), std::string::npos) << tb;
        EXPECT_NE(tb.find("File \"game.py\", line 2, in inner"), std::string::npos) << tb;
        EXPECT_NE(tb.find("File \"game.py\", line 5, in outer"), std::string::npos) << tb;
        EXPECT_EQ(tb.substr(tb.rfind('\n') + 1), "ZeroDivisionError: division by zero");
        EXPECT_EQ(e.exception().type_name(), "ZeroDivisionError");
    }
    // The interpreter goes on working.
    EXPECT_EQ(c.py.eval<int>("1 + 1"), 2);
}

TEST(Errors, SyntaxErrorsHaveTheFileAndLine) {
    krait::Interpreter py;
    try {
        py.exec("x = 1\nif x\n    pass\n", "conf.py");
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "SyntaxError");
        EXPECT_EQ(e.message(), "expected ':' (conf.py, line 2)");
        EXPECT_NE(std::string(e.what()).find("File \"conf.py\", line 2"), std::string::npos) << e.what();
    }
    try {
        py.global("undefined_name");
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "NameError");
        EXPECT_EQ(e.message(), "name 'undefined_name' is not defined");
    }
}

TEST(Convert, ScalarsBothWays) {
    krait::Interpreter py;
    EXPECT_EQ(py.eval<bool>("3 > 2"), true);
    EXPECT_EQ(py.eval<bool>("[]"), false);  // any object, by its truth
    EXPECT_EQ(py.eval<int>("-7"), -7);
    EXPECT_EQ(py.eval<unsigned long long>("2**64 - 1"), 18446744073709551615ull);
    EXPECT_EQ(py.eval<long long>("-2**63"), INT64_MIN);
    EXPECT_DOUBLE_EQ(py.eval<double>("1 / 4"), 0.25);
    EXPECT_DOUBLE_EQ(py.eval<double>("3"), 3.0);  // an int where a float is wanted
    EXPECT_EQ(py.eval<std::string>("'h\\u00e9llo'"), "h\xc3\xa9llo");
    EXPECT_EQ(py.object(18446744073709551615ull).repr(), "18446744073709551615");
    EXPECT_EQ(py.object(-5).repr(), "-5");
    EXPECT_EQ(py.object(true).repr(), "True");
    EXPECT_EQ(py.object(0.1).repr(), "0.1");
    EXPECT_EQ(py.object("quote's").repr(), "\"quote's\"");
    EXPECT_EQ(py.object(std::string_view("sv")).repr(), "'sv'");
    EXPECT_EQ(py.object(nullptr).repr(), "None");
    EXPECT_EQ(py.object(std::optional<int>()).repr(), "None");
    EXPECT_EQ(py.object(std::optional<int>(4)).repr(), "4");
    EXPECT_EQ(py.eval<std::optional<std::string>>("None"), std::nullopt);
    EXPECT_EQ(py.eval<std::optional<std::string>>("'x'"), "x");
}

// The message of the krait::Error that converting the value of `expr` to T throws.
template <class T>
std::string conversion_error(krait::Interpreter& py, const char* expr) {
    try {
        (void)py.eval<T>(expr);
    } catch (const krait::Error& e) {
        return e.type_name() + ": " + e.message();
    }
    return "no error";
}

TEST(Convert, WhatDoesNotFitIsAClearError) {
    krait::Interpreter py;
    EXPECT_EQ(conversion_error<int>(py, "'12'"), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ(conversion_error<int>(py, "1.5"), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT_EQ(conversion_error<int>(py, "2**31"), "OverflowError: Python int too large to convert to C++ int");
    EXPECT_EQ(conversion_error<short>(py, "-40000"), "OverflowError: Python int too small to convert to C++ short");
    EXPECT_EQ(conversion_error<unsigned>(py, "-1"), "OverflowError: can't convert negative int to C++ unsigned int");
    EXPECT_EQ(conversion_error<double>(py, "'1.0'"), "TypeError: must be real number, not str");
    EXPECT_EQ(conversion_error<std::string>(py, "b'bytes'"), "TypeError: must be str, not bytes");
    EXPECT_EQ(conversion_error<std::nullptr_t>(py, "0"), "TypeError: must be None, not int");
    EXPECT_EQ(conversion_error<std::vector<int>>(py, "'abc'"), "TypeError: must be an iterable, not str");
    EXPECT_EQ(conversion_error<std::vector<int>>(py, "[1, 'two']"),
              "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ((conversion_error<std::pair<int, int>>(py, "(1, 2, 3)")),
              "ValueError: expected a sequence of 2 items, not 3");
    EXPECT_EQ((conversion_error<std::map<std::string, int>>(py, "[1]")), "TypeError: must be a dict, not list");
}

TEST(Convert, ContainersBothWays) {
    krait::Interpreter py;
    std::vector<std::string> names{"b", "a"};
    EXPECT_EQ(py.object(names).repr(), "['b', 'a']");
    EXPECT_EQ(py.eval<std::vector<int>>("range(4)"), (std::vector<int>{0, 1, 2, 3}));
    EXPECT_EQ(py.eval<std::vector<double>>("(1, 2.5)"), (std::vector<double>{1.0, 2.5}));
    std::map<std::string, int> ages{{"ann", 31}, {"bob", 27}};
    EXPECT_EQ(py.object(ages).repr(), "{'ann': 31, 'bob': 27}");
    auto back = py.eval<std::unordered_map<std::string, std::vector<int>>>("{'a': [1], 'b': []}");
    EXPECT_EQ(back.size(), 2u);
    EXPECT_EQ(back["a"], std::vector<int>{1});
    EXPECT_EQ(py.object(std::make_tuple(1, "two", 3.0)).repr(), "(1, 'two', 3.0)");
    auto t = py.eval<std::tuple<int, std::string, bool>>("[7, 'x', True]");
    EXPECT_EQ(t, std::make_tuple(7, std::string("x"), true));
    auto p = py.eval<std::pair<std::string, int>>("('k', 1)");
    EXPECT_EQ(p, std::make_pair(std::string("k"), 1));
}

TEST(Handles, AttributesItemsCallsAndIteration) {
    krait::Interpreter py;
    py.exec(
        "class Point:\n"
        "    def __init__(self, x, y=0):\n"
        "        self.x, self.y = x, y\n"
        "    def moved(self, dx, *, dy=0):\n"
        "        return Point(self.x + dx, self.y + dy)\n"
        "    def __repr__(self):\n"
        "        return f'Point({self.x}, {self.y})'\n");
    krait::Handle Point = py.global("Point");
    krait::Handle p = Point(1, krait::arg("y") = 2);
    EXPECT_EQ(p.repr(), "Point(1, 2)");
    EXPECT_EQ(p.str(), "Point(1, 2)");
    EXPECT_EQ(p.type_name(), "Point");
    EXPECT_TRUE(p.isinstance(Point));
    EXPECT_EQ(p.call_method("moved", 10, krait::arg("dy") = 5).repr(), "Point(11, 7)");
    p.set_attr("x", 100);
    EXPECT_EQ(p.attr("x").as<int>(), 100);
    EXPECT_TRUE(p.has_attr("y"));
    p.del_attr("y");
    EXPECT_FALSE(p.has_attr("y"));

    krait::Handle d = py.dict();
    d.set_item("k", std::vector<int>{1, 2});
    d["k"].call_method("append", 3);
    EXPECT_EQ(d.repr(), "{'k': [1, 2, 3]}");
    EXPECT_EQ(d.size(), 1u);
    d.del_item("k");
    EXPECT_EQ(d.repr(), "{}");

    std::vector<int> seen;
    for (krait::Handle x : py.eval("(i * i for i in range(4))")) seen.push_back(x.as<int>());
    EXPECT_EQ(seen, (std::vector<int>{0, 1, 4, 9}));
    EXPECT_TRUE(py.eval("[1, 2]").equals(py.list({py.object(1), py.object(2)})));
    EXPECT_TRUE(py.none().is(py.eval("None")));

    try {
        p.call_method("moved");
        FAIL() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "TypeError");
        EXPECT_EQ(e.message(), "Point.moved() missing 1 required positional argument: 'dx'");
    }
}

TEST(Handles, KeepObjectsAliveAcrossCollections) {
    krait::Interpreter py;
    krait::Handle kept = py.eval("[object() for _ in range(3)] + ['payload']");
    krait::Handle copy = kept;
    py.exec("import gc\nfor _ in range(3): junk = [[] for _ in range(1000)]; gc.collect()");
    EXPECT_EQ(copy[3].as<std::string>(), "payload");
    krait::Handle moved = std::move(kept);
    EXPECT_TRUE(kept.empty());
    EXPECT_EQ(moved.size(), 4u);
}

TEST(Handles, OutlivingTheInterpreterMakesThemInert) {
    krait::Handle survivor;
    {
        krait::Interpreter py;
        survivor = py.eval("'short-lived'");
    }
    EXPECT_FALSE(survivor.empty());
    EXPECT_THROW(survivor.repr(), std::logic_error);
    krait::Handle copy = survivor;  // copying and destroying inert handles is fine
}

TEST(Interpreters, TwoOnTwoThreads) {
    auto work = [](int seed, long long* result) {
        krait::Interpreter py;
        py.set_global("seed", seed);
        py.exec(
            "def fib(n):\n"
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            "total = sum(fib(seed + i % 3) for i in range(200))\n");
        *result = py.global("total").as<long long>();
    };
    long long a = 0, b = 0;
    std::thread t1(work, 12, &a), t2(work, 13, &b);
    t1.join();
    t2.join();
    krait::Interpreter check;
    check.exec("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
    EXPECT_EQ(a, check.eval<long long>("sum(fib(12 + i % 3) for i in range(200))"));
    EXPECT_EQ(b, check.eval<long long>("sum(fib(13 + i % 3) for i in range(200))"));
}

}  // namespace
