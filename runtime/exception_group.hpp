// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, str(), derive(), split()
// and subgroup(), and the two steps of `except*` the VM takes (CHECK_EG_MATCH and
// PREP_RERAISE_STAR).
#pragma once

#include "runtime/value.hpp"

namespace krait {

struct State;
struct List;

// `except* type` on exc (None once an earlier clause took everything): match is None when
// nothing matches, else the matching part (a naked exception comes wrapped in a group of
// one), and rest what is left (None if nothing). A TypeError if type is not an exception
// class or a tuple of them, or is an exception group.
bool except_star_match(State& st, Value exc, Value type, Value& match, Value& rest);

// What a try-except* raises when its clauses are done (None for nothing), from the
// exception caught (orig) and excs: what each clause raised or re-raised, then the part no
// clause matched (None entries are skipped). Re-raised parts are projected back onto orig's
// structure; exceptions raised anew join them in a new ExceptionGroup("", [...]).
Value prep_reraise_star(State& st, Value orig, List* excs);

// Fills the group types' slots and methods; init_exception_types calls it.
void init_exception_group_types(State& st);

}  // namespace krait
