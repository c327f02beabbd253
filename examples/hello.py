# A first program for Krait: `krait examples/hello.py` runs it, `--dump-ast` shows its syntax tree.
def greet(name: str, *, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"

print(greet("world"))
