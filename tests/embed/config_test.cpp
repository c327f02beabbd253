// Interpreter::Config: where output and errors go, sys.argv, the module search path and the
// recursion limit.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "krait/krait.hpp"

namespace {

struct Streams {
    std::string out, err;
    krait::Interpreter::Config config() {
        krait::Interpreter::Config c;
        c.out = [this](std::string_view s) { out += s; };
        c.err = [this](std::string_view s) { err += s; };
        return c;
    }
};

TEST(Config, OutputAndErrorsGoToTheCallbacks) {
    Streams s;
    krait::Interpreter py(s.config());
    py.exec(
        "import sys, warnings\n"
        "print('to out', end='!\\n')\n"
        "sys.stdout.write('also out\\n')\n"
        "print('to err', file=sys.stderr)\n"
        "warnings.warn('careful')\n");
    EXPECT_EQ(s.out, "to out!\nalso out\n");
    EXPECT_EQ(s.err, "to err\n<string>:5: UserWarning: careful\n");
    s.err.clear();
    // A program's uncaught exception: its traceback goes to err, and the status is 1.
    EXPECT_EQ(py.run_main("x = 1\nraise KeyError('gone')\n", "prog.py"), 1);
    EXPECT_EQ(s.err,
              "Traceback (most recent call last):\n"
              "  File \"prog.py\", line 2, in <module>\n"
              "KeyError: 'gone'\n");
    EXPECT_EQ(py.run_main("import sys\nsys.exit(3)\n", "prog.py"), 3);
}

TEST(Config, ArgvAndThePathScriptsImportFrom) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("krait-config-test-" + std::to_string(getpid()));
    fs::create_directories(dir / "tools");
    std::ofstream(dir / "levels.py") << "NAMES = ['cave', 'tower']\n";
    std::ofstream(dir / "tools" / "__init__.py") << "";
    std::ofstream(dir / "tools" / "dice.py") << "def roll():\n    return 4\n";
    {
        krait::Interpreter::Config c;
        c.argv = {"game.py", "--level", "2"};
        c.path = {dir.string()};
        krait::Interpreter py(c);
        EXPECT_EQ(py.eval<std::vector<std::string>>("__import__('sys').argv"),
                  (std::vector<std::string>{"game.py", "--level", "2"}));
        py.exec("import levels\nfrom tools.dice import roll\n");
        EXPECT_EQ(py.eval<std::string>("levels.NAMES[1]"), "tower");
        EXPECT_EQ(py.eval<int>("roll()"), 4);
        try {
            py.exec("import missing_module");
            ADD_FAILURE() << "no exception";
        } catch (const krait::Error& e) {
            EXPECT_EQ(e.type_name(), "ModuleNotFoundError");
            EXPECT_EQ(e.message(), "No module named 'missing_module'");
        }
    }
    fs::remove_all(dir);
}

TEST(Config, RecursionLimit) {
    krait::Interpreter::Config c;
    c.recursion_limit = 60;
    krait::Interpreter py(c);
    EXPECT_EQ(py.eval<int>("__import__('sys').getrecursionlimit()"), 60);
    py.exec("def depth(n):\n    return depth(n + 1)\n");
    try {
        py.eval("depth(0)");
        ADD_FAILURE() << "no exception";
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "RecursionError");
        EXPECT_EQ(e.message(), "maximum recursion depth exceeded");
    }
    // Within the limit, calls still work afterwards.
    py.exec("def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n");
    EXPECT_EQ(py.eval<int>("down(40)"), 40);
}

}  // namespace
