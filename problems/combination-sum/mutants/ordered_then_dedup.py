# verdict: time_limit_exceeded
# mistake: lets every step pick any candidate, so it walks every ordering of every combination, and removes the repeats afterwards with a set of sorted tuples
class Solution:
    def combinationSum(self, candidates, target):
        found = set()

        def extend(remaining, path):
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            for x in candidates:
                if x <= remaining:
                    extend(remaining - x, path + [x])

        extend(target, [])
        return [list(t) for t in found]
