# CPython reports the error at a returned constant (folded by its AST optimizer).
def f():
    try:
        pass
    except* ValueError:
        return -1
