# os and os.path: files and directories in a scratch folder, stat, environment, path
# manipulation, and CPython's errors (OSError subclasses with errno and file names).
import os
import os.path
from os import path as p2
import posixpath

print(os.path is p2, os.path is posixpath, os.path.__name__, os.name, os.sep, repr(os.linesep), os.curdir,
      os.pardir, os.devnull, os.pathsep, os.extsep, os.altsep, os.error is OSError, os.SEEK_SET, os.SEEK_END)


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e, getattr(e, 'errno', '-'), getattr(e, 'filename', '-'),
              getattr(e, 'filename2', '-'), e.args)


start = os.getcwd()
scratch = 'os_functions_scratch_%d' % os.getpid()
os.mkdir(scratch)
os.chdir(scratch)
try:
    print(os.getcwd() == os.path.join(start, scratch), os.listdir(), os.listdir('.'))
    fd = os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'hello\n'))
    os.close(fd)
    fd = os.open('f.txt', os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 100))
    os.close(fd)
    os.makedirs('d1/d2/d3')
    os.makedirs('d1/d2/d3', exist_ok=True)
    os.mkdir('e', 0o755)
    print(sorted(os.listdir()), sorted(os.listdir(b'.')), os.listdir('d1'), os.listdir(b'd1/d2'))


    class P:
        def __fspath__(self):
            return 'f.txt'


    class Bad:
        def __fspath__(self):
            return 1


    for e in ['os.stat("f.txt").st_size', 'os.stat("f.txt")[6]', 'len(os.stat("f.txt"))',
              'type(os.stat("f.txt").st_mtime)', 'type(os.stat("f.txt")[8])', 'os.stat("f.txt").st_mtime_ns > 0',
              'os.stat("f.txt").st_mode & 0o170000 == 0o100000', 'os.stat("d1").st_mode & 0o170000 == 0o040000',
              'os.stat(P()).st_size', 'os.stat(b"f.txt").st_size', 'os.lstat("f.txt").st_size',
              'os.stat("f.txt", follow_symlinks=False).st_size', 'os.stat_result.n_unnamed_fields',
              'os.stat_result.__match_args__', 'os.stat_result.n_fields', 'int(os.stat("f.txt").st_mtime) == os.stat("f.txt")[8]',
              'os.stat("nope")', 'os.stat([])', 'os.stat("a\\0b")', 'os.stat(b"a\\0b")', 'os.stat(Bad())',
              'os.stat("f.txt", x=1)', 'os.stat()', 'os.stat("a", "b")', 'os.stat("a", path="b")',
              'os.listdir([])', 'os.listdir("nope")', 'os.listdir("f.txt")', 'os.listdir("a", "b")',
              'os.mkdir(1.5)', 'os.mkdir("f.txt")', 'os.mkdir()', 'os.mkdir("x", 0o755, 5)', 'os.rmdir("f.txt")',
              'os.rmdir("nope")', 'os.rmdir("d1")', 'os.remove("nope")', 'os.remove("e")', 'os.unlink("nope")',
              'os.rename("nope", "x")', 'os.rename(1, 2)', 'os.makedirs("f.txt")', 'os.makedirs("f.txt", exist_ok=True)',
              'os.makedirs("f.txt/a")', 'os.makedirs()', 'os.chdir("nope")', 'os.getcwd(1)',
              'os.access("f.txt", os.R_OK)', 'os.access("nope", os.F_OK)', 'os.access("f.txt")',
              'os.open("nope", os.O_RDONLY)', 'os.open()', 'os.read(999, 1)', 'os.write(999, b"x")',
              'os.close(999)', 'os.write(1, "x")', 'os.open("x", "a")',
              'os.fspath(1)', 'os.fspath(Bad())', 'os.fspath(P())', 'os.fspath(b"x")', 'os.fspath("y")']:
        show(e)
    os.rename('f.txt', 'g.txt')
    os.replace('g.txt', 'e/h.txt')
    print(sorted(os.listdir()), os.listdir('e'), os.path.exists('f.txt'), os.path.isfile('e/h.txt'))
    os.symlink('e/h.txt', 'link')
    print(os.readlink('link'), os.path.islink('link'), os.path.isfile('link'), os.path.lexists('link'),
          os.path.realpath('link') == os.path.join(os.getcwd(), 'e', 'h.txt'))
    os.remove('link')
    os.unlink('e/h.txt')
    os.rmdir('e')
    os.removedirs('d1/d2/d3')
    print(os.listdir())
