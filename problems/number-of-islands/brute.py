class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Give every land cell its own label, then repeatedly let each land cell
        # take the smallest label among itself and its land neighbours (all cells
        # at once, from the previous round's labels) until nothing changes. Each
        # island ends up with one label: the number of distinct labels.
        rows, cols = len(grid), len(grid[0])
        label = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
        changed = True
        while changed:
            changed = False
            new = [row[:] for row in label]
            for r in range(rows):
                for c in range(cols):
                    if label[r][c] < 0:
                        continue
                    best = label[r][c]
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < best:
                            best = label[nr][nc]
                    if best != label[r][c]:
                        new[r][c] = best
                        changed = True
            label = new
        return len({x for row in label for x in row if x >= 0})
