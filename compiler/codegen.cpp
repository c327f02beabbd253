// Code generation, in the shape of CPython 3.11's compiler: statements and expressions
// emit instructions with symbolic labels and pseudo-instructions that open and close
// exception-handling regions; assembly then resolves labels, computes the stack depth by
// flow analysis and turns the regions into a zero-cost exception table.

#include "compiler/codegen.hpp"

#include <algorithm>
#include <functional>
#include <type_traits>
#include <unordered_map>

#include "compiler/error.hpp"

#include "support/pyrepr.hpp"

namespace krait::compiler {

using namespace krait::ast;
using vm::Op;

namespace {

// Pseudo-instructions: they exist only between codegen and assembly.
enum : uint16_t {
    kSetupFinally = 256,  // handler gets the exception
    kSetupCleanup,        // handler gets lasti and the exception
    kSetupWith,           // as cleanup, with the __enter__ result dropped from the depth
    kPopBlock,            // closes the innermost region
};

struct Ins {
    uint16_t op;
    uint32_t arg;  // jumps and setups: a label id
    int32_t line;
};

// What break, continue and return must undo when they leave a construct.
enum class Block { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
                   PopValue, ExceptionHandler, ExceptionGroupHandler };

struct FBlock {
    Block kind;
    int loop_start = -1, loop_exit = -1;   // labels, for loops
    const Vec<Stmt*>* finally_body = nullptr;
    Identifier handler_name{};             // HandlerCleanup: `except E as name`
};

struct Unit {
    CodeUnit* out;
    const ScopeInfo* scope;
    std::vector<Ins> ins;
    std::vector<int> labels;  // label -> position in ins, -1 until placed
    std::unordered_map<std::string, uint32_t> names, varnames, derefs;
    std::vector<FBlock> fblocks;
    std::string private_name;  // the enclosing class name, for __mangling
    int line = 0;
};

bool is_docstring(const Stmt* s) {
    auto* e = as<ExprStmt>(const_cast<Stmt*>(s));
    if (!e) return false;
    auto* c = as<Constant>(e->value);
    return c && c->value.tag == ConstValue::Str;
}

bool has_annotations(const Vec<Stmt*>& body) {
    std::function<bool(const Vec<Stmt*>&)> find = [&](const Vec<Stmt*>& stmts) {
        for (Stmt* s : stmts) {
            switch (s->kind) {
                case Kind::AnnAssign: return true;
                case Kind::For: if (find(static_cast<For*>(s)->body) || find(static_cast<For*>(s)->orelse)) return true; break;
                case Kind::While: if (find(static_cast<While*>(s)->body) || find(static_cast<While*>(s)->orelse)) return true; break;
                case Kind::If: if (find(static_cast<If*>(s)->body) || find(static_cast<If*>(s)->orelse)) return true; break;
                case Kind::With: if (find(static_cast<With*>(s)->body)) return true; break;
                case Kind::Try: {
                    auto* t = static_cast<Try*>(s);
                    if (find(t->body) || find(t->orelse) || find(t->finalbody)) return true;
                    for (ExceptHandler* h : t->handlers) if (find(h->body)) return true;
                    break;
                }
                default: break;
            }
        }
        return false;
    };
    return find(body);
}

}  // namespace

class Codegen {
public:
    Codegen(const SymbolTable& st, std::string_view filename, Diagnostic& err)
        : symbols_(st), filename_(filename), error_(err) {}

    std::shared_ptr<CodeUnit> module(const Mod* tree) {
        auto code = std::make_shared<CodeUnit>();
        code->name = "<module>";
        code->qualname = "<module>";
        Unit u{code.get(), symbols_.top(), {}, {}, {}, {}, {}, {}, {}, 1};
        units_.push_back(&u);
        if (auto* m = as<Module>(const_cast<Mod*>(tree))) {
            body(m->body, true);
            load_const(none());
            emit(Op::RETURN_VALUE);
        } else if (auto* e = as<Expression>(const_cast<Mod*>(tree))) {
            expr(e->body);
            emit(Op::RETURN_VALUE);
        } else if (auto* i = as<Interactive>(const_cast<Mod*>(tree))) {
            interactive_ = true;
            if (has_annotations(i->body)) emit(Op::SETUP_ANNOTATIONS);
            stmts(i->body);
            load_const(none());
            emit(Op::RETURN_VALUE);
        }
        units_.pop_back();
        if (failed_) return nullptr;
        if (!assemble(u)) return nullptr;
        return code;
    }

private:
    // ---- Errors and emission ---------------------------------------------------------------

    bool fail(std::string msg, const Span& at) {
        if (failed_) return false;
        failed_ = true;
        error_ = compile_error(std::move(msg), at);
        return false;
    }

    Unit& u() { return *units_.back(); }
    void emit(Op op, uint32_t arg = 0) { u().ins.push_back({static_cast<uint16_t>(op), arg, u().line}); }
    void emit_pseudo(uint16_t op, uint32_t label = 0) { u().ins.push_back({op, label, u().line}); }
    int new_label() {
        u().labels.push_back(-1);
        return static_cast<int>(u().labels.size()) - 1;
    }
    void place(int label) { u().labels[label] = static_cast<int>(u().ins.size()); }
    void jump(Op op, int label) { emit(op, static_cast<uint32_t>(label)); }

    // Sets the line of the instructions emitted while a node is compiled.
    struct At {
        Codegen& g;
        int saved;
        At(Codegen& gen, const Node* n) : g(gen), saved(gen.u().line) {
            if (n->span.line > 0) g.u().line = n->span.line;
        }
        ~At() { g.u().line = saved; }
    };

    // ---- Constants and names ---------------------------------------------------------------

    static CodeConstant none() { return CodeConstant{}; }
    static CodeConstant str_const(std::string_view s) {
        CodeConstant c;
        c.kind = CodeConstant::Str;
        c.text = std::string(s);
        return c;
    }
    uint32_t add_const(const CodeConstant& c) {
        auto& consts = u().out->consts;
        for (size_t i = 0; i < consts.size(); ++i)
            if (consts[i] == c) return static_cast<uint32_t>(i);
        consts.push_back(c);
        return static_cast<uint32_t>(consts.size() - 1);
    }
    void load_const(const CodeConstant& c) { emit(Op::LOAD_CONST, add_const(c)); }

    // bool(v) of a literal.
    static bool truth_of(const ConstValue& v) {
        switch (v.tag) {
            case ConstValue::None:
            case ConstValue::False: return false;
            case ConstValue::True:
            case ConstValue::Ellipsis: return true;
            case ConstValue::Int: return v.text.find_first_not_of('0') != std::string_view::npos;
            case ConstValue::Float:
            case ConstValue::Complex: return v.number != 0;
            case ConstValue::Str:
            case ConstValue::Bytes: return !v.text.empty();
        }
        return true;
    }

    static CodeConstant from_ast(const ConstValue& v) {
        CodeConstant c;
        switch (v.tag) {
            case ConstValue::None: c.kind = CodeConstant::None; break;
            case ConstValue::True: c.kind = CodeConstant::True; break;
            case ConstValue::False: c.kind = CodeConstant::False; break;
            case ConstValue::Ellipsis: c.kind = CodeConstant::Ellipsis; break;
            case ConstValue::Int: c.kind = CodeConstant::Int; c.base = v.base; c.text = std::string(v.text); break;
            case ConstValue::Float: case ConstValue::Complex: c.kind = CodeConstant::Float; c.number = v.number; break;
            case ConstValue::Str: c.kind = CodeConstant::Str; c.text = std::string(v.text); break;
            case ConstValue::Bytes: c.kind = CodeConstant::Bytes; c.text = std::string(v.text); break;
        }
        return c;
    }

    static uint32_t index_of(std::unordered_map<std::string, uint32_t>& map, std::vector<std::string>& list,
                             const std::string& name) {
        auto it = map.find(name);
        if (it != map.end()) return it->second;
        uint32_t i = static_cast<uint32_t>(list.size());
        list.push_back(name);
        map.emplace(name, i);
        return i;
    }
    uint32_t name_index(const std::string& n) { return index_of(u().names, u().out->names, n); }

    // Private name mangling: `__x` inside class C is `_C__x`.
    std::string mangle(std::string_view name) const {
        const std::string& cls = units_.back()->private_name;
        if (cls.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return std::string(name);
        if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) return std::string(name);
        size_t strip = cls.find_first_not_of('_');
        if (strip == std::string::npos) return std::string(name);
        return "_" + cls.substr(strip) + std::string(name);
    }

