#include "parser/fstring.hpp"

#include "parser/builder.hpp"
#include "parser/literal.hpp"

namespace krait::parse {

namespace {

constexpr int kMaxFieldNesting = 200;  // brackets inside one replacement field

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Accumulates the values of a JoinedStr: literal text waits in `pending` until an
// expression (or the end) flushes it into a Constant.
struct Parts {
    Parts(Builder& builder, Span at, bool u) : b(builder), span(at), u_kind(u) {}

    Builder& b;
    Span span;
    bool u_kind;
    std::string pending;
    Vec<Expr*> values = Vec<Expr*>::empty();

    void flush() {
        if (pending.empty()) return;
        auto* c = b.arena().make<Constant>();
        c->kind = Kind::Constant;
        c->span = span;
        c->value.tag = ConstValue::Str;
        c->value.text = b.arena().copy(pending);
        if (u_kind) c->kind_ = "u";
        c->depth = 1;
        values.push(b.arena(), c);
        pending.clear();
    }
};

class FStringParser {
public:
    FStringParser(Builder& b, const lex::Token& tok, std::string_view body, bool raw)
        : b_(b), tok_(tok), s_(body.data()), end_(body.data() + body.size()), raw_(raw) {}

    // Parses literal text and replacement fields into `parts` until the end of the body or,
    // inside a format spec (level > 0), an unmatched '}'.
    bool parse(Parts& parts, int level) {
        for (;;) {
            bool more = literal(parts, level);
            if (b_.failed()) return false;
            if (!more) return true;
            if (s_ >= end_ || *s_ == '}') return true;  // end of a format spec
            if (!field(parts, level)) return false;
        }
    }

private:
    // Reads literal text up to a '{' (or a spec's closing '}'), decoding escapes and
    // doubled braces. Returns false at the end of the body.
    bool literal(Parts& parts, int level) {
        for (;;) {
            const char* start = s_;
            const char* s = s_;
            bool doubled = false;
            while (s < end_) {
                char ch = *s++;
                if (!raw_ && ch == '\\' && s < end_) {
                    ch = *s++;
                    if (ch == 'N') {
                        // `\N{...}`: its braces are not a replacement field.
                        if (s < end_ && *s++ == '{')
                            while (s < end_ && *s++ != '}') {}
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (s < end_ && *s == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            fail("f-string: single '}' is not allowed");
                            return false;
                        }
                    }
                    --s;
                    break;
                }
            }
            std::string_view chunk(start, (doubled ? s : s) - start);
            std::string err;
            if (!decode_literal(chunk, false, raw_, parts.pending, err)) {
                fail(err);
                return false;
            }
            if (doubled) {
                s_ = s + 1;  // the brace itself was kept in the chunk; skip its twin
                continue;
            }
            s_ = s;
            return s_ < end_;
        }
    }

