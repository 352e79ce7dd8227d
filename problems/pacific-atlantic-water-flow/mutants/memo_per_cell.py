# verdict: wrong_answer
# mistake: a downhill DFS from every cell memoises each cell's answer, but a cell's answer saved while its level neighbour was still being explored is incomplete
class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])
        memo = {}
        active = set()

        def flow(r, c):
            if (r, c) in memo:
                return memo[(r, c)]
            active.add((r, c))
            pac = r == 0 or c == 0
            atl = r == rows - 1 or c == cols - 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in active and heights[nr][nc] <= heights[r][c]:
                    p, a = flow(nr, nc)
                    pac, atl = pac or p, atl or a
            active.discard((r, c))
            memo[(r, c)] = (pac, atl)
            return pac, atl

        return [[r, c] for r in range(rows) for c in range(cols) if all(flow(r, c))]
