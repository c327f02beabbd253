# AttributeError on None escapes.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node())
print(type(n.next).__name__)
print(n.next.next.next)
