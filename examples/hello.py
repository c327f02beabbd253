# A first program for Krait. `krait --dump-ast examples/hello.py` shows its syntax tree.
def greet(name: str, *, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"

print(greet("world"))
