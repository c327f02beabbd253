# linecache: lines of source files, missing files and line numbers out of range.
import linecache
import os
here = os.path.basename(__file__)
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)), repr(linecache.getline(here, 0)), repr(linecache.getline(here, 10000)))
lines = linecache.getlines(here)
print(len(lines) > 5, lines[-1].endswith('\n'), here in linecache.cache)
print(linecache.getlines('no_such_file.py'), repr(linecache.getline('<string>', 1)))
linecache.checkcache(here)
linecache.checkcache()
linecache.clearcache()
print(here in linecache.cache, repr(linecache.getline(here, 3)))
# last line
