# verdict: wrong_answer
# mistake: restarts every step at the first candidate, so [2,3] and [3,2] are both returned
class Solution:
    def combinationSum(self, candidates, target):
        result = []

        def extend(remaining, path):
            if remaining == 0:
                result.append(path[:])
                return
            for x in candidates:
                if x <= remaining:
                    path.append(x)
                    extend(remaining - x, path)
                    path.pop()

        extend(target, [])
        return result