    // Loads, stores or deletes a name according to its scope (CPython's compiler_nameop).
    void name_op(Identifier raw, Context ctx, const Span& at) {
        if (raw == "__debug__" && ctx != Context::Load) {
            fail(ctx == Context::Store ? "cannot assign to __debug__" : "cannot delete __debug__", at);
            return;
        }
        std::string name = mangle(raw);
        const Symbol* sym = u().scope->find(raw);
        Scope scope = sym ? sym->scope : Scope::GlobalImplicit;
        bool function = u().scope->is_function_like();
        bool klass = u().scope->kind == ScopeKind::Class;
        auto pick = [&](Op load, Op store, Op del) { return ctx == Context::Load ? load : ctx == Context::Store ? store : del; };
        switch (scope) {
            case Scope::Free:
            case Scope::Cell: {
                uint32_t i = u().derefs.at(std::string(raw));
                Op load = klass ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF;
                emit(pick(load, Op::STORE_DEREF, Op::DELETE_DEREF), i);
                return;
            }
            case Scope::Local:
                if (function) {
                    emit(pick(Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST),
                         index_of(u().varnames, u().out->varnames, name));
                    return;
                }
                break;
            case Scope::GlobalImplicit:
                if (function) {
                    emit(pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL), name_index(name));
                    return;
                }
                break;
            case Scope::GlobalExplicit:
                emit(pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL), name_index(name));
                return;
        }
        emit(pick(Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME), name_index(name));
    }

    // ---- Units (functions, classes, comprehensions) ----------------------------------------

    // Opens a new unit for the scope of `node`, laying out its locals and cells.
    std::shared_ptr<CodeUnit> open_unit(const Node* node, std::string_view name, Unit& unit) {
        const ScopeInfo* scope = symbols_.scope_of(node);
        auto code = std::make_shared<CodeUnit>();
        code->name = std::string(name);
        code->qualname = qualname(scope, name);
        code->firstlineno = node->span.line;
        unit.out = code.get();
        unit.scope = scope;
        unit.line = node->span.line;
        unit.private_name = scope->kind == ScopeKind::Class ? std::string(name) : units_.back()->private_name;
        if (scope->is_function_like()) {
            code->flags |= kCodeOptimized | kCodeNewLocals;
            for (std::string_view p : scope->params) index_of(unit.varnames, code->varnames, std::string(p));
        }
        if (scope->parent && scope->parent->kind != ScopeKind::Module) code->flags |= kCodeNested;
        if (scope->is_generator && scope->is_coroutine) code->flags |= kCodeAsyncGenerator;
        else if (scope->is_generator) code->flags |= kCodeGenerator;
        else if (scope->is_coroutine) code->flags |= kCodeCoroutine;
        // Cells first (sorted, as CPython), then free variables: one index space for derefs.
        std::vector<std::string> cells, frees;
        for (const Symbol& y : scope->symbols) {
            if (y.scope == Scope::Cell) cells.emplace_back(y.name);
            // A class local that its methods also reach from an enclosing function is passed
            // through as a free variable too (the class body itself uses its namespace).
            else if (y.scope == Scope::Free || (y.flags & kDefFreeClass)) frees.emplace_back(y.name);
        }
        if (scope->needs_class_cell) cells.emplace_back("__class__");
        std::sort(cells.begin(), cells.end());
        std::sort(frees.begin(), frees.end());
        for (auto& c : cells) unit.derefs.emplace(c, static_cast<uint32_t>(unit.derefs.size()));
        for (auto& f : frees) unit.derefs.emplace(f, static_cast<uint32_t>(unit.derefs.size()));
        code->cellvars = cells;
        code->freevars = frees;
        return code;
    }

    std::string qualname(const ScopeInfo* scope, std::string_view name) const {
        const Unit& parent = *units_.back();
        if (parent.scope->kind == ScopeKind::Module) return std::string(name);
        // A name declared global in the parent is qualified as a top-level name.
        if (const Symbol* y = parent.scope->find(name); y && y->scope == Scope::GlobalExplicit &&
                                                           scope->kind != ScopeKind::Comprehension)
            return std::string(name);
        std::string base = parent.out->qualname;
        if (parent.scope->is_function_like() && parent.scope->kind != ScopeKind::Comprehension) base += ".<locals>";
        return base + "." + std::string(name);
    }

    // Assembles a finished unit and pushes the function that wraps it (with its closure).
    void make_function(Unit& child, std::shared_ptr<CodeUnit> code, uint32_t flags) {
        if (!assemble(child)) return;
        if (!code->freevars.empty()) {
            for (const std::string& f : code->freevars) {
                auto it = u().derefs.find(f);
                if (it == u().derefs.end()) {
                    fail("internal error: no cell for free variable " + f, {});
                    return;
                }
                emit(Op::LOAD_CLOSURE, it->second);
            }
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
            flags |= 8;
        }
        CodeConstant c;
        c.kind = CodeConstant::Code;
        c.code = code;
        load_const(c);
        emit(Op::MAKE_FUNCTION, flags);
    }

    // Pushes defaults (flag 1) and keyword-only defaults (flag 2).
    uint32_t defaults(const Arguments* a) {
        uint32_t flags = 0;
        if (a->defaults.size) {
            for (Expr* d : a->defaults) expr(d);
            emit(Op::BUILD_TUPLE, a->defaults.size);
            flags |= 1;
        }
        uint32_t n = 0;
        for (unsigned i = 0; i < a->kwonlyargs.size; ++i) {
            if (!a->kw_defaults[i]) continue;
            load_const(str_const(mangle(a->kwonlyargs[i]->arg)));
            expr(a->kw_defaults[i]);
            ++n;
        }
        if (n) {
            emit(Op::BUILD_MAP, n);
            flags |= 2;
        }
        return flags;
    }

    // Pushes annotations as a flat tuple (name, value, name, value, ...): flag 4.
    uint32_t annotations(const Arguments* a, Expr* returns) {
        uint32_t n = 0;
        auto one = [&](Arg* p) {
            if (!p || !p->annotation) return;
            load_const(str_const(mangle(p->arg)));
            expr(p->annotation);
            ++n;
        };
        for (Arg* p : a->posonlyargs) one(p);
        for (Arg* p : a->args) one(p);
        one(a->vararg);
        for (Arg* p : a->kwonlyargs) one(p);
        one(a->kwarg);
        if (returns) {
            load_const(str_const("return"));
            expr(returns);
            ++n;
        }
        if (!n) return 0;
        emit(Op::BUILD_TUPLE, 2 * n);
        return 4;
    }

    void check_params(const Arguments* a) {
        auto one = [&](Arg* p) {
            if (p && p->arg == "__debug__") fail("cannot assign to __debug__", p->span);
        };
        for (Arg* p : a->posonlyargs) one(p);
        for (Arg* p : a->args) one(p);
        one(a->vararg);
        for (Arg* p : a->kwonlyargs) one(p);
        one(a->kwarg);
    }

    void set_arg_counts(CodeUnit& code, const Arguments* a) {
        code.posonlyargcount = static_cast<int>(a->posonlyargs.size);
        code.argcount = static_cast<int>(a->posonlyargs.size + a->args.size);
        code.kwonlyargcount = static_cast<int>(a->kwonlyargs.size);
        if (a->vararg) code.flags |= kCodeVarArgs;
        if (a->kwarg) code.flags |= kCodeVarKeywords;
    }

    void decorators(const Vec<Expr*>& decs) {
        for (Expr* d : decs) {
            expr(d);
            emit(Op::PUSH_NULL);
        }
    }
    void apply_decorators(const Vec<Expr*>& decs) {
        for (unsigned i = 0; i < decs.size; ++i) emit(Op::CALL, 1);
    }

    void function(const Stmt* s, Identifier name, const Arguments* args, const Vec<Expr*>& decs, Expr* returns,
                  const Vec<Stmt*>& body) {
        check_params(args);
        decorators(decs);
        uint32_t flags = defaults(args);
        flags |= annotations(args, returns);
        Unit child{};
        auto code = open_unit(s, name, child);
        if (decs.size) code->firstlineno = decs[0]->span.line;
        set_arg_counts(*code, args);
        units_.push_back(&child);
        // The first constant is the docstring, or None.
        size_t first = 0;
        if (body.size && is_docstring(body[0])) {
            add_const(from_ast(static_cast<Constant*>(static_cast<ExprStmt*>(body[0])->value)->value));
            first = 1;
        } else {
            add_const(none());
        }
        generator_prologue();
        for (size_t i = first; i < body.size; ++i) stmt(body[i]);
        load_const(none());
        emit(Op::RETURN_VALUE);
        units_.pop_back();
        make_function(child, code, flags);
        apply_decorators(decs);
        name_op(name, Context::Store, s->span);
    }

    void generator_prologue() {
        if (u().out->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
            emit(Op::RETURN_GENERATOR);
            emit(Op::POP_TOP);  // the None the first send() resumes with
        }
    }

    void class_def(const ClassDef* c) {
        decorators(c->decorator_list);
        Unit child{};
        auto code = open_unit(c, c->name, child);
        units_.push_back(&child);
        {
            // __module__ = __name__; __qualname__ = qualname; then the body.
            child.line = c->span.line;
            name_op("__name__", Context::Load, c->span);
            emit(Op::STORE_NAME, name_index("__module__"));
            load_const(str_const(code->qualname));
            emit(Op::STORE_NAME, name_index("__qualname__"));
            body(c->body, false);
            if (u().scope->needs_class_cell) {
                emit(Op::LOAD_CLOSURE, u().derefs.at("__class__"));
                emit(Op::COPY, 1);
                emit(Op::STORE_NAME, name_index("__classcell__"));
            } else {
                load_const(none());
            }
            emit(Op::RETURN_VALUE);
        }
        units_.pop_back();
        emit(Op::LOAD_BUILD_CLASS);
        emit(Op::PUSH_NULL);
        make_function(child, code, 0);
        load_const(str_const(c->name));
        call_args(c->bases, c->keywords, 2, c->span);
        apply_decorators(c->decorator_list);
        name_op(c->name, Context::Store, c->span);
    }

    // A module or class body: docstring into __doc__, annotations set up, then statements.
    void body(const Vec<Stmt*>& stmts_, bool module) {
        if (has_annotations(stmts_)) emit(Op::SETUP_ANNOTATIONS);
        size_t first = 0;
        if (stmts_.size && is_docstring(stmts_[0])) {
            At at(*this, stmts_[0]);
            expr(static_cast<ExprStmt*>(stmts_[0])->value);
            emit(Op::STORE_NAME, name_index("__doc__"));
            first = 1;
        }
        for (size_t i = first; i < stmts_.size; ++i) stmt(stmts_[i]);
        (void)module;
    }

    // ---- Statements ------------------------------------------------------------------------

    void stmts(const Vec<Stmt*>& body) {
        for (Stmt* s : body) {
            if (failed_) return;
            stmt(s);
        }
    }

    void stmt(Stmt* s) {
        At at(*this, s);
        switch (s->kind) {
            case Kind::FunctionDef: {
                auto* f = static_cast<FunctionDef*>(s);
                function(s, f->name, f->args, f->decorator_list, f->returns, f->body);
                break;
            }
            case Kind::AsyncFunctionDef: {
                auto* f = static_cast<AsyncFunctionDef*>(s);
                function(s, f->name, f->args, f->decorator_list, f->returns, f->body);
                break;
            }
            case Kind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
            case Kind::Return: return_stmt(static_cast<Return*>(s)); break;
            case Kind::Delete:
                for (Expr* t : static_cast<Delete*>(s)->targets) target(t, Context::Del);
                break;
            case Kind::Assign: {
                auto* a = static_cast<Assign*>(s);
                expr(a->value);
                for (unsigned i = 0; i < a->targets.size; ++i) {
                    if (i + 1 < a->targets.size) emit(Op::COPY, 1);
                    target(a->targets[i], Context::Store);
                }
                break;
            }
            case Kind::AugAssign: aug_assign(static_cast<AugAssign*>(s)); break;
            case Kind::AnnAssign: ann_assign(static_cast<AnnAssign*>(s)); break;
            case Kind::For: {
                auto* f = static_cast<For*>(s);
                for_stmt(f->target, f->iter, f->body, f->orelse);
                break;
            }
            case Kind::AsyncFor: {
                auto* f = static_cast<AsyncFor*>(s);
                if (!(u().out->flags & (kCodeCoroutine | kCodeAsyncGenerator))) {
                    fail("'async for' outside async function", s->span);
                    return;
                }
                async_for_stmt(f->target, f->iter, f->body, f->orelse);
                break;
            }
            case Kind::While: while_stmt(static_cast<While*>(s)); break;
            case Kind::If: if_stmt(static_cast<If*>(s)); break;
            case Kind::With: {
                auto* w = static_cast<With*>(s);
                with_stmt(w->items, w->body, 0, false);
                break;
            }
            case Kind::AsyncWith: {
                auto* w = static_cast<AsyncWith*>(s);
                if (!(u().out->flags & (kCodeCoroutine | kCodeAsyncGenerator))) {
                    fail("'async with' outside async function", s->span);
                    return;
                }
                with_stmt(w->items, w->body, 0, true);
                break;
            }
            case Kind::Raise: {
                auto* r = static_cast<Raise*>(s);
                uint32_t n = 0;
                if (r->exc) { expr(r->exc); ++n; }
                if (r->cause) { expr(r->cause); ++n; }
                emit(Op::RAISE_VARARGS, n);
                break;
            }
            case Kind::Try: {
                auto* t = static_cast<Try*>(s);
                if (t->finalbody.size) try_finally(t);
                else try_except(t);
                break;
            }
            case Kind::TryStar: {
                auto* t = static_cast<TryStar*>(s);
                if (t->finalbody.size) try_finally(t);
                else try_star_except(t);
                break;
            }
            case Kind::Assert: assert_stmt(static_cast<Assert*>(s)); break;
            case Kind::Import: import(static_cast<Import*>(s)); break;
            case Kind::ImportFrom: import_from(static_cast<ImportFrom*>(s)); break;
            case Kind::Global: case Kind::Nonlocal: case Kind::Pass: break;
            case Kind::ExprStmt: {
                Expr* v = static_cast<ExprStmt*>(s)->value;
                if (interactive_ && units_.size() == 1) {
                    expr(v);
                    emit(Op::PRINT_EXPR);
                } else if (v->kind == Kind::Constant) {
                    // A constant statement (a docstring elsewhere, `...`) does nothing.
                } else {
                    expr(v);
                    emit(Op::POP_TOP);
                }
                break;
            }
            case Kind::Break: loop_exit(s, true); break;
            case Kind::Continue: loop_exit(s, false); break;
            default:
                fail("internal error: unknown statement", s->span);
                break;
        }
    }

    void return_stmt(Return* r) {
        if (!u().scope->is_function_like()) {
            fail("'return' outside function", r->span);
            return;
        }
        if (r->value && (u().out->flags & kCodeAsyncGenerator)) {
            fail("'return' with value in async generator", r->span);
            return;
        }
        bool preserve = r->value != nullptr;
        if (r->value) expr(r->value);
        // CPython reports an error while unwinding at the constant returned, when there is
        // one on the return's line (its location stays set after a constant's NOP).
        const Span& at = r->value && r->value->span.line == r->span.line && fold_kind(r->value) != Folded::No
                             ? r->value->span : r->span;
        if (!unwind_all(preserve, at)) return;
        if (!r->value) load_const(none());
        emit(Op::RETURN_VALUE);
    }

    void aug_assign(AugAssign* a) {
        uint32_t op = static_cast<uint32_t>(a->op) + 16;  // the in-place form
        switch (a->target->kind) {
            case Kind::Name: {
                auto* n = static_cast<Name*>(a->target);
                name_op(n->id, Context::Load, n->span);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                name_op(n->id, Context::Store, n->span);
                break;
            }
            case Kind::Attribute: {
                auto* t = static_cast<Attribute*>(a->target);
                uint32_t attr = name_index(mangle(t->attr));
                expr(t->value);
                emit(Op::COPY, 1);
                emit(Op::LOAD_ATTR, attr);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                emit(Op::SWAP, 2);
                emit(Op::STORE_ATTR, attr);
                break;
            }
            case Kind::Subscript: {
                auto* t = static_cast<Subscript*>(a->target);
                expr(t->value);
                expr(t->slice);
                emit(Op::COPY, 2);
                emit(Op::COPY, 2);
                emit(Op::BINARY_SUBSCR);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                emit(Op::SWAP, 3);
                emit(Op::SWAP, 2);
                emit(Op::STORE_SUBSCR);
                break;
            }
            default:
                fail("internal error: bad augmented assignment target", a->span);
        }
    }

    void ann_assign(AnnAssign* a) {
        if (a->value) {
            expr(a->value);
            target(a->target, Context::Store);
        }
        bool module_or_class = !u().scope->is_function_like();
        if (auto* n = as<Name>(a->target)) {
            if (a->simple && module_or_class) {
                expr(a->annotation);
                emit(Op::LOAD_NAME, name_index("__annotations__"));
                load_const(str_const(mangle(n->id)));
                emit(Op::STORE_SUBSCR);
            }
            return;
        }
        // `a.b: T` and `a[i]: T` evaluate their object (and index) but store no annotation.
        if (!a->value) {
            if (auto* at = as<Attribute>(a->target)) {
                expr(at->value);
                emit(Op::POP_TOP);
            } else if (auto* sub = as<Subscript>(a->target)) {
                expr(sub->value);
                emit(Op::POP_TOP);
                expr(sub->slice);
                emit(Op::POP_TOP);
            }
        }
        if (module_or_class) {
            expr(a->annotation);
            emit(Op::POP_TOP);
        }
    }

    void if_stmt(If* s) {
        int end = new_label();
        int otherwise = s->orelse.size ? new_label() : end;
        jump_if(s->test, otherwise, false);
        stmts(s->body);
        if (s->orelse.size) {
            jump(Op::JUMP, end);
            place(otherwise);
            stmts(s->orelse);
        }
        place(end);
    }

    // The test is compiled twice, as CPython 3.11 does: once before the loop and again at the
    // bottom, jumping back into the body; an iteration then costs one jump, not two.
    void while_stmt(While* s) {
        int loop = new_label(), body = new_label(), body_end = new_label(), end = new_label();
        place(loop);  // where `continue` goes: test again
        jump_if(s->test, body_end, false);
        place(body);
        u().fblocks.push_back({Block::WhileLoop, loop, end});
        stmts(s->body);
        u().fblocks.pop_back();
        jump_if(s->test, body, true);
        place(body_end);
        stmts(s->orelse);
        place(end);
    }

    void for_stmt(Expr* target_, Expr* iter, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse) {
        int start = new_label(), cleanup = new_label(), end = new_label();
        expr(iter);
        emit(Op::GET_ITER);
        place(start);
        jump(Op::FOR_ITER, cleanup);
        target(target_, Context::Store);
        u().fblocks.push_back({Block::ForLoop, start, end});
        stmts(body);
        u().fblocks.pop_back();
        jump(Op::JUMP, start);
        place(cleanup);
        stmts(orelse);
        place(end);
    }

    // `async for`: each step awaits __anext__(); StopAsyncIteration from it ends the loop
    // (END_ASYNC_FOR in the handler that guards the await).
    void async_for_stmt(Expr* target_, Expr* iter, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse) {
        int start = new_label(), except = new_label(), end = new_label();
        expr(iter);
        emit(Op::GET_AITER);
        place(start);
        emit_pseudo(kSetupFinally, except);
        emit(Op::GET_ANEXT);
        await_top_value();
        emit_pseudo(kPopBlock);
        target(target_, Context::Store);
        u().fblocks.push_back({Block::ForLoop, start, end});
        stmts(body);
        u().fblocks.pop_back();
        jump(Op::JUMP, start);
        place(except);
        emit(Op::END_ASYNC_FOR);
        stmts(orelse);
        place(end);
    }

    // await on what is on top of the stack (`where`: GET_AWAITABLE's argument).
    void await_top(uint32_t where) {
        emit(Op::GET_AWAITABLE, where);
        await_top_value();
    }
    // The await itself, on an awaitable iterator already on the stack (GET_ANEXT leaves one).
    void await_top_value() {
        load_const(none());
        yield_from_loop();
    }

    // break / continue: undo everything between here and the innermost loop.
    void loop_exit(Stmt* s, bool is_break) {
        auto& blocks = u().fblocks;
        int loop = -1;
        for (int i = static_cast<int>(blocks.size()) - 1; i >= 0; --i) {
            if (blocks[i].kind == Block::ExceptionGroupHandler) {
                except_star_exit_error(s->span);
                return;
            }
            if (blocks[i].kind == Block::WhileLoop || blocks[i].kind == Block::ForLoop) {
                loop = i;
                break;
            }
        }
        if (loop < 0) {
            fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", s->span);
            return;
        }
        std::vector<FBlock> saved = blocks;
        for (int i = static_cast<int>(blocks.size()) - 1; i > loop; --i) {
            FBlock b = blocks[i];
            blocks.pop_back();
            unwind(b, false);
        }
        FBlock target = blocks[loop];
        if (is_break) {
            unwind(target, false);
            jump(Op::JUMP, target.loop_exit);
        } else {
            jump(Op::JUMP, target.loop_start);
        }
        blocks = saved;
    }

    // Before a return: undo every open construct of the function. False (after a
    // SyntaxError at `at`) inside an except* clause.
    bool unwind_all(bool preserve_tos, const Span& at) {
        auto& blocks = u().fblocks;
        for (const FBlock& b : blocks)
            if (b.kind == Block::ExceptionGroupHandler) return except_star_exit_error(at);
        std::vector<FBlock> saved = blocks;
        while (!blocks.empty()) {
            FBlock b = blocks.back();
            blocks.pop_back();
            unwind(b, preserve_tos);
        }
        blocks = saved;
        return true;
    }

    // An except* clause runs in the middle of the try statement's bookkeeping (the raised
    // list and the unhandled rest are on the stack), so no jump may leave it.
    bool except_star_exit_error(const Span& at) {
        return fail("'break', 'continue' and 'return' cannot appear in an except* block", at);
    }

    // Whether CPython's AST optimizer turns e into a constant: literals, and signs, `not`, `~`,
    // tuples, sums and differences of them. (It folds more, such as products and quotients
    // within limits; this is the common part, which decides where some errors are reported.)
    enum class Folded { No, Integer, Real, Str, Bytes, Tuple, Other };
    static Folded fold_kind(const Expr* e) {
        switch (e->kind) {
            case Kind::Constant:
                switch (static_cast<const Constant*>(e)->value.tag) {
                    case ConstValue::Int: case ConstValue::True: case ConstValue::False: return Folded::Integer;
                    case ConstValue::Float: case ConstValue::Complex: return Folded::Real;
                    case ConstValue::Str: return Folded::Str;
                    case ConstValue::Bytes: return Folded::Bytes;
                    default: return Folded::Other;
                }
            case Kind::UnaryOp: {
                auto* u = static_cast<const UnaryOp*>(e);
                Folded f = fold_kind(u->operand);
                if (f == Folded::No) return f;
                if (u->op == UnaryOperator::Not) return Folded::Integer;
                if (u->op == UnaryOperator::Invert) return f == Folded::Integer ? f : Folded::No;
                return f == Folded::Integer || f == Folded::Real ? f : Folded::No;
            }
            case Kind::BinOp: {
                auto* b = static_cast<const BinOp*>(e);
                if (b->op != Operator::Add && b->op != Operator::Sub) return Folded::No;
                Folded l = fold_kind(b->left), r = fold_kind(b->right);
                bool numbers = (l == Folded::Integer || l == Folded::Real) && (r == Folded::Integer || r == Folded::Real);
                if (numbers) return l == Folded::Real || r == Folded::Real ? Folded::Real : Folded::Integer;
                bool concat = b->op == Operator::Add && l == r &&
                              (l == Folded::Str || l == Folded::Bytes || l == Folded::Tuple);
                return concat ? l : Folded::No;
            }
            case Kind::Tuple:
                for (const Expr* x : static_cast<const Tuple*>(e)->elts)
                    if (fold_kind(x) == Folded::No) return Folded::No;
                return Folded::Tuple;
            default: return Folded::No;
        }
    }

    // What leaving one construct early costs (CPython's compiler_unwind_fblock).
    void unwind(const FBlock& b, bool preserve_tos) {
        switch (b.kind) {
            case Block::WhileLoop:
            case Block::ExceptionHandler:
            case Block::ExceptionGroupHandler:  // refused before unwinding starts
                return;
            case Block::ForLoop:
                if (preserve_tos) emit(Op::SWAP, 2);
                emit(Op::POP_TOP);  // the iterator
                return;
            case Block::TryExcept:
                emit_pseudo(kPopBlock);
                return;
            case Block::FinallyTry:
                emit_pseudo(kPopBlock);
                if (preserve_tos) {
                    // The finally body runs with the return value saved under it.
                    u().fblocks.push_back({Block::PopValue});
                    stmts(*b.finally_body);
                    u().fblocks.pop_back();
                } else {
                    stmts(*b.finally_body);
                }
                return;
            case Block::FinallyEnd:
                if (preserve_tos) emit(Op::SWAP, 2);
                emit(Op::POP_TOP);  // the exception
                if (preserve_tos) emit(Op::SWAP, 2);
                emit_pseudo(kPopBlock);
                emit(Op::POP_EXCEPT);
                return;
            case Block::With:
            case Block::AsyncWith:
                emit_pseudo(kPopBlock);
                if (preserve_tos) emit(Op::SWAP, 2);
                call_exit_with_nones();
                if (b.kind == Block::AsyncWith) await_top(2);
                emit(Op::POP_TOP);
                return;
            case Block::HandlerCleanup:
                if (b.handler_name.data()) emit_pseudo(kPopBlock);
                emit_pseudo(kPopBlock);
                if (preserve_tos) emit(Op::SWAP, 2);
                emit(Op::POP_EXCEPT);
                if (b.handler_name.data()) {
                    load_const(none());
                    name_op(b.handler_name, Context::Store, {});
                    name_op(b.handler_name, Context::Del, {});
                }
                return;
            case Block::PopValue:
                if (preserve_tos) emit(Op::SWAP, 2);
                emit(Op::POP_TOP);
                return;
        }
    }

    // Calls the __exit__ below the top of the stack with (None, None, None).
    void call_exit_with_nones() {
        emit(Op::PUSH_NULL);
        load_const(none());
        load_const(none());
        load_const(none());
        emit(Op::CALL, 3);
    }

    // try: ... except ...: ... [else: ...]
    void try_except(Try* t) {
        int handler = new_label(), cleanup = new_label(), end = new_label();
        emit_pseudo(kSetupFinally, handler);
        u().fblocks.push_back({Block::TryExcept});
        stmts(t->body);
        u().fblocks.pop_back();
        emit_pseudo(kPopBlock);
        stmts(t->orelse);
        jump(Op::JUMP, end);

        place(handler);
        emit_pseudo(kSetupCleanup, cleanup);
        emit(Op::PUSH_EXC_INFO);
        u().fblocks.push_back({Block::ExceptionHandler});
        for (unsigned i = 0; i < t->handlers.size; ++i) {
            ExceptHandler* h = t->handlers[i];
            At at(*this, h);
            if (!h->type && i + 1 < t->handlers.size) {
                fail("default 'except:' must be last", h->span);
                return;
            }
            int next = new_label();
            if (h->type) {
                expr(h->type);
                emit(Op::CHECK_EXC_MATCH);
                jump(Op::POP_JUMP_IF_FALSE, next);
            }
            if (h->name.data()) {
                // except E as name: the body runs in a cleanup region that unbinds name.
                int cleanup_end = new_label();
                name_op(h->name, Context::Store, h->span);
                emit_pseudo(kSetupCleanup, cleanup_end);
                FBlock fb{Block::HandlerCleanup};
                fb.handler_name = h->name;
                u().fblocks.push_back(fb);
                stmts(h->body);
                u().fblocks.pop_back();
                emit_pseudo(kPopBlock);
                emit_pseudo(kPopBlock);
                emit(Op::POP_EXCEPT);
                unbind_handler_name(h);
                jump(Op::JUMP, end);

                place(cleanup_end);
                unbind_handler_name(h);
                emit(Op::RERAISE, 1);
            } else {
                emit(Op::POP_TOP);
                u().fblocks.push_back({Block::HandlerCleanup});
                stmts(h->body);
                u().fblocks.pop_back();
                emit_pseudo(kPopBlock);
                emit(Op::POP_EXCEPT);
                jump(Op::JUMP, end);
            }
            place(next);
        }
        u().fblocks.pop_back();
        emit(Op::RERAISE, 0);
        place(cleanup);
        pop_except_and_reraise();
        place(end);
    }

    void pop_except_and_reraise() {
        emit(Op::COPY, 3);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 1);
    }

    // try: ... [except ...] finally: ...  (T is Try or TryStar)
    template <class T>
    void try_finally(T* t) {
        int finally_ = new_label(), cleanup = new_label(), exit = new_label();
        emit_pseudo(kSetupFinally, finally_);
        FBlock fb{Block::FinallyTry};
        fb.finally_body = &t->finalbody;
        u().fblocks.push_back(fb);
        if (!t->handlers.size) {
            stmts(t->body);
        } else if constexpr (std::is_same_v<T, TryStar>) {
            try_star_except(t);
        } else {
            try_except(t);
        }
        u().fblocks.pop_back();
        emit_pseudo(kPopBlock);
        stmts(t->finalbody);
        jump(Op::JUMP, exit);

        place(finally_);
        emit_pseudo(kSetupCleanup, cleanup);
        emit(Op::PUSH_EXC_INFO);
        u().fblocks.push_back({Block::FinallyEnd});
        stmts(t->finalbody);
        u().fblocks.pop_back();
        emit(Op::RERAISE, 0);
        place(cleanup);
        pop_except_and_reraise();
        place(exit);
    }

    // try: ... except* T [as name]: ... [else: ...]  (PEP 654; CPython 3.11's
    // compiler_try_star_except). The clauses run on the stack [prev, orig, raised, rest]:
    // the exception caught, a list of what clauses raise or re-raise, and the part no clause
    // has matched yet. Each clause takes its match out of rest (CHECK_EG_MATCH); an
    // exception leaving a clause joins the list. At the end the unmatched rest joins it too,
    // and PREP_RERAISE_STAR makes the one exception to raise, if any.
    void try_star_except(TryStar* t) {
        int handler = new_label(), cleanup = new_label(), orelse = new_label(), end = new_label();
        emit_pseudo(kSetupFinally, handler);
        u().fblocks.push_back({Block::TryExcept});
        stmts(t->body);
        u().fblocks.pop_back();
        emit_pseudo(kPopBlock);
        jump(Op::JUMP, orelse);

        place(handler);
        emit_pseudo(kSetupCleanup, cleanup);
        emit(Op::PUSH_EXC_INFO);
        u().fblocks.push_back({Block::ExceptionGroupHandler});
        for (unsigned i = 0; i < t->handlers.size; ++i) {
            ExceptHandler* h = t->handlers[i];  // the parser refuses a bare `except*:`
            At at(*this, h);
            int next = new_label(), no_match = new_label(), cleanup_end = new_label();
            if (i == 0) {
                emit(Op::COPY, 1);
                emit(Op::BUILD_LIST, 0);
                emit(Op::SWAP, 2);
            }
            expr(h->type);
            emit(Op::CHECK_EG_MATCH);
            emit(Op::COPY, 1);
            jump(Op::POP_JUMP_IF_NONE, no_match);
            if (h->name.data()) name_op(h->name, Context::Store, h->span);
            else emit(Op::POP_TOP);
            // The body runs in a cleanup region that unbinds the name and adds whatever
            // escapes it to the list.
            emit_pseudo(kSetupCleanup, cleanup_end);
            FBlock fb{Block::HandlerCleanup};
            fb.handler_name = h->name;
            u().fblocks.push_back(fb);
            stmts(h->body);
            u().fblocks.pop_back();
            emit_pseudo(kPopBlock);
            if (h->name.data()) unbind_handler_name(h);
            jump(Op::JUMP, next);

            place(cleanup_end);
            if (h->name.data()) unbind_handler_name(h);
            emit(Op::LIST_APPEND, 3);
            emit(Op::POP_TOP);  // lasti
            jump(Op::JUMP, next);

            place(no_match);
            emit(Op::POP_TOP);  // None
            place(next);
        }
        {
            At at(*this, t->handlers[t->handlers.size - 1]);  // the line CPython's propagation gives
            emit(Op::LIST_APPEND, 1);  // the unmatched rest (None if everything matched)
            u().fblocks.pop_back();
            int reraise = new_label();
            emit(Op::PREP_RERAISE_STAR);
            emit(Op::COPY, 1);
            jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
            emit(Op::POP_TOP);
            emit_pseudo(kPopBlock);
            emit(Op::POP_EXCEPT);
            jump(Op::JUMP, end);
            place(reraise);
            emit_pseudo(kPopBlock);
            emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            emit(Op::RERAISE, 0);
            place(cleanup);
            pop_except_and_reraise();
        }
        place(orelse);
        stmts(t->orelse);
        place(end);
    }

    // `name = None; del name` after an `except ... as name` clause.
    void unbind_handler_name(ExceptHandler* h) {
        load_const(none());
        name_op(h->name, Context::Store, h->span);
        name_op(h->name, Context::Del, h->span);
    }

    // `with` and `async with` (which awaits what __aenter__ and __aexit__ return).
    void with_stmt(const Vec<WithItem*>& items, const Vec<Stmt*>& body, unsigned pos, bool async) {
        WithItem* item = items[pos];
        int final_ = new_label(), exit = new_label(), cleanup = new_label();
        expr(item->context_expr);
        if (async) {
            emit(Op::BEFORE_ASYNC_WITH);
            await_top(1);
        } else {
            emit(Op::BEFORE_WITH);
        }
        emit_pseudo(kSetupWith, final_);
        u().fblocks.push_back({async ? Block::AsyncWith : Block::With});
        if (item->optional_vars) target(item->optional_vars, Context::Store);
        else emit(Op::POP_TOP);
        if (pos + 1 == items.size) stmts(body);
        else with_stmt(items, body, pos + 1, async);
        u().fblocks.pop_back();
        emit_pseudo(kPopBlock);
        call_exit_with_nones();
        if (async) await_top(2);
        emit(Op::POP_TOP);
        jump(Op::JUMP, exit);

        place(final_);
        emit_pseudo(kSetupCleanup, cleanup);
        emit(Op::PUSH_EXC_INFO);
        emit(Op::WITH_EXCEPT_START);
        if (async) await_top(2);
        int suppress = new_label();
        jump(Op::POP_JUMP_IF_TRUE, suppress);
        emit(Op::RERAISE, 2);
        place(cleanup);
        pop_except_and_reraise();
        place(suppress);
        emit(Op::POP_TOP);  // the exception
        emit_pseudo(kPopBlock);
        emit(Op::POP_EXCEPT);
        emit(Op::POP_TOP);  // lasti
        emit(Op::POP_TOP);  // __exit__
        place(exit);
    }

    void assert_stmt(Assert* a) {
        int end = new_label();
        jump_if(a->test, end, true);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a->msg) {
            emit(Op::PUSH_NULL);
            expr(a->msg);
            emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        place(end);
    }

    void import(Import* s) {
        for (Alias* a : s->names) {
            load_const(int_const(0));
            load_const(none());
            emit(Op::IMPORT_NAME, name_index(std::string(a->name)));
            if (a->asname.data()) {
                // `import a.b.c as d` binds d to a.b.c, reached attribute by attribute.
                std::string_view rest = a->name;
                size_t dot = rest.find('.');
                while (dot != std::string_view::npos) {
                    rest = rest.substr(dot + 1);
                    dot = rest.find('.');
                    emit(Op::IMPORT_FROM, name_index(std::string(rest.substr(0, dot))));
                    emit(Op::SWAP, 2);
                    emit(Op::POP_TOP);
                }
                name_op(a->asname, Context::Store, s->span);
            } else {
                name_op(a->name.substr(0, a->name.find('.')), Context::Store, s->span);
            }
        }
    }

    static CodeConstant int_const(int v) {
        CodeConstant c;
        c.kind = CodeConstant::Int;
        c.text = std::to_string(v);
        return c;
    }

    void import_from(ImportFrom* s) {
        load_const(int_const(s->level));
        CodeConstant names;
        names.kind = CodeConstant::Tuple;
        for (Alias* a : s->names) names.items.push_back(str_const(a->name));
        load_const(names);
        emit(Op::IMPORT_NAME, name_index(s->module.data() ? std::string(s->module) : std::string()));
        for (Alias* a : s->names) {
            if (a->name == "*") {
                emit(Op::IMPORT_STAR);
                return;
            }
            emit(Op::IMPORT_FROM, name_index(std::string(a->name)));
            name_op(a->asname.data() ? a->asname : a->name, Context::Store, s->span);
        }
        emit(Op::POP_TOP);
    }

    // ---- Targets ---------------------------------------------------------------------------

    void target(Expr* t, Context ctx) {
        At at(*this, t);
        switch (t->kind) {
            case Kind::Name: name_op(static_cast<Name*>(t)->id, ctx, t->span); break;
            case Kind::Attribute: {
                auto* a = static_cast<Attribute*>(t);
                expr(a->value);
                emit(ctx == Context::Store ? Op::STORE_ATTR : Op::DELETE_ATTR, name_index(mangle(a->attr)));
                break;
            }
            case Kind::Subscript: {
                auto* s = static_cast<Subscript*>(t);
                expr(s->value);
                expr(s->slice);
                emit(ctx == Context::Store ? Op::STORE_SUBSCR : Op::DELETE_SUBSCR);
                break;
            }
            case Kind::Tuple:
            case Kind::List: {
                auto& elts = t->kind == Kind::Tuple ? static_cast<Tuple*>(t)->elts : static_cast<List*>(t)->elts;
                if (ctx == Context::Del) {
                    for (Expr* e : elts) target(e, ctx);
                    break;
                }
                unpack(elts, t->span);
                for (Expr* e : elts) target(e->kind == Kind::Starred ? static_cast<Starred*>(e)->value : e, ctx);
                break;
            }
            case Kind::Starred:
                fail(ctx == Context::Del ? "cannot delete starred" : "starred assignment target must be in a list or tuple",
                     t->span);
                break;
            default:
                fail("internal error: bad target", t->span);
        }
    }

    void unpack(const Vec<Expr*>& elts, const Span& at) {
        int star = -1;
        for (unsigned i = 0; i < elts.size; ++i) {
            if (elts[i]->kind != Kind::Starred) continue;
            if (star >= 0) {
                fail("multiple starred expressions in assignment", at);
                return;
            }
            star = static_cast<int>(i);
        }
        if (star < 0) {
            emit(Op::UNPACK_SEQUENCE, elts.size);
            return;
        }
        uint32_t before = static_cast<uint32_t>(star), after = elts.size - before - 1;
        if (before >= 256 || after >= (1u << 16)) {
            fail("too many expressions in star-unpacking assignment", at);
            return;
        }
        emit(Op::UNPACK_EX, before | (after << 8));
    }

    // ---- Expressions -----------------------------------------------------------------------

    void expr(Expr* e) {
        if (failed_) return;
        At at(*this, e);
        switch (e->kind) {
            case Kind::Constant: load_const(from_ast(static_cast<Constant*>(e)->value)); break;
            case Kind::Name: name_op(static_cast<Name*>(e)->id, Context::Load, e->span); break;
            case Kind::BoolOp: {
                auto* b = static_cast<BoolOp*>(e);
                int end = new_label();
                Op op = b->op == BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
                for (unsigned i = 0; i < b->values.size; ++i) {
                    expr(b->values[i]);
                    if (i + 1 < b->values.size) jump(op, end);
                }
                place(end);
                break;
            }
            case Kind::NamedExpr: {
                auto* n = static_cast<NamedExpr*>(e);
                expr(n->value);
                emit(Op::COPY, 1);
                target(n->target, Context::Store);
                break;
            }
            case Kind::BinOp: {
                auto* b = static_cast<BinOp*>(e);
                expr(b->left);
                expr(b->right);
                emit(Op::BINARY_OP, static_cast<uint32_t>(b->op));
                break;
            }
            case Kind::UnaryOp: {
                auto* un = static_cast<UnaryOp*>(e);
                expr(un->operand);
                switch (un->op) {
                    case UnaryOperator::Invert: emit(Op::UNARY_INVERT); break;
                    case UnaryOperator::Not: emit(Op::UNARY_NOT); break;
                    case UnaryOperator::UAdd: emit(Op::UNARY_POSITIVE); break;
                    case UnaryOperator::USub: emit(Op::UNARY_NEGATIVE); break;
                }
                break;
            }
            case Kind::Lambda: lambda(static_cast<Lambda*>(e)); break;
            case Kind::IfExp: {
                auto* i = static_cast<IfExp*>(e);
                int otherwise = new_label(), end = new_label();
                jump_if(i->test, otherwise, false);
                expr(i->body);
                jump(Op::JUMP, end);
                place(otherwise);
                expr(i->orelse);
                place(end);
                break;
            }
            case Kind::Dict: dict(static_cast<Dict*>(e)); break;
            case Kind::Set: sequence(static_cast<Set*>(e)->elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false); break;
            case Kind::List: sequence(static_cast<List*>(e)->elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false); break;
            case Kind::Tuple: sequence(static_cast<Tuple*>(e)->elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true); break;
            case Kind::ListComp: case Kind::SetComp: case Kind::DictComp: case Kind::GeneratorExp:
                comprehension(e);
                break;
            case Kind::Await:
                if (!u().scope->is_function_like()) {
                    fail("'await' outside function", e->span);
                    return;
                }
                if (!(u().out->flags & (kCodeCoroutine | kCodeAsyncGenerator))) {
                    fail("'await' outside async function", e->span);
                    return;
                }
                expr(static_cast<Await*>(e)->value);
                await_top(0);
                break;
            case Kind::Yield: {
                if (!u().scope->is_function_like()) {
                    fail("'yield' outside function", e->span);
                    return;
                }
                auto* y = static_cast<Yield*>(e);
                if (y->value) expr(y->value);
                else load_const(none());
                if (u().out->flags & kCodeAsyncGenerator) emit(Op::ASYNC_GEN_WRAP);
                emit(Op::YIELD_VALUE);
                break;
            }
            case Kind::YieldFrom:
                if (!u().scope->is_function_like()) {
                    fail("'yield' outside function", e->span);
                    return;
                }
                if (u().out->flags & (kCodeCoroutine | kCodeAsyncGenerator)) {
                    fail("'yield from' inside async function", e->span);
                    return;
                }
                expr(static_cast<YieldFrom*>(e)->value);
                emit(Op::GET_YIELD_FROM_ITER);
                load_const(none());
                yield_from_loop();
                break;
            case Kind::Compare: compare(static_cast<Compare*>(e)); break;
            case Kind::Call: call(static_cast<Call*>(e)); break;
            case Kind::FormattedValue: formatted(static_cast<FormattedValue*>(e)); break;
            case Kind::JoinedStr: {
                auto* j = static_cast<JoinedStr*>(e);
                if (j->values.size == 0) {
                    load_const(str_const(""));
                    break;
                }
                for (Expr* v : j->values) expr(v);
                if (j->values.size > 1) emit(Op::BUILD_STRING, j->values.size);
                break;
            }
            case Kind::Attribute: {
                auto* a = static_cast<Attribute*>(e);
                expr(a->value);
                emit(Op::LOAD_ATTR, name_index(mangle(a->attr)));
                break;
            }
            case Kind::Subscript: {
                auto* s = static_cast<Subscript*>(e);
                expr(s->value);
                expr(s->slice);
                emit(Op::BINARY_SUBSCR);
                break;
            }
            case Kind::Slice: {
                auto* s = static_cast<Slice*>(e);
                if (s->lower) expr(s->lower); else load_const(none());
                if (s->upper) expr(s->upper); else load_const(none());
                if (s->step) expr(s->step);
                emit(Op::BUILD_SLICE, s->step ? 3 : 2);
                break;
            }
            case Kind::Starred:
                fail("can't use starred expression here", e->span);
                break;
            default:
                fail("internal error: unknown expression", e->span);
        }
    }

    // [iter, value] -> the delegation loop of `yield from` / `await` -> [result]
    void yield_from_loop() {
        int start = new_label(), exit = new_label();
        place(start);
        jump(Op::SEND, exit);
        emit(Op::YIELD_VALUE);
        jump(Op::JUMP, start);
        place(exit);
    }

    // Lists, tuples and sets, with `*x` items spliced in.
    void sequence(const Vec<Expr*>& elts, Op build, Op add, Op extend, bool tuple) {
        bool starred = false;
        for (Expr* x : elts) starred |= x->kind == Kind::Starred;
        if (!starred) {
            for (Expr* x : elts) expr(x);
            emit(build, elts.size);
            return;
        }
        emit(tuple ? Op::BUILD_LIST : build, 0);
        for (Expr* x : elts) {
            if (x->kind == Kind::Starred) {
                expr(static_cast<Starred*>(x)->value);
                emit(extend, 1);
            } else {
                expr(x);
                emit(add, 1);
            }
        }
        if (tuple) emit(Op::LIST_TO_TUPLE);
    }

    void dict(Dict* d) {
        bool unpacking = false;
        for (Expr* k : d->keys) unpacking |= k == nullptr;
        if (!unpacking) {
            for (unsigned i = 0; i < d->keys.size; ++i) {
                expr(d->keys[i]);
                expr(d->values[i]);
            }
            emit(Op::BUILD_MAP, d->keys.size);
            return;
        }
        emit(Op::BUILD_MAP, 0);
        for (unsigned i = 0; i < d->keys.size; ++i) {
            if (d->keys[i]) {
                expr(d->keys[i]);
                expr(d->values[i]);
                emit(Op::MAP_ADD, 1);
            } else {
                expr(d->values[i]);
                emit(Op::DICT_UPDATE, 1);
            }
        }
    }

    void compare(Compare* c) {
        static const uint32_t kCmp[] = {2, 3, 0, 1, 4, 5};  // Eq NotEq Lt LtE Gt GtE -> COMPARE_OP args
        auto emit_cmp = [&](CmpOperator op) {
            switch (op) {
                case CmpOperator::Is: emit(Op::IS_OP, 0); break;
                case CmpOperator::IsNot: emit(Op::IS_OP, 1); break;
                case CmpOperator::In: emit(Op::CONTAINS_OP, 0); break;
                case CmpOperator::NotIn: emit(Op::CONTAINS_OP, 1); break;
                default: emit(Op::COMPARE_OP, kCmp[static_cast<int>(op)]); break;
            }
        };
        expr(c->left);
        unsigned n = c->ops.size;
        if (n == 1) {
            expr(c->comparators[0]);
            emit_cmp(c->ops[0]);
            return;
        }
        int cleanup = new_label(), end = new_label();
        for (unsigned i = 0; i + 1 < n; ++i) {
            expr(c->comparators[i]);
            emit(Op::SWAP, 2);
            emit(Op::COPY, 2);
            emit_cmp(c->ops[i]);
            jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c->comparators[n - 1]);
        emit_cmp(c->ops[n - 1]);
        jump(Op::JUMP, end);
        place(cleanup);
        emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        place(end);
    }

    // Jumps to `label` when `e` is truthy (cond) or falsy (!cond), without materializing
    // intermediate booleans for `not`, `and`, `or`.
    void jump_if(Expr* e, int label, bool cond) {
        At at(*this, e);
        if (auto* u_ = as<UnaryOp>(e); u_ && u_->op == UnaryOperator::Not) {
            jump_if(u_->operand, label, !cond);
            return;
        }
        if (auto* k = as<Constant>(e)) {
            // A constant decides at compile time, as in CPython: `while True:` tests nothing.
            if (truth_of(k->value) == cond) jump(Op::JUMP, label);
            return;
        }
        if (auto* b = as<BoolOp>(e)) {
            bool is_or = b->op == BoolOperator::Or;
            int next = (is_or == cond) ? label : new_label();
            for (unsigned i = 0; i + 1 < b->values.size; ++i) jump_if(b->values[i], next, is_or);
            jump_if(b->values[b->values.size - 1], label, cond);
            if (next != label) place(next);
            return;
        }
        expr(e);
        jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
    }

    void call(Call* c) {
        // obj.method(args): LOAD_METHOD avoids building a bound method.
        bool simple = true;
        for (Expr* a : c->args) simple &= a->kind != Kind::Starred;
        for (Keyword* k : c->keywords) simple &= k->arg.data() != nullptr;
        if (auto* attr = as<Attribute>(c->func); attr && simple && c->keywords.size == 0) {
            expr(attr->value);
            emit(Op::LOAD_METHOD, name_index(mangle(attr->attr)));
            call_args(c->args, c->keywords, 0, c->span);
            return;
        }
        expr(c->func);
        emit(Op::PUSH_NULL);
        call_args(c->args, c->keywords, 0, c->span);
    }

    // Emits the arguments and the call; `extra` positional arguments are already pushed.
    void call_args(const Vec<Expr*>& args, const Vec<Keyword*>& kws, uint32_t extra, const Span& at) {
        // keyword argument repeated: a compile-time error in CPython.
        for (unsigned i = 0; i < kws.size; ++i) {
            if (!kws[i]->arg.data()) continue;
            for (unsigned j = i + 1; j < kws.size; ++j) {
                if (kws[j]->arg.data() && kws[j]->arg == kws[i]->arg) {
                    fail("keyword argument repeated: " + std::string(kws[i]->arg), kws[j]->span);
                    return;
                }
            }
        }
        bool starred = false, double_starred = false;
        for (Expr* a : args) starred |= a->kind == Kind::Starred;
        for (Keyword* k : kws) double_starred |= !k->arg.data();
        if (!starred && !double_starred) {
            for (Expr* a : args) expr(a);
            CodeConstant names;
            names.kind = CodeConstant::Tuple;
            for (Keyword* k : kws) {
                expr(k->value);
                names.items.push_back(str_const(k->arg));
            }
            if (kws.size) emit(Op::KW_NAMES, add_const(names));
            emit(Op::CALL, extra + args.size + kws.size);
            return;
        }
        // The general form: positional arguments as one tuple, keywords as one dict.
        if (extra == 0 && args.size == 1 && args[0]->kind == Kind::Starred) {
            // f(*x): x itself; CALL_FUNCTION_EX makes it a tuple (and names f in its error).
            expr(static_cast<Starred*>(args[0])->value);
        } else {
            emit(Op::BUILD_LIST, extra);
            for (Expr* a : args) {
                if (a->kind == Kind::Starred) {
                    expr(static_cast<Starred*>(a)->value);
                    emit(Op::LIST_EXTEND, 1);
                } else {
                    expr(a);
                    emit(Op::LIST_APPEND, 1);
                }
            }
            emit(Op::LIST_TO_TUPLE);
        }
        if (kws.size) {
            // Runs of named keywords become dicts merged in order, so that a name given twice
            // (f(**a, x=1)) is an error whichever comes first.
            bool have_dict = false;
            unsigned run = 0;
            auto flush = [&] {
                if (!run) return;
                emit(Op::BUILD_MAP, run);
                if (have_dict) emit(Op::DICT_MERGE, 1);
                have_dict = true;
                run = 0;
            };
            for (Keyword* k : kws) {
                if (k->arg.data()) {
                    load_const(str_const(k->arg));
                    expr(k->value);
                    ++run;
                } else {
                    flush();
                    if (!have_dict) {
                        emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    expr(k->value);
                    emit(Op::DICT_MERGE, 1);
                }
            }
            flush();
        }
        emit(Op::CALL_FUNCTION_EX, kws.size ? 1 : 0);
        (void)at;
    }

    void formatted(FormattedValue* f) {
        expr(f->value);
        uint32_t flags = 0;
        switch (f->conversion) {
            case 's': flags = 1; break;
            case 'r': flags = 2; break;
            case 'a': flags = 3; break;
            default: break;
        }
        if (f->format_spec) {
            expr(f->format_spec);
            flags |= 4;
        }
        emit(Op::FORMAT_VALUE, flags);
    }

    void lambda(Lambda* l) {
        check_params(l->args);
        uint32_t flags = defaults(l->args);
        Unit child{};
        auto code = open_unit(l, "<lambda>", child);
        set_arg_counts(*code, l->args);
        units_.push_back(&child);
        add_const(none());  // no docstring
        generator_prologue();
        expr(l->body);
        if (!(code->flags & kCodeGenerator)) emit(Op::RETURN_VALUE);
        else {
            emit(Op::POP_TOP);
            load_const(none());
            emit(Op::RETURN_VALUE);
        }
        units_.pop_back();
        make_function(child, code, flags);
    }

    // Comprehensions are functions called with the first iterator (CPython 3.11).
    void comprehension(Expr* e) {
        const Vec<Comprehension*>* gens;
        std::string_view name;
        Op build = Op::NOP;
        switch (e->kind) {
            case Kind::ListComp: gens = &static_cast<ListComp*>(e)->generators; name = "<listcomp>"; build = Op::BUILD_LIST; break;
            case Kind::SetComp: gens = &static_cast<SetComp*>(e)->generators; name = "<setcomp>"; build = Op::BUILD_SET; break;
            case Kind::DictComp: gens = &static_cast<DictComp*>(e)->generators; name = "<dictcomp>"; build = Op::BUILD_MAP; break;
            default: gens = &static_cast<GeneratorExp*>(e)->generators; name = "<genexpr>"; break;
        }
        Unit child{};
        bool in_async_function = (u().out->flags & (kCodeCoroutine | kCodeAsyncGenerator)) &&
                                 u().scope->kind != ScopeKind::Comprehension;
        bool in_comprehension = u().scope->kind == ScopeKind::Comprehension;
        auto code = open_unit(e, name, child);
        bool async = (code->flags & (kCodeCoroutine | kCodeAsyncGenerator)) != 0;
        // An asynchronous generator expression is an async generator: it may be made anywhere
        // (only iterating it needs an event loop); an async list/set/dict is awaited at once.
        bool awaited = async && e->kind != Kind::GeneratorExp;
        if (awaited && !in_async_function && !in_comprehension) {
            fail("asynchronous comprehension outside of an asynchronous function", e->span);
            return;
        }
        code->argcount = 1;
        units_.push_back(&child);
        generator_prologue();
        if (build != Op::NOP) emit(build, 0);
        comprehension_loop(e, *gens, 0);
        if (build != Op::NOP) {
            emit(Op::RETURN_VALUE);
        } else {
            load_const(none());
            emit(Op::RETURN_VALUE);
        }
        units_.pop_back();
        make_function(child, code, 0);
        emit(Op::PUSH_NULL);
        expr((*gens)[0]->iter);
        emit((*gens)[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
        emit(Op::CALL, 1);
        if (awaited) await_top(0);  // the comprehension's code is a coroutine
    }

    void comprehension_loop(Expr* e, const Vec<Comprehension*>& gens, unsigned i) {
        Comprehension* g = gens[i];
        int start = new_label(), cleanup = new_label(), next = new_label();
        if (i == 0) {
            emit(Op::LOAD_FAST, 0);  // `.0`, the iterator passed in
        } else {
            expr(g->iter);
            emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
        }
        place(start);
        if (g->is_async) {
            // As `async for`: the handler around the await ends the loop on StopAsyncIteration.
            emit_pseudo(kSetupFinally, cleanup);
            emit(Op::GET_ANEXT);
            await_top_value();
            emit_pseudo(kPopBlock);
        } else {
            jump(Op::FOR_ITER, cleanup);
        }
        target(g->target, Context::Store);
        for (Expr* cond : g->ifs) jump_if(cond, next, false);
        if (i + 1 < gens.size) {
            comprehension_loop(e, gens, i + 1);
        } else {
            uint32_t depth = gens.size + 1;  // the result sits below one iterator per loop
            switch (e->kind) {
                case Kind::ListComp: expr(static_cast<ListComp*>(e)->elt); emit(Op::LIST_APPEND, depth); break;
                case Kind::SetComp: expr(static_cast<SetComp*>(e)->elt); emit(Op::SET_ADD, depth); break;
                case Kind::DictComp: {
                    auto* d = static_cast<DictComp*>(e);
                    expr(d->key);
                    expr(d->value);
                    emit(Op::MAP_ADD, depth);
                    break;
                }
                default:
                    expr(static_cast<GeneratorExp*>(e)->elt);
                    if (u().out->flags & kCodeAsyncGenerator) emit(Op::ASYNC_GEN_WRAP);
                    emit(Op::YIELD_VALUE);
                    emit(Op::POP_TOP);
                    break;
            }
        }
        place(next);
        jump(Op::JUMP, start);
        place(cleanup);
        if (g->is_async) emit(Op::END_ASYNC_FOR);
    }

    // ---- Assembly --------------------------------------------------------------------------

    struct Handler {
        int label;
        uint32_t depth;
        bool lasti;
        bool operator==(const Handler& o) const { return label == o.label && depth == o.depth && lasti == o.lasti; }
    };

    bool assemble(Unit& unit) {
        if (failed_) return false;
        CodeUnit& out = *unit.out;
        const auto& ins = unit.ins;
        size_t n = ins.size();
        // Final index of each instruction (pseudo-instructions take no slot).
        std::vector<int> final_index(n + 1);
        int real = 0;
        for (size_t i = 0; i < n; ++i) {
            final_index[i] = real;
            if (ins[i].op < 256) ++real;
        }
        final_index[n] = real;
        auto label_target = [&](uint32_t label) { return final_index[unit.labels[label]]; };

        // Flow analysis: stack depth and active handler at every instruction.
        std::vector<int> depth_at(n + 1, -1);
        std::vector<std::vector<Handler>> handlers_at(n + 1);
        std::vector<const Handler*> handler_of(n, nullptr);
        std::vector<Handler> handler_pool;
        handler_pool.reserve(n + 1);
        std::vector<size_t> work;
        auto visit = [&](size_t pos, int depth, const std::vector<Handler>& hs) -> bool {
            if (depth < 0) return fail("internal error: negative stack depth in " + out.qualname, {});
            if (depth_at[pos] >= 0) {
                if (depth_at[pos] != depth)
                    return fail("internal error: inconsistent stack depth in " + out.qualname, {});
                return true;
            }
            depth_at[pos] = depth;
            handlers_at[pos] = hs;
            work.push_back(pos);
            return true;
        };
        if (!visit(0, 0, {})) return false;
        int max_depth = 0;
        std::vector<std::vector<Handler>> handler_sets;
        while (!work.empty()) {
            size_t pos = work.back();
            work.pop_back();
            int depth = depth_at[pos];
            std::vector<Handler> hs = handlers_at[pos];
            for (size_t i = pos; i < n; ++i) {
                if (i != pos && depth_at[i] >= 0) break;  // already analysed from here on
                if (i != pos) {
                    depth_at[i] = depth;
                    handlers_at[i] = hs;
                }
                const Ins& in = ins[i];
                max_depth = std::max(max_depth, depth);
                if (in.op >= 256) {
                    if (in.op == kPopBlock) {
                        if (!hs.empty()) hs.pop_back();
                        continue;
                    }
                    bool lasti = in.op != kSetupFinally;
                    uint32_t hdepth = static_cast<uint32_t>(in.op == kSetupWith ? depth - 1 : depth);
                    int target = unit.labels[in.arg];
                    if (!visit(static_cast<size_t>(target), static_cast<int>(hdepth) + (lasti ? 1 : 0) + 1, hs)) return false;
                    hs.push_back({static_cast<int>(in.arg), hdepth, lasti});
                    continue;
                }
                if (!hs.empty()) {
                    handler_pool.push_back(hs.back());
                    handler_of[i] = &handler_pool.back();
                }
                Op op = static_cast<Op>(in.op);
                if (vm::is_jump(op)) {
                    int target = unit.labels[in.arg];
                    if (!visit(static_cast<size_t>(target), depth + vm::stack_effect_jump(op, in.arg), hs)) return false;
                }
                // Some instructions hold one more value while they work (vm/interp.cpp): the
                // new set or dict above its items, the sequence below what it unpacks to.
                if (op == Op::BUILD_SET || op == Op::BUILD_MAP) max_depth = std::max(max_depth, depth + 1);
                depth += vm::stack_effect(op, in.arg);
                if (op == Op::UNPACK_SEQUENCE || op == Op::UNPACK_EX) max_depth = std::max(max_depth, depth + 1);
                max_depth = std::max(max_depth, depth);
                if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE) break;
                if (i + 1 < n && depth_at[i + 1] >= 0) {
                    if (depth_at[i + 1] != depth)
                        return fail("internal error: inconsistent stack depth in " + out.qualname, {});
                    break;
                }
            }
        }

        // Emit the real instructions, resolve jumps, and build the tables.
        out.code.clear();
        out.lines.clear();
        out.code.reserve(real);
        const Handler* open = nullptr;
        uint32_t open_start = 0;
        auto close = [&](uint32_t end) {
            if (open && end > open_start)
                out.exceptions.push_back({open_start, end, static_cast<uint32_t>(label_target(open->label)), open->depth,
                                          open->lasti});
            open = nullptr;
        };
        for (size_t i = 0; i < n; ++i) {
            const Ins& in = ins[i];
            if (in.op >= 256) continue;
            Op op = static_cast<Op>(in.op);
            uint32_t arg = vm::is_jump(op) ? static_cast<uint32_t>(label_target(in.arg)) : in.arg;
            if (arg > vm::kMaxArg) return fail("code too large to compile", {});
            uint32_t here = static_cast<uint32_t>(out.code.size());
            const Handler* h = handler_of[i];
            if (!(h == open || (h && open && *h == *open))) {
                close(here);
                if (h) {
                    open = h;
                    open_start = here;
                }
            }
            out.code.push_back(vm::encode(op, arg));
            out.lines.push_back(in.line);
        }
        close(static_cast<uint32_t>(out.code.size()));
        out.stacksize = max_depth;
        out.filename = filename_;
        return !failed_;
    }

    const SymbolTable& symbols_;
    std::string filename_;
    Diagnostic& error_;
    std::vector<Unit*> units_;
    bool failed_ = false;
    bool interactive_ = false;
};

std::shared_ptr<CodeUnit> compile(const Mod* tree, const SymbolTable& symbols, std::string_view filename,
                                  Diagnostic& error) {
    Codegen g(symbols, filename, error);
    return g.module(tree);
}

}  // namespace krait::compiler
