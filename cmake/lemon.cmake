# Runs Lemon on parser/grammar.y (-DLEMON, -DTEMPLATE, -DGRAMMAR, -DOUT_DIR).
# Lemon exits 0 even when the grammar has conflicts; a conflict is a grammar bug, so this
# fails the build. The generated C file is renamed to .cpp (it is compiled as C++), and the
# token-name table is derived from grammar.h so that token names are written only once.
configure_file(${GRAMMAR} ${OUT_DIR}/grammar.y COPYONLY)
execute_process(
  COMMAND ${LEMON} -q -s -T${TEMPLATE} -d${OUT_DIR} ${OUT_DIR}/grammar.y
  OUTPUT_VARIABLE report ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR errors MATCHES "error")
  message(FATAL_ERROR "Lemon failed on parser/grammar.y:\n${errors}${report}")
endif()
if(report MATCHES "conflicts\\.+ +[1-9]")
  message(FATAL_ERROR "Lemon reported conflicts in parser/grammar.y:\n${report}")
endif()
file(RENAME ${OUT_DIR}/grammar.c ${OUT_DIR}/grammar.cpp)

file(STRINGS ${OUT_DIR}/grammar.h defines REGEX "^#define TK_")
set(names "// Generated from grammar.h by cmake/lemon.cmake: token names by code.\n")
foreach(line ${defines})
  string(REGEX REPLACE "^#define TK_([A-Z_]+) +([0-9]+)$" "KRAIT_TOKEN(\\1, \\2)" entry "${line}")
  string(APPEND names "${entry}\n")
endforeach()
file(WRITE ${OUT_DIR}/token_names.inc "${names}")
