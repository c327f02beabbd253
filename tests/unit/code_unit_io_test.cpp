// compiler/code_unit_io: units compiled from many sources survive serialize/deserialize field
// by field, and malformed bytes (truncated, corrupted, hostile counts and depths) are refused
// cleanly.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/code_unit_io.hpp"
#include "code_units.hpp"

namespace krait::compiler {
namespace {

namespace fs = std::filesystem;
using testing_code::compile_text;
using testing_code::expect_same;
using testing_code::read;

// Serializes, reads back, compares; serializing the copy gives the same bytes.
void round_trip(const CodeUnit& unit, const std::string& where) {
    std::string bytes = serialize(unit);
    std::string error;
    auto back = deserialize(bytes, &error);
    ASSERT_TRUE(back) << where << ": " << error;
    expect_same(unit, *back, where);
    EXPECT_EQ(serialize(*back), bytes) << where;
}

const std::string kSources[] = {
    "",
    "pass\n",
    // Every constant kind, including the awkward ones.
    "a = None, True, False, ...\n"
    "b = 0, 7, -1, 2**62, 123456789012345678901234567890, 0x7fFF_ffff_ffff_ffff_ffff, 0o777, 0b1011, 0b0\n"
    "c = 0.0, -0.0, 1.5, 1e308, 1e-320, float('nan'), 1e999, -1e999\n"
    "d = '', 'x', 'caf\\u00e9 \\U0001F600', '\\x00\\n', '\\ud800', 'a' * 3\n"
    "e = b'', b'\\x00\\xff\\x80', rb'\\d'\n"
    "f = ((1, (2, (3, ('x', b'y', None)))), ())\n"
    "g = frozenset({1, 2}), {1: 2}, [1, 2], {3}\n",
    // Functions: parameters of every kind, defaults, annotations, closures, cells as parameters.
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n"
    "    def g(x: int = a):\n"
    "        nonlocal b\n"
    "        b = x + c\n"
    "        return lambda: (b, d, e, kw)\n"
    "    return g\n"
    "def h(p):\n"
    "    return [lambda: p for _ in range(3)]\n",
    // Classes, super, __class__, decorators, properties, class-level comprehensions.
    "import functools\n"
    "class A(object, metaclass=type):\n"
    "    '''doc'''\n"
    "    x: int = 1\n"
    "    ys = [x for x in range(3)]\n"
    "    @property\n"
    "    def p(self): return super().__init__ and __class__\n"
    "    @functools.lru_cache(maxsize=None)\n"
    "    def m(self, *a, **k): return self.p(*a, key=1, **k)\n",
    // Control flow and exception tables.
    "def f(xs):\n"
    "    for x in xs:\n"
    "        try:\n"
    "            if x: continue\n"
    "            while x > 0:\n"
    "                x -= 1\n"
    "                if x == 3: break\n"
    "            else:\n"
    "                pass\n"
    "        except (ValueError, TypeError) as e:\n"
    "            raise RuntimeError('x') from e\n"
    "        finally:\n"
    "            with open(x) as f, open(x) as g:\n"
    "                del f\n"
    "    assert xs, 'empty'\n"
    "    return [y for y in xs if y], {k: v for k, v in xs}, {z for z in xs}, (w for w in xs)\n",
    // Generators, coroutines, async generators.
    "def gen():\n"
    "    x = yield 1\n"
    "    yield from range(x)\n"
    "    return 5\n"
    "async def co(a):\n"
    "    async with a as b:\n"
    "        async for c in b:\n"
    "            await c\n"
    "    return [d async for d in a]\n"
    "async def agen():\n"
    "    yield 1\n"
    "    await agen()\n",
    // Globals, imports, star imports, f-strings, walrus, unpacking, slices, augmented targets.
    "from os import path as p, sep\n"
    "from os.path import *\n"
    "import os.path\n"
    "global_thing = 1\n"
    "def f(a):\n"
    "    global global_thing\n"
    "    global_thing += 1\n"
    "    if (n := len(a)) > 2: pass\n"
    "    x, *y, z = a\n"
    "    a[1:2:3] = a[::-1]\n"
    "    a.b.c += 1\n"
    "    return f'{a!r:>{n}} {x=} {y}'\n",
    // Lines beyond the first, lines that go backwards, blank stretches.
    "x = (1,\n\n\n 2)\n\n\n\n\n\n\n\n\n\n\ny = [\n  i\n  for i in x\n  if i\n]\n"
    "def far():\n    return 1\n" +
        std::string(3000, '\n') + "z = far()\n",
};

TEST(CodeUnitIo, RoundTripsSources) {
    for (size_t i = 0; i < std::size(kSources); ++i) {
        auto unit = compile_text(kSources[i]);
        ASSERT_TRUE(unit) << "source " << i << " does not compile";
        round_trip(*unit, "source " + std::to_string(i));
    }
}

TEST(CodeUnitIo, RoundTripsDeepNesting) {
    // Nested functions, and tuple constants nested as deep as brackets may be (200).
    std::string src;
    for (int i = 0; i < 80; ++i) src += std::string(i * 4, ' ') + "def f" + std::to_string(i) + "():\n";
    src += std::string(80 * 4, ' ') + "return 1\n";
    std::string t = "x = ";
    for (int i = 0; i < 190; ++i) t += "(";
    t += "1,";
    for (int i = 0; i < 190; ++i) t += "),";
    src += t.substr(0, t.size() - 1) + "\n";
    auto unit = compile_text(src);
    ASSERT_TRUE(unit);
    round_trip(*unit, "deep");
}

// Every module embedded in the binary and every test script that compiles.
TEST(CodeUnitIo, RoundTripsFiles) {
    fs::path root = fs::path(KRAIT_TESTS_DIR).parent_path();
    int n = 0;
    for (fs::path dir : {root / "stdlib" / "py", root / "tests" / "py", root / "tests" / "ast"}) {
        for (const auto& e : fs::recursive_directory_iterator(dir)) {
            if (!e.is_regular_file() || e.path().extension() != ".py") continue;
            auto unit = compile_text(read(e.path()), e.path().filename().string());
            if (!unit) continue;  // scripts that test syntax errors
            round_trip(*unit, e.path().string());
            ++n;
            if (HasFatalFailure()) return;
        }
    }
    EXPECT_GT(n, 300);
}

TEST(CodeUnitIo, SharesStrings) {
    // Names repeated across units are stored once: the second copy costs about its index.
    std::string one = "def f(alpha_beta_gamma): return alpha_beta_gamma.delta_epsilon\n";
    std::string many;
    for (int i = 0; i < 50; ++i) many += one;
    size_t a = serialize(*compile_text(one)).size(), b = serialize(*compile_text(many)).size();
    EXPECT_LT(b, 50 * a / 2);
}

// --- Malformed input ----------------------------------------------------------------------

std::string sample_bytes() {
    auto unit = compile_text(kSources[3]);  // functions with closures and defaults
    return serialize(*unit);
}

TEST(CodeUnitIo, RefusesEveryTruncation) {
    std::string bytes = sample_bytes();
    for (size_t n = 0; n < bytes.size(); ++n) {
        std::string error;
        EXPECT_FALSE(deserialize(std::string_view(bytes).substr(0, n), &error)) << "prefix of " << n << " bytes";
        EXPECT_FALSE(error.empty());
    }
    EXPECT_TRUE(deserialize(bytes));
    EXPECT_FALSE(deserialize(bytes + '\0'));  // trailing bytes
}

TEST(CodeUnitIo, SurvivesCorruption) {
    // Every byte replaced by a few values: each result is refused or reads back as a unit that
    // passes the checks (and re-serializes); under ASan this also shows nothing reads out of
    // bounds.
    std::string bytes = sample_bytes();
    int refused = 0, accepted = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        for (int v : {0x00, 0x01, 0x7F, 0x80, 0xFF, uint8_t(bytes[i]) ^ 0x04}) {
            if (uint8_t(bytes[i]) == v) continue;
            std::string bad = bytes;
            bad[i] = char(v);
            std::string error;
            auto unit = deserialize(bad, &error);
            if (unit) {
                ++accepted;
                EXPECT_TRUE(deserialize(serialize(*unit)));
            } else {
                ++refused;
                EXPECT_FALSE(error.empty());
            }
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(accepted, 0);  // a changed line number or name is still a valid unit
}

// A header for hand-made inputs: magic, version, instruction set.
std::string header() {
    std::string h(kCodeUnitMagic, sizeof kCodeUnitMagic);
    h += char(kCodeUnitFormat);
    uint32_t n = kInstructionSet;
    while (n >= 0x80) {
        h += char(n | 0x80);
        n >>= 7;
    }
    h += char(n);
    return h;
}

TEST(CodeUnitIo, RefusesHostileCounts) {
    // Four billion strings in a few bytes: refused before anything is allocated.
    EXPECT_FALSE(deserialize(header() + "\xff\xff\xff\xff\x0f"));
    // A varint that never ends, and one too large for 64 bits.
    EXPECT_FALSE(deserialize(header() + std::string(20, '\xff')));
    EXPECT_FALSE(deserialize(header() + std::string(9, '\xff') + "\x7f"));
    // Another format version, another instruction set, not a unit at all.
    std::string bytes = sample_bytes();
    std::string other = bytes;
    other[4] = char(kCodeUnitFormat + 1);
    EXPECT_FALSE(deserialize(other));
    other = bytes;
    other[5] = char(other[5] + 1);
    EXPECT_FALSE(deserialize(other));
    EXPECT_FALSE(deserialize("print('hello')\n"));
    EXPECT_FALSE(deserialize(""));
}

// A unit whose single constant is a tuple nested `depth` deep, by hand.
std::string nested_tuples(int depth) {
    std::string s = header();
    auto bytes = [&](std::initializer_list<int> b) {
        for (int x : b) s += char(x);
    };
    bytes({1, 0});                    // the string table: one string, ""
    bytes({0, 0, 0});                 // name, qualname, filename
    bytes({2, 0, 0, 0, 0, 0});        // firstlineno 1, flags, argcount, posonly, kwonly, stacksize
    bytes({1});                       // one constant
    bytes({0, 0, 0, 0});              // no names, varnames, cellvars, freevars
    bytes({0, 0, 0});                 // no instructions, lines or handlers
    for (int i = 0; i < depth; ++i) bytes({CodeConstant::Tuple, 1});  // a tuple of one item ...
    bytes({CodeConstant::None});      // ... down to None
    return s;
}

TEST(CodeUnitIo, RefusesDeepNestingWithoutRecursingOn) {
    std::string error;
    auto ok = deserialize(nested_tuples(100), &error);
    ASSERT_TRUE(ok) << error;
    EXPECT_EQ(ok->consts[0].kind, CodeConstant::Tuple);
    EXPECT_FALSE(deserialize(nested_tuples(200000), &error));
    EXPECT_NE(error.find("nested too deeply"), std::string::npos) << error;
}

TEST(CodeUnitIo, RefusesBadIndexes) {
    auto unit = compile_text("def f(a):\n    global g\n    return g + a\n");
    ASSERT_TRUE(unit);
    auto check_refused = [&](auto mutate, const char* what) {
        CodeUnit copy = *unit;
        mutate(copy);
        std::string error;
        EXPECT_FALSE(deserialize(serialize(copy), &error)) << what;
        EXPECT_FALSE(error.empty()) << what;
    };
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op::LOAD_CONST, 99)); c.lines.push_back(1); }, "const");
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op::LOAD_NAME, 99)); c.lines.push_back(1); }, "name");
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op::LOAD_FAST, 0)); c.lines.push_back(1); }, "local");
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op::LOAD_DEREF, 0)); c.lines.push_back(1); }, "cell");
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op::JUMP, 1000)); c.lines.push_back(1); }, "jump");
    check_refused([](CodeUnit& c) { c.code.push_back(vm::encode(vm::Op(vm::kOpCount - 1), 0)); c.code.back() += 1; c.lines.push_back(1); }, "opcode");
    check_refused([](CodeUnit& c) { c.lines.pop_back(); }, "lines");
    check_refused([](CodeUnit& c) { c.exceptions.push_back({0, 100, 0, 0, false}); }, "handler range");
    check_refused([](CodeUnit& c) { c.exceptions.push_back({0, 1, 0, 1000, false}); }, "handler depth");
    check_refused([](CodeUnit& c) { c.argcount = 5; }, "parameters");
    check_refused([](CodeUnit& c) { c.posonlyargcount = 1; }, "positional-only parameters");
    check_refused([](CodeUnit& c) {
        CodeConstant k;
        k.kind = CodeConstant::Int;
        k.base = 8;
        k.text = "19";
        c.consts.push_back(k);
    }, "digits");
    check_refused([](CodeUnit& c) {
        CodeConstant k;
        k.kind = CodeConstant::Int;
        k.base = 7;
        k.text = "1";
        c.consts.push_back(k);
    }, "base");
}

}  // namespace
}  // namespace krait::compiler