    // A replacement field: '{' expression ['='] ['!' conversion] [':' spec] '}'.
    bool field(Parts& parts, int level) {
        if (level >= 2) {
            fail("f-string: expressions nested too deeply");
            return false;
        }
        ++s_;  // '{'
        const char* expr_start = s_;
        char quote = 0;
        int string_type = 0;
        std::string stack;
        for (; s_ < end_; ++s_) {
            char ch = *s_;
            if (ch == '\\') {
                fail("f-string expression part cannot include a backslash");
                return false;
            }
            if (quote) {
                if (ch == quote) {
                    if (string_type == 3) {
                        if (s_ + 2 < end_ && s_[1] == ch && s_[2] == ch) {
                            s_ += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s_ + 2 < end_ && s_[1] == ch && s_[2] == ch) {
                    string_type = 3;
                    s_ += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (static_cast<int>(stack.size()) >= kMaxFieldNesting) {
                    fail("f-string: too many nested parenthesis");
                    return false;
                }
                stack += ch;
            } else if (ch == '#') {
                fail("f-string expression part cannot include '#'");
                return false;
            } else if (stack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s_ + 1 < end_ && s_[1] == '=' && ch != ':' && ch != '}') {
                    ++s_;  // != == <= >=
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (stack.empty()) {
                    fail(std::string("f-string: unmatched '") + ch + "'");
                    return false;
                }
                char open = stack.back();
                stack.pop_back();
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                    fail(std::string("f-string: closing parenthesis '") + ch +
                         "' does not match opening parenthesis '" + open + "'");
                    return false;
                }
            }
        }
        const char* expr_end = s_;
        if (quote) {
            fail("f-string: unterminated string");
            return false;
        }
        if (!stack.empty()) {
            fail(std::string("f-string: unmatched '") + stack.back() + "'");
            return false;
        }
        if (s_ >= end_) {
            fail("f-string: expecting '}'");
            return false;
        }
        std::string_view text(expr_start, expr_end - expr_start);
        bool blank = true;
        for (char c : text) blank &= c == ' ' || c == '\t' || c == '\n' || c == '\f';
        if (blank) {
            if (*s_ == '!' || *s_ == ':' || *s_ == '=')
                fail(std::string("f-string: expression required before '") + *s_ + "'");
            else
                fail("f-string: empty expression not allowed");
            return false;
        }
        Expr* value = parse_fstring_expression(b_, text, tok_);
        if (!value) return false;

        bool debug = false;
        if (*s_ == '=') {
            ++s_;
            while (s_ < end_ && is_space(*s_)) ++s_;
            if (s_ >= end_) {
                fail("f-string: expecting '}'");
                return false;
            }
            parts.pending.append(expr_start, s_ - expr_start);
            debug = true;
        }
        int conversion = -1;
        if (*s_ == '!') {
            ++s_;
            if (s_ >= end_) {
                fail("f-string: expecting '}'");
                return false;
            }
            conversion = static_cast<unsigned char>(*s_++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return false;
            }
        }
        Expr* spec = nullptr;
        if (s_ < end_ && *s_ == ':') {
            ++s_;
            if (s_ >= end_) {
                fail("f-string: expecting '}'");
                return false;
            }
            Parts inner(b_, parts.span, false);
            if (!parse(inner, level + 1)) return false;
            inner.flush();
            auto* j = b_.arena().make<JoinedStr>();
            j->kind = Kind::JoinedStr;
            j->span = parts.span;
            j->values = inner.values;
            j->depth = 2;
            spec = j;
        }
        if (s_ >= end_ || *s_ != '}') {
            fail("f-string: expecting '}'");
            return false;
        }
        ++s_;
        if (debug && !spec && conversion == -1) conversion = 'r';

        parts.flush();
        auto* fv = b_.arena().make<FormattedValue>();
        fv->kind = Kind::FormattedValue;
        fv->span = parts.span;
        fv->value = value;
        fv->conversion = conversion;
        fv->format_spec = spec;
        fv->depth = static_cast<uint16_t>(std::max<int>(value->depth, spec ? spec->depth : 0) + 1);
        parts.values.push(b_.arena(), fv);
        return true;
    }

    // CPython reports these errors at the end of the string token.
    void fail(std::string msg) {
        b_.error(std::move(msg), Span{tok_.end_line, tok_.end_col, tok_.end_line, tok_.end_col});
    }

    Builder& b_;
    const lex::Token& tok_;
    const char* s_;
    const char* end_;
    bool raw_;
};

}  // namespace

Expr* build_string(Builder& b, const Vec<lex::Token>& parts) {
    std::string_view src = b.source();
    const lex::Token& first = parts[0];
    const lex::Token& last = parts[parts.size - 1];
    Span span{first.line, first.col, last.end_line, last.end_col};
    Span at_end{last.end_line, last.end_col, last.end_line, last.end_col};

    StringToken head = split_string_token(first.text(src));
    bool any_f = false;
    for (const lex::Token& t : parts) {
        StringToken s = split_string_token(t.text(src));
        if (s.bytes != head.bytes) {
            b.error("cannot mix bytes and nonbytes literals", at_end);
            break;
        }
        any_f |= s.fstring;
    }

    Parts acc(b, span, head.u);
    for (const lex::Token& t : parts) {
        if (b.failed()) break;
        StringToken s = split_string_token(t.text(src));
        if (!s.fstring) {
            std::string err;
            if (!decode_literal(s.body, s.bytes, s.raw, acc.pending, err)) {
                Span where = err.rfind("bytes can only", 0) == 0 ? Span{t.line, t.col, t.end_line, t.end_col} : at_end;
                b.error(err, where);
            }
            continue;
        }
        FStringParser fp(b, t, s.body, s.raw);
        fp.parse(acc, 0);
    }

    if (!any_f) {
        auto* c = b.arena().make<Constant>();
        c->kind = Kind::Constant;
        c->span = span;
        c->value.tag = head.bytes ? ConstValue::Bytes : ConstValue::Str;
        c->value.text = b.arena().copy(acc.pending);
        if (head.u) c->kind_ = "u";
        return c;
    }
    acc.flush();
    auto* j = b.arena().make<JoinedStr>();
    j->kind = Kind::JoinedStr;
    j->span = span;
    j->values = acc.values;
    return j;
}

}  // namespace krait::parse
