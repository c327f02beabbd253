// except* meeting an exception group whose split() is overridden to return nonsense. CPython
// 3.11 does not check the result (it crashes), so there is no CPython output to compare with
// in tests/py: these pin down that Krait raises a TypeError instead.
#include <gtest/gtest.h>

#include <string>

#include "krait/krait.hpp"

namespace {

struct Outcome {
    int status;
    std::string out, err;
};

Outcome run(const std::string& source) {
    Outcome r{};
    krait::Interpreter::Config config;
    config.out = [&](std::string_view s) { r.out += s; };
    config.err = [&](std::string_view s) { r.err += s; };
    krait::Interpreter interp(config);
    r.status = interp.run_main(source, "test.py");
    return r;
}

std::string with_split(const std::string& result) {
    return "class G(ExceptionGroup):\n"
           "    def split(self, t):\n"
           "        return " + result + "\n"
           "try:\n"
           "    try:\n"
           "        raise G('g', [ValueError(1), TypeError(2)])\n"
           "    except* ValueError:\n"
           "        print('clause ran')\n"
           "except TypeError as e:\n"
           "    print(e)\n";
}

TEST(ExceptStar, SplitMustReturnATuple) {
    Outcome r = run(with_split("None"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "G.split must return a tuple, not NoneType\n");
}

TEST(ExceptStar, SplitMustReturnAPair) {
    Outcome r = run(with_split("(None,)"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "G.split must return a 2-tuple, got tuple of size 1\n");
}

TEST(ExceptStar, SplitMustReturnExceptions) {
    Outcome r = run(with_split("(1, None)"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "G.split must return exceptions or None, not int\n");
    r = run(with_split("(None, 'rest')"));
    EXPECT_EQ(r.out, "G.split must return exceptions or None, not str\n");
}

TEST(ExceptStar, SplitResultsThatAreExceptionsAreUsedAsGiven) {
    // A longer tuple is accepted (CPython 3.12 allows it for compatibility), and the parts
    // need not be groups: the clause gets what split() returned.
    Outcome r = run("class G(ExceptionGroup):\n"
                "    def split(self, t):\n"
                "        return (KeyError('m'), None, 'ignored')\n"
                "try:\n"
                "    raise G('g', [ValueError(1), TypeError(2)])\n"
                "except* ValueError as e:\n"
                "    print(repr(e))\n");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "KeyError('m')\n");
}

}  // namespace
