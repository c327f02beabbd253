// The Builder turns grammar reductions into AST nodes. Each grammar action is one call
// here; this is also where the checks live that CPython's PEG grammar makes and an LALR
// grammar cannot (assignment targets, argument order, parameter order), with CPython's
// messages. The first error is kept; later calls still return usable nodes so the
// grammar actions never see null.
#pragma once
#include <string>
#include <type_traits>
#include <string_view>

#include "lexer/token.hpp"
#include "parser/ast.hpp"
#include "parser/parser.hpp"
#include "support/arena.hpp"
#include "support/diagnostic.hpp"

namespace krait::parse {

using lex::Token;
using namespace krait::ast;

// A parameter as the grammar sees it, before the builder sorts parameters into `arguments`.
struct ParamItem {
    enum Kind : uint8_t { Plain, Slash, BareStar, VarArg, KwArg };
    Kind kind;
    Arg* arg;       // null for Slash and BareStar
    Expr* value;    // default, or null
    Span span;
};

// An if statement with its elif chain: `last` is where the next elif or else attaches.
struct IfChain {
    If* first;
    If* last;
};

struct DictItems {
    Vec<Expr*> keys;    // null key: `**mapping`
    Vec<Expr*> values;
};

// An identifier as a grammar value: Lemon keeps values in a union, which needs a trivial
// type, and std::string_view is not one.
struct RawName {
    const char* ptr;
    size_t len;
    RawName() = default;
    RawName(Identifier s) : ptr(s.data()), len(s.size()) {}
    operator Identifier() const { return {ptr, len}; }
};

struct ImportFrom_ {
    Token from;
    int level;
    RawName module;
};

class Builder {
public:
    Builder(Arena& arena, std::string_view source) : arena_(arena), src_(source) {}

    // Results.
    Mod* result() const { return result_; }
    bool failed() const { return failed_; }
    const Diagnostic& error() const { return error_; }
    // A parse error reported by Lemon: the token it could not shift.
    bool has_syntax_error() const { return syntax_error_; }
    const Token& syntax_error_token() const { return error_token_; }
    bool stack_overflowed() const { return overflow_; }
    // A tree deeper than kMaxDepth: reported only if nothing else goes wrong first, because
    // CPython raises it after parsing (in the compiler), so later syntax errors win.
    bool too_deep() const { return too_deep_; }
    // Records an error unless one is already recorded.
    void error(Diagnostic::Type type, std::string msg, Span at);
    void error(std::string msg, Span at) { error(Diagnostic::Type::SyntaxError, std::move(msg), at); }
    // Records a finished diagnostic (from a nested parse) unless an error is recorded.
    void report(const Diagnostic& d) {
        if (failed_) return;
        failed_ = true;
        error_ = d;
    }
    // Errors inside an f-string's expression get CPython's "f-string: " prefix.
    void set_fstring(bool on) { in_fstring_ = on; }

    // The token the parser is looking at: where CPython's location-less errors point.
    void set_lookahead(const Token& t) { lookahead_ = t; }

    // Called by Lemon.
    void syntax_error(int major, const Token& tok);
    void stack_overflow();

    // Modules.
    void module(Vec<Stmt*> body);
    void expression(Expr* body);
    void interactive(Vec<Stmt*> body);
    void interactive_one(Stmt* s);

    template <typename T>
    void push(Vec<T>& v, T x) { v.push(arena_, x); }
    void append(Vec<Stmt*>& v, const Vec<Stmt*>& more) { for (Stmt* s : more) v.push(arena_, s); }
    void push_name(Vec<Identifier>& v, const Token& t) {
        v.push(arena_, name_text(t));
        last_name_ = t;  // where a `global`/`nonlocal` statement ends
    }

