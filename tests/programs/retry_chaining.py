"""A retry loop that remembers the last failure (`last = None`, then `last = e` in the
`except` clause) and gives up with `raise RuntimeError(...) from last`: the cause is the user
exception, or None when nothing was tried (`from None`)."""


class FetchError(Exception):
    def __init__(self, url, attempt):
        super().__init__(f"{url} failed (attempt {attempt})")
        self.attempt = attempt


def fetch(url, attempt):
    if attempt < 3 or "bad" in url:
        raise FetchError(url, attempt)
    return f"<{url}>"


def with_retries(url, tries):
    last = None
    for attempt in range(1, tries + 1):
        try:
            return fetch(url, attempt)
        except FetchError as e:
            print("retrying:", e)
            last = e
    raise RuntimeError(f"giving up on {url}") from last


def main():
    print(with_retries("ok.example", 4))
    for url, tries in (("bad.example", 2), ("ok.example", 0)):
        try:
            with_retries(url, tries)
        except RuntimeError as e:
            cause = e.__cause__
            print(e, "| cause:", cause, type(cause).__name__)
    with_retries("bad.example", 1)


main()
