# __init_subclass__ hooks and class keyword arguments.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print('registered', cls.__name__, cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='b-plugin'):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name, hasattr(Plugin, 'plugin_name'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoHook(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Validated:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} lacks required')
class Good(Validated):
    required = True
try:
    class Missing(Validated):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required, type(Plugin.__dict__['__init_subclass__']).__name__)
