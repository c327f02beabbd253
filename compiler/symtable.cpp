#include "compiler/symtable.hpp"

#include <unordered_set>

#include "compiler/error.hpp"

namespace krait::compiler {

using namespace krait::ast;
using NameSet = std::unordered_set<std::string_view>;

namespace {

std::string quoted(std::string_view n) { return "'" + std::string(n) + "'"; }

}  // namespace

// Pass one: records how each scope uses each name.
class SymbolBuilder {
public:
    SymbolBuilder(SymbolTable& t, Diagnostic& e) : table_(t), error_(e) {}

    bool run(const Mod* m) {
        table_.top_ = std::make_unique<ScopeInfo>();
        table_.top_->kind = ScopeKind::Module;
        table_.top_->name = "top";
        table_.top_->node = m;
        cur_ = table_.top_.get();
        if (auto* mod = as<Module>(const_cast<Mod*>(m))) stmts(mod->body);
        else if (auto* inter = as<Interactive>(const_cast<Mod*>(m))) stmts(inter->body);
        else if (auto* e = as<Expression>(const_cast<Mod*>(m))) expr(e->body);
        return !failed_;
    }

private:
    bool fail(std::string msg, const Span& at) {
        if (failed_) return false;
        failed_ = true;
        error_ = compile_error(std::move(msg), at);
        return false;
    }

    ScopeInfo* open(ScopeKind kind, std::string_view name, const Node* node) {
        auto s = std::make_unique<ScopeInfo>();
        s->kind = kind;
        s->name = name;
        s->node = node;
        s->parent = cur_;
        ScopeInfo* raw = s.get();
        cur_->children.push_back(std::move(s));
        table_.by_node_[node] = raw;
        cur_ = raw;
        return raw;
    }
    void close() { cur_ = cur_->parent; }

    Symbol& sym(ScopeInfo* s, std::string_view name, const Span& at) {
        auto it = s->index.find(name);
        if (it != s->index.end()) return s->symbols[it->second];
        s->index.emplace(name, s->symbols.size());
        s->symbols.push_back(Symbol{name, 0, Scope::Local, at});
        return s->symbols.back();
    }
    void add(std::string_view name, uint16_t flag, const Span& at) { add_in(cur_, name, flag, at); }
    void add_in(ScopeInfo* s, std::string_view name, uint16_t flag, const Span& at) {
        Symbol& y = sym(s, name, at);
        if ((flag & kDefParam) && (y.flags & kDefParam)) {
            fail("duplicate argument " + quoted(name) + " in function definition", at);
            return;
        }
        y.flags |= flag;
        // A name declared global anywhere is a global of the module too (as in CPython).
        if ((flag & kDefGlobal) && s != table_.top_.get()) sym(table_.top_.get(), name, at).flags |= kDefGlobal;
    }

    void stmts(const Vec<Stmt*>& body) {
        for (Stmt* s : body) {
            if (failed_) return;
            stmt(s);
        }
    }
    void exprs(const Vec<Expr*>& es) {
        for (Expr* e : es)
            if (e) expr(e);
    }

    void params(const Arguments* a) {
        auto one = [&](Arg* p) {
            add(p->arg, kDefParam, p->span);
            cur_->params.push_back(p->arg);
        };
        for (Arg* p : a->posonlyargs) one(p);
        for (Arg* p : a->args) one(p);
        for (Arg* p : a->kwonlyargs) one(p);
        if (a->vararg) one(a->vararg);
        if (a->kwarg) one(a->kwarg);
    }
    void annotations(const Arguments* a) {
        auto one = [&](Arg* p) {
            if (p && p->annotation) expr(p->annotation);
        };
        for (Arg* p : a->posonlyargs) one(p);
        for (Arg* p : a->args) one(p);
        one(a->vararg);
        for (Arg* p : a->kwonlyargs) one(p);
        one(a->kwarg);
    }
    void defaults(const Arguments* a) {
        exprs(a->defaults);
        exprs(a->kw_defaults);
    }

