while True:
    try:
        pass
    except* ValueError as e:
        continue
