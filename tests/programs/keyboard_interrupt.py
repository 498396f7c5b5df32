# A KeyboardInterrupt caught by a loop that cleans up, then one nobody catches: the program
# ends as an interrupted one does (by SIGINT, status 130 in a shell), after its traceback.


def work(step):
    if step == 2:
        raise KeyboardInterrupt
    return step * step


done = []
try:
    for step in range(5):
        done.append(work(step))
except KeyboardInterrupt:
    print("interrupted after", done)
finally:
    print("cleanup")

try:
    work(2)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, KeyboardInterrupt), isinstance(e, Exception))

print("again")
work(2)
