# Embeds the Python modules of stdlib/py/ into the interpreter (-DOUT=file.cpp -DSOURCES=a.py;b.py).
# Each becomes a raw string literal in a table that the import system reads, so a Krait binary
# needs no files besides itself.
set(body "")
set(entries "")
foreach(src IN LISTS SOURCES)
  get_filename_component(name ${src} NAME_WE)
  file(READ ${src} text)
  string(FIND "${text}" ")krait\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${src} contains the raw-string delimiter )krait\"")
  endif()
  string(APPEND body "static const char k_${name}[] = R\"krait(${text})krait\";\n")
  string(APPEND entries "    {\"${name}\", k_${name}, sizeof k_${name} - 1},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from stdlib/py/ by cmake/embed.cmake: do not edit.\n#include \"stdlib/frozen.hpp\"\n\nnamespace krait::stdlib {\n\n${body}\nconst FrozenModule kFrozenModules[] = {\n${entries}    {nullptr, nullptr, 0},\n};\n\n}  // namespace krait::stdlib\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
