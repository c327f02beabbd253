s = f"""abc {x}

