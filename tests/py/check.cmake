# Runs one tests/py script with krait and compares what a user sees with CPython 3.11's
# results stored beside it (written by tools/gen_expected.py):
#   NAME.exp  expected stdout, exactly;
#   NAME.err  if present: "status: N", then the lines stderr must end with.
#             Without it the exit status must be 0.
#
#   cmake -DKRAIT=<krait program> -DSCRIPT=<path/NAME.py> [-DACTUAL=<path prefix>]
#         [-DTIMEOUT=<seconds>] -P check.cmake
#
# The script runs as `krait NAME.py` from its own folder. On failure the actual stdout and
# stderr are saved as <ACTUAL>.out and <ACTUAL>.stderr if ACTUAL is given.
# (CMake strings cannot hold NUL bytes: output after a NUL is not compared.)
cmake_minimum_required(VERSION 3.20)

foreach(var KRAIT SCRIPT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: pass -D${var}=...")
  endif()
endforeach()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 15)
endif()

get_filename_component(dir "${SCRIPT}" DIRECTORY)
get_filename_component(name "${SCRIPT}" NAME)
string(REGEX REPLACE "\\.py$" "" base "${SCRIPT}")

if(NOT EXISTS "${base}.exp")
  message(FATAL_ERROR "${base}.exp is missing: run `python3.11 tools/gen_expected.py ${SCRIPT}`")
endif()
file(READ "${base}.exp" want_out)

set(want_status 0)
set(want_err "")
if(EXISTS "${base}.err")
  file(READ "${base}.err" err_file)
  if(NOT err_file MATCHES "^status: (-?[0-9]+)\n")
    message(FATAL_ERROR "${base}.err must start with a line \"status: N\"")
  endif()
  set(want_status ${CMAKE_MATCH_1})
  string(LENGTH "${CMAKE_MATCH_0}" header_len)
  string(SUBSTRING "${err_file}" ${header_len} -1 want_err)
endif()

set(stdin_args)
if(EXISTS /dev/null)
  set(stdin_args INPUT_FILE /dev/null)  # a test never waits for a terminal
endif()
# stdout goes through a file so that it is read exactly as the .exp file is (file(READ)
# stops at a NUL byte, while OUTPUT_VARIABLE would drop NULs and keep what follows).
if(DEFINED ACTUAL)
  set(out_file "${ACTUAL}.raw")
else()
  set(out_file "${dir}/.${name}.out")
