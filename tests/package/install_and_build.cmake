# Installs the Krait being tested into a fresh prefix, builds examples/ against it alone (as a
# host project would, through find_package(krait CONFIG)), and runs each example.
#   cmake -DBUILD_DIR=<krait build> -DSOURCE_DIR=<krait source> -DWORK_DIR=<scratch> -P install_and_build.cmake
cmake_minimum_required(VERSION 3.20)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status}):\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix)
run("configuring examples/" ${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples -B ${WORK_DIR}/build -G Ninja
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
run("building examples/" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run("call_python" ${WORK_DIR}/build/call_python)
string(FIND "${last_output}" "basket: 9.00, with the member discount: 8.10\ncheapest: apple at 0.50\n" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "call_python printed:\n${last_output}")
endif()
run("game_loop" ${WORK_DIR}/build/game_loop)
string(FIND "${last_output}" "frame 9: level done, Sprite(hero, 5, 0) Sprite(bat, 5, 0)\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "game_loop printed:\n${last_output}")
endif()
run("sandbox" ${WORK_DIR}/build/sandbox)
foreach(line "a huge list                  MemoryError\n" "stopped by the host (Interrupted)\n"
             "stopped by the host (BudgetExceeded)\n" "{\"f\": 3628800} finished\n")
  string(FIND "${last_output}" "${line}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "sandbox printed:\n${last_output}")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
