"""Extract, format and print information about Python stack traces and exceptions."""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

# More than this many identical consecutive frames are summarised in one line.
_RECURSIVE_CUTOFF = 3

_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


# Stack entries

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack() as a
    formatted stack trace to the given file."""
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or (filename, lineno, name, line) tuples)
    for printing: one string per entry, each ending in a newline."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback tb (at most limit of them)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


# Exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file', as the
    interpreter reports an uncaught exception (with its chained exceptions)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _print_lines(te.format(chain=chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings, each
    ending in a newline, whose concatenation print_exception() would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: normally one line, 'Type: message';
    several for a SyntaxError (the line and a caret) and for exceptions with notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value,
    sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# The stack of the caller

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point (or from frame f)."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (or frame f): a
    StackSummary from the oldest frame to the newest."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                # The frame is still running.
                pass
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack trace: filename, lineno, name, line (the source line, read
    lazily), locals (reprs, if captured), and the source positions when known."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class _ListIter:
    # Iterates over a list built in advance (walk_tb and walk_stack cannot be generators).
    __slots__ = ('_items', '_pos')

    def __init__(self, items):
        self._items = items
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if pos >= len(self._items):
            raise StopIteration
        self._pos = pos + 1
        return self._items[pos]


def _outer_frames(f):
    # f and the frames that called it, innermost first. A frame of the running stack is
    # found among sys._getframe(0..n) (by code and line, as frame objects may be made
    # afresh on each access), whose chain is complete even where f_back is not.
    running = []
    depth = 0
    while True:
        try:
            running.append(sys._getframe(depth))
        except ValueError:
            break
        depth += 1
    for i, fr in enumerate(running):
        if fr.f_code is f.f_code and fr.f_lineno == f.f_lineno and fr.f_globals is f.f_globals:
            return running[i:]
    frames = []
    while f is not None:
        frames.append(f)
        f = f.f_back
    return frames


def walk_stack(f):
    """Walk a stack from frame f (default: the caller's) outwards: an iterator of
    (frame, lineno) pairs."""
    if f is None:
        f = sys._getframe(1)
    return _ListIter([(fr, fr.f_lineno) for fr in _outer_frames(f)])


def walk_tb(tb):
    """Walk a traceback along tb_next: an iterator of (frame, lineno) pairs."""
    items = []
    while tb is not None:
        items.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return _ListIter(items)


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from (frame, lineno) pairs (as walk_stack and walk_tb
        give): at most limit of them, the last -limit if limit is negative."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        fnames = set()
        for f, lineno in frames:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the 'File ..., line ..., in ...' line, then the source
        line and the captured locals if any."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: one string per frame (with its source
        line), runs of more than 3 identical frames summarised."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            where = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or where != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = where
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


class _ExceptionPrintContext:
    # State while formatting nested exception groups: the depth gives the indentation
    # and the margin of each line.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        out = []
        for text in texts:
            out.append(''.join([indent_str + line for line in text.splitlines(True)]))
        return out


class TracebackException:
    """An exception ready for rendering, captured without keeping references to the
    frames: exc_type, stack (a StackSummary), __cause__ and __context__ (also
    TracebackExceptions), __suppress_context__, __notes__, exceptions (for exception
    groups), and for SyntaxErrors filename, lineno, end_lineno, text, offset, end_offset
    and msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return
        # The chained exceptions, built from a work list rather than by recursion.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, limit=limit,
                                           lookup_lines=lookup_lines,
                                           capture_locals=capture_locals,
                                           max_group_width=max_group_width,
                                           max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, limit=limit,
                                             lookup_lines=lookup_lines,
                                             capture_locals=capture_locals,
                                             max_group_width=max_group_width,
                                             max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None
            if e is not None and _is_group(e):
                exceptions = []
                for exc in e.exceptions:
                    exceptions.append(TracebackException(
                        type(exc), exc, exc.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen))
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: a list of strings ending in
        newlines (one, unless it is a SyntaxError or has notes)."""
        if self.exc_type is None:
            return [_format_final_exc_line(None, self._str)]
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            lines = [_format_final_exc_line(stype, self._str)]
        else:
            lines = self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)) or _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                lines.extend([l + '\n' for l in note.split('\n')])
        elif notes is not None:
            lines.append(_safe_string(notes, '__notes__', func=repr))
        return lines

    def _format_syntax_error(self, stype):
        # The location, the line with carets under the error, then the message.
        lines = []
        filename_suffix = ''
        if self.lineno is not None:
            lines.append('  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno))
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            lines.append('    {}\n'.format(ltext))
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other white space are kept, so that the carets line up.
                    caretspace = ''.join([c if c.isspace() else ' ' for c in ltext[:colno]])
                    lines.append('    {}{}\n'.format(caretspace, '^' * (end_colno - colno)))
        msg = self.msg or "<no detail available>"
        lines.append("{}: {}{}\n".format(stype, msg, filename_suffix))
        return lines

    def format(self, *, chain=True, _ctx=None):
        """Format the exception, with its chained exceptions if chain: a list of strings
        ending in newlines, as print_exception() prints them."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        out = []
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                out.extend(_ctx.emit(msg))
            if exc.exceptions is None:
                if exc.stack:
                    out.extend(_ctx.emit('Traceback (most recent call last):\n'))
                    out.extend(_ctx.emit(exc.stack.format()))
                out.extend(_ctx.emit(exc.format_exception_only()))
            elif _ctx.exception_group_depth > self.max_group_depth:
                out.extend(_ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n"))
            else:
                out.extend(exc._format_group(chain, _ctx))
        return out

    def _format_group(self, chain, _ctx):
        # An exception group: its own traceback, then each sub-exception in a box.
        out = []
        is_toplevel = (_ctx.exception_group_depth == 0)
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            out.extend(_ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None))
            out.extend(_ctx.emit(self.stack.format()))
        out.extend(_ctx.emit(self.format_exception_only()))
        num_excs = len(self.exceptions)
        if num_excs <= self.max_group_width:
            n = num_excs
        else:
            n = self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = (i == n - 1)
            if last_exc:
                # The closing line comes after the last sub-exception, unless a nested
                # group closes the box first.
                _ctx.need_close = True
            truncated = i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            out.append(_ctx.indent() + ('+-' if i == 0 else '  ') +
                       f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                out.extend(self.exceptions[i].format(chain=chain, _ctx=_ctx))
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                out.extend(_ctx.emit(f"and {remaining} more exception{plural}\n"))
            if last_exc and _ctx.need_close:
                out.append(_ctx.indent() + "+------------------------------------\n")
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0
        return out

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        _print_lines(self.format(chain=chain), file)


def _is_group(e):
    try:
        return isinstance(e, BaseExceptionGroup)
    except NameError:
        return False


def _is_sequence(obj):
    # As CPython: any Sequence, so a str's characters are notes of their own.
    if obj is None:
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)
