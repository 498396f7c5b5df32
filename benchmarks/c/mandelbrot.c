/* Mandelbrot escape-time checksum; same algorithm and output as programs/mandelbrot.py. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 50

static long escape_time(double cr, double ci, long max_iter) {
    double zr = 0.0, zi = 0.0;
    for (long i = 0; i < max_iter; i++) {
        double tr = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = tr;
        if (zr * zr + zi * zi > 4.0) return i;
    }
    return max_iter;
}

int main(int argc, char **argv) {
    long size = argc > 1 ? atol(argv[1]) : 600;
    long inside = 0, total = 0;
    for (long y = 0; y < size; y++) {
        double ci = 2.0 * (double)y / (double)size - 1.0;
        for (long x = 0; x < size; x++) {
            double cr = 2.0 * (double)x / (double)size - 1.5;
            long n = escape_time(cr, ci, MAX_ITER);
            if (n == MAX_ITER) inside++;
            total += n;
        }
    }
    printf("%ld %ld\n", inside, total);
    return 0;
}
