# A host project that adds Krait's source tree with add_subdirectory and links krait::krait:
# it must configure, generate Krait's front end in its own build tree, and link the library.
# Krait's own tests, benchmarks and install rules stay out of a host's build.
#   cmake -DSOURCE_DIR=<krait source> -DWORK_DIR=<scratch> -P add_subdirectory.cmake
cmake_minimum_required(VERSION 3.20)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status}):\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(WRITE ${WORK_DIR}/host/CMakeLists.txt "
cmake_minimum_required(VERSION 3.20)
project(host LANGUAGES CXX)
add_subdirectory(\"${SOURCE_DIR}\" krait)
add_executable(call_python \"${SOURCE_DIR}/examples/call_python.cpp\")
target_link_libraries(call_python PRIVATE krait::krait)
")
run("configuring the host" ${CMAKE_COMMAND} -S ${WORK_DIR}/host -B ${WORK_DIR}/build -G Ninja)
# Krait's generated front end builds inside the host's tree; the host's program links the
# library (listing the commands checks the whole graph without compiling all of Krait).
run("generating Krait's front end" ${CMAKE_COMMAND} --build ${WORK_DIR}/build
    --target krait/generated/grammar.cpp krait/generated/lexer.cpp)
execute_process(COMMAND ninja -C ${WORK_DIR}/build -t commands call_python OUTPUT_VARIABLE commands RESULT_VARIABLE status)
string(FIND "${commands}" "libkrait.a" at)
if(NOT status EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "the host's program does not link Krait:\n${commands}")
endif()
run("listing the host's targets" ${CMAKE_COMMAND} --build ${WORK_DIR}/build --target help)
foreach(ours embed_values_test krait_parse_bench install)
  string(FIND "${last_output}" "${ours}:" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the host's build has Krait's target '${ours}':\n${last_output}")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
