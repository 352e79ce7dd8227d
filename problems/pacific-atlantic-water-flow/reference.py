class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def uphill_from(border):
            # Run the flow backwards: start at the cells touching one ocean and
            # climb to every neighbour at least as high. A cell is reached exactly
            # when water starting there can run down (or level) to that ocean.
            reached = set(border)
            queue = deque(border)
            while queue:
                r, c = queue.popleft()
                h = heights[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (
                        0 <= nr < rows
                        and 0 <= nc < cols
                        and (nr, nc) not in reached
                        and heights[nr][nc] >= h
                    ):
                        reached.add((nr, nc))
                        queue.append((nr, nc))
            return reached

        # Pacific: top row and left column. Atlantic: bottom row and right column.
        pacific = uphill_from([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
        atlantic = uphill_from(
            [(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)]
        )
        # Both searches reached the cell: it drains to both oceans.
        return [[r, c] for r, c in sorted(pacific & atlantic)]
