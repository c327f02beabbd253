// Python 3.11's grammar for Lemon (LALR(1)), without `match`.
//
// CPython's own grammar is PEG; an LALR grammar accepts the same language here by parsing a
// little more generously and letting the builder (builder.hpp) check the rest, as CPython's
// LL(1) grammar did before 3.9: assignment targets are parsed as expressions and then
// checked, keyword arguments are `test '=' test` with the name checked afterwards, and so on.
// Binary operators are one precedence-declared nonterminal (`expr`), so an atom reaches the
// statement level in a handful of reductions instead of CPython's fifteen.
//
// Every action is one call into the Builder `B`, which knows the AST and the error messages.
// The token list below is the lexer's too: Lemon writes it to grammar.h as TK_* codes.

%include {
#include <cassert>
#include <vector>
#include "parser/builder.hpp"
using namespace krait::ast;
using krait::lex::Token;
using krait::Vec;
using krait::parse::Builder;
using krait::parse::ParamItem;
using krait::parse::IfChain;
using krait::parse::DictItems;
using krait::parse::ImportFrom_;
}

%name KraitParse
%token_prefix TK_
%token_type {krait::lex::Token}
%extra_context {krait::parse::Builder* B}
%stack_size 8000
%stack_overflow { B->stack_overflow(); }
%syntax_error { B->syntax_error(yymajor, yyminor); }

// Token order: structural tokens, operators (named as Python's `token` module names them),
// keywords, then tokens only the driver makes.
%token ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT.
%token LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER
       EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
       CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL
       PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL
       DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE
       EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE
       RETURN TRY WHILE WITH YIELD.
// WITH_LPAR: the '(' of `with (a as b, c):`, told apart by the driver (see parser.cpp).
// MODE_*: the first token of a parse, choosing what it parses.
%token WITH_LPAR MODE_EXEC MODE_EVAL MODE_SINGLE MODE_FSTRING ERRORTOKEN.

%left OR.
%left AND.
%right NOT.
%nonassoc STARRED.  // `*x` and `**x` take a whole bitwise-or expression: `*a + b` is `*(a + b)`
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right UNARY.
%right DOUBLESTAR.

%type stmts {Vec<Stmt*>}
%type stmts1 {Vec<Stmt*>}
%type suite {Vec<Stmt*>}
%type simple_stmt {Vec<Stmt*>}
%type small_stmts {Vec<Stmt*>}
%type small_stmt {Stmt*}
%type compound_stmt {Stmt*}
%type expr_stmt {Stmt*}
%type assign_chain {Vec<Expr*>}
%type augassign {int}
%type import_stmt {Stmt*}
%type dotted_name {krait::parse::RawName}
%type dotted_as_name {Alias*}
%type dotted_as_names {Vec<Alias*>}
%type import_as_name {Alias*}
%type import_as_names {Vec<Alias*>}
%type import_from_head {ImportFrom_}
%type import_dots {int}
%type names {Vec<Identifier>}
%type if_chain {IfChain}
%type else_part {Vec<Stmt*>}
%type handlers {Vec<ExceptHandler*>}
%type handler {ExceptHandler*}
%type with_items {Vec<WithItem*>}
%type with_item {WithItem*}
%type funcdef {Stmt*}
%type classdef {Stmt*}
%type decorators {Vec<Expr*>}
%type decorated {Stmt*}
%type params {Vec<ParamItem*>}
%type param_list {Vec<ParamItem*>}
%type param {ParamItem*}
%type lparams {Vec<ParamItem*>}
%type lparam {ParamItem*}
%type lparam_list {Vec<ParamItem*>}
%type arrow {Expr*}
%type test {Expr*}
%type test_nocond {Expr*}
%type namedexpr_test {Expr*}
%type bexpr {Expr*}
%type comparison {Expr*}
%type comp_chain {Expr*}
%type compop {int}
%type expr {Expr*}
%type star_expr {Expr*}
%type primary {Expr*}
%type atom {Expr*}
%type strings {Vec<Token>}
%type lambdef {Expr*}
%type yield_expr {Expr*}
%type rhs {Expr*}
%type tlse {Expr*}
%type tlse_items {Vec<Expr*>}
%type exprlist {Expr*}
%type exprlist_items {Vec<Expr*>}
%type nstar {Expr*}
%type nstar_items {Vec<Expr*>}
%type comps {Vec<Comprehension*>}
%type comp_for {Comprehension*}
%type dict_items {DictItems}
%type subscripts {Vec<Expr*>}
%type subscript {Expr*}
%type opt_test {Expr*}
%type args {Vec<Node*>}
%type arg {Node*}

