def f():
    try:
        pass
    except* ValueError:
        pass
    except* TypeError:
        return
