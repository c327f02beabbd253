# Uncaught exception with an explicit cause: the report ends with the final exception.
def load():
    try:
        return {}['config']
    except KeyError as e:
        raise RuntimeError('could not load configuration') from e
print('start')
load()
