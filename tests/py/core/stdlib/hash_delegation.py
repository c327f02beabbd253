# A __hash__ that returns another object's hash gives exactly that hash.
from collections import UserString
h = hash('Hello')
class G:
    def __hash__(self):
        return h
print(hash(G()) == h, hash(UserString('Hello')) == hash('Hello'))
