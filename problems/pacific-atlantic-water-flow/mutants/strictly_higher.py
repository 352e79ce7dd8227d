# verdict: wrong_answer
# mistake: climbs from the ocean only to strictly higher neighbours, so water on a level stretch is never reached
class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            seen = set(starts)
            stack = list(starts)
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and heights[nr][nc] > heights[r][c]:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            return seen

        pac = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
        atl = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
        return [list(p) for p in pac & atl]