    void function(const Node* n, std::string_view name, const Arguments* args, const Vec<Expr*>& decorators,
                  Expr* returns, const Vec<Stmt*>& body, bool async) {
        add(name, kDefLocal, n->span);
        exprs(decorators);
        defaults(args);
        annotations(args);
        if (returns) expr(returns);
        ScopeInfo* s = open(ScopeKind::Function, name, n);
        s->is_coroutine = async;
        params(args);
        stmts(body);
        close();
    }

    // `global x` / `nonlocal x`: CPython's checks, in its order.
    void declare(const Stmt* s, const Vec<Identifier>& names, bool nonlocal) {
        const char* what = nonlocal ? "nonlocal" : "global";
        for (Identifier n : names) {
            if (const Symbol* y = cur_->find(n)) {
                uint16_t f = y->flags;
                if (f & (kDefParam | kDefLocal | kUse | kDefAnnotated)) {
                    std::string msg;
                    if (f & kDefParam) msg = "name " + quoted(n) + " is parameter and " + what;
                    else if (f & kUse) msg = "name " + quoted(n) + " is used prior to " + what + " declaration";
                    else if (f & kDefAnnotated) msg = "annotated name " + quoted(n) + " can't be " + what;
                    else msg = "name " + quoted(n) + " is assigned to before " + what + " declaration";
                    fail(msg, s->span);
                    return;
                }
            }
            add(n, nonlocal ? kDefNonlocal : kDefGlobal, s->span);
        }
    }

    void stmt(Stmt* s) {
        switch (s->kind) {
            case Kind::FunctionDef: {
                auto* f = static_cast<FunctionDef*>(s);
                function(f, f->name, f->args, f->decorator_list, f->returns, f->body, false);
                break;
            }
            case Kind::AsyncFunctionDef: {
                auto* f = static_cast<AsyncFunctionDef*>(s);
                function(f, f->name, f->args, f->decorator_list, f->returns, f->body, true);
                break;
            }
            case Kind::ClassDef: {
                auto* c = static_cast<ClassDef*>(s);
                add(c->name, kDefLocal, c->span);
                exprs(c->decorator_list);
                exprs(c->bases);
                for (Keyword* k : c->keywords) expr(k->value);
                open(ScopeKind::Class, c->name, c);
                stmts(c->body);
                close();
                break;
            }
            case Kind::Global:
                declare(s, static_cast<Global*>(s)->names, false);
                break;
            case Kind::Nonlocal:
                declare(s, static_cast<Nonlocal*>(s)->names, true);
                break;
            case Kind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(s);
                if (auto* n = as<Name>(a->target)) {
                    if (const Symbol* y = cur_->find(n->id); y && (y->flags & (kDefGlobal | kDefNonlocal)) && a->simple) {
                        const char* what = (y->flags & kDefGlobal) ? "global" : "nonlocal";
                        fail("annotated name " + quoted(n->id) + " can't be " + what, s->span);
                        return;
                    }
                    add(n->id, a->simple ? kDefAnnotated | kDefLocal : kDefLocal, n->span);
                } else {
                    expr(a->target);
                }
                expr(a->annotation);
                if (a->value) expr(a->value);
                break;
            }
            case Kind::AugAssign: {
                auto* a = static_cast<AugAssign*>(s);
                expr(a->target);
                if (auto* n = as<Name>(a->target)) add(n->id, kUse, n->span);
                expr(a->value);
                break;
            }
            case Kind::Import:
                for (Alias* a : static_cast<Import*>(s)->names) {
                    std::string_view n = a->asname.data() ? a->asname : a->name.substr(0, a->name.find('.'));
                    add(n, kDefLocal | kDefImport, s->span);
                }
                break;
            case Kind::ImportFrom:
                for (Alias* a : static_cast<ImportFrom*>(s)->names) {
                    if (a->name == "*") {
                        if (cur_->kind != ScopeKind::Module) {
                            fail("import * only allowed at module level", a->span);
                            return;
                        }
                        cur_->has_star_import = true;
                        continue;
                    }
                    add(a->asname.data() ? a->asname : a->name, kDefLocal | kDefImport, s->span);
                }
                break;
            case Kind::Try:
            case Kind::TryStar: {
                auto& handlers = s->kind == Kind::Try ? static_cast<Try*>(s)->handlers : static_cast<TryStar*>(s)->handlers;
                auto& body = s->kind == Kind::Try ? static_cast<Try*>(s)->body : static_cast<TryStar*>(s)->body;
                auto& orelse = s->kind == Kind::Try ? static_cast<Try*>(s)->orelse : static_cast<TryStar*>(s)->orelse;
                auto& finalbody = s->kind == Kind::Try ? static_cast<Try*>(s)->finalbody : static_cast<TryStar*>(s)->finalbody;
                stmts(body);
                for (ExceptHandler* h : handlers) {
                    if (h->type) expr(h->type);
                    if (h->name.data()) add(h->name, kDefLocal, h->span);
                    stmts(h->body);
                }
                stmts(orelse);
                stmts(finalbody);
                break;
            }
            default:
                for_each_child(s, [&](Node* c) { node(c); });
                break;
        }
    }

