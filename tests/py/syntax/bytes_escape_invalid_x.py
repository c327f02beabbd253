x = b"\x"