start ::= MODE_EXEC stmts(A) ENDMARKER.                 { B->module(A); }
start ::= MODE_EVAL tlse(A) eval_end.                   { B->expression(A); }
start ::= MODE_SINGLE single_input.
start ::= MODE_FSTRING tlse(A) NEWLINE ENDMARKER.       { B->expression(A); }
eval_end ::= ENDMARKER.
eval_end ::= NEWLINE ENDMARKER.
single_input ::= NEWLINE ENDMARKER.                     { B->interactive(Vec<Stmt*>::empty()); }
single_input ::= simple_stmt(A) ENDMARKER.              { B->interactive(A); }
single_input ::= compound_stmt(A) NEWLINE ENDMARKER.    { B->interactive_one(A); }
single_input ::= compound_stmt(A) ENDMARKER.            { B->interactive_one(A); }

// ---- Statements ---------------------------------------------------------------------

stmts(A) ::= .                                { A = Vec<Stmt*>::empty(); }
stmts(A) ::= stmts(A) simple_stmt(S).         { B->append(A, S); }
stmts(A) ::= stmts(A) compound_stmt(S).       { B->push(A, S); }
stmts1(A) ::= simple_stmt(A).
stmts1(A) ::= compound_stmt(S).               { A = Vec<Stmt*>::empty(); B->push(A, S); }
stmts1(A) ::= stmts1(A) simple_stmt(S).       { B->append(A, S); }
stmts1(A) ::= stmts1(A) compound_stmt(S).     { B->push(A, S); }

suite(A) ::= simple_stmt(A).
suite(A) ::= NEWLINE INDENT stmts1(S) DEDENT.  { A = S; }

simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(A) SEMI NEWLINE.
small_stmts(A) ::= small_stmt(S).                     { A = Vec<Stmt*>::empty(); B->push(A, S); }
small_stmts(A) ::= small_stmts(A) SEMI small_stmt(S). { B->push(A, S); }

small_stmt(A) ::= expr_stmt(A).
small_stmt(A) ::= import_stmt(A).
small_stmt(A) ::= PASS(T).                            { A = B->simple(Kind::Pass, T); }
small_stmt(A) ::= BREAK(T).                           { A = B->simple(Kind::Break, T); }
small_stmt(A) ::= CONTINUE(T).                        { A = B->simple(Kind::Continue, T); }
small_stmt(A) ::= DEL(T) tlse_items(L).               { A = B->del(T, L); }
small_stmt(A) ::= DEL(T) tlse_items(L) COMMA.         { A = B->del(T, L); }
small_stmt(A) ::= RETURN(T).                          { A = B->return_(T, nullptr); }
small_stmt(A) ::= RETURN(T) tlse(V).                  { A = B->return_(T, V); }
small_stmt(A) ::= RAISE(T).                           { A = B->raise(T, nullptr, nullptr); }
small_stmt(A) ::= RAISE(T) test(E).                   { A = B->raise(T, E, nullptr); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C).      { A = B->raise(T, E, C); }
small_stmt(A) ::= GLOBAL(T) names(N).                 { A = B->global(T, N, false); }
small_stmt(A) ::= NONLOCAL(T) names(N).               { A = B->global(T, N, true); }
small_stmt(A) ::= ASSERT(T) test(E).                  { A = B->assert_(T, E, nullptr); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M).    { A = B->assert_(T, E, M); }

names(A) ::= NAME(N).                                 { A = Vec<Identifier>::empty(); B->push_name(A, N); }
names(A) ::= names(A) COMMA NAME(N).                  { B->push_name(A, N); }

expr_stmt(A) ::= tlse(E).                             { A = B->expr_stmt(E); }
expr_stmt(A) ::= yield_expr(E).                       { A = B->expr_stmt(E); }
expr_stmt(A) ::= tlse(T) assign_chain(C).             { A = B->assign(T, C); }
expr_stmt(A) ::= tlse(T) augassign(O) rhs(V).         { A = B->aug_assign(T, O, V); }
expr_stmt(A) ::= tlse(T) COLON test(N).               { A = B->ann_assign(T, N, nullptr); }
expr_stmt(A) ::= tlse(T) COLON test(N) EQUAL rhs(V).  { A = B->ann_assign(T, N, V); }
assign_chain(A) ::= EQUAL rhs(V).                     { A = Vec<Expr*>::empty(); B->push(A, V); }
assign_chain(A) ::= assign_chain(A) EQUAL rhs(V).     { B->push(A, V); }
rhs(A) ::= tlse(A).
rhs(A) ::= yield_expr(A).

