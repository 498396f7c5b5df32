"""Mandelbrot set over an N x N grid: tight float loops, early exit.

Prints how many points stay inside after MAX_ITER iterations and the total
iteration count over the grid (a checksum of every escape time).
"""

N = 600
MAX_ITER = 50


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < max_iter:
        tr = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = tr
        if zr * zr + zi * zi > 4.0:
            return i
        i += 1
    return max_iter


def main():
    inside = 0
    total = 0
    for y in range(N):
        ci = 2.0 * y / N - 1.0
        for x in range(N):
            cr = 2.0 * x / N - 1.5
            n = escape_time(cr, ci, MAX_ITER)
            if n == MAX_ITER:
                inside += 1
            total += n
    print(inside, total)


if __name__ == "__main__":
    main()
