"""Exceptions raised and caught: a custom exception hierarchy with extra
attributes, try/except/else/finally inside loops, catching by base class and
by tuple, re-raising, exception chaining (raise ... from ...), exceptions
crossing several frames, and built-in errors (KeyError, IndexError,
ZeroDivisionError, ValueError, AttributeError, TypeError).

Usage: exceptions.py [N]    N scales the work (rounds; default 150).
The last line printed is a checksum.
"""
import sys


class AppError(Exception):
    code = 1


class ValidationError(AppError):
    code = 2

    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value}")
        self.field = field
        self.value = value


class NotFoundError(AppError):
    code = 3

    def __init__(self, key):
        super().__init__(key)
        self.key = key


class RetryError(AppError):
    code = 4


class Store:
    def __init__(self):
        self.data = {}
        self.misses = 0

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            self.misses += 1
            raise NotFoundError(key) from None

    def put(self, key, value):
        if value < 0:
            raise ValidationError("value", value)
        if len(key) > 6:
            raise ValidationError("key", key)
        self.data[key] = value


def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ValidationError("int", text) from e


def deep(n, fail_at):
    if n == fail_at:
        raise RetryError(n)
    if n == 0:
        return 1
    return deep(n - 1, fail_at) + 1


def with_retry(attempts, fail_until):
    tries = 0
    for attempt in range(attempts):
        tries += 1
        try:
            if attempt < fail_until:
                raise RetryError(attempt)
            return tries
        except RetryError:
            continue
        finally:
            tries += 10
    return -tries


def one_round(r):
    check = 0
    store = Store()
    finally_count = 0
    for i in range(2000):
        key = "k" + str(i % 300 + r) * (1 + i % 3)
        try:
            store.put(key, (i % 11) - 2)
        except ValidationError as e:
            check += len(e.field) + e.code
            if e.field == "key":
                check += 1
        else:
            check += 2
        finally:
            finally_count += 1
    for i in range(2000):
        try:
            check += store.get("k" + str(i % 500))
        except NotFoundError as e:
            check += len(e.key) + e.code
        except AppError:
            check -= 1000
    check += store.misses + finally_count
    texts = ["12", "x7", "40", "", "-3", "9z", "100"]
    for i in range(1500):
        try:
            check += parse_int(texts[i % 7])
        except AppError as e:
            cause = e.__cause__
            if isinstance(cause, ValueError):
                check += 5
            check += len(str(e))
    items = [1, 2, 3, 0, 5]
    table = {"a": 1, "b": 2}
    for i in range(3000):
        try:
            k = i % 6
            if k == 0:
                check += 100 // items[i % 5]
            elif k == 1:
                check += items[i % 8]
            elif k == 2:
                check += table["abc"[i % 3]]
            elif k == 3:
                check += len(None)
            elif k == 4:
                check += (i).no_such_attribute
            else:
                check += deep(20, i % 25)
        except ZeroDivisionError:
            check += 7
        except (IndexError, KeyError) as e:
            check += 11 if isinstance(e, IndexError) else 13
        except TypeError:
            check += 17
        except AttributeError:
            check += 19
        except RetryError as e:
            check += e.args[0]
    for i in range(600):
        check += with_retry(5, i % 7)
    nested = 0
    for i in range(800):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                nested += 1
            except ValueError:
                nested += 2
                raise
            finally:
                nested += 3
        except ValueError as e:
            nested += e.args[0] % 5
    check += nested
    return check


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 131 + one_round(r)) % 1000000007
    print("checksum", checksum)


main()
