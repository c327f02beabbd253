// Bound C++ classes as scripts see them: construction, methods, properties, static and
// special methods, conversions, subclassing, and instances owned by the collector.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "krait/krait.hpp"

namespace {

struct Vec {
    double x = 0, y = 0;
    double length() const { return std::sqrt(x * x + y * y); }
    Vec operator+(const Vec& o) const { return {x + o.x, y + o.y}; }
    void scale(double k) { x *= k, y *= k; }
    double get_y() const { return y; }
    void set_y(double v) { y = v; }
};

std::string fmt(double d) {
    std::string s = std::to_string(d);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s += '0';
    return s;
}

struct Fixture : ::testing::Test {
    std::string out;
    krait::Interpreter py{[this] {
        krait::Interpreter::Config c;
        c.out = [this](std::string_view s) { out += s; };
        return c;
    }()};

    void bind_vec() {
        py.module("geometry")
            .def("dot", [](const Vec& a, const Vec& b) { return a.x * b.x + a.y * b.y; })
            .class_<Vec>("Vec", "A point in the plane.")
            .init<double, double>(krait::arg("x") = 0.0, krait::arg("y") = 0.0)
            .def("length", &Vec::length)
            .def("scale", &Vec::scale, krait::arg("k"))
            .property("x", &Vec::x)
            .property("y", &Vec::get_y, &Vec::set_y)
            .property_readonly("len", &Vec::length)
            .static_def("zero", [] { return Vec{0, 0}; })
            .def("__add__", [](const Vec& a, const Vec& b) { return a + b; })
            .def("__eq__", [](const Vec& a, const Vec& b) { return a.x == b.x && a.y == b.y; })
            .def("__lt__", [](const Vec& a, const Vec& b) { return a.length() < b.length(); })
            .def("__repr__", [](const Vec& v) { return "Vec(" + fmt(v.x) + ", " + fmt(v.y) + ")"; })
            .def("__len__", [](const Vec&) { return 2; })
            .def("__getitem__", [](const Vec& v, long i) {
                if (i < 0) i += 2;
                if (i == 0) return v.x;
                if (i == 1) return v.y;
                throw std::out_of_range("Vec index out of range");
            })
            .def("__bool__", [](const Vec& v) { return v.x != 0 || v.y != 0; })
            .def("__neg__", [](const Vec& v) { return Vec{-v.x, -v.y}; })
            .def("__mul__", [](const Vec& v, double k) { return Vec{v.x * k, v.y * k}; })
            .def("__rmul__", [](const Vec& v, double k) { return Vec{v.x * k, v.y * k}; })
            .class_attr("DIMENSIONS", 2);
        py.exec("import geometry\nfrom geometry import Vec");
    }

