from .b import NOT_THERE
