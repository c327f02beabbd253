"""Generic (shallow and deep) copying operations.

copy(x) makes a shallow copy, deepcopy(x) a deep one. Classes control copying with
__copy__ / __deepcopy__(memo), or through the pickle protocol (__reduce_ex__, __reduce__,
__getnewargs__, __getstate__, __setstate__)."""

import types


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

# Values that are their own copies, shallow or deep.
_atomic = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
    type, range, slice, property, types.BuiltinFunctionType, types.FunctionType,
    types.CodeType,
}
try:
    _atomic.add(complex)
except NameError:
    pass

_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # Copying the items may have copied the tuple itself (a cycle through a list).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    # The memo maps ids, so the originals must stay alive while it is in use.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls, kind):
    # The object's pickle reduction: its own __reduce_ex__/__reduce__ when the class
    # overrides them, otherwise the default one for protocol 4.
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is None:
        raise Error(f"un({kind})copyable object of type {cls}")
    if reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _native_base(cls):
    # The nearest built-in class in cls's MRO: it decides what state lives outside __dict__.
    for c in cls.__mro__:
        if c.__module__ == 'builtins':
            return c
    return object


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = f'_{stripped}{name}'
            names.append(name)
    return names


def _default_state(x, cls):
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_object_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x, cls):
    # What object.__reduce_ex__(4) gives: cls.__new__ with __getnewargs(_ex)__'s
    # arguments, the instance state, and the items of list and dict subclasses.
    base = _native_base(cls)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif base in (object, list, dict, bytearray):
            args = ()
        elif base is set or base is frozenset:
            # As set.__reduce__: the class called with the items.
            return (cls, (list(x),), _default_state(x, cls))
        elif base in (int, float, str, bytes, tuple, bool):
            args = (base(x),)
        elif issubclass(base, BaseException):
            d = getattr(x, '__dict__', None)
            return (cls, x.args, dict(d) if d else None)
        else:
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_new_object_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
