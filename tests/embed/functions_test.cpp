// C++ callables bound as Python functions: conversions deduced from the signature, names
// and defaults, CPython's argument errors, and exceptions crossing in both directions.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "krait/krait.hpp"

namespace {

// The "Type: message" of what evaluating expr raises.
std::string raised(krait::Interpreter& py, const char* expr) {
    try {
        py.eval(expr);
    } catch (const krait::Error& e) {
        return e.type_name() + ": " + e.message();
    }
    return "no error";
}

int add(int a, int b) { return a + b; }

TEST(Functions, SignaturesConvertArgumentsAndResults) {
    krait::Interpreter py;
    py.def("add", add);
    py.def("join", [](const std::vector<std::string>& parts, const std::string& sep) {
        std::string out;
        for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
        return out;
    });
    std::vector<std::string> log;
    py.def("log", [&log](std::string line) { log.push_back(std::move(line)); });
    py.def("histogram", [](const std::vector<int>& xs) {
        std::map<int, int> h;
        for (int x : xs) ++h[x];
        return h;
    });
    EXPECT_EQ(py.eval<int>("add(2, 3)"), 5);
    EXPECT_EQ(py.eval<std::string>("join(['a', 'b', 'c'], '-')"), "a-b-c");
    EXPECT_TRUE(py.eval("log('hello')").is_none());
    EXPECT_EQ(log, std::vector<std::string>{"hello"});
    EXPECT_EQ(py.eval("histogram([3, 1, 3])").repr(), "{1: 1, 3: 2}");
    EXPECT_EQ(py.eval("add").repr(), "<built-in function add>");
    EXPECT_EQ(py.eval<std::string>("type(add).__name__ + ' ' + add.__name__"), "builtin_function_or_method add");
    // A function made without defining it as a global.
    krait::Handle twice = krait::function(py, "twice", [](double x) { return 2 * x; });
    EXPECT_DOUBLE_EQ(twice(1.25).as<double>(), 2.5);
}

TEST(Functions, NamesDefaultsAndKeywords) {
    krait::Interpreter py;
    py.def("clamp", [](double x, double lo, double hi) { return std::min(std::max(x, lo), hi); },
           krait::arg("x"), krait::arg("lo") = 0.0, krait::arg("hi") = 1.0);
    EXPECT_DOUBLE_EQ(py.eval<double>("clamp(3)"), 1.0);
    EXPECT_DOUBLE_EQ(py.eval<double>("clamp(3, hi=2)"), 2.0);
    EXPECT_DOUBLE_EQ(py.eval<double>("clamp(hi=10, x=-4, lo=-1)"), -1.0);
    EXPECT_EQ(raised(py, "clamp()"), "TypeError: clamp() missing 1 required positional argument: 'x'");
    EXPECT_EQ(raised(py, "clamp(1, 2, 3, 4)"), "TypeError: clamp() takes from 1 to 3 positional arguments but 4 were given");
    EXPECT_EQ(raised(py, "clamp(1, y=2)"), "TypeError: clamp() got an unexpected keyword argument 'y'");
    EXPECT_EQ(raised(py, "clamp(1, x=2)"), "TypeError: clamp() got multiple values for argument 'x'");
    EXPECT_EQ(raised(py, "clamp('a')"), "TypeError: clamp() argument 'x' must be real number, not str");

    py.def("span", [](int a, int b) { return b - a; }, krait::arg("a"), krait::arg("b"));
    EXPECT_EQ(raised(py, "span()"), "TypeError: span() missing 2 required positional arguments: 'a' and 'b'");
    EXPECT_EQ(raised(py, "span(1, 2, 3)"), "TypeError: span() takes 2 positional arguments but 3 were given");

    // Without names, parameters are positional-only.
    py.def("add", add);
    EXPECT_EQ(raised(py, "add(1)"), "TypeError: add() takes exactly 2 arguments (1 given)");
    EXPECT_EQ(raised(py, "add(1, b=2)"), "TypeError: add() takes no keyword arguments");
    EXPECT_EQ(raised(py, "add(1, 'x')"), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ(raised(py, "add(1, [])"), "TypeError: 'list' object cannot be interpreted as an integer");
    EXPECT_EQ(raised(py, "add(1, 2**40)"), "OverflowError: Python int too large to convert to C++ int");
}

struct NotFound : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct Odd {};

TEST(Functions, CppExceptionsBecomePythonExceptions) {
    krait::Interpreter py;
    py.def("fail", [](const std::string& kind) -> int {
        if (kind == "arg") throw std::invalid_argument("bad argument");
        if (kind == "range") throw std::out_of_range("index 9 out of range");
        if (kind == "runtime") throw std::runtime_error("engine stalled");
        if (kind == "krait") throw krait::Error("KeyError", "no such player");
        if (kind == "unknown-type") throw krait::Error("NoSuchError", "made up");
        if (kind == "notfound") throw NotFound("no such file: save.dat");
        if (kind == "odd") throw Odd();
        return 0;
    });
    EXPECT_EQ(raised(py, "fail('arg')"), "ValueError: bad argument");
    EXPECT_EQ(raised(py, "fail('range')"), "IndexError: index 9 out of range");
    EXPECT_EQ(raised(py, "fail('runtime')"), "RuntimeError: engine stalled");
    EXPECT_EQ(raised(py, "fail('krait')"), "KeyError: 'no such player'");
    EXPECT_EQ(raised(py, "fail('unknown-type')"), "RuntimeError: NoSuchError: made up");
    EXPECT_EQ(raised(py, "fail('notfound')"), "RuntimeError: no such file: save.dat");
    EXPECT_EQ(raised(py, "fail('odd')"), "RuntimeError: unknown C++ exception");

    // Registered mappings, to a built-in exception or to a class of the script's.
    py.register_exception<NotFound>("FileNotFoundError");
    EXPECT_EQ(raised(py, "fail('notfound')"), "FileNotFoundError: no such file: save.dat");
    py.exec("class GameError(Exception):\n    pass\n");
    py.register_exception<Odd>(py.global("GameError"));
    EXPECT_EQ(raised(py, "fail('odd')"), "GameError: ");

    // Scripts catch them like any exception, and the interpreter carries on.
    py.exec(
        "try:\n"
        "    fail('range')\n"
        "except IndexError as e:\n"
        "    caught = str(e)\n");
    EXPECT_EQ(py.global("caught").as<std::string>(), "index 9 out of range");
}

TEST(Functions, PythonExceptionsCrossBackThroughCpp) {
    krait::Interpreter py;
    // The C++ function calls back into Python, whose exception passes through it unchanged.
    py.def("apply", [](krait::Handle f, int x) { return f(x); });
    py.exec(
        "class Boom(Exception):\n"
        "    pass\n"
        "def explode(x):\n"
        "    raise Boom(f'boom {x}')\n"
        "try:\n"
        "    apply(explode, 3)\n"
        "except Boom as e:\n"
        "    result = ('caught', str(e), type(e).__name__)\n");
    EXPECT_EQ(py.global("result").repr(), "('caught', 'boom 3', 'Boom')");
    EXPECT_EQ(py.eval<int>("apply(lambda v: v * 10, 4)"), 40);
}

}  // namespace
