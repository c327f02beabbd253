# An uncaught user-defined exception defined in __main__ is reported by its bare name.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f'missing key {key!r}')
        self.key = key
settings = {'a': 1}
for key in ('a', 'b'):
    print('checking', key)
    if key not in settings:
        raise ConfigError(key)
