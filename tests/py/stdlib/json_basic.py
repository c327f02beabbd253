# json: dumps with its options and loads with its errors, as CPython formats them.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, 2, {"y": "é"}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.loads(s) == data, json.loads('[1, 2.5, "x\\n\\u00e9", null, true, {"a": -1e3}]'))
print(json.dumps([1.0, 1e100, float('inf'), (1, 2)]), json.dumps("\U0001f600"))
for bad in ('{"a" 1}', '[1, 2', '{"a": }', '', '[1] x', '"abc'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1: object()})
except TypeError as e:
    print(e)
print(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}))
print(json.loads('{"a": 1, "a": 2}'), json.dumps([]), json.dumps({}), json.dumps([[]], indent=4))
