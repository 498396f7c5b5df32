/* Fannkuch-redux, the reference program's permutation order; same output as
   programs/fannkuch.py. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 9;
    int *perm1 = malloc(n * sizeof *perm1), *perm = malloc(n * sizeof *perm);
    int *count = malloc(n * sizeof *count);
    for (int i = 0; i < n; i++) { perm1[i] = i; count[i] = 0; }
    long max_flips = 0, checksum = 0, perm_count = 0;
    int r = n;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        long flips = 0;
        int k;
        while ((k = perm[0]) != 0) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        checksum += perm_count % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) {
                printf("%ld\nPfannkuchen(%d) = %ld\n", checksum, n, max_flips);
                free(perm1); free(perm); free(count);
                return 0;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
}
