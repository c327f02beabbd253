#include "parser/builder.hpp"

#include <algorithm>

#include "grammar.h"
#include "parser/fstring.hpp"
#include "parser/literal.hpp"
#include "support/unicode.hpp"

namespace krait::parse {

// ---- Errors and bookkeeping ------------------------------------------------------------

void Builder::error(Diagnostic::Type type, std::string msg, Span at) {
    if (failed_) return;
    failed_ = true;
    error_.type = type;
    error_.message = in_fstring_ && type == Diagnostic::Type::SyntaxError ? "f-string: " + msg : std::move(msg);
    error_.line = at.line;
    error_.col = at.col;
    error_.end_line = at.end_line;
    error_.end_col = at.end_col;
    error_.from_parser = true;
}

void Builder::syntax_error(int major, const Token& tok) {
    if (syntax_error_ || failed_) return;
    syntax_error_ = true;
    error_token_ = tok;
    error_token_.kind = major;
}

void Builder::stack_overflow() {
    overflow_ = true;
    error(Diagnostic::Type::MemoryError, "", Span{});
}

void Builder::finish(Node* n) {
    int depth = 0;
    for_each_child(n, [&](Node* c) { depth = std::max(depth, int(c->depth)); });
    n->depth = static_cast<uint16_t>(std::min(depth + 1, 65535));
    if (depth + 1 > kMaxDepth) too_deep_ = true;
}

Span Builder::stmts_end(const Token& t, const Vec<Stmt*>& body) const {
    Span s = span(t);
    if (body.size) {
        s.end_line = body[body.size - 1]->span.end_line;
        s.end_col = body[body.size - 1]->span.end_col;
    }
    return s;
}

// ---- Modules ---------------------------------------------------------------------------

void Builder::module(Vec<Stmt*> body) {
    auto* m = node<Module>(Span{});
    m->body = body;
    result_ = m;
}

void Builder::expression(Expr* body) {
    auto* m = node<Expression>(Span{});
    m->body = body;
    result_ = m;
}

void Builder::interactive(Vec<Stmt*> body) {
    auto* m = node<Interactive>(Span{});
    m->body = body;
    result_ = m;
}

void Builder::interactive_one(Stmt* s) {
    Vec<Stmt*> body = Vec<Stmt*>::empty();
    body.push(arena_, s);
    interactive(body);
}

// ---- Targets ---------------------------------------------------------------------------

const char* expr_name(const Expr* e) {
    switch (e->kind) {
        case Kind::Attribute: return "attribute";
        case Kind::Subscript: return "subscript";
        case Kind::Starred: return "starred";
        case Kind::Name: return "name";
        case Kind::List: return "list";
        case Kind::Tuple: return "tuple";
        case Kind::Lambda: return "lambda";
        case Kind::Call: return "function call";
        case Kind::BoolOp: case Kind::BinOp: case Kind::UnaryOp: return "expression";
        case Kind::GeneratorExp: return "generator expression";
        case Kind::Yield: case Kind::YieldFrom: return "yield expression";
        case Kind::Await: return "await expression";
        case Kind::ListComp: return "list comprehension";
        case Kind::SetComp: return "set comprehension";
        case Kind::DictComp: return "dict comprehension";
        case Kind::Dict: return "dict literal";
        case Kind::Set: return "set display";
        case Kind::JoinedStr: case Kind::FormattedValue: return "f-string expression";
        case Kind::Constant: {
            auto tag = static_cast<const Constant*>(e)->value.tag;
            if (tag == ConstValue::None) return "None";
            if (tag == ConstValue::True) return "True";
            if (tag == ConstValue::False) return "False";
            if (tag == ConstValue::Ellipsis) return "ellipsis";
            return "literal";
        }
        case Kind::Compare: return "comparison";
        case Kind::IfExp: return "conditional expression";
        case Kind::NamedExpr: return "named expression";
        default: return "expression";
    }
}

Expr* Builder::invalid_target(Expr* e, Targets type) {
    switch (e->kind) {
        case Kind::Tuple:
        case Kind::List: {
            auto& elts = e->kind == Kind::Tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
            for (Expr* x : elts)
                if (Expr* bad = invalid_target(x, type)) return bad;
            return nullptr;
        }
        case Kind::Starred:
            if (type == Targets::Del) return e;
            return invalid_target(static_cast<Starred*>(e)->value, type);
        case Kind::Name:
        case Kind::Attribute:
        case Kind::Subscript:
            return nullptr;
        default:
            return e;
    }
}

bool Builder::check_target(Expr* e, Targets type) {
    Expr* bad = invalid_target(e, type);
    if (!bad) return true;
    error(std::string(type == Targets::Del ? "cannot delete " : "cannot assign to ") + expr_name(bad), bad->span);
    return false;
}

void Builder::set_context(Expr* e, Context ctx) {
    switch (e->kind) {
        case Kind::Name: static_cast<Name*>(e)->ctx = ctx; break;
        case Kind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
        case Kind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
        case Kind::Starred: {
            auto* s = static_cast<Starred*>(e);
            s->ctx = ctx;
            set_context(s->value, ctx);
            break;
        }
        case Kind::Tuple: {
            auto* t = static_cast<Tuple*>(e);
            t->ctx = ctx;
            for (Expr* x : t->elts) set_context(x, ctx);
            break;
        }
        case Kind::List: {
            auto* l = static_cast<List*>(e);
            l->ctx = ctx;
            for (Expr* x : l->elts) set_context(x, ctx);
            break;
        }
        default: break;
    }
}

// True if e, as written, could be parsed by CPython's `bitwise_or` rule: what decides
// whether a bad assignment gets the "Maybe you meant '=='" hint.
static bool is_bitwise_or(const Expr* e) {
    if (e->flags & kParenthesized) return true;
    switch (e->kind) {
        case Kind::Compare: case Kind::BoolOp: case Kind::IfExp: case Kind::Lambda:
        case Kind::NamedExpr: case Kind::Starred: case Kind::Yield: case Kind::YieldFrom:
            return false;
        case Kind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOperator::Not;
        case Kind::Tuple: return false;
        default: return true;
    }
}

// Whether an expression begins with something `bitwise_or` can parse.
static bool starts_with_bitwise_or(const Expr* e) {
    while (!(e->flags & kParenthesized)) {
        switch (e->kind) {
            case Kind::Yield: case Kind::YieldFrom: case Kind::Lambda: case Kind::Starred: return false;
            case Kind::UnaryOp:
                if (static_cast<const UnaryOp*>(e)->op == UnaryOperator::Not) return false;
                return true;
            case Kind::BoolOp: e = static_cast<const BoolOp*>(e)->values[0]; continue;
            case Kind::Compare: e = static_cast<const Compare*>(e)->left; continue;
            case Kind::IfExp: e = static_cast<const IfExp*>(e)->body; continue;
            case Kind::Tuple:
                if (static_cast<const Tuple*>(e)->elts.size == 0) return false;
                e = static_cast<const Tuple*>(e)->elts[0];
                continue;
            default: return true;
        }
    }
    return true;
}

// Whether e begins with a list, tuple or generator display or True/None/False, which
// CPython's hint rule excludes.
static bool starts_with_display(const Expr* e) {
    for (;;) {
        if (e->flags & kParenthesized) {
            return e->kind == Kind::Tuple || e->kind == Kind::GeneratorExp;
        }
        switch (e->kind) {
            case Kind::List: return true;
            case Kind::Constant: {
                auto tag = static_cast<const Constant*>(e)->value.tag;
                return tag == ConstValue::True || tag == ConstValue::False || tag == ConstValue::None;
            }
            case Kind::BinOp: e = static_cast<const BinOp*>(e)->left; continue;
            case Kind::Attribute: e = static_cast<const Attribute*>(e)->value; continue;
            case Kind::Subscript: e = static_cast<const Subscript*>(e)->value; continue;
            case Kind::Call: e = static_cast<const Call*>(e)->func; continue;
            default: return false;
        }
    }
}

// ---- Simple statements -----------------------------------------------------------------

Stmt* Builder::simple(Kind k, const Token& t) {
    Stmt* s;
    switch (k) {
        case Kind::Pass: s = node<Pass>(span(t)); break;
        case Kind::Break: s = node<Break>(span(t)); break;
        default: s = node<Continue>(span(t)); break;
    }
    return done(s);
}

Stmt* Builder::expr_stmt(Expr* e) {
    auto* s = node<ExprStmt>(e->span);
    s->value = e;
    return done(s);
}

Stmt* Builder::assign(Expr* first, const Vec<Expr*>& chain) {
    // t0 = t1 = ... = value: every item but the last is a target.
    Expr* value = chain[chain.size - 1];
    auto* s = node<Assign>(span(first, value));
    s->targets = Vec<Expr*>::empty();
    for (unsigned i = 0; i + 1 <= chain.size; ++i) {
        Expr* t = i == 0 ? first : chain[i - 1];
        if (t->kind == Kind::Yield || t->kind == Kind::YieldFrom) {
            if (!(t->flags & kParenthesized)) {
                error("assignment to yield expression not possible", t->span);
                break;
            }
        }
        if (Expr* bad = invalid_target(t, Targets::Store)) {
            bool hint = i == 0 && bad == t && chain.size == 1 && is_bitwise_or(t) && !starts_with_display(t) &&
                        starts_with_bitwise_or(value);
            error(std::string("cannot assign to ") + expr_name(bad) +
                      (hint ? " here. Maybe you meant '==' instead of '='?" : ""),
                  bad->span);
            break;
        }
        set_context(t, Context::Store);
        s->targets.push(arena_, t);
    }
    s->value = value;
    return done(s);
}

Stmt* Builder::aug_assign(Expr* target, int op, Expr* value) {
    auto* s = node<AugAssign>(span(target, value));
    if (target->kind != Kind::Name && target->kind != Kind::Attribute && target->kind != Kind::Subscript)
        error(std::string("'") + expr_name(target) + "' is an illegal expression for augmented assignment", target->span);
    set_context(target, Context::Store);
    s->target = target;
    s->op = static_cast<Operator>(op);
    s->value = value;
    return done(s);
}

Stmt* Builder::ann_assign(Expr* target, Expr* annotation, Expr* value) {
    auto* s = node<AnnAssign>(span(target, value ? value : annotation));
    bool paren = target->flags & kParenthesized;
    switch (target->kind) {
        case Kind::Name: s->simple = paren ? 0 : 1; break;
        case Kind::Attribute: case Kind::Subscript: s->simple = 0; break;
        case Kind::Tuple: error("only single target (not tuple) can be annotated", target->span); break;
        case Kind::List: error("only single target (not list) can be annotated", target->span); break;
        default: error("illegal target for annotation", target->span); break;
    }
    set_context(target, Context::Store);
    s->target = target;
    s->annotation = annotation;
    s->value = value;
    return done(s);
}

Stmt* Builder::del(const Token& t, const Vec<Expr*>& targets) {
    auto* s = node<Delete>(span(span(t), targets[targets.size - 1]->span));
    for (Expr* e : targets) {
        if (!check_target(e, Targets::Del)) break;
        set_context(e, Context::Del);
    }
    s->targets = targets;
    return done(s);
}

Stmt* Builder::return_(const Token& t, Expr* value) {
    auto* s = node<Return>(value ? span(span(t), value->span) : span(t));
    s->value = value;
    return done(s);
}

Stmt* Builder::raise(const Token& t, Expr* exc, Expr* cause) {
    Expr* last = cause ? cause : exc;
    auto* s = node<Raise>(last ? span(span(t), last->span) : span(t));
    s->exc = exc;
    s->cause = cause;
    return done(s);
}

Stmt* Builder::global(const Token& t, const Vec<Identifier>& names, bool nonlocal) {
    Span sp = span(span(t), span(last_name_));
    if (nonlocal) {
        auto* s = node<Nonlocal>(sp);
        s->names = names;
        return done(s);
    }
    auto* s = node<Global>(sp);
    s->names = names;
    return done(s);
}

Stmt* Builder::assert_(const Token& t, Expr* test, Expr* msg) {
    auto* s = node<Assert>(span(span(t), (msg ? msg : test)->span));
    s->test = test;
    s->msg = msg;
    return done(s);
}

Identifier Builder::name_text(const Token& t) {
    std::string_view text = t.text(src_);
    for (unsigned char c : text)
        if (c >= 0x80) return arena_.copy(unicode::nfkc(text));  // PEP 3131
    return text;
}

Identifier Builder::dotted(Identifier left, const Token& name) {
    Identifier right = name_text(name);
    char* p = static_cast<char*>(arena_.allocate(left.size() + right.size() + 2, 1));
    std::memcpy(p, left.data(), left.size());
    p[left.size()] = '.';
    std::memcpy(p + left.size() + 1, right.data(), right.size());
    p[left.size() + right.size() + 1] = '\0';
    return {p, left.size() + right.size() + 1};
}

Alias* Builder::alias(Identifier name, Identifier asname) {
    auto* a = node<Alias>(Span{});
    a->name = name;
    a->asname = asname;
    return done(a);
}

Stmt* Builder::import(const Token& t, const Vec<Alias*>& names) {
    auto* s = node<Import>(span(t));
    s->names = names;
    return done(s);
}

Vec<Alias*> Builder::star_alias(const Token& star) {
    Vec<Alias*> v = Vec<Alias*>::empty();
    Alias* a = alias(Identifier("*"), Identifier());
    a->span = span(star);
    v.push(arena_, a);
    return v;
}

Stmt* Builder::import_from(const ImportFrom_& head, const Vec<Alias*>& names, const Token* end) {
    Span s = span(head.from);
    if (end) s = span(s, span(*end));
    auto* n = node<ImportFrom>(s);
    n->module = head.module;
    n->names = names;
    n->level = head.level;
    return done(n);
}

Stmt* Builder::trailing_import_comma(const Token& comma) {
    Span at{lookahead_.line, lookahead_.col, lookahead_.line, lookahead_.col + 1};
    error("trailing comma not allowed without surrounding parentheses", at);
    return done(node<Pass>(span(comma)));
}

// ---- Compound statements ---------------------------------------------------------------

IfChain Builder::if_(const Token& t, Expr* test, const Vec<Stmt*>& body) {
    auto* s = node<If>(stmts_end(t, body));
    s->test = test;
    s->body = body;
    s->orelse = Vec<Stmt*>::empty();
    done(s);
    return {s, s};
}

void Builder::elif(IfChain& chain, const Token& t, Expr* test, const Vec<Stmt*>& body) {
    IfChain next = if_(t, test, body);
    chain.last->orelse = Vec<Stmt*>::empty();
    chain.last->orelse.push(arena_, next.first);
    chain.last = next.last;
    // Depth grows along the chain; recompute only the new link's parent is enough to catch
    // runaway chains, because each link is at least one deeper than the one before.
    finish(chain.first);
}

Stmt* Builder::if_else(IfChain chain, const Vec<Stmt*>& orelse) {
    chain.last->orelse = orelse;
    finish(chain.last);
    finish(chain.first);
    return chain.first;
}

Stmt* Builder::while_(const Token& t, Expr* test, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse) {
    auto* s = node<While>(stmts_end(t, orelse.size ? orelse : body));
    s->test = test;
    s->body = body;
    s->orelse = orelse;
    return done(s);
}

Stmt* Builder::for_(const Token& t, Expr* target, Expr* iter, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse,
                    bool async) {
    check_target(target, Targets::For);
    set_context(target, Context::Store);
    Span sp = stmts_end(t, orelse.size ? orelse : body);
    if (async) {
        auto* s = node<AsyncFor>(sp);
        s->target = target; s->iter = iter; s->body = body; s->orelse = orelse;
        return done(s);
    }
    auto* s = node<For>(sp);
    s->target = target; s->iter = iter; s->body = body; s->orelse = orelse;
    return done(s);
}

Stmt* Builder::try_(const Token& t, const Vec<Stmt*>& body, const Vec<ExceptHandler*>& handlers,
                    const Vec<Stmt*>& orelse, const Vec<Stmt*>& finalbody) {
    bool star = handlers.size && (handlers[0]->flags & kStarHandler);
    for (ExceptHandler* h : handlers) {
        if (bool(h->flags & kStarHandler) != star) {
            Span s = h->span;
            s.end_line = s.line;
            s.end_col = s.col + (star ? 6 : 7);  // `except` or `except*`
            error("cannot have both 'except' and 'except*' on the same 'try'", s);
            break;
        }
    }
    Span sp = stmts_end(t, finalbody.size ? finalbody : orelse.size ? orelse : body);
    if (star) {
        auto* s = node<TryStar>(sp);
        s->body = body; s->handlers = handlers; s->orelse = orelse; s->finalbody = finalbody;
        return done(s);
    }
    auto* s = node<Try>(sp);
    s->body = body; s->handlers = handlers; s->orelse = orelse; s->finalbody = finalbody;
    return done(s);
}

ExceptHandler* Builder::handler(const Token& t, bool star, Expr* type, const Token& name, const Vec<Stmt*>& body) {
    auto* h = node<ExceptHandler>(stmts_end(t, body));
    h->type = type;
    h->name = name.kind ? name_text(name) : Identifier();
    h->body = body;
    if (star) h->flags |= kStarHandler;
    return done(h);
}

// `except A, B [as name]:`, with or without the star: the error spans the types and the name.
ExceptHandler* Builder::unparenthesized_except(const Token& t, bool star, Expr* first, const Vec<Expr*>& rest,
                                               const Token& name) {
    error("multiple exception types must be parenthesized",
          span(first->span, name.kind ? span(name) : rest[rest.size - 1]->span));
    return handler(t, star, first, Token{}, Vec<Stmt*>::empty());
}

Stmt* Builder::with(const Token& t, const Vec<WithItem*>& items, const Vec<Stmt*>& body, bool async) {
    if (async) {
        auto* s = node<AsyncWith>(stmts_end(t, body));
        s->items = items; s->body = body;
        return done(s);
    }
    auto* s = node<With>(stmts_end(t, body));
    s->items = items; s->body = body;
    return done(s);
}

WithItem* Builder::with_item(Expr* context, Expr* target) {
    auto* w = node<WithItem>(target ? span(context, target) : context->span);
    if (target) {
        check_target(target, Targets::Store);
        set_context(target, Context::Store);
    }
    w->context_expr = context;
    w->optional_vars = target;
    return done(w);
}

ParamItem* Builder::param(ParamItem::Kind kind, const Token& t, Expr* annotation, Expr* value) {
    auto* p = arena_.make<ParamItem>();
    p->kind = kind;
    p->span = span(t);
    p->value = value;
    if (kind != ParamItem::Slash && kind != ParamItem::BareStar) {
        auto* a = node<Arg>(annotation ? span(span(t), annotation->span) : span(t));
        a->arg = name_text(t);
        a->annotation = annotation;
        p->arg = done(a);
    }
    return p;
}

ParamItem* Builder::vararg_default(const Token& name, const Token& equal) {
    // Which of the two it is shows in the source just before the name.
    size_t at = name.begin;
    while (at > 0 && (src_[at - 1] == ' ' || src_[at - 1] == '\t')) --at;
    bool kw = at >= 2 && src_[at - 1] == '*' && src_[at - 2] == '*';
    error(kw ? "var-keyword argument cannot have default value" : "var-positional argument cannot have default value",
          span(equal));
    return param(kw ? ParamItem::KwArg : ParamItem::VarArg, name, nullptr, nullptr);
}

// The `*` of a `*args` or bare `*` parameter.
Span Builder::star_span(const ParamItem* p) const {
    Span s = p->span;
    if (p->kind == ParamItem::VarArg) {
        size_t at = p->arg->span.col;
        const char* line = src_.data();
        // Walk back from the name over blanks to the star, on the name's line.
        size_t off = 0;
        for (int l = 1; l < s.line; ++l) off = src_.find('\n', off) + 1;
        while (at > 0 && (line[off + at - 1] == ' ' || line[off + at - 1] == '\t')) --at;
        if (at > 0) --at;
        s.col = static_cast<int>(at);
    }
    s.end_line = s.line;
    s.end_col = s.col + 1;
    return s;
}

// Sorts the flat parameter list into `arguments`, with CPython 3.11's checks and messages.
Arguments* Builder::make_arguments(const Vec<ParamItem*>& params, Span at) {
    auto* a = node<Arguments>(at);
    a->posonlyargs = a->args = a->kwonlyargs = Vec<Arg*>::empty();
    a->defaults = a->kw_defaults = Vec<Expr*>::empty();
    enum { Positional, KeywordOnly, Done } state = Positional;
    bool seen_slash = false, seen_default = false;
    for (unsigned i = 0; i < params.size; ++i) {
        ParamItem* p = params[i];
        if (state == Done) {
            error("arguments cannot follow var-keyword argument", p->span);
            break;
        }
        switch (p->kind) {
            case ParamItem::Slash:
                if (state == KeywordOnly) { error("/ must be ahead of *", p->span); break; }
                if (seen_slash) { error("/ may appear only once", p->span); break; }
                if (a->args.size == 0) { error("at least one argument must precede /", p->span); break; }
                seen_slash = true;
                a->posonlyargs = a->args;
                a->args = Vec<Arg*>::empty();
                break;
            case ParamItem::BareStar:
            case ParamItem::VarArg:
                if (state == KeywordOnly) { error("* argument may appear only once", star_span(p)); break; }
                state = KeywordOnly;
                if (p->kind == ParamItem::VarArg) {
                    a->vararg = p->arg;
                } else {
                    bool next_ok = i + 1 < params.size && params[i + 1]->kind == ParamItem::Plain;
                    if (!next_ok) {
                        error("named arguments must follow bare *", p->span);
                        break;
                    }
                }
                break;
            case ParamItem::KwArg:
                a->kwarg = p->arg;
                state = Done;
                break;
            case ParamItem::Plain:
                if (state == KeywordOnly) {
                    a->kwonlyargs.push(arena_, p->arg);
                    a->kw_defaults.push(arena_, p->value);
                } else {
                    if (p->value) {
                        seen_default = true;
                        a->defaults.push(arena_, p->value);
                    } else if (seen_default) {
                        error("non-default argument follows default argument", p->arg->span);
                    }
                    a->args.push(arena_, p->arg);
                }
                break;
        }
        if (failed_) break;
    }
    return done(a);
}

Stmt* Builder::funcdef(const Token& t, const Token& name, const Vec<ParamItem*>& params, Expr* returns,
                       const Vec<Stmt*>& body, bool async) {
    Arguments* args = make_arguments(params, span(name));
    Span sp = stmts_end(t, body);
    if (async) {
        auto* s = node<AsyncFunctionDef>(sp);
        s->name = name_text(name); s->args = args; s->body = body;
        s->decorator_list = Vec<Expr*>::empty(); s->returns = returns;
        return done(s);
    }
    auto* s = node<FunctionDef>(sp);
    s->name = name_text(name); s->args = args; s->body = body;
    s->decorator_list = Vec<Expr*>::empty(); s->returns = returns;
    return done(s);
}

Stmt* Builder::classdef(const Token& t, const Token& name, const Vec<Node*>& args, const Vec<Stmt*>& body) {
    Token close = name;  // the argument-order errors point past the bases
    auto* s = node<ClassDef>(stmts_end(t, body));
    s->name = name_text(name);
    s->bases = Vec<Expr*>::empty();
    s->keywords = Vec<Keyword*>::empty();
    split_call_args(args, false, close, s->bases, s->keywords);
    s->body = body;
    s->decorator_list = Vec<Expr*>::empty();
    return done(s);
}

Stmt* Builder::decorate(const Vec<Expr*>& decorators, Stmt* def) {
    switch (def->kind) {
        case Kind::FunctionDef: static_cast<FunctionDef*>(def)->decorator_list = decorators; break;
        case Kind::AsyncFunctionDef: static_cast<AsyncFunctionDef*>(def)->decorator_list = decorators; break;
        case Kind::ClassDef: static_cast<ClassDef*>(def)->decorator_list = decorators; break;
        default: break;
    }
    return done(def);
}

// ---- Expressions -----------------------------------------------------------------------

Expr* Builder::name(const Token& t) {
    auto* n = node<Name>(span(t));
    n->id = name_text(t);
    n->ctx = Context::Load;
    return done(n);
}

Expr* Builder::number(const Token& t) {
    auto* c = node<Constant>(span(t));
    std::string err;
    if (!decode_number(t.text(src_), arena_, c->value, err)) error(err, span(t));
    return done(c);
}

Expr* Builder::constant(const Token& t, ConstValue::Tag tag) {
    auto* c = node<Constant>(span(t));
    c->value.tag = tag;
    return done(c);
}

Expr* Builder::strings(const Vec<Token>& parts) {
    Expr* e = build_string(*this, parts);
    return done(e);
}

Expr* Builder::tuple_or_single(const Vec<Expr*>& items, bool trailing_comma, const Token* comma) {
    if (items.size == 1 && !trailing_comma) return items[0];
    Span sp = span(items[0], items[items.size - 1]);
    if (comma) sp = span(sp, span(*comma));
    auto* t = node<Tuple>(sp);
    t->elts = items;
    t->ctx = Context::Load;
    return done(t);
}

Expr* Builder::tuple(const Vec<Expr*>& items, const Token& open, const Token& close) {
    auto* t = node<Tuple>(span(span(open), span(close)));
    t->elts = items;
    t->ctx = Context::Load;
    t->flags |= kParenthesized;
    return done(t);
}

Expr* Builder::list(const Vec<Expr*>& items, const Token& open, const Token& close) {
    auto* l = node<List>(span(span(open), span(close)));
    l->elts = items;
    l->ctx = Context::Load;
    return done(l);
}

Expr* Builder::set(const Vec<Expr*>& items, const Token& open, const Token& close) {
    auto* s = node<Set>(span(span(open), span(close)));
    s->elts = items;
    return done(s);
}

Expr* Builder::dict(const DictItems& items, const Token& open, const Token& close) {
    auto* d = node<Dict>(span(span(open), span(close)));
    d->keys = items.keys;
    d->values = items.values;
    return done(d);
}

void Builder::dict_item(DictItems& items, Expr* key, Expr* value) {
    items.keys.push(arena_, key);
    items.values.push(arena_, value);
}

Expr* Builder::parenthesize(Expr* e, const Token& open, const Token& close) {
    e->flags |= kParenthesized;
    // A tuple's span includes its parentheses; other nodes keep their own.
    if (e->kind == Kind::GeneratorExp) e->span = span(span(open), span(close));
    return e;
}

Expr* Builder::paren_or_tuple(const Vec<Expr*>& items, const Token& open, const Token& close) {
    if (items.size > 1) return tuple(items, open, close);
    Expr* e = items[0];
    if (e->kind == Kind::Starred && !(e->flags & kParenthesized))
        error("cannot use starred expression here", e->span);
    return parenthesize(e, open, close);
}

Expr* Builder::comprehension(Kind kind, Expr* elt, Expr* value, const Vec<Comprehension*>& gens,
                             const Token& open, const Token& close) {
    Span sp = span(span(open), span(close));
    switch (kind) {
        case Kind::ListComp: {
            auto* c = node<ListComp>(sp);
            c->elt = elt; c->generators = gens;
            return done(c);
        }
        case Kind::SetComp: {
            auto* c = node<SetComp>(sp);
            c->elt = elt; c->generators = gens;
            return done(c);
        }
        default: {
            auto* c = node<DictComp>(sp);
            c->key = elt; c->value = value; c->generators = gens;
            return done(c);
        }
    }
}

Expr* Builder::genexp(Expr* elt, const Vec<Comprehension*>& gens) {
    auto* g = node<GeneratorExp>(span(elt, gens[gens.size - 1]));
    g->elt = elt;
    g->generators = gens;
    return done(g);
}

Expr* Builder::dict_unpack_in_comprehension(const Token& t) {
    error("dict unpacking cannot be used in dict comprehension", span(t));
    return constant(t, ConstValue::None);
}

Comprehension* Builder::comp_for(const Token& t, Expr* target, Expr* iter, bool async) {
    check_target(target, Targets::For);
    set_context(target, Context::Store);
    auto* c = node<Comprehension>(span(span(t), iter->span));
    c->target = target;
    c->iter = iter;
    c->ifs = Vec<Expr*>::empty();
    c->is_async = async ? 1 : 0;
    return done(c);
}

void Builder::comp_if(Vec<Comprehension*>& gens, Expr* cond) {
    Comprehension* c = gens[gens.size - 1];
    c->ifs.push(arena_, cond);
    c->span.end_line = cond->span.end_line;
    c->span.end_col = cond->span.end_col;
    finish(c);
}

Expr* Builder::starred(const Token& t, Expr* value) {
    auto* s = node<Starred>(span(span(t), value->span));
    s->value = value;
    s->ctx = Context::Load;
    return done(s);
}

Expr* Builder::named_expr(Expr* target, Expr* value) {
    if (target->kind != Kind::Name)
        error(std::string("cannot use assignment expressions with ") + expr_name(target), target->span);
    set_context(target, Context::Store);
    auto* n = node<NamedExpr>(span(target, value));
    n->target = target;
    n->value = value;
    return done(n);
}

Expr* Builder::if_exp(Expr* test, Expr* body, Expr* orelse) {
    auto* e = node<IfExp>(span(body, orelse));
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return done(e);
}

Expr* Builder::lambda(const Token& t, const Vec<ParamItem*>& params, Expr* body) {
    auto* l = node<Lambda>(span(span(t), body->span));
    l->args = make_arguments(params, span(t));
    l->body = body;
    return done(l);
}

Expr* Builder::bool_op(BoolOperator op, Expr* left, Expr* right) {
    // `a or b or c` is one BoolOp with three values; `(a or b) or c` is two.
    if (left->kind == Kind::BoolOp && !(left->flags & kParenthesized) && static_cast<BoolOp*>(left)->op == op) {
        auto* b = static_cast<BoolOp*>(left);
        b->values.push(arena_, right);
        b->span = span(b, right);
        return done(b);
    }
    auto* b = node<BoolOp>(span(left, right));
    b->op = op;
    b->values = Vec<Expr*>::empty();
    b->values.push(arena_, left);
    b->values.push(arena_, right);
    return done(b);
}

Expr* Builder::unary(const Token& t, UnaryOperator op, Expr* operand) {
    auto* u = node<UnaryOp>(span(span(t), operand->span));
    u->op = op;
    u->operand = operand;
    return done(u);
}

Expr* Builder::bin_op(Expr* left, Operator op, Expr* right) {
    auto* b = node<BinOp>(span(left, right));
    b->left = left;
    b->op = op;
    b->right = right;
    return done(b);
}

Expr* Builder::compare(Expr* left, int op, Expr* right) {
    auto* c = node<Compare>(span(left, right));
    c->left = left;
    c->ops = Vec<CmpOperator>::empty();
    c->ops.push(arena_, static_cast<CmpOperator>(op));
    c->comparators = Vec<Expr*>::empty();
    c->comparators.push(arena_, right);
    return done(c);
}

void Builder::compare_more(Expr* chain, int op, Expr* right) {
    auto* c = static_cast<Compare*>(chain);
    c->ops.push(arena_, static_cast<CmpOperator>(op));
    c->comparators.push(arena_, right);
    c->span = span(c, right);
    finish(c);
}

Expr* Builder::await(const Token& t, Expr* value) {
    auto* a = node<Await>(span(span(t), value->span));
    a->value = value;
    return done(a);
}

Expr* Builder::attribute(Expr* value, const Token& attr) {
    auto* a = node<Attribute>(span(value->span, span(attr)));
    a->value = value;
    a->attr = name_text(attr);
    a->ctx = Context::Load;
    return done(a);
}

Node* Builder::keyword(Expr* name, const Token& equal, Expr* value) {
    auto* k = node<Keyword>(span(name, value));
    if (name->kind == Kind::Name && !(name->flags & kParenthesized)) {
        k->arg = static_cast<Name*>(name)->id;
    } else if (name->kind == Kind::Constant && !(name->flags & kParenthesized) &&
               (static_cast<Constant*>(name)->value.tag == ConstValue::True ||
                static_cast<Constant*>(name)->value.tag == ConstValue::False ||
                static_cast<Constant*>(name)->value.tag == ConstValue::None)) {
        error(std::string("cannot assign to ") + expr_name(name), span(name->span, span(equal)));
    } else {
        error("expression cannot contain assignment, perhaps you meant \"==\"?", span(name->span, span(equal)));
    }
    k->value = value;
    return done(k);
}

Node* Builder::double_starred(const Token& t, Expr* value) {
    auto* k = node<Keyword>(span(span(t), value->span));
    k->arg = Identifier();
    k->value = value;
    return done(k);
}

// Splits call arguments into positional ones and keywords, with CPython's order rules.
void Builder::split_call_args(const Vec<Node*>& args, bool trailing_comma, const Token& close, Vec<Expr*>& pos,
                              Vec<Keyword*>& kws) {
    bool seen_keyword = false, seen_double_star = false;
    for (Node* n : args) {
        if (n->kind == Kind::Keyword) {
            auto* k = static_cast<Keyword*>(n);
            seen_keyword = true;
            if (!k->arg.data()) seen_double_star = true;
            kws.push(arena_, k);
            continue;
        }
        auto* e = static_cast<Expr*>(n);
        if (e->kind == Kind::GeneratorExp && !(e->flags & kParenthesized) && (args.size > 1 || trailing_comma)) {
            error("Generator expression must be parenthesized", e->span);
        } else if (e->kind == Kind::Starred && !(e->flags & kParenthesized)) {
            Span star{e->span.line, e->span.col, e->span.line, e->span.col + 1};
            if (seen_double_star) error("iterable argument unpacking follows keyword argument unpacking", star);
        } else if (seen_keyword) {
            // CPython reports these at the end of the argument list.
            error(seen_double_star ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument",
                  span(close));
        }
        pos.push(arena_, e);
    }
}

Expr* Builder::call(Expr* func, const Vec<Node*>& args, bool trailing_comma, const Token& close) {
    auto* c = node<Call>(span(func->span, span(close)));
    c->func = func;
    c->args = Vec<Expr*>::empty();
    c->keywords = Vec<Keyword*>::empty();
    split_call_args(args, trailing_comma, close, c->args, c->keywords);
    return done(c);
}

Expr* Builder::subscript(Expr* value, const Vec<Expr*>& items, bool trailing_comma, const Token& close) {
    auto* s = node<Subscript>(span(value->span, span(close)));
    s->value = value;
    s->ctx = Context::Load;
    bool starred = false;
    for (Expr* e : items) starred |= e->kind == Kind::Starred && !(e->flags & kParenthesized);
    if (items.size == 1 && !trailing_comma && !starred) {
        s->slice = items[0];
    } else {
        auto* t = node<Tuple>(span(items[0], items[items.size - 1]));
        t->elts = items;
        t->ctx = Context::Load;
        s->slice = done(t);
    }
    return done(s);
}

Expr* Builder::slice(Expr* lower, const Token& colon, Expr* upper, const Token* colon2, Expr* step) {
    Span start = lower ? lower->span : span(colon);
    Span end = step ? step->span : colon2 ? span(*colon2) : upper ? upper->span : span(colon);
    auto* s = node<Slice>(span(start, end));
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    return done(s);
}

Expr* Builder::yield(const Token& t, Expr* value) {
    auto* y = node<Yield>(value ? span(span(t), value->span) : span(t));
    y->value = value;
    return done(y);
}

Expr* Builder::yield_from(const Token& t, Expr* value) {
    auto* y = node<YieldFrom>(span(span(t), value->span));
    y->value = value;
    return done(y);
}

}  // namespace krait::parse
