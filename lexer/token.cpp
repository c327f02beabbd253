#include "lexer/token.hpp"

namespace krait::lex {

const char* token_name(int kind) {
    switch (kind) {
#define KRAIT_TOKEN(name, code) case code: return #name;
#include "token_names.inc"
#undef KRAIT_TOKEN
    }
    return "?";
}

}  // namespace krait::lex
