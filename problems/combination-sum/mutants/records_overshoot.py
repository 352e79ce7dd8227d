# verdict: wrong_answer
# mistake: one base case for both ends of a branch, "remaining <= 0", which also records the branches that overshot the target
class Solution:
    def combinationSum(self, candidates, target):
        result, path = [], []

        def extend(start, remaining):
            if remaining <= 0:
                result.append(path[:])
                return
            for i in range(start, len(candidates)):
                path.append(candidates[i])
                extend(i, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return result