    // Children reached generically: statements, expressions and the small helper nodes.
    void node(Node* n) {
        if (failed_) return;
        switch (n->kind) {
            case Kind::WithItem: {
                auto* w = static_cast<WithItem*>(n);
                expr(w->context_expr);
                if (w->optional_vars) expr(w->optional_vars);
                break;
            }
            case Kind::Keyword: expr(static_cast<Keyword*>(n)->value); break;
            case Kind::ExceptHandler:
            case Kind::Comprehension:
            case Kind::Arguments:
            case Kind::Arg:
            case Kind::Alias:
                for_each_child(n, [&](Node* c) { node(c); });
                break;
            default:
                if (is_stmt(n)) stmt(static_cast<Stmt*>(n));
                else expr(static_cast<Expr*>(n));
        }
    }
    static bool is_stmt(const Node* n) { return n->kind >= Kind::FunctionDef && n->kind <= Kind::Continue; }

    // A comprehension: the first iterable is evaluated outside, the rest inside a new
    // function scope whose only parameter is `.0`.
    void comprehension(Expr* e, std::string_view name, const Vec<Comprehension*>& gens, Expr* elt, Expr* value,
                       bool generator) {
        Comprehension* first = gens[0];
        bool outer_iter = in_comp_iter_;
        in_comp_iter_ = true;
        expr(first->iter);
        in_comp_iter_ = outer_iter;
        ScopeInfo* s = open(ScopeKind::Comprehension, name, e);
        s->is_generator = generator;
        bool async = false;
        for (Comprehension* g : gens) async |= g->is_async != 0;
        s->is_coroutine = async;
        add(".0", kDefParam, e->span);
        s->params.push_back(".0");
        for (unsigned i = 0; i < gens.size; ++i) {
            Comprehension* g = gens[i];
            if (i > 0) {
                in_comp_iter_ = true;
                expr(g->iter);
                in_comp_iter_ = outer_iter;
            }
            comp_target_ = true;
            expr(g->target);
            comp_target_ = false;
            exprs(g->ifs);
        }
        if (value) expr(value);
        expr(elt);
        close();
        // An async list/set/dict comprehension is awaited where it is built, so a comprehension
        // around it becomes asynchronous too (as in 3.11).
        if (s->is_coroutine && !generator && cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
    }

    // `x := v` inside comprehensions binds x in the nearest enclosing function or module.
    void named_target(NamedExpr* ne) {
        auto* n = static_cast<Name*>(ne->target);
        if (in_comp_iter_) {
            fail("assignment expression cannot be used in a comprehension iterable expression", n->span);
            return;
        }
        if (cur_->kind != ScopeKind::Comprehension) {
            add(n->id, kDefLocal, n->span);
            return;
        }
        for (ScopeInfo* s = cur_; s; s = s->parent) {
            if (s->kind == ScopeKind::Comprehension) {
                if (const Symbol* y = s->find(n->id); y && (y->flags & kDefCompIter)) {
                    fail("assignment expression cannot rebind comprehension iteration variable " + quoted(n->id),
                         n->span);
                    return;
                }
                continue;
            }
            if (s->kind == ScopeKind::Class) {
                fail("assignment expression within a comprehension cannot be used in a class body", n->span);
                return;
            }
            // Bound in s; each comprehension on the way reaches it as a nonlocal, or as a global
            // when s is the module or declares it global.
            const Symbol* declared = s->find(n->id);
            bool global = s->kind == ScopeKind::Module || (declared && (declared->flags & kDefGlobal));
            for (ScopeInfo* c = cur_; c != s; c = c->parent)
                add_in(c, n->id, global ? kDefGlobal : kDefNonlocal, n->span);
            add_in(s, n->id, global ? kDefGlobal : kDefLocal, n->span);
            return;
        }
    }

    void expr(Expr* e) {
        if (failed_) return;
        switch (e->kind) {
            case Kind::Name: {
                auto* n = static_cast<Name*>(e);
                if (n->ctx == Context::Load) {
                    add(n->id, kUse, n->span);
                    // super() needs the class cell: an implicit use of __class__.
                    if (n->id == "super" && cur_->is_function_like()) add("__class__", kUse, n->span);
                } else {
                    add(n->id, comp_target_ ? kDefLocal | kDefCompIter : kDefLocal, n->span);
                }
                break;
            }
            case Kind::NamedExpr: {
                auto* ne = static_cast<NamedExpr*>(e);
                expr(ne->value);
                named_target(ne);
                break;
            }
            case Kind::Lambda: {
                auto* l = static_cast<Lambda*>(e);
                defaults(l->args);
                open(ScopeKind::Lambda, "<lambda>", l);
                params(l->args);
                expr(l->body);
                close();
                break;
            }
            case Kind::ListComp: {
                auto* c = static_cast<ListComp*>(e);
                comprehension(e, "<listcomp>", c->generators, c->elt, nullptr, false);
                break;
            }
            case Kind::SetComp: {
                auto* c = static_cast<SetComp*>(e);
                comprehension(e, "<setcomp>", c->generators, c->elt, nullptr, false);
                break;
            }
            case Kind::DictComp: {
                auto* c = static_cast<DictComp*>(e);
                comprehension(e, "<dictcomp>", c->generators, c->value, c->key, false);
                break;
            }
            case Kind::GeneratorExp: {
                auto* c = static_cast<GeneratorExp*>(e);
                comprehension(e, "<genexpr>", c->generators, c->elt, nullptr, true);
                break;
            }
            case Kind::Yield:
            case Kind::YieldFrom:
                if (cur_->kind == ScopeKind::Comprehension) {
                    fail(std::string("'yield' inside ") + comprehension_kind(cur_), e->span);
                    return;
                }
                cur_->is_generator = true;
                for_each_child(e, [&](Node* c) { node(c); });
                break;
            case Kind::Await:
                if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
                for_each_child(e, [&](Node* c) { node(c); });
                break;
            default: {
                bool target = comp_target_;
                // Only the names of a target are bound; subexpressions (a[i], a.b) are read.
                if (e->kind == Kind::Attribute || e->kind == Kind::Subscript) comp_target_ = false;
                for_each_child(e, [&](Node* c) { node(c); });
                comp_target_ = target;
                break;
            }
        }
    }

    static const char* comprehension_kind(const ScopeInfo* s) {
        switch (s->node->kind) {
            case Kind::ListComp: return "list comprehension";
            case Kind::SetComp: return "set comprehension";
            case Kind::DictComp: return "dict comprehension";
            default: return "generator expression";
        }
    }

    SymbolTable& table_;
    Diagnostic& error_;
    ScopeInfo* cur_ = nullptr;
    bool failed_ = false;
    bool in_comp_iter_ = false;  // visiting a comprehension's iterable
    bool comp_target_ = false;   // visiting a comprehension's target
};

// Pass two: resolves scopes (CPython's analyze_block, in the same shape).
class Analyzer {
public:
    explicit Analyzer(Diagnostic& e) : error_(e) {}

