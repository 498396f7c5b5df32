/* Leibniz series and midpoint-rule integration for pi; same as programs/pi.py,
   floats printed as Python's repr() prints them. */
#include <stdio.h>
#include <stdlib.h>
#include "pyfloat.h"

static double leibniz(long n) {
    double total = 0.0, sign = 1.0;
    for (long k = 0; k < n; k++) {
        total += sign / (double)(2 * k + 1);
        sign = -sign;
    }
    return 4.0 * total;
}

static double integrate(long n) {
    double h = 1.0 / (double)n, total = 0.0;
    for (long i = 0; i < n; i++) {
        double x = ((double)i + 0.5) * h;
        total += 4.0 / (1.0 + x * x);
    }
    return total * h;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 5000000;
    py_print_float(leibniz(n));
    py_print_float(integrate(n));
    return 0;
}