finally:
    os.chdir(start)
    for root in [scratch]:
        for name in ['f.txt', 'g.txt', 'link', 'e/h.txt']:
            if os.path.lexists(os.path.join(root, name)):
                os.remove(os.path.join(root, name))
    os.rmdir(scratch)
print(os.path.exists(scratch))

print('--- environment and process')
os.environ['KRAIT_TEST_VAR'] = 'value'
print(os.getenv('KRAIT_TEST_VAR'), os.getenv('KRAIT_NOPE'), os.getenv('KRAIT_NOPE', 5), os.environ.get('KRAIT_NOPE'))
print(os.path.expandvars('$KRAIT_TEST_VAR/${KRAIT_TEST_VAR}/$KRAIT_NOPE/${X$KRAIT_TEST_VAR/$/${}'))
print(type(os.environ['PATH']).__name__, os.getpid() > 0, os.cpu_count() > 0, len(os.urandom(16)),
      type(os.urandom(0)).__name__, os.strerror(2), os.getuid() >= 0)
for e in ['os.getenv(1)', 'os.getenv()', 'os.urandom(-1)', 'os.urandom("a")', 'os.strerror("a")']:
    show(e)

print('--- os.path')
p = os.path
for e in ['p.join("a", "b", "c")', 'p.join("a", "/b", "c")', 'p.join("a/", "b")', 'p.join("", "b")', 'p.join("a", "")',
          'p.join(b"a", b"b")', 'p.join("a")', 'p.join()', 'p.join(1)', 'p.join("a", 1)', 'p.join("a", b"b")',
          'p.split("a/b/c")', 'p.split("//a//b//")', 'p.split("///")', 'p.split("abc")', 'p.split("/abc")',
          'p.split(b"a/b")', 'p.splitext("a/b.txt")', 'p.splitext("..a.b")', 'p.splitext("a/.b")',
          'p.splitext("a.b/c")', 'p.splitext(".bashrc")', 'p.splitext("a.tar.gz")', 'p.splitext(b"x.y")',
          'p.basename("a/b/c.txt")', 'p.basename("a/b/")', 'p.basename(p="a/b")', 'p.basename()', 'p.basename(1)',
          'p.basename("a", "b")', 'p.dirname("a/b/c")', 'p.dirname("/a")', 'p.dirname("a")', 'p.dirname("//a//b")',
          'p.dirname(b"a/b")', 'p.isabs("/a")', 'p.isabs("a")', 'p.isabs(1)', 'p.normpath("//a/../../b/./c//")',
          'p.normpath("")', 'p.normpath("///a")', 'p.normpath("a/../..")', 'p.normpath("/../a")',
          'p.normpath("a/./b/../c")', 'p.normpath(b"a//b")', 'p.abspath("/a/../b")', 'p.abspath("x") == p.join(os.getcwd(), "x")',
          'p.relpath("/a/b", "/a/c/d")', 'p.relpath("/a/b", "/a/b")', 'p.relpath("")', 'p.relpath("a", "b", "c")',
          'p.relpath(p.join(os.getcwd(), "x", "y"))', 'p.commonprefix(["abc", "abd", "ab"])', 'p.commonprefix([])',
          'p.commonprefix(["/usr/lib", "/usr/local"])', 'p.exists("a\\0b")', 'p.exists(1)', 'p.exists([])',
          'p.exists(".")', 'p.isdir(".")', 'p.isfile(".")', 'p.isdir("nope")', 'p.getsize("nope")',
          'p.getsize(".") > 0', 'type(p.getmtime("."))', 'p.expanduser("~") == os.environ["HOME"]',
          'p.expanduser("~nosuchuser_krait/x")', 'p.expanduser("x/~")', 'p.samefile(".", os.getcwd())',
          'p.samefile()', 'p.splitdrive("/a/b")', 'p.sep', 'p.curdir']:
    show(e)