    bool block(ScopeInfo* s, const NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newglobal, newbound, newfree;
        if (s->kind == ScopeKind::Class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (Symbol& y : s->symbols)
            if (!name(s, y, bound, local, free, global)) return false;
        if (s->kind != ScopeKind::Class) {
            if (s->is_function_like()) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (auto& c : s->children) {
            NameSet child_bound = newbound, child_global = newglobal, child_free;
            if (!block(c.get(), &child_bound, child_free, child_global)) return false;
            allfree.insert(child_free.begin(), child_free.end());
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (s->is_function_like()) {
            // Locals captured by inner scopes become cells.
            for (Symbol& y : s->symbols)
                if (y.scope == Scope::Local && newfree.erase(y.name)) y.scope = Scope::Cell;
        } else if (s->kind == ScopeKind::Class) {
            if (newfree.erase("__class__")) s->needs_class_cell = true;
        }
        // Free names of children that are not bound here pass through this scope.
        for (std::string_view n : newfree) {
            auto it = s->index.find(n);
            if (it != s->index.end()) {
                Symbol& y = s->symbols[it->second];
                if (s->kind == ScopeKind::Class && (y.flags & (kDefLocal | kDefParam | kDefImport | kDefGlobal)))
                    y.flags |= kDefFreeClass;
                continue;
            }
            if (bound && !bound->count(n)) continue;  // a global
            s->index.emplace(n, s->symbols.size());
            s->symbols.push_back(Symbol{n, 0, Scope::Free, {}});
        }
        if (const Symbol* y = s->find("__class__"); y && y->scope == Scope::Free) s->uses_class_cell = true;
        free.insert(newfree.begin(), newfree.end());
        return true;
    }

private:
    bool name(ScopeInfo* s, Symbol& y, const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
        uint16_t f = y.flags;
        if (f & kDefGlobal) {
            if (f & kDefNonlocal) return fail("name " + quoted(y.name) + " is nonlocal and global", y.first_use);
            y.scope = Scope::GlobalExplicit;
            global.insert(y.name);
            return true;
        }
        if (f & kDefNonlocal) {
            if (!bound) return fail("nonlocal declaration not allowed at module level", y.first_use);
            if (!bound->count(y.name))
                return fail("no binding for nonlocal " + quoted(y.name) + " found", y.first_use);
            y.scope = Scope::Free;
            free.insert(y.name);
            return true;
        }
        if (f & (kDefLocal | kDefParam | kDefImport)) {
            y.scope = Scope::Local;
            local.insert(y.name);
            global.erase(y.name);
            return true;
        }
        if (bound && bound->count(y.name)) {
            y.scope = Scope::Free;
            free.insert(y.name);
            return true;
        }
        y.scope = Scope::GlobalImplicit;
        (void)s;
        return true;
    }

    bool fail(std::string msg, const Span& at) {
        error_ = compile_error(std::move(msg), at);
        return false;
    }

    Diagnostic& error_;
};

bool SymbolTable::build(const Mod* module, Diagnostic& error) {
    SymbolBuilder b(*this, error);
    if (!b.run(module)) return false;
    Analyzer a(error);
    NameSet free, global;
    return a.block(top_.get(), nullptr, free, global);
}

}  // namespace krait::compiler
