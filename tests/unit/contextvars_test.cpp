// The native interface of contextvars (stdlib/contextvars.hpp), as an event loop uses it:
// copies of the current context, running callables in a context, entering and exiting one
// by hand, the errors of each, and contexts surviving collections while only the State or a
// container refers to them.
#include <gtest/gtest.h>

#include <string>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/contextvars.hpp"
#include "tests/unit/script_fixture.hpp"
#include "stdlib/modules.hpp"
#include "vm/compile.hpp"
#include "vm/interp.hpp"

namespace krait {
namespace {

using stdlib::copy_context;
using stdlib::enter_context;
using stdlib::exit_context;
using stdlib::is_context;
using stdlib::run_in_context;

using Fixture = ScriptFixture;

TEST(ContextVars, CopyWorksBeforeAnyImport) {
    Fixture f;
    Value c = copy_context(f.st);
    ASSERT_FALSE(c.is_error());
    EXPECT_TRUE(is_context(f.st, c));
    f.set_global("c", c);
    f.exec("import contextvars\nok = type(c) is contextvars.Context and len(c) == 0");
    EXPECT_TRUE(f.global("ok").is_true());
    EXPECT_FALSE(is_context(f.st, Value::from_int(1)));
}

TEST(ContextVars, RunInContextIsolatesSets) {
    Fixture f;
    f.exec(
        "from contextvars import ContextVar\n"
        "v = ContextVar('v')\n"
        "v.set('outer')\n"
        "def change(value, *, suffix=''):\n"
        "    v.set(value + suffix)\n"
        "    return v.get()\n");
    Root c(f.st.heap, copy_context(f.st));
    Value args[] = {str_value(f.st, "inner"), str_value(f.st, "!")};
    Root kw(f.st.heap, Value::from_object(make_tuple(f.st, {str_value(f.st, "suffix")})));
    Value r = run_in_context(f.st, c, f.global("change"), Args{args, 1, as_tuple(kw.get())});
    ASSERT_FALSE(r.is_error()) << f.raised();
    EXPECT_EQ(f.str(r), "inner!");
    EXPECT_EQ(f.str(f.eval("v.get()")), "outer");
    f.set_global("c", c);
    EXPECT_EQ(f.str(f.eval("c[v]")), "inner!");
    // The copy was a snapshot: later sets outside do not show in it.
    f.exec("v.set('later')");
    EXPECT_EQ(f.str(f.eval("c[v]")), "inner!");
}

TEST(ContextVars, RunRestoresTheContextAfterAnError) {
    Fixture f;
    f.exec(
        "from contextvars import ContextVar\n"
        "v = ContextVar('v', default='base')\n"
        "def fail():\n"
        "    v.set('in failing run')\n"
        "    raise ValueError('boom')\n");
    Value before = f.st.context;
    Root c(f.st.heap, copy_context(f.st));
    Value r = run_in_context(f.st, c, f.global("fail"), Args{});
    EXPECT_TRUE(r.is_error());
    EXPECT_EQ(f.raised(), "ValueError: boom");
    EXPECT_TRUE(f.st.context.is(before));
    EXPECT_EQ(f.str(f.eval("v.get()")), "base");
    // The context can be entered again afterwards.
    r = run_in_context(f.st, c, f.eval("v.get"), Args{});
    EXPECT_EQ(f.str(r), "in failing run");
}

TEST(ContextVars, EnterAndExitByHand) {
    Fixture f;
    f.exec(
        "from contextvars import ContextVar, Context\n"
        "v = ContextVar('v', default='base')\n"
        "c = Context()\n"
        "c.run(v.set, 'in c')\n");
    Value c = f.global("c");
    ASSERT_TRUE(enter_context(f.st, c));
    EXPECT_EQ(f.str(f.eval("v.get()")), "in c");
    f.exec("v.set('set while entered')");
    // Entered: running it again, from C++ or from Python, is refused.
    Value r = run_in_context(f.st, c, f.eval("v.get"), Args{});
    EXPECT_TRUE(r.is_error());
    std::string msg = f.raised();
    EXPECT_EQ(msg.rfind("RuntimeError: cannot enter context: <_contextvars.Context object at 0x", 0), 0u) << msg;
    EXPECT_NE(msg.find("> is already entered"), std::string::npos) << msg;
    EXPECT_TRUE(f.eval("c.run(len, '')").is_error());
    EXPECT_EQ(f.raised().rfind("RuntimeError: cannot enter context", 0), 0u);
    ASSERT_TRUE(exit_context(f.st, c));
    EXPECT_EQ(f.str(f.eval("v.get()")), "base");
    EXPECT_EQ(f.str(f.eval("c[v]")), "set while entered");
    // Exiting a context that is not the current one is an error.
    EXPECT_FALSE(exit_context(f.st, c));
    EXPECT_EQ(f.raised(), "RuntimeError: cannot exit context: thread state references a different context object");
}

TEST(ContextVars, NestedEntriesUnwindInOrder) {
    Fixture f;
    f.exec(
        "from contextvars import ContextVar, Context\n"
        "v = ContextVar('v', default='base')\n"
        "a, b = Context(), Context()\n"
        "a.run(v.set, 'a')\n"
        "b.run(v.set, 'b')\n");
    Value a = f.global("a"), b = f.global("b");
    ASSERT_TRUE(enter_context(f.st, a));
    ASSERT_TRUE(enter_context(f.st, b));
    EXPECT_EQ(f.str(f.eval("v.get()")), "b");
    EXPECT_FALSE(exit_context(f.st, a));  // not the innermost
    take_raised(f.st);
    ASSERT_TRUE(exit_context(f.st, b));
    EXPECT_EQ(f.str(f.eval("v.get()")), "a");
    ASSERT_TRUE(exit_context(f.st, a));
    EXPECT_EQ(f.str(f.eval("v.get()")), "base");
}

TEST(ContextVars, NotAContext) {
    Fixture f;
    Value r = run_in_context(f.st, Value::from_int(3), f.eval("len"), Args{});
    EXPECT_TRUE(r.is_error());
    EXPECT_EQ(f.raised(), "TypeError: an instance of Context was expected");
    EXPECT_FALSE(enter_context(f.st, Value::none()));
    EXPECT_EQ(f.raised(), "TypeError: an instance of Context was expected");
}

TEST(ContextVars, ContextsSurviveCollections) {
    Fixture f;
    f.exec(
        "from contextvars import ContextVar\n"
        "v = ContextVar('v')\n"
        "v.set([1, 2, 3])\n"
        "tasks = []\n");
    // Many copies, kept only by a list, as an event loop keeps its tasks.
    List* tasks = as_list(f.global("tasks"));
    for (int i = 0; i < 10000; ++i) {
        Value c = copy_context(f.st);
        ASSERT_FALSE(c.is_error());
        ASSERT_TRUE(list_append(f.st, tasks, c));
    }
    // A context entered while nothing else refers to it: the State keeps it.
    Value entered = copy_context(f.st);
    ASSERT_TRUE(enter_context(f.st, entered));
    f.exec("v.set('entered')");
    f.exec("tasks[0].run(v.set, 'first')");
    f.st.heap.collect();
    EXPECT_EQ(f.str(f.eval("v.get()")), "entered");
    ASSERT_TRUE(exit_context(f.st, f.st.context));
    f.st.heap.collect();
    EXPECT_EQ(f.str(f.eval("v.get()")), "[1, 2, 3]");
    EXPECT_EQ(f.str(f.eval("(len(tasks), tasks[0][v], tasks[9999][v], all(len(t) == 1 for t in tasks))")),
              "(10000, 'first', [1, 2, 3], True)");
}

}  // namespace
}  // namespace krait