endif()
get_filename_component(out_dir "${out_file}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
execute_process(
  COMMAND "${KRAIT}" "${name}"
  WORKING_DIRECTORY "${dir}"
  ${stdin_args}
  OUTPUT_FILE "${out_file}"
  ERROR_VARIABLE err
  RESULT_VARIABLE status
  TIMEOUT ${TIMEOUT})
file(READ "${out_file}" out)
file(REMOVE "${out_file}")

# Expected reports name files relative to the script's folder (gen_expected.py strips
# the folder CPython prints); accept an absolute spelling of the same files from krait.
string(REPLACE "${dir}/" "" err "${err}")

# Sets ${out_var} to the byte offset of the first difference between a and b.
function(first_difference a b out_var)
  string(LENGTH "${a}" la)
  string(LENGTH "${b}" lb)
  set(lo 0)  # prefixes of length lo are equal
  if(la LESS lb)
    set(hi ${la})
  else()
    set(hi ${lb})
  endif()
  while(lo LESS hi)  # binary search: a handful of substring compares, not one per byte
    math(EXPR mid "(${lo} + ${hi} + 1) / 2")
    string(SUBSTRING "${a}" 0 ${mid} pa)
    string(SUBSTRING "${b}" 0 ${mid} pb)
    if(pa STREQUAL pb)
      set(lo ${mid})
    else()
      math(EXPR hi "${mid} - 1")
    endif()
  endwhile()
  set(${out_var} ${lo} PARENT_SCOPE)
endfunction()

# Sets ${out_var} to a numbered excerpt of text around byte offset pos: two lines before
# the line holding pos (marked ">") and two after. Sets ${where_var} to "line L, column C".
function(lines_around text pos out_var where_var)
  string(SUBSTRING "${text}" 0 ${pos} prefix)
  string(REGEX REPLACE "[^\n]" "" newlines "${prefix}")
  string(LENGTH "${newlines}" line_index)  # 0-based line of pos
  # The line holding pos starts after the last newline before it.
  string(FIND "${prefix}" "\n" nl REVERSE)
  math(EXPR line_start "${nl} + 1")
  math(EXPR column "${pos} - ${line_start} + 1")
  # Then back up over at most two whole lines of context.
  set(start ${line_start})
  set(first ${line_index})
  foreach(k RANGE 1 2)
    if(start EQUAL 0)
      break()
    endif()
    math(EXPR prev_end "${start} - 1")
    string(SUBSTRING "${prefix}" 0 ${prev_end} head)
    string(FIND "${head}" "\n" nl REVERSE)
    math(EXPR start "${nl} + 1")
    math(EXPR first "${first} - 1")
  endforeach()
  math(EXPR last "${line_index} + 2")
  string(SUBSTRING "${text}" ${start} 4000 rest)  # the cap keeps huge lines readable
  set(shown "")
  foreach(n RANGE ${first} ${last})
    if(rest STREQUAL "")
      break()
    endif()
    string(FIND "${rest}" "\n" nl)
    if(nl LESS 0)
      set(line "${rest}  (no newline at end)")
      set(rest "")
    else()
      string(SUBSTRING "${rest}" 0 ${nl} line)
      math(EXPR nl "${nl} + 1")
      string(SUBSTRING "${rest}" ${nl} -1 rest)
    endif()
    math(EXPR number "${n} + 1")
    set(mark "|")
    if(n EQUAL line_index)
      set(mark ">")
    endif()
    string(LENGTH "${number}" width)
    math(EXPR width "6 - ${width}")
    string(REPEAT " " ${width} pad)
    string(APPEND shown "${pad}${number}${mark} ${line}\n")
  endforeach()
  string(LENGTH "${text}" len)
  if(pos EQUAL len)
    math(EXPR number "${line_index} + 1")
    string(APPEND shown "        (output ends here, line ${number})\n")
  endif()
  set(${out_var} "${shown}" PARENT_SCOPE)
  math(EXPR line_number "${line_index} + 1")
  set(${where_var} "line ${line_number}, column ${column}" PARENT_SCOPE)
endfunction()

# Sets ${out_var} to text with each line prefixed by "    | ".
function(indent text out_var)
  string(REGEX REPLACE "\n$" "" text "${text}")
  string(REPLACE "\n" "\n    | " text "${text}")
  set(${out_var} "    | ${text}\n" PARENT_SCOPE)
endfunction()

set(problems "")
if(NOT status MATCHES "^-?[0-9]+$")
  string(APPEND problems "krait did not exit normally: ${status}\n")
elseif(NOT status EQUAL want_status)
  string(APPEND problems "exit status ${status}, expected ${want_status}\n")
endif()

if(NOT out STREQUAL want_out)
  first_difference("${want_out}" "${out}" pos)
  lines_around("${want_out}" ${pos} want_lines where)
  lines_around("${out}" ${pos} got_lines where)
  string(APPEND problems "stdout differs from ${base}.exp (CPython 3.11) at ${where}\n")
  string(APPEND problems "  expected:\n${want_lines}  actual:\n${got_lines}")
endif()

string(LENGTH "${err}" err_len)
string(LENGTH "${want_err}" want_err_len)
set(err_tail "")
if(err_len GREATER_EQUAL want_err_len)
  math(EXPR tail_start "${err_len} - ${want_err_len}")
  string(SUBSTRING "${err}" ${tail_start} -1 err_tail)
endif()
set(tail_ok FALSE)
if(err_tail STREQUAL want_err)
  # The tail must start a line: "xSyntaxError: ..." does not end with "SyntaxError: ...".
  if(tail_start EQUAL 0 OR want_err_len EQUAL 0)
    set(tail_ok TRUE)
  else()
    math(EXPR before_tail "${tail_start} - 1")
    string(SUBSTRING "${err}" ${before_tail} 1 c)
    if(c STREQUAL "\n")
      set(tail_ok TRUE)
    endif()
  endif()
endif()
if(NOT tail_ok)
  string(APPEND problems "stderr does not end with the lines of ${base}.err\n")
  indent("${want_err}" want_err_shown)
  string(APPEND problems "  expected ending:\n${want_err_shown}")
endif()

if(problems STREQUAL "")
  if(DEFINED ACTUAL)
    file(REMOVE "${ACTUAL}.out" "${ACTUAL}.stderr")
  endif()
  return()
endif()

if(NOT err STREQUAL "")
  # The end of stderr is where an error report is; cap it so a runaway test stays readable.
  string(LENGTH "${err}" n)
  if(n GREATER 3000)
    math(EXPR skip "${n} - 3000")
    string(SUBSTRING "${err}" ${skip} -1 shown)
    set(shown "...\n${shown}")
  else()
    set(shown "${err}")
  endif()
  indent("${shown}" shown)
  string(APPEND problems "  stderr:\n${shown}")
endif()
if(DEFINED ACTUAL)
  file(WRITE "${ACTUAL}.out" "${out}")
  file(WRITE "${ACTUAL}.stderr" "${err}")
  string(APPEND problems "  actual output saved in ${ACTUAL}.out and ${ACTUAL}.stderr\n")
endif()
message(NOTICE "FAIL: `${KRAIT} ${name}` in ${dir}\n${problems}")
message(FATAL_ERROR "py test failed")