    // Simple statements.
    Stmt* simple(Kind k, const Token& t);
    Stmt* expr_stmt(Expr* e);
    Stmt* assign(Expr* first, const Vec<Expr*>& chain);
    Stmt* aug_assign(Expr* target, int op, Expr* value);
    Stmt* ann_assign(Expr* target, Expr* annotation, Expr* value);
    Stmt* del(const Token& t, const Vec<Expr*>& targets);
    Stmt* return_(const Token& t, Expr* value);
    Stmt* raise(const Token& t, Expr* exc, Expr* cause);
    Stmt* global(const Token& t, const Vec<Identifier>& names, bool nonlocal);
    Stmt* assert_(const Token& t, Expr* test, Expr* msg);
    Stmt* import(const Token& t, const Vec<Alias*>& names);
    Stmt* import_from(const ImportFrom_& head, const Vec<Alias*>& names, const Token* end);
    Vec<Alias*> star_alias(const Token& star);
    Stmt* trailing_import_comma(const Token& comma);
    ImportFrom_ from_head(const Token& t, int level, Identifier module) { return {t, level, module}; }
    Identifier name_text(const Token& t);
    Identifier dotted(Identifier left, const Token& name);
    Alias* alias(Identifier name, Identifier asname);

    // Compound statements.
    IfChain if_(const Token& t, Expr* test, const Vec<Stmt*>& body);
    void elif(IfChain& chain, const Token& t, Expr* test, const Vec<Stmt*>& body);
    Stmt* if_else(IfChain chain, const Vec<Stmt*>& orelse);
    Stmt* while_(const Token& t, Expr* test, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse);
    Stmt* for_(const Token& t, Expr* target, Expr* iter, const Vec<Stmt*>& body, const Vec<Stmt*>& orelse, bool async);
    Stmt* try_(const Token& t, const Vec<Stmt*>& body, const Vec<ExceptHandler*>& handlers,
               const Vec<Stmt*>& orelse, const Vec<Stmt*>& finalbody);
    ExceptHandler* handler(const Token& t, bool star, Expr* type, const Token& name, const Vec<Stmt*>& body);
    ExceptHandler* unparenthesized_except(const Token& t, bool star, Expr* first, const Vec<Expr*>& rest,
                                          const Token& name);
    Stmt* with(const Token& t, const Vec<WithItem*>& items, const Vec<Stmt*>& body, bool async);
    WithItem* with_item(Expr* context, Expr* target);
    Stmt* funcdef(const Token& t, const Token& name, const Vec<ParamItem*>& params, Expr* returns,
                  const Vec<Stmt*>& body, bool async);
    Stmt* classdef(const Token& t, const Token& name, const Vec<Node*>& args, const Vec<Stmt*>& body);
    Stmt* decorate(const Vec<Expr*>& decorators, Stmt* def);
    ParamItem* param(ParamItem::Kind kind, const Token& t, Expr* annotation, Expr* value);
    ParamItem* vararg_default(const Token& name, const Token& equal);

