/* Longest Collatz chain below N; same algorithm and output as programs/collatz.py. */
#include <stdio.h>
#include <stdlib.h>

static long chain_length(long n) {
    long steps = 1;
    while (n != 1) {
        if (n % 2 == 0) n = n / 2;
        else n = 3 * n + 1;
        steps++;
    }
    return steps;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 200000;
    long best_start = 1, best_length = 1;
    for (long start = 1; start < n; start++) {
        long length = chain_length(start);
        if (length > best_length) { best_start = start; best_length = length; }
    }
    printf("%ld %ld\n", best_start, best_length);
    return 0;
}
