"""Towers of Hanoi: count and print moves."""

moves = 0


def hanoi(n, source, target, spare, verbose):
    global moves
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, verbose)
    moves += 1
    if verbose:
        print("move disk", n, "from", source, "to", target)
    hanoi(n - 1, spare, target, source, verbose)


def count_moves(n):
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1


def main():
    hanoi(3, "A", "C", "B", True)
    print("moves for 3 disks:", moves)
    for n in range(1, 21):
        moves_before = moves
        hanoi(n, "left", "right", "middle", verbose=False)
        if moves - moves_before != 2 ** n - 1:
            print("mismatch at", n)
    print("total moves:", moves)
    print("formula for 40 disks:", count_moves(40))


main()
