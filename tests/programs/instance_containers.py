# Container protocols on user classes: __getitem__, __setitem__ (also +=), __contains__, __len__.


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __contains__(self, value):
        return value in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
g[1, 1] += 10
print(g[1, 1], g[2, 0], g[0, 0], len(g))
print(15 in g, 99 in g, 99 not in g)
print(g.cells)
