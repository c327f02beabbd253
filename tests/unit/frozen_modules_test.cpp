// The modules of stdlib/py compiled into the binary (tools/krait_freeze.cpp): there is one
// for every file, each is exactly what compiling its file gives, and the VM's direct loader
// (vm::load_serialized) makes the same Code objects as loading the deserialized CodeUnit.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "code_units.hpp"
#include "compiler/code_unit_io.hpp"
#include "runtime/bytes.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/frozen.hpp"
#include "vm/interp.hpp"

namespace krait {
namespace {

namespace fs = std::filesystem;

fs::path stdlib_py() { return fs::path(KRAIT_TESTS_DIR).parent_path() / "stdlib" / "py"; }

TEST(FrozenModules, OneForEachFile) {
    std::set<std::string> files, frozen;
    for (const auto& e : fs::directory_iterator(stdlib_py()))
        if (e.path().extension() == ".py") files.insert(e.path().stem().string());
    for (const stdlib::FrozenModule* m = stdlib::kFrozenModules; m->name; ++m) frozen.insert(m->name);
    EXPECT_EQ(files, frozen);
}

TEST(FrozenModules, AreTheirFilesCompiled) {
    for (const stdlib::FrozenModule* m = stdlib::kFrozenModules; m->name; ++m) {
        std::string name = m->name;
        auto compiled = testing_code::compile_text(testing_code::read(stdlib_py() / (name + ".py")), "<frozen " + name + ">");
        ASSERT_TRUE(compiled) << name;
        std::string error;
        auto frozen = compiler::deserialize({m->code, m->size}, &error);
        ASSERT_TRUE(frozen) << name << ": " << error;
        testing_code::expect_same(*compiled, *frozen, name);
    }
}

void expect_same_code(State& st, Code* a, Code* b, const std::string& where);

void expect_same_value(State& st, Value a, Value b, const std::string& where) {
    ASSERT_EQ(type_of(st, a), type_of(st, b)) << where;
    Type* t = type_of(st, a);
    if (t == st.code_type) return expect_same_code(st, static_cast<Code*>(a.as_object()), static_cast<Code*>(b.as_object()), where);
    if (t == st.tuple_type) {
        Tuple *x = as_tuple(a), *y = as_tuple(b);
        ASSERT_EQ(x->size, y->size) << where;
        for (size_t i = 0; i < x->size; ++i) expect_same_value(st, x->items[i], y->items[i], where + "[" + std::to_string(i) + "]");
        return;
    }
    if (t == st.str_type) {
        EXPECT_EQ(as_str(a)->view(), as_str(b)->view()) << where;
        EXPECT_EQ(as_str(a)->interned, as_str(b)->interned) << where;
        if (as_str(a)->interned) {
            EXPECT_EQ(a.as_object(), b.as_object()) << where;
        }
        return;
    }
    Value ra = repr(st, a), rb = repr(st, b);
    ASSERT_FALSE(ra.is_error() || rb.is_error()) << where;
    EXPECT_EQ(as_str(ra)->view(), as_str(rb)->view()) << where;
}

void expect_same_code(State& st, Code* a, Code* b, const std::string& where) {
    std::string at = where + " " + std::string(a->qualname->view());
    EXPECT_EQ(a->name, b->name) << at;  // interned: the same objects
    EXPECT_EQ(a->qualname, b->qualname) << at;
    EXPECT_EQ(a->filename, b->filename) << at;
    EXPECT_EQ(a->firstlineno, b->firstlineno) << at;
    EXPECT_EQ(a->flags, b->flags) << at;
    EXPECT_EQ(a->argcount, b->argcount) << at;
    EXPECT_EQ(a->posonlyargcount, b->posonlyargcount) << at;
    EXPECT_EQ(a->kwonlyargcount, b->kwonlyargcount) << at;
    EXPECT_EQ(a->stacksize, b->stacksize) << at;
    EXPECT_EQ(a->nlocals, b->nlocals) << at;
    EXPECT_EQ(a->ncells, b->ncells) << at;
    EXPECT_EQ(a->nfree, b->nfree) << at;
    EXPECT_EQ(a->close_when_collected, b->close_when_collected) << at;
    ASSERT_EQ(a->ncode, b->ncode) << at;
    for (uint32_t i = 0; i < a->ncode; ++i) {
        EXPECT_EQ(a->code[i], b->code[i]) << at << " instruction " << i;
        EXPECT_EQ(a->lines[i], b->lines[i]) << at << " line of " << i;
    }
    ASSERT_EQ(a->nhandlers, b->nhandlers) << at;
    for (uint32_t i = 0; i < a->nhandlers; ++i) {
        const ExceptionRange &x = a->handlers[i], &y = b->handlers[i];
        EXPECT_TRUE(x.start == y.start && x.end == y.end && x.target == y.target && x.depth == y.depth && x.lasti == y.lasti)
            << at << " handler " << i;
    }
    ASSERT_EQ(a->cell2arg == nullptr, b->cell2arg == nullptr) << at;
    for (uint32_t i = 0; a->cell2arg && i < a->ncells; ++i) EXPECT_EQ(a->cell2arg[i], b->cell2arg[i]) << at;
    ASSERT_EQ(a->nglobal_caches, b->nglobal_caches) << at;
    for (uint32_t i = 0; i < a->nglobal_caches; ++i) EXPECT_EQ(a->global_caches[i].name, b->global_caches[i].name) << at;
    ASSERT_EQ(a->nattr_caches, b->nattr_caches) << at;
    for (uint32_t i = 0; i < a->nattr_caches; ++i) EXPECT_EQ(a->attr_caches[i].name, b->attr_caches[i].name) << at;
    expect_same_value(st, Value::from_object(a->names), Value::from_object(b->names), at + " names");
    expect_same_value(st, Value::from_object(a->varnames), Value::from_object(b->varnames), at + " varnames");
    expect_same_value(st, Value::from_object(a->cellvars), Value::from_object(b->cellvars), at + " cellvars");
    expect_same_value(st, Value::from_object(a->freevars), Value::from_object(b->freevars), at + " freevars");
    expect_same_value(st, Value::from_object(a->consts), Value::from_object(b->consts), at + " consts");
}

TEST(FrozenModules, LoadStraightFromBytes) {
    State st;
    vm::install(st);
    for (const stdlib::FrozenModule* m = stdlib::kFrozenModules; m->name; ++m) {
        std::string error;
        Code* direct = vm::load_serialized(st, {m->code, m->size}, &error);
        ASSERT_TRUE(direct) << m->name << ": " << error;
        Root keep(st.heap, Value::from_object(direct));
        auto unit = compiler::deserialize({m->code, m->size});
        ASSERT_TRUE(unit);
        Code* via_unit = vm::load(st, *unit);
        ASSERT_TRUE(via_unit) << m->name;
        Root keep2(st.heap, Value::from_object(via_unit));
        expect_same_code(st, direct, via_unit, m->name);
    }
}

TEST(FrozenModules, MalformedBytesFailCleanly) {
    State st;
    vm::install(st);
    const stdlib::FrozenModule* m = stdlib::kFrozenModules;
    std::string bytes(m->code, m->size);
    for (size_t n : {size_t(0), size_t(5), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
        std::string error;
        EXPECT_EQ(vm::load_serialized(st, std::string_view(bytes).substr(0, n), &error), nullptr);
        EXPECT_FALSE(error.empty());
        EXPECT_TRUE(st.raised.is_error()) << "nothing is raised for malformed bytes";
    }
}

}  // namespace
}  // namespace krait