    std::string error(std::string_view code) {
        try {
            py.exec(code);
        } catch (const krait::Error& e) {
            return e.type_name() + ": " + e.message();
        }
        return "no error";
    }
};

TEST_F(Fixture, ConstructAndCallMethods) {
    bind_vec();
    py.exec("v = Vec(1, 2) + Vec(3, 4)\nprint(v, v.length(), Vec(y=1), Vec())");
    EXPECT_EQ(out, "Vec(4.0, 6.0) 7.211102550927978 Vec(0.0, 1.0) Vec(0.0, 0.0)\n");
    EXPECT_DOUBLE_EQ(py.eval<double>("Vec(3, 4).length()"), 5.0);
    EXPECT_DOUBLE_EQ(py.eval<double>("Vec.length(Vec(3, 4))"), 5.0);
    py.exec("v.scale(k=2)");
    EXPECT_EQ(py.eval("v").repr(), "Vec(8.0, 12.0)");
    EXPECT_DOUBLE_EQ(py.eval<double>("geometry.dot(Vec(1, 2), Vec(3, 4))"), 11.0);
    EXPECT_EQ(py.eval<std::string>("repr(Vec)"), "<class 'geometry.Vec'>");
    EXPECT_EQ(py.eval<std::string>("Vec.__module__ + ' ' + Vec.__name__ + ' ' + Vec.__qualname__"),
              "geometry Vec Vec");
    EXPECT_EQ(py.eval<std::string>("Vec.__doc__"), "A point in the plane.");
    EXPECT_EQ(py.eval<std::string>("type(Vec.length).__name__"), "method_descriptor");
    EXPECT_EQ(py.eval<std::string>("repr(Vec.length)"), "<method 'length' of 'geometry.Vec' objects>");
    EXPECT_EQ(py.eval<int>("Vec.DIMENSIONS + Vec().DIMENSIONS"), 4);
}

TEST_F(Fixture, SpecialMethodsReachTheSlots) {
    bind_vec();
    EXPECT_TRUE(py.eval<bool>("Vec(1, 2) == Vec(1, 2)"));
    EXPECT_FALSE(py.eval<bool>("Vec(1, 2) != Vec(1, 2)"));
    EXPECT_FALSE(py.eval<bool>("Vec(1, 2) == 3"));  // NotImplemented, then identity
    EXPECT_TRUE(py.eval<bool>("Vec(1, 2) < Vec(3, 4) and Vec(3, 4) > Vec(1, 2)"));
    EXPECT_EQ(py.eval<int>("len(Vec())"), 2);
    EXPECT_DOUBLE_EQ(py.eval<double>("Vec(5, 6)[1] + Vec(5, 6)[-2]"), 11.0);
    EXPECT_EQ(py.eval<std::vector<double>>("list(Vec(5, 6))"), (std::vector<double>{5, 6}));  // __getitem__ iteration
    EXPECT_EQ(py.eval<std::string>("str(Vec(1, 2)) + ' ' + f'{Vec(1, 2)!r}'"), "Vec(1.0, 2.0) Vec(1.0, 2.0)");
    EXPECT_FALSE(py.eval<bool>("bool(Vec())"));
    EXPECT_TRUE(py.eval<bool>("bool(Vec(1, 0))"));
    EXPECT_EQ(py.eval("-Vec(1, 2)").repr(), "Vec(-1.0, -2.0)");
    EXPECT_EQ(py.eval("Vec(1, 2) * 3").repr(), "Vec(3.0, 6.0)");
    EXPECT_EQ(py.eval("2 * Vec(1, 2)").repr(), "Vec(2.0, 4.0)");
    EXPECT_EQ(py.eval<std::string>("max([Vec(1, 1), Vec(5, 5), Vec(2, 2)]).__repr__()"), "Vec(5.0, 5.0)");
    // CPython's messages for what the class does not support.
    EXPECT_EQ(error("Vec() + 1"), "TypeError: unsupported operand type(s) for +: 'geometry.Vec' and 'int'");
    EXPECT_EQ(error("Vec()[5]"), "IndexError: Vec index out of range");
    EXPECT_EQ(error("hash(Vec())"), "TypeError: unhashable type: 'geometry.Vec'");
    EXPECT_EQ(error("Vec() < 1"), "TypeError: '<' not supported between instances of 'geometry.Vec' and 'int'");
}

TEST_F(Fixture, HashAndIter) {
    py.class_<Vec>("P")
        .init<double, double>()
        .def("__eq__", [](const Vec& a, const Vec& b) { return a.x == b.x && a.y == b.y; })
        .def("__hash__", [](const Vec& v) { return static_cast<long>(v.x * 31 + v.y); })
        .def("__iter__", [this](const Vec& v) { return py.builtins().attr("iter")(std::vector<double>{v.x, v.y}); })
        .def("__contains__", [](const Vec& v, double d) { return v.x == d || v.y == d; });
    EXPECT_EQ(py.eval<long>("hash(P(1, 2))"), 33);
    EXPECT_EQ(py.eval<int>("len({P(1, 2), P(1, 2), P(2, 1)})"), 2);
    EXPECT_EQ(py.eval<std::vector<double>>("[*P(3, 4)]"), (std::vector<double>{3, 4}));
    EXPECT_TRUE(py.eval<bool>("4 in P(3, 4) and 5 not in P(3, 4)"));
    EXPECT_EQ(py.eval<std::string>("repr(P)"), "<class '__main__.P'>");
}

TEST_F(Fixture, Properties) {
    bind_vec();
    py.exec("v = Vec(3, 4)\nv.x = 6\nv.y = 8\nprint(v.x, v.y, v.len)");
    EXPECT_EQ(out, "6.0 8.0 10.0\n");
    EXPECT_EQ(error("v.len = 1"), "AttributeError: property 'len' of 'geometry.Vec' object has no setter");
    EXPECT_EQ(error("del v.x"), "AttributeError: property 'x' of 'geometry.Vec' object has no deleter");
    EXPECT_EQ(error("v.x = 'a'"), "TypeError: must be real number, not str");
    EXPECT_EQ(error("v.y = 'a'"), "TypeError: must be real number, not str");
    EXPECT_EQ(error("v.z = 1"), "AttributeError: 'geometry.Vec' object has no attribute 'z'");
    EXPECT_EQ(error("Vec.x = 1"), "TypeError: cannot set 'x' attribute of immutable type 'Vec'");
    EXPECT_EQ(py.eval<std::string>("type(Vec.x).__name__"), "property");
}

TEST_F(Fixture, StaticMethods) {
    bind_vec();
    EXPECT_EQ(py.eval("Vec.zero()").repr(), "Vec(0.0, 0.0)");
    EXPECT_EQ(py.eval("Vec(1, 1).zero()").repr(), "Vec(0.0, 0.0)");
}

TEST_F(Fixture, ArgumentErrors) {
    bind_vec();
    EXPECT_EQ(error("Vec.length(3)"),
              "TypeError: descriptor 'length' for 'geometry.Vec' objects doesn't apply to a 'int' object");
    EXPECT_EQ(error("Vec.length()"), "TypeError: unbound method Vec.length() needs an argument");
    EXPECT_EQ(error("geometry.dot(3, Vec())"), "TypeError: dot() argument 1 must be Vec, not int");
    EXPECT_EQ(error("geometry.dot(Vec(), None)"), "TypeError: dot() argument 2 must be Vec, not None");
    EXPECT_EQ(error("Vec().scale('a')"), "TypeError: scale() argument 'k' must be real number, not str");
    EXPECT_EQ(error("Vec().scale()"), "TypeError: scale() missing 1 required positional argument: 'k'");
    EXPECT_EQ(error("Vec().length(1)"), "TypeError: length() takes 0 positional arguments but 1 was given");
    EXPECT_EQ(error("Vec(1, 2, 3)"), "TypeError: __init__() takes from 0 to 2 positional arguments but 3 were given");
    EXPECT_EQ(error("Vec(z=1)"), "TypeError: __init__() got an unexpected keyword argument 'z'");
    EXPECT_EQ(error("Vec('a')"), "TypeError: __init__() argument 'x' must be real number, not str");
}

TEST_F(Fixture, Overloads) {
    // Binding a name twice overloads it: the first overload the arguments fit runs.
    py.module("shapes")
        .class_<Vec>("Vec")
        .init<>()
        .init<double, double>(krait::arg("x"), krait::arg("y"))
        .def("scale", &Vec::scale)
        .def("scale", [](Vec& v, double kx, double ky) { v.x *= kx, v.y *= ky; })
        .def("__mul__", [](const Vec& v, double k) { return Vec{v.x * k, v.y * k}; })
        .def("__mul__", [](const Vec& a, const Vec& b) { return a.x * b.x + a.y * b.y; })
        .def("__repr__", [](const Vec& v) { return "Vec(" + fmt(v.x) + ", " + fmt(v.y) + ")"; });
    py.exec("from shapes import Vec\nv = Vec(1, 2)\nv.scale(2)\nw = Vec(y=1, x=3)\nw.scale(2, 3)\n");
    EXPECT_EQ(py.eval("(Vec(), v, w)").repr(), "(Vec(0.0, 0.0), Vec(2.0, 4.0), Vec(6.0, 3.0))");
    EXPECT_EQ(py.eval("v * 2").repr(), "Vec(4.0, 8.0)");
    EXPECT_DOUBLE_EQ(py.eval<double>("v * w"), 24.0);
    EXPECT_EQ(error("v * None"), "TypeError: unsupported operand type(s) for *: 'shapes.Vec' and 'NoneType'");
    EXPECT_EQ(error("Vec(1)"),
              "TypeError: __init__(): the arguments fit none of its overloads:\n"
              "  1. __init__() takes 0 positional arguments but 1 was given\n"
              "  2. __init__() missing 1 required positional argument: 'y'");
    EXPECT_EQ(error("Vec('a', 1)"),
              "TypeError: __init__(): the arguments fit none of its overloads:\n"
              "  1. __init__() takes 0 positional arguments but 2 were given\n"
              "  2. __init__() argument 'x' must be real number, not str");
    EXPECT_EQ(error("v.scale('a')"),
              "TypeError: scale(): the arguments fit none of its overloads:\n"
              "  1. scale() argument 1 must be real number, not str\n"
              "  2. scale() takes exactly 2 arguments (1 given)");
}

TEST_F(Fixture, NoInit) {
    py.module("geometry").class_<Vec>("Vec").def("length", &Vec::length);
    EXPECT_EQ(error("import geometry; geometry.Vec()"), "TypeError: cannot create 'geometry.Vec' instances");
    py.set_global("v", Vec{3, 4});  // C++ values still become instances
    EXPECT_DOUBLE_EQ(py.eval<double>("v.length()"), 5.0);
}

TEST_F(Fixture, InstancesToAndFromCpp) {
    bind_vec();
    py.exec("v = Vec(1, 2)");
    Vec& ref = py.eval("v").as<Vec&>();
    ref.x = 10;  // the object inside the instance
    EXPECT_EQ(py.eval("v").repr(), "Vec(10.0, 2.0)");
    const Vec* ptr = py.eval("v").as<const Vec*>();
    EXPECT_EQ(ptr, &ref);
    EXPECT_EQ(py.eval("None").as<Vec*>(), nullptr);
    Vec copy = py.eval("v").as<Vec>();
    copy.y = 99;
    EXPECT_EQ(py.eval("v").repr(), "Vec(10.0, 2.0)");
    py.set_global("w", Vec{1, 1});
    EXPECT_EQ(py.eval("w + v").repr(), "Vec(11.0, 3.0)");
    krait::Handle h = py.object(Vec{3, 4});
    EXPECT_TRUE(h.isinstance(py.import("geometry").attr("Vec")));
    EXPECT_DOUBLE_EQ(h.call_method("length").as<double>(), 5.0);
    try {
        py.eval("3").as<Vec&>();
        FAIL();
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "TypeError");
        EXPECT_EQ(e.message(), "must be Vec, not int");
    }
    // Functions taking Vec&, Vec* and Vec by value.
    py.def("grow", [](Vec& v) { v.x += 1; });
    py.def("maybe", [](const Vec* v) { return v ? v->x : -1.0; });
    py.def("byval", [](Vec v) { v.x = 0; return v; });
    py.exec("grow(v)\nu = byval(v)");
    EXPECT_EQ(py.eval("v").repr(), "Vec(11.0, 2.0)");
    EXPECT_EQ(py.eval("u").repr(), "Vec(0.0, 2.0)");
    EXPECT_DOUBLE_EQ(py.eval<double>("maybe(None)"), -1.0);
    EXPECT_DOUBLE_EQ(py.eval<double>("maybe(v)"), 11.0);
}

