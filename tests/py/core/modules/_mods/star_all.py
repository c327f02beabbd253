__all__ = ['exported', 'also_exported']
exported = 'exported value'
also_exported = 'also'
not_listed = 'hidden from *'
_underscore = 'hidden'
