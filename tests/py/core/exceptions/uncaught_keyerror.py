# KeyError's report shows the repr of the key.
d = {'present': 1}
print(d['present'])
print(d["it's missing"])
