"""A batch job that keeps going after errors and reports each one the way tools do with
the traceback module: one-line summaries, full reports on stderr, a count at the end."""
import sys
import traceback


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job


def parse_amount(text):
    return round(float(text) * 100)


def run_job(name, spec):
    if not spec:
        raise JobError(name, "nothing to do")
    try:
        cents = [parse_amount(part) for part in spec.split("+")]
    except ValueError as e:
        raise JobError(name, "bad amount") from e
    if sum(cents) > 200_000:
        raise OverflowError(f"{name} total {sum(cents)} over the limit")
    return sum(cents)


jobs = {
    "rent": "1200.50+13",
    "empty": "",
    "typo": "12.5+x3",
    "big": "9000+2000",
    "small": "0.25+0.5",
}
failures = []
for name, spec in jobs.items():
    try:
        print(f"{name}: {run_job(name, spec)} cents")
    except (JobError, OverflowError) as e:
        summary = traceback.format_exception_only(type(e), e)[-1].strip()
        print(f"{name}: failed ({summary})")
        report = traceback.format_exc()
        lines = report.splitlines()
        print(f"  report: {lines[0]!r} ... {lines[-1]!r}, chained: {'direct cause' in report}")
        traceback.print_exc()
        failures.append(e)

print(f"{len(failures)} of {len(jobs)} jobs failed")
for e in failures:
    text = "".join(traceback.format_exception(e))
    print(type(e).__name__, text.count("Traceback (most recent call last):"), text.splitlines()[-1])
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(ValueError("plain")), traceback.format_exception_only(KeyError("k")))

try:
    {}["missing"]
except KeyError:
    traceback.print_exc(file=sys.stderr)
    sys.exit(len(failures))
