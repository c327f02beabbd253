# gc module: only deterministic facts.
import gc
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.ref = self
for _ in range(100):
    Node()
print(isinstance(gc.collect(), int), gc.collect() >= 0)
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
print(isinstance(gc.get_count(), tuple), callable(gc.get_referrers))
