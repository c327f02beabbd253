try:
    pass
except E, F, G as e:
    pass
