// Native modules: made by the host, imported by scripts.
#include <gtest/gtest.h>

#include <string>

#include "krait/krait.hpp"

namespace {

std::string error(krait::Interpreter& py, std::string_view code) {
    try {
        py.exec(code);
    } catch (const krait::Error& e) {
        return e.type_name() + ": " + e.message();
    }
    return "no error";
}

struct Counter {
    int n = 0;
};

TEST(Modules, ImportAndFromImport) {
    krait::Interpreter py;
    krait::NativeModule m = py.module("tools");
    m.def("twice", [](int x) { return 2 * x; }, krait::arg("x"));
    m.set_attr("VERSION", "1.2");
    m.class_<Counter>("Counter").init<>().def("bump", [](Counter& c) { return ++c.n; });
    py.exec("import tools\nfrom tools import twice, Counter, VERSION\nc = Counter()\nc.bump()");
    EXPECT_EQ(py.eval<int>("tools.twice(x=21) + twice(1)"), 44);
    EXPECT_EQ(py.eval<std::string>("VERSION"), "1.2");
    EXPECT_EQ(py.eval<int>("c.bump()"), 2);
    EXPECT_EQ(py.eval<std::string>("tools.__name__"), "tools");
    EXPECT_TRUE(py.eval<bool>("__import__('sys').modules['tools'] is tools"));
    EXPECT_EQ(py.eval<std::string>("repr(tools.Counter)"), "<class 'tools.Counter'>");
    EXPECT_TRUE(py.import("tools").is(m));
    // Asking again gives the same module.
    EXPECT_TRUE(py.module("tools").is(m));
    EXPECT_EQ(error(py, "from tools import nothing"), "ImportError: cannot import name 'nothing' from 'tools' (unknown location)");
}

TEST(Modules, DottedNamesMakePackages) {
    krait::Interpreter py;
    py.module("host.geo").def("answer", [] { return 42; });
    py.module("host").submodule("io").set_attr("NAME", "hostio");
    EXPECT_EQ(py.eval<int>("__import__('host.geo').geo.answer()"), 42);
    py.exec("import host.geo\nfrom host import io\nfrom host.geo import answer");
    EXPECT_EQ(py.eval<int>("host.geo.answer() + answer()"), 84);
    EXPECT_EQ(py.eval<std::string>("io.NAME + ' ' + io.__name__ + ' ' + host.geo.__package__"),
              "hostio host.io host");
    EXPECT_EQ(error(py, "import host.missing"), "ModuleNotFoundError: No module named 'host.missing'");
}

TEST(Modules, ModulesOfTwoInterpretersAreSeparate) {
    krait::Interpreter a, b;
    a.module("only_a").set_attr("X", 1);
    EXPECT_EQ(a.eval<int>("__import__('only_a').X"), 1);
    EXPECT_EQ(error(b, "import only_a"), "ModuleNotFoundError: No module named 'only_a'");
    // The same C++ type may be bound in both.
    a.class_<Counter>("Counter").init<>();
    b.class_<Counter>("Counter").init<>();
    EXPECT_EQ(b.eval("Counter()").as<Counter&>().n, 0);
}

}  // namespace
