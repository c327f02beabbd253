"""Python part of the warnings subsystem: warn(), the filters and catch_warnings."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr to write to: the warning is lost.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            # Formatting must not fail (the interpreter may be shutting down).
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    return s


# Kept to tell whether the user replaced showwarning / formatwarning.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = showwarning
    if sw is not _showwarning_orig:
        # A user's showwarning() replacement.
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        # A user's formatwarning() replacement.
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class _Pattern:
    # A compiled filter pattern when the re module is not available: re.match semantics
    # (anchored at the start) for literals, '.', classes [...], \d \w \s and escapes,
    # the quantifiers * + ? and the anchor $.
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._ignorecase = bool(flags & 2)
        self._items = self._parse(pattern)

    def __repr__(self):
        if self.flags & 2:
            return f're.compile({self.pattern!r}, re.IGNORECASE)'
        return f're.compile({self.pattern!r})'

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _parse(self, p):
        items = []  # (kind, data, quantifier)
        i = 0
        n = len(p)
        while i < n:
            c = p[i]
            if c == '\\' and i + 1 < n:
                e = p[i + 1]
                i += 2
                if e in 'dws':
                    atom = ('class', e)
                else:
                    atom = ('lit', e)
            elif c == '[':
                j = i + 1
                negate = j < n and p[j] == '^'
                if negate:
                    j += 1
                members = []
                first = True
                while j < n and (p[j] != ']' or first):
                    first = False
                    if p[j] == '\\' and j + 1 < n:
                        members.append((p[j + 1], p[j + 1]))
                        j += 2
                    elif j + 2 < n and p[j + 1] == '-' and p[j + 2] != ']':
                        members.append((p[j], p[j + 2]))
                        j += 3
                    else:
                        members.append((p[j], p[j]))
                        j += 1
                atom = ('set', (negate, members))
                i = j + 1
            elif c == '.':
                atom = ('any', None)
                i += 1
            elif c == '$' and i == n - 1:
                atom = ('end', None)
                i += 1
            elif c == '^' and i == 0:
                i += 1
                continue
            else:
                atom = ('lit', c)
                i += 1
            quant = ''
            if i < n and p[i] in '*+?':
                quant = p[i]
                i += 1
                if i < n and p[i] == '?':
                    i += 1
            items.append((atom[0], atom[1], quant))
        return items

    def _one(self, kind, data, ch):
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            if self._ignorecase:
                return ch.lower() == data.lower()
            return ch == data
        if kind == 'class':
            if data == 'd':
                return ch.isdigit()
            if data == 'w':
                return ch.isalnum() or ch == '_'
            return ch.isspace()
        negate, members = data
        found = False
        for lo, hi in members:
            if lo <= ch <= hi or (self._ignorecase and (lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)):
                found = True
                break
        return found != negate

    def match(self, text):
        return self._match(0, text, 0)

    def _match(self, k, text, pos):
        items = self._items
        while k < len(items):
            kind, data, quant = items[k]
            if kind == 'end':
                return pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n')
            if quant == '':
                if pos < len(text) and self._one(kind, data, text[pos]):
                    pos += 1
                    k += 1
                    continue
                return False
            lowest = 1 if quant == '+' else 0
            highest = 1 if quant == '?' else len(text) - pos
            count = 0
            while count < highest and self._one(kind, data, text[pos + count]):
                count += 1
            while count >= lowest:
                if self._match(k + 1, text, pos + count):
                    return True
                count -= 1
            return False
        return True


def _matches(pattern, text):
    # As CPython's C filters: None matches anything, a str must be equal, anything else
    # is a compiled pattern.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _compile(pattern, flags):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, flags)
    return re.compile(pattern, flags)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter at the front of warnings.filters (at the end if append).

    A warning matches it when its text matches the regex message (ignoring case), its
    category is a subclass of category, its module name matches the regex module, and
    lineno is 0 or its line. action says what to do then: "error", "ignore", "always",
    "default", "module" or "once"."""
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    msg = _compile(message, 2) if message else None
    mod = _compile(module, 0) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every message and module: see filterwarnings()."""
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError(f"invalid action: {action!r}")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter that is already there moves to the front (or stays, when appending).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        # Frame 0 is warn() itself; stacklevel 1 is its caller.
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _warn_unawaited_coroutine(coro):
    """Called by the interpreter when a coroutine that never ran is collected."""
    warn(f"coroutine '{coro.__qualname__}' was never awaited", RuntimeWarning, stacklevel=2, source=coro)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager that saves the filters and showwarning on entry and restores them
    on exit.

    With record=True, warnings are not shown but collected as WarningMessage objects in
    the list that __enter__ returns. With an action, simplefilter(action, category,
    lineno, append) is applied on entry. module replaces the warnings module (tests)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            # The default showwarning, so that _showwarnmsg() reaches the log.
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# The filters as CPython 3.11 starts with them (release build, no -W options):
# DeprecationWarning shown in __main__ only.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


def _filters_mutated():
    # Registries remember which warnings were shown under a version of the filters.
    _filters_version[0] += 1


simplefilter("default", category=DeprecationWarning, append=True)
filters[0] = ("default", None, DeprecationWarning, "__main__", 0)
simplefilter("ignore", category=DeprecationWarning, append=True)
simplefilter("ignore", category=PendingDeprecationWarning, append=True)
simplefilter("ignore", category=ImportWarning, append=True)
simplefilter("ignore", category=ResourceWarning, append=True)
_processoptions(getattr(sys, 'warnoptions', []))