    // Expressions.
    Expr* name(const Token& t);
    Expr* number(const Token& t);
    Expr* strings(const Vec<Token>& parts);
    Expr* constant(const Token& t, ConstValue::Tag tag);
    Expr* tuple_or_single(const Vec<Expr*>& items, bool trailing_comma, const Token* comma = nullptr);
    Expr* tuple(const Vec<Expr*>& items, const Token& open, const Token& close);
    Expr* list(const Vec<Expr*>& items, const Token& open, const Token& close);
    Expr* set(const Vec<Expr*>& items, const Token& open, const Token& close);
    Expr* dict(const DictItems& items, const Token& open, const Token& close);
    void dict_item(DictItems& items, Expr* key, Expr* value);
    Expr* parenthesize(Expr* e, const Token& open, const Token& close);
    Expr* paren_or_tuple(const Vec<Expr*>& items, const Token& open, const Token& close);
    Expr* comprehension(Kind kind, Expr* elt, Expr* value, const Vec<Comprehension*>& gens,
                        const Token& open, const Token& close);
    Expr* genexp(Expr* elt, const Vec<Comprehension*>& gens);
    Expr* dict_unpack_in_comprehension(const Token& t);
    Comprehension* comp_for(const Token& t, Expr* target, Expr* iter, bool async);
    void comp_if(Vec<Comprehension*>& gens, Expr* cond);
    Expr* starred(const Token& t, Expr* value);
    Expr* named_expr(Expr* target, Expr* value);
    Expr* if_exp(Expr* test, Expr* body, Expr* orelse);
    Expr* lambda(const Token& t, const Vec<ParamItem*>& params, Expr* body);
    Expr* bool_op(BoolOperator op, Expr* left, Expr* right);
    Expr* unary(const Token& t, UnaryOperator op, Expr* operand);
    Expr* bin_op(Expr* left, Operator op, Expr* right);
    Expr* compare(Expr* left, int op, Expr* right);
    void compare_more(Expr* chain, int op, Expr* right);
    Expr* await(const Token& t, Expr* value);
    Expr* attribute(Expr* value, const Token& attr);
    Expr* call(Expr* func, const Vec<Node*>& args, bool trailing_comma, const Token& close);
    Node* keyword(Expr* name, const Token& equal, Expr* value);
    Node* double_starred(const Token& t, Expr* value);
    Expr* subscript(Expr* value, const Vec<Expr*>& items, bool trailing_comma, const Token& close);
    Expr* slice(Expr* lower, const Token& colon, Expr* upper, const Token* colon2, Expr* step);
    Expr* yield(const Token& t, Expr* value);
    Expr* yield_from(const Token& t, Expr* value);

    // The widest recently built expression that ends exactly where `end` ends: how the
    // driver finds the start of an operand for an error range.
    const Expr* recent_ending_at(int line, int col) const {
        const Expr* best = nullptr;
        for (const Expr* e : recent_)
            if (e && e->span.end_line == line && e->span.end_col == col &&
                (!best || e->span.line < best->span.line ||
                 (e->span.line == best->span.line && e->span.col < best->span.col)))
                best = e;
        return best;
    }

    Arena& arena() { return arena_; }
    std::string_view source() const { return src_; }

private:
    template <typename T>
    T* node(Span s) {
        T* n = arena_.make<T>();
        n->kind = T::kKind;
        n->span = s;
        if constexpr (std::is_base_of_v<Expr, T>) recent_[recent_pos_++ % kRecent] = n;
        return n;
    }
    // Finishes a node: records its depth and refuses trees too deep to walk safely.
    template <typename T>
    T* done(T* n) {
        finish(n);
        return n;
    }
    void finish(Node* n);

    static Span span(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
    static Span span(const Span& a, const Span& b) { return {a.line, a.col, b.end_line, b.end_col}; }
    static Span span(const Node* a, const Node* b) { return span(a->span, b->span); }
    Span stmts_end(const Token& t, const Vec<Stmt*>& body) const;

    // Target checks, CPython's _PyPegen_get_invalid_target and friends.
    enum class Targets { Store, Del, For };
    Expr* invalid_target(Expr* e, Targets type);
    bool check_target(Expr* e, Targets type);  // reports and returns false if invalid
    void set_context(Expr* e, Context ctx);
    Arguments* make_arguments(const Vec<ParamItem*>& params, Span at);
    Span star_span(const ParamItem* p) const;
    void split_call_args(const Vec<Node*>& args, bool trailing_comma, const Token& close, Vec<Expr*>& pos,
                         Vec<Keyword*>& kws);

    Arena& arena_;
    std::string_view src_;
    Mod* result_ = nullptr;
    bool failed_ = false;
    bool in_fstring_ = false;
    Diagnostic error_;
    bool syntax_error_ = false;
    bool overflow_ = false;
    bool too_deep_ = false;
    Token error_token_{};
    Token lookahead_{};
    Token last_name_{};
    static constexpr unsigned kRecent = 32;
    const Expr* recent_[kRecent] = {};
    unsigned recent_pos_ = 0;
};

const char* expr_name(const Expr* e);  // CPython's _PyPegen_get_expr_name

}  // namespace krait::parse