augassign(A) ::= PLUSEQUAL.        { A = int(Operator::Add); }
augassign(A) ::= MINEQUAL.         { A = int(Operator::Sub); }
augassign(A) ::= STAREQUAL.        { A = int(Operator::Mult); }
augassign(A) ::= ATEQUAL.          { A = int(Operator::MatMult); }
augassign(A) ::= SLASHEQUAL.       { A = int(Operator::Div); }
augassign(A) ::= PERCENTEQUAL.     { A = int(Operator::Mod); }
augassign(A) ::= AMPEREQUAL.       { A = int(Operator::BitAnd); }
augassign(A) ::= VBAREQUAL.        { A = int(Operator::BitOr); }
augassign(A) ::= CIRCUMFLEXEQUAL.  { A = int(Operator::BitXor); }
augassign(A) ::= LEFTSHIFTEQUAL.   { A = int(Operator::LShift); }
augassign(A) ::= RIGHTSHIFTEQUAL.  { A = int(Operator::RShift); }
augassign(A) ::= DOUBLESTAREQUAL.  { A = int(Operator::Pow); }
augassign(A) ::= DOUBLESLASHEQUAL. { A = int(Operator::FloorDiv); }

// import_stmt -> 'import' dotted_as_names | 'from' ('.' | '...')* dotted_name? 'import' ...
import_stmt(A) ::= IMPORT(T) dotted_as_names(N).                     { A = B->import(T, N); }
import_stmt(A) ::= import_from_head(H) IMPORT STAR(S).                { A = B->import_from(H, B->star_alias(S), &S); }
import_stmt(A) ::= import_from_head(H) IMPORT LPAR import_as_names(N) RPAR(E).       { A = B->import_from(H, N, &E); }
import_stmt(A) ::= import_from_head(H) IMPORT LPAR import_as_names(N) COMMA RPAR(E). { A = B->import_from(H, N, &E); }
import_stmt(A) ::= import_from_head(H) IMPORT import_as_names(N).     { A = B->import_from(H, N, nullptr); }
import_stmt(A) ::= import_from_head IMPORT import_as_names COMMA(C).   { A = B->trailing_import_comma(C); }
import_from_head(A) ::= FROM(T) dotted_name(M).                       { A = B->from_head(T, 0, M); }
import_from_head(A) ::= FROM(T) import_dots(D).                       { A = B->from_head(T, D, Identifier()); }
import_from_head(A) ::= FROM(T) import_dots(D) dotted_name(M).        { A = B->from_head(T, D, M); }
import_dots(A) ::= DOT.                       { A = 1; }
import_dots(A) ::= ELLIPSIS.                  { A = 3; }
import_dots(A) ::= import_dots(A) DOT.        { A += 1; }
import_dots(A) ::= import_dots(A) ELLIPSIS.   { A += 3; }
dotted_name(A) ::= NAME(N).                           { A = B->name_text(N); }
dotted_name(A) ::= dotted_name(D) DOT NAME(N).        { A = B->dotted(D, N); }
dotted_as_names(A) ::= dotted_as_name(N).                         { A = Vec<Alias*>::empty(); B->push(A, N); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(N). { B->push(A, N); }
dotted_as_name(A) ::= dotted_name(D).                     { A = B->alias(D, Identifier()); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).          { A = B->alias(D, B->name_text(N)); }
import_as_names(A) ::= import_as_name(N).                         { A = Vec<Alias*>::empty(); B->push(A, N); }
import_as_names(A) ::= import_as_names(A) COMMA import_as_name(N). { B->push(A, N); }
import_as_name(A) ::= NAME(N).                            { A = B->alias(B->name_text(N), Identifier()); }
import_as_name(A) ::= NAME(N) AS NAME(M).                 { A = B->alias(B->name_text(N), B->name_text(M)); }

compound_stmt(A) ::= if_chain(C).                     { A = C.first; }
compound_stmt(A) ::= if_chain(C) ELSE COLON suite(S). { A = B->if_else(C, S); }
compound_stmt(A) ::= WHILE(T) namedexpr_test(E) COLON suite(S) else_part(O).   { A = B->while_(T, E, S, O); }
compound_stmt(A) ::= FOR(T) exprlist(X) IN tlse(E) COLON suite(S) else_part(O).         { A = B->for_(T, X, E, S, O, false); }
compound_stmt(A) ::= ASYNC(T) FOR exprlist(X) IN tlse(E) COLON suite(S) else_part(O).   { A = B->for_(T, X, E, S, O, true); }
compound_stmt(A) ::= TRY(T) COLON suite(S) handlers(H) else_part(O).                     { A = B->try_(T, S, H, O, Vec<Stmt*>::empty()); }
compound_stmt(A) ::= TRY(T) COLON suite(S) handlers(H) else_part(O) FINALLY COLON suite(F). { A = B->try_(T, S, H, O, F); }
compound_stmt(A) ::= TRY(T) COLON suite(S) FINALLY COLON suite(F).                       { A = B->try_(T, S, Vec<ExceptHandler*>::empty(), Vec<Stmt*>::empty(), F); }
compound_stmt(A) ::= WITH(T) with_items(I) COLON suite(S).                          { A = B->with(T, I, S, false); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(I) RPAR COLON suite(S).           { A = B->with(T, I, S, false); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(I) COMMA RPAR COLON suite(S).     { A = B->with(T, I, S, false); }
compound_stmt(A) ::= ASYNC(T) WITH with_items(I) COLON suite(S).                    { A = B->with(T, I, S, true); }
compound_stmt(A) ::= ASYNC(T) WITH WITH_LPAR with_items(I) RPAR COLON suite(S).     { A = B->with(T, I, S, true); }
compound_stmt(A) ::= ASYNC(T) WITH WITH_LPAR with_items(I) COMMA RPAR COLON suite(S). { A = B->with(T, I, S, true); }
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorated(A).

if_chain(A) ::= IF(T) namedexpr_test(E) COLON suite(S).             { A = B->if_(T, E, S); }
if_chain(A) ::= if_chain(A) ELIF(T) namedexpr_test(E) COLON suite(S). { B->elif(A, T, E, S); }
else_part(A) ::= .                          { A = Vec<Stmt*>::empty(); }
else_part(A) ::= ELSE COLON suite(S).       { A = S; }

handlers(A) ::= handler(H).                 { A = Vec<ExceptHandler*>::empty(); B->push(A, H); }
handlers(A) ::= handlers(A) handler(H).     { B->push(A, H); }
handler(A) ::= EXCEPT(T) COLON suite(S).                              { A = B->handler(T, false, nullptr, Token{}, S); }
handler(A) ::= EXCEPT(T) test(E) COLON suite(S).                      { A = B->handler(T, false, E, Token{}, S); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(S).           { A = B->handler(T, false, E, N, S); }
handler(A) ::= EXCEPT(T) test(E) COMMA tlse_items(L) COLON suite.     { A = B->unparenthesized_except(T, false, E, L, Token{}); }
handler(A) ::= EXCEPT(T) test(E) COMMA tlse_items(L) AS NAME(N) COLON suite. { A = B->unparenthesized_except(T, false, E, L, N); }
handler(A) ::= EXCEPT(T) STAR test(E) COLON suite(S).                 { A = B->handler(T, true, E, Token{}, S); }
handler(A) ::= EXCEPT(T) STAR test(E) AS NAME(N) COLON suite(S).      { A = B->handler(T, true, E, N, S); }
handler(A) ::= EXCEPT(T) STAR test(E) COMMA tlse_items(L) COLON suite. { A = B->unparenthesized_except(T, true, E, L, Token{}); }
handler(A) ::= EXCEPT(T) STAR test(E) COMMA tlse_items(L) AS NAME(N) COLON suite. { A = B->unparenthesized_except(T, true, E, L, N); }

with_items(A) ::= with_item(I).                       { A = Vec<WithItem*>::empty(); B->push(A, I); }
with_items(A) ::= with_items(A) COMMA with_item(I).   { B->push(A, I); }
with_item(A) ::= test(E).                             { A = B->with_item(E, nullptr); }
with_item(A) ::= test(E) AS expr(T).                  { A = B->with_item(E, T); }

funcdef(A) ::= DEF(T) NAME(N) params(P) arrow(R) COLON suite(S).         { A = B->funcdef(T, N, P, R, S, false); }
funcdef(A) ::= ASYNC(T) DEF NAME(N) params(P) arrow(R) COLON suite(S).   { A = B->funcdef(T, N, P, R, S, true); }
arrow(A) ::= .                       { A = nullptr; }
arrow(A) ::= RARROW test(E).         { A = E; }
classdef(A) ::= CLASS(T) NAME(N) COLON suite(S).                         { A = B->classdef(T, N, Vec<Node*>::empty(), S); }
classdef(A) ::= CLASS(T) NAME(N) LPAR RPAR COLON suite(S).               { A = B->classdef(T, N, Vec<Node*>::empty(), S); }
classdef(A) ::= CLASS(T) NAME(N) LPAR args(R) RPAR COLON suite(S).       { A = B->classdef(T, N, R, S); }
classdef(A) ::= CLASS(T) NAME(N) LPAR args(R) COMMA RPAR COLON suite(S). { A = B->classdef(T, N, R, S); }
decorated(A) ::= decorators(D) funcdef(F).   { A = B->decorate(D, F); }
decorated(A) ::= decorators(D) classdef(F).  { A = B->decorate(D, F); }
decorators(A) ::= AT namedexpr_test(E) NEWLINE.              { A = Vec<Expr*>::empty(); B->push(A, E); }
decorators(A) ::= decorators(A) AT namedexpr_test(E) NEWLINE. { B->push(A, E); }

// Parameters are collected as a flat list and sorted out (and checked) by the builder.
params(A) ::= LPAR RPAR.                          { A = Vec<ParamItem*>::empty(); }
params(A) ::= LPAR param_list(P) RPAR.         { A = P; }
params(A) ::= LPAR param_list(P) COMMA RPAR.   { A = P; }
param_list(A) ::= param(P).                       { A = Vec<ParamItem*>::empty(); B->push(A, P); }
param_list(A) ::= param_list(A) COMMA param(P).   { B->push(A, P); }
param(A) ::= NAME(N).                             { A = B->param(ParamItem::Plain, N, nullptr, nullptr); }
param(A) ::= NAME(N) COLON test(T).               { A = B->param(ParamItem::Plain, N, T, nullptr); }
param(A) ::= NAME(N) EQUAL test(D).               { A = B->param(ParamItem::Plain, N, nullptr, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). { A = B->param(ParamItem::Plain, N, T, D); }
param(A) ::= SLASH(S).                            { A = B->param(ParamItem::Slash, S, nullptr, nullptr); }
param(A) ::= STAR(S).                             { A = B->param(ParamItem::BareStar, S, nullptr, nullptr); }
param(A) ::= STAR NAME(N).                        { A = B->param(ParamItem::VarArg, N, nullptr, nullptr); }
param(A) ::= STAR NAME(N) COLON test(T).          { A = B->param(ParamItem::VarArg, N, T, nullptr); }
param(A) ::= STAR NAME(N) COLON star_expr(T).     { A = B->param(ParamItem::VarArg, N, T, nullptr); }
param(A) ::= STAR NAME(N) EQUAL(E) test.          { A = B->vararg_default(N, E); }
param(A) ::= DOUBLESTAR NAME(N).                  { A = B->param(ParamItem::KwArg, N, nullptr, nullptr); }
param(A) ::= DOUBLESTAR NAME(N) COLON test(T).    { A = B->param(ParamItem::KwArg, N, T, nullptr); }
param(A) ::= DOUBLESTAR NAME(N) EQUAL(E) test.    { A = B->vararg_default(N, E); }

lparams(A) ::= .                                  { A = Vec<ParamItem*>::empty(); }
lparams(A) ::= lparam_list(A).
lparams(A) ::= lparam_list(A) COMMA.
lparam_list(A) ::= lparam(P).                     { A = Vec<ParamItem*>::empty(); B->push(A, P); }
lparam_list(A) ::= lparam_list(A) COMMA lparam(P). { B->push(A, P); }
lparam(A) ::= NAME(N).                            { A = B->param(ParamItem::Plain, N, nullptr, nullptr); }
lparam(A) ::= NAME(N) EQUAL test(D).              { A = B->param(ParamItem::Plain, N, nullptr, D); }
lparam(A) ::= SLASH(S).                           { A = B->param(ParamItem::Slash, S, nullptr, nullptr); }
lparam(A) ::= STAR(S).                            { A = B->param(ParamItem::BareStar, S, nullptr, nullptr); }
lparam(A) ::= STAR NAME(N).                       { A = B->param(ParamItem::VarArg, N, nullptr, nullptr); }
lparam(A) ::= DOUBLESTAR NAME(N).                 { A = B->param(ParamItem::KwArg, N, nullptr, nullptr); }

// ---- Expressions --------------------------------------------------------------------

// A tuple or a single expression, of tests and starred items: `a`, `a,`, `*a, b`.
tlse(A) ::= tlse_items(L).              { A = B->tuple_or_single(L, false); }
tlse(A) ::= tlse_items(L) COMMA(C).     { A = B->tuple_or_single(L, true, &C); }
tlse_items(A) ::= test(E).              { A = Vec<Expr*>::empty(); B->push(A, E); }
tlse_items(A) ::= star_expr(E).         { A = Vec<Expr*>::empty(); B->push(A, E); }
tlse_items(A) ::= tlse_items(A) COMMA test(E).      { B->push(A, E); }
tlse_items(A) ::= tlse_items(A) COMMA star_expr(E). { B->push(A, E); }

// The same at the `expr` level (for-loop targets, comprehension targets, del).
exprlist(A) ::= exprlist_items(L).            { A = B->tuple_or_single(L, false); }
exprlist(A) ::= exprlist_items(L) COMMA(C).   { A = B->tuple_or_single(L, true, &C); }
exprlist_items(A) ::= expr(E).                { A = Vec<Expr*>::empty(); B->push(A, E); }
exprlist_items(A) ::= star_expr(E).           { A = Vec<Expr*>::empty(); B->push(A, E); }
exprlist_items(A) ::= exprlist_items(A) COMMA expr(E).      { B->push(A, E); }
exprlist_items(A) ::= exprlist_items(A) COMMA star_expr(E). { B->push(A, E); }

star_expr(A) ::= STAR(T) expr(E). [STARRED]   { A = B->starred(T, E); }

namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= test(T) COLONEQUAL test(V).   { A = B->named_expr(T, V); }

test(A) ::= bexpr(A).
test(A) ::= bexpr(B1) IF bexpr(C) ELSE test(O).     { A = B->if_exp(C, B1, O); }
test(A) ::= lambdef(A).
lambdef(A) ::= LAMBDA(T) lparams(P) COLON test(E).  { A = B->lambda(T, P, E); }

bexpr(A) ::= comparison(A).
bexpr(A) ::= bexpr(L) OR bexpr(R).                  { A = B->bool_op(BoolOperator::Or, L, R); }
bexpr(A) ::= bexpr(L) AND bexpr(R).                 { A = B->bool_op(BoolOperator::And, L, R); }
bexpr(A) ::= NOT(T) bexpr(E).                       { A = B->unary(T, UnaryOperator::Not, E); }

comparison(A) ::= expr(A).
comparison(A) ::= comp_chain(A).
comp_chain(A) ::= expr(L) compop(O) expr(R).        { A = B->compare(L, O, R); }
comp_chain(A) ::= comp_chain(A) compop(O) expr(R).  { B->compare_more(A, O, R); }
compop(A) ::= LESS.          { A = int(CmpOperator::Lt); }
compop(A) ::= GREATER.       { A = int(CmpOperator::Gt); }
compop(A) ::= EQEQUAL.       { A = int(CmpOperator::Eq); }
compop(A) ::= GREATEREQUAL.  { A = int(CmpOperator::GtE); }
compop(A) ::= LESSEQUAL.     { A = int(CmpOperator::LtE); }
compop(A) ::= NOTEQUAL.      { A = int(CmpOperator::NotEq); }
compop(A) ::= IN.            { A = int(CmpOperator::In); }
compop(A) ::= NOT IN.        { A = int(CmpOperator::NotIn); }
compop(A) ::= IS.            { A = int(CmpOperator::Is); }
compop(A) ::= IS NOT.        { A = int(CmpOperator::IsNot); }

expr(A) ::= primary(A).
expr(A) ::= AWAIT(T) primary(E).                    { A = B->await(T, E); }
expr(A) ::= expr(L) VBAR expr(R).                   { A = B->bin_op(L, Operator::BitOr, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R).             { A = B->bin_op(L, Operator::BitXor, R); }
expr(A) ::= expr(L) AMPER expr(R).                  { A = B->bin_op(L, Operator::BitAnd, R); }
expr(A) ::= expr(L) LEFTSHIFT expr(R).              { A = B->bin_op(L, Operator::LShift, R); }
expr(A) ::= expr(L) RIGHTSHIFT expr(R).             { A = B->bin_op(L, Operator::RShift, R); }
expr(A) ::= expr(L) PLUS expr(R).                   { A = B->bin_op(L, Operator::Add, R); }
expr(A) ::= expr(L) MINUS expr(R).                  { A = B->bin_op(L, Operator::Sub, R); }
expr(A) ::= expr(L) STAR expr(R).                   { A = B->bin_op(L, Operator::Mult, R); }
expr(A) ::= expr(L) SLASH expr(R).                  { A = B->bin_op(L, Operator::Div, R); }
expr(A) ::= expr(L) PERCENT expr(R).                { A = B->bin_op(L, Operator::Mod, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R).            { A = B->bin_op(L, Operator::FloorDiv, R); }
expr(A) ::= expr(L) AT expr(R).                     { A = B->bin_op(L, Operator::MatMult, R); }
expr(A) ::= expr(L) DOUBLESTAR expr(R).             { A = B->bin_op(L, Operator::Pow, R); }
expr(A) ::= PLUS(T) expr(E). [UNARY]                { A = B->unary(T, UnaryOperator::UAdd, E); }
expr(A) ::= MINUS(T) expr(E). [UNARY]               { A = B->unary(T, UnaryOperator::USub, E); }
expr(A) ::= TILDE(T) expr(E). [UNARY]               { A = B->unary(T, UnaryOperator::Invert, E); }

primary(A) ::= atom(A).
primary(A) ::= primary(E) DOT NAME(N).                        { A = B->attribute(E, N); }
primary(A) ::= primary(E) LPAR RPAR(R).                       { A = B->call(E, Vec<Node*>::empty(), false, R); }
primary(A) ::= primary(E) LPAR args(L) RPAR(R).               { A = B->call(E, L, false, R); }
primary(A) ::= primary(E) LPAR args(L) COMMA RPAR(R).         { A = B->call(E, L, true, R); }
primary(A) ::= primary(E) LSQB subscripts(L) RSQB(R).         { A = B->subscript(E, L, false, R); }
primary(A) ::= primary(E) LSQB subscripts(L) COMMA RSQB(R).   { A = B->subscript(E, L, true, R); }

subscripts(A) ::= subscript(S).                       { A = Vec<Expr*>::empty(); B->push(A, S); }
subscripts(A) ::= star_expr(S).                       { A = Vec<Expr*>::empty(); B->push(A, S); }
subscripts(A) ::= subscripts(A) COMMA subscript(S).   { B->push(A, S); }
subscripts(A) ::= subscripts(A) COMMA star_expr(S).   { B->push(A, S); }
subscript(A) ::= namedexpr_test(A).
subscript(A) ::= opt_test(L) COLON(C) opt_test(U).                        { A = B->slice(L, C, U, nullptr, nullptr); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S).   { A = B->slice(L, C, U, &D, S); }
opt_test(A) ::= .           { A = nullptr; }
opt_test(A) ::= test(A).

// Call arguments, checked for order by the builder.
args(A) ::= arg(X).                         { A = Vec<Node*>::empty(); B->push(A, X); }
args(A) ::= args(A) COMMA arg(X).           { B->push(A, X); }
arg(A) ::= namedexpr_test(E).               { A = E; }
arg(A) ::= test(N) EQUAL(E) test(V).        { A = B->keyword(N, E, V); }
arg(A) ::= STAR(T) test(E).                 { A = B->starred(T, E); }
arg(A) ::= DOUBLESTAR(T) test(E).           { A = B->double_starred(T, E); }
arg(A) ::= namedexpr_test(E) comps(C).      { A = B->genexp(E, C); }

atom(A) ::= NAME(N).                        { A = B->name(N); }
atom(A) ::= NUMBER(N).                      { A = B->number(N); }
atom(A) ::= strings(S).                     { A = B->strings(S); }
atom(A) ::= ELLIPSIS(T).                    { A = B->constant(T, krait::ast::ConstValue::Ellipsis); }
atom(A) ::= NONE(T).                        { A = B->constant(T, krait::ast::ConstValue::None); }
atom(A) ::= TRUE(T).                        { A = B->constant(T, krait::ast::ConstValue::True); }
atom(A) ::= FALSE(T).                       { A = B->constant(T, krait::ast::ConstValue::False); }
atom(A) ::= LPAR(L) RPAR(R).                { A = B->tuple(Vec<Expr*>::empty(), L, R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).  { A = B->parenthesize(E, L, R); }
atom(A) ::= LPAR(L) nstar_items(I) RPAR(R). { A = B->paren_or_tuple(I, L, R); }
atom(A) ::= LPAR(L) nstar_items(I) COMMA RPAR(R).     { A = B->tuple(I, L, R); }
atom(A) ::= LPAR(L) namedexpr_test(E) comps(C) RPAR(R). { A = B->parenthesize(B->genexp(E, C), L, R); }
atom(A) ::= LSQB(L) RSQB(R).                { A = B->list(Vec<Expr*>::empty(), L, R); }
atom(A) ::= LSQB(L) nstar_items(I) RSQB(R).           { A = B->list(I, L, R); }
atom(A) ::= LSQB(L) nstar_items(I) COMMA RSQB(R).     { A = B->list(I, L, R); }
atom(A) ::= LSQB(L) namedexpr_test(E) comps(C) RSQB(R). { A = B->comprehension(Kind::ListComp, E, nullptr, C, L, R); }
atom(A) ::= LBRACE(L) RBRACE(R).            { A = B->dict(DictItems{}, L, R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).          { A = B->dict(D, L, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R).    { A = B->dict(D, L, R); }
atom(A) ::= LBRACE(L) nstar_items(I) RBRACE(R).         { A = B->set(I, L, R); }
atom(A) ::= LBRACE(L) nstar_items(I) COMMA RBRACE(R).   { A = B->set(I, L, R); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comps(C) RBRACE(R).         { A = B->comprehension(Kind::SetComp, E, nullptr, C, L, R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comps(C) RBRACE(R).     { A = B->comprehension(Kind::DictComp, K, V, C, L, R); }
atom(A) ::= LBRACE DOUBLESTAR(T) expr comps RBRACE.         { A = B->dict_unpack_in_comprehension(T); }

strings(A) ::= STRING(S).                   { A = Vec<Token>::empty(); B->push(A, S); }
strings(A) ::= strings(A) STRING(S).        { B->push(A, S); }

nstar(A) ::= namedexpr_test(A).
nstar(A) ::= star_expr(A).
nstar_items(A) ::= nstar(E).                          { A = Vec<Expr*>::empty(); B->push(A, E); }
nstar_items(A) ::= nstar_items(A) COMMA nstar(E).     { B->push(A, E); }

dict_items(A) ::= test(K) COLON test(V).              { A = DictItems{}; B->dict_item(A, K, V); }
dict_items(A) ::= DOUBLESTAR expr(V). [STARRED]      { A = DictItems{}; B->dict_item(A, nullptr, V); }
dict_items(A) ::= dict_items(A) COMMA test(K) COLON test(V). { B->dict_item(A, K, V); }
dict_items(A) ::= dict_items(A) COMMA DOUBLESTAR expr(V). [STARRED] { B->dict_item(A, nullptr, V); }

comps(A) ::= comp_for(C).                   { A = Vec<Comprehension*>::empty(); B->push(A, C); }
comps(A) ::= comps(A) comp_for(C).          { B->push(A, C); }
comps(A) ::= comps(A) IF test_nocond(E).    { B->comp_if(A, E); }
comp_for(A) ::= FOR(T) exprlist(X) IN bexpr(E).         { A = B->comp_for(T, X, E, false); }
comp_for(A) ::= ASYNC(T) FOR exprlist(X) IN bexpr(E).   { A = B->comp_for(T, X, E, true); }
test_nocond(A) ::= bexpr(A).

yield_expr(A) ::= YIELD(T).                 { A = B->yield(T, nullptr); }
yield_expr(A) ::= YIELD(T) tlse(E).         { A = B->yield(T, E); }
yield_expr(A) ::= YIELD(T) FROM test(E).    { A = B->yield_from(T, E); }

%code {
// Whether `token` could be shifted in the parser's current state, after whatever
// reductions it would trigger. The parse driver uses this to word its error messages
// ("expected ':'"). It replays the automaton on a copy of the state stack, so the
// parser itself is untouched.
int KraitParseAccepts(void* parser, int token) {
    yyParser* p = static_cast<yyParser*>(parser);
    std::vector<YYACTIONTYPE> states;
    for (yyStackEntry* e = p->yystack; e <= p->yytos; ++e) states.push_back(e->stateno);
    for (int guard = 0; guard < 100000; ++guard) {
        YYACTIONTYPE act = yy_find_shift_action(static_cast<YYCODETYPE>(token), states.back());
        if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION) return 1;
        if (act < YY_MIN_REDUCE) return 0;
        unsigned rule = act - YY_MIN_REDUCE;
        int n = -yyRuleInfoNRhs[rule];
        if (n > 0) states.resize(states.size() - n);
        if (states.empty()) return 0;
        states.push_back(yy_find_reduce_action(states.back(), yyRuleInfoLhs[rule]));
    }
    return 0;
}
}
