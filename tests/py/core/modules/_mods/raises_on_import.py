print('raises_on_import: about to fail')
value = 1
raise RuntimeError('module failed during import')
