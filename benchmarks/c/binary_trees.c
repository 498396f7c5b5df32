/* Binary trees with malloc/free per node; same algorithm and output as
   programs/binary_trees.py. */
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *left, *right; };

static struct node *make_tree(int depth) {
    struct node *n = malloc(sizeof *n);
    if (depth == 0) { n->left = n->right = NULL; return n; }
    n->left = make_tree(depth - 1);
    n->right = make_tree(depth - 1);
    return n;
}

static long check(const struct node *n) {
    if (n->left == NULL) return 1;
    return 1 + check(n->left) + check(n->right);
}

static void free_tree(struct node *n) {
    if (n->left) { free_tree(n->left); free_tree(n->right); }
    free(n);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 14;
    int min_depth = 4;
    int max_depth = min_depth + 2 > n ? min_depth + 2 : n;
    int stretch_depth = max_depth + 1;
    struct node *stretch = make_tree(stretch_depth);
    printf("stretch tree of depth %d\t check: %ld\n", stretch_depth, check(stretch));
    free_tree(stretch);
    struct node *long_lived = make_tree(max_depth);
    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + min_depth);
        long total = 0;
        for (long i = 0; i < iterations; i++) {
            struct node *t = make_tree(depth);
            total += check(t);
            free_tree(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, total);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    free_tree(long_lived);
    return 0;
}
