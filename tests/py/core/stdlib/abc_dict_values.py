# dict_values objects are hashable (by identity), unlike dict_keys and dict_items.
from collections.abc import Hashable
v = {}.values()
print(isinstance(v, Hashable), hash(v) == hash(v), isinstance({}.keys(), Hashable))
