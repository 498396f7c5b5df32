/* Count and sum the primes below N by trial division; same as programs/primes.py. */
#include <stdio.h>
#include <stdlib.h>

static int is_prime(long n) {
    if (n < 2) return 0;
    if (n % 2 == 0) return n == 2;
    for (long d = 3; d * d <= n; d += 2)
        if (n % d == 0) return 0;
    return 1;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 300000;
    long count = 0, total = 0;
    for (long i = 0; i < n; i++)
        if (is_prime(i)) { count++; total += i; }
    printf("%ld %ld\n", count, total);
    return 0;
}
