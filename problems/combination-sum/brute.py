class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # A different enumeration, checked against the reference: decide, for
        # each candidate in turn, how many copies of it the combination holds
        # (0, 1, 2, ... while the sum stays within target).
        out = []

        def choose(k: int, remaining: int, counts: list) -> None:
            if k == len(candidates):
                if remaining == 0:
                    out.append([x for x, c in zip(candidates, counts) for _ in range(c)])
                return
            x = candidates[k]
            for copies in range(remaining // x + 1):
                choose(k + 1, remaining - copies * x, counts + [copies])

        choose(0, target, [])
        return out
