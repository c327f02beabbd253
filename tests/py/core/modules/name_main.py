# __name__ is '__main__' for the script and the module name for imports.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
print(__name__)
import main_guard
print(main_guard.__name__, main_guard.RESULT)
if __name__ == '__main__':
    print('running as the main program')
import __main__
print(__main__.__name__, hasattr(__main__, 'main_guard'), __main__.main_guard is main_guard)
print(sys.modules['__main__'] is __main__, os.path.basename(__main__.__file__))
