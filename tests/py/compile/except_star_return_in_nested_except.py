def f():
    try:
        pass
    except* ValueError:
        try:
            pass
        except KeyError:
            return 'nested'
