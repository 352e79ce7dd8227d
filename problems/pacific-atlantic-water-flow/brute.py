class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # From every cell, follow the water itself: search all cells reachable by
        # steps to a neighbour no higher, and note which oceans they touch.
        rows, cols = len(heights), len(heights[0])
        out = []
        for sr in range(rows):
            for sc in range(cols):
                seen = {(sr, sc)}
                stack = [(sr, sc)]
                pacific = atlantic = False
                while stack and not (pacific and atlantic):
                    r, c = stack.pop()
                    if r == 0 or c == 0:
                        pacific = True
                    if r == rows - 1 or c == cols - 1:
                        atlantic = True
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if (
                            0 <= nr < rows
                            and 0 <= nc < cols
                            and (nr, nc) not in seen
                            and heights[nr][nc] <= heights[r][c]
                        ):
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                if pacific and atlantic:
                    out.append([sr, sc])
        return out