// Counts constructions and destructions; neither copyable nor movable.
struct Counted {
    static inline int alive = 0, destroyed = 0;
    std::string name;
    std::vector<int> data = std::vector<int>(100, 1);  // heap memory: leaks show under ASan
    explicit Counted(std::string n) : name(std::move(n)) { ++alive; }
    Counted(const Counted&) = delete;
    Counted& operator=(const Counted&) = delete;
    ~Counted() {
        --alive;
        ++destroyed;
    }
};

TEST(ClassLifetime, CollectorRunsDestructors) {
    Counted::alive = Counted::destroyed = 0;
    {
        krait::Interpreter py;
        py.class_<Counted>("Counted")
            .init<std::string>()
            .def("name", [](const Counted& c) { return c.name; })
            .def("__init_twice", [](Counted&) {});
        py.exec("import gc\na = Counted('a')\nb = [Counted(str(i)) for i in range(10)]");
        EXPECT_EQ(Counted::alive, 11);
        py.exec("b = None\ngc.collect()");
        EXPECT_EQ(Counted::alive, 1);
        EXPECT_EQ(Counted::destroyed, 10);
        // A cycle through an instance of a subclass (it has a __dict__).
        py.exec("class Sub(Counted):\n    pass\ns = Sub('s')\ns.me = s\ns = None\ngc.collect()");
        EXPECT_EQ(Counted::alive, 1);
        EXPECT_EQ(Counted::destroyed, 11);
        EXPECT_EQ(py.eval<std::string>("a.name()"), "a");
        EXPECT_EQ(py.eval<std::string>("a.name()"), "a");
        // A failed constructor leaves nothing to destroy.
        EXPECT_THROW(py.exec("Counted(1)"), krait::Error);
        // __init__ again on a constructed instance.
        try {
            py.exec("a.__init__('again')");
            FAIL();
        } catch (const krait::Error& e) {
            EXPECT_EQ(e.message(), "'Counted' object is already initialized");
        }
        py.exec("keep = Counted('kept')");
    }
    // The interpreter's end destroys what was still alive.
    EXPECT_EQ(Counted::alive, 0);
    EXPECT_EQ(Counted::destroyed, 13);
}

TEST(ClassLifetime, HandleKeepsInstanceAlive) {
    Counted::alive = Counted::destroyed = 0;
    krait::Interpreter py;
    py.class_<Counted>("Counted").init<std::string>();
    krait::Handle h = py.eval("Counted('h')");
    Counted& c = h.as<Counted&>();
    py.exec("import gc; gc.collect()");
    EXPECT_EQ(Counted::alive, 1);
    EXPECT_EQ(c.name, "h");
    h = krait::Handle();
    py.exec("gc.collect()");
    EXPECT_EQ(Counted::alive, 0);
}

TEST_F(Fixture, Subclassing) {
    bind_vec();
    py.exec(R"(
class V3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f'V3({self.x}, {self.y}, {self.z})'
    def length(self):
        return (super().length() ** 2 + self.z ** 2) ** 0.5
v = V3(1, 2, 2)
print(v, v.length(), isinstance(v, Vec), v + Vec(1, 1), geometry.dot(v, v))
class Bad(Vec):
    def __init__(self):
        pass
)");
    EXPECT_EQ(out, "V3(1.0, 2.0, 2) 3.0 True Vec(2.0, 3.0) 5.0\n");
    EXPECT_EQ(py.eval("v").as<Vec&>().y, 2.0);
    EXPECT_EQ(error("Bad().length()"),
              "TypeError: 'Bad' object is not initialized: Bad.__init__() must call Vec.__init__()");
    EXPECT_EQ(error("repr(Bad())"),
              "TypeError: 'Bad' object is not initialized: Bad.__init__() must call Vec.__init__()");
}

TEST_F(Fixture, ExceptionsFromMethods) {
    py.class_<Vec>("Vec")
        .init<>()
        .def("fail", [](const Vec&) -> int { throw std::invalid_argument("bad vec"); })
        .def("raise_key", [](const Vec&) -> int { throw krait::Error("KeyError", "k"); });
    EXPECT_EQ(error("Vec().fail()"), "ValueError: bad vec");
    EXPECT_EQ(error("Vec().raise_key()"), "KeyError: 'k'");
}

TEST(ClassBinding, UnboundTypeIsAnError) {
    krait::Interpreter py;
    try {
        py.object(Vec{1, 2});
        FAIL();
    } catch (const krait::Error& e) {
        EXPECT_EQ(e.type_name(), "TypeError");
        EXPECT_NE(e.message().find("no Python class is bound to the C++ type"), std::string::npos);
    }
    py.class_<Vec>("Vec");
    EXPECT_THROW(py.class_<Vec>("Vec2"), std::logic_error);
}

}  // namespace
